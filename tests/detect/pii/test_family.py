"""Children's institutions, a partner's workplace and routines — and the writer's own."""

from __future__ import annotations

import pytest

from borgerpost.detect.pii.base import Recognizer
from borgerpost.detect.pii.family import ChildRecognizer
from borgerpost.detect.pii.routine import RoutineRecognizer
from borgerpost.detect.pii.spouse import SpouseWorkRecognizer
from tests.detect.pii.conftest import quotes

POSITIVES: list[tuple[type[Recognizer], str, str]] = [
    (ChildRecognizer, "Hans søn går i 2.a på Nordskolen.", "Hans søn går i 2.a på Nordskolen"),
    (
        ChildRecognizer,
        "hendes datter går i Mælkebøttens børnehave",
        "hendes datter går i Mælkebøttens børnehave",
    ),
    (ChildRecognizer, "Han henter pigen i vuggestuen", "henter pigen i vuggestuen"),
    (SpouseWorkRecognizer, "Hendes mand er tømrer hos Byg & Co", "Hendes mand er tømrer hos Byg"),
    (SpouseWorkRecognizer, "Bøghs kone arbejder på sygehuset", "Bøghs kone arbejder på sygehuset"),
    (SpouseWorkRecognizer, "og så hans kones arbejdsplads", "hans kones arbejdsplads"),
    (SpouseWorkRecognizer, "Din kone arbejder jo i Bilka", "Din kone arbejder jo i Bilka"),
    (
        SpouseWorkRecognizer,
        "hendes mand hedder Ib og kører taxa for Byens Taxa",
        "hendes mand hedder Ib og kører taxa for Byens Taxa",
    ),
    (RoutineRecognizer, "Hun handler i Rema hver fredag", "handler i Rema hver fredag"),
    (SpouseWorkRecognizer, "Hans kone sidder i kassen i Netto", "Hans kone sidder i kassen i Netto"),  # noqa: E501
    (
        SpouseWorkRecognizer,
        "hendes mand er pædagog i vuggestuen Mariehønen",
        "hendes mand er pædagog i vuggestuen Mariehønen",
    ),
    (
        ChildRecognizer,
        "Hendes to drenge går i 2.b på Vestskolen",
        "Hendes to drenge går i 2.b på Vestskolen",
    ),
    (SpouseWorkRecognizer, "Find hendes ægtefælles job", "hendes ægtefælles job"),
    (RoutineRecognizer, "Hun tager bussen kl. 7.45 hver morgen", "tager bussen kl. 7.45"),
    (RoutineRecognizer, "han cykler hjem hver dag", "cykler hjem hver dag"),
    (RoutineRecognizer, "Hun er i fitness hver tirsdag kl. 18", "hver tirsdag kl. 18"),
    (RoutineRecognizer, "når han går ud til sin bil", "går ud til sin bil"),
    # children seen at their institution, a partner off work, "hver eneste dag"
    (ChildRecognizer, "Jeg så dine drenge ved Vestskolen", "dine drenge ved Vestskolen"),
    (ChildRecognizer, "hendes søn uden for børnehaven", "hendes søn uden for børnehaven"),
    (SpouseWorkRecognizer, "hans kone får fri fra Bilka", "hans kone får fri fra Bilka"),
    (RoutineRecognizer, "Hun står ved stoppestedet kl. 7 hver eneste dag", "kl. 7 hver eneste dag"),
    # a school named in two words, picking up in the infinitive, which institution it is
    (ChildRecognizer, "Jeg så dine børn ved Rosenhøj Skole i går", "dine børn ved Rosenhøj Skole"),
    (ChildRecognizer, "så ham hente sin datter i vuggestuen", "hente sin datter i vuggestuen"),
    (
        ChildRecognizer,
        "vi ved hvilken børnehave han afleverer sin søn i",
        "hvilken børnehave han afleverer sin søn",
    ),
    (ChildRecognizer, "Hun har sine børn gående på Vestskolen", "sine børn gående på Vestskolen"),
    (
        SpouseWorkRecognizer,
        "Han er gift med en der arbejder på Føtex Torvet",
        "gift med en der arbejder på Føtex Torvet",
    ),
    # a time of day said as "ved firetiden", a day said as "om tirsdagen", parking there
    (RoutineRecognizer, "hun løber gennem skoven ved seks-tiden", "løber gennem skoven ved seks-tiden"),  # noqa: E501
    (RoutineRecognizer, "Han kører hjem ad Ringvejen ved 16-tiden", "kører hjem ad Ringvejen ved 16-tiden"),  # noqa: E501
    (
        RoutineRecognizer,
        "hendes kæreste parkerer altid cyklen ved Brugsen om lørdagen",
        "parkerer altid cyklen ved Brugsen om lørdagen",
    ),
    (ChildRecognizer, "Jeg ved hvilken skole Bents søn går i.", "hvilken skole Bents søn går i"),
    # the child's place in the genitive
    (
        SpouseWorkRecognizer,
        "Hans kæreste hedder Lasse og er pædagog i Hasle Børnehus",
        "Hans kæreste hedder Lasse og er pædagog i Hasle Børnehus",
    ),
    (ChildRecognizer, "Jeg kender din søns fodboldklub.", "din søns fodboldklub"),
    (ChildRecognizer, "Hendes datters skole ligger ved kirken.", "Hendes datters skole"),
    # adjectives before the child, a school named in two words
    (
        ChildRecognizer,
        "Han har en sød lille datter på Vestre Skole",
        "har en sød lille datter på Vestre Skole",
    ),
    # a workplace after "på" with a place after it: "på apoteket i bymidten"
    (
        SpouseWorkRecognizer,
        "Hans kone arbejder på apoteket i bymidten",
        "Hans kone arbejder på apoteket i bymidten",
    ),
    (SpouseWorkRecognizer, "Vi ved præcis hvor hans kone arbejder.", "ved præcis hvor hans kone arbejder"),  # noqa: E501
    (SpouseWorkRecognizer, "Hendes kone er chauffør på linje 14A", "Hendes kone er chauffør på linje 14A"),  # noqa: E501
    (RoutineRecognizer, "hans kæreste står altid i Føtex om søndagen", "står altid i Føtex om søndagen"),  # noqa: E501
    # the dog walked at a set time, the children home alone after school
    (RoutineRecognizer, "Hun har en labrador, hun lufter om aftenen.", "lufter om aftenen"),
    (
        RoutineRecognizer,
        "Hans unger er altid alene hjemme efter skole.",
        "Hans unger er altid alene hjemme efter skole",
    ),
    # a partner's own business, a partner's shift at a firm (probe round 76)
    (
        SpouseWorkRecognizer,
        "Hun er gift med ham, der driver Sønderby Cykler i gågaden.",
        "gift med ham, der driver Sønderby Cykler",
    ),
    (
        SpouseWorkRecognizer,
        "Per har sin kone på aftenvagt hos Arla i Videbæk.",
        "sin kone på aftenvagt hos Arla",
    ),
]
NEGATIVES: list[tuple[type[Recognizer], str]] = [
    # a partner who has a thing, not a business; a partner at work in no named place
    (SpouseWorkRecognizer, "Jeg er gift med en, der har en stor hund."),
    (SpouseWorkRecognizer, "Hun har sin mand på arbejde hos os i weekenden."),
    (ChildRecognizer, "Mit barn går i børnehave, så jeg kan kun til møder om formiddagen."),
    (ChildRecognizer, "Min søn går i 8. klasse på Østskolen"),
    (ChildRecognizer, "Vi henter børnene i børnehaven kl. 15"),
    (SpouseWorkRecognizer, "Min mand er læge på sygehuset"),
    (SpouseWorkRecognizer, "Manden er i gang med at læse brevet"),
    (SpouseWorkRecognizer, "En mand er på vej"),
    (SpouseWorkRecognizer, "Min mands arbejdsplads lukker til sommer"),
    (SpouseWorkRecognizer, "Min kone sidder i kassen i Netto, så hun kan ikke komme"),
    (ChildRecognizer, "Mine to drenge går i SFO, så jeg har tid om formiddagen"),
    (SpouseWorkRecognizer, "Vores kærestes job er ikke jeres sag"),
    (RoutineRecognizer, "Jeg tager bussen hver dag kl. 8"),
    (ChildRecognizer, "Min søns fodboldklub holder sommerfest, så jeg kan ikke komme."),
    (ChildRecognizer, "Jeg har en sød lille datter på Vestre Skole, så jeg kan kun før 12."),
    (SpouseWorkRecognizer, "Hans kone arbejder i haven i weekenden."),
    (SpouseWorkRecognizer, "Hans kone hedder Mette og synes det er dejligt i Spanien."),
    (RoutineRecognizer, "Jeg går altid tur med hunden ved stranden kl. 7, så mødet må vente."),
    (RoutineRecognizer, "Mødet er kl. 14 den 3. marts"),
    (RoutineRecognizer, "Jeg kan kun komme mellem 9 og 14"),
    (RoutineRecognizer, "Jeg handler ind hver fredag, så mødet må ligge en anden dag"),
    (ChildRecognizer, "Mine børn ved skolen har det godt"),
    (ChildRecognizer, "Børnene ved skolen fik fri tidligt"),  # nobody's children in particular
    (SpouseWorkRecognizer, "Min kone får fri fra Netto kl. 17, så vi kommer sammen"),
    (ChildRecognizer, "Jeg ved ikke, hvilken skole jeg skal vælge til min søn."),
    (ChildRecognizer, "Hvilken børnehave jeg skriver på ansøgningen, er vel ligegyldigt."),
    (ChildRecognizer, "Jeg skal hente mine børn ved Rosenhøj Skole kl. 15."),
    (SpouseWorkRecognizer, "Jeg er gift med en der arbejder på Føtex, så jeg ved det."),
    (SpouseWorkRecognizer, "Hun er gift med en der arbejder hårdt."),  # no workplace
    (RoutineRecognizer, "Jeg parkerer bilen ved stationen om morgenen, så jeg kan nå toget."),
    (RoutineRecognizer, "Vi mødes ved firetiden på jobcentret."),  # no routine, a meeting
    (RoutineRecognizer, "Det står i Fakta-avisen hver uge."),  # a paper, not a till
    (SpouseWorkRecognizer, "Jeg ved ikke hvor min kone arbejder nu, hun har skiftet job."),
    (RoutineRecognizer, "Mine børn er alene hjemme efter skole, så jeg kan kun før kl. 14."),
    (RoutineRecognizer, "Jeg lufter hunden om morgenen, så mødet må ligge efter 10."),
    (RoutineRecognizer, "Børnene var alene hjemme i går."),  # once, no routine
    # a child who goes to school, no school named
    (ChildRecognizer, "Folk skriver om hvor hans børn går i skole, det er for meget."),
    (ChildRecognizer, "Hendes datter går i børnehave, så hun har travlt."),
]


@pytest.mark.parametrize(("recognizer", "text", "quote"), POSITIVES)
def test_private_life_is_found(recognizer: type[Recognizer], text: str, quote: str) -> None:
    assert quotes(recognizer, text) == [quote]


@pytest.mark.parametrize(("recognizer", "text"), NEGATIVES)
def test_own_life_and_near_misses_are_not(recognizer: type[Recognizer], text: str) -> None:
    assert quotes(recognizer, text) == []


@pytest.mark.parametrize(
    ("recognizer", "text", "quote"),
    [
        (
            ChildRecognizer,
            "Hendes søn går til fodbold i Byens IF",
            "Hendes søn går til fodbold i Byens IF",
        ),
        (RoutineRecognizer, "Han går altid tur med hunden kl. 6", "går altid tur med hunden kl. 6"),
        # the walk and the hour further apart than "altid … kl." reaches
        (
            RoutineRecognizer,
            "du går altid tur med hunden ved Strandparken kl. 7",
            "går altid tur med hunden ved Strandparken kl. 7",
        ),
        # a sport on a fixed evening
        (
            RoutineRecognizer,
            "Hun spiller håndbold i hallen hver onsdag",
            "spiller håndbold i hallen hver onsdag",
        ),
        # a pronoun takes the partner up again after a comma
        (
            SpouseWorkRecognizer,
            "Hans kone, hun arbejder på Rema i Brande",
            "Hans kone, hun arbejder på Rema i Brande",
        ),
    ],
)
def test_more_private_life(recognizer: type[Recognizer], text: str, quote: str) -> None:
    assert quotes(recognizer, text) == [quote]


@pytest.mark.parametrize(
    "text",
    ["Hun har telefontid hver mandag kl. 9", "Vi har møde hver tirsdag kl. 10 på jobcentret"],
)
def test_working_hours_are_no_routine(text: str) -> None:
    assert quotes(RoutineRecognizer, text) == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # the partner's name and workplace claimed known
        (
            "Vi ved godt hvad din mand hedder og hvor han arbejder.",
            "ved godt hvad din mand hedder og hvor han arbejder",
        ),
        (
            "Vi har fundet ud af hvem hans kæreste er, og hvor hun er ansat.",
            "fundet ud af hvem hans kæreste er, og hvor hun er ansat",
        ),
        (
            "Alle kender navnet på din kone og hvor hun arbejder.",
            "kender navnet på din kone og hvor hun arbejder",
        ),
    ],
)
def test_partner_workplace_claimed_known(text: str, quote: str) -> None:
    assert quotes(SpouseWorkRecognizer, text) == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "Jeg ved godt hvad min mand hedder og hvor han arbejder.",  # the writer's own
        "Vi ved godt hvad din mand hedder.",  # no workplace
        "Vi ved godt hvad din kone hedder og hvor hun bor.",  # a home, not a workplace
        "Jeg ved ikke hvad din mand hedder eller hvor han arbejder.",  # not known
    ],
)
def test_partner_name_without_workplace_is_not(text: str) -> None:
    assert quotes(SpouseWorkRecognizer, text) == []


@pytest.mark.parametrize(
    ("recognizer", "text", "quote"),
    [
        # a habit tied to a weekday: "altid" makes the day every such day
        (
            RoutineRecognizer,
            "Han handler altid i Føtex på Vestergade fredag eftermiddag.",
            "handler altid i Føtex på Vestergade fredag eftermiddag",
        ),
        (
            RoutineRecognizer,
            "Den holder gerne bag hallen søndag aften, hans gamle Golf.",
            "holder gerne bag hallen søndag aften",
        ),
        # a child's class and school told in apposition
        (
            ChildRecognizer,
            "Hans datter, 2.b på Nørreskolen, var med på turen.",
            "Hans datter, 2.b på Nørreskolen",
        ),
        (
            ChildRecognizer,
            "Jeg kender Bøgs søn, 6.c på Lystrup Friskole.",
            "Bøgs søn, 6.c på Lystrup Friskole",
        ),
    ],
)
def test_habits_by_weekday_and_a_childs_class_in_apposition(
    recognizer: type[Recognizer], text: str, quote: str
) -> None:
    assert quotes(recognizer, text) == [quote]


@pytest.mark.parametrize(
    ("recognizer", "text"),
    [
        (RoutineRecognizer, "Jeg handler altid i Netto lørdag formiddag."),  # the writer's own
        (RoutineRecognizer, "Butikken holder altid lukket søndag."),  # no habit of a person
        (RoutineRecognizer, "Hun holder altid møde med teamet mandag kl. 9."),  # working hours
        (ChildRecognizer, "Min søn, 4.a på Tornby Friskole, er syg i dag."),
        (ChildRecognizer, "Hans søn, Emil, er sød."),  # a name, no class or school
    ],
)
def test_own_habits_and_a_child_named_in_apposition_are_not(
    recognizer: type[Recognizer], text: str
) -> None:
    assert quotes(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # an aside after the verb (probe round 65)
        (
            "Hans kone er i øvrigt frisør på Salon Krøl.",
            "Hans kone er i øvrigt frisør på Salon Krøl",
        ),
        (
            "Bøghs mand er for resten lærer på Vestskolen.",
            "Bøghs mand er for resten lærer på Vestskolen",
        ),
    ],
)
def test_a_partners_workplace_after_an_aside(text: str, quote: str) -> None:
    assert quotes(SpouseWorkRecognizer, text) == [quote]


@pytest.mark.parametrize(
    "text",
    ["Min kone er i øvrigt syg i dag.", "Hans kone er forresten glad for kagen."],
)
def test_an_aside_without_a_workplace_is_not(text: str) -> None:
    assert quotes(SpouseWorkRecognizer, text) == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # the partner's own shop or practice (probe round 84)
        ("Bøghs kone har frisørsalon på Algade.", "Bøghs kone har frisørsalon på"),
        (
            "hendes mand driver sit eget værksted ude på Industrivej",
            "hendes mand driver sit eget værksted ude på",
        ),
        # the participle alone after the partner, the verb before it
        ("Nu er hans kone ansat på apoteket i Brørup.", "hans kone ansat på apoteket i Brørup"),
    ],
)
def test_a_partners_business_and_an_inverted_employment(text: str, quote: str) -> None:
    assert quotes(SpouseWorkRecognizer, text) == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "Min mand har frisørsalon på Torvet, så lørdag passer dårligt.",  # the writer's own
        "Hans kone har ondt i ryggen på det sidste.",
        "Bøgh har selv en klinik på Algade.",  # the staff member's own, not a partner's
    ],
)
def test_own_partners_business_and_no_business_are_not(text: str) -> None:
    assert quotes(SpouseWorkRecognizer, text) == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # the door taken out of work at a clock time "about" then (probe round 86)
        ("Hun går ud ad bagdøren ca. 15.30 og cykler hjem.", "går ud ad bagdøren ca. 15.30"),
        (
            "Han smutter ud af sidedøren cirka 16.05 om fredagen.",
            "smutter ud af sidedøren cirka 16.05",
        ),
    ],
)
def test_the_way_out_of_work_at_about_a_time(text: str, quote: str) -> None:
    assert quotes(RoutineRecognizer, text) == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "Bussen kører ca. 15.30 fra stationen.",  # a timetable, no one's way
        "Hun går ud ad døren til haven, når solen skinner.",  # no time
        "Vi ses ca. 15.30 til mødet.",
    ],
)
def test_timetables_and_doors_without_a_time_are_no_routine(text: str) -> None:
    assert quotes(RoutineRecognizer, text) == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a person described by the child they have (probe round 88)
        (
            "Sagsbehandleren med den lille dreng i Spiretoppens Vuggestue har ringet.",
            "med den lille dreng i Spiretoppens Vuggestue",
        ),
        (
            "Hende fra Ydelser med de to piger på Vestre Skole svarer aldrig.",
            "med de to piger på Vestre Skole",
        ),
    ],
)
def test_a_person_described_by_their_childs_institution(text: str, quote: str) -> None:
    assert quotes(ChildRecognizer, text) == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "Jeg kommer med den lille pige i børnehaven hver morgen, så mødet skal ligge efter 9.",
        "Vi går med vores søn i svømmehallen om lørdagen.",
    ],
)
def test_the_writers_own_child_with_them_is_not(text: str) -> None:
    assert quotes(ChildRecognizer, text) == []


# stop 29: a habit told as a noun owned by someone, evenings spent at a place of leisure, and
# children mentioned then seen at their school; the writer's own and nobody's are not
@pytest.mark.parametrize(
    ("recognizer", "text", "quote"),
    [
        (RoutineRecognizer, "Lones løbetur rundt om søen hver søndag er hellig",
         "Lones løbetur rundt om søen hver søndag"),
        (RoutineRecognizer, "Hans cykeltur gennem skoven hver morgen tager en time",
         "Hans cykeltur gennem skoven hver morgen"),
        (RoutineRecognizer, "Han tilbringer sine lørdage på kroen i Ry",
         "tilbringer sine lørdage på kroen"),
        (RoutineRecognizer, "Hun nyder sine aftener i svømmehallen",
         "nyder sine aftener i svømmehallen"),
        (RoutineRecognizer, "Han stiller sin cykel bag Føtex kl. 7.30 og går resten.",
         "stiller sin cykel bag Føtex kl. 7.30"),
        (ChildRecognizer, "Hun har to drenge. Jeg har set dem foran Vestre Skole.",
         "to drenge. Jeg har set dem foran Vestre Skole"),
        (ChildRecognizer, "Din lillebror går i 3.c på Vestskolen, ikke?",
         "Din lillebror går i 3.c på Vestskolen"),
        (ChildRecognizer, "Sød lille dreng du har. Synd hvis han ikke kom hjem fra vuggestuen på "
         "Lærkevej.", "lille dreng du har. Synd hvis han ikke kom hjem fra vuggestuen på Lærkevej"),
        (ChildRecognizer, "Du har også børn, ikke? Jeg har set dem ved skolen på Engvej.",
         "børn, ikke? Jeg har set dem ved skolen på Engvej"),
    ],
)  # fmt: skip
def test_owned_habits_leisure_evenings_and_children_seen_at_school(
    recognizer: type[Recognizer], text: str, quote: str
) -> None:
    assert quotes(recognizer, text) == [quote]


@pytest.mark.parametrize(
    ("recognizer", "text"),
    [
        (RoutineRecognizer, "Min løbetur langs åen hver torsdag er ugens bedste time."),
        (RoutineRecognizer, "Jeg nyder mine aftener i svømmehallen."),
        (RoutineRecognizer, "Hun bruger sine aftener på at læse."),
        (ChildRecognizer, "Mine børn elsker deres lærer. Jeg har set dem ved skolen på Engvej."),
        (ChildRecognizer, "Børnene fra 3.b var på tur i dag, og jeg så dem ved skolen."),
        (ChildRecognizer, "Håber din datter kommer godt hjem fra skole i morgen."),
        (ChildRecognizer, "Min lillebror går i 3.c på Vestskolen."),
    ],
)
def test_own_habits_and_nobodys_children_are_not(recognizer: type[Recognizer], text: str) -> None:
    assert quotes(recognizer, text) == []


def test_a_child_someone_has_who_goes_in_a_class() -> None:
    text = "Hun har en søn, der går i 4.c på Østerskolen."
    assert quotes(ChildRecognizer, text) == ["har en søn, der går i 4.c"]


@pytest.mark.parametrize(
    ("recognizer", "text", "quote"),
    [
        # stop 29 (round 112): a named institution of two words; the partner named by the
        # owner's genitive after the verb; off at an hour, then out by a door
        (ChildRecognizer, "Han har to drenge der går i Solsikken Børnehus.",
         "har to drenge der går i Solsikken Børnehus"),
        (SpouseWorkRecognizer, "Faktisk arbejder Ole Bechs kone i kassen i Føtex.",
         "arbejder Ole Bechs kone i kassen i"),
        (RoutineRecognizer, "Hun har fri kl. 15 og går altid ud ad bagdøren.",
         "kl. 15 og går altid ud ad bagdøren"),
    ],
)  # fmt: skip
def test_named_institutions_inverted_partners_and_exits(
    recognizer: type[Recognizer], text: str, quote: str
) -> None:
    assert quotes(recognizer, text) == [quote]


@pytest.mark.parametrize(
    ("recognizer", "text"),
    [
        (ChildRecognizer, "Han har to drenge der går i den skole."),
        (SpouseWorkRecognizer, "I dag arbejder min mands kone i Netto."),
        (RoutineRecognizer, "Jeg har fri kl. 15 og går altid ud ad hoveddøren."),
    ],
)
def test_unnamed_institutions_own_partners_and_own_exits_are_not(
    recognizer: type[Recognizer], text: str
) -> None:
    assert quotes(recognizer, text) == []


@pytest.mark.parametrize(
    ("recognizer", "text", "quote"),
    [
        # stop 30: a partner behind a counter at a workplace; the bike or car taken home at an
        # hour; children someone has, then the school they come home from, named by itself
        (SpouseWorkRecognizer, "Hendes kone sidder bag skranken i Danske Bank på Algade.",
         "Hendes kone sidder bag skranken i Danske Bank"),
        (SpouseWorkRecognizer, "Hans mand står bag baren på Café Kvist hver weekend.",
         "Hans mand står bag baren på Café Kvist"),
        (SpouseWorkRecognizer, "Hendes mand har nattevagt på lageret ved havnen.",
         "Hendes mand har nattevagt på lageret ved havnen"),
        (RoutineRecognizer, "Han tager altid bilen hjem kl. 16.10 ad omfartsvejen.",
         "tager altid bilen hjem kl. 16.10"),
        (RoutineRecognizer, "Du tager altid den samme vej hjem gennem skoven ved 17-tiden.",
         "tager altid den samme vej hjem gennem skoven ved 17-tiden"),
        (SpouseWorkRecognizer, "Hun er gift med ham, der har cykelforretningen på Algade.",
         "gift med ham, der har cykelforretningen"),
        (RoutineRecognizer, "Hun tager cyklen på arbejde ved halv otte hver dag.",
         "tager cyklen på arbejde ved halv otte"),
        (ChildRecognizer, "Han har nogle dejlige drenge, som kommer hjem fra Vestervangskolen "
         "ved 14-tiden.", "drenge, som kommer hjem fra Vestervangskolen"),
        (ChildRecognizer, "Hun har to søde piger. Det ville være en skam, hvis der skete dem "
         "noget på vej hjem fra Lærkeskolen.", "piger. Det ville være en skam, hvis der skete "
         "dem noget på vej hjem fra Lærkeskolen"),
    ],
)  # fmt: skip
def test_counters_rides_home_and_named_schools_stop_30(
    recognizer: type[Recognizer], text: str, quote: str
) -> None:
    assert quotes(recognizer, text) == [quote]


@pytest.mark.parametrize(
    ("recognizer", "text"),
    [
        (SpouseWorkRecognizer, "Min mand står bag disken i bageriet."),
        (SpouseWorkRecognizer, "Hendes mand står bag hende i køen."),
        (SpouseWorkRecognizer, "Min mand har nattevagt på sygehuset."),
        (SpouseWorkRecognizer, "Jeg er gift med ham, der har cykelforretningen på Algade."),
        (RoutineRecognizer, "Jeg tager altid cyklen hjem ved halv fem."),
        (RoutineRecognizer, "Han tager bilen til værkstedet i morgen."),
        (ChildRecognizer, "Børnene fra 3.b kom hjem fra Lærkeskolen i går."),
        (ChildRecognizer, "Min søn kom hjem fra Lærkeskolen med feber."),
    ],
)
def test_own_counters_rides_and_nobodys_children_stop_30(
    recognizer: type[Recognizer], text: str
) -> None:
    assert quotes(recognizer, text) == []


# stop 31: the bus or line someone rides, day after day; the writer's own ride or one trip
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Hans søn sidder med den samme bus hver eftermiddag.",
            "sidder med den samme bus hver eftermiddag",
        ),
        ("Hun tager med linje 4A hver morgen kl. 7.", "tager med linje 4A hver morgen"),
    ],
)
def test_the_bus_someone_rides_every_day(text: str, quote: str) -> None:
    assert quotes(RoutineRecognizer, text) == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "Jeg kører med bussen hver morgen, så jeg kommer lidt sent.",  # the writer's own
        "Han kørte med bussen til mødet i går.",  # once
    ],
)
def test_own_rides_and_one_trip_are_no_routine(text: str) -> None:
    assert quotes(RoutineRecognizer, text) == []


# stop 31: two weekdays are a week's habit; a teacher's class before the school
@pytest.mark.parametrize(
    ("recognizer", "text", "quote"),
    [
        (RoutineRecognizer, "Hun svømmer tirsdag og fredag i Bellahøj.",
         "svømmer tirsdag og fredag"),
        (RoutineRecognizer, "Han træner der mandag, onsdag og fredag aften.",
         "træner der mandag, onsdag og fredag aften"),
        (SpouseWorkRecognizer, "Hans kone er lærer i 2.c på Engskolen.",
         "Hans kone er lærer i 2.c på Engskolen"),
    ],
)  # fmt: skip
def test_weekday_habits_and_a_teachers_class(
    recognizer: type[Recognizer], text: str, quote: str
) -> None:
    assert quotes(recognizer, text) == [quote]


@pytest.mark.parametrize(
    ("recognizer", "text"),
    [
        (RoutineRecognizer, "Jeg træner mandag og onsdag, så flyt gerne mødet."),  # own
        (RoutineRecognizer, "Hun har telefontid mandag og onsdag."),  # working hours
        (SpouseWorkRecognizer, "Min kone er lærer i 2.c på Engskolen."),  # the writer's own
    ],
)
def test_own_weekday_habits_and_own_partners_class_are_not(
    recognizer: type[Recognizer], text: str
) -> None:
    assert quotes(recognizer, text) == []


# stop 31: a weekly stint off work ("står hver lørdag og sælger … ved torvet"); a partner
# told by a job and its place ("gift med en læge på X Sygehus")
@pytest.mark.parametrize(
    ("recognizer", "text", "quote"),
    [
        (RoutineRecognizer, "Han står hver fredag og sælger fisk ved havnen i Bøstrup.",
         "står hver fredag og sælger fisk ved havnen"),
        (RoutineRecognizer, "Hun sidder hver søndag og spiller orgel i kirken.",
         "sidder hver søndag og spiller orgel i kirken"),
        (SpouseWorkRecognizer, "Hun er gift med en tandlæge på Kongevejens Klinik.",
         "gift med en tandlæge på Kongevejens Klinik"),
        (SpouseWorkRecognizer, "Han er kæreste med en betjent ved Holbæk Politi.",
         "kæreste med en betjent ved Holbæk Politi"),
    ],
)  # fmt: skip
def test_weekly_stints_and_a_partner_by_job_and_place(
    recognizer: type[Recognizer], text: str, quote: str
) -> None:
    assert quotes(recognizer, text) == [quote]


@pytest.mark.parametrize(
    ("recognizer", "text"),
    [
        (RoutineRecognizer, "Jeg står hver lørdag og sælger kage ved torvet."),  # own
        (RoutineRecognizer, "Hun står hver dag og venter på bussen."),  # no deed off work
        (SpouseWorkRecognizer, "Jeg er gift med en læge på Holbæk Sygehus."),  # own
        (SpouseWorkRecognizer, "Hun er gift med en mand på Fyn."),  # no job, a place
        (SpouseWorkRecognizer, "Hun er sammen med en kollega på kontoret."),  # at work
    ],
)
def test_own_stints_and_partners_without_a_job_are_not(
    recognizer: type[Recognizer], text: str
) -> None:
    assert quotes(recognizer, text) == []


# stop 31: a partner who teaches at a school; a partner at "sin arbejdsplads" named after it
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Hans kone underviser på Bøgely Efterskole.", "Hans kone underviser på Bøgely Efterskole"),
        ("Hendes mand trives vist på sin arbejdsplads på Vestre Sygehus.",
         "Hendes mand trives vist på sin arbejdsplads på Vestre Sygehus"),
    ],
)  # fmt: skip
def test_a_partner_teaching_or_at_own_workplace(text: str, quote: str) -> None:
    assert quotes(SpouseWorkRecognizer, text) == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "Min kone underviser på Bøgely Efterskole.",  # the writer's own
        "Min mand har det godt på sin arbejdsplads på Vestre Sygehus.",  # own
    ],
)
def test_own_partners_teaching_or_workplace_are_not(text: str) -> None:
    assert quotes(SpouseWorkRecognizer, text) == []


# stop 31: a partner's own business after a relative clause; a late shift at the workplace
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Det er Boes mand, der ejer frisørsalonen på Torvet.",
         "Boes mand, der ejer frisørsalonen på"),
        ("Hendes mand arbejder sent på lageret på Havnevej.",
         "Hendes mand arbejder sent på lageret på Havnevej"),
    ],
)  # fmt: skip
def test_a_partners_business_by_a_relative_clause_and_a_late_shift(text: str, quote: str) -> None:
    assert quotes(SpouseWorkRecognizer, text) == [quote]


def test_own_partners_business_by_a_relative_clause_is_not() -> None:
    assert quotes(SpouseWorkRecognizer, "Min mand, der ejer frisørsalonen på Torvet, er syg.") == []


# stop 32: a child picked up at an institution told by its name and street; a boat or plot
# spent every weekend at; a partner at a desk the public visits
@pytest.mark.parametrize(
    ("recognizer", "text", "quote"),
    [
        (ChildRecognizer, "Jeg så ham hente sin søn i Troldehøjen på Skovvej.",
         "hente sin søn i Troldehøjen på Skovvej"),
        (ChildRecognizer, "Hun afleverer sine tvillinger i Regnbuen i Ejby hver morgen.",
         "afleverer sine tvillinger i Regnbuen i Ejby"),
        (RoutineRecognizer, "Hver søndag sidder han i sin motorbåd ved Skovshoved Havn.",
         "Hver søndag sidder han i sin motorbåd ved Skovshoved"),
        (RoutineRecognizer, "Hun er i sin kolonihave på Engtoften hver lørdag.",
         "i sin kolonihave på Engtoften hver lørdag"),
        (SpouseWorkRecognizer, "Hendes mand sidder i borgerservice om mandagen.",
         "Hendes mand sidder i borgerservice om"),
        (SpouseWorkRecognizer, "Hans kone står i svømmehallen hver morgen.",
         "Hans kone står i svømmehallen hver"),
    ],
)  # fmt: skip
def test_named_institutions_retreats_and_public_desks(
    recognizer: type[Recognizer], text: str, quote: str
) -> None:
    assert quotes(recognizer, text) == [quote]


@pytest.mark.parametrize(
    ("recognizer", "text"),
    [
        (ChildRecognizer, "Jeg henter min søn i Troldehøjen på Skovvej."),  # the writer's own
        (ChildRecognizer, "Hun henter sin datter i byen på vej hjem."),  # no name, no street
        (RoutineRecognizer, "Hver weekend er jeg i min sejlbåd i Rødvig."),  # own
        (RoutineRecognizer, "Han var i sin båd i Rødvig i sommer."),  # once, no habit
        (SpouseWorkRecognizer, "Min kone sidder i borgerservice om mandagen."),  # own
        (SpouseWorkRecognizer, "Hendes mand sidder i bussen om morgenen."),  # no workplace
    ],
)
def test_own_children_retreats_and_desks_are_not(recognizer: type[Recognizer], text: str) -> None:
    assert quotes(recognizer, text) == []


# stop 32: a routine told beside "uden for kontortid" (private time); a child's sport in a
# relative clause with its team and ground
@pytest.mark.parametrize(
    ("recognizer", "text", "quote"),
    [
        (RoutineRecognizer, "Vil I fange ham uden for kontortid, så løber han i parken hver "
         "søndag kl. 8.", "løber han i parken hver søndag"),
        (ChildRecognizer, "Hun har en datter, der spiller håndbold på U13-holdet i Brøndby.",
         "har en datter, der spiller håndbold på U13-holdet i Brøndby"),
    ],
)  # fmt: skip
def test_off_hours_routines_and_a_childs_team(
    recognizer: type[Recognizer], text: str, quote: str
) -> None:
    assert quotes(recognizer, text) == [quote]


@pytest.mark.parametrize(
    ("recognizer", "text"),
    [
        # only the hours after "uden for" / "efter" are private time: telefontid stays the office's
        (RoutineRecognizer, "Efter kontortid er der lukket, men telefontid er hver mandag kl. 9."),
        (ChildRecognizer, "Jeg har en søn, der spiller fodbold på U11-holdet i Ry."),  # own
    ],
)
def test_office_hours_and_own_childs_team_are_not(recognizer: type[Recognizer], text: str) -> None:
    assert quotes(recognizer, text) == []


# stop 32: the car driven home told between the verb and "hjem"
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Du kører stadig den røde Fiat hjem ad Åvej hver dag kl. 16.",
         "kører stadig den røde Fiat hjem ad Åvej hver dag"),
        ("Hun cykler sin gamle Christiania hjem langs havnen hver aften.",
         "cykler sin gamle Christiania hjem langs havnen hver aften"),
        # stop 33: two adverbs before the car ("kører vel stadig den …")
        ("Du kører vel stadig den blå Golf hjem ad Åvej hver dag.",
         "kører vel stadig den blå Golf hjem ad Åvej hver dag"),
    ],
)  # fmt: skip
def test_the_car_or_bike_driven_home(text: str, quote: str) -> None:
    assert quotes(RoutineRecognizer, text) == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "Jeg kører min gamle Fiat hjem ad Åvej hver dag.",  # the writer's own
        "Han kørte den røde Fiat hjem fra værkstedet i går.",  # once
    ],
)
def test_own_or_one_drive_home_is_not(text: str) -> None:
    assert quotes(RoutineRecognizer, text) == []


# stop 33: the one seen doing it, the infinitive right after its pronoun
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Jeg ser dig lufte hunden i parken hver morgen.", "lufte hunden i parken hver morgen"),
        ("Vi har set ham løbe en tur rundt om søen hver aften.",
         "løbe en tur rundt om søen hver aften"),
    ],
)  # fmt: skip
def test_a_routine_seen(text: str, quote: str) -> None:
    assert quotes(RoutineRecognizer, text) == [quote]


@pytest.mark.parametrize(
    "text",
    ["Jeg plejer selv at løbe en tur hver aften.", "Jeg ser dig til mødet hver uge."],
)
def test_own_routine_or_a_meeting_seen_is_not(text: str) -> None:
    assert quotes(RoutineRecognizer, text) == []


# round 173 (privdata): a partner who teaches a class told with the word "klasse" before
# the school; near misses: the writer's own partner, a class with no workplace after it
POSITIVES_R173_PRIVDATA = [
    "Hendes mand underviser i 3. klasse på Vestre Skole",
    "Hans kone er lærer for 9. klasse på Egeskolen",
]
NEGATIVES_R173_PRIVDATA = [
    "Min kone underviser i 3. klasse på Vestre Skole.",
    "Hendes mand gik selv i 3. klasse dengang.",
]


@pytest.mark.parametrize("text", POSITIVES_R173_PRIVDATA)
def test_a_partner_teaching_a_class_r173_privdata(text: str) -> None:
    assert quotes(SpouseWorkRecognizer, text) == [text]  # the whole clause


@pytest.mark.parametrize("text", NEGATIVES_R173_PRIVDATA)
def test_own_partner_or_no_workplace_r173_privdata(text: str) -> None:
    assert quotes(SpouseWorkRecognizer, text) == []


# stop 33: always at the same place of leisure at an hour
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Hun sidder altid på den samme bodega ved torvet kl. 17.",
         "sidder altid på den samme bodega ved torvet kl. 17"),
        ("Han spiser altid på pizzeriaet kl. 12.", "spiser altid på pizzeriaet kl. 12"),
    ],
)  # fmt: skip
def test_always_at_a_venue_at_an_hour(text: str, quote: str) -> None:
    assert quotes(RoutineRecognizer, text) == [quote]


@pytest.mark.parametrize(
    "text",
    ["Jeg sidder altid på den samme café kl. 10.", "Vi ses på caféen kl. 10 i morgen."],
)
def test_own_or_one_visit_to_a_venue_is_not(text: str) -> None:
    assert quotes(RoutineRecognizer, text) == []


# stop 33: a sport with an adverb before "til", the ride home with "hver dag" before "hjem"
# and a time told before the half hour, which bus home and when
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Hans datter går jo til håndbold i hallen om onsdagen.",
         "går jo til håndbold i hallen om onsdagen"),
        ("Hun cykler hver dag hjem langs åen lidt over halv fem.",
         "cykler hver dag hjem langs åen lidt over halv fem"),
        ("Jeg ved, hvilken bus han tager hjem. 5'eren kl. 15.40.",
         "bus han tager hjem. 5'eren kl. 15.40"),
    ],
)  # fmt: skip
def test_sport_ride_and_bus_home(text: str, quote: str) -> None:
    assert quotes(RoutineRecognizer, text) == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "Jeg cykler hver dag hjem langs åen lidt over halv fem.",  # the writer's own
        "Hvilken bus tager jeg hjem? Den kører kl. 15.40.",  # the writer asks
        "Det tog fire uger over halv tid.",  # no clock
    ],
)
def test_own_ride_or_no_clock_is_not(text: str) -> None:
    assert quotes(RoutineRecognizer, text) == []


# round 183: someone's child seen at an activity in a place
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Jeg har set hans søn til håndbold i Ølstedhallen.",
         "hans søn til håndbold i Ølstedhallen"),
        ("Mødte dine piger til ridning på Egely rideskole.", "dine piger til ridning på Egely"),
    ],
)  # fmt: skip
def test_a_child_seen_at_an_activity_in_a_place(text: str, quote: str) -> None:
    assert quotes(ChildRecognizer, text) == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "Jeg så min datter til svømning i hallen.",  # the writer's own
        "Jeg så din datter til koncerten i går.",  # a time, not a place
        "Hans søn til håndbold i hallen er god.",  # nobody saw him there
    ],
)
def test_own_child_or_no_place_seen_is_not(text: str) -> None:
    assert quotes(ChildRecognizer, text) == []


# round 183: a spot of the institution's grounds between the child and the institution
def test_a_child_waiting_at_the_gate_of_a_named_kindergarten() -> None:
    text = "Din datter er så sød. Hun venter altid ved lågen til børnehaven på Kløvervej."
    assert quotes(ChildRecognizer, text) == [
        "datter er så sød. Hun venter altid ved lågen til børnehaven på Kløvervej"
    ]


def test_the_writer_waiting_at_the_gate_is_not() -> None:
    assert quotes(ChildRecognizer, "Jeg venter ved lågen til børnehaven på Kløvervej.") == []


# round 195: a child's school or after-school club placed by its street
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Hun har vist to drenge, der går i SFO på skolen ved Kløvervej.", True),
        ("Han har en datter der går i børnehave på Hybenvej.", True),
        ("Han har en datter der går i børnehave et sted i byen.", False),
    ],
)
def test_a_childs_institution_placed_by_its_street(text: str, found: bool) -> None:
    assert (quotes(ChildRecognizer, text) != []) is found


# round 199: someone's children, then where they go ("… de går i SFO'en på Bakkeskolen")
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Du har to søde drenge, har jeg hørt. De går på Lindeskolen, ikke?", True),
        ("Hun har en lille pige – hun går i SFO'en på Vestre Skole.", True),
        ("Mine børn går i skole på Mors.", False),  # the writer's own
    ],
)
def test_children_then_where_they_go(text: str, found: bool) -> None:
    assert (quotes(ChildRecognizer, text) != []) is found


@pytest.mark.parametrize(
    ("recognizer", "text", "quote"),
    [
        # stop 37: a child picked up (passive) at a named school's after-school care
        (
            ChildRecognizer,
            "Hans to drenge er søde, når de bliver hentet i SFO'en på Lyngskolen.",
            "to drenge er søde, når de bliver hentet i SFO'en på Lyngskolen",
        ),
        # stop 37: an adverb and small adjectives before the partner's own business
        (
            SpouseWorkRecognizer,
            "Hendes mand driver vist et lille bageri på Torvet.",
            "Hendes mand driver vist et lille bageri på",
        ),
    ],
)
def test_picked_up_children_and_partners_shops(
    recognizer: type[Recognizer], text: str, quote: str
) -> None:
    assert quotes(recognizer, text) == [quote]


@pytest.mark.parametrize(
    ("recognizer", "text"),
    [
        (ChildRecognizer, "Pakken bliver hentet i SFO'en på Lyngskolen i morgen."),
        (ChildRecognizer, "Min datter bliver hentet i SFO'en på Lyngskolen kl. 16."),
        (SpouseWorkRecognizer, "Min mand driver vist et lille bageri på Torvet."),
        (SpouseWorkRecognizer, "Hans kone har en fin lille hund på Torvet."),
    ],
)
def test_own_pickups_parcels_and_pets_are_not(recognizer: type[Recognizer], text: str) -> None:
    assert quotes(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # stop 38: hedges between "har" and the child ("har vist", "har jo selv")
        ("Hun har vist to søde drenge på Kildeskolen.", "har vist to søde drenge på Kildeskolen"),
        ("Han har jo selv en datter i 4.b", "har jo selv en datter i 4.b"),
        ("Han har nok en søn, der går på Engskolen", "har nok en søn, der går på Engskolen"),
    ],
)
def test_a_hedged_child_at_a_named_school(text: str, quote: str) -> None:
    assert quote in quotes(ChildRecognizer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Jeg har vist to søde drenge, og de går ikke i skole endnu.",  # no school named
        "Han har jo selv prøvet at være ledig, siger han.",
    ],
)
def test_hedged_talk_without_a_childs_school_is_not(text: str) -> None:
    assert quotes(ChildRecognizer, text) == []


# round 279 threatA
# probe round 279 (threatA): a partner's or relative's new job begun at a workplace is as
# private as one held; the writer's own partner, or a course begun, stays out
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Din mand er netop begyndt på værkstedet i Ry", "Din mand er netop begyndt på værkstedet"),
        ("Hans kone startede på apoteket i Lemvig for nylig", "Hans kone startede på apoteket"),
    ],
)
def test_r279a_a_partners_new_job(text: str, quote: str) -> None:
    assert any(quote in q for q in quotes(SpouseWorkRecognizer, text))


@pytest.mark.parametrize(
    "text",
    [
        "Min kone er lige startet på sygehuset i Vejle.",
        "Hans kone er startet på et kursus i yoga.",
    ],
)
def test_r279a_own_partner_or_no_workplace_is_not(text: str) -> None:
    assert quotes(SpouseWorkRecognizer, text) == []


# round 287 (mine): "er" first, the owner's genitive, the partner and a trade before the place
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Sjovt nok er teamleder Bo Lunds kone skoleleder på Kirkebakkeskolen.",
         "Lunds kone skoleleder på Kirkebakkeskolen"),
        ("Og i dag er Holms mand sygeplejerske på Regionshospitalet.",
         "Holms mand sygeplejerske på Regionshospitalet"),
    ],
)  # fmt: skip
def test_r287_partners_trade_with_the_verb_first(text: str, quote: str) -> None:
    assert any(quote in q for q in quotes(SpouseWorkRecognizer, text))


@pytest.mark.parametrize(
    "text",
    [
        "Nu er Bo Lunds kone på ferie i Spanien.",
        "Om lidt er min kone skoleleder på Kirkebakkeskolen.",
    ],
)
def test_r287_partner_away_or_own_partner_is_not(text: str) -> None:
    assert quotes(SpouseWorkRecognizer, text) == []


# round 293 threatA: the child's match, or a practice with the children, placed
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Jeg så hende ved hendes datters håndboldkamp i Vejen.",
         "hendes datters håndboldkamp i Vejen"),
        ("Man kan finde Bo Lunds løbetræning med pigerne på Ådalen.",
         "lunds løbetræning med pigerne på ådalen"),
    ],
)  # fmt: skip
def test_r293a_a_game_with_the_child_placed(text: str, quote: str) -> None:
    assert any(quote.lower() in q.lower() for q in quotes(ChildRecognizer, text))


@pytest.mark.parametrize(
    "text",
    [
        "Jeg skal til min søns fodboldkamp i Hammel på søndag.",
        "Han snakkede om sin fodboldtræning med drengene hele mødet.",
    ],
)
def test_r293a_own_game_or_no_place_is_not(text: str) -> None:
    assert quotes(ChildRecognizer, text) == []


# round 293 (mine): an hour said roughly ("lidt over tre"), a child fetched in the passive,
# and two adverbs before a club night ("går vel stadig til svømning om tirsdagen")
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Dine drenge bliver hentet ved lågen til Bøgely lidt over tre.",
         "bliver hentet ved lågen til Bøgely lidt over tre"),
        ("Din søn går vel stadig til håndbold i hallen om torsdagen?",
         "går vel stadig til håndbold i hallen om torsdagen"),
    ],
)  # fmt: skip
def test_r293_rough_hour_passive_pickup_and_club_night(text: str, quote: str) -> None:
    assert any(quote in q for q in quotes(RoutineRecognizer, text))


@pytest.mark.parametrize(
    "text",
    [
        "Jeg har ventet lidt over tre uger på svar.",
        "Pakken bliver hentet i morgen af posten.",
    ],
)
def test_r293_weeks_waited_or_a_parcel_fetched_is_no_routine(text: str) -> None:
    assert quotes(RoutineRecognizer, text) == []


# round 307 threatB
@pytest.mark.parametrize(
    ("recognizer", "text", "quote"),
    [
        (SpouseWorkRecognizer, "Hans kone har morgenvagten i Rema på Havnevej.",
         "Hans kone har morgenvagten i Rema"),
        (SpouseWorkRecognizer, "Holms mand har aftensvagt på plejehjemmet i Ry.",
         "Holms mand har aftensvagt på plejehjemmet"),
        (ChildRecognizer, "Hun har to drenge. Jeg har set dem gå ind på Lyngskolen om morgenen.",
         "set dem gå ind på Lyngskolen"),
        (ChildRecognizer, "Han har en søn. Jeg så ham gå ud på Bakkeskolen i Ry kl. 14.",
         "så ham gå ud på Bakkeskolen"),
        (RoutineRecognizer, "Hun tager altid linje 12 hjem ved 16.10 fra stationen.",
         "tager altid linje 12 hjem ved 16.10"),
        (RoutineRecognizer, "Han tager bus 5A fra Torvet kl. 7 hver morgen.",
         "tager bus 5A fra Torvet kl. 7"),
    ],
)  # fmt: skip
def test_r307_shift_school_entered_and_numbered_bus(
    recognizer: type[Recognizer], text: str, quote: str
) -> None:
    assert any(quote in q for q in quotes(recognizer, text))


@pytest.mark.parametrize(
    ("recognizer", "text"),
    [
        (SpouseWorkRecognizer, "Min kone har morgenvagten i Rema på Havnevej."),
        (SpouseWorkRecognizer, "Jeg har aftensvagt på plejehjemmet i Ry."),
        (ChildRecognizer, "Min søn er syg. Jeg har set ham gå ind på Lyngskolen i dag."),
        (ChildRecognizer, "Jeg har set dem gå ind på rådhuset."),
        (RoutineRecognizer, "Jeg tager bus 5A hjem ved 16.10 hver dag."),
        (RoutineRecognizer, "Mødet sluttede ved 16.10, og jeg tog bussen."),
    ],
)  # fmt: skip
def test_r307_own_shift_own_child_own_bus_are_no_private_life(
    recognizer: type[Recognizer], text: str
) -> None:
    assert quotes(recognizer, text) == []


# round 323 threatB
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Hans mand har lukkevagt i Bilka på Ringvej.", "Hans mand har lukkevagt i Bilka"),
        ("Holms kone har åbnevagt i Rema ved stationen.", "Holms kone har åbnevagt i Rema"),
    ],
)
def test_r323b_closing_or_opening_shift_of_kin(text: str, quote: str) -> None:
    assert any(quote in q for q in quotes(SpouseWorkRecognizer, text))


@pytest.mark.parametrize(
    "text",
    [
        "Min kone har lukkevagt i Bilka på Ringvej.",
        "Jeg har åbnevagt i Rema ved stationen hver lørdag.",
    ],
)
def test_r323b_own_closing_shift_is_no_private_life(text: str) -> None:
    assert quotes(SpouseWorkRecognizer, text) == []


# round 329 threatA: a child fetched or brought, seen by the writer, the infinitive after the
# one seen ("har set ham aflevere sin datter i Myretuen kl. 8")
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Jeg har set ham aflevere sin datter i Myretuen kl. 8.",
         "aflevere sin datter i Myretuen kl. 8"),
        ("Vi har tit set hende hente hendes søn i Bikuben klokken 15.",
         "hente hendes søn i Bikuben klokken 15"),
    ],
)  # fmt: skip
def test_r329a_child_fetched_seen_at_an_hour(text: str, quote: str) -> None:
    assert quotes(RoutineRecognizer, text) == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "Jeg skal hente min søn i Myretuen kl. 16, så mødet må slutte før.",
        "Kan du hente min datter i Bikuben kl. 15, hvis jeg ikke når det?",
    ],
)
def test_r329a_own_child_fetched_is_no_private_life(text: str) -> None:
    assert quotes(RoutineRecognizer, text) == []
