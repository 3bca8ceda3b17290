"""``threat``: violence, harm or intimidation against staff, the jobcentre or people there.

Explicit ("slår dig ihjel"), veiled ("jeg ved hvor du bor", "dine dage er talte"),
conditional ("hvis I stopper min ydelse, kommer jeg med en økse"), arson, weapons,
explosives and calls on others to do harm — the cues are data in
``data/cues/threat.yaml``. A verb of violence only counts with a person or the jobcentre
as its object, so "dræbe en deadline", "skyde projektet i gang", "slå mig selv" and
"systemet slår syge mennesker ihjel" (criticism) stay unflagged.
"""

from __future__ import annotations

from borgerpost.detect.base import register
from borgerpost.detect.rules import CueDetector


@register
class ThreatDetector(CueDetector):
    name = "threat"
    labels = ("threat",)
    version = "1"
    cue_file = "cues/threat.yaml"
