"""Scanned letters: words split at the margin join, a lone "l" reads as the pronoun "I"."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from borgerpost.detect.base import Document
from borgerpost.detect.context import PipelineContext
from borgerpost.detect.evasion import LEET
from borgerpost.detect.normalise import normalise
from borgerpost.detect.textview import ensure_view
from tests.detect.labels.engine import triage


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("sagsbe-\nhandler", "sagsbehandler"),
        ("kla- \nge", "klage"),
        ("pen-\r\nge", "penge"),
        ("Han-\nne Kilde", "hanne kilde"),
        # a capital after the break: a hyphenated name, only the line break goes
        ("Hans-\nPeter", "hans-peter"),
        # a hyphen for a shared last part stays ("Jobcenter- og Ydelsesservice")
        ("Jobcenter-\nog Ydelsesservice", "jobcenter-\nog ydelsesservice"),
        # a single letter on either side is no split word; a leet digit is read first
        ("e-\nboks", "e-\nboks"),
        ("K0K0-\nbanen", "kokobanen"),
        # a dash ending a line before a number or a list is no split word
        ("Beløb -\n200 kr.", "beløb -\n200 kr."),
    ],
)
def test_a_word_split_at_the_margin_joins(raw: str, text: str) -> None:
    assert normalise(raw).text == text


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("l er heldige", "i er heldige"),
        ("Når l læser det her", "når i læser det her"),
        ("Kan l sende mig afgørelsen", "kan i sende mig afgørelsen"),
        ("Jeg køber 2 l mælk", "jeg køber 2 l mælk"),  # litres
        ("s o l  k j æ r", "sol kjær"),  # a spaced-out word keeps its l
        ("Hotel l'Angleterre", "hotel l'angleterre"),
    ],
)
def test_a_lone_l_reads_as_i(raw: str, text: str) -> None:
    assert normalise(raw).text == text


def test_evidence_quotes_the_split_word_as_written() -> None:
    raw = "Til jobcentret\njeg vil kla-\nge over at I har taget mine penge."
    result = triage(raw)
    assert "case_request" in result.labels
    spans = [raw[e.start : e.end] for f in result.findings for e in f.evidence]
    assert any("kla-\nge" in s for s in spans), spans


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ("Hvad har l gang i", ("hvad", "har", "I", "gang", "i")),  # mid-sentence: "I"
        ("l lørdags var jeg syg", ("i", "lørdags", "var", "jeg", "syg")),  # the preposition
    ],
)
def test_a_scanned_l_reads_as_a_capital_i(
    context_a: PipelineContext, raw: str, words: tuple[str, ...]
) -> None:
    assert ensure_view(Document(raw), context_a).words == words


_SCANNED = st.lists(
    st.sampled_from(
        ["sagsbe-\n", "handler", "l", " ", "-\n", "Han", "ne", "\n", "2 ", "og", "K0", "L",
         " l er", "1d", "e"]
    ),
    max_size=12,
).map("".join)


@given(_SCANNED)
@example("sagsbe-\nog-\nsagsbe-\n")  # "og-" split at the margin itself: no suspended "og"
def test_repairs_keep_the_offset_map_and_are_idempotent(raw: str) -> None:
    norm = normalise(raw)
    assert normalise(norm.text).text == norm.text
    for i, ch in enumerate(norm.text):
        source = raw[norm.offsets[i] : norm.ends[i]]
        assert source, (raw, i)
        read = source.lower() + LEET.get(source, "")  # a leet digit may read as its letter
        assert ch in read or (ch == "i" and source in "lL")
