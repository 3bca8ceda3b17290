"""The DKhate-trained language model: how likely a Danish text is offensive (OLID "OFF").

A linear model (logistic regression, Platt-calibrated) over features of the NORMALISED
text, so evasion spellings score like the words they hide:

* character 3–5-grams inside each word, padded with spaces at the word boundaries
  (``" lort"``, ``"rtes"``), which catch compounds and misspellings ("lortesystem");
* the words themselves (``w:idiot``) and adjacent word pairs (``b:hold kæft``);
* lexicon features (``L:profanity``, ``L:epithet.strong`` …) from ``lexicon.py``, binary.

The n-gram part of a text is ``sum(weight * count) / sqrt(total count)``. Char n-grams are
per word, so each word's contribution and n-gram count are cached: a text costs one dict
look-up per word once its words have been seen, which keeps the model cheap enough to run
on every message. Weights ship as ``data/offensive_model.npz`` (feature strings, float32
weights and a JSON header) — no pickle, so any numpy reads it and nothing can execute.
``scripts/train_offensive.py`` rebuilds it from the DKhate training split.

The model explains itself: ``explain`` returns the words with the largest positive
contributions, as spans of the normalised text.
"""

from __future__ import annotations

import heapq
import io
import json
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import compress, pairwise, repeat
from typing import Any

import numpy as np

from borgerpost.detect import lexicon
from borgerpost.errors import ConfigError

MODEL_FILE = "offensive_model.npz"
FORMAT = 1


@dataclass(frozen=True)
class FeatureConfig:
    """How a text becomes features; stored in the model file so both sides agree."""

    char_min: int = 3
    char_max: int = 5
    bigrams: bool = True


def char_ngrams(word: str, config: FeatureConfig) -> list[str]:
    """Character n-grams of `` word `` (boundaries marked by spaces)."""
    padded = f" {word} "
    size = len(padded)
    return [
        padded[i : i + n]
        for n in range(config.char_min, config.char_max + 1)
        for i in range(size - n + 1)
    ]


def word_features(word: str, config: FeatureConfig) -> list[str]:
    """Every n-gram feature of one word: its char n-grams and ``w:word``."""
    return [*char_ngrams(word, config), f"w:{word}"]


def lexicon_features(words: Iterable[str]) -> set[str]:
    """Binary lexicon features of a text: which word lists its words belong to."""
    return set().union(*map(_word_lexicon_features, words))


@lru_cache(maxsize=131072)
def _word_lexicon_features(word: str) -> frozenset[str]:
    out = set()
    for name, hit in (
        ("profanity", lexicon.profanity().lookup(word)),
        ("epithet", lexicon.epithets().lookup(word)),
        ("degrading", lexicon.degrading().lookup(word)),
    ):
        if hit is not None:
            out.add(f"L:{name}.{hit.category}")
    return frozenset(out)


def text_features(words: Sequence[str], config: FeatureConfig) -> tuple[Counter[str], set[str]]:
    """(n-gram feature counts, lexicon features) of a tokenised text — the training view."""
    counts: Counter[str] = Counter()
    for word in words:
        counts.update(word_features(word, config))
    if config.bigrams:
        counts.update(f"b:{a} {b}" for a, b in pairwise(words))
    return counts, lexicon_features(words)


@dataclass(frozen=True)
class Contribution:
    """One word (or word pair) and what it added to the score; ``index`` into the words."""

    index: int
    last: int
    value: float


@dataclass(frozen=True, slots=True)
class Assessment:
    """One text scored: its probability, and the per-word parts ``contributions`` reads, so
    explaining a flagged text does not score it a second time."""

    words: Sequence[str]
    per_word: Sequence[float]
    pairs: Sequence[float]
    total: int  # n-gram count: the scale is 1 / sqrt(total)
    decision: float
    probability: float


class OffensiveModel:
    """Calibrated linear model over ``text_features``; see the module docstring."""

    def __init__(
        self,
        weights: dict[str, float],
        lexicon_weights: dict[str, float],
        meta: dict[str, Any],
    ) -> None:
        self.weights = weights
        self.lexicon_weights = lexicon_weights
        self.meta = meta
        self.config = FeatureConfig(**meta["features"])
        self.intercept = float(meta["intercept"])
        self.platt_a = float(meta["platt_a"])
        self.platt_b = float(meta["platt_b"])
        self.threshold = float(meta["threshold"])
        self._word = lru_cache(maxsize=131072)(self._word_uncached)
        # word-pair features by (first, second) word: a text's pairs are looked up in one
        # C-level pass (words never contain a space, so the split is exact)
        self.pair_weights: dict[tuple[str, ...], float] = {
            tuple(f[2:].split(" ", 1)): w for f, w in weights.items() if f.startswith("b:")
        }

    def _word_uncached(self, word: str) -> tuple[float, int]:
        feats = word_features(word, self.config)
        get = self.weights.get
        return sum(get(f, 0.0) for f in feats), len(feats)

    def _parts(self, words: Sequence[str]) -> tuple[Sequence[float], list[float], int]:
        """Per word its n-gram sum, per adjacent pair its weight, and the n-gram count."""
        if not words:
            return (), [], 0
        per_word, counts = zip(*map(self._word, words), strict=True)
        total = sum(counts)
        pairs: list[float] = []
        if self.config.bigrams and len(words) > 1:
            pairs = list(map(self.pair_weights.get, pairwise(words), repeat(0.0)))
            total += len(pairs)
        return per_word, pairs, total

    def assess(self, words: Sequence[str]) -> Assessment:
        """Score a tokenised, normalised text once (see ``Assessment``)."""
        per_word, pairs, total = self._parts(words)
        lex = sum(self.lexicon_weights.get(f, 0.0) for f in lexicon_features(words))
        scale = 1.0 / math.sqrt(total) if total else 0.0
        decision = (sum(per_word) + sum(pairs)) * scale + lex + self.intercept
        probability = sigmoid(self.platt_a * decision + self.platt_b)
        return Assessment(words, per_word, pairs, total, decision, probability)

    def decision(self, words: Sequence[str]) -> float:
        """The raw linear score of a tokenised, normalised text."""
        return self.assess(words).decision

    def probability(self, words: Sequence[str]) -> float:
        """Calibrated probability that the text is offensive in the DKhate sense."""
        return self.assess(words).probability

    def explain(
        self, words: Sequence[str], top: int = 3, share: float = 0.25
    ) -> list[Contribution]:
        """``contributions`` of ``words`` (scoring them first)."""
        return self.contributions(self.assess(words), top, share)

    def contributions(
        self, assessed: Assessment, top: int = 3, share: float = 0.25
    ) -> list[Contribution]:
        """The words or word pairs that pushed the score up most, largest first; those below
        ``share`` of the largest are left out (they explain nothing)."""
        if not assessed.total:
            return []
        scale = 1.0 / math.sqrt(assessed.total)
        merged = [v * scale for v in assessed.per_word]
        for i, v in _lexicon_word_contributions(assessed.words, self.lexicon_weights):
            merged[i] += v
        candidates = [(v, (i, i)) for i, v in enumerate(merged) if v > 0]
        pairs = assessed.pairs  # mostly 0.0: only the pairs the model knows are looked at
        for i in compress(range(len(pairs)), pairs):
            if pairs[i] * scale > 0:
                candidates.append((pairs[i] * scale, (i, i + 1)))
        best = heapq.nlargest(top, candidates)
        if not best:
            return []
        floor = best[0][0] * share
        return [Contribution(a, b, v) for v, (a, b) in best if v >= floor]


def _lexicon_word_contributions(
    words: Sequence[str], weights: dict[str, float]
) -> list[tuple[int, float]]:
    """Give each lexicon feature's weight to the first word that carries it."""
    out: list[tuple[int, float]] = []
    seen: set[str] = set()
    features = list(map(_word_lexicon_features, words))  # mostly empty: those are skipped
    for i in compress(range(len(features)), features):
        for feat in features[i] - seen:
            seen.add(feat)
            if weights.get(feat, 0.0) > 0:
                out.append((i, weights[feat]))
    return out


def sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)


# --- the model file -----------------------------------------------------------------------


def save(
    path: Any,
    weights: dict[str, float],
    lexicon_weights: dict[str, float],
    meta: dict[str, Any],
) -> None:
    """Write the model as ``.npz``: UTF-8 feature names, float32 weights, JSON header."""
    names = sorted(weights)
    lex_names = sorted(lexicon_weights)
    header = {**meta, "format": FORMAT}
    np.savez_compressed(
        path,
        features=np.frombuffer("\n".join(names).encode("utf-8"), dtype=np.uint8),
        weights=np.array([weights[n] for n in names], dtype=np.float32),
        lexicon_features=np.frombuffer("\n".join(lex_names).encode("utf-8"), dtype=np.uint8),
        lexicon_weights=np.array([lexicon_weights[n] for n in lex_names], dtype=np.float32),
        meta=np.frombuffer(json.dumps(header, sort_keys=True).encode("utf-8"), dtype=np.uint8),
    )


def read(data: bytes, name: str = MODEL_FILE) -> OffensiveModel:
    """Read a model written by ``save`` (from the file ``name``); a damaged file is a
    ``ConfigError``. The label heads of ``label_model.py`` use the same format."""
    try:
        with np.load(io.BytesIO(data), allow_pickle=False) as npz:
            names = _strings(npz["features"])
            values = npz["weights"].astype(float).tolist()
            lex_names = _strings(npz["lexicon_features"])
            lex_values = npz["lexicon_weights"].astype(float).tolist()
            meta = json.loads(bytes(npz["meta"]).decode("utf-8"))
    except (OSError, ValueError, KeyError) as exc:
        raise ConfigError(f"sprogmodellen {name} kan ikke læses: {exc}") from exc
    if meta.get("format") != FORMAT or len(names) != len(values):
        raise ConfigError(f"sprogmodellen {name} har et ukendt format")
    return OffensiveModel(dict(zip(names, values, strict=True)),
                          dict(zip(lex_names, lex_values, strict=True)), meta)  # fmt: skip


def _strings(array: np.ndarray) -> list[str]:
    text = bytes(array).decode("utf-8")
    return text.split("\n") if text else []


def read_shipped(name: str, trainer: str) -> OffensiveModel:
    """A model file shipped in ``detect/data``; a missing one names the script that builds it."""
    try:
        data = (resources.files("borgerpost.detect") / "data" / name).read_bytes()
    except OSError as exc:
        raise ConfigError(f"sprogmodellen detect/data/{name} mangler; kør {trainer}") from exc
    return read(data, name)


@cache
def load_model() -> OffensiveModel:
    """The shipped model, read once per process (lazily: importing costs nothing)."""
    return read_shipped(MODEL_FILE, "scripts/train_offensive.py")
