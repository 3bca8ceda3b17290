"""``staff_named``: the text refers to a person in the staff register.

The work is the staff matcher's (full name, first name or surname where the context points
to the person, alias, genitive, typo, spaced or obfuscated spelling); this detector turns
its counting mentions into one finding whose evidence is every mention span.
"""

from __future__ import annotations

from borgerpost.detect.base import Document, Finding, evidence, register
from borgerpost.detect.context import PipelineContext
from borgerpost.detect.staff import StaffMatcher, ensure_staff


@register
class StaffNamedDetector:
    name = "staff_named"
    labels = ("staff_named",)
    version = "1"

    def __init__(self, context: PipelineContext) -> None:
        self.matcher: StaffMatcher = context.staff_matcher

    def detect(self, doc: Document) -> list[Finding]:
        mentions = ensure_staff(doc, self.matcher)
        if not mentions:
            return []
        spans = tuple(
            evidence(doc.raw, m.start, m.end, rule=f"staff:{m.rule}", reason=m.reason)
            for m in mentions
        )
        score = max(m.confidence for m in mentions)
        return [Finding(self.name, "staff_named", score, spans, self.version)]
