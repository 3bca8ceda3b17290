"""Train the DKhate offensive-language model and measure it by 5-fold cross-validation.

    .venv/bin/python scripts/train_offensive.py [--cv] [--engine] [--no-save]
        [--data ../shared/data/dkhate/offenseval-da-training-v1.tsv]
        [--out src/borgerpost/detect/data/offensive_model.npz]

Data: DKhate (OffensEval 2020 Danish) training split, CC BY 4.0, Sigurbergsson & Derczynski,
"Offensive Language and Hate Speech Detection for Danish", LREC 2020. The TSV is not copied
into the repository; CI finds it in ``../shared/data/dkhate/``.

``--cv`` prints macro-F1 of a stratified 5-fold cross-validation (seed 0) for
1. the plain baseline: scikit-learn char_wb 1–5-gram TF-IDF + logistic regression;
2. this model (threshold picked on the training folds only);
3. with ``--engine``: the whole triage engine's OFF decision (offensive, insult or threat)
   using the fold's model — the figure that matters for the held-out test split.
Then the model is fitted on all rows, Platt-calibrated on out-of-fold scores, its threshold
set on those, and written as ``.npz`` (no pickle).
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold

from borgerpost.detect import offensive_model as om
from borgerpost.detect.lexicon import lexicon_fingerprint
from borgerpost.detect.training import (
    Featuriser,
    fit_linear,
    platt,
    read_tsv,
    to_model,
    tokenise,
)

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "dkhate" / "offenseval-da-training-v1.tsv"
DEFAULT_OUT = ROOT / "src" / "borgerpost" / "detect" / "data" / om.MODEL_FILE
SEED = 0
C = 1.0


def fit_model(docs: Sequence[list[str]], y: np.ndarray) -> tuple[Featuriser, LogisticRegression]:
    return fit_linear(docs, y, C)


def oof_scores(docs: Sequence[list[str]], y: np.ndarray, folds: int = 5) -> np.ndarray:
    """Out-of-fold decision values (each row scored by a model that never saw it)."""
    out = np.zeros(len(docs))
    for train, test in StratifiedKFold(folds, shuffle=True, random_state=SEED).split(docs, y):
        feats, clf = fit_model([docs[i] for i in train], y[train])
        out[test] = clf.decision_function(feats.transform([docs[i] for i in test]))
    return out


def best_threshold(scores: np.ndarray, y: np.ndarray) -> float:
    """The decision threshold with the best macro-F1 on these (out-of-fold) scores."""
    candidates = np.unique(np.quantile(scores, np.linspace(0.5, 0.99, 200)))
    return float(max(candidates, key=lambda t: f1_score(y, scores >= t, average="macro")))


def train_full(docs: list[list[str]], y: np.ndarray) -> om.OffensiveModel:
    """Fit on every row; calibrate and set the threshold on out-of-fold scores."""
    scores = oof_scores(docs, y)
    a, b = platt(scores, y)
    cut = best_threshold(scores, y)
    feats, clf = fit_model(docs, y)
    meta = {
        "features": asdict(om.FeatureConfig()),
        "platt_a": a,
        "platt_b": b,
        "threshold": 1.0 / (1.0 + math.exp(-(a * cut + b))),
        "lexicon_fingerprint": lexicon_fingerprint(),
        "trained_on": "DKhate offenseval-da-training-v1.tsv (CC BY 4.0)",
        "rows": len(docs),
        "C": C,
    }
    return to_model(feats, clf, meta)


def cross_validate(texts: list[str], docs: list[list[str]], y: np.ndarray, engine: bool) -> None:
    folds = list(StratifiedKFold(5, shuffle=True, random_state=SEED).split(texts, y))
    base, mine, whole = [], [], []
    for k, (train, test) in enumerate(folds, start=1):
        vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 5), sublinear_tf=True)
        clf = LogisticRegression(class_weight="balanced", solver="liblinear", max_iter=2000)
        clf.fit(vec.fit_transform([texts[i] for i in train]), y[train])
        pred = clf.predict(vec.transform([texts[i] for i in test]))
        base.append(f1_score(y[test], pred, average="macro"))
        model = train_full([docs[i] for i in train], y[train])
        probs = np.array([model.probability(docs[i]) for i in test])
        mine.append(f1_score(y[test], probs >= model.threshold, average="macro"))
        if engine:
            whole.append(_engine_f1(model, [texts[i] for i in test], y[test]))
        print(f"fold {k}: baseline {base[-1]:.3f}  model {mine[-1]:.3f}"
              + (f"  engine {whole[-1]:.3f}" if engine else ""), file=sys.stderr)  # fmt: skip
    print(f"baseline char_wb 1-5 TF-IDF + LR : macro-F1 {np.mean(base):.3f} ± {np.std(base):.3f}")
    print(f"model (n-grams + lexicon, cal.) : macro-F1 {np.mean(mine):.3f} ± {np.std(mine):.3f}")
    if engine:
        print(
            f"engine OFF (offensive|insult|threat): macro-F1 {np.mean(whole):.3f}"
            f" ± {np.std(whole):.3f}"
        )


def _engine_f1(model: om.OffensiveModel, texts: list[str], y: np.ndarray) -> float:
    from borgerpost.detect.pipeline import Pipeline

    pipeline = Pipeline.from_register([], offensive_model=model)
    off = {"offensive", "insult", "threat"}
    pred = [bool(off & r.labels) for r in pipeline.pipe(texts)]
    return float(f1_score(y, pred, average="macro"))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--cv", action="store_true", help="print 5-fold CV macro-F1 first")
    parser.add_argument("--engine", action="store_true", help="with --cv: also the engine")
    parser.add_argument("--no-save", action="store_true")
    args = parser.parse_args(argv)
    texts, y = read_tsv(args.data)
    docs = tokenise(texts)
    print(f"{len(texts)} rows, {int(y.sum())} OFF", file=sys.stderr)
    if args.cv:
        cross_validate(texts, docs, y, args.engine)
    if not args.no_save:
        model = train_full(docs, y)
        om.save(args.out, model.weights, model.lexicon_weights, model.meta)
        print(f"wrote {args.out} ({len(model.weights)} weights)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
