"""One anchor scan for all cue sets hands each set the windows it finds alone, less the
ones its gate shows cannot match — and so exactly the same matches."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from borgerpost.detect.base import Document
from borgerpost.detect.context import PipelineContext
from borgerpost.detect.cue_index import CueIndex, cue_index
from borgerpost.detect.cues import cue_set
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
