"""``required_sets``: the strings a text must hold for a regex to match, a necessary test.

The property that matters: wherever a regex matches, the text holds a string of every set.
Hypothesis writes texts the regex matches (``from_regex``) for hand-made patterns and for
every shipped private-data pattern; stored texts show that the recognizers find the same
with the keyword scan standing in for the regexes as without it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from borgerpost.detect.normalise import normalise
from borgerpost.detect.pii import RECOGNIZERS
from borgerpost.detect.pii import _automaton as pii_automaton
from borgerpost.detect.pii.base import keywords_in
from borgerpost.detect.pii.gate import LiveIndex
from borgerpost.detect.regex_literals import required_sets

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    ("regex", "expected"),
    [
        (r"(?:går|løber) tur kl\.\s\d", [{" tur kl."}, {"går", "løber"}]),
        (r"abc(?=defg)|xyz", [{"defg", "xyz"}]),  # a lookahead's words stand in the text too
        (r"(?<!\w)(?P<v>hent(?:er|ede)\s(?:ham|hende))", [{"hente"}]),  # "er"/"ede" share their "e"
        (r"billede|📸", [{"billede", "📸"}]),  # a sign is rare enough alone
    ],
)
def test_sets_of_a_pattern(regex: str, expected: list[set[str]]) -> None:
    assert sorted(map(sorted, required_sets(re.compile(regex)))) == sorted(map(sorted, expected))


@pytest.mark.parametrize(
    "regex",
    [
        r"(?:abc)?def",  # optional: "def" only
        r"x*yz",  # short
        r"abc|\d+",  # an alternative without a string
        r"(?!abc)\w+",  # a negative lookahead promises nothing
        r"(?i)abcdef",  # case-insensitive: the text's case is unknown
        r"(?i:abc)def",
        r"(\w)bc\1",  # a back reference promises nothing
        r"[a-z]{3}",
    ],
)
def test_no_promise_where_none_is_certain(regex: str) -> None:
    for strings in required_sets(re.compile(regex)):
        assert not strings & {"abc", "abcdef", "bcd"}, strings


@pytest.mark.parametrize(
    "regex",
    [
        r"(?:hver|altid)\s+(?:mandag|tirsdag)s?\b",
        r"(?:ab|abc)(?:def|deg)hij?",
        r"(?:(?:søn|datter)en\s)?går\s(?:i|på)\s(?:skole|børnehave)n?",
        r"kl\.?\s?\d{1,2}(?:[.:]\d\d)?|klokken\s\w+",
        r"(?:bil|cykel)(?:en)?\s(?:står|holder)(?=\s+ved)",
        r"(?:a|b)c(?:d|e)(?:fgh)+",
    ],
)
@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_match_holds_each_set(regex: str, data: st.DataObject) -> None:
    compiled = re.compile(regex)
    text = data.draw(st.from_regex(compiled))
    assert compiled.search(text)
    for strings in required_sets(compiled):
        assert any(s in text for s in strings), (strings, text)


_SHIPPED = [
    (cls.name, p.name, p.regex)
    for cls in RECOGNIZERS.values()
    for p in cls.patterns
    if p.required and len(p.regex.pattern) < 400  # from_regex is slow on the longest
]


@pytest.mark.parametrize(("recognizer", "name", "regex"), _SHIPPED[:40])
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_shipped_patterns_hold_their_sets(
    recognizer: str, name: str, regex: re.Pattern[str], data: st.DataObject
) -> None:
    text = data.draw(st.from_regex(regex))
    for strings in required_sets(regex):
        assert any(s in text for s in strings), (recognizer, name, strings, text)


def _stored_texts(limit: int) -> list[str]:
    texts: list[str] = []
    for path in sorted(DATA.glob("probe_*.jsonl"))[:limit]:
        lines = path.read_text(encoding="utf-8").splitlines()
        texts += [json.loads(line)["text"] for line in lines]
    return texts


def test_keyword_scan_finds_what_the_regexes_find() -> None:
    """On stored texts, every recognizer returns the same with the scan's ``present`` keys
    (patterns skipped, as ``analyze_pii`` skips them) as with none (every pattern run)."""
    recognizers = tuple(RECOGNIZERS.values())
    automaton, index = pii_automaton(recognizers), LiveIndex(recognizers)
    skipped = 0
    for text in _stored_texts(40):
        norm = normalise(text)
        present = keywords_in(automaton, norm.text)
        live = index.live(present)
        for cls in recognizers:
            skipped += len(cls.patterns) - len(live.get(cls, ()))
            gated = cls().analyze(norm, present, live[cls]) if cls in live else []
            assert gated == cls().analyze(norm, None), (cls.name, text)
            assert live.get(cls, []) == [p for p in cls.patterns if not p.ruled_out(present)]
    assert skipped > 0
