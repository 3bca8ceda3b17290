"""The learned heads for threat, self-harm and insult: when one may add its label, how the
label explains itself, and what the later detectors make of it.

As in ``test_learned.py``, the mechanics are tested with small heads whose weights are
written here (one word weighs everything); the shipped heads are tested by the probe sets and
the near-miss tables of every label test.
"""

from __future__ import annotations

import pytest

from borgerpost.detect.context import PipelineContext
from borgerpost.detect.label_model import ABUSE_HEADS, ALL_HEADS, HeadSet, load_heads
from borgerpost.detect.labels.learned import LearnedDetector
from borgerpost.detect.labels.learned_abuse import LearnedAbuseDetector
from borgerpost.detect.offensive_model import OffensiveModel
from borgerpost.detect.pipeline import ORDER, Pipeline, TriageResult, build_detectors
from borgerpost.register import parse_register
from tests.detect.conftest import REGISTER_A


def _head(word: str) -> OffensiveModel:
    """A head that is sure when ``word`` occurs and sure of the opposite otherwise."""
    meta = {"features": {}, "intercept": -4.0, "platt_a": 1.0, "platt_b": 0.0, "threshold": 0.5}
    return OffensiveModel({f"w:{word}": 80.0}, {}, meta)


TRIGGERS = {
    "criticism": "paraply",
    "case_request": "vandkande",
    "threat": "vandmelon",
    "self_harm": "papegøje",
    "insult": "gulerod",
}


@pytest.fixture(scope="module")
def engine() -> Pipeline:
    context = PipelineContext.build(parse_register(REGISTER_A))
    heads = HeadSet({label: _head(TRIGGERS[label]) for label in ALL_HEADS})
    swap = {"learned": LearnedDetector, "learned_abuse": LearnedAbuseDetector}
    detectors = [
        swap[d.name](context, heads=heads) if d.name in swap else d
        for d in build_detectors(context)
    ]
    return Pipeline(context, detectors)


def _learned(result: TriageResult) -> dict[str, list[str]]:
    return {
        f.label: [e.quote for e in f.evidence]
        for f in result.findings
        if f.detector == "learned_abuse"
    }


@pytest.mark.parametrize("label", ABUSE_HEADS)
def test_a_sure_head_adds_its_label_with_the_word_as_evidence(engine: Pipeline, label: str) -> None:
    text = f"Hej. Efter mødet tænkte jeg på en {TRIGGERS[label]} hele vejen hjem."
    result = engine.run(text)
    assert label in result.labels
    assert _learned(result) == {label: [TRIGGERS[label]]}
    (found,) = [f for f in result.findings if f.detector == "learned_abuse"]
    (ev,) = found.evidence
    assert text[ev.start : ev.end] == TRIGGERS[label]
    assert ev.rule == f"learned:{label}"
    assert "Lært model for" in ev.reason and TRIGGERS[label] in ev.reason


def test_an_unsure_head_adds_nothing(engine: Pipeline) -> None:
    assert _learned(engine.run("Hej. I dag så jeg en båd ude ved havnen.")) == {}


def test_a_label_the_rules_gave_is_not_given_again(engine: Pipeline) -> None:
    result = engine.run("Jeg slår dig ihjel. Det lover jeg, vandmelon.")
    assert "threat" in result.labels
    assert "threat" not in _learned(result)


def test_a_cue_the_rules_vetoed_binds_the_head(engine: Pipeline) -> None:
    """ "dræber tiden" matched a killing cue and its ``unless`` said no: the head may not
    overrule the rule that looked at the words."""
    assert _learned(engine.run("Jeg dræber tiden med en vandmelon og et krydsord.")) == {}


def test_a_learned_threat_beside_a_name_exposes_the_staff_member(engine: Pipeline) -> None:
    result = engine.run("Per Storm, nu kommer der en vandmelon til dig.")
    assert {"threat", "staff_named", "exposure"} <= result.labels


def test_a_learned_insult_in_plain_words_is_not_offensive_language(engine: Pipeline) -> None:
    result = engine.run("Du er sådan en gulerod, Per Storm.")
    assert "insult" in result.labels
    assert "offensive" not in result.labels


def test_the_abuse_heads_run_before_offensive_and_exposure() -> None:
    assert ORDER.index("insult") < ORDER.index("learned_abuse") < ORDER.index("offensive")
    assert ORDER.index("learned_abuse") < ORDER.index("exposure")


def test_the_shipped_heads_are_all_there_and_scored_together() -> None:
    heads = load_heads()
    assert set(heads.heads) == set(ALL_HEADS)
    probabilities = heads.probabilities("jeg venter på svar fra jer".split())
    assert set(probabilities) == set(ALL_HEADS)
    assert all(0.0 <= p <= 1.0 for p in probabilities.values())
