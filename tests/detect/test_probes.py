"""The whole engine on the held-out probe sets in ``tests/detect/data``.

Each round's set (``probe_<n>.jsonl``) and its own staff register (``probe_staff_<n>.csv``)
was written and committed BEFORE the engine was measured on it, with other names and
sentences than the dev set, so its first-pass score estimated how the engine does on text it
has never seen (see the commit history). After the fixes they guard against regressions:
every set must keep its pass rate, and no criticism item may be treated as abuse.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from borgerpost.detect.evaluate import EvalReport, evaluate, read_set
from borgerpost.detect.pipeline import Pipeline
from borgerpost.register import read_register

DATA = Path(__file__).parent / "data"
PASS_FLOOR = 0.95  # each probe set; the sets pass at 0.97 or better after the fixes
ABUSE = frozenset({"threat", "insult", "exposure"})
SETS = sorted(DATA.glob("probe_[0-9]*.jsonl"))


def _register(probe: Path) -> Path:
    return probe.with_name(probe.name.replace("probe_", "probe_staff_")).with_suffix(".csv")


@functools.cache
def _report(probe: Path) -> EvalReport:
    """One run of the engine per set, shared by the three checks below (the suite's largest
    cost is the engine itself: over 260 sets of 120 texts)."""
    engine = Pipeline.from_register(read_register(_register(probe)))
    return evaluate(engine, read_set(probe))


def test_there_are_probe_sets_with_registers() -> None:
    assert len(SETS) >= 2
    for probe in SETS:
        assert _register(probe).is_file(), probe.name


@pytest.mark.parametrize("probe", SETS, ids=lambda p: p.stem)
def test_probe_set_pass_rate(probe: Path) -> None:
    report = _report(probe)
    assert len(report.outcomes) >= 100
    failures = [
        f"{o.item.id}: mangler {sorted(o.missing)} uønsket {sorted(o.unwanted)} {o.failed}"
        for o in report.failures()
    ]
    assert report.pass_rate >= PASS_FLOOR, "\n".join(failures)


@pytest.mark.parametrize("probe", SETS, ids=lambda p: p.stem)
def test_probe_criticism_is_never_abuse(probe: Path) -> None:
    # a long letter may be both criticism and a threat or an insult: its writer says so
    criticism = [
        o for o in _report(probe).outcomes
        if "criticism" in o.item.must and not o.item.must & ABUSE
    ]
    assert len(criticism) >= 10
    flagged = {o.item.id: sorted(o.given & ABUSE) for o in criticism if o.given & ABUSE}
    assert flagged == {}


@pytest.mark.parametrize("probe", SETS, ids=lambda p: p.stem)
def test_probe_labels_are_never_falsely_given_often(probe: Path) -> None:
    """Per label, at most one item in twenty-five where it must not be given gets it."""
    for label, counts in _report(probe).labels.items():
        assert counts.false_flags * 25 <= max(counts.must_not, 25), label
