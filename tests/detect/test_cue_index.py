"""One anchor scan for all cue sets hands each set exactly the windows it finds alone."""

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
def test_each_set_gets_the_windows_it_finds_alone(text: str) -> None:
    from tests.detect.labels.engine import pipeline

    view = ensure_view(Document(text), pipeline("a").context)
    index = cue_index(FILES)
    if not view.words:
        return
    shared = index.windows(view)
    assert shared == [cue_set(f)._windows(view) for f in FILES]
    assert index.windows(view) is shared  # scanned once per view
    for f, windows in zip(FILES, shared, strict=True):
        assert cue_set(f).find(view, windows) == cue_set(f).find(view)


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
