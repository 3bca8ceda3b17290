"""Deciding what to keep: a post is kept only when it names someone on the staff register
(``staff_named``) or reveals private data about a staff member (``doxxing``).

Threats, shaming and exposure aimed at a named staff member carry ``staff_named`` too, so
they are kept by the same rule; abuse of nobody in particular, and every ordinary post,
is discarded right after scanning.

Speed comes from an exact prefilter, not a guess. Both keep-labels need something the
pipeline's shared components find first: ``staff_named`` is given exactly when the staff
matcher finds a counting mention, and ``doxxing`` needs a private-data match that is
neither the jobcentre's own contact data nor the writer's own. So the scanner runs those
components (normaliser, staff matcher, PII recognizers: ~0.06 ms a post) and runs the full
triage (~0.3–1.5 ms) only when one of them found something. A post the prefilter lets go
could not have been kept by the full pipeline either (``tests/monitor/test_scan.py``
checks the two agree).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from borgerpost.config import Settings
from borgerpost.detect.base import Document, Finding
from borgerpost.detect.normalise import ensure_normalised
from borgerpost.detect.pii import ensure_pii
from borgerpost.detect.pipeline import Pipeline
from borgerpost.detect.staff import StaffMention, ensure_staff
from borgerpost.register import StaffMember
from borgerpost.store.monitor import KeptSpan
from borgerpost.store.staff import active_members, list_staff

KEEP_LABELS = frozenset({"staff_named", "doxxing"})


@dataclass(frozen=True, slots=True)
class Verdict:
    """What scanning one text decided. ``failed`` lists triage components that raised: a
    post that is not kept and whose triage failed is not decided (it is scanned again on
    the next run rather than forgotten)."""

    keep: bool
    labels: tuple[str, ...] = ()
    spans: tuple[KeptSpan, ...] = ()
    staff_ids: tuple[int, ...] = ()
    failed: tuple[str, ...] = ()
    triaged: bool = False  # the full pipeline ran (the prefilter let it through)

    @property
    def undecided(self) -> bool:
        return bool(self.failed) and not self.keep


class Scanner:
    """The triage pipeline for the active staff register, and who in it has which id."""

    def __init__(self, pipeline: Pipeline, staff_ids: Mapping[tuple[str, str], int]) -> None:
        self.pipeline = pipeline
        self.staff_ids = dict(staff_ids)

    @classmethod
    def for_register(
        cls, members: Sequence[StaffMember], *, staff_ids: Mapping[tuple[str, str], int],
        official_contacts: str | None = None,
    ) -> Scanner:
        return cls(Pipeline.from_register(members, official_contacts=official_contacts or None),
                   staff_ids)

    @classmethod
    def from_session(cls, session: Session, settings: Settings) -> Scanner:
        """Built from the register as stored now (active members only)."""
        ids = {(row.name, row.unit): row.id for row in list_staff(session)}
        return cls.for_register(active_members(session), staff_ids=ids,
                                official_contacts=settings.official_contacts)

    def candidate(self, text: str) -> tuple[bool, list[StaffMention]]:
        """(could this text be kept, the staff mentions in it): the exact prefilter."""
        context = self.pipeline.context
        doc = Document(text)
        ensure_normalised(doc)
        mentions = ensure_staff(doc, context.staff_matcher)
        if mentions:
            return True, mentions
        private = [m for m in ensure_pii(doc, context.official_contacts)
                   if not m.official and m.owner != "writer"]
        return bool(private), mentions

    def assess(self, text: str) -> Verdict:
        """Keep or discard ``text``; a kept one comes with its labels, spans and staff."""
        try:
            worth, mentions = self.candidate(text)
        except Exception:  # the full pipeline below runs, and notes the failure
            worth, mentions = True, []
        if not worth:
            return Verdict(keep=False)
        result = self.pipeline.run(text)
        keep = not KEEP_LABELS.isdisjoint(result.labels)
        if not keep:
            return Verdict(keep=False, failed=result.failed, triaged=True)
        return Verdict(
            keep=True, labels=tuple(sorted(result.labels)), spans=spans_of(result.findings),
            staff_ids=self._ids(mentions), failed=result.failed, triaged=True,
        )

    def _ids(self, mentions: Sequence[StaffMention]) -> tuple[int, ...]:
        found = {self.staff_ids.get((m.member.name, m.member.unit)) for m in mentions}
        return tuple(sorted(i for i in found if i is not None))


def spans_of(findings: Sequence[Finding]) -> tuple[KeptSpan, ...]:
    """One span per evidence of every finding (a finding without evidence: one empty span,
    so its label and detector are still on record)."""
    out: list[KeptSpan] = []
    for finding in findings:
        if not finding.evidence:
            out.append(KeptSpan(finding.label, 0, 0, "", "", finding.detector, ""))
        out.extend(
            KeptSpan(finding.label, ev.start, ev.end, ev.quote, ev.reason, finding.detector,
                     ev.rule)
            for ev in finding.evidence
        )
    return tuple(out)
