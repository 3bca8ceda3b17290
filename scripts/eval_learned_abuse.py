"""What the learned abuse heads add on probe sets they never saw.

    PYTHONPATH=src .venv/bin/python scripts/eval_learned_abuse.py HEADS_DIR 0.99,0.97 315 316

``HEADS_DIR`` holds ``label_model_threat.npz`` and ``label_model_self_harm.npz`` trained
without the sets named (``train_labels.py --sets 1-314 --heads threat,self_harm --out-dir``).
Each set runs through the whole engine twice: without the ``learned_abuse`` detector, and
with it at each probability cut given. Printed per set: items passing, new false flags per
label, and every item whose labels the heads changed (at the first cut).

Why a script and not a test: it measures a model against data written after it, the one
honest figure for what the heads add; the stored sets are in its training data.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from borgerpost.detect.base import Detector
from borgerpost.detect.context import PipelineContext
from borgerpost.detect.evaluate import EvalReport, evaluate, read_set
from borgerpost.detect.label_model import ABUSE_HEADS, HEADS, HeadSet, load_head
from borgerpost.detect.labels.learned import LearnedDetector
from borgerpost.detect.labels.learned_abuse import LearnedAbuseDetector
from borgerpost.detect.offensive_model import read
from borgerpost.detect.pipeline import Pipeline, build_detectors
from borgerpost.register import read_register

PROBES = Path(__file__).resolve().parents[1] / "tests" / "detect" / "data"
WATCHED = ("threat", "self_harm", "insult", "offensive", "exposure", "criticism")


def heads_from(folder: Path) -> HeadSet:
    """The shipped criticism and case-request heads with the abuse heads of ``folder``."""
    abuse = {
        label: read((folder / f"label_model_{label}.npz").read_bytes(), label)
        for label in ABUSE_HEADS
    }
    return HeadSet({**{label: load_head(label) for label in HEADS}, **abuse})


def detectors_with(context: PipelineContext, heads: HeadSet) -> list[Detector]:
    swap = {"learned": LearnedDetector, "learned_abuse": LearnedAbuseDetector}
    return [
        swap[d.name](context, heads) if d.name in swap else d for d in build_detectors(context)
    ]


def passed(report: EvalReport) -> int:
    return sum(o.passed for o in report.outcomes)


def new_false_flags(report: EvalReport, base: EvalReport) -> dict[str, int]:
    return {
        label: report.labels[label].false_flags - base.labels[label].false_flags
        for label in WATCHED
    }


def show_changes(report: EvalReport, base: EvalReport) -> None:
    for new, old in zip(report.outcomes, base.outcomes, strict=True):
        if new.given != old.given:
            item = new.item
            print(
                f"    {item.id} {sorted(old.given)} -> {sorted(new.given)}"
                f" must {sorted(item.must)} must_not {sorted(item.must_not)} | {item.text[:100]}"
            )


def main(argv: Sequence[str]) -> int:
    folder, cuts, sets = Path(argv[0]), [float(c) for c in argv[1].split(",")], argv[2:]
    heads = heads_from(folder)
    totals: Counter[str] = Counter()
    for n in sets:
        items = read_set(PROBES / f"probe_{n}.jsonl")
        context = PipelineContext.build(read_register(PROBES / f"probe_staff_{n}.csv"))
        detectors = detectors_with(context, heads)
        rules = [d for d in detectors if d.name != "learned_abuse"]
        base = evaluate(Pipeline(context, rules), items)
        abuse = next(d for d in detectors if isinstance(d, LearnedAbuseDetector))
        row = [f"set {n}: without {passed(base)}"]
        totals["without"] += passed(base)
        for cut in cuts:
            for label in ABUSE_HEADS:
                abuse.limits.min_probability[label] = cut
            report = evaluate(Pipeline(context, detectors), items)
            totals[f"at {cut}"] += passed(report)
            flags = new_false_flags(report, base)
            row.append(f"at {cut}: {passed(report)} (new false flags {flags})")
            if cut == cuts[0]:
                show_changes(report, base)
        print("  ".join(row), flush=True)
    print("total", dict(totals), f"of {120 * len(sets)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
