"""Keep or discard: only posts naming staff or revealing their private data are kept, and
the cheap prefilter never lets go of a post the full triage would keep."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from borgerpost.monitor.scan import KEEP_LABELS, Scanner
from borgerpost.register import StaffMember
from tests.monitor.conftest import (
    ABUSE_OF_NOBODY,
    DISCARDED,
    DOXXING,
    KEPT,
    NAMED_INSULT,
    NAMED_THREAT,
    ROLE_DOXXING,
)


@pytest.fixture(scope="module")
def scanner(members: list[StaffMember]) -> Scanner:
    ids = {(m.name, m.unit): 100 + i for i, m in enumerate(members)}
    return Scanner.for_register(members, staff_ids=ids)


@pytest.mark.parametrize("text", KEPT)
def test_kept(scanner: Scanner, text: str) -> None:
    verdict = scanner.assess(text)
    assert verdict.keep and verdict.triaged and not KEEP_LABELS.isdisjoint(verdict.labels)
    for span in verdict.spans:
        assert text[span.start : span.end] == span.quote


@pytest.mark.parametrize("text", DISCARDED)
def test_discarded(scanner: Scanner, text: str) -> None:
    verdict = scanner.assess(text)
    assert not verdict.keep and verdict.labels == () and verdict.spans == ()


def test_the_staff_member_and_the_evidence(scanner: Scanner) -> None:
    threat = scanner.assess(NAMED_THREAT)
    assert threat.staff_ids == (100,) and "staff_named" in threat.labels
    assert set(threat.labels) == set(scanner.pipeline.run(NAMED_THREAT).labels)
    named = [s for s in threat.spans if s.label == "staff_named"]
    assert [s.quote for s in named] == ["Vibeke Thorsager"]
    assert NAMED_THREAT.index("Vibeke Thorsager") == named[0].start
    dox = scanner.assess(DOXXING)
    assert dox.staff_ids == (102,) and "doxxing" in dox.labels
    assert "Kildevej 7, 4000 Roskilde" in {s.quote for s in dox.spans if s.label == "doxxing"}
    assert scanner.assess(ROLE_DOXXING).staff_ids == ()  # "min sagsbehandler": no name


def test_plain_posts_skip_the_full_triage(scanner: Scanner) -> None:
    for text in (*DISCARDED[:2], "Godmorgen alle sammen, hvem skal med til loppemarked?"):
        assert not scanner.assess(text).triaged


# Pieces to build posts from: names and name-like words, private data, abuse, filler.
PIECES = [
    "Vibeke Thorsager", "Thorsager", "Jeppe", "Kronborg", "JK", "Nadia Lundsgaard",
    "Osman fra Ressourceforløb", "sagsbehandleren", "min sagsbehandler", "hun", "jeg",
    "bor på Kildevej 7, 4000 Roskilde", "har nummer 28 41 67 93", "cpr 010203-1234",
    "er en klaphat", "skal passe på", "vi ses i aften", "jobcentret", "kommunen",
    "hendes datter går på Søndervangskolen", "min adresse er Bøgevej 3, 2600 Glostrup",
    "hvor er det dog en dejlig dag", ".", ",", "!",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=9))
def test_prefilter_agrees_with_the_full_pipeline(scanner: Scanner, pieces: list[str]) -> None:
    text = " ".join(pieces)
    full = scanner.pipeline.run(text)
    verdict = scanner.assess(text)
    assert verdict.keep == (not KEEP_LABELS.isdisjoint(full.labels))
    if verdict.keep:
        assert set(verdict.labels) == set(full.labels)


def test_a_failing_component_is_not_a_silent_discard(members: list[StaffMember]) -> None:
    scanner = Scanner.for_register(members, staff_ids={})

    class Broken:
        name, labels, version = "staff_named", ("staff_named",), "x"

        def detect(self, doc: object) -> list[object]:
            raise RuntimeError("defekt")

    scanner.pipeline.detectors = tuple(
        Broken() if d.name == "staff_named" else d for d in scanner.pipeline.detectors)
    verdict = scanner.assess(ABUSE_OF_NOBODY + " " + NAMED_INSULT.replace("Osman", "Hr. Yildiz"))
    assert verdict.undecided and any("defekt" in f for f in verdict.failed)
