"""The DKhate model: loads from the shipped file, is deterministic, explains itself, and was
trained with the lexicons that ship beside it."""

from __future__ import annotations

import io
from itertools import pairwise

import numpy as np
import pytest

from borgerpost.detect import offensive_model as om
from borgerpost.detect.lexicon import lexicon_fingerprint
from borgerpost.detect.normalise import normalise
from borgerpost.errors import ConfigError


def _words(text: str) -> list[str]:
    return [t.text for t in normalise(text).words]


def test_loads_once_and_is_calibrated() -> None:
    model = om.load_model()
    assert model is om.load_model()
    assert len(model.weights) > 10_000
    assert 0.0 < model.threshold < 1.0
    assert model.meta["trained_on"].startswith("DKhate")


def test_shipped_model_matches_the_shipped_lexicons() -> None:
    """Retrain (scripts/train_offensive.py) after changing a lexicon file."""
    assert om.load_model().meta["lexicon_fingerprint"] == lexicon_fingerprint()


def test_deterministic() -> None:
    words = _words("Det er fandme et lortesystem I har")
    model = om.load_model()
    first = model.probability(words)
    assert all(model.probability(words) == first for _ in range(5))


@pytest.mark.parametrize(
    ("offensive", "plain"),
    [
        ("Du er en fucking idiot", "Du er en god sagsbehandler"),
        ("Sikke et lortesystem", "Sikke et godt system"),
        ("Hold kæft din kælling", "Hold fast i din plan"),
    ],
)
def test_offensive_text_scores_higher(offensive: str, plain: str) -> None:
    model = om.load_model()
    assert model.probability(_words(offensive)) > 0.5 > model.probability(_words(plain))


def test_evasion_spelling_scores_like_the_word() -> None:
    model = om.load_model()
    assert model.probability(_words("1d10t")) == model.probability(_words("idiot"))


def test_explains_with_the_words_that_weigh_most() -> None:
    words = _words("Jeg har ventet længe og det er et lortesystem")
    top = om.load_model().explain(words, top=3)
    assert top
    assert words[top[0].index] == "lortesystem"
    assert all(a.value >= b.value for a, b in pairwise(top))


def test_empty_text_has_a_probability() -> None:
    assert 0.0 < om.load_model().probability([]) < 1.0
    assert om.load_model().explain([]) == []


def test_round_trip_through_the_file_format() -> None:
    buffer = io.BytesIO()
    meta = {"features": {"char_min": 3, "char_max": 4, "bigrams": True}, "intercept": -1.0,
            "platt_a": 1.0, "platt_b": 0.0, "threshold": 0.5}  # fmt: skip
    om.save(buffer, {"w:lort": 2.0, " lor": 0.5}, {"L:profanity.words": 1.0}, meta)
    model = om.read(buffer.getvalue())
    assert model.weights == {"w:lort": 2.0, " lor": 0.5}
    assert model.probability(["lort"]) > model.probability(["kage"])


def test_a_damaged_file_is_a_config_error() -> None:
    with pytest.raises(ConfigError):
        om.read(b"not a model")
    buffer = io.BytesIO()
    np.savez(buffer, features=np.zeros(3, dtype=np.uint8))
    with pytest.raises(ConfigError):
        om.read(buffer.getvalue())
