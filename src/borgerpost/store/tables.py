"""The database schema, as SQLAlchemy 2 typed declarative classes.

Alembic migrations in ``store/migrations/versions`` are the source of truth for the
live schema; this module must describe the same tables (``tests/store`` checks that
``alembic upgrade head`` and these classes agree).

Exactly-once ingest rests on one constraint: ``messages.sha256`` is unique, and the
store inserts with ON CONFLICT DO NOTHING, so a re-run after a crash cannot duplicate.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    """Timezone-aware now; every stored time is UTC."""
    return datetime.now(UTC)


def _empty_list() -> list[str]:
    """A fresh ``[]`` per row (a shared mutable default would leak between rows)."""
    return []


class Base(DeclarativeBase):
    """Declarative base of all borgerpost tables."""

    # SQLAlchemy reads this class attribute as it is (the documented way to map a type)
    type_annotation_map = {datetime: DateTime(timezone=True)}  # noqa: RUF012


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
    flags: Mapped[list[str]] = mapped_column(JSON, default=_empty_list)
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

    __table_args__ = (
        UniqueConstraint("message_pk", "kind", name="uq_case_requests_message_kind"),
    )


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
    units: Mapped[list[str]] = mapped_column(JSON, default=_empty_list)
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

    __table_args__ = (
        UniqueConstraint("incident_id", "message_pk", name="uq_incident_messages"),
    )


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
    scope_case_kinds: Mapped[list[str]] = mapped_column(JSON, default=_empty_list)
    scope_cases: Mapped[list[str]] = mapped_column(JSON, default=_empty_list)
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
        Index("uq_digest_senders_active", "unit", "sender", unique=True,
              sqlite_where=text("disabled_at IS NULL"),
              postgresql_where=text("disabled_at IS NULL")),
    )


class MonitorSource(Base):
    """A public place the monitor reads: a feed, an export file of posts, or one saved page.

    ``kind`` is rss | export_json | export_csv | html; ``location`` a URL or a file path.
    """

    __tablename__ = "monitor_sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    location: Mapped[str] = mapped_column(Text)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    created_by: Mapped[str] = mapped_column(String(80))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_run_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    # Read every this many minutes by the web app's scheduler; None: only when run by hand.
    interval_minutes: Mapped[int | None] = mapped_column(Integer)


class MonitorSeen(Base):
    """The monitor's memory of what it has scanned: hashes only, never text or author.

    ``item_key`` is the sha256 of the item's identity (guid, URL, id) and ``version_hash``
    the sha256 of its text, so an item edited at the source is scanned again, once.
    """

    __tablename__ = "monitor_seen"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("monitor_sources.id"))
    item_key: Mapped[str] = mapped_column(String(64))
    version_hash: Mapped[str] = mapped_column(String(64))
    first_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (
        UniqueConstraint("source_id", "item_key", "version_hash", name="uq_monitor_seen"),
    )


class MonitorItem(Base):
    """A public post kept as evidence: it names a staff member or reveals their private data.

    Frozen when kept: ``text`` is exactly what was scanned, ``content_sha256`` its UTF-8
    digest, ``warc`` the gzip'd WARC record(s) of what was fetched. A post edited at the
    source is a new row (``version`` n+1, ``previous_id`` the older one); rows are never
    rewritten, only ``status`` moves (ny → set → eksporteret).
    """

    __tablename__ = "monitor_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("monitor_sources.id"), index=True)
    item_key: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer, default=1)
    previous_id: Mapped[int | None] = mapped_column(ForeignKey("monitor_items.id"))
    url: Mapped[str] = mapped_column(Text, default="")
    author_handle: Mapped[str] = mapped_column(String(300), default="")
    posted_at: Mapped[datetime | None]
    retrieved_at: Mapped[datetime]
    parent_url: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    content_sha256: Mapped[str] = mapped_column(String(64))
    warc: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    warc_sha256: Mapped[str] = mapped_column(String(64))
    labels: Mapped[list[str]] = mapped_column(JSON, default=_empty_list)
    staff_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(16), default="ny", index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)

    __table_args__ = (
        UniqueConstraint("source_id", "item_key", "version", name="uq_monitor_items_version"),
    )


class MonitorFinding(Base):
    """One evidence span of a kept item: a label, offsets into ``monitor_items.text``, why."""

    __tablename__ = "monitor_findings"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("monitor_items.id"), index=True)
    label: Mapped[str] = mapped_column(String(32))
    start: Mapped[int] = mapped_column(Integer, default=0)
    end: Mapped[int] = mapped_column(Integer, default=0)
    quote: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    detector: Mapped[str] = mapped_column(String(60))
    rule: Mapped[str] = mapped_column(String(120), default="")
