"""One anchor scan for all cue sets hands each set the windows it finds alone, less the
ones its gate shows cannot match — and so exactly the same matches."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from borgerpost.detect.base import Document
from borgerpost.detect.context import PipelineContext
from borgerpost.detect.cue_index import CueIndex, cue_index
from borgerpost.detect.cue_patterns import compile_pattern
from borgerpost.detect.cues import Cue, CueSet, cue_set
from borgerpost.detect.rules import CueDetector
from borgerpost.detect.textview import ensure_view

FILES = tuple(
    f"cues/{name}.yaml"
    for name in (
        "threat", "self_harm", "insult", "offensive", "exposure", "criticism",
        "case_request", "representative",
    )
)  # fmt: skip
FRAGMENTS = [
    "Jeg ved hvor du bor.", "Per Storm er en idiot!", "Jeg vil klage over afgørelsen.",
    "Hvornår kommer pengene?", "Jeg slår dig ihjel", "Jeg orker ikke mere,", "skriv navnet ned",
    "jeg skriver på vegne af min søn", "Det er fandme for dårligt.", "I trækker sagen i langdrag",
    "og", "men", "ikke", "\n", "Hold kæft hvor er det flot.", "Jeg anmoder om aktindsigt.",
]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=10).map(" ".join))
def test_each_set_gets_its_windows_less_the_ones_that_cannot_match(text: str) -> None:
    from tests.detect.labels.engine import pipeline

    view = ensure_view(Document(text), pipeline("a").context)
    index = cue_index(FILES)
    if not view.words:
        return
    shared = index.windows(view)
    assert index.windows(view) is shared  # scanned once per view
    for f, windows in zip(FILES, shared, strict=True):
        cues = cue_set(f)
        alone = cues._windows(view)
        assert set(windows) <= set(alone)
        assert windows == sorted(windows)
        for k, (lo, hi) in set(alone) - set(windows):  # gated out: the regex finds nothing
            regex = cues._patterns[k][2].regex
            assert all(m.end() <= m.start() for m in regex.finditer(view.string, lo, hi))
        assert cues.find(view, windows) == cues.find(view)


def test_the_gate_skips_a_sentence_that_lacks_a_pattern_word(context_a: PipelineContext) -> None:
    """ "ihjel" anchors threats like "slå dig ihjel"; a sentence with "ihjel" but without the
    verb need not run those patterns, a sentence with both must."""
    index = cue_index(FILES)
    slot = FILES.index("cues/threat.yaml")
    plain = ensure_view(Document("Jeg keder mig ihjel på kontoret."), context_a)
    threat = ensure_view(Document("Jeg slår dig ihjel."), context_a)
    alone = cue_set("cues/threat.yaml")._windows(plain)
    assert len(index.windows(plain)[slot]) < len(alone)
    assert cue_set("cues/threat.yaml").find(threat, index.windows(threat)[slot])


def test_an_index_of_no_anchors_still_gives_every_set_its_windows(
    context_a: PipelineContext,
) -> None:
    view = ensure_view(Document("Hej med dig."), context_a)
    assert CueIndex([]).windows(view) == []


def test_every_cue_detector_shares_one_index(context_a: PipelineContext) -> None:
    from borgerpost.detect.base import REGISTRY
    from borgerpost.detect.labels import load_all

    load_all()
    detectors = [cls(context_a) for cls in REGISTRY.values() if issubclass(cls, CueDetector)]
    assert len({id(d.index) for d in detectors}) == 1
    assert all(d.index.sets[d.slot] is d.cues for d in detectors)


def _without_words_gate(cues: CueSet) -> CueSet:
    bare = copy.copy(cues)
    bare._patterns = [(i, j, replace(c, words_gate=())) for i, j, c in cues._patterns]
    return bare


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=10).map(" ".join))
def test_the_words_gate_changes_no_match(text: str) -> None:
    """A window is skipped only when it lacks every word of a required spec, so the
    regex could not have matched there: the same matches with the gate as without."""
    from tests.detect.labels.engine import pipeline

    view = ensure_view(Document(text), pipeline("a").context)
    for f in FILES:
        cues = cue_set(f)
        assert cues.find(view) == _without_words_gate(cues).find(view)


@pytest.mark.parametrize(
    ("pattern", "gate"),
    [
        ("ikke ~1 lytter|lyttet", [{"ikke"}]),  # a common word: no automaton key, a word gate
        ("jeg|vi ~1 kommer ~1 efter dig", [{"jeg", "vi"}, {"kommer"}, {"dig"}]),
        ("slå* ~2 ihjel", []),  # "slå*" takes any ending: no whole word to check
        ("¶ jeg ~1 kommer", [{"jeg"}]),  # a sentence boundary is no word
        ("ikke (i orden / godt nok)", [{"ikke"}]),  # the group is the anchor
    ],
)
def test_the_words_gate_holds_the_whole_word_specs_the_anchor_does_not(
    pattern: str, gate: list[set[str]]
) -> None:
    compiled = compile_pattern(pattern, {})
    assert sorted(map(sorted, compiled.words_gate)) == sorted(map(sorted, gate))


class _CountingRegex:
    """A regex that counts the windows it is asked to search."""

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex, self.windows = regex, 0

    def finditer(self, string: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
        self.windows += 1
        return self.regex.finditer(string, lo, hi)


def test_a_window_without_a_needed_common_word_is_not_searched(context_a: PipelineContext) -> None:
    cues = CueSet([Cue("c", "r", 1.0, False, ("ikke ~1 lytter",))], {})
    i, j, compiled = cues._patterns[0]
    spy = _CountingRegex(compiled.regex)
    spied = replace(compiled)
    object.__setattr__(spied, "regex", spy)  # the compiled regex is a cached property
    cues._patterns[0] = (i, j, spied)
    assert cues.find(ensure_view(Document("Hun lytter til mig. Hun lytter."), context_a)) == []
    assert spy.windows == 0  # "lytter" anchors both sentences; neither has "ikke"
    text = "Hun lytter. Han gider ikke lytte, ikke lytter."
    found = cues.find(ensure_view(Document(text), context_a))
    assert spy.windows == 1 and len(found) == 1


@cache
def _ranked_and_as_spelt() -> tuple[CueIndex, CueIndex]:
    """The shipped sets indexed with their gates ranked, and in the order each pattern
    spells them (key gates first)."""
    from borgerpost.detect import cue_index as module

    sets = [cue_set(f) for f in FILES]
    with mock.patch.object(module, "_commonness", lambda kind, spec: kind):
        as_spelt = CueIndex(sets)
    return CueIndex(sets), as_spelt


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=10).map(" ".join))
def test_the_order_of_the_gates_changes_no_window(text: str) -> None:
    """The rarest gate spec files a pattern (fewer patterns looked at per sentence); filed
    in the order the pattern spells its gates instead, the index hands out the same pairs."""
    from tests.detect.labels.engine import pipeline

    view = ensure_view(Document(text), pipeline("a").context)
    ranked, as_spelt = _ranked_and_as_spelt()
    assert ranked._scan(view) == as_spelt._scan(view)


def test_a_pattern_is_filed_under_its_rarest_gate() -> None:
    from borgerpost.detect.cue_index import _KEY_SPEC, _WORD_SPEC, _commonness

    assert _commonness(_WORD_SPEC, frozenset({"forvaltningsloven"})) < _commonness(
        _WORD_SPEC, frozenset({"jeg"})
    )
    assert _commonness(_WORD_SPEC, frozenset({"og"})) > _commonness(_WORD_SPEC, frozenset({"hvis"}))
    assert _commonness(_KEY_SPEC, frozenset({"ihjel"})) < _commonness(_WORD_SPEC, frozenset({"os"}))
