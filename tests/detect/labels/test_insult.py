"""The insult label: epithets, degrading adjectives and contempt aimed at a person or group
— never the writer, never a negated epithet, never sharp factual criticism."""

from __future__ import annotations

import pytest

from tests.detect.labels.engine import quotes, triage

POSITIVES = [
    ("Lotte er en inkompetent kælling.", "a", "kælling"),
    ("Hold kæft en åndssvag sagsbehandler.", "a", "åndssvag"),
    ("Du er så dum, at det gør ondt.", "a", "dum"),
    ("Jakob Bøgh er et røvhul.", "a", "røvhul"),
    ("I er en flok inkompetente klovne.", "a", "klovne"),
    ("Jeres chef er en magtliderlig psykopat.", "a", "psykopat"),
    ("Den sagsbehandler er dummere end en dør.", "a", "dummere end"),
    ("Per Storm er en kujon og en løgner.", "a", "løgner"),
    ("Din sølle lille taber.", "a", "taber"),
    ("Jeres medarbejdere er nogle dovne parasitter.", "b", "parasitter"),
    ("Sagsbehandleren er et ondt menneske.", "b", "ondt menneske"),
    ("Fuck dig, Torben.", "b", "Fuck dig"),
    ("I kan gå ad helvede til allesammen.", "b", "helvede"),
    ("Henriette fatter ikke en skid af loven.", "b", "fatter ikke en skid"),
    ("Signe K. er blottet for empati.", "b", "blottet for empati"),
    ("Gorm Vestergaard er en grådig gris.", "b", "gris"),
    ("Dit svin!", "c", "svin"),
    ("De lede rotter i forvaltningen.", "c", "rotter"),
    ("Fatima er en kold ko.", "c", "ko"),
    ("Kontoridioterne har tabt mine papirer igen.", "c", "Kontoridioterne"),
    ("I er ikke andet end snyltere.", "c", "snyltere"),
    ("B1rg1tt3 3r 3n 1d10t", "c", "1d10t"),
    ("Jobcentrets ansatte er hjernedøde.", "c", "hjernedøde"),
    # probe round 5: comparisons of memory or empathy, cowardly little men, the most
    # unpleasant person, a disgrace to the profession, behaving like tyrants
    ("Per Storm har samme empati som en isterning.", "a", "isterning"),
    ("Den teamleder er en fej lille type.", "a", "fej"),
    ("Sofie Holm er det mest usympatiske menneske, jeg har talt med.", "a", "usympatiske"),
    ("Sagsbehandleren er en skændsel for sit fag.", "b", "skændsel"),
    ("De opfører sig som små diktatorer derinde.", "b", "diktatorer"),
]

NEGATIVES = [
    ("Afgørelsen er idiotisk.", "a"),
    ("Jeg følte mig som en idiot til mødet.", "a"),
    ("Min sagsbehandler kaldte mig en taber.", "a"),
    ("Vi er ikke snyltere, vi er syge.", "a"),
    ("Der gik grise og køer på gården, hvor jeg voksede op.", "a"),
    ("Du er ikke en idiot, Per, du har bare for travlt.", "a"),
    ("Det er dumt, at mødet er flyttet.", "b"),
    ("Min hund er en lille heks, når det regner.", "b"),
    ("Det er en skandale og en ledelsesmæssig fejl.", "b"),
    ("Sagsbehandlingen er langsom og kritisabel.", "b"),
    ("Jobcentret behandler folk som kvæg.", "b"),
    ("Jeg fatter ikke en skid af jeres brev, kan I forklare det?", "c"),
    ("Man bliver behandlet som en kriminel, når man søger hjælp.", "c"),
    ("Fatima Ali var dygtig og grundig.", "c"),
    ("Jeg har svært ved at læse, jeg er ikke dum.", "c"),
    # probe round 5 near misses: an elephant's memory, a fair decision, my own cowardice
    ("Min mor har en hukommelse som en elefant, hun husker alle datoer.", "a"),
    ("Det var fejt af mig ikke at ringe, undskyld.", "a"),
    ("Sanktionen er en skamplet på velfærdsstaten.", "b"),
]


@pytest.mark.parametrize(("text", "register", "quoted"), POSITIVES)
def test_insult_found(text: str, register: str, quoted: str) -> None:
    result = triage(text, register)
    assert "insult" in result.labels
    assert any(quoted.lower() in q.lower() for q in quotes(result, "insult")), quotes(
        result, "insult"
    )


@pytest.mark.parametrize(("text", "register"), NEGATIVES)
def test_no_insult(text: str, register: str) -> None:
    assert "insult" not in triage(text, register).labels


def test_every_insult_is_also_offensive() -> None:
    result = triage("Per Storm er en doven nar.")
    assert {"insult", "offensive"} <= result.labels
    reasons = [e.reason for f in result.findings if f.label == "offensive" for e in f.evidence]
    assert "Nedsættende sprog: »nar«" in reasons


def test_reason_quotes_the_epithet() -> None:
    result = triage("Du er en idiot.")
    reasons = [e.reason for f in result.findings if f.label == "insult" for e in f.evidence]
    assert reasons == ["Skældsord om person: »idiot«"]
