"""Staff names in a genitive and register initials written with dots: the apostrophe
genitive of a name ending in s ("Magnus' skyld"), a genitive owning casework after a
preposition of place ("under Storms ledelse"), and an initials alias that is the first
part of someone else's name ("H.C. Andersen") (probe round 40); a first name alone on a
letter's last line, initials after a number or naming a school (probe rounds 42–43)."""

from __future__ import annotations

import pytest

from borgerpost.detect.normalise import normalise
from borgerpost.detect.staff import StaffMatcher
from borgerpost.register import StaffMember


@pytest.fixture(scope="module")
def matcher() -> StaffMatcher:
    return StaffMatcher(
        [
            StaffMember("Magnus Yde", "sagsbehandler", "Ressourceforløb"),
            StaffMember("Klaus Fenger", "jobkonsulent", "Jobafklaring"),
            StaffMember("Jonas Storm", "teamleder", "Sygedagpenge"),
            StaffMember("Hans Christian Ibsen", "sagsbehandler", "Fleksjob", ("HC", "JP")),
        ]
    )


def _quoted(matcher: StaffMatcher, text: str) -> list[tuple[str, str]]:
    return [(m.member.name, text[m.start : m.end]) for m in matcher.find(normalise(text))]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the apostrophe genitive of a name ending in s owns blame or casework
        ("Det er ikke Magnus' skyld, han har alt for mange sager.", [("Magnus Yde", "Magnus'")]),
        ("Magnus' afgørelse holder ikke.", [("Magnus Yde", "Magnus'")]),
        ("Klaus’ vurdering af min ryg er forkert.", [("Klaus Fenger", "Klaus’")]),
        # a name that is also a word ("magnus"), with nothing of casework or blame owned
        ("Magnus' cykel står i gården.", []),
    ],
)
def test_apostrophe_genitive(
    matcher: StaffMatcher, text: str, found: list[tuple[str, str]]
) -> None:
    assert _quoted(matcher, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a preposition of place before a genitive that owns casework: the person's
        ("Under Storms ledelse er ventetiden gået fra 4 til 11 uger.", [("Jonas Storm", "Storms")]),
        ("Efter Storms afgørelse har jeg ikke fået en krone.", [("Jonas Storm", "Storms")]),
        # weather, and a place word before the bare name
        ("Under stormens rasen væltede to træer.", []),
        ("Vi sad inde under Storm og regn hele weekenden.", []),
        ("Under Storms hærgen væltede træerne.", []),  # a genitive, but no casework
    ],
)
def test_a_place_preposition_before_a_genitive_of_casework(
    matcher: StaffMatcher, text: str, found: list[tuple[str, str]]
) -> None:
    assert _quoted(matcher, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the register's initials alias, with or without dots
        ("HC lovede svar for to måneder siden.", [("Hans Christian Ibsen", "HC")]),
        ("H.C. lovede svar for to måneder siden.", [("Hans Christian Ibsen", "H.C")]),
        # dotted before a word that opens the next sentence: still the colleague
        ("Ring til H.C. Han ved det hele.", [("Hans Christian Ibsen", "H.C")]),
        # dotted before a capitalised name: the first part of another person's name
        ("Forløbet er et rent H.C. Andersen-eventyr uden en lykkelig slutning.", []),
        ("Vi læste J.P. Jacobsen i skolen.", []),
    ],
)
def test_an_initials_alias_as_part_of_another_name(
    matcher: StaffMatcher, text: str, found: list[tuple[str, str]]
) -> None:
    assert _quoted(matcher, text) == found


@pytest.fixture(scope="module")
def letters() -> StaffMatcher:
    return StaffMatcher(
        [
            StaffMember("Kim Wulff", "jobkonsulent", "Kontanthjælp"),
            StaffMember("Mai Bro", "sagsbehandler", "Sygedagpenge", ("MB",)),
            StaffMember("Henrik Falk", "jobkonsulent", "Ungeindsatsen", ("HF",)),
        ]
    )


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a first name alone on the last line, after a finished sentence, signs the letter
        ("Jeg har ventet i fem måneder.\n\nKan nogen ringe mig op?\n\nKim", []),
        ("Tak for hjælpen.\nKim", []),
        # spoken to, or greeted: the colleague
        ("Tak for hjælpen i går, Kim", ["Kim Wulff"]),
        ("Hej\n\nKim, kan du ringe mig op?", ["Kim Wulff"]),
        # initials after a number are a unit; a school's initials are an everyday word
        ("Har kun 2 MB data tilbage på mobilen.", []),
        ("Min datter er lige startet på HF og skal ikke søge job.", []),
        ("Jeg har MB i sygedagpenge, og hun er sød.", ["Mai Bro"]),
        ("HF har lovet at ringe i morgen.", ["Henrik Falk"]),
    ],
)
def test_signatures_units_and_schools(letters: StaffMatcher, text: str, found: list[str]) -> None:
    assert [name for name, _q in _quoted(letters, text)] == found


@pytest.fixture(scope="module")
def word_names() -> StaffMatcher:
    return StaffMatcher(
        [
            StaffMember("Lærke Eng", "jobkonsulent", "Ungeindsatsen"),
            StaffMember("Gitte Dige", "jobkonsulent", "Fleksjob"),
            StaffMember("Sol Hedegaard", "socialrådgiver", "Ressourceforløb"),
            StaffMember("Tove Ibsen", "sagsbehandler", "Kontanthjælp"),
        ]
    )


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # probe round 46: a talk asked for with the person, a relation said indefinitely
        # before the one spoken to, a word-name owning children, an author's quoted title
        ("Kan vi få en snak med Lærke om praktikken?", ["Lærke Eng"]),
        ("Du har en sød datter, Gitte. Pas på hende.", ["Gitte Dige"]),
        ("Jeg har været hos min veninde, Gitte.", []),
        ("Sols drenge går i 3.b på Vestskolen.", ["Sol Hedegaard"]),
        ("Vi har læst Ibsens 'Et dukkehjem' på danskkurset.", []),
        ('Ibsens "nye plan" for mig er noget pjat.', ["Tove Ibsen"]),
    ],
)
def test_talks_indefinite_relations_children_and_titles(
    word_names: StaffMatcher, text: str, found: list[str]
) -> None:
    assert [name for name, _q in _quoted(word_names, text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # stop 32: a word-name in the genitive before a home, even after a place's
        # preposition ("ved Engs rækkehus"); a place without a genitive stays a place
        ("Bilen holder ved Engs rækkehus hver aften.", ["Lærke Eng"]),
        ("Der står en cykel ved Diges carport.", ["Gitte Dige"]),
        ("Vi gik en tur ved Dige i går.", []),
        ("Huset ligger ved Eng og skov.", []),
    ],
)
def test_a_word_name_owning_a_home_after_a_place_word(
    word_names: StaffMatcher, text: str, found: list[str]
) -> None:
    assert [name for name, _q in _quoted(word_names, text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # stop 32: a word-name alone after the writer's own question answers it; after a
        # "hvem" question, or before a comma and a request, it names the person
        ("Hvad fik vi ud af ferien? Sol. Masser af sol.", []),
        ("Hvem har min sag? Sol. Hun ringede i går.", ["Sol Hedegaard"]),
        ("Hvad gør jeg nu? Sol, kan du ringe til mig?", ["Sol Hedegaard"]),
    ],
)
def test_a_word_name_answering_a_question(
    word_names: StaffMatcher, text: str, found: list[str]
) -> None:
    assert [name for name, _q in _quoted(word_names, text)] == found


@pytest.fixture(scope="module")
def town_names() -> StaffMatcher:
    return StaffMatcher(
        [StaffMember("Willum Gelsbjerg", "virksomhedskonsulent", "Fleksjob"),
         StaffMember("Asger Prins", "jobcenterchef", "Ledelse")]
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # stop 32: a compound sharing only its first part with a role names no one of that
        # role ("virksomhedspraktik" is no virksomhedskonsulent); the role's own first part
        # ("jobcenter" of jobcenterchef) still points to the person
        ("Min virksomhedspraktik på plejehjemmet i Gelsbjerg er gået godt.", []),
        ("Min virksomhedskonsulent hedder vist Gelsbjerg.", ["Willum Gelsbjerg"]),
    ],
)
def test_a_role_word_near_a_town_name(
    town_names: StaffMatcher, text: str, found: list[str]
) -> None:
    assert [name for name, _q in _quoted(town_names, text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # stop 32: a register's initials written with dots and spaces ("L. E."), in capitals
        ("Kender I hende? L. E. fra Ungeindsatsen.", ["Lærke Eng"]),
        ("Det var G. D. fra Fleksjob, der ringede.", ["Gitte Dige"]),
        ("Se punkt l. e. i vejledningen.", []),  # small letters: a list's numbering
    ],
)
def test_spaced_dotted_initials(word_names: StaffMatcher, text: str, found: list[str]) -> None:
    assert [name for name, _q in _quoted(word_names, text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # stop 33: initials that spell a news outlet, where a story stands in it or before
        # the outlet's own word, are the outlet; spoken with, written by, insulted: the person
        ("Min sag var i JP i søndags, og jeg venter stadig på svar.", []),
        ("Det stod i JP.dk, at reglerne er ændret.", []),
        ("JP Nyheder skrev om ventetiderne.", []),
        ("Jeg talte med JP i går om min sag.", ["Hans Christian Ibsen"]),
        ("Jeg fik en mail fra JP om mødet.", ["Hans Christian Ibsen"]),
        ("JP har afvist min ansøgning.", ["Hans Christian Ibsen"]),
    ],
)
def test_initials_that_spell_a_news_outlet(
    matcher: StaffMatcher, text: str, found: list[str]
) -> None:
    assert [name for name, _q in _quoted(matcher, text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # stop 33: a workplace at a place ("et job på et mejeri på X") is the place
        ("Jeg har fået arbejde på et mejeri på Gelsbjerg.", []),
        ("Min søn er i praktik på savværket på Gelsbjerg.", []),
        ("Jeg har talt med Gelsbjerg om praktikken på mejeriet.", ["Willum Gelsbjerg"]),
    ],
)
def test_a_workplace_at_a_town_name(
    town_names: StaffMatcher, text: str, found: list[str]
) -> None:
    assert [name for name, _q in _quoted(town_names, text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # stop 33: a genitive before a scare-quoted word of what a caseworker gives is the
        # caseworker; before a quoted title, the author
        ("Nogen der også har haft Fengers 'hjælp'?", ["Klaus Fenger"]),
        ('Tak for Fengers "vejledning", den var til ingen nytte.', ["Klaus Fenger"]),
        ("Har du læst Fengers 'Vinterbørn'?", []),
    ],
)
def test_scare_quotes_after_a_genitive(matcher: StaffMatcher, text: str, found: list[str]) -> None:
    assert [name for name, _q in _quoted(matcher, text)] == found


@pytest.fixture(scope="module")
def short_names() -> StaffMatcher:
    return StaffMatcher(
        [StaffMember("Ikechukwu Adeleke", "virksomhedskonsulent", "Jobafklaring", ("Ike",)),
         StaffMember("Florin Dobre", "jobkonsulent", "Kontanthjælp")]
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # stop 33: a double letter the register's name lacks, collapsed into an ordinary word,
        # is the word ("ikke" is no "Ike"); the name itself, or stretched, stays the person
        ("Det er ikke første gang, og det er ikke i orden.", []),
        ("Ike har ikke ringet tilbage.", ["Ikechukwu Adeleke"]),
        ("Jeg talte med Iiike i går.", ["Ikechukwu Adeleke"]),
        # a name that is also a word opens its clause before "din" and an epithet: spoken to
        ("Florin din klamme nar, jeg finder dig.", ["Florin Dobre"]),
        ("Jeg fik en gammel florin af min far.", []),
    ],
)
def test_short_names_and_words(short_names: StaffMatcher, text: str, found: list[str]) -> None:
    assert [name for name, _q in _quoted(short_names, text)] == found


@pytest.fixture(scope="module")
def venue_names() -> StaffMatcher:
    return StaffMatcher(
        [StaffMember("Tivoli Hansen", "sagsbehandler", "Sygedagpenge"),
         StaffMember("Henner Broen", "socialrådgiver", "Jobafklaring")]
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # stop 33: a name after "på"/"i" with an event after it is the venue
        ("Jeg har vagt i Tivoli til koncerten lørdag, så jeg kan ikke komme.", []),
        ("Jeg talte med Tivoli til mødet i går.", ["Tivoli Hansen"]),
        # the definite form of a noun in a vowel ("broen" of "bro") is a word-name
        ("Broen over åen er lukket, så jeg kommer for sent.", []),
        ("Broen har ikke ringet tilbage.", ["Henner Broen"]),
    ],
)
def test_venues_and_definite_nouns(venue_names: StaffMatcher, text: str, found: list[str]) -> None:
    assert [name for name, _q in _quoted(venue_names, text)] == found


@pytest.fixture(scope="module")
def round_183_names() -> StaffMatcher:
    return StaffMatcher(
        [StaffMember("Tove Lol", "sagsbehandler", "Sygedagpenge"),
         StaffMember("Mette Sorø", "jobkonsulent", "Fleksjob"),
         StaffMember("Zerin Akbari", "socialrådgiver", "Kontanthjælp")]
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # round 183: an English interjection spelt like a surname is the interjection
        ("lol... nu har jeg ventet i en time i jeres kø.", []),
        ("Jeg har talt med Lol om min sag i går.", ["Tove Lol"]),
        # a family occasion a few words after "til" makes the name before it the venue
        ("Vi skal på Sorø til min mosters 60-års fødselsdag på fredag.", []),
        ("Jeg sad hos Sorø til min samtale i går.", ["Mette Sorø"]),
        # "din søn, X." closing the sentence speaks to X about the son; "min søn, X." names him
        ("Pas nu godt på din søn, Zerin.", ["Zerin Akbari"]),
        ("Jeg var i zoo med min søn, Zerin.", []),
    ],
)
def test_interjections_occasions_and_your_relation(
    round_183_names: StaffMatcher, text: str, found: list[str]
) -> None:
    assert [name for name, _q in _quoted(round_183_names, text)] == found


@pytest.fixture(scope="module")
def round_191_names() -> StaffMatcher:
    return StaffMatcher(
        [StaffMember("Trine Hjallerup", "sagsbehandler", "Sygedagpenge"),
         StaffMember("Asta Mose", "jobkonsulent", "Fleksjob")]
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # round 191: an epithet with an adjective before a place-name surname is the person
        ("Den klamme ko Hjallerup skulle fyres.", ["Trine Hjallerup"]),
        ("Der gik en stor ko i Hjallerup i går.", []),
        # an agreement made with someone: the person
        ("Jeg har aftalt med Mose, at jeg ringer i morgen.", ["Asta Mose"]),
        ("Vi har gået en tur i mosen i dag.", []),
        # round 195: a genitive before a personal acronym ("Moses CPR") is the person's
        ("Nogen har fået fat i Moses CPR.", ["Asta Mose"]),
    ],
)
def test_epithet_with_adjective_and_agreed_with(
    round_191_names: StaffMatcher, text: str, found: list[str]
) -> None:
    assert [name for name, _q in _quoted(round_191_names, text)] == found
