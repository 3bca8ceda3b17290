"""Word lexicons: inflected forms, genitives, compounds, and the words that must never match."""

from __future__ import annotations

import pytest

from borgerpost.detect import lexicon
from borgerpost.detect.thresholds import thresholds
from borgerpost.errors import ConfigError


def test_expand_builds_forms_and_genitives() -> None:
    base, forms = lexicon.expand("ko -en køer køerne")
    assert base == "ko"
    assert {"ko", "koen", "køer", "køerne", "kos", "koens", "køers"} <= set(forms)


@pytest.mark.parametrize(
    ("word", "entry", "category", "how"),
    [
        ("idioterne", "idiot", "strong", "form"),
        ("kontoridiot", "idiot", "strong", "compound"),
        ("jobcenterkællingen", "kælling", "strong", "compound"),
        ("køerne", "ko", "ambiguous", "form"),
    ],
)
def test_epithets(word: str, entry: str, category: str, how: str) -> None:
    assert lexicon.epithets().lookup(word) == lexicon.Hit(entry, category, how)


@pytest.mark.parametrize("word", ["disko", "marsvin", "narre", "skidt", "hundrede", "idiotisk"])
def test_not_epithets(word: str) -> None:
    assert lexicon.epithets().lookup(word) is None


@pytest.mark.parametrize(
    ("word", "category"),
    [("lortesystem", "prefix"), ("pisseirriterende", "prefix"), ("fandme", "words"),
     ("danskjävlar", "heads"), ("røv", "mild")],
)  # fmt: skip
def test_profanity(word: str, category: str) -> None:
    hit = lexicon.profanity().lookup(word)
    assert hit is not None and hit.category == category


@pytest.mark.parametrize("word", ["pistol", "røveri", "røvere", "pikant", "skodder", "skidt"])
def test_not_profanity(word: str) -> None:
    assert lexicon.profanity().lookup(word) is None


def test_praise_and_intensifier_sets() -> None:
    assert "godt" in lexicon.word_set("lexicon/profanity.yaml", "praise")
    assert "pisse" in lexicon.word_set("lexicon/profanity.yaml", "intensifiers")
    with pytest.raises(ConfigError):
        lexicon.word_set("lexicon/profanity.yaml", "nope")


def test_a_key_given_twice_is_a_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "cues:\n  - id: a\n    patterns: [x]\n    patterns: [y]\n"
    monkeypatch.setattr(lexicon, "data_text", lambda relative: text)
    with pytest.raises(ConfigError, match="nøglen 'patterns' står to gange"):
        lexicon.load_yaml.__wrapped__("cues/twice.yaml")


def test_missing_data_file_is_a_config_error() -> None:
    with pytest.raises(ConfigError):
        lexicon.data_text("lexicon/does-not-exist.yaml")


def test_thresholds_are_valid() -> None:
    limits = thresholds().offensive_model
    assert 0 < limits.mild_words < limits.min_probability < 1
