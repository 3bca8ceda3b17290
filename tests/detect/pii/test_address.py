"""Danish street addresses and homes described by their street."""

from __future__ import annotations

import pytest

from borgerpost.detect.pii.address import AddressRecognizer
from tests.detect.pii.conftest import quotes

POSITIVES = [
    ("Han bor på Egernvej 14 i Søby.", "Egernvej 14"),
    ("adressen er Møllegade 3B, 2. tv", "Møllegade 3B, 2. tv"),
    ("Hun bor Rosenstien 7, 8800 Viborg", "Rosenstien 7, 8800 Viborg"),
    ("bor på Gammel Kongevej 120", "Gammel Kongevej 120"),
    ("Vester Allé 9 st. th", "Vester Allé 9 st. th"),
    ("Hun bor på Egernvej", "Egernvej"),
    ("huset for enden af Poppelstien er hans", "huset for enden af Poppelstien"),
    ("bor på Solbakken 4, 7100 Vejle", "Solbakken 4, 7100 Vejle"),
    ("Bоr på Egernvej 14", "Egernvej 14"),  # Cyrillic о
    ("Hun bor på Lindely 4 st. th.", "Lindely 4 st. th."),  # a street of any name
    ("han bor paa skovbrynet 3", "skovbrynet 3"),  # typed in lower case
    ("Hun bor ude ved Engdraget nu", "Engdraget"),  # a named place out by
    ("Han bor på 2. sal i opgang 7 på Birkevej", "Birkevej"),  # the street further on
    # a spot of a home before a street of any name and a number
    ("Hans bil står i indkørslen på Kildebakken 9 hver nat.", "Kildebakken 9"),
    ("Der er lagt et brev i postkassen ved Ravnsbjerg 21, 8260 Viby.", "Ravnsbjerg 21, 8260 Viby"),
    # where one lives described, and the house number
    ("Han bor lige overfor Brugsen i Gudum, nummer 12.", "lige overfor Brugsen i Gudum, nummer 12"),
    ("Hun bor i opgang 7, 3. th. i Vollsmose.", "i opgang 7, 3. th."),
    ("hun bor jo lige overfor i nr. 7", "lige overfor i nr. 7"),  # an adverb first
    # the house number before the street
    ("Hans hus er nr. 14 på Lærkevej, den med den røde dør.", "14 på Lærkevej"),
    # a street of any name and a number called an address
    ("Hans hjemmeadresse er Kløvermarken 17, hvis nogen vil vide det.", "Kløvermarken 17"),
    ("bopæl: Stenhøjgårdsparken 4, st. th.", "Stenhøjgårdsparken 4, st. th."),
    ("Hun bor vist på Skovbrynet 3, hvis nogen vil vide det.", "Skovbrynet 3"),  # an adverb
    # at home on a street of any name, with a number (probe round 84)
    ("Han sidder hjemme på Fasanbakken 12 hver eftermiddag.", "Fasanbakken 12"),
    ("hun er altid hjemme paa Kirkebrinken 4 om aftenen", "Kirkebrinken 4"),
    # a floor and a landmark, no street number
    ("Hun bor sammen med sin mand på 3. sal over bageren på Torvet.",
     "på 3. sal over bageren på Torvet"),
    ("Han boede på 1. sal ved siden af kiosken.", "på 1. sal ved siden af kiosken"),
    # a signature: the name on the line above is no part of the street, the next line's
    # "Tlf." no part of the town
    ("Mvh Inge Bruun\nSøndergade 5, 6700 Esbjerg\nTlf. 31 62 08 44",
     "Søndergade 5, 6700 Esbjerg"),
    # a housing block and a floor; a town and then a street without a number
    ("Hun bor i Gellerup, blok 4, 2. sal.", "i Gellerup, blok 4, 2. sal."),
    ("Han bor i Viby, Holmevej, det gule hus.", "Holmevej"),
    # a house told by sight, "lige"/"helt" before the landmark (probe round 55)
    ("hun bor jo i det gule hus lige overfor kirken", "det gule hus lige overfor kirken"),
    ("Han bor i den røde villa helt for enden af Mosevej.",
     "den røde villa helt for enden af Mosevej"),
    # a neighbourhood, not a town
    ("Hun bor vist i Vang-kvarteret, det hus med trampolinen.", "Vang-kvarteret"),
    ("han bor et sted i latinerkvarteret", "latinerkvarteret"),
]
NEGATIVES = [
    "Hun er hjemme på barsel 8 uger endnu.",  # leave, not a street
    "Jeg er hjemme på mandag 8 timer.",
    "Det er et roligt kvarter, hvor jeg bor.",  # no named neighbourhood
    "Han bor i et stille kvarter.",
    "Jeg har ventet i 14 uger.",
    "Der er ingen anden udvej end at klage.",
    "Jeg vil gerne have 2 møder.",
    "på vej 3 gange i dag",
    "Solbakken 4 gange",  # weak suffix without context
    "kære alle 3 medarbejdere",
    "vester allé 9",  # a lower-case two-word street is no name
    "Han bor på 3. sal.",
    "Jeg bor på hotel 5 dage, så send brevet senere.",
    "Vi bor på Lindely i 5 år nu.",
    "Hun bor ude ved skoven.",  # no name
    "Jeg bor i øjeblikket hos min mor på landet.",  # no street word
    "Bilen holdt i indkørslen hele weekenden, 2 dage.",  # no street
    "Adressen er ændret for 2 måneder siden.",  # no street and number
    "Hun bor i Gellerup og har nummer 7 i køen til en bolig.",  # no house number
    "Jeg var nr 2 i Bilka i dag.",  # a place in a queue, no street
    "Hun bor på 1. sal, så hun kan ikke bære kasserne op.",  # a floor alone says little
    "Mødet er på 3. sal over kantinen.",  # nobody lives there
    "Vi bor i Aarhus, men arbejder i Randers.",  # a town alone
]


@pytest.mark.parametrize(("text", "quote"), POSITIVES)
def test_addresses_are_found(text: str, quote: str) -> None:
    assert quotes(AddressRecognizer, text) == [quote]


@pytest.mark.parametrize("text", NEGATIVES)
def test_near_misses_are_not_addresses(text: str) -> None:
    assert quotes(AddressRecognizer, text) == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a home said to be someone's, then its street (probe round 63)
        (
            "Den fine lejlighed han har på Vesterbrogade ser dyr ud.",
            "lejlighed han har på Vesterbrogade",
        ),
        ("Det hus, som de har på Egevej, er gult.", "hus, som de har på Egevej"),
        # a home, then a street of any name with a number; an adjective before the colour
        ("Villaen på Skovbrynet 21 er til salg.", "Skovbrynet 21"),
        ("Hun bor i den store gule villa ved Mosevej.", "den store gule villa ved Mosevej"),
        # a home told by the house it faces or stands beside (probe round 65)
        (
            "De bor lige overfor min søster på Hasselvej 12.",
            "Hasselvej 12",
        ),
        ("Han bor ved siden af frisøren på Tranehøj 4.", "Tranehøj 4"),
        # "ovre i" a neighbourhood, with a house number (probe round 72)
        ("hun bor vist ovre i Hedelunden nr 12", "ovre i Hedelunden nr 12"),
        # the neighbours' street of a name ending in s, its genitive an apostrophe (round 79)
        ("Mon Niels Andreas' naboer på Kildevej ved det?", "Kildevej"),
        ("Lars Mathias' naboer i Poppelgade må undre sig.", "Poppelgade"),
        ("Lars Mathias naboer i Poppelgade må undre sig.", "Poppelgade"),
    ],
)
def test_homes_owned_and_homes_by_street_and_number(text: str, quote: str) -> None:
    assert quotes(AddressRecognizer, text) == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "Huset jeg har på Rævebakken er til salg.",  # the writer's own
        "Huset har en stor have ud mod vejen.",  # no street named
        "Villaen på billedet er fra 1920.",  # no street, no number
        "Hun bor overfor skolen, tæt på stationen.",  # no street and number
        "Mine naboer på Kildevangen er søde.",  # the writer's own neighbours
        "Hans' naboer på vejen larmer.",  # no street named
    ],
)
def test_own_homes_and_homes_without_a_street_are_not_addresses(text: str) -> None:
    assert quotes(AddressRecognizer, text) == []


# stop 29: a fixture of someone's home said to be theirs, then its street
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Flot ny garage du har fået ude på Kløvervænget.",
         "garage du har fået ude på Kløvervænget"),
        ("Den terrasse, han har bygget nede på Ahornvej, er flot.",
         "terrasse, han har bygget nede på Ahornvej"),
        ("Haven hun har anlagt på Storegade er byens flotteste.",
         "Haven hun har anlagt på Storegade"),
    ],
)  # fmt: skip
def test_a_fixture_of_someones_home_on_a_street(text: str, quote: str) -> None:
    assert quotes(AddressRecognizer, text) == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "Jeg har fået ny carport ude på Bøgevænget.",  # the writer's own
        "Den pool I har fået på Østergade, er til alle borgere.",  # the jobcentre's
        "Den have hun har fået på hospitalet, er en lille blomsterbuket.",  # no street
    ],
)
def test_own_fixtures_and_fixtures_without_a_street_are_not(text: str) -> None:
    assert quotes(AddressRecognizer, text) == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # stop 29: a name, a comma, then a street with a weak street word, as on an envelope
        ("Bo Rydahl, Tjørnehaven 8. Jeg har været der.", "Tjørnehaven 8"),
        ("Kirsten Lund, Egebakken 14", "Egebakken 14"),
    ],
)
def test_a_weak_street_word_after_a_name_and_comma(text: str, quote: str) -> None:
    assert quotes(AddressRecognizer, text) == [quote]


# stop 30: a car in someone's carport or garage on a street; a fixture someone "has out there"
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Den står i hans carport på Birkevænget 12 hver nat.", "Birkevænget 12"),
        ("Hendes bil holder i hendes garage på Poppelvej 3.", "Poppelvej 3"),
        ("Flot terrasse, du har derovre på Hybenvej.", "terrasse, du har derovre på Hybenvej"),
    ],
)
def test_carports_garages_and_fixtures_out_there(text: str, quote: str) -> None:
    assert quotes(AddressRecognizer, text) == [quote]


def test_a_fixture_in_a_picture_has_no_street() -> None:
    assert quotes(AddressRecognizer, "Pæn have, du har på billedet.") == []


# stop 31: the street someone goes home to is where they live; a square or a town is not
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Jeg gik bag ham hele vejen hjem til Egernstien i går.", "Egernstien"),
        ("Hun cykler hjem til Poppelvænget efter fyraften.", "Poppelvænget"),
    ],
)
def test_the_street_someone_goes_home_to(text: str, quote: str) -> None:
    assert quotes(AddressRecognizer, text) == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "Kom godt hjem til Aarhus.",  # a town
        "Så gik vi hjem til mormor.",  # a person, no street
        "hjem til vejen og videre",  # no capital: no street's name
    ],
)
def test_home_to_a_town_or_a_person_is_no_street(text: str) -> None:
    assert quotes(AddressRecognizer, text) == []


# stop 31: a car kept in the driveway of a named street, number or not; the writer's own car
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Den blå Polo holder i indkørslen på Egernstien hver aften.", "Egernstien"),
        ("Hans bil står i carporten ved Poppelvænget.", "Poppelvænget"),
    ],
)
def test_a_car_kept_in_a_driveway_on_a_street(text: str, quote: str) -> None:
    assert quotes(AddressRecognizer, text) == [quote]


def test_a_car_in_a_driveway_without_a_street_is_not() -> None:
    assert quotes(AddressRecognizer, "Bilen holder i indkørslen hele dagen.") == []


# round 183: a name, a dash, then a weak street word and its number, as on a pinned post
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Olga Vester – Pærehaven 12, Nordby.", "Pærehaven 12"),
        ("Bent Lykke - Skovhaven 3", "Skovhaven 3"),
    ],
)
def test_a_name_dash_and_a_weak_street(text: str, quote: str) -> None:
    assert quotes(AddressRecognizer, text) == [quote]


@pytest.mark.parametrize(
    "text",
    ["Vi spiste frokost – haven 2 timer efter.", "vi sad i haven – frugthaven 3 dage i træk"],
)
def test_a_dash_without_a_name_before_a_weak_street_word_is_not(text: str) -> None:
    assert quotes(AddressRecognizer, text) == []


# round 191: someone said to have a garden or a terrace, then where it is
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Du har en flot have ude på Hybenvej.", "Du har en flot have ude på Hybenvej"),
        ("Han har jo en stor terrasse nede på Granbakken.",
         "Han har jo en stor terrasse nede på Granbakken"),
    ],
)  # fmt: skip
def test_a_fixture_someone_has_then_its_street(text: str, quote: str) -> None:
    assert quotes(AddressRecognizer, text) == [quote]


@pytest.mark.parametrize(
    "text",
    ["Jeg har en flot have ude på Hybenvej.", "Han har en stor have i Frankrig."],
)
def test_own_fixture_or_no_street_is_not(text: str) -> None:
    assert quotes(AddressRecognizer, text) == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # stop 36: a holiday home on a street with a number is a private address too
        ("Hun holder ferie i sit sommerhus på Klitrosevej 9 hele juli.", "Klitrosevej 9"),
        ("De har et feriehus på Strandbakken 4 i Rørvig.", "Strandbakken 4"),
    ],
)
def test_a_holiday_home_on_a_street(text: str, quote: str) -> None:
    assert quotes(AddressRecognizer, text) == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "Vi lejede et sommerhus i Sverige i to uger.",  # no street, no number
        "Sommerhuset på billedet er fra 1960.",  # no street
    ],
)
def test_a_holiday_home_without_a_street_is_no_address(text: str) -> None:
    assert quotes(AddressRecognizer, text) == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # stop 37: a street named by the word alone, after a home said to be someone's
        ("Flot hus du har på Skrænten, det har jeg set.", "hus du har på Skrænten"),
        ("Den villa han har på Bakken 3 er stor.", "Bakken 3"),  # with its number
    ],
)
def test_a_bare_street_word_after_an_owned_home(text: str, quote: str) -> None:
    assert quotes(AddressRecognizer, text) == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "Flot hus du har på bakken, det har jeg set.",  # small: the hill, not a street
        "Vi bor i et hus på Bakken ved skoven.",  # no home said to be someone's
    ],
)
def test_a_bare_street_word_needs_an_owned_home_and_a_capital(text: str) -> None:
    assert quotes(AddressRecognizer, text) == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # stop 37: which house is someone's, told by its colour (neuter forms too)
        (
            "Alle i byen ved, hvilket gult hus med carport der er hans.",
            "hvilket gult hus med carport der er hans",
        ),
        ("Vi ved godt hvilken rød villa som er hendes.", "hvilken rød villa som er hendes"),
    ],
)
def test_which_house_is_theirs_by_sight(text: str, quote: str) -> None:
    assert quotes(AddressRecognizer, text) == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "Hvilket gult hus er det, der er til salg på hjørnet?",  # no owner said
        "Jeg ved ikke længere hvilket rødt hus der er mit.",  # the writer's own
    ],
)
def test_which_house_without_another_owner_is_no_address(text: str) -> None:
    assert quotes(AddressRecognizer, text) == []


# round 259 threatB
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a home had, told by sight, then where on its street
        (
            "Hun har en stor villa med udsigt over søen for enden af Kirkevej.",
            "en stor villa med udsigt over søen for enden af Kirkevej",
        ),
        (
            "Du har et lille rækkehus ved skoven på Bøgevej.",
            "et lille rækkehus ved skoven på Bøgevej",
        ),
        # had by a person named
        (
            "Per Storm har et gult hus helt nede for enden af Kirkestien.",
            "et gult hus helt nede for enden af Kirkestien",
        ),
    ],
)
def test_r259b_a_home_had_then_its_street(text: str, quote: str) -> None:
    assert quotes(AddressRecognizer, text) == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "Han har et hus ude ved skoven.",  # no street
        "Hun har et hus med have i skoven ved Lunden.",  # no street word with a strong suffix
        "Vi har et hus med udsigt over engen på Møllevej.",  # the writer's own: no owner read
    ],
)
def test_r259b_a_home_had_needs_a_street_and_another_owner(text: str) -> None:
    assert quotes(AddressRecognizer, text) == []
