"""The learned heads for threat and self-harm: when one may complete a half sign into its
label, how the label explains itself, and what the later detectors make of it.

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
    return OffensiveModel({f"w:{word}": 400.0}, {}, meta)


TRIGGERS = {
    "criticism": "paraply",
    "case_request": "vandkande",
    "threat": "kastanje",
    "self_harm": "pingvin",
}

# Half a sign of each label: one cue of weight below 1.0 (a weapon at hand, nobody to miss
# the writer), which the rules alone do not call a label
HALF_SIGNS = {
    "threat": "Jeg har en kniv i bilen.",
    "self_harm": "Ingen vil savne mig.",
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
def test_a_sure_head_completes_a_half_sign_with_its_words_as_evidence(
    engine: Pipeline, label: str
) -> None:
    text = f"{HALF_SIGNS[label]} Og så en {TRIGGERS[label]}."
    result = engine.run(text)
    assert label in result.labels
    assert _learned(result) == {label: [TRIGGERS[label]]}
    (found,) = [f for f in result.findings if f.detector == "learned_abuse"]
    (ev,) = found.evidence
    assert text[ev.start : ev.end] == TRIGGERS[label]
    assert ev.rule == f"learned:{label}"
    assert "Lært model for" in ev.reason and TRIGGERS[label] in ev.reason


@pytest.mark.parametrize("label", ABUSE_HEADS)
def test_the_half_sign_alone_is_no_label(engine: Pipeline, label: str) -> None:
    assert label not in engine.run(HALF_SIGNS[label]).labels


@pytest.mark.parametrize("label", ABUSE_HEADS)
def test_a_sure_head_without_a_half_sign_adds_nothing(engine: Pipeline, label: str) -> None:
    """No cue of the label matched: the head is not asked, however sure it is."""
    text = f"Hej. Efter mødet tænkte jeg på en {TRIGGERS[label]} hele vejen hjem."
    assert _learned(engine.run(text)) == {}


def test_a_label_the_rules_gave_is_not_given_again(engine: Pipeline) -> None:
    result = engine.run("Jeg slår dig ihjel. Det lover jeg, kastanje.")
    assert "threat" in result.labels
    assert "threat" not in _learned(result)


def test_a_cue_the_rules_vetoed_binds_the_head(engine: Pipeline) -> None:
    """Sleeping pills bought matched a means cue, and its ``unless`` said they were bought for
    someone else: the head may not overrule the rule that looked at the words."""
    bought = "Jeg har købt sovepiller til mine forældre. Og så en pingvin."
    assert _learned(engine.run(bought)) == {}
    assert _learned(engine.run("Jeg har købt sovepiller. Og så en pingvin.")) == {
        "self_harm": ["pingvin"]
    }


def test_a_learned_threat_beside_a_name_exposes_the_staff_member(engine: Pipeline) -> None:
    result = engine.run("Per Storm, jeg har en kniv i bilen. Og så en kastanje.")
    assert {"threat", "staff_named", "exposure"} <= result.labels


def test_the_abuse_heads_run_before_offensive_and_exposure() -> None:
    assert ORDER.index("insult") < ORDER.index("learned_abuse") < ORDER.index("offensive")
    assert ORDER.index("learned_abuse") < ORDER.index("exposure")


def test_the_shipped_heads_are_all_there_and_scored_together() -> None:
    heads = load_heads()
    assert set(heads.heads) == set(ALL_HEADS)
    probabilities = heads.probabilities(["jeg", "venter", "på", "svar", "fra", "jer"])
    assert set(probabilities) == set(ALL_HEADS)
    assert all(0.0 <= p <= 1.0 for p in probabilities.values())
