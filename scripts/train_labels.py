"""Train the learned label heads (``detect/label_model.py``) and measure them set by set.

    .venv/bin/python scripts/train_labels.py [--sets 1-12] [--no-save] [--out-dir DIR]

The shipped heads: criticism and case requests with the defaults; the abuse heads with

    .venv/bin/python scripts/train_labels.py --heads threat,self_harm --folds 5 \
        --label-tests training/label_tests.jsonl --test-weight 3

Training data: borgerpost's hand-labelled probe sets (``tests/detect/data/probe_<n>.jsonl``,
each with its own staff register), read exactly as the engine reads a message — normalised,
staff names left out. A head learns from the items whose ``must`` holds its
label (positives) and whose ``must_not`` holds it (negatives). The 2,576 DKhate comments
labelled NOT offensive are negatives for every head: none threatens, signals suicide or asks
a jobcentre for anything, and few criticise a jobcentre, a municipality or its law. Without
them the criticism head learned that any opinion is criticism ("Det er smukt!").

The abuse heads also read the ~20,600 texts of the label tests (``--label-tests``, recorded
by ``record_label_tests.py`` with the labels the rules give them), each counting
``--test-weight`` times: those tests are the hand-written near misses on every border of a
label, which the probe sets hold few of. Without them the heads flagged 843 of them.

Measurement: leave one probe set out. Each set is scored by heads trained on the other sets
(DKhate always in training), the way a new writer's set would be. The script prints each
head's recall and false flags per held-out set at the thresholds of ``thresholds.yaml``,
Platt-calibrates every head on these out-of-set scores, fits it on everything and writes
``detect/data/label_model_<label>.npz``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from borgerpost.detect import offensive_model as om
from borgerpost.detect.base import LABELS, Document
from borgerpost.detect.context import PipelineContext
from borgerpost.detect.label_model import ALL_HEADS, HEADS, head_file, model_words
from borgerpost.detect.lexicon import lexicon_fingerprint
from borgerpost.detect.normalise import ensure_normalised
from borgerpost.detect.quoted import blank, quoted_letters
from borgerpost.detect.staff import ensure_staff
from borgerpost.detect.thresholds import thresholds
from borgerpost.detect.training import fit_linear, platt, read_tsv, to_model, tokenise
from borgerpost.register import StaffMember, parse_register, read_register

ROOT = Path(__file__).resolve().parents[1]
PROBES = ROOT / "tests" / "detect" / "data"
CORPORA = ROOT / "training"
LABEL_TESTS = CORPORA / "label_tests.jsonl"
DKHATE = ROOT.parent / "shared" / "data" / "dkhate" / "offenseval-da-training-v1.tsv"
OUT = ROOT / "src" / "borgerpost" / "detect" / "data"
C = 1.0
TEST_WEIGHT = 1.0
DKHATE_SET = "dkhate"  # the group of the DKhate rows: never held out


@dataclass(frozen=True)
class Row:
    """One training text: its set, its model words, and its must / must_not labels."""

    set: str  # "p3" (probe set 3), "cx" (corpus x), DKHATE_SET
    id: str
    words: list[str]
    must: frozenset[str]
    must_not: frozenset[str]
    weight: float = 1.0  # how much the row counts in a fit (the label-test rows: --test-weight)


def _model_words(text: str, context: PipelineContext, members: Sequence[StaffMember]) -> list[str]:
    """What a head reads of ``text`` in the engine: the writer's words (a quoted jobcentre
    letter blanked, as ``Pipeline.run`` does), normalised, counting staff names left out."""
    names = [m.name for m in members]
    doc = Document(blank(text, quoted_letters(text, context.official_contacts, names)))
    return list(model_words(ensure_normalised(doc), ensure_staff(doc, context.staff_matcher)).words)


def probe_rows(sets: Sequence[int]) -> list[Row]:
    """The items of the probe sets ``sets``, read with each set's own register."""
    rows: list[Row] = []
    for n in sets:
        members = read_register(PROBES / f"probe_staff_{n}.csv")
        context = PipelineContext.build(members)
        for line in (PROBES / f"probe_{n}.jsonl").read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            words = _model_words(item["text"], context, members)
            rows.append(
                Row(
                    f"p{n}", item["id"], words, frozenset(item["must"]), frozenset(item["must_not"])
                )
            )
    return rows


def corpus_rows(folder: Path) -> list[Row]:
    """The fully labelled corpora ``training/corpus_<name>.jsonl`` (register
    ``staff_<name>.csv``): every label not listed does not hold."""
    rows: list[Row] = []
    for path in sorted(folder.glob("corpus_*.jsonl")):
        name = path.stem.removeprefix("corpus_")
        members = read_register(folder / f"staff_{name}.csv")
        context = PipelineContext.build(members)
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            words = _model_words(item["text"], context, members)
            labels = frozenset(item["labels"])
            rows.append(Row(f"c{name}", item["id"], words, labels, frozenset(LABELS) - labels))
    return rows


def dkhate_rows(path: Path) -> list[Row]:
    """DKhate comments labelled NOT offensive, with no labels of their own."""
    texts, y = read_tsv(path)
    kept = [t for t, off in zip(texts, y, strict=True) if not off]
    return [
        Row(DKHATE_SET, f"dkhate-{i}", words, frozenset(), frozenset())
        for i, words in enumerate(tokenise(kept))
    ]


def label_test_rows(path: Path, weight: float, groups: int = 10) -> list[Row]:
    """The label tests' texts (``record_label_tests.py``), read with the register each test
    used; every label the rules did not give is a negative. Dealt into ``groups`` sets, so
    that cross-validation holds them out in turns like the probe sets."""
    sys.path.insert(0, str(ROOT))
    from tests.detect.labels.engine import REGISTERS

    registers = {key: parse_register(text) for key, text in REGISTERS.items()}
    contexts = {key: PipelineContext.build(members) for key, members in registers.items()}
    rows: list[Row] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        item = json.loads(line)
        key = item["register"]
        words = _model_words(item["text"], contexts[key], registers[key])
        labels = frozenset(item["labels"])
        group = f"t{n % groups}"
        rows.append(Row(group, f"test-{n}", words, labels, frozenset(LABELS) - labels, weight))
    return rows


def head_data(label: str, rows: Sequence[Row]) -> tuple[list[Row], np.ndarray]:
    """The rows a head learns from, and its targets (1 = the label holds)."""
    chosen = [r for r in rows if r.set == DKHATE_SET or label in r.must or label in r.must_not]
    return chosen, np.array([int(label in r.must) for r in chosen])


def fit_head(rows: Sequence[Row], y: np.ndarray, meta: dict[str, object]) -> om.OffensiveModel:
    weights = np.array([r.weight for r in rows])
    feats, clf = fit_linear([r.words for r in rows], y, C, weights)
    return to_model(feats, clf, meta)


def held_out_groups(rows: Sequence[Row], folds: int) -> list[set[str]]:
    """The groups of sets held out together: each set alone (``folds`` 0), or the sets dealt
    round-robin into ``folds`` groups, so that 300 sets cost ten fits, not 300."""
    sets = sorted({r.set for r in rows} - {DKHATE_SET})
    if folds <= 0:
        return [{s} for s in sets]
    return [set(sets[k::folds]) for k in range(min(folds, len(sets)))]


def out_of_set_scores(rows: list[Row], y: np.ndarray, folds: int = 0) -> np.ndarray:
    """Each probe row's decision value from a head trained without its set (or its fold of
    sets, ``held_out_groups``); DKhate rows (never held out) get NaN."""
    scores = np.full(len(rows), np.nan)
    for held in held_out_groups(rows, folds):
        train = [i for i, r in enumerate(rows) if r.set not in held]
        test = [i for i, r in enumerate(rows) if r.set in held]
        model = fit_head([rows[i] for i in train], y[train], {"features": {}, **_NO_PLATT})
        scores[test] = [model.decision(rows[i].words) for i in test]
    return scores


OUT_OF_SET: dict[str, dict[str, float]] = {}  # label -> item id -> out-of-set probability
_NO_PLATT = {"platt_a": 1.0, "platt_b": 0.0, "threshold": 0.5}


def report(label: str, rows: list[Row], y: np.ndarray, probs: np.ndarray, cut: float) -> None:
    """Recall and false flags of the head alone, per held-out set."""
    cells = []
    for held in sorted({r.set for r in rows} - {DKHATE_SET}):
        idx = [i for i, r in enumerate(rows) if r.set == held]
        pos = [i for i in idx if y[i]]
        neg = [i for i in idx if not y[i]]
        hit = sum(probs[i] >= cut for i in pos)
        flagged = sum(probs[i] >= cut for i in neg)
        cells.append(f"{held}: {hit}/{len(pos)} ff {flagged}/{len(neg)}")
    total_pos = int(y[[r.set != DKHATE_SET for r in rows]].sum())
    hits = sum(1 for i, r in enumerate(rows) if r.set != DKHATE_SET and y[i] and probs[i] >= cut)
    print(f"{label:13s} recall {hits}/{total_pos} at p>={cut}   " + "  ".join(cells))


def train(label: str, rows: list[Row], cut: float, folds: int = 0) -> om.OffensiveModel:
    chosen, y = head_data(label, rows)
    scores = out_of_set_scores(chosen, y, folds)
    known = ~np.isnan(scores)
    a, b = platt(scores[known], y[known])
    probs = 1.0 / (1.0 + np.exp(-(a * np.nan_to_num(scores) + b)))
    report(label, chosen, y, probs, cut)
    OUT_OF_SET[label] = {
        r.id: float(p) for r, p in zip(chosen, probs, strict=True) if r.set != DKHATE_SET
    }
    meta = {
        "features": asdict(om.FeatureConfig()),
        "platt_a": a,
        "platt_b": b,
        "threshold": cut,
        "label": label,
        "lexicon_fingerprint": lexicon_fingerprint(),
        "trained_on": "borgerpost probe sets and corpora "
        + ",".join(sorted({r.set for r in chosen} - {DKHATE_SET}))
        + " + DKhate NOT (CC BY 4.0)",
        "rows": len(chosen),
        "C": C,
    }
    return fit_head(chosen, y, meta)


def parse_sets(spec: str) -> list[int]:
    """``1-12`` or ``1,3,5-8``."""
    out: list[int] = []
    for part in spec.split(","):
        lo, _, hi = part.partition("-")
        out += range(int(lo), int(hi or lo) + 1)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default=None, help="probe sets to train on (default: all)")
    parser.add_argument("--dkhate", type=Path, default=DKHATE)
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--out-dir", type=Path, default=OUT)
    parser.add_argument(
        "--heads",
        default=",".join(HEADS),
        help=f"which of {','.join(ALL_HEADS)} (default: {','.join(HEADS)})",
    )
    parser.add_argument(
        "--folds", type=int, default=0, help="hold sets out in this many groups (0: one by one)"
    )
    parser.add_argument(
        "--label-tests",
        type=Path,
        default=None,
        help=f"recorded label-test texts as extra rows (the abuse heads: {LABEL_TESTS.name})",
    )
    parser.add_argument(
        "--test-weight", type=float, default=TEST_WEIGHT, help="how much a label-test row counts"
    )
    parser.add_argument("--no-save", action="store_true")
    parser.add_argument("--dump", type=Path, help="write out-of-set probabilities (JSON)")
    args = parser.parse_args(argv)
    found = sorted(int(p.stem.split("_")[1]) for p in PROBES.glob("probe_[0-9]*.jsonl"))
    sets = parse_sets(args.sets) if args.sets else found
    rows = probe_rows(sets) + corpus_rows(args.corpora) + dkhate_rows(args.dkhate)
    if args.label_tests:
        rows += label_test_rows(args.label_tests, args.test_weight)
    groups = sorted({r.set for r in rows})
    print(f"{len(rows)} rows: {', '.join(groups)}", file=sys.stderr)
    cuts = thresholds().label_model.min_probability
    for label in args.heads.split(","):
        model = train(label, rows, cuts[label], args.folds)
        if not args.no_save:
            path = args.out_dir / head_file(label)
            om.save(path, model.weights, model.lexicon_weights, model.meta)
            print(f"  wrote {path.name} ({len(model.weights)} weights)", file=sys.stderr)
    if args.dump:
        args.dump.write_text(json.dumps(OUT_OF_SET), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
