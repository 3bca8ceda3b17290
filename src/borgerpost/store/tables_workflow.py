"""The workflow tables: case requests and their deadlines, shielding of staff, the incident
register, fuldmagter and their checks, and the senders gathered into digests.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from borgerpost.store.schema_base import Base, empty_list, utcnow


class CaseRequest(Base):
    """A request in a case that carries a deadline (aktindsigt, klage …), one per kind.

    Opened from a message's ``case_request`` findings by ``route.cases``; ``due_on`` is
    computed from ``route/data/deadlines.yaml`` in Danish working days and moves on when
    the clock is paused (``case_pauses``) or a fristbrev promises a later decision.
    """

    __tablename__ = "case_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    unit: Mapped[str] = mapped_column(String(120), default="", index=True)
    received_on: Mapped[date]
    due_on: Mapped[date] = mapped_column(index=True)
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)
    paused_since: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    closed_by: Mapped[str | None] = mapped_column(String(80))
    outcome: Mapped[str | None] = mapped_column(String(40))
    fristbrev_sent_at: Mapped[datetime | None]
    fristbrev_sent_by: Mapped[str | None] = mapped_column(String(80))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (UniqueConstraint("message_pk", "kind", name="uq_case_requests_message_kind"),)


class CasePause(Base):
    """One stop of a case request's clock while the unit waits for the citizen."""

    __tablename__ = "case_pauses"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_request_id: Mapped[int] = mapped_column(ForeignKey("case_requests.id"), index=True)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    ended_at: Mapped[datetime | None]
    reason: Mapped[str] = mapped_column(Text, default="")
    actor: Mapped[str] = mapped_column(String(80))
    ended_by: Mapped[str | None] = mapped_column(String(80))
    working_days: Mapped[int | None] = mapped_column(Integer)


class Shielding(Base):
    """A message kept from the staff member it insults, threatens or exposes.

    The named person does not get the message in their inbox (only a notice that it
    exists); ``assigned_to`` is the designated colleague who handles it instead.
    ``opened_at`` records that the named person chose to open it anyway.
    """

    __tablename__ = "shieldings"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id"), index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    assigned_to: Mapped[str | None] = mapped_column(String(80))
    rule: Mapped[str] = mapped_column(String(60), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(default=utcnow)
    opened_at: Mapped[datetime | None]

    __table_args__ = (
        UniqueConstraint("message_pk", "staff_id", name="uq_shieldings_message_staff"),
    )


class Incident(Base):
    """An incident in the work-environment register (arbejdsmiljø): threat, doxxing …

    Made by routing from a message or by hand (phone, desk, social media). ``description``
    and ``follow_up`` are checked for CPR numbers before they are stored; the evidence is
    the linked messages (``incident_messages``), never copied text.
    """

    __tablename__ = "incidents"

    id: Mapped[int] = mapped_column(primary_key=True)
    type: Mapped[str] = mapped_column(String(20))
    channel: Mapped[str] = mapped_column(String(20))
    severity: Mapped[str] = mapped_column(String(10))
    description: Mapped[str] = mapped_column(Text, default="")
    units: Mapped[list[str]] = mapped_column(JSON, default=empty_list)
    occurred_on: Mapped[date] = mapped_column(index=True)
    created_by: Mapped[str] = mapped_column(String(80))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    police_reported: Mapped[bool] = mapped_column(Boolean, default=False)
    police_report_date: Mapped[date | None]
    police_journal_number: Mapped[str | None] = mapped_column(String(60))
    follow_up: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default="open", index=True)
    closed_at: Mapped[datetime | None]
    closed_by: Mapped[str | None] = mapped_column(String(80))


class IncidentPerson(Base):
    """A staff member affected by an incident."""

    __tablename__ = "incident_people"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id"), index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)

    __table_args__ = (UniqueConstraint("incident_id", "staff_id", name="uq_incident_people"),)


class IncidentMessage(Base):
    """A stored message that is evidence of an incident."""

    __tablename__ = "incident_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id"), index=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id"), index=True)

    __table_args__ = (UniqueConstraint("incident_id", "message_pk", name="uq_incident_messages"),)


class Fuldmagt(Base):
    """A power of attorney: ``representative`` may act for ``citizen`` within its scope.

    ``citizen_ref`` is the jobcentre's own case or person reference, never a CPR number
    (``route.fuldmagter`` refuses one). ``representative_key`` is the name casefolded and
    without titles, so a scanned letter signed "Advokat Charlotte Wied" finds the fuldmagt
    of "Charlotte Wied". A fuldmagt is never deleted: revoking it keeps who and when.
    """

    __tablename__ = "fuldmagter"

    id: Mapped[int] = mapped_column(primary_key=True)
    representative_name: Mapped[str] = mapped_column(String(300))
    representative_key: Mapped[str] = mapped_column(String(300), default="", index=True)
    representative_email: Mapped[str | None] = mapped_column(String(320), index=True)
    representative_type: Mapped[str] = mapped_column(String(30))
    citizen_name: Mapped[str] = mapped_column(String(300))
    citizen_ref: Mapped[str] = mapped_column(String(120), default="", index=True)
    scope_all: Mapped[bool] = mapped_column(Boolean, default=False)
    scope_case_kinds: Mapped[list[str]] = mapped_column(JSON, default=empty_list)
    scope_cases: Mapped[list[str]] = mapped_column(JSON, default=empty_list)
    valid_from: Mapped[date]
    valid_to: Mapped[date | None]
    document: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    document_filename: Mapped[str | None] = mapped_column(String(500))
    document_content_type: Mapped[str | None] = mapped_column(String(200))
    document_sha256: Mapped[str | None] = mapped_column(String(64))
    document_size: Mapped[int | None] = mapped_column(Integer)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    revoked_at: Mapped[datetime | None]
    revoked_by: Mapped[str | None] = mapped_column(String(80))
    created_by: Mapped[str] = mapped_column(String(80))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class RepresentationCheck(Base):
    """The latest fuldmagt check of a message labelled ``representative`` (one per message).

    ``status``: gyldig, mangler, udloebet, tilbagekaldt or ikke_kraevet; ``fuldmagt_id`` is
    the fuldmagt the status is about (the valid one, or the expired or revoked one).
    """

    __tablename__ = "representation_checks"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id"), unique=True)
    status: Mapped[str] = mapped_column(String(16), index=True)
    fuldmagt_id: Mapped[int | None] = mapped_column(ForeignKey("fuldmagter.id"), index=True)
    representative_type: Mapped[str] = mapped_column(String(30))
    checked_at: Mapped[datetime] = mapped_column(default=utcnow)


class DigestSender(Base):
    """A sender a unit reads as one daily digest item per case (``route/digest.py``).

    Every message is still stored, listed inside its digest item and answerable on its
    own; threats, self-harm and doxxing are never folded. A row is never deleted: turning
    the digest off sets ``disabled_at``, so the history of who decided what stays.
    """

    __tablename__ = "digest_senders"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit: Mapped[str] = mapped_column(String(120), index=True)
    sender: Mapped[str] = mapped_column(String(320))
    enabled_by: Mapped[str] = mapped_column(String(80))
    enabled_at: Mapped[datetime] = mapped_column(default=utcnow)
    disabled_at: Mapped[datetime | None]
    disabled_by: Mapped[str | None] = mapped_column(String(80))

    __table_args__ = (
        Index(
            "uq_digest_senders_active",
            "unit",
            "sender",
            unique=True,
            sqlite_where=text("disabled_at IS NULL"),
            postgresql_where=text("disabled_at IS NULL"),
        ),
    )
