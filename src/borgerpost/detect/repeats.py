"""Runs of one repeated letter: stretched words ("neeeej", "lortttt") cut for normalising,
and every run cut to one (``collapse``) for matchers that want "maads" = "mads".

Pure text in, spans or text out; ``normalise`` turns the spans into offset-mapped deletions.
"""

from __future__ import annotations

import re
from itertools import compress
from operator import eq

from borgerpost.detect.offsets import IndexMap, cut

_REPEAT3 = re.compile(r"([^\W\d_])\1{2,}")
_REPEAT2 = re.compile(r"([^\W\d_])\1+")
_ANY_TRIPLE = re.compile(r"(.)\1\1")  # cheap pre-check: most texts have no triple letter


def has_triple(text: str) -> bool:
    """Any character three times in a row: without one, nothing is stretched."""
    return _ANY_TRIPLE.search(text) is not None


def doubled_spans(text: str) -> list[tuple[int, int]]:
    """What to cut so that every run of one letter keeps one (``Normalised.collapsed``)."""
    return [(m.start() + 1, m.end()) for m in _REPEAT2.finditer(text)]


def collapse(text: str) -> tuple[str, IndexMap]:
    """Cut every run of one repeated letter to one; return the text and an index map.

    The repeats are found by comparing the text with itself shifted by one (a C-level
    pass): a regex with a back-reference tried a match at every character."""
    spans: list[tuple[int, int]] = []
    for i in compress(range(1, len(text)), map(eq, text, text[1:])):
        c = text[i]
        if not c.isalnum() or c.isdecimal():  # a letter: what [^\W\d_] matches
            continue
        if spans and spans[-1][1] == i:
            spans[-1] = (spans[-1][0], i + 1)
        else:
            spans.append((i, i + 1))
    if not spans:
        return text, IndexMap((), len(text))
    return cut(text, spans), IndexMap(spans, len(text))


# Danish doubles consonants ("kaffe", "hammer") and writes "aa" for "å", but hardly ever
# doubles another vowel: a stretched one ("døøøø", "neeeej", "idioooot") stands for one.
_SINGLE_VOWELS = frozenset("eiouyæøå")


def stretch_spans(text: str) -> list[tuple[int, int]]:
    """What to cut from runs of three or more equal letters: all but one of a vowel other
    than "a" inside a word, all but two of anything else (a run that is a word of its own,
    "ooo", keeps two: one letter alone would read as a letter typed one by one, and the
    text would normalise again differently)."""
    return [
        (m.start() + (1 if _in_word(text, m) and m.group(1) in _SINGLE_VOWELS else 2), m.end())
        for m in _REPEAT3.finditer(text)
    ]


def _in_word(text: str, run: re.Match[str]) -> bool:
    before = run.start() > 0 and text[run.start() - 1].isalpha()
    return before or (run.end() < len(text) and text[run.end()].isalpha())
