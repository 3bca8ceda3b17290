"""The learned detector: when a head may add a label, and how that label explains itself.

The mechanics are tested with small heads whose weights are written here (one word weighs
everything), so each test knows exactly what the head will say; the shipped heads are
tested by the probe sets and the near-miss tables of every label test.
"""

from __future__ import annotations

import pytest

from borgerpost.detect.context import PipelineContext
from borgerpost.detect.label_model import HEADS, HeadSet
from borgerpost.detect.labels.learned import (
    LearnedDetector,
    allowed,
    approves,
    curses_weather,
    names_a_grievance,
    only_asks_facts,
)
from borgerpost.detect.normalise import normalise
from borgerpost.detect.offensive_model import OffensiveModel
from borgerpost.detect.pipeline import Pipeline, TriageResult, build_detectors
from borgerpost.register import parse_register
from tests.detect.conftest import REGISTER_A
from tests.detect.labels.engine import triage as shipped_triage


def _head(word: str) -> OffensiveModel:
    """A head that is sure when ``word`` occurs and sure of the opposite otherwise."""
    meta = {"features": {}, "intercept": -4.0, "platt_a": 1.0, "platt_b": 0.0, "threshold": 0.5}
    return OffensiveModel({f"w:{word}": 80.0}, {}, meta)


TRIGGERS = {
    "criticism": "paraply",
    "case_request": "vandkande",
}


@pytest.fixture(scope="module")
def engine() -> Pipeline:
    context = PipelineContext.build(parse_register(REGISTER_A))
    heads = HeadSet({label: _head(TRIGGERS[label]) for label in HEADS})
    detectors = [
        LearnedDetector(context, heads=heads) if d.name == "learned" else d
        for d in build_detectors(context)
    ]
    return Pipeline(context, detectors)


def _learned(result: TriageResult) -> dict[str, list[str]]:
    return {
        f.label: [e.quote for e in f.evidence] for f in result.findings if f.detector == "learned"
    }


@pytest.mark.parametrize("label", HEADS)
def test_a_sure_head_adds_its_label_with_the_word_as_evidence(engine: Pipeline, label: str) -> None:
    text = f"Hej. Efter mødet så jeg en {TRIGGERS[label]} ude ved havnen."
    result = engine.run(text)
    assert label in result.labels
    assert _learned(result)[label] == [TRIGGERS[label]]
    (found,) = [f for f in result.findings if f.detector == "learned"]
    (ev,) = found.evidence
    assert text[ev.start : ev.end] == TRIGGERS[label]
    assert ev.rule == f"learned:{label}"
    assert "Lært model" in ev.reason and TRIGGERS[label] in ev.reason


def test_an_unsure_head_adds_nothing(engine: Pipeline) -> None:
    assert _learned(engine.run("Hej. I dag så jeg en båd ude ved havnen.")) == {}


def test_a_learned_case_request_has_the_general_kind(engine: Pipeline) -> None:
    result = engine.run("Jeg tænker på min vandkande hele tiden.")
    assert result.case_kind == "andet"


def test_a_label_the_rules_gave_is_left_to_the_rules(engine: Pipeline) -> None:
    result = engine.run("Jeg klager hermed over afgørelsen om min ydelse. Vandkande.")
    assert result.case_kind == "klage"
    assert "case_request" not in _learned(result)


def test_a_request_the_rules_vetoed_is_not_added_by_the_head(engine: Pipeline) -> None:
    """A request cue matched and its ``unless`` said no (thanks for an answer): binding."""
    vetoed = engine.run("Tak for jeres svar om aktindsigt i sagen. Vandkande.")
    assert "case_request" not in vetoed.labels
    # the same head still adds a request where no request cue was vetoed
    assert "case_request" in engine.run("Jeg tænker på min sag og min vandkande.").labels


def test_no_criticism_beside_a_threat(engine: Pipeline) -> None:
    result = engine.run("Jeg slår dig ihjel i morgen, det lover jeg. Paraply.")
    assert "threat" in result.labels
    assert "criticism" not in result.labels


def test_grammar_words_alone_explain_nothing() -> None:
    """A head whose weight sits on grammar words gives no label: nothing to point at."""
    context = PipelineContext.build(parse_register(REGISTER_A))
    heads = HeadSet({"criticism": _head("det"), "case_request": _head("vandkande")})
    detector = LearnedDetector(context, heads=heads)
    engine = Pipeline(context, [detector])
    assert engine.run("Det er det.").labels == frozenset()


@pytest.mark.parametrize(
    ("label", "given", "expected"),
    [
        ("criticism", set(), True),
        ("criticism", {"criticism"}, False),
        ("criticism", {"threat"}, False),
        ("criticism", {"doxxing", "staff_named"}, False),
        ("criticism", {"insult", "offensive"}, False),  # a slur is no complaint to hear out
        ("criticism", {"offensive"}, True),  # swearing at the system may still be criticism
        ("case_request", {"criticism", "threat"}, False),  # a threat asks for nothing either
        ("case_request", {"criticism", "insult"}, True),
        ("case_request", {"case_request"}, False),
        ("case_request", {"self_harm"}, False),  # a farewell letter asks for nothing
        ("case_request", {"doxxing", "staff_named"}, False),  # nor a home address told
        ("criticism", {"self_harm"}, True),
    ],
)
def test_the_rules_guards_bind_the_heads(label: str, given: set[str], expected: bool) -> None:
    assert allowed(label, given) is expected


@pytest.mark.parametrize(
    ("text", "learned"),
    [
        # the writer calls the matter fine: the criticism head is overruled
        ("Min paraply kom tilbage efter to uger, og det er helt i orden.", False),
        ("Tre uger på en paraply var fint for mig.", False),
        # fine with a "men" after it, or fine about something else entirely: not overruled
        ("Det er i orden med ventetiden, men min paraply er væk.", True),
        ("Min paraply blev stjålet på jobcentret.", True),
    ],
)
def test_the_criticism_head_yields_where_the_writer_calls_it_fine(
    engine: Pipeline, text: str, learned: bool
) -> None:
    assert ("criticism" in _learned(engine.run(text))) is learned


@pytest.mark.parametrize(
    ("text", "learned"),
    [
        ("Jeg vil have min vandkande sort.", False),  # about nothing a jobcentre handles
        ("Min vandkande og mødet i går.", True),
        ("En vandkande til danskundervisningen.", True),  # a compound's last part
    ],
)
def test_the_case_request_head_needs_a_word_about_a_case(
    engine: Pipeline, text: str, learned: bool
) -> None:
    assert ("case_request" in _learned(engine.run(text))) is learned


@pytest.mark.parametrize(
    ("text", "approved"),
    [
        ("Afgørelsen er klar, og jeg har ingen indvendinger.", True),
        ("Jeg har ikke nogen indvendinger mod referatet.", True),
        ("Referatet godkendes uden indvendinger.", True),
        # objections, or "ingen indvendinger" taken back by a "men"
        ("Jeg har indvendinger mod afgørelsen.", False),
        ("Jeg har ingen indvendinger mod mødet, men afgørelsen er forkert.", False),
        # a lack denied; the idiom of plenty, or a lack denied and then a "men"
        ("Begrundelsen mangler ikke, den står nederst.", True),
        ("Der mangler intet i brevet.", True),
        ("Det mangler ikke på fejl i jeres breve.", False),
        ("Klagevejledningen mangler ikke, men begrundelsen gør.", False),
        # the jobcentre cleared of blame, unless a "men" follows
        ("I har gjort, hvad I kunne, og det er ikke jeres skyld.", True),
        ("Det er ikke din skyld, men systemet er helt urimeligt.", False),
    ],
)
def test_the_writer_raising_no_objection_approves(text: str, approved: bool) -> None:
    assert approves(normalise(text).text) is approved


@pytest.mark.parametrize(
    ("text", "learned"),
    [
        # a notice of the writer's own coming, or the jobcentre cleared: the head is overruled
        ("Min vandkande er gået i stykker, så jeg kommer ti minutter for sent til mødet.", False),
        ("Jeg kommer til samtalen kl. 9 som aftalt, vandkanden har jeg med.", False),
        ("Jeg er ikke utilfreds med jer. Min vandkande og min arbejdsgiver er problemet.", False),
        # the same with a question or a wish: the head keeps its say
        ("Jeg kommer for sent til mødet pga. min vandkande. Kan vi rykke det?", True),
        ("Jeg er ikke sur på jer, og jeg håber på en vandkande i sagen.", True),
    ],
)
def test_the_case_request_head_yields_to_a_notice_that_asks_nothing(
    engine: Pipeline, text: str, learned: bool
) -> None:
    assert ("case_request" in _learned(engine.run(text))) is learned


@pytest.mark.parametrize(
    ("text", "facts_only"),
    [
        ("Hvor lang tid varer mødet? Er det 20 minutter?", True),
        ("Hvornår kan jeg forvente en afgørelse i min sag?", True),
        ("Hvem skal jeg sende lægeerklæringen til?", True),
        # a why or a how-can-it-be, or a statement beside the question: the head has its say
        ("Hvordan kan det være, at jeg stadig venter?", False),
        ("Hvorfor har ingen læst min sag?", False),
        ("Hvornår kommer svaret? Det er for dårligt.", False),
        ("Jeg har ventet i ti uger.", False),
    ],
)
def test_plain_questions_of_fact_are_told_apart(text: str, facts_only: bool) -> None:
    assert only_asks_facts(normalise(text)) is facts_only


# round 177 (crit): a status question asked without its question mark, and a representative's
# calm word of whom they write for beside it; a complaint in the introduction, or an
# introduction alone, leaves the head its say
@pytest.mark.parametrize(
    ("text", "facts_only"),
    [
        (
            "Jeg skriver på vegne af min søster, som har givet samtykke. Vi vil gerne vide, "
            "hvornår hendes sag om ressourceforløb bliver behandlet.",
            True,
        ),
        (
            "Jeg er partsrepræsentant for min nabo og har fuldmagt. Kan I oplyse, hvor lang tid "
            "der går, før der træffes afgørelse?",
            True,
        ),
        ("Jeg vil gerne høre, hvor langt I er med min ansøgning om fleksjob.", True),
        (
            "Jeg er bisidder for en borger, som aldrig har fået svar fra jer. Vi vil gerne vide, "
            "hvornår sagen bliver afgjort.",
            False,
        ),
        ("Jeg er bisidder for en borger, som har givet samtykke.", False),
        ("Vi vil gerne vide, hvorfor sagen har ligget stille i et halvt år.", False),
    ],
)
def test_r177_crit_status_question_without_question_mark(text: str, facts_only: bool) -> None:
    assert only_asks_facts(normalise(text)) is facts_only


# round 255 criticism
# probe round 255: swearing at the weather on the way to the jobcentre is no criticism when
# nothing but the curse makes it one; a complaint told beside the curse stays criticism
@pytest.mark.parametrize(
    ("words", "cursed"),
    [
        (["sikke", "et", "skidevejr"], True),
        (["pisregn", "hele", "dagen"], True),
        (["sikke", "et", "lortesystem"], False),
        (["sikke", "et", "vejr"], False),
    ],
)
def test_r255_curses_weather(words: list[str], cursed: bool) -> None:
    assert curses_weather(words) is cursed


@pytest.mark.parametrize(
    ("text", "criticism"),
    [
        (
            "Pisregn hele morgenen, for fanden. Jeg tog bussen til jobcentret og har fået ny "
            "tid til samtale.",
            False,
        ),
        (
            "Hold kæft et lortevejr i dag. Min paraply knækkede på vej til mødet i jobcentret, "
            "men samtalen gik fint.",
            False,
        ),
        (
            "Fucking skidevejr i dag. Jeg skal til samtale på jobcentret kl 10 og har ingen "
            "paraply.",
            False,
        ),
        ("Lortevejr og lortesystem. Tre timer i venteværelset for ingenting.", True),
        (
            "Sikke et lortevejr. Og jobcentret har stadig ikke svaret på min klage efter tre "
            "måneder, det er uacceptabelt.",
            True,
        ),
    ],
)
def test_r255_weather_curse_is_no_criticism(text: str, criticism: bool) -> None:
    labels = shipped_triage(text).labels
    assert "offensive" in labels
    assert ("criticism" in labels) is criticism


# round 259 selfharm
# probe round 259: beside self_harm the criticism head needs something the jobcentre did or
# decided named; a farewell letter that only tells of affairs put in order is no criticism
# (own examples, not the probe items)
@pytest.mark.parametrize(
    ("text", "grievance"),
    [
        ("i har stoppet min ydelse uden varsel.", True),
        ("afslaget på min førtidspension var det sidste.", True),
        ("efter fire praktikker orker jeg ikke mere.", True),
        ("mine papirer ligger ordnet i skuffen, og hunden bor hos min bror.", False),
        ("kære jobcenter. jeg har været syg i tre år, og nu er alt betalt.", False),
    ],
)
def test_r259_names_a_grievance(text: str, grievance: bool) -> None:
    assert names_a_grievance(normalise(text).text) is grievance


@pytest.mark.parametrize(
    ("text", "criticism"),
    [
        (
            "Kære jobcenter. Jeg har været sygemeldt længe. Jeg har besluttet, at jeg ikke vil "
            "fortsætte, og mine papirer ligger klar i skuffen. Hunden er lovet væk til min bror.",
            False,
        ),
        (
            "Til jobcentret. Jeg er 58 år og har været syg i tre år. Mine regninger er betalt, og "
            "mine papirer ligger klar på skrivebordet. Katten er lovet væk til min nabo. De skal "
            "ikke bekymre Dem mere om min sag.",
            False,
        ),
        (
            "I har sendt mig i fem praktikker, og hver gang er jeg brudt sammen. Jeg har skrevet "
            "et afskedsbrev til min datter.",
            True,
        ),
        (
            "Efter tre år med afslag og sanktioner fra jobcentret orker jeg ikke mere. Jeg har "
            "skrevet et afskedsbrev til min mor.",
            True,
        ),
    ],
)
def test_r259_farewell_without_grievance_is_no_criticism(text: str, criticism: bool) -> None:
    labels = shipped_triage(text).labels
    assert "self_harm" in labels
    assert ("criticism" in labels) is criticism


# round 259 criticism
# thanks for help and the good news it led to (a job, a place on a course) ask for nothing;
# the same thanks beside a question or a wish still asks
@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Jeg takker for hjælpen med min sag. Jeg er blevet optaget på SOSU-uddannelsen.", False),
        ("Tusind tak for hjælpen i min sag. Jeg er blevet fastansat i kantinen.", False),
        (
            "Tak for hjælpen med min sag. Jeg er blevet fastansat, så hvornår stopper min "
            "ydelse?",
            True,
        ),
        (
            "Tusind tak for hjælpen. Jeg har fået jobbet og vil gerne have stoppet min "
            "kontanthjælp.",
            True,
        ),
    ],
)
def test_r259_thanks_and_good_news_ask_nothing(text: str, asked: bool) -> None:
    labels = shipped_triage(text).labels
    assert ("case_request" in labels) is asked
    assert "criticism" not in labels


# round 353 criticismA
# a calm word that a letter came, or thanks for it, beside a question of fact asks and does
# not complain; a wait told or a letter that came late keeps the criticism head's say
@pytest.mark.parametrize(
    ("text", "criticism"),
    [
        (
            "Hvor lang tid har jeg til at klage over afgørelsen om mit ressourceforløb? "
            "Afgørelsen kom i e-Boks den 12. marts.",
            False,
        ),
        (
            "Hvornår er sidste frist for at klage over afgørelsen om min fleksjobvisitation? "
            "Brevet kom i e-Boks den 4. april.",
            False,
        ),
        (
            "Hvornår udløber fristen for at klage over afgørelsen om mit ressourceforløb? "
            "Brevet kom først i min e-Boks tre uger efter.",
            True,
        ),
        (
            "Jeg fik et brev om, at min klage er modtaget, men det er nu fem måneder siden. "
            "Hvornår kan jeg forvente et svar?",
            True,
        ),
    ],
)
def test_r353_receipt_beside_a_question(text: str, criticism: bool) -> None:
    labels = shipped_triage(text).labels
    assert "case_request" in labels
    assert ("criticism" in labels) is criticism


# round 433 criticism and case requests in sets 430 and 431
R433_CR2_PRAISE = [
    # the jobcentre praised: the criticism head yields unless a turn follows
    ("praise", "Kommunen fortjener stor ros for den hurtige "
     "behandling. Jeg fik svar efter tre dage.", False),
    ("praise", "I skal have ros for den nye hjemmeside. Jeg fandt svaret på fem minutter.", False),
    ("praise", "Min sagsbehandler skal have et stort cadeau for "
     "sin tålmodighed ved vores møder.", False),
    ("praise", "Jobcentret skal have ros for indsatsen. Desværre har jeg "
     "ventet i fem måneder på en afgørelse.", True),
    ("praise", "Jeg har ventet i fem måneder på svar fra jobcentret. Det er for længe.", True),
    ("praise", "Han skal have ros, men I har stadig ikke svaret mig i fire uger.", True),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "criticised"), R433_CR2_PRAISE)
def test_r433_cr2_praise(idea: str, text: str, criticised: bool) -> None:
    assert ("criticism" in shipped_triage(text, "a").labels) is criticised, idea
