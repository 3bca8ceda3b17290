"""Helpers for the case-request tests: messages and triage findings written straight to the store.

Findings are inserted as rows (label ``case_request`` with a ``case_kind``) so the tests do
not depend on what the triage engine happens to find in a text.
"""

from __future__ import annotations

import hashlib
import itertools
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from borgerpost.store.tables import Finding, Message

_counter = itertools.count()


def add_message(
    session: Session, *, unit: str | None = "Ydelse", received_at: datetime | None,
    ingested_at: datetime | None = None, subject: str = "Henvendelse",
    sender_name: str = "Ærlige Ørsted",
) -> Message:
    """A stored message (no body needed: case requests never read it)."""
    key = f"route-test-{next(_counter)}"
    message = Message(
        sha256=hashlib.sha256(key.encode()).hexdigest(), source="eml", source_ref=key,
        sender=f"{key}@example.test", sender_name=sender_name, subject=subject,
        raw=key.encode(), received_at=received_at, unit=unit,
        ingested_at=ingested_at or datetime(2030, 1, 1, tzinfo=UTC),
    )
    session.add(message)
    session.flush()
    return message


def add_finding(session: Session, *, message_pk: int, label: str = "case_request",
                case_kind: str | None = None, start: int = 0) -> Finding:
    """One evidence row of a triage finding."""
    finding = Finding(message_pk=message_pk, label=label, case_kind=case_kind,
                      detector=label, detector_version="1", field="body", start=start,
                      end=start + 5, quote="tekst", reason="test", rule="test")
    session.add(finding)
    session.flush()
    return finding


def utc(year: int, month: int, day: int, hour: int = 9, minute: int = 0) -> datetime:
    """An aware UTC moment."""
    return datetime(year, month, day, hour, minute, tzinfo=UTC)
