"""The regex of a word spec's alternatives: the fast form (``alternatives_regex``) finds
exactly what the plain one (each alternative written out in its order) finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from borgerpost.detect.cue_patterns import _alt_regex, alternatives_regex, compile_pattern

KINDS = ("word", "prefix", "suffix", "infix")
# few letters, so that alternatives overlap and words share beginnings and endings
LETTERS = "abø."
ONE_WORD = st.text(LETTERS, min_size=1, max_size=4)
SEVERAL_WORDS = st.lists(ONE_WORD, min_size=2, max_size=3).map(" ".join)
ALTERNATIVE = st.tuples(st.sampled_from(KINDS), st.one_of(ONE_WORD, ONE_WORD, SEVERAL_WORDS))
# a view string: words between single spaces, with a space first and last
VIEW = st.lists(ONE_WORD, min_size=1, max_size=8).map(lambda ws: " " + " ".join(ws) + " ")


def _plain(alts: list[tuple[str, str]]) -> str:
    return "|".join(_alt_regex(kind, word) for kind, word in alts)


def _spans(group: str, string: str, after: str = "") -> list[tuple[int, int]]:
    regex = re.compile(f" (?:{group})(?= ){after}")
    return [m.span() for m in regex.finditer(string)]


@settings(max_examples=400, deadline=None)
@given(st.lists(ALTERNATIVE, min_size=1, max_size=8), VIEW)
def test_the_fast_form_matches_the_same_spans(alts: list[tuple[str, str]], string: str) -> None:
    assert _spans(alternatives_regex(alts), string) == _spans(_plain(alts), string)


@settings(max_examples=200, deadline=None)
@given(st.lists(ALTERNATIVE, min_size=1, max_size=8), VIEW)
def test_the_same_spans_with_words_after_the_group(
    alts: list[tuple[str, str]], string: str
) -> None:
    """Followed by more of a pattern, an alternative of several words may win over one of
    one word or lose to it: the order between them is kept, so the same one wins."""
    after = r"(?: [^ ]+){0,1} (?:b[^ ]*)(?= )"
    fast = _spans(alternatives_regex(alts), string, after)
    assert fast == _spans(_plain(alts), string, after)


@pytest.mark.parametrize(
    ("spec", "text", "found"),
    [
        ("*centret", " jobcentret ", True),
        ("*centret", " centret ", True),
        ("*centret", " centrets ", False),
        ("*kass*", " akassen ", True),
        ("*kass*", " kasse ", True),
        ("sag*", " sagen ", True),
        ("sag*", " usag ", False),
        ("a-kasse*|*kassen", " a kassen ", True),
    ],
)
def test_compound_alternatives(spec: str, text: str, found: bool) -> None:
    regex = re.compile(compile_pattern(spec, {}).source)
    assert bool(regex.search(text)) is found


def test_a_suffix_never_reaches_into_the_word_before() -> None:
    """ "*tret" must not match the word "ret" just because "…t" ends the word before."""
    regex = re.compile(compile_pattern("*tret", {}).source)
    assert regex.search(" godt ret ") is None
    assert regex.search(" godt tret ") is not None
