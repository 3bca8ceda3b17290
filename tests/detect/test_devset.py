"""The whole engine on the shared dev set: every item must pass, and no criticism item may
be flagged threat, insult or exposure. The set is a measurement; its sentences appear nowhere
in the code, and a hidden set with other names and sentences judges the product."""

from __future__ import annotations

from pathlib import Path

from borgerpost.detect.evaluate import evaluate, read_set
from borgerpost.detect.pipeline import Pipeline
from borgerpost.register import read_register


def test_devset_passes_completely(shared_dir: Path) -> None:
    triage = shared_dir / "triage"
    engine = Pipeline.from_register(read_register(triage / "staff_dev.csv"))
    items = read_set(triage / "devset.jsonl")
    assert len(items) >= 100
    report = evaluate(engine, items)
    failures = [
        f"{o.item.id}: mangler {sorted(o.missing)} uønsket {sorted(o.unwanted)} {o.failed}"
        for o in report.failures()
    ]
    assert failures == []
    criticism = [o for o in report.outcomes if "criticism" in o.item.must]
    assert criticism
    for outcome in criticism:
        assert outcome.given & {"threat", "insult", "exposure"} == frozenset(), outcome.item.id
