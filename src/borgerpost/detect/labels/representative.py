"""``representative``: the writer acts for someone else (bisidder, partsrepræsentant,
fuldmagt, "på vegne af", "min klient", a lawyer or union, a relative writing for a
relative). Cues in ``cues/representative.yaml``; the citizen's own case never counts, and a
relative who is only mentioned ("min søn fik en sanktion") is not enough.
"""

from __future__ import annotations

from borgerpost.detect.base import register
from borgerpost.detect.labels.case_request import AsciiDanishCueDetector


@register
class RepresentativeDetector(AsciiDanishCueDetector):
    name = "representative"
    labels = ("representative",)
    version = "1"
    cue_file = "cues/representative.yaml"
