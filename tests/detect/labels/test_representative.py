"""The representative label: the writer acts for someone else — not their own case, not a
relative who is only mentioned."""

from __future__ import annotations

import pytest

from tests.detect.labels.engine import triage

POSITIVES = [
    "Jeg er advokat for Lise Jensen i sagen om tilbagebetaling.",
    "Jeg hjælper min gamle nabo med hendes sag om enkeltydelse.",
    "Vedlagt er fuldmagt fra min mor.",
    "Jeg skriver på min søns vegne.",
    "Min far er dement, og jeg er hans værge.",
    "Som bisidder for min kollega vil jeg gerne deltage i mødet.",
    "Jeg er partsrepræsentant for borgeren og anmoder om aktindsigt.",
    "Min klient har ikke fået sin ydelse udbetalt.",
    "Min kone kan ikke selv ringe, så jeg skriver for hende. Hendes sag står helt stille.",
    "Min søn har bedt mig skrive. Han vil gerne vide, hvornår hans sag bliver behandlet.",
]

NEGATIVES = [
    "Jeg er mor til tre og har brug for hjælp til briller.",
    "Min bror har også fået afslag, så jeg er ikke den eneste.",
    "Min advokat siger, at afgørelsen er forkert.",
    "Jeg har givet min søster fuldmagt til at hente min post.",
    "Jobcentret sanktionerede min søn uden at partshøre ham.",
    "Jeg har søgt om fleksjob og venter på svar.",
]


@pytest.mark.parametrize("text", POSITIVES)
def test_representative_found(text: str) -> None:
    assert "representative" in triage(text).labels


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_representative(text: str) -> None:
    assert "representative" not in triage(text).labels
