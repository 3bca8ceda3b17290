"""Staff names as phones and everyday speech write them: initials typed small to open a text,
"ik" for "ikke", a name said to be the writer's own pet or relative, an illness written as
initials, and a pronoun subject before the verb (probe round 34)."""

from __future__ import annotations

import pytest

from borgerpost.detect.normalise import normalise
from borgerpost.detect.staff import StaffMatcher
from borgerpost.register import StaffMember


@pytest.fixture(scope="module")
def matcher() -> StaffMatcher:
    return StaffMatcher(
        [
            StaffMember("Carl Jessen", "sagsbehandler", "Sygedagpenge", ("CJ",)),
            StaffMember("Sif Fenger", "socialrådgiver", "Ressourceforløb", ("SF",)),
            StaffMember("Bo Hav", "sagsbehandler", "Sygedagpenge", ("BH",)),
            StaffMember("Mai Strand", "teamleder", "Jobafklaring", ("MS", "PT")),
            StaffMember("Sol Fjord", "socialrådgiver", "Ressourceforløb"),
        ]
    )


def _names(matcher: StaffMatcher, text: str) -> list[str]:
    return [m.member.name for m in matcher.find(normalise(text))]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # initials typed small open a text with no capitals, before a verb or a comma
        ("cj ring til mig inden kl 14", ["Carl Jessen"]),
        ("sf er en sur kælling og hun ved det godt", ["Sif Fenger"]),
        ("cj, hvor bliver pengene af", ["Carl Jessen"]),
        # not inside the text, not before a noun, not in a text with capitals, not an
        # everyday abbreviation
        ("jeg ringer til cj i morgen", []),
        ("cj skrev til mig i går", []),  # any verb: may be anyone's initials
        ("cj kort og papirer ligger i posen", []),
        ("cj ring til mig. Jeg venter.", []),
        ("pt er jeg syg og kan ikke komme", []),
        # "ik" as a phone types "ikke" does not hide the verb after a subject
        ("BH har ik ringet tilbage. igen.", ["Bo Hav"]),
        ("BH har ikk svaret", ["Bo Hav"]),
        ("min BH har ik bøjler", []),
    ],
)
def test_initials_typed_on_a_phone(matcher: StaffMatcher, text: str, found: list[str]) -> None:
    assert _names(matcher, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # said to be the writer's own pet or relative
        ("Sol og Bo er mine to katte, og de holder mig oppe", []),
        ("Bo er min gamle hund", []),
        ("Sol var vores datter, hun døde sidste år", []),
        # the writer's caseworker, or a claim that is not about what is the writer's own
        ("Bo er min sagsbehandler, og han er sød", ["Bo Hav"]),
        ("Bo er mine børns største problem lige nu", ["Bo Hav"]),
    ],
)
def test_a_name_said_to_be_the_writers_own(
    matcher: StaffMatcher, text: str, found: list[str]
) -> None:
    assert _names(matcher, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # an illness written as initials, the object of "har"
        ("Jeg har MS og kan højst arbejde 10 timer om ugen.", []),
        ("Min mor har MS.", []),
        # the initials as the subject of a verb, or greeted, stay the person
        ("MS har ikke svaret på min mail", ["Mai Strand"]),
        ("Kan MS ringe mig op?", ["Mai Strand"]),
        ("Hej MS, tak for sidst", ["Mai Strand"]),
    ],
)
def test_an_illness_written_as_initials(matcher: StaffMatcher, text: str, found: list[str]) -> None:
    assert _names(matcher, text) == found


@pytest.fixture(scope="module")
def word_names() -> StaffMatcher:
    return StaffMatcher(
        [
            StaffMember("Signe Glad", "socialrådgiver", "Ressourceforløb"),
            StaffMember("Vilje Carlsen", "socialrådgiver", "Sygedagpenge"),
            StaffMember("Niels Strand", "jobkonsulent", "Jobafklaring"),
            StaffMember("Kim Ploug", "afdelingsleder", "Sygedagpenge"),
            StaffMember("Kim Holm", "sagsbehandler", "Fleksjob"),
        ]
    )


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a word fronted before "er"/"har" and a pronoun is no subject (probe round 36)
        ("Glad er jeg ikke. Jeg har fået afslag igen.", []),
        ("Glad bliver man ikke af det brev.", []),
        ("Glad sagde du skulle ringe til hende.", ["Signe Glad"]),  # a verb of saying
        ("Glad er den eneste der har hjulpet mig.", ["Signe Glad"]),
        # an act only a person does, after a word-name written small in an all-small text
        ("vilje sagde i telefonen at jeg skulle sende papirerne igen", ["Vilje Carlsen"]),
        ("vilje er vigtig når man er syg", []),
        # a nickname made from the member's surname, hyphened to the first name
        ("Strandvasker-Niels har været på spil igen", ["Niels Strand"]),
        ("Har I set Plov-Kims nye frisure?", ["Kim Ploug"]),
        ("Pizza-Kim har lavet mad til os", []),  # a nickname of no member's surname
        ("Karl-Niels er min fætter", []),
    ],
)
def test_fronted_words_acts_and_surname_nicknames(
    word_names: StaffMatcher, text: str, found: list[str]
) -> None:
    assert _names(word_names, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a name given to a member of staff (probe round 38), not to a cat or a man
        ("Der var en konsulent der hed Bo, han var meget venlig.", ["Bo Hav"]),
        ("Til den der hedder Fjord: du har stadig ikke svaret på min mail.", ["Sol Fjord"]),
        ("Jeg har en kat der hedder Bo.", []),
        ("Jeg mødte en mand der hed Bo i toget.", []),
    ],
)
def test_a_name_given_to_staff(matcher: StaffMatcher, text: str, found: list[str]) -> None:
    assert _names(matcher, text) == found


@pytest.fixture(scope="module")
def common_names() -> StaffMatcher:
    return StaffMatcher(
        [
            StaffMember("Jens Eg", "jobkonsulent", "Fleksjob"),
            StaffMember("Bo Strand", "sagsbehandler", "Sygedagpenge"),
        ]
    )


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # probe round 44: in a text typed small, a capitalised name closing it is spoken to
        ("vi ses på p-pladsen Jens 👊", ["Jens Eg"]),
        ("tak for i dag Jens", ["Jens Eg"]),
        # after a preposition or a relation it is someone's name, not the one spoken to
        ("vi skal til fødselsdag hos Jens", []),
        ("jeg henter min søn Jens", []),
        # probe round 45: a capital right after a comma opens a clause with the name
        ("Jeg har tænkt over det, Bo sagde om praktikken.", ["Bo Strand"]),
        ("Vi nød strand, sol og varme.", []),
        # probe round 48: "næste gang", "hver gang" open a time clause with the name
        ("Næste gang Strand afviser min sag, klager jeg.", ["Bo Strand"]),
        ("hver gang Bo ringer, er det om mit forløb", ["Bo Strand"]),
        ("Næste gang vi tager til strand, tager vi madpakker med.", []),
        ("Næste gang strand er på programmet, tager vi med.", []),
        # probe round 54: a pet given the name ("kalder hende Bo") is not the staff member
        ("Vi har fået en hvalp og kalder ham Bo. Må han komme med til mødet?", []),
        # probe round 50: a genitive owning a proposal is a person's
        ("Strands forslag om 12 timer om ugen er urealistisk.", ["Bo Strand"]),
    ],
)
def test_closing_names_and_names_after_a_comma(
    common_names: StaffMatcher, text: str, found: list[str]
) -> None:
    assert _names(common_names, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # probe round 57: in a text without capitals, a word-name is the person after "mødet
        # med", closing a "vi ses", or introduced by the unit after "fra"
        ("kan mødet med hav rykkes til fredag? jeg skal til læge", ["Bo Hav"]),
        ("vi ses i morgen strand", ["Mai Strand"]),
        ("fjord fra ressourceforløb har ikke svaret mig i tre uger", ["Sol Fjord"]),
        # the word, framed as a word: a determiner before it, a unit only somewhere near, a
        # meeting with something else
        ("vi ses ved havet i morgen, det bliver hyggeligt", []),
        ("jeg har en strand lige ved huset", []),
        ("vi skal have et møde med en fra jobcentret", []),
        ("efter strand går vi hjem fra sygedagpenge kontoret", []),
    ],
)
def test_a_word_name_framed_as_a_person_in_small_letters(
    matcher: StaffMatcher, text: str, found: list[str]
) -> None:
    assert _names(matcher, text) == found


def test_a_greeting_makes_a_relation_after_the_comma_the_writers_own() -> None:
    """ "Hej Vera, min søn kommer ikke": Vera is spoken to, the son is the writer's."""
    staff = StaffMatcher([StaffMember("Vera Tjørnelund", "sagsbehandler", "Ungeindsatsen")])
    assert _names(staff, "Hej Vera, min søn kommer ikke i dag, han har feber.") == [
        "Vera Tjørnelund"
    ]
    assert _names(staff, "Vera, min søster, kommer også.") == []
    # a greeting on a line of its own greets no one: the name after it is the son's
    assert _names(staff, "Hej\n\nVera, min datter på 4, har feber i dag.") == []
