"""Photos and films of a person in private life — not of letters, meetings or one's own."""

from __future__ import annotations

import pytest

from borgerpost.detect.pii.media import PrivateMediaRecognizer
from tests.detect.pii.conftest import quotes

POSITIVES = [
    # probe round 50: the setting after a relative clause that tells who took it
    (
        "et billede af jeres konsulent fra Ungeindsatsen, som jeg tog i svømmehallen i søndags",
        "billede af jeres konsulent fra Ungeindsatsen, som jeg tog i svømmehallen",
    ),
    # a picture pointed at, the person in it at a private occasion
    (
        "Se billedet her er Per Storm fra jobcentret fuld til sin datters konfirmation.",
        "her er Per Storm fra jobcentret fuld til sin datters konfirmation",
    ),
    ("Se billedet af hende på stranden i går.", "billedet af hende på stranden"),
    ("Der er en video med Søren Kvist i Netto.", "video med Søren Kvist i Netto"),
    ("Vi har fotograferet ham uden for hans hus", "fotograferet ham uden for hans hus"),
    ("hun tog billeder af chefen med sin familie", "tog billeder af chefen med sin familie"),
    ("nogen har filmet Birgitte Lyng i fitnesscentret", "filmet Birgitte Lyng i fitnesscentret"),
    ("Her er fotos af ham hjemme hos sin mor", "fotos af ham hjemme"),
    ("et foto af Sara K. og hendes mand i Bilka", "foto af Sara K. og hendes mand"),
    ("billeder af ham fra hans søns konfirmation", "billeder af ham fra hans søns konfirmation"),
    # the family pictured with the person, wherever it was
    (
        "et billede af Dorte Vinkel og hendes unger i Legoland",
        "billede af Dorte Vinkel og hendes unger",
    ),
    ("video af ham med hans datter på legepladsen", "video af ham med hans datter"),
    # the home, car or family of a person named in the genitive
    ("Jeg har taget et billede af Torbens hus i går.", "taget et billede af Torbens hus"),
    ("Her er et foto af Idas nye bil", "foto af Idas nye bil"),
    ("billeder af ham og børnebørnene i parken", "billeder af ham og børnebørnene"),
    # a relative clause between the picture and the person
    ("det billede jeg tog af Ulla på stranden", "billede jeg tog af Ulla på stranden"),
    # "billedet her af …", at a relative's wedding, a first name before the genitive owner,
    # the person's private pictures
    (
        "se videoen her af Rikke Dam til sin søsters fødselsdag",
        "videoen her af Rikke Dam til sin søsters fødselsdag",
    ),
    ("jeg lagde et foto af Karl Holms hus på nettet", "foto af Karl Holms hus"),
    ("Her er hendes private billeder fra ferien", "hendes private billeder"),
    (
        "Mødte Kis Holm fra jobcentret på stranden, billede vedhæftet",
        "Mødte Kis Holm fra jobcentret på stranden",
    ),
    # seen off work, with a picture shown
    (
        "Gæt hvem vi spottede på Skagen Camping i går 📷 ham fra jobcentret",
        "Gæt hvem vi spottede på Skagen Camping",
    ),
    (
        "Se lige hvem jeg mødte i Bilka, billedet er i kommentarerne",
        "Se lige hvem jeg mødte i Bilka",
    ),
    # a caption after the picture word and a pointer
    ("Se billedet 👇 Rikke Holm i Netto med sine børn", "billedet 👇 Rikke Holm i Netto"),
    # a comma before the relative clause of who took it
    (
        "Her er et billede, jeg tog af Per Storm og hans kone i Netto.",
        "billede, jeg tog af Per Storm og hans kone",
    ),
    # a few words of place and time between the person and the private setting
    (
        "Billede: Per Storm på Bryggen i går med sin kone.",
        "Billede: Per Storm på Bryggen i går med sin kone",
    ),
    # a film that shows where someone lives
    (
        "En video hvor man kan se hans ansigt og hvor han bor",
        "video hvor man kan se hans ansigt og hvor han bor",
    ),
    ("Videoen: Jens fra Fleksjob på stranden i går", "Videoen: Jens fra Fleksjob på stranden"),
]
NEGATIVES = [
    "et billede af min søn fra efterskolen, som jeg tog i svømmehallen i søndags",
    "Her er Per Storm til mødet i jobcentret, se billedet.",  # at work
    "Jeg sender et billede af afgørelsen, så I kan se datoen.",
    "Her er et billede af mig på stranden, så I kan se, at jeg ikke kan gå.",
    "Jeg har en video af min søn i svømmehallen.",
    "Vi filmede mødet på jobcentret med tilladelse.",
    "Billedet af brevet er uskarpt.",
    "Jeg har taget billeder af skaderne i min lejlighed.",
    "Her er et billede af min søn fra hans konfirmation.",
    "Jeg sender et foto af mig og mine børn, så I kan se, hvem vi er.",
    "Her er et billede af hans hus efter stormen.",  # no one named: left to the context
    "Jeg vedlægger billeder af skadernes omfang.",
    "Her er billedet, jeg tog af min søn på stranden.",
    "Vores private billeder kommer ikke jer ved.",
    "Så er der billeder fra festen i Netto i morgen.",  # "så" opens the sentence, no one seen
    "Så mig selv i Bilka i går, her er billedet.",  # the writer
    "Se lige hvem jeg mødte på stranden i dag, min gamle lærer!",  # no picture shown
    "Jeg sender mine private fotos af skaderne, hvis I vil se dem.",
    "Se billedet 👇 Jobcentret i weekenden, helt tomt.",  # a building, not a person
    "Se billedet: mig og min mand på stranden.",  # the writer's own
    "Billede: vores afdeling på jobcentret i går med sin nye leder.",  # a workplace
    "Videoen viser, hvor de bor i Syrien, min familie.",  # the writer's family
]


@pytest.mark.parametrize(("text", "quote"), POSITIVES)
def test_pictures_from_private_life_are_found(text: str, quote: str) -> None:
    assert quotes(PrivateMediaRecognizer, text) == [quote]


@pytest.mark.parametrize("text", NEGATIVES)
def test_documents_meetings_and_own_pictures_are_not(text: str) -> None:
    assert quotes(PrivateMediaRecognizer, text) == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a quoted name, a verb's particle before "af", an indefinite occasion
        (
            "Her er billeder af 'Lone Bech' fra hendes ferie på Kreta.",
            "billeder af 'Lone Bech' fra hendes ferie",
        ),
        (
            "Nogen har lagt et foto op af Kim Vad og hans kone fra en havefest.",
            "foto op af Kim Vad og hans kone",
        ),
        (
            "Hun har lagt en video ud af Ole Krag fra et bryllup i Vejle.",
            "video ud af Ole Krag fra et bryllup",
        ),
        ("Se billedet af Eva Bro til en koncert i lørdags", "billedet af Eva Bro til en koncert"),
        # a notice without disapproval, or disapproval without a notice, is no report
        (
            "Jeg vil gøre jer opmærksom på at her er et billede af Eva Bro på stranden.",
            "billede af Eva Bro på stranden",
        ),
        (
            "Det er ikke i orden, men her er billedet af Eva Bro på stranden.",
            "billedet af Eva Bro på stranden",
        ),
        # an English photo link shows the picture (probe round 59)
        (
            "Her er Eva Bro til Skanderborg Festival 🍺 facebook.com/photo/1234 del den",
            "Her er Eva Bro til Skanderborg Festival",
        ),
        # the picture's setting told after the person, past a comma (probe round 61)
        (
            "Her er et foto af Eva Bro, som jeg tog ude foran hendes hus i søndags.",
            "foto af Eva Bro, som jeg tog ude foran hendes hus",
        ),
        (
            "Se billedet af Kim, taget henne ved hans villa.",
            "billedet af Kim, taget henne ved hans villa",
        ),
        # a picture's person named, then where it was taken (probe round 69)
        (
            "Kan I se hvem det er? Det er Eva Bro fra kontanthjælpen, taget til hendes datters "
            "konfirmation. Billedet ligger nedenfor.",
            "Det er Eva Bro fra kontanthjælpen, taget til hendes datters konfirmation",
        ),
        ("Her er Kim, taget på stranden i Hornbæk. Se billedet.", "Her er Kim, taget på stranden"),
        # a caption's telegraphic line: the person by the workplace, then the occasion
        # (probe round 72)
        (
            "Se lige her 📸 Eva Bro fra Fleksjob til julefrokost på kroen. Billedet er fra i går.",
            "Eva Bro fra Fleksjob til julefrokost",
        ),
        # who was there, doing what, at a place of leisure (probe round 74)
        (
            "Gæt hvem der sad og sang karaoke på bodegaen i nat 🎤 Kim Vad. Videoen følger.",
            "Gæt hvem der sad og sang karaoke på bodegaen",
        ),
        (
            "Se lige hvem der dansede på bordene på Strandcaféen 😂 billedet er i tråden",
            "Se lige hvem der dansede på bordene på Strandcaféen",
        ),
    ],
)
def test_more_pictures_from_private_life(text: str, quote: str) -> None:
    assert quotes(PrivateMediaRecognizer, text) == [quote]


@pytest.mark.parametrize(
    "text",
    [
        # a citizen reporting someone else's post to the jobcentre shares nothing
        "Jeg vil gøre jer opmærksom på, at der i en gruppe ligger et foto af Eva Bro foran "
        "hendes hus. Det er over stregen, og I bør anmelde det.",
        "Til jeres orientering: nogen har delt en video af Kim Vad med hans børn i parken. "
        "Jeg håber, I får den fjernet.",
        "Jeg har lagt et billede op af mig og min mand fra en fest.",  # the writer's own
        "Her er et billede af min datter, taget ude foran hendes skole.",
        "Her er et billede af skaden, taget foran jobcentret i går.",
        "Det er mig, taget til min søsters bryllup. Billedet er fra i sommer.",
        "Det er Kim, taget ud af sagen i går, står der på billedet af brevet.",
        "Jeg sender et billede af min erklæring. Eva Bro fra Fleksjob har sagt god for den.",
        # who sat at the counter at work; who sat at the café, with no picture shown
        "Se lige hvem der sad i skranken på jobcentret i dag. Billedet er fra mødet.",
        "Gæt hvem der sad på caféen i går og ventede på mig – min gamle lærer!",
    ],
)
def test_reports_and_own_pictures_are_not(text: str) -> None:
    assert quotes(PrivateMediaRecognizer, text) == []


# stop 29: "taget i hendes egen have": an adjective of ownership before the private setting
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Her er et billede af Bo Hald, taget i hans nye sommerhus ved Løkken.",
         "billede af Bo Hald, taget i hans nye sommerhus"),
        ("Billede af Ib fra Fleksjob, taget i hendes egen have i går",
         "Billede af Ib fra Fleksjob, taget i hendes egen have"),
    ],
)  # fmt: skip
def test_a_picture_taken_in_someones_own_home(text: str, quote: str) -> None:
    assert quotes(PrivateMediaRecognizer, text) == [quote]


def test_a_picture_of_the_writers_own_son_in_his_own_garden_is_not() -> None:
    text = "Her er et billede af min søn, taget i hans egen have."
    assert quotes(PrivateMediaRecognizer, text) == []


def test_a_pronoun_for_the_one_just_found_on_instagram() -> None:
    text = "Fandt Bo Hald på Instagram, her er ham i badebukser på Kreta med konen."
    # (stop 31: the swimwear alone is a private setting, so the evidence ends there)
    assert quotes(PrivateMediaRecognizer, text) == ["her er ham i badebukser"]


def test_a_pronoun_without_a_picture_is_not() -> None:
    assert quotes(PrivateMediaRecognizer, "Her er ham i Netto hver lørdag med konen.") == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Billede af Bo Hald til sin datters håndboldkamp i lørdags 📸",
         "Billede af Bo Hald til sin datters håndboldkamp"),
        ("Fandt Bo Hald fra jobcentret på stranden ved Løkken. Billede i kommentarerne.",
         "Fandt Bo Hald fra jobcentret på stranden"),
    ],
)  # fmt: skip
def test_a_childs_match_and_one_found_at_the_beach(text: str, quote: str) -> None:
    assert quotes(PrivateMediaRecognizer, text) == [quote]


# stop 30: the harbour is a place of leisure ("sad og drak rosé på havnen"); without a
# picture shown, or when the one seen is the writer, nothing
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Se lige hvem der sad og drak øl på havnen i går 📸 Det er hende fra kontanthjælp.",
         "Se lige hvem der sad og drak øl på havnen"),
        ("Se lige hvem der stod på havnefronten i lørdags, billede i kommentarerne.",
         "Se lige hvem der stod på havnefronten"),
    ],
)  # fmt: skip
def test_seen_at_the_harbour_with_a_picture(text: str, quote: str) -> None:
    assert quotes(PrivateMediaRecognizer, text) == [quote]


def test_the_harbour_without_a_picture_is_not() -> None:
    text = "Se lige hvem der sad på havnen i går. Det var mig!"
    assert quotes(PrivateMediaRecognizer, text) == []


def test_seen_with_no_seer_said() -> None:
    """stop 30: "Så lige X fra jobcentret nede i svømmehallen …", a picture shown."""
    text = "Så lige Bo Hald fra jobcentret nede i svømmehallen i søndags 😂 billede i tråden."
    quote = "Så lige Bo Hald fra jobcentret nede i svømmehallen"
    assert quotes(PrivateMediaRecognizer, text) == [quote]


def test_a_film_seen_is_not() -> None:
    assert quotes(PrivateMediaRecognizer, "Så lige en film i biografen, billede nedenfor.") == []


def test_a_named_person_then_a_place_of_leisure() -> None:
    """stop 30: "Det er X, fuld … på Bodega Y" with a picture shown."""
    text = "Kan I se billedet? Det er Bo Hald, fuld som en allike på Bodega Stjernen i går."
    assert quotes(PrivateMediaRecognizer, text) == ["Det er Bo Hald, fuld som en allike på Bodega"]


def test_a_named_person_at_a_course_is_at_work() -> None:
    text = "Det er Bo Hald fra jobcentret på kurset i Vejle, billede nedenfor."
    assert quotes(PrivateMediaRecognizer, text) == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # stop 31: dressed for the beach or for bed; seen at a theme park or a zoo
        ("Her er et foto af Bo Hald i badetøj, ha ha.", "foto af Bo Hald i badetøj"),
        ("Se lige hvem vi mødte i Legoland 📸 hele billedet i tråden.",
         "Se lige hvem vi mødte i Legoland"),
    ],
)  # fmt: skip
def test_swimwear_and_theme_parks_are_private_life(text: str, quote: str) -> None:
    assert quotes(PrivateMediaRecognizer, text) == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "Her er et billede af min datter i badedragt fra stævnet.",  # the writer's own child
        "Se lige hvem vi mødte i Legoland! Det var min gamle lærer.",  # no picture
    ],
)
def test_own_swimwear_and_a_theme_park_without_a_picture_are_not(text: str) -> None:
    assert quotes(PrivateMediaRecognizer, text) == []


def test_a_comma_before_who_was_seen() -> None:
    """stop 31: "Se lige, hvem jeg mødte i Bilka …", a picture shown."""
    text = "Se lige, hvem jeg mødte i Netto i går 📸 billedet er i tråden."
    assert quotes(PrivateMediaRecognizer, text) == ["Se lige, hvem jeg mødte i Netto"]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # stop 32: a picture taken at someone's own gym or club
        ("Et billede af Kaj Bro, taget i hans fitnesscenter i går.",
         "billede af Kaj Bro, taget i hans fitnesscenter"),
        ("Her er en video af Ulla Nør i hendes tennisklub.",
         "video af Ulla Nør i hendes tennisklub"),
    ],
)  # fmt: skip
def test_a_picture_at_someones_own_gym_or_club(text: str, quote: str) -> None:
    assert quotes(PrivateMediaRecognizer, text) == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "Her er et billede af mig, taget i mit fitnesscenter i går.",  # the writer's own
        "Et billede af hans fitnesscenter hang på opslagstavlen.",  # the place, no person
    ],
)
def test_own_gym_pictures_and_a_gym_alone_are_not(text: str) -> None:
    assert quotes(PrivateMediaRecognizer, text) == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # stop 32: a caption telling what the person does off work
        ("Foto fra lørdag: sagsbehandler Bent Holt, der fester på Café Ankeret.",
         "Foto fra lørdag: sagsbehandler Bent Holt, der fester på Café"),
    ],
)  # fmt: skip
def test_a_caption_of_someone_off_duty(text: str, quote: str) -> None:
    assert quotes(PrivateMediaRecognizer, text) == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "Billede fra i går: mig selv, der shopper på Strøget.",  # the writer
        "Billede fra mødet: Bent Holt, der fremlægger planen på rådhuset.",  # at work
    ],
)
def test_a_caption_of_oneself_or_of_work_is_not(text: str) -> None:
    assert quotes(PrivateMediaRecognizer, text) == []


# stop 33: the picture's person, then when it was taken, off work
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Jeg tog et billede af Bodil Kragh, mens hun sad og drak kaffe på havnen.",
         "billede af Bodil Kragh, mens hun sad og drak kaffe på havnen"),
        ("Her er en video af ham, da han stod i kø i Bilka med sin søn.",
         "video af ham, da han stod i kø i Bilka"),
    ],
)  # fmt: skip
def test_a_picture_taken_while_off_work(text: str, quote: str) -> None:
    assert quotes(PrivateMediaRecognizer, text) == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "Her er et billede af min søn, da han legede på stranden.",  # the writer's own
        "Jeg tog et billede af brevet, da jeg var i Netto.",  # a letter, the writer there
    ],
)
def test_own_pictures_taken_while_out_are_not(text: str) -> None:
    assert quotes(PrivateMediaRecognizer, text) == []


# round 173 (privdata): the readers' own title in scare quotes before the name of one seen
# off work; the person's unit, then the name in apposition between commas, then the setting
POSITIVES_R173_PRIVDATA = [
    "Mødte jeres 'jobkonsulent' Ulla Brandt i Føtex i går. Billedet ligger her.",
    "Så din søde sagsbehandler Ib Lind på stranden – foto følger.",
    "Et billede af ham fra Ydelse, Ib Lind, til sin datters bryllup i juni.",
    "Et foto af hende fra kontanthjælp, Ulla Brandt, i haven med sine børn.",
]
NEGATIVES_R173_PRIVDATA = [
    "Så jeres 'jobkonsulent' Ulla Brandt i Føtex i går, og vi hilste pænt.",  # no picture
    "Et billede af ham fra Ydelse, Ib Lind, på kurset i Vejle.",  # at work
]


@pytest.mark.parametrize("text", POSITIVES_R173_PRIVDATA)
def test_a_titled_or_apposed_person_pictured_r173_privdata(text: str) -> None:
    assert quotes(PrivateMediaRecognizer, text) != []


@pytest.mark.parametrize("text", NEGATIVES_R173_PRIVDATA)
def test_no_picture_or_one_at_work_r173_privdata(text: str) -> None:
    assert quotes(PrivateMediaRecognizer, text) == []


# round 195: a person pictured with spouse and children, no possessive before them
@pytest.mark.parametrize(
    ("text", "pictured"),
    [
        ("Se lige dette foto af Ole Bager med kone og børn i Legoland.", True),
        ("Et billede af Hanne fra Fleksjob med manden og ungerne på stranden.", True),
        ("Her er et billede af min bror med kone og børn.", False),  # the writer's own family
    ],
)
def test_pictured_with_spouse_and_children(text: str, pictured: bool) -> None:
    assert (quotes(PrivateMediaRecognizer, text) != []) is pictured


# round 199: "se lige, hvem der handler i Bilka …" shows who was seen shopping
@pytest.mark.parametrize(
    ("text", "pictured"),
    [
        ("Se lige hvem der handler i Føtex lørdag formiddag 📸 Hanne fra Fleksjob.", True),
        ("Se lige, hvem der shopper i Netto med hele familien: Ib Holm 📸", True),
        ("Se lige hvem der har ret: priserne i Netto er steget.", False),
    ],
)
def test_who_was_seen_shopping(text: str, pictured: bool) -> None:
    assert (quotes(PrivateMediaRecognizer, text) != []) is pictured


# round 263 critpriv
# A picture of a named person in a named hall or gym of free time ("i Vestby Svømmehal"), or
# with the children counted ("med sine to piger"); the writer's own family, the writer, or a
# letter's pages are none.
@pytest.mark.parametrize(
    ("text", "pictured"),
    [
        ("Et billede af Per Storm i Vestby Svømmehal søndag med hans tre børn [foto].", True),
        ("Her er et foto af Sofie Holm med sine to piger i Nordby Fitness.", True),
        ("Jeg har et billede af Jakob Bøgh med hendes to unger fra juleafslutningen.", True),
        ("Her er et billede af min søn med sine to drenge på stranden.", False),
        ("Et billede af mig i Vestby Svømmehal med mine to drenge.", False),
        ("Et billede af brevet fra jobcentret med sine to sider.", False),
    ],
)
def test_r263_named_leisure_hall_and_counted_children(text: str, pictured: bool) -> None:
    assert (quotes(PrivateMediaRecognizer, text) != []) is pictured


# round 293 (mine): a caption "her er X på stranden …" in a post that calls readers to tag or
# comment points at a picture, the word for it unsaid
@pytest.mark.parametrize(
    "text",
    [
        "Her er Bent Holt på stranden i Løkken med sin kone 😂 Tag ham gerne i kommentarerne.",
        "Her er Mette Lind på campingpladsen med børnene. Del gerne opslaget.",
    ],
)
def test_r293_a_caption_in_a_post_to_tag_or_share(text: str) -> None:
    assert quotes(PrivateMediaRecognizer, text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Her er Bent Holt på ferie til 1. juli. Skriv gerne en kommentar til ham.",
        "Her er Mette Lind på stranden i Løkken med sin kone.",
    ],
)
def test_r293_a_caption_without_a_picture_or_a_post_is_none(text: str) -> None:
    assert quotes(PrivateMediaRecognizer, text) == []
