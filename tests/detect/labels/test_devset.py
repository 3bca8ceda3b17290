"""Measure staff_named and doxxing on the shared dev set (judged with its own register).

Measures, does not tune: the dev sentences appear nowhere in the code, and the hidden set
uses other names and sentences. Every item whose ``must`` lists one of the two labels must
get it; every item whose ``must_not`` lists it must not.
"""

from __future__ import annotations

import json
from pathlib import Path

from borgerpost.detect.context import PipelineContext
from borgerpost.register import read_register
from tests.detect.labels.conftest import run

LABELS = ("staff_named", "doxxing")


def test_devset_staff_named_and_doxxing(shared_dir: Path) -> None:
    triage = shared_dir / "triage"
    context = PipelineContext.build(read_register(triage / "staff_dev.csv"))
    items = [json.loads(line) for line in (triage / "devset.jsonl").read_text("utf-8").splitlines()]
    assert len(items) >= 100
    misses = []
    for item in items:
        given = run(context, item["text"], *LABELS).labels()
        for label in LABELS:
            if label in item["must"] and label not in given:
                misses.append(f"{item['id']}: {label} missing")
            if label in item["must_not"] and label in given:
                misses.append(f"{item['id']}: {label} given but must not be")
    assert misses == []
