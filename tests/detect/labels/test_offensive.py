"""The offensive label: vulgar and profane words and frames, every insult, and the DKhate
model — not plain strong words, not a vulgar intensifier that praises."""

from __future__ import annotations

import pytest

from tests.detect.labels.engine import assert_found_quoting, triage

POSITIVES = [
    ("Det er fandme for dårligt.", "fandme"),
    ("Hvad fanden laver I derinde?", "fanden"),
    ("Sikke noget lort at stå i kø.", "lort"),
    ("Jeg er pisseirriteret på jeres system.", "pisseirriteret"),
    ("Det er noget møgsystem.", "møgsystem"),
    ("Fuck det her, jeg gider ikke mere.", "Fuck"),
    ("Satans også, nu er brevet væk igen.", "Satans"),
    ("Det er gået ad helvede til med min sag.", "helvede"),
    ("Hold kæft, hvor er I langsomme.", "kæft"),
    ("Sikke et lortevejr, for helvede.", "lortevejr"),
    ("Det er f4nd3m3 l0rt", "l0rt"),
    # probe round 6: the devil and hell sworn together, "pis" for rubbish
    ("Fanden i helvede, nu er toget aflyst igen.", "helvede"),
    # probe round 10: ethnic slurs and their compounds
    ("De har flyttet hele perkerlandet ind i min opgang.", "perkerlandet"),
    ("Satan og helvede, jeg har glemt min kode.", "Satan"),
    ("Jeres nye skema er ikke en pis værd.", "pis"),
    ("Pis og papir er det hele.", "Pis og papir"),
    # probe round 7: "det er (bare) pis", screwed by the system, the mild oath in an angry
    # verdict, swear words masked with asterisks
    ("Hele forløbet er bare pis fra ende til anden.", "pis"),
    ("Vi borgere bliver fucked af kommunen igen og igen.", "fucked"),
    ("Kommunen knepper de syge, det er sådan det er.", "knepper"),
    ("Det er fandeme uhørt at vente så længe.", "uhørt"),
    ("Sgu da for galt at ingen svarer.", "for galt"),
    ("Det er sku ikke i orden.", "i orden"),
    ("sh*t, nu er fristen overskredet", "sh*t"),
    ("Jeres f**king system er nede igen.", "f**king"),
    ("Sikke noget l*rt.", "l*rt"),
    ("Hvor fa'en er mine papirer?", "fa'en"),
    ("Skid være med det, jeg klager.", "Skid være med"),
    ("Det rager mig en fjert, hvad I mener.", "fjert"),
    # probe round 13: 'fucking' shortened in chat, a fully masked oath ("F*** …"), sarcastic
    # praise with applause
    ("the rules here are fkn stupid", "fkn"),
    ("F*** jeres nye system.", "F*** jeres"),
    ("PISSE FLOT KLARET KOMMUNE 👏👏 nu er min husleje ikke betalt", "PISSE"),
    # probe round 15: the oath repeated, the oath shouted in capitals with "I" upper case
    ("lort lort lort, jeg har glemt min kode igen", "lort lort"),
    ("Satan satan, nu er bussen kørt.", "satan satan"),
    ("FANDEN I HELVEDE, hvorfor er mine penge ikke kommet", "FANDEN I HELVEDE"),
    # probe round 17: an oath sworn on oneself ("fandme", "satme") swears even when it praises
    ("Hun var fandme flink i telefonen.", "fandme"),
    ("Det var satme en lækker kage I havde med.", "satme"),
    ("Satme flot klaret af Per i skranken.", "Satme"),
    ("Han var kraftedeme sød ved min søn.", "kraftedeme"),
    # probe round 18: the backside in a vulgar idiom of cold, boredom or idleness
    ("Vi sad og kedede røven ud af bukserne i venteværelset.", "røven ud af bukserne"),
    ("Jeg fryser røven af mig i jeres kolde gang.", "fryser røven af"),
    ("Folk ligger bare på røven hele dagen, siger min nabo.", "på røven"),
    # probe round 19: a mild oath that opens a sentence on its own ("Pis. …", "Satan, …")
    ("Pis. Jeg har glemt at sende mine lønsedler igen.", "Pis"),
    ("satan, nu har jeg misset fristen", "satan"),
    # probe round 71: hell as the oath opening a sentence, a particle before the break
    ("Helvede også, nu har jeg tabt min nøgle til postkassen.", "Helvede"),
    ("Helvede! Bussen kørte lige for næsen af mig.", "Helvede"),
    ("Pis altså, jeg har glemt koden til e-boks igen.", "Pis"),
    # probe round 23: a degrading adjective in contempt, a person denied being human
    ("Per Storm er et ynkeligt lille menneske.", "ynkeligt"),
    ("Han er ikke et menneske, han er et dyr.", "dyr"),
]

NEGATIVES = [
    "Det er en skandale, og det er kritisabelt.",
    "Det går skidt med min ryg.",
    "Afgørelsen er forkert og bygger på et forkert grundlag.",
    "Han blev røvet på vej hjem.",
    "Pisse godt gået af jer, tak for hjælpen!",
    "Hold kæft hvor var det en god samtale.",
    "Jeg har sendt lægeerklæringen til min sagsbehandler.",
    "Ventetiden er alt for lang, og ingen tager telefonen.",
    # probe round 6 near misses: hell as a place in a title, urine at the doctor's
    "Vi så filmen Himmel og helvede i biografen.",
    "Lægen bad om en urinprøve, og den er afleveret.",
    # probe round 7 near misses: the oath without a verdict or with praise, a urine sample,
    # a trick, stars for emphasis or footnotes, a masked intensifier before praise
    "Jeg har sgu ikke fået brevet endnu.",
    "Det er sgu en flot have I har.",
    "Lægen bad om et glas pis til prøven.",
    "Der er et godt knep til at udfylde skemaet.",
    "Jeg skal* huske at ringe.",
    "Det er *meget* vigtigt.",
    "Den var f*cking fed, tak!",
    # probe round 13 near misses: shingles, a piccolo flute, sincere praise with an intensifier
    "Min mor har helvedesild og skal passes i en uge.",
    "Min datter spiller pikkolofløjte i garden.",
    "Skide godt gået, tak for hjælpen med ansøgningen.",
    # probe round 15 near misses: a pronoun I before hell as a title, ordinary capitals
    "HVORNÅR KAN I SVARE PÅ MIN MAIL?",
    "Har I set filmen Himmel og helvede?",
    # probe round 17 near misses: a mild intensifier before praise, a sincere compliment
    "Det var pisse sødt af jer at ringe tilbage.",
    "Skide flot klaret med ansøgningen, tak.",
    "Vi var satans heldige med vejret til sommerfesten.",
    # probe round 18 near misses: a cold room, a fall on the back, ordinary trousers
    "Mødelokalet var iskoldt, og jeg frøs hele tiden.",
    "Min søn faldt og slog sig på ryggen i skolen.",
    "Jeg har fået nye bukser til samtalen på fredag.",
    # probe round 19 near misses: urine in a stairwell, the English sigh "Damn", the devil
    # in a question
    "Der lugter af pis i opgangen. Kan I sende nogen ud?",
    "Damn, jeg troede slet ikke, I ville svare så hurtigt. Tak!",
    # probe round 71 near misses: hell as the noun, in a proverb and a clause
    "Helvede er brolagt med gode intentioner, siger min mormor.",
    "Det har været et helvede også, men nu går det bedre.",
    "Helvede og himmel var emnet i min søns religionstime.",
    # probe round 23 near miss: a slur quoted from a newspaper
    "Der står 'snyltere' i avisens leder om os ledige. Det er for dårligt.",
]


@pytest.mark.parametrize(("text", "quoted"), POSITIVES)
def test_offensive_found(text: str, quoted: str) -> None:
    assert_found_quoting(triage(text), "offensive", quoted)


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_offensive(text: str) -> None:
    assert "offensive" not in triage(text).labels


@pytest.mark.parametrize("text", POSITIVES[:6])
def test_swearing_is_not_insult(text: tuple[str, str]) -> None:
    assert "insult" not in triage(text[0]).labels


def test_model_evidence_explains_itself() -> None:
    result = triage("Du er et fucking røvhul og en idiot")
    reasons = [e.reason for f in result.findings if f.label == "offensive" for e in f.evidence]
    model = [r for r in reasons if "Sprogmodel (DKhate): " in r]
    assert model, reasons
    assert "»" in model[0]


@pytest.mark.parametrize(
    "text",
    ["shit, jeg glemte mødet i går", "Fuck dig dit ækle svin", "Du er et fucking røvhul"],
)
def test_each_span_is_quoted_once(text: str) -> None:
    """A word that is in the lexicon and also weighs with the model is one evidence."""
    result = triage(text)
    found = [f for f in result.findings if f.label == "offensive"]
    spans = [(e.start, e.end) for f in found for e in f.evidence]
    assert spans and len(spans) == len(set(spans)), spans


@pytest.mark.parametrize(
    "text",
    [
        # probe round 21: people named rabble is degrading language
        "I er noget revl og krat derinde, hele bundtet.",
        "De konsulenter er noget pak og pøbel.",
    ],
)
def test_people_named_rabble_is_offensive(text: str) -> None:
    assert {"insult", "offensive"} <= triage(text).labels


def test_undergrowth_is_no_rabble() -> None:
    assert "offensive" not in triage("Haven er fuld af revl og krat efter vinteren.").labels


@pytest.mark.parametrize(
    "text",
    [
        # probe round 30: the backside with a possessive, the English scoff, the office as hell
        "Chefen har ligget på sin dovne flade røv hele året.",
        "Hjælp til at komme i job, my ass.",
        "Velkommen til kommunehelvedet, hvor ingen svarer.",
        "Fleksjob? Nærmere fleks-helvede.",
    ],
)
def test_backside_scoff_and_office_hell_are_offensive(text: str) -> None:
    assert "offensive" in triage(text).labels


@pytest.mark.parametrize(
    "text",
    ["Han sad på sin stol hele dagen.", "Det var et helvede at vente på svar.",
     "Jobcentret ligger på hjørnet."],
)
def test_chair_hard_wait_and_office_are_not_offensive(text: str) -> None:
    assert "offensive" not in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        # probe round 33: the writer apologises for a crude word
        "Undskyld sproget, men jeg forstår ikke en skid af jeres afgørelse.",
        "Det hjælper ikke en fjert, undskyld mit franske.",
        "Beklager udtrykket, men det brev er noget skide sludder.",
    ],
)
def test_crude_word_with_an_apology_for_the_language_is_offensive(text: str) -> None:
    assert "offensive" in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        # "ikke en skid" alone is everyday speech; an apology with no crude word
        "Jeg forstår ikke en skid af det brev.",
        "Undskyld sproget i mit sidste brev, jeg var meget vred.",
        "Beklager ordvalget i min klage, det var ikke pænt sagt.",
    ],
)
def test_plain_not_a_thing_or_bare_apology_is_not_offensive(text: str) -> None:
    assert "offensive" not in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        # probe round 34: "pis"/"lort" for the whole business, and where to put something
        "Jeg gider ikke det her pis længere.",
        "Jeg er så træt af alt det her lort.",
        "I kan tage jeres regler og stoppe dem et mørkt sted.",
        "Tag jeres plan og stik den hvor solen ikke skinner.",
    ],
)
def test_this_crap_and_dark_place_are_offensive(text: str) -> None:
    assert "offensive" in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        "Medicinen skal opbevares et mørkt sted.",
        "Jeg stoppede bilen et mørkt sted på vejen.",
        "Læg kartoflerne et køligt og mørkt sted.",
        "Det her er en pisk til hesten.",
    ],
)
def test_dark_place_literally_is_not_offensive(text: str) -> None:
    assert "offensive" not in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        # probe round 39: a person called the devil
        "Hun skal have en lærestreg, den satan.",
        "Din satan! Du har stoppet mine penge igen.",
        "De satanner derinde lukker bare min sag.",
    ],
)
def test_person_called_the_devil_is_offensive(text: str) -> None:
    assert "offensive" in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        "Tror du på Gud og Satan?",
        "Min mor læste om Satan i Bibelen.",
    ],
)
def test_the_devil_of_faith_is_not_offensive(text: str) -> None:
    assert "offensive" not in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        # probe round 40: fed up with "det pis" / "det lort" without "her"
        "Nu er jeg træt af alt det lort fra kommunen.",
        "Jeg gider ikke det pis mere.",
        # probe round 41: people called robots or machines
        "Medarbejderne er kolde, kyniske robotter.",
        "I er bare maskiner, der følger regler.",
    ],
)
def test_fed_up_oath_and_people_as_robots_are_offensive(text: str) -> None:
    assert "offensive" in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        "Min søn er glad for robotter.",
        "Sagsbehandlere er ikke robotter, de er mennesker.",
    ],
)
def test_robots_as_things_are_not_offensive(text: str) -> None:
    assert "offensive" not in triage(text).labels


@pytest.mark.parametrize(
    ("text", "offensive"),
    [
        # probe round 43: "dum" said of a person degrades, also past a relative clause
        ("Den konsulent, I har givet mig, er så dum, at han ikke kan læse.", True),
        ("den møgko skal ikke slippe afsted med det", True),
        # "dum" of a decision is criticism, not degrading language
        ("Det var en dum beslutning af jer.", False),
        ("Den afgørelse, som sagsbehandleren traf, er så dum, at den ikke kan stå.", False),
    ],
)
def test_dum_of_a_person_is_offensive_of_a_decision_not(text: str, offensive: bool) -> None:
    assert ("offensive" in triage(text).labels) is offensive


@pytest.mark.parametrize(
    ("text", "offensive"),
    [
        # probe round 54: "pis" pointed at as a thing despised, also with zero-width spaces
        ("Jeg gider ikke komme til det pis igen.", True),
        ("Jeg er så træt af hele pisset.", True),
        ("Næste gang ringer jeg ikke til det\u200b pis.", True),
        # praise and urine are no contempt
        ("Det var pisse godt, tak for mødet.", False),
        ("Der lugter af pis i opgangen.", False),
    ],
)
def test_pis_as_a_thing_despised(text: str, offensive: bool) -> None:
    assert ("offensive" in triage(text).labels) is offensive


@pytest.mark.parametrize(
    ("text", "offensive"),
    [
        # probe round 55: "abekat", the monkey as a racist name for a person, like "abe"
        ("Ham den nye konsulent er en dum abekat.", True),
        ("Din abekat, lær at svare på en mail!", True),
        # the monkey itself, a child climbing, a grandchild called so fondly
        ("I zoologisk have så vi en abekat, der spiste en banan.", False),
        ("Min datter klatrer i træerne som en abekat.", False),
        ("Barnebarnet er sådan en sød lille abekat.", False),
    ],
)
def test_monkey_as_a_racist_name_round_55(text: str, offensive: bool) -> None:
    assert ("offensive" in triage(text).labels) is offensive


@pytest.mark.parametrize(
    ("text", "offensive"),
    [
        # false flags (round 80): the loser of a match is no vulgar word, for the model too
        ("Min nevø var taberen i finalen, men han tog det pænt.", False),
        ("De er tabere i bordtennis, men de griner bare af det.", False),
        ("Karsten var den store taber ved valget i kommunen.", False),
        # a loser in life stays degrading
        ("Du er en taber i livet, og det ved hele opgangen.", True),
    ],
)
def test_loser_of_a_match_is_not_offensive_round_80(text: str, offensive: bool) -> None:
    assert ("offensive" in triage(text).labels) is offensive


@pytest.mark.parametrize(
    ("text", "offensive"),
    [
        # probe round 100: the vulgar plural noun for people, in any frame
        ("Hele afdelingen er fyldt med lede pissere.", True),
        ("Sagsbehandlerne derinde er en flok pissere.", True),
        # words that only look like it
        ("Pissoirerne på rådhuset er lukket for rengøring.", False),
        ("Vi skal have pisket flødeskum til kagen.", False),
    ],
)
def test_pissere_is_vulgar_round_100(text: str, offensive: bool) -> None:
    assert ("offensive" in triage(text).labels) is offensive


# round 132: "det rene pis" is the verdict whatever follows; a want of ability said alone is
# a sharp judgement in plain words (insult, not offensive), piled on another degrading word
# it is degrading language
@pytest.mark.parametrize(
    ("text", "offensive"),
    [
        ("Kurset var det rene pis, vi sad bare og så film hele ugen.", True),
        ("Den aktivering er det rene pis fra ende til anden.", True),
        ("Det rene vand i søen ved rådhuset er dejligt om sommeren.", False),
        ("Hun var det reneste menneske, jeg har mødt.", False),
    ],
)
def test_round_132_det_rene_pis(text: str, offensive: bool) -> None:
    assert ("offensive" in triage(text).labels) is offensive


@pytest.mark.parametrize(
    ("text", "offensive"),
    [
        ("Min rådgiver er det mest uduelige menneske i hele forvaltningen.", False),
        ("Hun er fuldstændig inkompetent, det har hun vist mange gange.", False),
        ("Jeg har aldrig mødt så arrogant og uduelig en chef.", True),
        ("Den uduelige kælling svarer aldrig på mails.", True),
    ],
)
def test_round_132_inept_alone_is_no_vulgar_word(text: str, offensive: bool) -> None:
    result = triage(text)
    assert "insult" in result.labels
    assert ("offensive" in result.labels) is offensive


# stop 31: the robber's forms and compounds are no "røv" compound; the word itself still is
@pytest.mark.parametrize(
    ("text", "offensive"),
    [
        ("Røveren blev anholdt i går, skriver avisen.", False),
        ("Cyklen var et røverkøb til 200 kr.", False),
        ("Du kan kysse min røv, skriver han til mig.", True),
    ],
)
def test_stop_31_the_robber_is_no_vulgar_word(text: str, offensive: bool) -> None:
    assert ("offensive" in triage(text).labels) is offensive


# round 144: a desk-bound elf compound is an insult but no vulgar word; a vulgar word beside
# it still is; a father written in dialect is no "for fa'en"
@pytest.mark.parametrize(
    ("text", "offensive"),
    [
        ("Hele afdelingen er en samling papirnisser uden menneskeforstand.", False),
        ("Den lille kontornisse gad ikke engang se på mig.", False),
        ("De satans kontornisser har tabt mine papirer igen.", True),
        ("Han er en lortenisse, ham fra ydelseskontoret.", True),
        ("Jeg skriver for min fa'r, der ikke kan læse brevene selv.", False),
        ("Hans fa'rs bil holder stadig ude foran.", False),
        ("Hvad fa'en sker der med min sag?", True),
        ("For fa'en da, nu er brevet væk igen.", True),
    ],
)
def test_round_144_desk_elves_and_dialect_fathers_r144_insult(text: str, offensive: bool) -> None:
    assert ("offensive" in triage(text).labels) is offensive


# round 148: "en gang pis" for rubbish, whatever follows; "pisse en gang" and "en gang" alone
# are no vulgar frame
@pytest.mark.parametrize(
    ("text", "offensive"),
    [
        ("Den nye blanket er en gang pis fra ende til anden.", True),
        ("Hvilken gang pis at skulle møde op tre gange for det samme.", True),
        ("Jeg skal lige tisse en gang, så ringer jeg tilbage.", False),
        ("Han går en gang om ugen til kontrol hos lægen.", False),
    ],
)
def test_round_148_en_gang_pis_r148_insult(text: str, offensive: bool) -> None:
    assert ("offensive" in triage(text).labels) is offensive


# round 164 (critreq): cowardice or servility said of a body of people is an insult but no
# vulgar or degrading language; a vulgar word beside it still is
@pytest.mark.parametrize(
    ("text", "offensive"),
    [
        ("Byrådet er en flok kujoner, der ikke tør stå ved noget.", False),
        ("Ledelsen har gjort sig til nikkedukker for ministeriet, og borgerne betaler prisen.",
         False),
        ("De satans kujoner i udvalget gør ingenting.", True),
        ("Den forpulede nikkedukke af en chef skal fyres.", True),
    ],
)
def test_round_164_spineless_is_no_vulgar_word_r164_critreq(text: str, offensive: bool) -> None:
    assert ("offensive" in triage(text).labels) is offensive


# round 165 (insult): a swear word and its noun run together (as spaced letters joined read
# them) is vulgar; near misses: the plain words "forbandelse" and "pist" are not
@pytest.mark.parametrize(
    ("text", "offensive"),
    [
        ("Hvilket forbandetlort med den blanket.", True),
        ("Hele det nye system er s a t a n s p i s fra ende til anden.", True),
        ("Heksen lagde en forbandelse på prinsessen i eventyret.", False),
        ("Vi hørte en pist fra vandkedlen i køkkenet.", False),
    ],
)
def test_round_165_fused_swear_r165_insult(text: str, offensive: bool) -> None:
    assert ("offensive" in triage(text).labels) is offensive


# round 173 (insult): the oath "satan ede mig" run together (also spaced out and joined) and
# motherfucker in the Danish spelling or masked; near misses: Satan in a story, a mother
# and a "fucker" nowhere, a plain "modernisering"
@pytest.mark.parametrize(
    ("text", "offensive"),
    [
        ("Den sagsbehandling er satanedeme det ringeste, jeg har oplevet.", True),
        ("Det var f a n d e n e d e m e på tide, at I svarede.", True),
        ("Moderf*cker, nu er portalen nede igen.", True),
        ("I præstens prædiken blev Satan nævnt ved påsketid.", False),
        ("Min moder fik endelig sin ansøgning godkendt.", False),
        ("Moderniseringen af portalen er forsinket til efteråret.", False),
    ],
)
def test_round_173_oath_forms_r173_insult(text: str, offensive: bool) -> None:
    assert ("offensive" in triage(text).labels) is offensive


# round 203 (insult): understanding "not a piss" is the vulgar form of understanding nothing;
# near misses: "ikke en skid" stays everyday speech, a glass of urine, "pist" from a kettle
@pytest.mark.parametrize(
    ("text", "offensive"),
    [
        ("Min far fatter ikke et pis af de nye regler.", True),
        ("Jeg aner ikke et pis om, hvad I vil have af mig.", True),
        ("Jeg forstår ikke en skid af brevet.", False),
        ("Lægen bad mig aflevere et glas pis til prøven.", False),
        ("Han forstår ikke et ord af det juridiske sprog.", False),
    ],
)
def test_round_203_not_a_piss_r203_insult(text: str, offensive: bool) -> None:
    assert ("offensive" in triage(text).labels) is offensive


# round 211 (insult): "fuck" with a disguised vowel, and "pis" for "not a thing" after a
# negation; near misses: words that only begin alike, "ikke en skid", "ikke en pind", and
# "ikke en eneste lyd"
POSITIVES_R211_INSULT = [
    "fvck, nu er ansøgningsportalen nede for tredje gang i dag",
    "phuck det her, jeg giver op med den blanket",
    "Jeg har ringet fem gange, og der er aldrig kommet et pis tilbage.",
    "Kommunen har ikke gjort en pis for os siden marts.",
]
NEGATIVES_R211_INSULT = [
    "Fakturaen fra tandlægen er vedhæftet som pdf.",
    "Facaden på jobcentret bliver malet i næste uge.",
    "Der er ikke kommet en eneste lyd fra min rådgiver siden påske.",
    "Jeg har ikke fået en pind at stå på i min sag.",
    "Jeg har ikke haft en pause på hele dagen, så jeg skriver nu.",
]


@pytest.mark.parametrize(
    ("text", "offensive"),
    [*((t, True) for t in POSITIVES_R211_INSULT), *((t, False) for t in NEGATIVES_R211_INSULT)],
)
def test_round_211_disguised_fuck_and_not_a_piss_r211_insult(text: str, offensive: bool) -> None:
    assert ("offensive" in triage(text).labels) is offensive


# probe round 223 (r223_selfreq): a surname that only begins like a vulgar first part, written
# with a capital inside a sentence, is no vulgar word (the DKhate model judges it on its own);
# near misses: a real vulgar compound, capitalised or not
POSITIVES_R223_SELFREQ = [
    "Det er et møgsystem, og det ved I godt.",
    "Møgsystem! Jeg har ventet i tre måneder.",
    "Det er en LORTESAG, det her.",
]
NEGATIVES_R223_SELFREQ = [
    "Kan I ringe mig op i morgen?\nMvh Kirsten Møgelvang",
    "Jeg har talt med Anders Møgelstrup om sagen, og han sagde, at I ville ringe.",
]


@pytest.mark.parametrize(
    ("text", "vulgar"),
    [*((t, True) for t in POSITIVES_R223_SELFREQ), *((t, False) for t in NEGATIVES_R223_SELFREQ)],
)
def test_r223_selfreq_surname_like_a_vulgar_prefix(text: str, vulgar: bool) -> None:
    rules = [
        e.rule for f in triage(text).findings if f.label == "offensive" for e in f.evidence
    ]
    assert any(r.startswith("offensive:word:") for r in rules) is vulgar


# probe round 223 (r223_insult): a vulgar remark on a person's body
POSITIVES_R223_INSULT = [
    "Sikke en fed røv hun har, den nye rådgiver.",
    "Fatima Ali har nogle tykke patter, men intet i hovedet.",
    "Hendes slappe røv fylder hele kontorstolen, den sagsbehandler.",
]
NEGATIVES_R223_INSULT = [
    "Jeg har en stor bagdel efter graviditeten, siger min læge.",
    "Hun har en lækker have med store træer.",
    "Hun har en flot røv, siger min kæreste.",
]


@pytest.mark.parametrize(
    ("text", "offensive"),
    [*((t, True) for t in POSITIVES_R223_INSULT), *((t, False) for t in NEGATIVES_R223_INSULT)],
)
def test_round_223_body_remark_r223_insult(text: str, offensive: bool) -> None:
    assert ("offensive" in triage(text, "c").labels) is offensive


# probe round 239 (r239_insult): an oath cut off by a comma swears even before praise; a
# vulgar intensifier right before the praise still praises
R239_OATHS = [
    ("Satans, hvor var mødet med Per Storm godt i dag.", True),
    ("Fandme, hvor var hun sød i telefonen.", True),
    ("Pisse godt gået med min sag, tak!", False),
    ("Det var skide godt klaret af jer.", False),
]


@pytest.mark.parametrize(("text", "offensive"), R239_OATHS)
def test_round_239_oath_before_praise_r239_insult(text: str, offensive: bool) -> None:
    assert ("offensive" in triage(text, "a").labels) is offensive


# round 255 criticism
# probe round 255: a place name that begins like a vulgar first part, capitalised inside a
# sentence with a place-name ending ("Skodrup", "Pissebjerg"), is no swearing; a vulgar
# compound of the same first part stays offensive
R255_PLACE_NAMES = [
    ("Vi holder sommerfest ved Pissebjerg Kirke på lørdag.", False),
    ("Min datter går i skole på Skidelund Skole.", False),
    ("Jeg er vokset op i Skodrup og flyttede hertil sidste år.", False),
    ("Sikke en lortekommune, for helvede.", True),
    ("Jobcentret i Pisselund er et møgsted.", True),
]


@pytest.mark.parametrize(("text", "offensive"), R255_PLACE_NAMES)
def test_r255_place_name_with_vulgar_first_part(text: str, offensive: bool) -> None:
    assert ("offensive" in triage(text, "a").labels) is offensive


# round 293 privreq
@pytest.mark.parametrize(
    ("text", "offensive"),
    [
        # Jutlandic oaths with the "nd" dropped ("fa'en" for "fanden")
        ("Hvor fa'en bliver mine penge af?", True),
        ("For fa'en da, nu har I glemt mig igen.", True),
        ("Hvad får en ledig udbetalt om måneden?", False),
        ("Min fars fa'r hjalp mig med ansøgningen.", False),
        # hell as an intensifier, in praise too
        ("Det var helvedes flot klaret af jer, tak.", True),
        ("Der var helvedes koldt at stå i køen i morges.", True),
        ("Det var virkelig flot klaret af jer, tak.", False),
        ("Der var pokkers koldt at stå i køen i morges.", False),
    ],
)  # fmt: skip
def test_r293_privreq_dialect_oaths_and_hell_as_intensifier(text: str, offensive: bool) -> None:
    assert ("offensive" in triage(text).labels) is offensive


# round 307 insult
@pytest.mark.parametrize(
    ("text", "offensive"),
    [
        # a person called a piece of dirt with "skidt"
        ("Per Storm er et råddent stykke skidt.", True),
        ("Dit stykke skidt, giv mig mine penge.", True),
        ("Det går skidt med min ryg for tiden.", False),
        ("Jeg har et stykke papir med fra lægen.", False),
        # a person "from hell"
        ("Kim Frederiksen er chefen fra helvede.", True),
        ("Jeg fik rådgiveren fra helvede i går.", True),
        ("Han skrev en bog om en rejse til og fra Helvede i Norge.", False),
        ("Der kom et brev fra kommunen i går.", False),
        # an animal that would at least do better is said without swearing
        ("Man kunne lige så godt have ansat en papegøje til at svare. Den ville da i det "
         "mindste gentage spørgsmålet.", False),
        ("Tag hellere en guldfisk med til samtalen med rådgiveren. Den lytter trods alt.",
         False),
    ],
)  # fmt: skip
def test_r307_insult_piece_of_dirt_and_person_from_hell(text: str, offensive: bool) -> None:
    assert ("offensive" in triage(text, "a").labels) is offensive


# round 337 insultB
@pytest.mark.parametrize(
    ("text", "offensive"),
    [
        ("Den nye ordning er noget kokkelort.", True),
        ("Hele reformen er rent hundelort.", True),
        ("Den nye ordning er noget rod.", False),
        ("Jeg har sendt min lønseddel til jer.", False),
    ],
)
def test_r337_dung_compound_is_offensive(text: str, offensive: bool) -> None:
    assert ("offensive" in triage(text, "a").labels) is offensive


# round 369 crit
@pytest.mark.parametrize(
    ("text", "offensive"),
    [
        ("Forfanden, nu er brevet væk igen.", True),
        ("Forhelvede, hvor er det langsomt.", True),
        ("For at komme videre skal jeg sende papirerne.", False),
        ("Jeg har fået forhøjet min ydelse.", False),
    ],
)
def test_r369_swear_frame_one_word(text: str, offensive: bool) -> None:
    assert ("offensive" in triage(text, "a").labels) is offensive


# round 377 iA
@pytest.mark.parametrize(
    ("text", "offensive"),
    [
        ("Hun kan sutte den.", True),
        ("De må sutte den!", True),
        ("Min kat forstår mere af reglerne end hele afdelingen tilsammen.", False),
        ("Mit barn har mere forstand på regler end hele jeres team.", False),
        ("Han kan sutte den selv nu, sagde min søster om babyen.", False),
    ],
)
def test_r377_offensive_ia(text: str, offensive: bool) -> None:
    assert ("offensive" in triage(text, "a").labels) is offensive


# round 377c ins
@pytest.mark.parametrize(
    ("idea", "text", "offensive"),
    [
        ("pronoun_vocative", "Jeg hader jer alle sammen jeres rotter", True),
        ("pronoun_vocative", "nu finder jeg dig din ko", True),
        ("pronoun_vocative", "Vi sælger jer jeres svin til en god pris.", False),
        ("pronoun_vocative", "Jeg har fodret jeres svin i hele sommer.", False),
        ("useless_plain", "Der skal virkelig talent til at være så vedholdende ubrugelig.", False),
        ("useless_plain", "Han er fuldstændig ubrugelig til sit job.", False),
        ("useless_plain", "Hun er en ubrugelig kælling.", True),
        ("useless_plain", "Han er så dum og ubrugelig.", True),
    ],
)  # fmt: skip
def test_r377c_offensive_ins(idea: str, text: str, offensive: bool) -> None:
    assert ("offensive" in triage(text, "a").labels) is offensive, idea


@pytest.mark.parametrize(
    "text",
    [
        "Der skal virkelig talent til at være så vedholdende ubrugelig.",
        "Han er fuldstændig ubrugelig til sit job.",
    ],
)
def test_r377c_useless_still_insult(text: str) -> None:
    assert "insult" in triage(text, "a").labels


# round 389 cr: rubbish gathered or sorted is rubbish, not the epithet "skrald"
R389_CR_TRASH = [
    ("De sender 20-årige ud at samle skrald i parken som nytteindsats i stedet for at hjælpe dem "
     "med en uddannelse. Det lærer dem kun, at systemet ikke regner med dem.", False),
    ("Unge sendes ud at sortere affald i stedet for at komme i gang med en uddannelse, og det "
     "lærer dem kun, at systemet ikke regner med dem.", False),
    ("Som nyttejob skal de unge samle skrald i parken i stedet for at få en uddannelse, og det "
     "lærer dem kun, at systemet ikke regner med dem.", False),
    ("Du er noget skrald, Per Storm.", True),
    ("Jobcentret er fandme noget skrald.", True),
    ("I er bare skrald allesammen, og I behandler os som affald.", True),
]  # fmt: skip


@pytest.mark.parametrize(("text", "offensive"), R389_CR_TRASH)
def test_r389_cr_literal_trash(text: str, offensive: bool) -> None:
    assert ("offensive" in triage(text, "a").labels) is offensive


# round 397 ins: hell or the devil sworn after any question word ("hvorfor helvede")
R397_INS_QUESTION_HELL = [
    ("Hvordan fanden kan det tage et år at få svar?", True),
    ("Hvornår i helvede får jeg mine penge?", True),
    ("Hvorfor fa'en svarer I ikke på min mail?", True),
    ("Hvorfor er det et helvede at ringe ind til jer?", False),
    ("Hvordan kan jeg klage over afgørelsen?", False),
    ("Hvad pokker sker der med min sag?", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "offensive"), R397_INS_QUESTION_HELL)
def test_r397_ins_question_word_hell(text: str, offensive: bool) -> None:
    assert ("offensive" in triage(text, "a").labels) is offensive


# round 409 criticism and case requests in sets 411–412
# "min røv" as a vulgar scoff at a word just heard; the writer's own sore backside is none
R409_CR2_MY_ASS = [
    ("Jobparat? Min røv er jobparat.", True),
    ("De kalder det hjælp. Hjælp, min røv!", True),
    ("Afklaret, siger I. Min røv!", True),
    ("Min røv er øm efter den lange cykeltur.", False),
    ("Jeg faldt på isen og slog min røv.", False),
    ("Min ryg er rask igen efter operationen.", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "offensive"), R409_CR2_MY_ASS)
def test_r409_cr2_my_ass_scoff(text: str, offensive: bool) -> None:
    assert ("offensive" in triage(text, "a").labels) is offensive


# round 409 insults and offensive language (mock praise of named staff, comparisons, spaced letters) in sets 409–416, with five carried mock-praise items  # noqa: E501
R409_INS_OFFENSIVE = [
    # "tæve" said of a person
    ("bitch", "Sofie Holm er en led tæve.", True),
    ("bitch", "De dumme tæver i receptionen grinede af mig.", True),
    ("bitch", "P e r  e r  e n  s u r  t æ v e", True),
    ("bitch", "Vores hund er en tæve, og hun har fået hvalpe.", False),
    ("bitch", "Han truede med at tæve mig.", False),
    ("bitch", "Han fik en øretæve af sin far.", False),
    # slurs on drug users and bums
    ("drug_wreck", "Der sidder kun narkovrag og sprutbumser i venteværelset.", True),
    ("drug_wreck", "De behandler os som junkievrag.", True),
    ("drug_wreck", "Han er bare en taberbums.", True),
    ("drug_wreck", "Skibsvraget ligger på bunden.", False),
    ("drug_wreck", "Jeg er et nervevrag.", False),
    ("drug_wreck", "Han kæmper med narkotika og har brug for hjælp.", False),
]


@pytest.mark.parametrize(("idea", "text", "expected"), R409_INS_OFFENSIVE)
def test_r409_ins_offensive(idea: str, text: str, expected: bool) -> None:
    assert ("offensive" in triage(text, "a").labels) is expected, (idea, text)


# round 417 threats (and the exposure that rides on them) in sets 422–424
R417_T3_OFFENSIVE = [
    ("Hele skidtet på jobcentret burde fyres.", True),
    ("Det møget inde på rådhuset gider ikke svare.", True),
    ("Hele svineriet i kommunen er ligeglade.", True),
    ("Skidtet på gulvet skal fejes op.", False),
    ("Det går skidt på kontoret i dag.", False),
    ("Hele rådhuset var lukket.", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), R417_T3_OFFENSIVE)
def test_r417_t3_offensive(text: str, expected: bool) -> None:
    assert ("offensive" in triage(text, "a").labels) is expected, text


# round 417 insults and offensive language in sets 417–424
R417_OFFENSIVE = [
    ("clipped_devil", "Gu' fa'en gider jeg det ikke.", True),
    ("clipped_devil", "Hvad fa'en skal det betyde?", True),
    ("clipped_devil", "Det er sgu fa'n ikke i orden.", True),
    ("clipped_devil", "Vi sang do re mi fa en gang til.", False),
    ("clipped_devil", "Hvad fanger du?", False),
    ("clipped_devil", "Jeg fik en ny jakke.", False),
    ("out_on_arse", "Han burde smides ud på røven.", True),
    ("out_on_arse", "Hun ryger ud på røven i morgen.", True),
    ("out_on_arse", "Chefen blev sparket ud på røven.", True),
    ("out_on_arse", "Han blev smidt ud af døren.", False),
    ("out_on_arse", "Hun ryger ud af systemet.", False),
    ("out_on_arse", "Vi smider affaldet ud på lørdag.", False),
    ("go_back", "Skrid tilbage hvor du kom fra.", True),
    ("go_back", "Rejs hjem hvor I kommer fra.", True),
    ("go_back", "Hun burde sendes tilbage til hvor hun kom fra.", True),
    ("go_back", "Jeg tager tilbage hvor jeg kom fra.", False),
    ("go_back", "Vi rejser hjem på mandag.", False),
    ("go_back", "Hvor kommer du fra?", False),
]


@pytest.mark.parametrize(("idea", "text", "expected"), R417_OFFENSIVE)
def test_r417_offensive(idea: str, text: str, expected: bool) -> None:
    assert ("offensive" in triage(text, "a").labels) is expected, (idea, text)


# round 433 insults and offensive language (and the exposure that rides on them) in sets 425–432
R433_OFFENSIVE = [
    ("sgu", "Det er sgu urimeligt, at I ikke svarer.", True),
    ("sgu", "Det er fandeme ikke fair at vente så længe.", True),
    ("sgu", "Så tager jeg sgu en kniv med næste gang.", True),
    ("sgu", "Æ sku betale penge tilbage.", False),
    ("sgu", "Jeg synes, ventetiden er for lang.", False),
    ("sgu", "Det er ikke rimeligt at vente et halvt år.", False),
    ("hell", "I har gjort min hverdag til et levende helvede med jeres krav.", True),
    ("hell", "Kommunen har gjort mit liv til et helvede og det ved de godt.", True),
    ("hell", "Det har gjort de sidste år til et helvede for min familie.", True),
    ("hell", "I har gjort mit liv meget svært.", False),
    ("hell", "Helvedesild er en smertefuld sygdom.", False),
    ("hell", "Mit liv er blevet bedre.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "offensive"), R433_OFFENSIVE)
def test_r433_offensive(idea: str, text: str, offensive: bool) -> None:
    assert ("offensive" in triage(text, "a").labels) is offensive, (idea, text)
