"""Persisting triage results and caseworkers' label corrections.

A message's findings are replaced as a whole on each (re)triage, so ``retriage`` after a
register or engine change leaves exactly the new engine's view. Corrections are never
replaced: they record who changed what and when, the material for improving the engine.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import cast

from sqlalchemy import Table, delete, select, update
from sqlalchemy.orm import Session

from borgerpost.detect.base import Finding as DetectedFinding
from borgerpost.store.tables import Finding, LabelCorrection, Message, utcnow


@dataclass(frozen=True, slots=True)
class FieldSpan:
    """Where a span of the triaged text lands: the message field and offsets inside it."""

    field: str
    start: int
    end: int


def triage_text(subject: str, body: str) -> str:
    """The text the engine reads for a message: subject, blank line, body."""
    return f"{subject}\n\n{body}" if subject else body


def locate(subject: str, start: int, end: int) -> FieldSpan:
    """Map offsets in ``triage_text(subject, body)`` back to the subject or body field."""
    if not subject:
        return FieldSpan("body", start, end)
    body_start = len(subject) + 2
    if start < len(subject):
        return FieldSpan("subject", start, min(end, len(subject)))
    return FieldSpan("body", max(start - body_start, 0), max(end - body_start, 0))


def finding_rows(
    message_pk: int, subject: str, findings: Iterable[DetectedFinding]
) -> list[dict[str, object]]:
    """One row per evidence span (a finding without evidence still gets one row)."""
    rows: list[dict[str, object]] = []
    now = utcnow()
    for finding in findings:
        base = {
            "message_pk": message_pk, "label": finding.label, "case_kind": finding.case_kind,
            "score": float(finding.score), "detector": finding.detector,
            "detector_version": finding.detector_version, "created_at": now,
        }
        if not finding.evidence:
            rows.append({**base, "field": "body", "start": 0, "end": 0, "quote": "",
                         "reason": "", "rule": ""})
        for ev in finding.evidence:
            span = locate(subject, ev.start, ev.end)
            rows.append({**base, "field": span.field, "start": span.start, "end": span.end,
                         "quote": ev.quote, "reason": ev.reason, "rule": ev.rule})
    return rows


def replace_findings(
    session: Session,
    *,
    message_pk: int,
    subject: str,
    findings: Sequence[DetectedFinding],
    failed: Sequence[str] = (),
) -> None:
    """Store a fresh triage of one message, dropping the previous one."""
    session.execute(delete(Finding).where(Finding.message_pk == message_pk))
    rows = finding_rows(message_pk, subject, findings)
    if rows:
        session.execute(cast(Table, Finding.__table__).insert(), rows)  # one executemany
    status = "failed" if failed else "done"
    session.execute(
        update(Message)
        .where(Message.id == message_pk)
        .values(triage_status=status, triage_error="; ".join(failed) or None)
    )


def labels_of(session: Session, *, message_pk: int) -> set[str]:
    """Labels the engine gave, with caseworkers' corrections applied (latest wins)."""
    labels = set(session.scalars(select(Finding.label).where(Finding.message_pk == message_pk)))
    corrections = session.scalars(
        select(LabelCorrection)
        .where(LabelCorrection.message_pk == message_pk)
        .order_by(LabelCorrection.at, LabelCorrection.id)
    )
    for correction in corrections:
        if correction.action == "add":
            labels.add(correction.label)
        else:
            labels.discard(correction.label)
    return labels


def add_correction(
    session: Session, *, message_pk: int, label: str, action: str, actor: str, note: str = ""
) -> LabelCorrection:
    """Record a caseworker's correction; ``action`` is 'add' or 'remove'."""
    if action not in ("add", "remove"):
        raise ValueError(f"unknown correction action {action!r}")
    correction = LabelCorrection(
        message_pk=message_pk, label=label, action=action, actor=actor, note=note
    )
    session.add(correction)
    session.flush()
    return correction
