"""The criticism label: legitimate criticism of practice, decisions, management and law —
protected speech that is never flagged as abuse, and never given to a threat or a text
whose point is a personal attack."""

from __future__ import annotations

import pytest

from tests.detect.labels.engine import triage

ABUSE = {"threat", "insult", "exposure", "offensive"}

POSITIVES = [
    ("Det er under al kritik, at jeg skal vente 14 uger på svar.", "a"),
    ("Jobcentrets sagsbehandling er præget af fejl og mangler.", "a"),
    ("Kommunen svigter de svageste borgere.", "a"),
    ("Reglerne er urimelige og rammer dem, der har mindst.", "a"),
    ("Jeg er dybt skuffet over den måde, min sag er blevet behandlet på.", "a"),
    ("Ledelsen har ikke styr på noget som helst i den afdeling.", "a"),
    ("Hvorfor skal borgerne betale for kommunens fejl?", "b"),
    ("Sanktionerne virker ikke og skaber kun mere fattigdom.", "b"),
    ("Man bliver mødt med mistillid, hver gang man henvender sig.", "b"),
    ("Teamleder Torben Bak har truffet en afgørelse uden hjemmel i loven.", "b"),
    ("Gorm Vestergaards nye retningslinje er i strid med sygedagpengeloven.", "b"),
    ("Det er et system, der er bygget til at knække folk.", "c"),
    ("Byrådet bør undersøge, hvorfor så mange afgørelser bliver omgjort.", "c"),
    ("Sagsbehandlerne skifter hele tiden, og man skal starte forfra hver gang.", "c"),
    ("Henrik Toft har ikke foretaget et konkret skøn i min sag, og det er kritisabelt.", "c"),
    ("Jeg har ventet fem måneder på en afgørelse. Det er ikke rimeligt.", "c"),
    # probe round 5 phenomena
    ("Den nye reform ødelægger tilliden til hele systemet.", "a"),
    ("Kronisk syge mennesker sendes i praktik, selv om lægen siger nej.", "a"),
    ("Hvad skal man bruge et jobsøgningskursus til, når man har et job på vej?", "a"),
    ("Brevene er skrevet, så ingen borgere kan forstå dem.", "a"),
    ("Der hersker en mistænksom tone over for alle, der er sygemeldte.", "a"),
    ("Fejlene bliver bare fejet ind under tæppet af ledelsen.", "b"),
    ("Besparelsen står ikke i rimeligt forhold til, hvad den koster de ledige.", "b"),
    ("At I lukker rådgivningen om aftenen, siger alt om kommunens prioriteringer.", "b"),
    ("Den afgørelse lugter af kassetænkning.", "b"),
    ("Hvordan kan det være, at jobcentret bruger millioner på konsulenter?", "c"),
    ("Fire læger har skrevet det samme, og det kan ikke passe, at I ser bort fra dem.", "c"),
    ("Kampen mod sanktionerne fortsætter: vi demonstrerer foran rådhuset på lørdag.", "c"),
]

NEGATIVES = [
    ("Tak for en god samtale i dag.", "a"),
    ("Kan I flytte mødet til på torsdag?", "a"),
    ("Jeg har det dårligt i dag, så jeg kan ikke komme.", "a"),
    ("Jeg har fået forkert medicin på sygehuset, så jeg er sygemeldt.", "a"),
    ("Det var dårligt vejr, så jeg kom for sent.", "b"),
    ("Jeg sender lægeerklæringen i morgen.", "b"),
    ("Torben Bak var utrolig venlig og forklarede det hele.", "b"),
    ("Jeg vil gerne vide, om I har modtaget min ansøgning.", "c"),
    # probe round 5 near misses: a named person told to be ashamed, a match, a diet
    ("Torben Bak burde skamme sig.", "b"),
    ("Kampen mod Skive endte 2-2, så vi spiller igen på søndag.", "a"),
    ("Jeg har skåret ned på sukkeret efter lægens råd.", "a"),
]


@pytest.mark.parametrize(("text", "register"), POSITIVES)
def test_criticism_found_and_never_abuse(text: str, register: str) -> None:
    labels = triage(text, register).labels
    assert "criticism" in labels
    assert not labels & ABUSE, labels & ABUSE


@pytest.mark.parametrize(("text", "register"), NEGATIVES)
def test_no_criticism(text: str, register: str) -> None:
    assert "criticism" not in triage(text, register).labels


def test_a_threat_is_not_criticism() -> None:
    labels = triage("Afgørelsen er i strid med loven, og jeg slår dig ihjel, Per.").labels
    assert "threat" in labels
    assert "criticism" not in labels


def test_criticism_survives_an_insult_in_another_sentence() -> None:
    labels = triage("Afgørelsen er i strid med forvaltningsloven. I er nogle idioter.").labels
    assert {"criticism", "insult"} <= labels


def test_a_pure_personal_attack_is_not_criticism() -> None:
    labels = triage("Jakob Bøgh er en ussel lakaj uden hjerne.").labels
    assert "insult" in labels
    assert "criticism" not in labels
