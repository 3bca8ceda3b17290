"""``threat``: violence, harm or intimidation against staff, the jobcentre or people there.

Explicit ("slår dig ihjel"), veiled ("jeg ved hvor du bor", "dine dage er talte"),
conditional ("hvis I stopper min ydelse, kommer jeg med en økse"), arson, weapons,
explosives and calls on others to do harm — the cues are data in
``data/cues/threat.yaml``. A verb of violence only counts with a person or the jobcentre
as its object, so "dræbe en deadline", "skyde projektet i gang", "slå mig selv" and
"systemet slår syge mennesker ihjel" (criticism) stay unflagged. A threat the writer
reports in quotation marks ("han skrev til mig: 'jeg ved hvor du bor'") is someone
else's, not the writer's (``reported.py``).
"""

from __future__ import annotations

from borgerpost.detect.base import Document, Finding, register
from borgerpost.detect.reported import is_reported
from borgerpost.detect.rules import CueDetector


@register
class ThreatDetector(CueDetector):
    name = "threat"
    labels = ("threat",)
    version = "2"
    cue_file = "cues/threat.yaml"

    def detect(self, doc: Document) -> list[Finding]:
        view, matches = self.matches(doc)
        own = [m for m in matches if not is_reported(view, m.first, m.last)]
        return self.decide(doc, view, own)
