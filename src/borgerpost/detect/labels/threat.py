"""``threat``: violence, harm or intimidation against staff, the jobcentre or people there.

Explicit ("slår dig ihjel"), veiled ("jeg ved hvor du bor", "dine dage er talte"),
conditional ("hvis I stopper min ydelse, kommer jeg med en økse"), arson, weapons,
explosives and calls on others to do harm — the cues are data in
``data/cues/threat.yaml``. A verb of violence only counts with a person or the jobcentre
as its object, so "dræbe en deadline", "skyde projektet i gang", "slå mig selv" and
"systemet slår syge mennesker ihjel" (criticism) stay unflagged. A threat the writer
reports in quotation marks ("han skrev til mig: 'jeg ved hvor du bor'") is someone
else's, not the writer's (``reported.py``).

A devil emoji right after a veiled sign ("hun skal have et lille besøg 😈") says what the
words leave out: it weighs as one more weak sign, never on its own.
"""

from __future__ import annotations

import re

from borgerpost.detect.base import Document, Finding, evidence, register
from borgerpost.detect.reported import is_reported
from borgerpost.detect.rules import LABEL_AT, CueDetector, finding, match_evidence, total_weight

# 😈 👿 ☠ (a skull 💀 is also a laugh, "I'm dead", and stays unread)
_MENACE_EMOJI = re.compile("[\U0001f608\U0001f47f\u2620\U0001f4a3]")
MENACE_WEIGHT = 0.5
# how far (characters of the raw text) the emoji may stand from the sign it follows or leads
_EMOJI_REACH = 12


@register
class ThreatDetector(CueDetector):
    name = "threat"
    labels = ("threat",)
    version = "3"
    cue_file = "cues/threat.yaml"

    def detect(self, doc: Document) -> list[Finding]:
        view, matches = self.matches(doc)
        own = [m for m in matches if not is_reported(view, m.first, m.last)]
        found = self.decide(doc, view, own)
        if found or not own or not _MENACE_EMOJI.search(doc.raw):
            return found
        weight = total_weight(own) + MENACE_WEIGHT
        emoji = _emoji_beside(doc.raw, [view.raw_span(m.first, m.last) for m in own])
        if emoji is None or weight < LABEL_AT:
            return []
        label = self.labels[0]
        evidences = [match_evidence(doc, view, m, label) for m in own]
        reason = f"Truende emoji efter en antydning: »{emoji.group()}«"
        evidences.append(
            evidence(doc.raw, *emoji.span(), rule=f"{label}:emoji.menace", reason=reason)
        )
        return [finding(self.name, self.version, label, evidences, weight)]


def _emoji_beside(raw: str, spans: list[tuple[int, int]]) -> re.Match[str] | None:
    """The first menacing emoji within ``_EMOJI_REACH`` characters of a sign's span."""
    for emoji in _MENACE_EMOJI.finditer(raw):
        if any(s - _EMOJI_REACH <= emoji.start() and emoji.end() <= e + _EMOJI_REACH
               for s, e in spans):  # fmt: skip
            return emoji
    return None
