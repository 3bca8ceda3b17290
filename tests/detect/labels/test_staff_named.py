"""The staff_named label: one finding, one evidence span per counting mention."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from borgerpost.detect.context import PipelineContext
from borgerpost.detect.pipeline import Pipeline
from borgerpost.register import parse_register
from tests.detect.labels.conftest import run
from tests.detect.labels.engine import triage

POSITIVES = [
    ("Jakob Bøgh er en inkompetent klovn.", ["Jakob Bøgh"]),
    ("Hej Sofie\n\nKan vi rykke mødet?", ["Sofie"]),
    ("Kjærsgaards afgørelse og LMV's brev er begge forkerte.", ["Kjærsgaards", "LMV's"]),
    ("S o f i e  H o l m  e r  d u m", ["S o f i e  H o l m"]),
]
NEGATIVES = [
    "Vi var på ferie i Lund.",
    "Min nabo Mohammad hjælper mig med brevene.",
    "Per og jeg er flyttet sammen.",
    "Jeg vil klage over afgørelsen.",
]


@pytest.mark.parametrize(("text", "quotes"), POSITIVES)
def test_staff_named_quotes_each_mention(
    context_a: PipelineContext, text: str, quotes: list[str]
) -> None:
    doc = run(context_a, text, "staff_named")
    (finding,) = doc.findings_for("staff_named")
    assert [e.quote for e in finding.evidence] == quotes
    assert all(e.reason.startswith("Nævner medarbejderen") for e in finding.evidence)
    assert 0.5 <= finding.score <= 1.0


@pytest.mark.parametrize("text", NEGATIVES)
def test_staff_named_is_not_given(context_a: PipelineContext, text: str) -> None:
    assert run(context_a, text, "staff_named").findings == []


def test_reason_names_the_member_and_the_form(context_a: PipelineContext) -> None:
    doc = run(context_a, "Anne-Mette Lund har svaret mig.", "staff_named")
    (ev,) = doc.evidence_for("staff_named")
    assert ev.reason == "Nævner medarbejderen Anne-Mette Lund (fulde navn)"


def test_results_are_shared_through_doc_data(context_a: PipelineContext) -> None:
    doc = run(context_a, "Hej Sofie", "staff_named")
    assert [m.member.name for m in doc.data["staff_mentions"]] == ["Sofie Holm"]  # type: ignore[attr-defined]


FRAGMENTS = st.sampled_from(
    ["Jakob", "Bøgh", "Sofie Holm", "LMV", "Per", "Storm", " ", "  ", ", ", ". ", "\n", "s", "-",
     "hej ", "min nabo ", "er ", "0", "\u200b", "а", "Kjærsgaard", "Anne-Mette", "i Lund "]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(FRAGMENTS, st.text(max_size=5)), max_size=12).map("".join))
def test_every_quote_is_the_raw_text(context_a: PipelineContext, text: str) -> None:
    doc = run(context_a, text, "staff_named")
    for ev in doc.evidence_for("staff_named"):
        assert doc.raw[ev.start : ev.end] == ev.quote
        assert ev.quote


# probe round 5: surnames that are adjectives or towns ("rask", "Thisted") name nobody alone
WORD_SURNAMES = """name,role,unit,aliases
Mette Rask,sagsbehandler,Sygedagpenge,
Jonas Thisted,jobkonsulent,Kontanthjælp,
"""


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Jeg er blevet rask og kan starte i praktik.", False),
        ("Min søster bor i Thisted, så jeg er væk en uge.", False),
        ("Hej Mette Rask, kan vi flytte mødet?", True),
        ("Sagsbehandler Thisted har ikke svaret på min mail.", True),
    ],
)
def test_word_and_town_surnames_need_context(text: str, named: bool) -> None:
    from borgerpost.detect.pipeline import Pipeline
    from borgerpost.register import parse_register

    engine = Pipeline.from_register(parse_register(WORD_SURNAMES))
    assert ("staff_named" in engine.run(text).labels) is named


# probe round 219 (r219_threats): a word surname after a verb of violence in the infinitive
# ("skal slå X ihjel") or with "å" typed as "a" (leet "sl4 X 1hj3l") is a person, but only with
# "ihjel" or "ned" after it: "slå X op" looks a word up
@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Nogen burde slå Rask ihjel for det her.", True),
        ("n0g3n sk4l sl4 R4sk 1hj3l", True),
        ("Kan man slå Rask op i ordbogen?", False),
        ("Jeg vil ikke slå Rask over, selv om det er svært.", False),
    ],
)
def test_word_surname_after_violence_in_the_infinitive(text: str, named: bool) -> None:
    from borgerpost.detect.pipeline import Pipeline
    from borgerpost.register import parse_register

    engine = Pipeline.from_register(parse_register(WORD_SURNAMES))
    assert ("staff_named" in engine.run(text).labels) is named


# stop 37: a short name misspelt by a vowel that sounds alike ("Størm" for Per Storm)
@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Ham Størm er sgu en idiot.", True),
        ("Jeg talte med Størm i går om min plan.", True),
        ("Der var storm i går, så bussen kom ikke.", False),  # the word, no capital
        ("Jeg talte med Stærm i går om min plan.", False),  # æ for o: no sound-alike
    ],
)
def test_a_vowel_that_sounds_alike(text: str, named: bool) -> None:
    assert ("staff_named" in triage(text, "a").labels) is named


# stop 37: a name given to a pet, a toy or a child is not the colleague of that name
@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Min datter har kaldt sin bamse Sofie. Hvornår kommer min udbetaling?", False),
        ("Vi døbte vores hvalp Sofie. Hvornår kommer min udbetaling?", False),
        ("Sofie ringede i går om min udbetaling.", True),
        ("Sofie har kaldt min søn doven.", True),
    ],
)
def test_a_name_given_to_a_pet_or_toy(text: str, named: bool) -> None:
    assert ("staff_named" in triage(text, "a").labels) is named


# stop 37: an emoji closes a vocative as a mark does ("…, Storm 😉 Du ved …")
@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Vi ses derude, Storm 😉 Du ved godt hvorfor.", True),
        ("Der kommer storm 🌧️ i aften, siger de.", False),  # the word, no comma before it
        ("Jeg så en film om en nasser 🙂 i går.", False),
    ],
)
def test_a_vocative_closed_by_an_emoji(text: str, named: bool) -> None:
    assert ("staff_named" in triage(text, "a").labels) is named


# round 267 privreq
# A surname that spells a dish from abroad needs the context of a person; a village named
# between a street's number and a postcode is the address's, not a person.
DISH_AND_VILLAGE_SURNAMES = """name,role,unit,aliases
Jane Curry,sagsbehandler,Kontanthjælp,
Ove Tirstrup,jobkonsulent,Fleksjob,
"""


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Hej Curry, kan vi flytte mødet?", True),
        ("Jane Curry har ikke svaret på min mail.", True),
        ("Jobkonsulent Tirstrup har lovet mig en praktik.", True),
        ("Du bor på Kirkevej 3, Tirstrup. Tænk over det.", True),
        ("Vi fik curry og ris til frokost på holdet i dag.", False),
        ("Curry til aftensmad igen 🙂", False),
        ("Jeg er flyttet. Ny adresse: Bygaden 12, Tirstrup, 8400 Ebeltoft.", False),
        ("Send venligst brevene til Kirkevej 3, Tirstrup, 8400 Ebeltoft fremover.", False),
    ],
)
def test_r267_dish_and_village_surnames(text: str, named: bool) -> None:
    from borgerpost.detect.pipeline import Pipeline
    from borgerpost.register import parse_register

    engine = Pipeline.from_register(parse_register(DISH_AND_VILLAGE_SURNAMES))
    assert ("staff_named" in engine.run(text).labels) is named


# round 271 privreq
# A surname that is a town after a holiday "ved" or a ride "fra" is the town; a person met
# there stays named. The eth of a Faroese or Icelandic name typed as "d" is the name. A
# pronoun placed at a jobcentre unit, then "og hedder X", names the one placed there.
@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Vi skal på camping ved Lund i næste uge.", False),
        ("Jeg cyklede hele vejen fra Vang i regnvejr.", False),
        ("Jeg havde en god snak med Lund i går.", True),
        ("Jeg fik et brev fra Storm i dag.", True),
        ("Han sidder ved skranken i Sygedagpenge hver tirsdag og hedder Kjærsgaard til "
         "efternavn.", True),
        ("Han sidder i skranken hver morgen og hedder Bøgh.", True),
        ("Min søster går i Ungeindsatsen hver torsdag og hedder Kjærsgaard.", False),
        ("Hunden løber i haven hver morgen og hedder Bøgh.", False),
    ],
)  # fmt: skip
def test_r271_privreq_places_and_placed_names(text: str, named: bool) -> None:
    assert ("staff_named" in triage(text, "a").labels) is named


_ETH_REGISTER = """name,role,unit,aliases
Guðrun Hjaltadóttir,sagsbehandler,Sygedagpenge,
Þórir Dalsgaard,jobkonsulent,Fleksjob,
"""


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Gudrun ringede til mig i går. Tak for hjælpen!", True),
        ("Thorir har lovet at sende papirerne.", True),
        ("Gudrun fra min strikkeklub har det godt.", False),
        ("Vi så en film om Thor i biografen.", False),
    ],
)
def test_r271_privreq_eth_and_thorn_typed_plainly(text: str, named: bool) -> None:
    pipeline = Pipeline.from_register(parse_register(_ETH_REGISTER))
    assert ("staff_named" in pipeline.run(text).labels) is named


# round 271 threatC
# "… sidder i <unit> og hedder X": the one so named works in a unit of the jobcentre, as with
# "der"/"som" between; a child at school or a neighbour at a shop is someone else.
@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Han arbejder på Ressourceforløb og hedder Mohammad.", True),
        ("Den nye sidder i Jobafklaring og hedder Sofie, hvis nogen spørger.", True),
        ("Min datter går i skole og hedder Sofie.", False),
        ("Min nabo arbejder i Netto og hedder Sofie.", False),
    ],
)
def test_r271c_placed_in_a_unit_and_named(text: str, named: bool) -> None:
    assert ("staff_named" in triage(text, "a").labels) is named


# round 279 priv
# A surname right after "min praktikvært var", "arbejdsgiveren er" names the firm one is placed
# at, not the caseworker who shares the name; a staff title before it names the staff member.
@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Heldigvis blev min praktikplads Storm, et tømrerfirma i Vejle.", False),
        ("Arbejdsgiveren er Holm, et VVS-firma i Odense, siger kontrakten.", False),
        ("Min sagsbehandler var Storm, og han var sød.", True),
        ("Per Storm sagde, at min praktikvært var tilfreds.", True),
    ],
)
def test_r279_priv_employer_named_after_is(text: str, named: bool) -> None:
    assert ("staff_named" in triage(text, "a").labels) is named


# round 287 reqnames
_R287_REGISTER = """name,role,unit,aliases
Okay Demirtaş,sagsbehandler,Kontanthjælp,
Birgitte Vorgod,jobkonsulent,Fleksjob,
Selma Kaplan,socialrådgiver,Sygedagpenge,
"""


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # a reply word that is also the name opens the writer's own clause
        ("Okay, jeg har forstået det. Jeg sender papirerne i morgen.", False),
        ("Ok, så venter jeg bare på brevet.", False),
        ("Okay, du må gerne ringe til mig i morgen.", True),
        ("Tak til Okay for hjælpen i går.", True),
        # a goodbye said to the person
        ("Jeg ville bare sige farvel til Okay, han har været god ved mig.", True),
        ("Vi sagde farvel til okay vejr og goddag til regnen.", False),
        # close by a town, or nature behind one
        ("Min datter går på en efterskole tæt ved Vorgod.", False),
        ("Hvis nogen bor tæt på Vorgod, så sig til hende, at hun skal ringe.", True),
        ("Vi gik op ad bakken bag Vorgod i søndags.", False),
        ("Jeg har haft møde med Vorgod om min plan.", True),
        ("Vorgod har ikke ringet tilbage.", True),
        # a name searched for with a town beside it
        ("Søg på 'Kaplan Herning' på Facebook, så ser I hvem det er.", True),
        ("Google Kaplan Herning, så finder I hende.", True),
        ("Jeg har talt med Jens og Kaplan Herning om det.", False),
        ("Min nabo Kaplan Herning har lånt min stige.", False),
    ],
)  # fmt: skip
def test_r287_reqnames_reply_words_goodbyes_places_and_searches(text: str, named: bool) -> None:
    pipeline = Pipeline.from_register(parse_register(_R287_REGISTER))
    assert ("staff_named" in pipeline.run(text).labels) is named


# round 293 privreq
_R293_REGISTER = """name,role,unit,aliases
Kia Lindholm,teamleder,Kontanthjælp,
Merja Saarinen,sagsbehandler,Sygedagpenge,
"""


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # a car make that is also a first name: the car or the dealer, unless a person is
        # pointed at (a greeting, a title, the full name)
        ("Min kia kørte i grøften i nat, så jeg kommer ikke til samtalen.", False),
        ("Jeg har fået fast arbejde på værkstedet hos Kia i Herning.", False),
        ("Hej Kia, tak for en god samtale i går.", True),
        ("Kia Lindholm har lovet at sende mig planen.", True),
        # a staff title described by unit, looks or voice before "der hedder X"
        ("Kender I rådgiveren i Sygedagpenge med briller, der hedder Merja?", True),
        ("Sagsbehandleren fra Sygedagpenge med krøllet hår, som hedder Merja, var sød.", True),
        ("Min sagsbehandler var i byen med sin søster, der hedder Merja.", False),
        ("Jeg har en kat med hvide poter, der hedder Merja.", False),
    ],
)  # fmt: skip
def test_r293_privreq_car_makes_and_described_staff(text: str, named: bool) -> None:
    pipeline = Pipeline.from_register(parse_register(_R293_REGISTER))
    assert ("staff_named" in pipeline.run(text).labels) is named


# round 299 privreq
# a surname that is also a town, as the goal of a camping or boat trip, is the town
@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Vi tog på campingtur til Vang i sommerferien.", False),
        ("Vi skal på sejltur til Vang, når det bliver varmt.", False),
        ("Jeg har talt med Vang i dag om min sag.", True),
        ("Vang sagde, at jeg skulle vente.", True),
    ],
)  # fmt: skip
def test_r299_privreq_trip_to_a_town(text: str, named: bool) -> None:
    assert ("staff_named" in triage(text, "a").labels) is named


# a first name that is also a word, written small elsewhere in the text, is the person when
# it opens its clause as the subject of a verb of saying; fronted before the verb and a
# pronoun it is the word
_SPEAKING_WORD_NAMES = """name,role,unit,aliases
Sol Berntsen,sagsbehandler,Sygedagpenge,
Ask Lindholm,jobkonsulent,Fleksjob,
"""


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Sol sagde i telefonen, at papirerne var kommet. Men der var ingen sol at se.", True),
        ("Ask skrev i mailen, at jeg skulle vente. Vi har en gammel ask i haven.", True),
        ("Sol skinner i dag, og der er sol hele ugen.", False),
        ("Sol sagde hun ikke noget om, men der var sol hele dagen.", False),
    ],
)  # fmt: skip
def test_r299_privreq_word_name_speaks(text: str, named: bool) -> None:
    from borgerpost.detect.pipeline import Pipeline
    from borgerpost.register import parse_register

    engine = Pipeline.from_register(parse_register(_SPEAKING_WORD_NAMES))
    assert ("staff_named" in engine.run(text).labels) is named


# round 307 privreq
# a word-name opening a clause with the verb and its subject pronoun after it ("Storm fik
# vi"): not the subject; a surname after a compound stretch of nature ("granskoven bag X")
# is a place; a first name watched on a stage is the show; a name hyphened to "efternavnet"
# is the person's name; an e-mail's user part with the first name and surname's initial
@pytest.mark.parametrize(
    ("text", "register", "named"),
    [
        ("Storm fik vi i nat, så jeg kunne ikke nå mødet.", "a", False),
        ("Bak fik vi ikke noget af på kurset, men jeg vil gerne have en ny plan.", "b", False),
        ("Krogh skrev til mig i går om min plan.", "b", True),
        ("Storm ringede til mig i går om min plan.", "a", True),
        ("Storm sagde, jeg skulle sende papirerne inden fredag.", "a", True),
        ("Vi gik en tur i granskoven bag Vestergaard med holdet. Kan jeg få min plan ændret?",
         "b", False),
        ("Vi cyklede en tur på sandstranden ved Dalgaard, og det var dejligt. Hvornår er mødet?",
         "b", False),
        ("Jeg mødte Dalgaard ved skranken i går om min sag.", "b", True),
        ("Vi så Yasmin på Aarhus Teater i går, en flot forestilling. Hvornår kommer mine penge?",
         "b", False),
        ("Jeg så Yasmin El-Amin i Operaen i lørdags.", "b", True),
        ("Yasmin i Jobafklaring har ikke svaret mig.", "b", True),
        ("Hende med Krogh-navnet sidder i Fleksjob og er en idiot.", "b", True),
        ("Dalgaard-sagen fra sidste år er stadig ikke afsluttet.", "b", False),
        ("Skriv til hende på signe.k@gmail.com, hun svarer hurtigt der.", "b", True),
        ("Skriv til hende på sk@gmail.com, hun svarer hurtigt der.", "b", False),
    ],
)  # fmt: skip
def test_r307_privreq_word_names_places_and_mail(text: str, register: str, named: bool) -> None:
    assert ("staff_named" in triage(text, register).labels) is named


# round 315 privreq
@pytest.mark.parametrize(
    ("text", "register", "named"),
    [
        # weather, a stay named by a compound, or residents: a town, not the caseworker
        ("Det øser ned med styrtregn over Kjærsgaard og resten af egnen i dag.", "a", False),
        ("Sikke et hundevejr ved Vestergaard i morges, jeg blev gennemblødt.", "b", False),
        ("Vi har lånt en bjælkehytte ved Dalgaard hele uge 7.", "b", False),
        ("Vi holdt campingferie ved Kjærsgaard, så jeg så først brevet nu.", "a", False),
        ("Det er urimeligt, at pendlere fra Vestergaard skal vente en time på bussen.", "b", False),
        ("Beboerne i Dalgaard har ingen bus om søndagen.", "b", False),
        # near misses: the person after the same prepositions
        ("Jeg vil klage over Kjærsgaard, han svarer aldrig.", "a", True),
        ("Jeg har fået et brev fra Vestergaard om min sag.", "b", True),
        ("Jeg sad ved Dalgaard i en time uden at få svar.", "b", True),
        # placed at the jobcentre at the sentence's start, described, then "og hedder X"
        ("Hun sidder i Jobafklaring, har briller og kort rødt hår og hedder Yasmin.", "b", True),
        (
            "Han arbejder i Ressourceforløb, har skæg og en hæs stemme og hedder "
            "Mohammad.", "a",
            True,
        ),
        # near misses: a relative, or a place that is not the jobcentre's
        ("Min niece går på efterskole, har briller og kort rødt hår og hedder Yasmin.", "b", False),
        (
            "Hun sidder i bussen hver morgen, har briller og kort rødt hår og "
            "hedder Yasmin.", "b",
            False,
        ),
        (
            "Min nabo arbejder i Ressourceforløb, har skæg og en hæs stemme og "
            "hedder Mohammad.", "a",
            False,
        ),
    ],
)  # fmt: skip
def test_r315_privreq_places_and_placed_names(text: str, register: str, named: bool) -> None:
    assert ("staff_named" in triage(text, register).labels) is named


# round 315 critB
@pytest.mark.parametrize(
    ("text", "register", "named"),
    [
        # a ride's start in "fra X til Y" is a place
        ("Bussen fra Holm til jobcentret kører kun hver anden time. Kan mødet flyttes?", "a",
         False),
        ("Toget fra Dalgaard til byen er altid forsinket, så jeg kommer for sent.", "b", False),
        # a letter or a case passed from a person to somewhere keeps the person
        ("Jeg fik en mail fra Holm til min e-boks i går om mødet.", "a", True),
        ("Sagen blev sendt videre fra Dalgaard til ledelsen.", "b", True),
    ],
)  # fmt: skip
def test_r315_critb_route_start_is_a_place(text: str, register: str, named: bool) -> None:
    assert ("staff_named" in triage(text, register).labels) is named


# round 323 privreq
@pytest.mark.parametrize(
    ("text", "register", "named"),
    [
        # a spot on the road by a town: a driver stops by a place
        ("Jeg holder min pause på rastepladsen ved Kjærsgaard hver morgen.", "a", False),
        ("Vi holdt ind på parkeringspladsen ved Vestergaard.", "b", False),
        ("Vi holdt ind på rastepladsen ved Krogh på vej hjem.", "b", False),
        ("Jeg har talt med Kjærsgaard om min sygemelding.", "a", True),
        ("Vestergaard har lovet mig et svar.", "b", True),
        # a relation opening a clause told to the person named: the name is addressed
        ("Sofie, min bror kender din mand fra fodbold.", "a", True),
        ("Mohammad, min fætter arbejder samme sted som din kone.", "a", True),
        ("Sofie, min søster, har ringet til jer.", "a", False),
    ],
)  # fmt: skip
def test_r323_privreq_staff_named(text: str, register: str, named: bool) -> None:
    assert ("staff_named" in triage(text, register).labels) is named


# round 329 insultB
WEAK_FIRST_NAMES = """name,role,unit,aliases
Bo Vind,sagsbehandler,Fleksjob,
Sol Ravn,sagsbehandler,Kontanthjælp,
"""


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # "en anden end X": X is set among people, so a first name that is also a word counts
        ("Jeg vil have en anden end Bo.", True),
        ("Kan jeg ikke få en anden end Sol?", True),
        ("Jeg vil have en anden farve end Sol.", False),
        ("Vi vil hellere bo et andet sted end Bo.", False),
    ],
)
def test_r329_one_other_than_the_name(text: str, named: bool) -> None:
    pipe = Pipeline.from_register(parse_register(WEAK_FIRST_NAMES))
    assert ("staff_named" in pipe.run(text).labels) is named


# round 329 critB
@pytest.mark.parametrize(
    ("text", "register", "named"),
    [
        # "vejen til" a lone surname: the far end of a way is a town
        ("Vi cyklede hele vejen til Holm i går.", "a", False),
        ("Vi kørte hele vejen til Dalgaard for at se et hus.", "b", False),
        ("Jeg kender vejen til Storms kontor.", "a", True),
        ("Jeg gik over til Dalgaard med papirerne.", "b", True),
    ],
)  # fmt: skip
def test_r329_critb_way_to_a_town(text: str, register: str, named: bool) -> None:
    assert ("staff_named" in triage(text, register).labels) is named


# round 337 privnames
_R337_REGISTER = """name,role,unit,aliases
Gitte Skoven,sagsbehandler,Sygedagpenge,
Ove Solen,jobkonsulent,Fleksjob,
Karin Fanø,teamleder,Jobafklaring,
Lars Bonde,sagsbehandler,Kontanthjælp,
Mads Kragh,sagsbehandler,Fleksjob,
Bent Ndiaye,virksomhedskonsulent,Fleksjob,
"""


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # a definite-form noun opening a sentence, before a verb known only by its ending
        ("Skoven susede hele natten. Jeg sov dårligt.", False),
        ("Vi gik en tur. Solen skinnede hele eftermiddagen.", False),
        # a listed verb of a person, or casework in the sentence, keeps the person
        ("Skoven ringede i går om mødet.", True),
        ("Solen afviste min ansøgning om fleksjob.", True),
        # a holiday by its season names a place
        ("Vi holder vinterferie på Fanø i uge 7. Kan jeg få en ny tid?", False),
        ("Efter påskeferien på Fanø kommer jeg tilbage.", False),
        ("Kan Fanø ringe mig op i morgen?", True),
        # a capitalised word after "skrevet til": the one written to
        ("Jeg har mailet til Bonde tre gange om min sag uden svar.", True),
        ("Jeg har skrevet til bonde om min restskat.", False),
        # a player's feat owned by a name: an athlete on the screen
        ("Har du set Kraghs mål fra i går? Hele bussen jublede.", False),
        ("Ndiayes frispark i weekenden var helt vildt.", False),
        ("Kraghs mål for min praktik er urealistiske.", True),
        ("Jeg er uenig i Ndiayes mål for mit forløb.", True),
    ],
)
def test_r337_word_names_and_players(text: str, named: bool) -> None:
    pipe = Pipeline.from_register(parse_register(_R337_REGISTER))
    assert ("staff_named" in pipe.run(text).labels) is named, text


# round 345 misc
_R345_REGISTER = """name,role,unit,aliases
Margrethe Lykke,sagsbehandler,Sygedagpenge,
Frederik Holm,jobkonsulent,Fleksjob,
Sofie Bavnehøj,sagsbehandler,Jobafklaring,
Peter Himmelbjerg,teamleder,Kontanthjælp,
"""


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # a royal title before a first name: a public figure (staff_doubts._royal_title)
        ("Jeg læste en bog om dronning Margrethe i sommerferien.", False),
        ("Kender du historien om kong Frederik og hans hunde?", False),
        ("Margrethe har afvist min klage over sanktionen.", True),
        ("Kan Frederik ringe mig op om min jobplan?", True),
        # the top or foot of a hill named like a staff member (toppen/foden af)
        ("Vi gik en tur op på toppen af Bavnehøj, og udsigten var flot.", False),
        ("Ved foden af Himmelbjerg ligger en lille sø, hvor vi holdt pause.", False),
        ("Bavnehøj har ikke svaret på min mail om mødet.", True),
        ("Jeg har talt med Himmelbjerg om min ansøgning.", True),
    ],
)
def test_r345_titles_and_hills(text: str, named: bool) -> None:
    pipe = Pipeline.from_register(parse_register(_R345_REGISTER))
    assert ("staff_named" in pipe.run(text).labels) is named, text


# round 353 threatC
_R353_REGISTER = """name,role,unit,aliases
Bettina Frost,sagsbehandler,Sygedagpenge,Mille
Karsten Skagen,jobkonsulent,Fleksjob,
Ulla Tranum,teamleder,Kontanthjælp,Ulla T.
"""


@pytest.mark.parametrize(
    ("idea", "text", "named"),
    [
        # a pet by its definite noun before an alias
        ("pet", "Mange hilsner fra mig og katten Mille til jer i jobcentret.", False),
        ("pet", "Vi har fået en ny hvalp, og hvalpen Mille sover hele dagen.", False),
        ("pet", "Mille har ikke svaret på min mail om mødet.", True),
        ("pet", "Kan Mille ringe mig op om min sygemelding?", True),
        # a trip named by a compound, or a walk around a place
        ("trip", "Vi var på studierejse til Skagen med holdet i sidste uge.", False),
        ("trip", "Efter en lang dagstur til Tranum var vi trætte og glade.", False),
        ("trip", "Vi cyklede rundt om Tranum i det gode vejr.", False),
        ("trip", "Jeg sendte papirerne retur til Bettina, som bad om dem.", True),
        ("trip", "Jeg spurgte rundt om Tranum havde fået min ansøgning.", True),
        # a comma before "og" ends the writer's clause: the name is its own subject
        ("clause", "Jeg ringede i morges, og Ulla T. fandt straks min sag frem.", True),
        ("clause", "Det gjorde jeg, og Skagen var meget venlig ved skranken.", True),
        ("clause", "Jeg og Ulla T. har kendt hinanden siden folkeskolen.", False),
        ("clause", "Min kusine og jeg og Skagen tog på ferie sammen.", False),
    ],
)
def test_r353c_pets_trips_and_clauses(idea: str, text: str, named: bool) -> None:
    pipe = Pipeline.from_register(parse_register(_R353_REGISTER))
    assert ("staff_named" in pipe.run(text).labels) is named, (idea, text)


# round 369 misc
_R369_REGISTER = """name,role,unit,aliases
Helle Kors,sagsbehandler,Fleksjob,
Per Læsø,jobkonsulent,Kontanthjælp,
Karin Sneen,sagsbehandler,Sygedagpenge,
"""


@pytest.mark.parametrize(
    ("idea", "text", "named"),
    [
        # an oath of surprise opening a sentence
        ("oath", "Kors, sikke en lang kø der var ved skranken i morges.", False),
        ("oath", "Jøsses, hvor blæser det. Jeg når nok ikke bussen til tiden.", False),
        ("oath", "Kors, kan du ringe mig op om min sag i dag?", True),
        ("oath", "Kors har ikke svaret på min mail om fleksjobbet.", True),
        # a seasonal job or a stay on an island
        ("island", "Jeg har fået job på havnen på Læsø hele sommeren.", False),
        ("island", "Vi er på Læsø på ferie, så jeg kan ikke komme til mødet.", False),
        ("island", "Jeg har ventet på Læsø i over en uge nu.", True),
        ("island", "Kan jeg få en tid hos Læsø i næste uge?", True),
        # water or matter as the subject of a verb only matter does
        ("matter", "Sneen ligger 30 cm højt, så jeg kan ikke nå til jobcentret i dag.", False),
        ("matter", "Sneen siver ind under døren, og min ansøgning om hjælp er blevet våd.", False),
        ("matter", "Sneen ringede til mig om min sygemelding i går.", True),
        ("matter", "Sneen står og venter på mig ved skranken hver gang.", True),
    ],
)
def test_r369_oaths_islands_and_matter(idea: str, text: str, named: bool) -> None:
    pipe = Pipeline.from_register(parse_register(_R369_REGISTER))
    assert ("staff_named" in pipe.run(text).labels) is named, (idea, text)


# round 377c staff
_R377C_REGISTER = """name,role,unit,aliases
Tristan Mølgaard,jobkonsulent,Fleksjob,
Ditte Sol,sagsbehandler,Kontanthjælp,
Ingrid Vesterby,socialrådgiver,Sygedagpenge,
"""


@pytest.mark.parametrize(
    ("idea", "text", "named"),
    [
        # a first name that opens a show's title of two names, seen on a stage or as a show
        ("title", "I lørdags så vi Tristan og Isolde i Operaen, den var lang.", False),
        ("title", "Vi har set Tristan og Isolde, og det var en smuk forestilling.", False),
        ("title", "Jeg så Tristan og hans kollega i teatret i aftes.", True),
        ("title", "Jeg så Tristan og Ditte på gangen i jobcentret i går.", True),
        # a surname that is also an ordinary word, in a firm's name of three words
        ("firm", "Jeg skal til samtale hos Sol & Vind Byg på mandag.", False),
        ("firm", "Jeg har fået praktik hos Sol & Regn Anlæg fra næste måned.", False),
        ("firm", "Jeg har en samtale hos Sol & hendes kollega på mandag.", True),
        ("firm", "Jeg har haft møde med Sol & Tristan om min plan.", True),
        # a first name given outright after a staff member described at length
        (
            "first_name",
            "Kender I den høje sagsbehandler med briller, der aldrig tager telefonen, "
            "hun hedder Ingrid til fornavn. Spred det.",
            True,
        ),
        (
            "first_name",
            "Der er en rådgiver i Sygedagpenge med langt rødt hår, som råber ad folk i "
            "skranken – hun hedder Ingrid til fornavn.",
            True,
        ),
        ("first_name", "Min søster har fået en ny baby, hun hedder Ingrid til fornavn.", False),
        ("first_name", "Vores nye nabo er sød, hun hedder Ingrid til fornavn.", False),
    ],
)
def test_r377c_titles_firms_and_first_names(idea: str, text: str, named: bool) -> None:
    pipe = Pipeline.from_register(parse_register(_R377C_REGISTER))
    labels = pipe.run(text).labels
    assert ("staff_named" in labels) is named, (idea, text)
    if idea == "first_name" and "Spred" in text:
        assert "exposure" in labels, text


# round 393 oth: a walk or a sail round a place, the walk a few words before "rundt om"
R393_OTH_STAFF = [
    ("walk_round_place",
     "Vi gik hele vejen rundt om Kjærsgaard i søndags, og det gik fint.", False),
    ("walk_round_place", "Jeg løb to gange rundt om Nasser i morges og fik pulsen op.", False),
    ("walk_round_place", "Vi sejlede helt rundt omkring Bøgh sidste sommer.", False),
    ("walk_round_place",
     "Vi gik hele vejen hen til Kjærsgaard ved skranken, og han hjalp os.", True),
    ("walk_round_place", "Til mødet samlede de andre sig rundt om Nasser.", True),
    ("walk_round_place", "Jeg gik til samtale, og bagefter ringede Bøgh rundt om min sag.", True),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "expected"), R393_OTH_STAFF)
def test_r393_oth_staff_named(idea: str, text: str, expected: bool) -> None:
    labels = triage(text, "a").labels
    assert ("staff_named" in labels) is expected, (idea, text)


# round 397 sh: a stay on a place told by the holiday it lasted ("var på X i sommerferien"),
# and a child being named ("lille X får navn efter …", "X blev døbt")
R397_SH_STAFF = [
    ("holiday_stay",
     "Vi var på Kjærsgaard i sommerferien, så jeg fik ikke åbnet posten.", False),
    ("holiday_stay", "Vi har været ovre på Kjærsgaard i efterårsferien.", False),
    ("holiday_stay", "Jeg boede på Bøgh hele påsken hos min søster.", False),
    ("holiday_stay",
     "Jeg har ventet på Kjærsgaard i hele sommerferien, og der er stadig intet svar.", True),
    ("holiday_stay", "Jeg var vred på Kjærsgaard i vinterferien, fordi han ikke svarede.", True),
    ("holiday_stay", "Vi var hos Bøgh i sommerferien for at underskrive planen.", True),
    ("holiday_stay", "Jeg ventede på Kjærsgaard hele påsken, men han ringede aldrig.", True),
    ("christened", "Kim blev døbt i søndags, så jeg var ikke hjemme.", False),
    ("christened", "Rasmus er opkaldt efter min far, og dåben er på søndag.", False),
    ("christened", "Nasser fik navn efter sin morfar.", False),
    ("christened",
     "Vores barnebarn skal døbes, og lille Sofie får navn efter sin oldemor.", False),
    ("christened", "Lille Mohammad tror, han bestemmer over min sag.", True),
    ("christened",
     "Mohammad har ikke svaret på min mail, selv om min datter blev født i sidste uge.", True),
    ("christened", "Kim fik navnet på den nye ordning fra sin chef.", True),
    ("christened", "Jakob fik navn for at være streng, siger de andre.", True),
    ("christened",
     "Jeg tror, Kjærsgaard er opkaldt efter det, han laver hele dagen: ingenting.", True),
    ("christened", "Nasser er døbt 'Hr. Nej' af alle borgerne.", True),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "expected"), R397_SH_STAFF)
def test_r397_sh_staff_named(idea: str, text: str, expected: bool) -> None:
    labels = triage(text, "a").labels
    assert ("staff_named" in labels) is expected, (idea, text)


# round 401 oth
# a name set off by commas after the writer's own relation and where he or she belongs ("min
# kollega på lageret, Pavel, …") is that relation's; a relation at the jobcentre, a verb
# between or a name that is plainly staff stay named
R401_OTH_STAFF = [
    ("relation_apposed", "Min nabo fra nummer 7, Sofie, har hjulpet mig med at flytte.", False),
    ("relation_apposed",
     "Vores gode ven fra kirken, Kim, kører mig til samtalen på mandag.", False),
    ("relation_apposed", "Min kollega i Netto, Per, tager min vagt, så jeg kan komme.", False),
    ("relation_apposed", "Min kollega på jobcentret, Sofie Holm, har lovet at ringe.", True),
    ("relation_apposed", "Min sagsbehandler på kontoret, Sofie Holm, har lovet at ringe.",
     True),
    ("relation_apposed", "Min søn er syg, Sofie, kan vi flytte mødet?", True),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "expected"), R401_OTH_STAFF)
def test_r401_oth_staff_named(idea: str, text: str, expected: bool) -> None:
    labels = triage(text, "a").labels
    assert ("staff_named" in labels) is expected, (idea, text)


# round 409 exposure, self-harm, doxxing, representatives and false staff names in sets 409–416
R409_OTH_STAFF = [
    ("initials_plural", "AML'erne i Folketinget har vedtaget en ny lov.", False),
    ("initials_plural", "Alle LMV'erne på holdet fik samme brev.", False),
    ("initials_plural", "Jeg har skrevet til AML om min ydelse.", True),
    ("initials_plural", "LMV's brev kom i går.", True),
    ("study_place", "Min søn er optaget på AML i Aarhus og skal læse en bachelor.", False),
    ("study_place", "Min datter studerer på LMV i London fra september.", False),
    ("study_place", "Hun læser kandidatuddannelsen fra AML. Betyder det noget for ydelsen?", False),
    ("study_place", "Jeg har talt med AML om min uddannelse.", True),
    ("study_place", "Min sag om uddannelse ligger hos LMV.", True),
    ("study_place", "Jeg venter på AML's svar om min uddannelse.", True),
    ("bought", "Køb aldrig Storm, den smager af ingenting.", False),
    ("bought", "Vi købte Holm i stedet for det dyre mærke.", False),
    ("bought", "Køb hellere Lund end det billige, sagde min mor.", False),
    ("bought", "Kan I ikke købe Kjærsgaard en kage til hans afsked?", True),
    ("bought", "Jeg købte Kjærsgaard en buket for hans hjælp.", True),
    ("bought", "Køb nu ikke Kjærsgaards forklaring, han tager fejl.", True),
    ("hike", "Til sommer skal vi vandre på Holm og se fuglene.", False),
    ("hike", "Vi klatrede på Storm i sidste ferie.", False),
    ("hike", "Vi vandrede til Lund i påsken.", False),
    ("hike", "Jeg har talt med Kjærsgaard om min vandretur.", True),
    ("hike", "Nasser sagde, at jeg må vandre mere.", True),
    ("hike", "Jeg talte med Nasser om at vandre på Møn.", True),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "expected"), R409_OTH_STAFF)
def test_r409_oth_staff_named(idea: str, text: str, expected: bool) -> None:
    labels = triage(text, "a").labels
    assert ("staff_named" in labels) is expected, (idea, text)


# a register alias names its member by itself ("Bakke har lovet …", "Pas på, Sol"), except
# where the words around it make it a place ("vi var i Bakke"): there it confirms no one
_R409_REGISTER = """name,role,unit,aliases
Tove Bakkegaard,jobkonsulent,Fleksjob,Bakke
Ulrik Sandholt,sagsbehandler,Kontanthjælp,
Solveig Tarp,sagsbehandler,Sygedagpenge,Sol
"""


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Vi var i Bakke til markedet i weekenden.", False),
        ("Vi bor lige uden for Bakke og har ingen bil.", False),
        ("Min søster bor i Bakke nu.", False),
        ("Bakke har lovet at ringe mig op i morgen.", True),
        ("Hej Bakke, kan vi flytte mødet?", True),
        ("Tove Bakkegaard og jeg var i Bakke til markedet.", True),
        ("Pas på, Sol. Jeg ved, hvad du har gjort.", True),
        ("tak te æ Sol for en go snak i gåer", True),
        ("Hende i skranken, Sol, var meget venlig.", True),
        ("Vi lå i Sol hele eftermiddagen.", False),
    ],
)  # fmt: skip
def test_r409_oth_nickname_alias_alone(text: str, named: bool) -> None:
    pipeline = Pipeline.from_register(parse_register(_R409_REGISTER))
    assert ("staff_named" in pipeline.run(text).labels) is named


# round 425 false staff names (places and children named like staff) in sets 417–424
# A plain stretch of nature by a town ("på heden ved X"), a town named whole ("over hele X"),
# a town placed in a country ("til X i Schweiz") and children fetched from school or a sport
# ("hente X og Y fra fodbold") name no staff; the same names met, fetched from a meeting,
# owned or written to stay the caseworker's.
@pytest.mark.parametrize(
    ("idea", "text", "expected"),
    [
        ("nature", "Vi samlede svampe i mosen ved Bøgh.", False),
        ("nature", "Vi plukkede blåbær i plantagen ved Kjærsgaard i søndags.", False),
        ("nature", "Hunden løb rundt på heden bag Nasser hele formiddagen.", False),
        ("nature", "Jeg satte mig ved Kjærsgaard på mødet.", True),
        ("nature", "Jeg var på mødet ved Bøgh i går.", True),
        ("nature", "Jeg har ventet længe ved Kjærsgaard og fik intet svar.", True),
        ("whole", "Lugten bredte sig over hele Kjærsgaard i weekenden.", False),
        ("whole", "Der var strømsvigt i hele Bøgh i nat, derfor kom jeg for sent.", False),
        ("whole", "Der var kø til bageren fra hele Nasser, det var helt vildt.", False),
        ("whole", "Jeg har skrevet til hele Kjærsgaards afdeling.", True),
        ("whole", "Jeg har sendt en mail til hele teamet og til Bøgh.", True),
        ("whole", "Jeg har hele Bøghs team imod mig, det er urimeligt.", True),
        ("abroad", "Vi skal køre til Bøgh i Tyskland på ferie, må jeg det?", False),
        ("abroad", "Vi kørte helt til Kjærsgaard i Østrig sidste år.", False),
        ("abroad", "Jeg tager toget til Nasser i Polen og besøger min mor.", False),
        ("abroad", "Jeg skal køre til Bøgh i morgen med mine lønsedler.", True),
        ("abroad", "Jeg sendte brevet til Kjærsgaard i går.", True),
        ("abroad", "Bøgh i Sygedagpenge har ikke svaret mig.", True),
        ("children", "Far, husk at hente Sofie og Kim fra håndbold kl. 16.", False),
        ("children", "Kan du køre Rasmus til træning i aften, jeg har møde.", False),
        ("children", "Jeg skal følge Jakob i skole i morgen, så jeg kommer lidt senere.", False),
        ("children", "Jeg skal hente Sofie efter mødet på jobcentret.", True),
        ("children", "Jeg kørte Rasmus en tur i min bil efter mødet.", True),
        ("children", "Kan Rasmus hente mig fra skolen? Han er min sagsbehandler.", True),
    ],
)  # fmt: skip
def test_r425_sn_places_and_children(idea: str, text: str, expected: bool) -> None:
    labels = triage(text, "a").labels
    assert ("staff_named" in labels) is expected, (idea, text)


# round 433 exposure, self-harm, doxxing, representatives and staff names in sets 429–432
@pytest.mark.parametrize(
    ("idea", "text", "expected"),
    [
        ("named_thing", "Jeg mener ham med Bøgh-skiltet på døren i sygedagpenge.", True),
        ("named_thing", "Kvinden med Mikkelsen-dørskiltet svarede mig aldrig.", True),
        ("named_thing", "Mikkelsen-sagen viser, hvor galt det står til.", False),
        ("named_thing", "Hende med Nasser-navneskiltet var sød ved mig.", True),
        ("named_thing", "Vi gik en tur ved Storm-flodsdiget i weekenden.", False),
        ("named_thing", "Lund-bageriet har lukket.", False),
        ("named_thing", "Tvind-sagen var stor i avisen.", False),
    ],
)  # fmt: skip
def test_r433_oth2_named_thing(idea: str, text: str, expected: bool) -> None:
    labels = triage(text, "a").labels
    assert ("staff_named" in labels) is expected, (idea, text)


# round 433 insults and offensive language (and the exposure that rides on them) in sets 425–432
R433_STAFF_NAMED = [
    ("three", "Lo t te er en idiot.", True),
    ("three", "Jeg har talt med Ras m us om sagen.", True),
    ("three", "Ja k ob svarede ikke.", True),
    ("three", "Vi bor i ø st byen.", False),
    ("three", "Nu m an skal vel betale.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "named"), R433_STAFF_NAMED)
def test_r433_staff_named(idea: str, text: str, named: bool) -> None:
    assert ("staff_named" in triage(text, "a").labels) is named, (idea, text)


# round 433 threats (and the exposure that rides on them) in sets 425–428: a capital word
# after a determiner is a car's or a thing's make ("hvilken Polo Gerlinde kører i"), not
# another person's first name beside the staff name
@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Jeg ved godt hvilken Tesla Sofie kører i.", True),
        ("Jeg ved hvilken Toyota Jakob parkerer ved hallen.", True),
        ("Jeg har set hvilken Audi Mohammad kører i.", True),
        ("Jeg talte med Anne Sofie om det i går.", False),
        ("Min veninde Ida Sofie kører en Polo.", False),
        ("Min nabo Lars Rasmus har en Toyota.", False),
    ],
)  # fmt: skip
def test_r433_t1_make_before_first_name(text: str, named: bool) -> None:
    assert ("staff_named" in triage(text, "a").labels) is named, text


# round 433 exposure, self-harm, doxxing, representatives and staff names in sets 425–428
R433_OTH1_STAFF_NAMED = [
    ("venue_held_at", "Vi fejrede min fars fødselsdag på Kjærsgaard i lørdags.", False),
    ("venue_held_at", "Min søster holdt bryllup på Kjærsgaard, så jeg var væk hele weekenden.",
     False),
    ("venue_held_at", "Firmaets julefrokost blev holdt på Kjærsgaard i fredags.", False),
    ("venue_held_at", "Til julefrokosten i Kjærsgaards team var der god stemning.", True),
    ("venue_held_at", "Vi fejrede bryllup, og bagefter ringede jeg til Kjærsgaard.", True),
    ("venue_held_at", "Til fødselsdagen talte jeg med Kjærsgaard om min sag.", True),
    ("artist", "Min søn er vild med Kjærsgaard og synger hans sange hele dagen.", False),
    ("artist", "Vi dansede til Kjærsgaard hele aftenen.", False),
    ("artist", "Min datter lytter til Kjærsgaard på Spotify.", False),
    ("artist", "Jeg lyttede til Kjærsgaard, da hun forklarede reglerne.", True),
    ("artist", "Jeg er vild med Kjærsgaard, han hjalp mig med min sag.", True),
    ("artist", "Jeg sang for Kjærsgaard, og hun grinede.", True),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "expected"), R433_OTH1_STAFF_NAMED)
def test_r433_oth1_staff_named(idea: str, text: str, expected: bool) -> None:
    labels = triage(text, "a").labels
    assert ("staff_named" in labels) is expected, (idea, text)
