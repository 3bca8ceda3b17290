"""How often the engine flags ordinary Danish text: every DKhate training comment, by its
gold label (NOT / OFF), counted per engine label.

    python scripts/dkhate_flags.py [--data ../shared/data/dkhate/offenseval-da-training-v1.tsv]
                                   [--staff ../shared/triage/staff_dev.csv]

The NOT comments are ordinary social-media Danish: a threat, self-harm, insult, exposure or
doxxing label there is a false flag. The OFF row shows how much of the offensive language
the engine's OFF decision (offensive, insult or threat) catches.
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from pathlib import Path

from borgerpost.detect.pipeline import Pipeline
from borgerpost.register import read_register

ROOT = Path(__file__).resolve().parents[1]
OFF_LABELS = frozenset({"offensive", "insult", "threat"})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data", type=Path,
        default=ROOT.parent / "shared/data/dkhate/offenseval-da-training-v1.tsv",
    )  # fmt: skip
    parser.add_argument("--staff", type=Path, default=ROOT.parent / "shared/triage/staff_dev.csv")
    args = parser.parse_args()
    engine = Pipeline.from_register(read_register(args.staff))
    counts: dict[str, Counter[str]] = {"NOT": Counter(), "OFF": Counter()}
    totals: Counter[str] = Counter()
    with args.data.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            gold = row["subtask_a"]
            if gold not in counts:
                continue
            labels = engine.run(row["tweet"]).labels
            totals[gold] += 1
            counts[gold].update(labels)
            counts[gold]["OFF decision"] += bool(labels & OFF_LABELS)
    for gold in ("NOT", "OFF"):
        flagged = ", ".join(f"{k} {v}" for k, v in sorted(counts[gold].items()))
        print(f"{gold} ({totals[gold]} comments): {flagged}")


if __name__ == "__main__":
    main()
