"""Seed data for the fuldmagt tests: messages from representatives, findings, fuldmagter.

Findings are written as rows (label ``representative`` with an evidence quote, label
``case_request`` with a kind) so the tests do not depend on what the triage engine finds.
Every person and reference is invented.
"""

from __future__ import annotations

import hashlib
import itertools
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy.orm import Session

from borgerpost.route.fuldmagter import FuldmagtIn, add_fuldmagt
from borgerpost.store.tables import Finding, Fuldmagt, Message

_counter = itertools.count()

RECEIVED = date(2026, 3, 4)
REP_EMAIL = "rikke.munk@raadgiver.example.org"
REP_NAME = "Rikke Munk"
CITIZEN = "Søren Ågård Ibsen"
CITIZEN_REF = "JC-2026-0815"
BODY = (f"Jeg skriver som partsrepræsentant for {CITIZEN} og beder om aktindsigt i "
        "sagens akter.")


def add_message(
    session: Session, *, sender: str = REP_EMAIL, sender_name: str = REP_NAME,
    subject: str = "Henvendelse", body: str = BODY, received: date = RECEIVED,
    unit: str = "Ydelse",
) -> Message:
    """A stored message received at 10:30 Danish time on ``received``."""
    key = f"repr-test-{next(_counter)}"
    moment = datetime(received.year, received.month, received.day, 9, 30, tzinfo=UTC)
    message = Message(
        sha256=hashlib.sha256(key.encode()).hexdigest(), source="eml", source_ref=key,
        sender=sender, sender_name=sender_name, subject=subject, body_text=body,
        raw=key.encode(), received_at=moment, ingested_at=moment, unit=unit,
        triage_status="done",
    )
    session.add(message)
    session.flush()
    return message


def add_finding(
    session: Session, message: Message, label: str, *, case_kind: str | None = None,
    quote: str = "",
) -> Finding:
    """One evidence row; the quote is found in the body when given."""
    start = message.body_text.find(quote) if quote else 0
    start = max(start, 0)
    finding = Finding(message_pk=message.id, label=label, case_kind=case_kind, detector=label,
                      detector_version="1", field="body", start=start,
                      end=start + len(quote), quote=quote, reason="test", rule="test")
    session.add(finding)
    session.flush()
    return finding


def representative_message(
    session: Session, *, kinds: tuple[str, ...] = ("aktindsigt",), quote: str = "",
    **fields: Any,
) -> Message:
    """A message labelled ``representative`` asking for ``kinds``."""
    message = add_message(session, **fields)
    add_finding(session, message, "representative", quote=quote)
    for kind in kinds:
        add_finding(session, message, "case_request", case_kind=kind)
    return message


def fuldmagt_in(**changes: Any) -> FuldmagtIn:
    """Rikke Munk's fuldmagt from Søren Ågård Ibsen for the whole case, from 1 March 2026."""
    data: dict[str, Any] = {
        "representative_name": REP_NAME, "representative_email": REP_EMAIL,
        "representative_type": "partsrepraesentant", "citizen_name": CITIZEN,
        "citizen_ref": CITIZEN_REF, "scope_all": True, "valid_from": date(2026, 3, 1),
    }
    data.update(changes)
    return FuldmagtIn.model_validate(data)


def add(session: Session, **changes: Any) -> Fuldmagt:
    """Register ``fuldmagt_in(**changes)`` as the caseworker ``anna``."""
    return add_fuldmagt(session, data=fuldmagt_in(**changes), actor="anna")
