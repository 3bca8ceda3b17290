"""What else a name may be: a firm's name ("Falck"), an ordinary word or a place ("Skov",
"Bo", "Lund", "Holmen"), or a very common first name ("Jens"). The staff matcher weighs a
name alone by it (``staff_cues._base``): a name that is also something else needs the words
around it to point to the person.
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib import resources

from borgerpost.detect.lexicon import danish_words
from borgerpost.detect.normalise import normalise, stem
from borgerpost.detect.staff_keys import without_marks


def load_word_list(name: str) -> frozenset[str]:
    """A shipped word list from ``detect/data`` (whitespace separated, '#' comments)."""
    text = resources.files("borgerpost.detect").joinpath("data", name).read_text("utf-8")
    return frozenset(
        normalise(word).text for line in text.splitlines() for word in line.split("#")[0].split()
    )


class NameAmbiguity:
    """``ambiguity(word)``: "firm", "word", "common" or "" for a normalised name word."""

    def __init__(
        self, common_words: Iterable[str] | None = None, common_names: Iterable[str] | None = None
    ) -> None:
        words = frozenset(common_words) if common_words is not None else None
        self.common_words = words or load_word_list("common_words.txt")
        self.common_stems = frozenset(stem(w) for w in self.common_words)
        names = frozenset(common_names) if common_names is not None else None
        self.common_names = names or load_word_list("common_names.txt")
        self.firm_names = load_word_list("firm_names.txt")

    def __call__(self, word: str) -> str:
        """ "firm" for a name that is also a firm's ("Falck"), "word" for a name that is
        also an ordinary word or place, "common" for a very common first name, else "".
        The firms decide first, then the short list of names-that-are-words, then the list
        of common names (so "Jens", "Søren", "Hanne" stay names), then the inflected words
        of the short list ("Holmen") and the dictionary ("Kold", "Bonde")."""
        if word in self.firm_names:
            return "firm"  # "Falck": the ambulance firm unless a person is pointed at
        if word in self.common_words or without_marks(word) in self.common_words:
            return "word"  # "René" is the word "rene" written with an accent
        if word in self.common_names:
            return "common"  # before the stems: "Hanne" is no inflected "hans"
        root = stem(word)
        if root != word and root in self.common_stems:
            return "word"  # an inflected ordinary word: "Holmen", "Skoven"
        return "word" if word in danish_words() or _definite_form(word) else ""


def _definite_form(word: str) -> bool:
    """Stop 33: the definite form of a dictionary noun ending in a vowel ("stien" of "sti",
    "kilden" of "kilde"), which the stem list does not hold; a patronymic in "-sen"
    ("Hansen") is no "hans" with an ending."""
    if len(word) < 5 or word.endswith("sen") or not word.endswith(("en", "et")):
        return False
    words = danish_words()
    base = word[:-2]
    # after a vowel only ("sti-en", "bro-en"): "Helen", "Ruben", "Holten" end like a noun
    # after a consonant and are names
    return (base[-1] in _VOWELS and base in words) or (word[-3] == "e" and word[:-1] in words)


_VOWELS = frozenset("aeiouyæøå")
