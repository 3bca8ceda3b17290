"""Whose data is it: the writer's, or another person's (named, pointed at or a title)."""

from __future__ import annotations

import pytest

from borgerpost.detect.normalise import normalise
from borgerpost.detect.pii.owner import OTHER, WRITER, in_signature, nearest_person


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Jeg bor på Lærkevej 3", WRITER),
        ("Hun bor på Lærkevej 3", OTHER),
        ("Min sagsbehandler bor på Lærkevej 3", OTHER),
        # a staff member named by role and look
        ("Receptionisten med det røde hår bor på Lærkevej 3", OTHER),
        ("Sagsbehandleren bor på Lærkevej 3", OTHER),
        ("Bor på Lærkevej 3", ""),
        # the data's own word owned by a name or pronoun, with "jeg" standing between
        ("Lis Holms adresse, som jeg fandt i går: Lærkevej 3", OTHER),
        ("Hendes privatadresse, jeg ved ikke om den er ny, er Lærkevej 3", OTHER),
        ("Min mors adresse, jeg skriver den her, er Lærkevej 3", WRITER),
        # probe round 59: the writer as the point a place is told from ("to opgange fra mig")
        ("Hun bor to opgange fra mig på Lærkevej 3", OTHER),
        ("Han bor lige over for os på Lærkevej 3", OTHER),
        ("Hun skriver til mig på Lærkevej 3", WRITER),
        # probe round 65: the writer's people's house as the point ("overfor min svigerinde")
        ("Han bor jo overfor min svigerinde på Lærkevej 3", OTHER),
        ("Han bor ved siden af min mor på Lærkevej 3", OTHER),
        ("Han tog billeder af min lejlighed på Lærkevej 3", WRITER),
        ("Jeg bor ved siden af min mor på Lærkevej 3", WRITER),
        # stop 29: a relative clause set off by commas speaks of its head, not of the data
        ("Ham i Fleksjob, der afviste min ansøgning, bor på Lærkevej 3", OTHER),
        ("Konsulenten, som lukkede mit forløb, bor på Lærkevej 3", OTHER),
        ("Jeg, der har boet her i tyve år, bor på Lærkevej 3", WRITER),
        ("Vi, som har kæmpet for vores søn, bor på Lærkevej 3", WRITER),
        # the reflexive possessive is the subject's: "sendte mig et brev med sit eget cpr-nr"
        ("Hun sendte mig et brev med sit eget cpr-nr i toppen: Lærkevej 3", OTHER),
        ("Han gav mig sin adresse: Lærkevej 3", OTHER),
    ],
)
def test_the_nearest_person_before_the_data_owns_it(text: str, owner: str) -> None:
    norm = normalise(text)
    assert nearest_person(norm, norm.text.index("lærkevej")) == owner


@pytest.mark.parametrize(
    ("text", "at", "expected"),
    [
        ("Kan du tjekke det?\n\nMvh Ronnie Hald\nSkolegade 8, 6700 Esbjerg\nMobil 31 22 45 90",
         "31 22", True),
        ("Tak.\n\nMed venlig hilsen\nInge Bruun\nSøndergade 5, 6700 Esbjerg", "Søndergade", True),
        ("Best regards\nAnna\nTlf. 22 33 44 55", "22 33", True),
        # after the sign-off someone else's home is told about: no address card
        ("Mvh en ven\nHan bor på Skolegade 8, 6700 Esbjerg", "Skolegade", False),
        # no sign-off, or the data before it
        ("Hun bor på Skolegade 8, 6700 Esbjerg.\nMvh Ronnie", "Skolegade", False),
        ("Rikke Holm\nSkolegade 8, 6700 Esbjerg\nDel det!", "Skolegade", False),
        # too far below the sign-off: a text goes on after the card
        ("Mvh\nA\nB\nC\nD\nE\nF\nTlf. 22 33 44 55", "22 33", False),
    ],
)
def test_the_writers_signature_block(text: str, at: str, expected: bool) -> None:
    norm = normalise(text)
    assert in_signature(norm, norm.text.index(at.lower())) is expected
