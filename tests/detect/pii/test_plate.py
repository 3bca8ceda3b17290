"""Danish number plates."""

from __future__ import annotations

import pytest

from borgerpost.detect.pii.plate import PlateRecognizer
from tests.detect.pii.conftest import quotes

POSITIVES = [
    ("Hun kører i en rød Skoda, AB 12 345.", "AB 12 345"),
    ("nummerplade zx12345", "zx12345"),
    ("Bilen har reg.nr. BN 47120", "BN 47120"),
    ("DK 98 765 holder ude foran", "DK 98 765"),
]
NEGATIVES = [
    "Det koster på 12 345 kr.",
    "jeg har ventet på 12 345 svar",
    "Beløbet er kr 12 345",
    "Ordre ab 12 3456",
    "AB 12 345,50",
]


@pytest.mark.parametrize(("text", "quote"), POSITIVES)
def test_plates_are_found(text: str, quote: str) -> None:
    assert quotes(PlateRecognizer, text) == [quote]


@pytest.mark.parametrize("text", NEGATIVES)
def test_near_misses_are_not_plates(text: str) -> None:
    assert quotes(PlateRecognizer, text) == []
