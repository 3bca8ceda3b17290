"""A pytest plugin that records every text the label tests triage, with the labels the rules
give it, as training rows for the learned abuse heads (``training/label_tests.jsonl``).

    PYTHONPATH=scripts .venv/bin/python -m pytest -q -p record_label_tests tests/detect/labels

Why: the label tests are some 20,000 hand-written positives and near misses, each on the
border of a label; the probe sets hold few near misses that close. A head trained without
them flagged hundreds of them (stop 42: 843 at p >= 0.8). The labels recorded are those the
rule detectors give (the learned abuse detector is left out of the recording pipeline, so a
head never learns from its own output); on a green suite they are the labels the tests assert,
except in the tests only a head passes: their texts are left out (``DROPPED``).
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
CURRENT: list[tuple[str, str]] = []  # the texts the running test triaged
DROPPED: set[tuple[str, str]] = set()  # texts of tests the rules alone fail


@cache
def _rules_pipeline(register: str) -> Pipeline:
    context = PipelineContext.build(parse_register(engine.REGISTERS[register]))
    detectors = [d for d in build_detectors(context) if d.name != "learned_abuse"]
    return Pipeline(context, detectors)


def _recording_triage(text: str, register: str = "a") -> TriageResult:
    result = _rules_pipeline(register).run(text)
    assert result.failed == (), result.failed
    RECORDED[(text, register)] = sorted(result.labels)
    CURRENT.append((text, register))
    return result


engine.triage = _recording_triage


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """A test the rules alone fail asserts a label only the learned heads give (a head's
    own catch, kept as a test once it landed): its texts are left out, so a head is never
    taught that the label it rightly gives is wrong."""
    if report.when == "setup":
        CURRENT.clear()
    elif report.when == "call" and report.failed:
        DROPPED.update(CURRENT)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    rows = [
        {"register": register, "text": text, "labels": labels}
        for (text, register), labels in sorted(RECORDED.items(), key=lambda kv: kv[0][::-1])
        if (text, register) not in DROPPED
    ]
    OUT.write_text(
        "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8"
    )
    left_out = f"{len(DROPPED)} left out: the rules fail their test"
    print(f"\nrecorded {len(rows)} texts in {OUT} ({left_out})")
