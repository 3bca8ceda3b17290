"""The database schema, as SQLAlchemy 2 typed declarative classes.

Alembic migrations in ``store/migrations/versions`` are the source of truth for the
live schema; this module must describe the same tables (``tests/store`` checks that
``alembic upgrade head`` and these classes agree).

Exactly-once ingest rests on one constraint: ``messages.sha256`` is unique, and the
store inserts with ON CONFLICT DO NOTHING, so a re-run after a crash cannot duplicate.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from borgerpost.store.schema_base import Base, empty_list, utcnow
from borgerpost.store.tables_monitor import MonitorFinding, MonitorItem, MonitorSeen, MonitorSource
from borgerpost.store.tables_workflow import (
    CasePause,
    CaseRequest,
    DigestSender,
    Fuldmagt,
    Incident,
    IncidentMessage,
    IncidentPerson,
    RepresentationCheck,
    Shielding,
)

__all__ = [
    "Attachment",
    "AuditEntry",
    "Base",
    "CasePause",
    "CaseRequest",
    "DigestSender",
    "Finding",
    "Fuldmagt",
    "ImapState",
    "Incident",
    "IncidentMessage",
    "IncidentPerson",
    "LabelCorrection",
    "LoginSession",
    "Message",
    "MonitorFinding",
    "MonitorItem",
    "MonitorSeen",
    "MonitorSource",
    "RepresentationCheck",
    "Shielding",
    "Staff",
    "Unit",
    "User",
    "utcnow",
]


class Unit(Base):
    """An organisational unit (team) of the jobcentre, with its shared mailbox."""

    __tablename__ = "units"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    mailbox: Mapped[str | None] = mapped_column(String(320), unique=True)
    # Username of the colleague who gets the unit's mail about a shielded staff member.
    designated_colleague: Mapped[str | None] = mapped_column(String(80))


class Staff(Base):
    """One person in the staff register (loaded from ``name,role,unit,aliases`` CSV)."""

    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(80), default="")
    unit: Mapped[str] = mapped_column(String(120), default="", index=True)
    aliases: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str | None] = mapped_column(String(320))
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    __table_args__ = (UniqueConstraint("name", "unit", name="uq_staff_name_unit"),)


class User(Base):
    """A login of the web app. ``unit`` scopes what sagsbehandler and teamleder see."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    unit: Mapped[str] = mapped_column(String(120), default="")
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    can_read_bodies: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Tell me (a summary, never the text) when a kept public post names my staff_id.
    monitor_opt_in: Mapped[bool] = mapped_column(Boolean, default=False)


class LoginSession(Base):
    """One login on the web app. The session cookie carries only a random token; its
    SHA-256 is kept here, so logging out (or a deactivation) ends the session on the
    server — a copied cookie is worthless afterwards."""

    __tablename__ = "login_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column()
    ended_why: Mapped[str] = mapped_column(String(20), default="")


class Message(Base):
    """One message exactly as received, plus what parsing and triage made of it."""

    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    message_id: Mapped[str | None] = mapped_column(String(998), index=True)
    source: Mapped[str] = mapped_column(String(16))
    source_ref: Mapped[str] = mapped_column(String(500), default="")
    sender: Mapped[str] = mapped_column(String(320), default="", index=True)
    sender_name: Mapped[str] = mapped_column(String(300), default="")
    recipients: Mapped[str] = mapped_column(Text, default="")
    subject: Mapped[str] = mapped_column(Text, default="")
    body_text: Mapped[str] = mapped_column(Text, default="")
    received_at: Mapped[datetime | None] = mapped_column(index=True)
    ingested_at: Mapped[datetime] = mapped_column(default=utcnow)
    status: Mapped[str] = mapped_column(String(16), default="ok", index=True)
    parse_error: Mapped[str | None] = mapped_column(Text)
    size: Mapped[int] = mapped_column(Integer, default=0)
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    unit: Mapped[str | None] = mapped_column(String(120), index=True)
    queue: Mapped[str | None] = mapped_column(String(60), index=True)
    assigned_to: Mapped[str | None] = mapped_column(String(80), index=True)
    auto_submitted: Mapped[bool] = mapped_column(Boolean, default=False)
    triage_status: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    triage_error: Mapped[str | None] = mapped_column(Text)
    flags: Mapped[list[str]] = mapped_column(JSON, default=empty_list)
    first_seen_at: Mapped[datetime | None]
    first_seen_by: Mapped[str | None] = mapped_column(String(80))
    # Volume control (route/duplicates.py, route/digest.py): the earlier message this one
    # repeats (still stored and answerable, not counted twice), the own text's normalised
    # sha256 and MinHash, and the case a daily digest groups it under.
    duplicate_of: Mapped[int | None] = mapped_column(ForeignKey("messages.id"), index=True)
    content_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    minhash: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    case_key: Mapped[str | None] = mapped_column(String(160))

    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="message", cascade="all, delete-orphan", lazy="selectin"
    )


class Attachment(Base):
    """An attachment; ``data`` is None when it was larger than the configured limit."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id"), index=True)
    filename: Mapped[str] = mapped_column(String(500), default="")
    content_type: Mapped[str] = mapped_column(String(200), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)

    message: Mapped[Message] = relationship(back_populates="attachments")


class Finding(Base):
    """One triage finding: a label on a message with one evidence span and its reason.

    A label with three evidence spans is three rows; ``labels_of(message)`` is the set of
    distinct ``label`` values. Spans are Python string offsets into ``messages.body_text``
    (``subject`` spans use ``field='subject'``).
    """

    __tablename__ = "findings"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id"), index=True)
    label: Mapped[str] = mapped_column(String(32))
    case_kind: Mapped[str | None] = mapped_column(String(32))
    score: Mapped[float] = mapped_column(default=1.0)
    detector: Mapped[str] = mapped_column(String(60))
    detector_version: Mapped[str] = mapped_column(String(20), default="")
    field: Mapped[str] = mapped_column(String(16), default="body")
    start: Mapped[int] = mapped_column(Integer, default=0)
    end: Mapped[int] = mapped_column(Integer, default=0)
    quote: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    rule: Mapped[str] = mapped_column(String(120), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (Index("ix_findings_label_message", "label", "message_pk"),)


class LabelCorrection(Base):
    """A caseworker's correction of a triage label: material for improving the engine."""

    __tablename__ = "label_corrections"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id"), index=True)
    label: Mapped[str] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(8))  # "add" or "remove"
    actor: Mapped[str] = mapped_column(String(80))
    note: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(default=utcnow)


class AuditEntry(Base):
    """Append-only audit trail: who viewed or changed what, when.

    UPDATE and DELETE are refused by database triggers created in the migration.
    ``detail`` never holds message text, CPR numbers or addresses: ids and field names only.
    """

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(80), index=True)
    action: Mapped[str] = mapped_column(String(60))
    object_type: Mapped[str] = mapped_column(String(40))
    object_id: Mapped[str] = mapped_column(String(80), default="", index=True)
    detail: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)


class ImapState(Base):
    """The last UID fetched per account and folder, so a re-run fetches only new mail."""

    __tablename__ = "imap_state"

    id: Mapped[int] = mapped_column(primary_key=True)
    account: Mapped[str] = mapped_column(String(400))
    folder: Mapped[str] = mapped_column(String(400))
    # IMAP's UIDVALIDITY and UIDs are unsigned 32-bit: too big for a signed INTEGER.
    uidvalidity: Mapped[int] = mapped_column(BigInteger, default=0)
    last_uid: Mapped[int] = mapped_column(BigInteger, default=0)

    __table_args__ = (UniqueConstraint("account", "folder", name="uq_imap_account_folder"),)
