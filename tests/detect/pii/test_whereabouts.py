"""Where a person's family or second home is (``pii.whereabouts``, stop 33)."""

from __future__ import annotations

import pytest

from borgerpost.detect.pii.whereabouts import WhereaboutsRecognizer
from tests.detect.pii.conftest import quotes


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Jeg håber, din kone og pigerne har det godt derude i Vester Hassing.",
         "din kone og pigerne har det godt derude i Vester"),
        ("Hils hendes mand derhjemme i Tversted.", "hendes mand derhjemme i Tversted"),
        ("Han holder altid ferie i sit sommerhus ved Blokhus.", "sit sommerhus ved Blokhus"),
        ("Ved I, hvor hun er i weekenden? Kolonihaven på Amager.", "Kolonihaven på Amager"),
    ],
)  # fmt: skip
def test_the_family_out_there_and_the_cottage(text: str, quote: str) -> None:
    assert quotes(WhereaboutsRecognizer, text) == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "Vi har lejet sommerhuset i Lohals til påske.",  # the writer's own
        "Min mand og børnene er derude i Bovrup hos min mor.",  # the writer's own family
        "Hans sommerhus i weekenden blev oversvømmet.",  # no place named
        "Hendes mand bor i Aarhus.",  # a town, not out there
    ],
)
def test_own_places_and_towns_alone_are_not(text: str) -> None:
    assert quotes(WhereaboutsRecognizer, text) == []
