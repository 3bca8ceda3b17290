"""The recognizer machinery's shortcuts give what the plain scans give: the keyword scan
only skips patterns that cannot match, and anchored child patterns find what
``finditer`` finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from borgerpost.detect.normalise import normalise
from borgerpost.detect.pii import RECOGNIZERS, analyze_pii
from borgerpost.detect.pii.base import (
    Pattern,
    Recognizer,
    first_matches,
    keyword_automaton,
    keywords_in,
)
from borgerpost.detect.pii.family import ChildRecognizer
from borgerpost.detect.pii.official import OfficialContacts

FRAGMENTS = [
    *"abæø .,'\n-",
    "hans", "hendes", "Ullas", "Bøgh's", "x'", "din", "lille", "lille Ib", "søn", "sønnen",
    "datter", "børnene", "tvillingerne", "pigen", "går", "er", "starter", "i", "på",
    "skolen", "børnehaven", "3.b", "SFO'en", "til fodbold", "hos", "henter", "afleverer",
    "hentede", "hende", "ham", "sin", "mand", "konen", "ægtemand", "arbejder", "som",
    "hospitalet", "kl. 16.12", "klokken 8", "hver dag", "dagligt", "alle hverdage", "tager",
    "toget", "cykler", "hjem", "bil", "cykel", "står", "altid", "bor", "boede", "flyttet",
    "rækkehuset", "villaen", "for enden af", "Egernvej", "14", "7100 Vejle", "@", "mail",
    "lars@gmail.com", "http://x.dk/a.jpg", "www.imgur.com/x", "41 52 63 74", "030485-2218",
    "AB 12 345", "mig", "jeg", "min",
]  # fmt: skip
TEXTS = st.lists(st.sampled_from(FRAGMENTS), max_size=14).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_the_keyword_scan_skips_only_what_cannot_match(text: str) -> None:
    norm = normalise(text)
    automaton = keyword_automaton(k for cls in RECOGNIZERS.values() for k in cls.scan_keys())
    present = keywords_in(automaton, norm.text)
    for cls in RECOGNIZERS.values():
        assert cls().analyze(norm, present) == cls().analyze(norm)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_every_match_holds_a_keyword_of_its_pattern(text: str) -> None:
    """What the keyword scan relies on, checked on the plain scan of every pattern."""
    norm = normalise(text)
    for cls in RECOGNIZERS.values():
        for pat in cls.patterns:
            if pat.keywords:
                for m in pat.regex.finditer(norm.text):
                    assert any(k in m.group() for k in pat.keywords), (pat.name, m.group())


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_child_patterns_find_what_a_full_scan_finds(text: str) -> None:
    norm = normalise(text)
    for pat in ChildRecognizer.patterns:
        anchored = [m.span() for m in ChildRecognizer().matches(pat, norm.text)]
        assert anchored == [m.span() for m in pat.regex.finditer(norm.text)]


@pytest.mark.parametrize(
    ("text", "starts"),
    [("abc xabc abc", [0, 5, 9]), ("abcabc", [0, 3]), ("aabc", [0, 1]), ("", [0])],
)
def test_first_matches_is_finditer_at_the_given_starts(text: str, starts: list[int]) -> None:
    regex = re.compile(r"a?abc")
    assert [m.span() for m in first_matches(regex, text, starts)] == [
        m.span() for m in regex.finditer(text)
    ]


def test_a_recognizer_without_its_keywords_is_skipped() -> None:
    class Fussy(Recognizer):
        name = "fussy"
        kind = "test"
        reason = "test"
        patterns = (Pattern("p", re.compile("zz+"), 1.0, ("zz",)),)

    assert Fussy.ruled_out(frozenset({"other"}))
    assert not Fussy.ruled_out(frozenset({"zz"}))
    assert not Fussy.ruled_out(None)
    assert Fussy().analyze(normalise("zzz"), frozenset()) == []
    assert Fussy().analyze(normalise("zzz")) != []


def test_analyze_pii_still_finds_private_data() -> None:
    text = "Hans søn går i 2.a på Nordskolen, og han bor på Egernvej 14. Ring 41 52 63 74."
    kinds = {m.kind for m in analyze_pii(normalise(text), OfficialContacts())}
    assert {"child", "address", "phone"} <= kinds
