"""The pipeline: detector order, failures reported (never swallowed), batch order, and the
evidence invariant raw[start:end] == quote on arbitrary text."""

from __future__ import annotations

from collections.abc import Iterable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from borgerpost.detect.base import CASE_KINDS, LABELS, Document, Finding
from borgerpost.detect.context import PipelineContext
from borgerpost.detect.pipeline import ORDER, Pipeline, build_detectors
from borgerpost.register import StaffMember
from tests.detect.labels.engine import pipeline


def test_every_known_label_detector_runs_in_order(context_a: PipelineContext) -> None:
    names = [d.name for d in build_detectors(context_a)]
    known = [n for n in names if n in ORDER]
    assert known == list(ORDER)
    assert names.index("staff_named") < names.index("exposure")
    assert names.index("insult") < names.index("offensive") < names.index("exposure")
    assert names.index("threat") < names.index("criticism")


def test_every_label_of_the_guide_has_a_detector(context_a: PipelineContext) -> None:
    given_labels = {label for d in build_detectors(context_a) for label in d.labels}
    assert set(LABELS) <= given_labels


class _Broken:
    """A detector with the real interface that fails, as a buggy plug-in would."""

    name = "broken"
    labels = ("threat",)
    version = "0"

    def detect(self, doc: Document) -> Iterable[Finding]:
        raise RuntimeError("kaput")


def test_a_failing_detector_is_reported_and_the_others_still_run(
    context_a: PipelineContext,
) -> None:
    detectors = build_detectors(context_a)
    detectors.insert(2, _Broken())
    result = Pipeline(context_a, detectors).run("Jeg slår dig ihjel, din idiot.")
    assert result.failed == ("broken: RuntimeError: kaput",)
    assert not result.ok
    assert {"threat", "insult", "offensive"} <= result.labels
    assert all(f.detector != "broken" for f in result.findings)


def test_a_failing_component_is_reported(context_a: PipelineContext) -> None:
    pipe = Pipeline.from_register([StaffMember("Per Storm", "sagsbehandler", "Kontanthjælp")])

    def boom(doc: Document) -> None:
        raise ValueError("normaliser broke")

    pipe.stages = (("normalise", boom), *pipe.stages[1:])
    result = pipe.run("Hej")
    assert result.failed[0] == "normalise: ValueError: normaliser broke"


def test_pipe_keeps_input_order_and_equals_run() -> None:
    texts = [
        "Jeg slår dig ihjel.",
        "Kan mødet flyttes?",
        "Tak for hjælpen.",
        "Du er en idiot.",
        "Jeg anmoder om aktindsigt.",
    ]
    engine = pipeline("a")
    batch = list(engine.pipe(iter(texts)))
    assert [r.labels for r in batch] == [engine.run(t).labels for t in texts]
    assert "threat" in batch[0].labels and batch[1].case_kind == "moede"
    assert batch[2].labels == frozenset()
    assert batch[4].case_kind == "aktindsigt"


def test_case_kind_is_a_known_kind() -> None:
    result = pipeline("a").run("Jeg klager over afgørelsen.")
    assert result.case_kind in CASE_KINDS


DANISH = st.sampled_from(
    [
        "jeg",
        "du",
        "dig",
        "I",
        "slår",
        "ihjel",
        "idiot",
        "lort",
        "fandme",
        "ved",
        "hvor",
        "bor",
        "Per",
        "Storm",
        "Jakob",
        "Bøgh",
        "kælling",
        "klage",
        "aktindsigt",
        "møde",
        "flyttes",
        "ikke",
        "aldrig",
        "¶",
        ",",
        ".",
        "!",
        "?",
        ":",
        "4",
        "0",
        "3",
        "@",
        "\u200b",
        "ſ",
        "é",
        "æ",
        "ø",
        "å",
        "Å",
        "k",
        "i",
        "r",
        "s",
        "t",
        "e",
        "n",
        "𝕀",
        "ＩＤＩＯＴ",
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=120), st.lists(DANISH, max_size=25).map(" ".join)))
def test_evidence_quotes_are_raw_slices_for_any_text(text: str) -> None:
    result = pipeline("a").run(text)
    assert result.failed == ()
    for f in result.findings:
        assert f.label in LABELS
        for e in f.evidence:
            assert 0 <= e.start <= e.end <= len(text)
            assert text[e.start : e.end] == e.quote


@pytest.mark.parametrize("text", ["", " ", "\n\n", "....", "¶", "​"])
def test_empty_and_odd_texts_give_no_labels(text: str) -> None:
    result = pipeline("a").run(text)
    assert result.failed == ()
    assert result.labels == frozenset()
