"""A pytest plugin that records every text the label tests triage, with the labels the rules
give it, as training rows for the learned abuse heads (``training/label_tests.jsonl``).

    PYTHONPATH=scripts .venv/bin/python -m pytest -q -p record_label_tests tests/detect/labels

Why: the label tests are some 20,000 hand-written positives and near misses, each on the
border of a label; the probe sets hold few near misses that close. A head trained without
them flagged hundreds of them (stop 42: 843 at p >= 0.8). The labels recorded are those the
rule detectors give (the learned abuse detector is left out of the recording pipeline, so a
head never learns from its own output); on a green suite they are the labels the tests assert.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest
import tests.detect.labels.engine as engine

from borgerpost.detect.context import PipelineContext
from borgerpost.detect.pipeline import Pipeline, TriageResult, build_detectors
from borgerpost.register import parse_register

OUT = Path(__file__).resolve().parents[1] / "training" / "label_tests.jsonl"
RECORDED: dict[tuple[str, str], list[str]] = {}


@cache
def _rules_pipeline(register: str) -> Pipeline:
    context = PipelineContext.build(parse_register(engine.REGISTERS[register]))
    detectors = [d for d in build_detectors(context) if d.name != "learned_abuse"]
    return Pipeline(context, detectors)


def _recording_triage(text: str, register: str = "a") -> TriageResult:
    result = _rules_pipeline(register).run(text)
    assert result.failed == (), result.failed
    RECORDED[(text, register)] = sorted(result.labels)
    return result


engine.triage = _recording_triage


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    rows = [
        {"register": register, "text": text, "labels": labels}
        for (text, register), labels in sorted(RECORDED.items(), key=lambda kv: kv[0][::-1])
    ]
    OUT.write_text(
        "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8"
    )
    print(f"\nrecorded {len(rows)} texts in {OUT}")
