"""Seed data for the routing tests: a small register, users, and messages with findings.

Findings are written as rows (as the triage engine stores them) so the tests do not
depend on what the engine happens to find in a text. A ``staff_named`` row carries the
reason the staff matcher writes ("Nævner medarbejderen <name> (…)").
"""

from __future__ import annotations

import hashlib
import itertools
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from borgerpost.store.tables import Finding, Message, Staff, Unit, User

_counter = itertools.count()

# name, unit
STAFF = {
    "hanne": ("Hanne Lykke Poulsen", "Sygedagpenge"),
    "soeren": ("Søren Kjær", "Sygedagpenge"),
    "birgitte": ("Birgitte Holm", "Sygedagpenge"),
    "jonas": ("Jonas Ravn", "Kontanthjælp"),
    "lise": ("Lise Kamp", "Sekretariat"),
}
# username -> (role, unit, staff key)
USERS = {
    "hanne": ("sagsbehandler", "Sygedagpenge", "hanne"),
    "soeren": ("sagsbehandler", "Sygedagpenge", "soeren"),
    "birgitte": ("teamleder", "Sygedagpenge", "birgitte"),
    "jonas": ("sagsbehandler", "Kontanthjælp", "jonas"),
    "lise": ("sikkerhed", "Sekretariat", "lise"),
}


@dataclass(frozen=True)
class Register:
    """Staff ids by short key."""

    staff: dict[str, int]

    def __getitem__(self, key: str) -> int:
        return self.staff[key]


def seed_register(session: Session, *, colleague: str | None = "soeren") -> Register:
    """Units (Sygedagpenge's designated colleague: ``colleague``), staff and their users."""
    for unit in ("Sygedagpenge", "Kontanthjælp", "Sekretariat"):
        session.add(Unit(name=unit, designated_colleague=colleague
                         if unit == "Sygedagpenge" else None))
    ids: dict[str, int] = {}
    for key, (name, unit) in STAFF.items():
        row = Staff(name=name, unit=unit, role="", aliases="", active=True)
        session.add(row)
        session.flush()
        ids[key] = row.id
    for username, (role, unit, key) in USERS.items():
        session.add(User(username=username, display_name=STAFF[key][0], password_hash="x",
                         role=role, unit=unit, staff_id=ids[key]))
    session.flush()
    return Register(ids)


def add_message(
    session: Session, *, unit: str | None = "Sygedagpenge", triage_status: str = "done",
    source: str = "eml", subject: str = "Henvendelse",
) -> Message:
    """A stored, triaged message (the body is never read by routing)."""
    key = f"routing-{next(_counter)}"
    message = Message(
        sha256=hashlib.sha256(key.encode()).hexdigest(), source=source, source_ref=key,
        sender=f"{key}@example.test", sender_name="Borger", subject=subject,
        body_text="(tekst)", raw=key.encode(), unit=unit, triage_status=triage_status,
        received_at=datetime(2026, 3, 4, 9, 30, tzinfo=UTC),
    )
    session.add(message)
    session.flush()
    return message


def add_label(
    session: Session, message: Message, label: str, *, case_kind: str | None = None
) -> Finding:
    """One finding row of ``label``."""
    finding = Finding(message_pk=message.id, label=label, case_kind=case_kind, detector=label,
                      detector_version="1", field="body", start=0, end=5, quote="tekst",
                      reason="test", rule="test")
    session.add(finding)
    session.flush()
    return finding


def name_staff(session: Session, message: Message, full_name: str, *, quote: str = "") -> Finding:
    """A ``staff_named`` finding as the staff matcher writes it."""
    finding = Finding(message_pk=message.id, label="staff_named", detector="staff_named",
                      detector_version="1", field="body", start=0, end=len(quote or "x"),
                      quote=quote or full_name.split()[0],
                      reason=f"Nævner medarbejderen {full_name} (fornavn; titel foran)",
                      rule="staff:title", score=0.9)
    session.add(finding)
    session.flush()
    return finding


def message_with(
    session: Session, labels: list[str], *, named: tuple[str, ...] = (),
    unit: str | None = "Sygedagpenge", case_kind: str | None = None,
) -> Message:
    """A message with findings for ``labels`` and ``staff_named`` for each key in ``named``."""
    message = add_message(session, unit=unit)
    for label in labels:
        add_label(session, message, label,
                  case_kind=case_kind if label == "case_request" else None)
    for key in named:
        name_staff(session, message, STAFF[key][0])
    return message
