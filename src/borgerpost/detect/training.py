"""What the model trainers share (``scripts/train_offensive.py``, ``scripts/train_labels.py``):
reading DKhate, the training-side featuriser of ``offensive_model.text_features``, Platt
scaling, and turning a fitted scikit-learn model into the shipped weight format.

scikit-learn is used here only: the engine itself scores with plain dictionaries
(``offensive_model.OffensiveModel``), so nothing of scikit-learn runs per message.
"""

from __future__ import annotations

import csv
import math
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression

from borgerpost.detect import offensive_model as om
from borgerpost.detect.normalise import normalise

MIN_DF = 2


def read_tsv(path: Path) -> tuple[list[str], np.ndarray]:
    """DKhate texts and labels (1 = OFF); a row not split by tabs is split on whitespace."""
    texts: list[str] = []
    labels: list[int] = []
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(rows)
        if [h.strip() for h in header[:3]] != ["id", "tweet", "subtask_a"]:
            raise SystemExit(f"{path}: unexpected header {header}")
        for number, row in enumerate(rows, start=2):
            if len(row) != 3:
                parts = "\t".join(row).split()
                if len(parts) < 3 or parts[-1] not in ("OFF", "NOT"):
                    print(f"{path}:{number}: skipped malformed row", file=sys.stderr)
                    continue
                row = [parts[0], " ".join(parts[1:-1]), parts[-1]]
            texts.append(row[1])
            labels.append(1 if row[2].strip() == "OFF" else 0)
    return texts, np.array(labels)


def tokenise(texts: Sequence[str]) -> list[list[str]]:
    """The normalised words of each text: what the engine's models read."""
    return [list(normalise(text).columns.texts) for text in texts]


class Featuriser:
    """The training-side view of ``offensive_model.text_features`` as a sparse matrix."""

    def __init__(self, config: om.FeatureConfig) -> None:
        self.config = config
        self.vocab: dict[str, int] = {}
        self.lex_vocab: dict[str, int] = {}

    def fit(self, docs: Sequence[Sequence[str]]) -> Featuriser:
        df: dict[str, int] = {}
        lex: set[str] = set()
        for words in docs:
            counts, lex_feats = om.text_features(words, self.config)
            for f in counts:
                df[f] = df.get(f, 0) + 1
            lex |= lex_feats
        kept = sorted(f for f, n in df.items() if n >= MIN_DF)
        self.vocab = {f: i for i, f in enumerate(kept)}
        self.lex_vocab = {f: i for i, f in enumerate(sorted(lex))}
        return self

    def transform(self, docs: Sequence[Sequence[str]]) -> sparse.csr_matrix:
        rows, cols, vals = [], [], []
        width = len(self.vocab)
        for r, words in enumerate(docs):
            counts, lex_feats = om.text_features(words, self.config)
            total = sum(counts.values())
            scale = 1.0 / math.sqrt(total) if total else 0.0
            cells = [(self.vocab.get(f), n * scale) for f, n in counts.items()]
            cells += [(_shift(self.lex_vocab.get(f), width), 1.0) for f in lex_feats]
            for j, value in cells:
                if j is not None:
                    rows.append(r)
                    cols.append(j)
                    vals.append(value)
        shape = (len(docs), width + len(self.lex_vocab))
        return sparse.csr_matrix((vals, (rows, cols)), shape=shape)


def _shift(index: int | None, by: int) -> int | None:
    return None if index is None else index + by


def fit_linear(
    docs: Sequence[Sequence[str]],
    y: np.ndarray,
    c: float,
    sample_weight: np.ndarray | None = None,
) -> tuple[Featuriser, LogisticRegression]:
    """A featuriser fitted on ``docs`` and a class-balanced logistic regression on it
    (``sample_weight``: how much each document counts, default all alike)."""
    feats = Featuriser(om.FeatureConfig()).fit(docs)
    clf = LogisticRegression(C=c, class_weight="balanced", solver="liblinear", max_iter=2000)
    clf.fit(feats.transform(docs), y, sample_weight=sample_weight)
    return feats, clf


def platt(scores: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """Fit p = sigmoid(a*s + b) on out-of-fold scores (Platt scaling)."""
    lr = LogisticRegression(C=1e6, solver="lbfgs").fit(scores.reshape(-1, 1), y)
    return float(lr.coef_[0][0]), float(lr.intercept_[0])


def to_model(
    feats: Featuriser, clf: LogisticRegression, meta: dict[str, object]
) -> om.OffensiveModel:
    """The fitted model in the engine's format (zero weights dropped)."""
    coef = clf.coef_[0]
    width = len(feats.vocab)
    weights = {f: float(coef[j]) for f, j in feats.vocab.items() if abs(coef[j]) > 1e-6}
    lex = {f: float(coef[width + j]) for f, j in feats.lex_vocab.items()}
    return om.OffensiveModel(weights, lex, {**meta, "intercept": float(clf.intercept_[0])})
