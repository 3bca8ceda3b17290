"""The read side of the web app: the inbox, one message with its triage, a sender's messages.

Access scoping happens in SQL: ``Scope`` (built from a user by ``web/access.py``) says which
units, queues and labels a user may list, and ``list_messages`` turns it into a WHERE clause,
so a page never loads rows it would have to hide. Free-text search folds case the same way
on SQLite (a Python ``casefold`` registered on the connection) and PostgreSQL (``lower``),
so Danish letters (Æ/æ, Ø/ø, Å/å) match on both.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, TypeVarTuple, cast

from sqlalchemy import (
    ColumnElement,
    Select,
    SQLColumnExpression,
    and_,
    case,
    exists,
    func,
    not_,
    or_,
    select,
)
from sqlalchemy.orm import Session, aliased, defer
from sqlalchemy.sql import Subquery

from borgerpost.store.digests import folded_clause
from borgerpost.store.tables import (
    Attachment,
    CaseRequest,
    Finding,
    LabelCorrection,
    Message,
    Shielding,
)

_Ts = TypeVarTuple("_Ts")


@dataclass(frozen=True, slots=True)
class Scope:
    """Which messages a user may list: any of these units, queues or labels (or everything),
    or assigned to ``assignee``; never one shielded from the staff member ``shielded_staff``.
    """

    everything: bool = False
    units: frozenset[str] = frozenset()
    queues: frozenset[str] = frozenset()
    labels: frozenset[str] = frozenset()
    assignee: str | None = None
    shielded_staff: int | None = None

    @property
    def nothing(self) -> bool:
        """True when the user may list no message at all."""
        return not (self.everything or self.units or self.queues or self.labels
                    or self.assignee)


@dataclass(frozen=True, slots=True)
class InboxFilter:
    """The inbox filters; times are UTC bounds, ``date_to`` exclusive."""

    queue: str | None = None
    label: str | None = None
    sender: str | None = None
    sender_exact: str | None = None
    date_from: datetime | None = None
    date_to: datetime | None = None
    text: str | None = None
    assigned_to: str | None = None
    digest: str | None = None  # "exclude"/"only": messages folded into a daily digest
    hide_duplicates: bool = False  # a person folds re-sends under the original (same unit)

    def used(self) -> list[str]:
        """Names of the filters in use (what the audit log may record about a search)."""
        names = ("queue", "label", "sender", "sender_exact", "date_from", "date_to", "text",
                 "assigned_to", "digest", "hide_duplicates")
        return [name for name in names if getattr(self, name) not in (None, "", False)]


@dataclass(frozen=True, slots=True)
class MessageRow:
    """One inbox line: headers and labels, never the body."""

    id: int
    received_at: datetime | None
    sender: str
    sender_name: str
    subject: str
    unit: str | None
    queue: str | None
    status: str
    assigned_to: str | None
    attachments: int
    labels: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()
    deadline: date | None = None
    deadline_kind: str | None = None
    duplicate_of: int | None = None
    auto_submitted: bool = False
    case_key: str | None = None
    first_seen_at: datetime | None = None  # when a person first read it (the akut queue)


@dataclass
class MessageDetail:
    """One message with its attachments, triage findings and current labels."""

    message: Message
    findings: list[Finding] = field(default_factory=list)
    labels: set[str] = field(default_factory=set)
    access_labels: set[str] = field(default_factory=set)
    stored_attachments: set[int] = field(default_factory=set)
    shielded_staff: set[int] = field(default_factory=set)


def _sent_at() -> ColumnElement[datetime]:
    """When a message arrived: its Date header, else when we stored it."""
    return func.coalesce(Message.received_at, Message.ingested_at)


def _label_added(labels: frozenset[str] | set[str]) -> ColumnElement[bool]:
    """The message carries one of ``labels`` from the engine or a caseworker's addition."""
    by_engine = exists().where(Finding.message_pk == Message.id, Finding.label.in_(labels))
    by_person = exists().where(
        LabelCorrection.message_pk == Message.id,
        LabelCorrection.action == "add",
        LabelCorrection.label.in_(labels),
    )
    return or_(by_engine, by_person)


def _label_removed_last(label: str) -> ColumnElement[bool]:
    """A caseworker's latest correction of ``label`` on the message removed it."""
    later = aliased(LabelCorrection)
    removal = aliased(LabelCorrection)
    re_added = exists().where(
        later.message_pk == removal.message_pk, later.label == label, later.action == "add",
        or_(later.at > removal.at, and_(later.at == removal.at, later.id > removal.id)),
    )
    return exists().where(
        removal.message_pk == Message.id, removal.label == label, removal.action == "remove",
        not_(re_added),
    )


def scope_clause(scope: Scope) -> ColumnElement[bool]:
    """SQL for 'the user may list this message'; mirrors ``web.access.can_list``."""
    allowed = Message.id.is_not(None) if scope.everything else _granted(scope)
    if scope.shielded_staff is None:
        return allowed
    shielded = exists().where(Shielding.message_pk == Message.id,
                              Shielding.staff_id == scope.shielded_staff)
    return and_(allowed, not_(shielded))


def _granted(scope: Scope) -> ColumnElement[bool]:
    parts: list[ColumnElement[bool]] = []
    if scope.units:
        parts.append(Message.unit.in_(scope.units))
    if scope.queues:
        parts.append(Message.queue.in_(scope.queues))
    if scope.labels:
        parts.append(_label_added(scope.labels))
    if scope.assignee:
        parts.append(Message.assigned_to == scope.assignee)
    return or_(*parts) if parts else Message.id.is_(None)


def _fold_sqlite(value: str | None) -> str | None:
    return None if value is None else value.casefold()


def _contains_folded(
    session: Session, column: SQLColumnExpression[str], needle: str
) -> ColumnElement[bool]:
    """Case-insensitive substring match that treats Danish letters right on both back ends."""
    if session.get_bind().dialect.name == "sqlite":
        dbapi = session.connection().connection.driver_connection
        dbapi.create_function("bp_fold", 1, _fold_sqlite, deterministic=True)  # type: ignore[union-attr]
        return func.bp_fold(column).contains(needle.casefold(), autoescape=True)
    return func.lower(column).contains(needle.lower(), autoescape=True)


def _apply_filters(
    session: Session, query: Select[Message], f: InboxFilter
) -> Select[Message]:
    if f.queue:
        query = query.where(Message.queue == f.queue)
    if f.label:
        query = query.where(_label_added({f.label}), not_(_label_removed_last(f.label)))
    if f.sender:
        query = query.where(or_(_contains_folded(session, Message.sender, f.sender),
                                _contains_folded(session, Message.sender_name, f.sender)))
    if f.sender_exact:
        query = query.where(func.lower(Message.sender) == f.sender_exact.strip().lower())
    if f.date_from:
        query = query.where(_sent_at() >= f.date_from)
    if f.date_to:
        query = query.where(_sent_at() < f.date_to)
    if f.text:
        query = query.where(or_(_contains_folded(session, Message.subject, f.text),
                                _contains_folded(session, Message.body_text, f.text)))
    if f.assigned_to:
        query = query.where(Message.assigned_to == f.assigned_to)
    if f.hide_duplicates:
        original = aliased(Message)
        query = query.where(not_(exists().where(original.id == Message.duplicate_of,
                                                original.unit == Message.unit)))
    if f.digest in ("exclude", "only"):
        folded = folded_clause()
        query = query.where(folded if f.digest == "only" else not_(folded))
    return query


def filtered(
    session: Session, query: Select[*_Ts], *, scope: Scope, filters: InboxFilter
) -> Select[*_Ts]:
    """``query`` (any columns of ``messages``) narrowed to what ``scope`` may list and
    ``filters`` match: the inbox's WHERE clause for other listings (digests, figures)."""
    narrowed = _apply_filters(session, cast(Any, query.where(scope_clause(scope))), filters)
    return cast("Select[*_Ts]", narrowed)


def list_messages(
    session: Session,
    *,
    scope: Scope,
    filters: InboxFilter | None = None,
    limit: int = 50,
    offset: int = 0,
    by_deadline: bool = False,
) -> list[MessageRow]:
    """The messages ``scope`` may list that match ``filters``, newest first.

    ``by_deadline``: nearest open case-request deadline first, messages without one last.
    """
    if scope.nothing:
        return []
    query = select(Message).options(defer(Message.raw), defer(Message.body_text))
    query = _apply_filters(session, query.where(scope_clause(scope)), filters or InboxFilter())
    if by_deadline:
        nearest = _nearest_deadlines()
        query = query.outerjoin(nearest, nearest.c.message_pk == Message.id).order_by(
            case((nearest.c.due.is_(None), 1), else_=0), nearest.c.due)
    query = query.order_by(_sent_at().desc(), Message.id.desc()).limit(limit).offset(offset)
    messages = list(session.scalars(query))
    pks = [m.id for m in messages]
    labels = labels_by_message(session, message_pks=pks)
    deadlines = deadlines_by_message(session, message_pks=pks)
    return [_row(m, labels.get(m.id, set()), deadlines.get(m.id)) for m in messages]


def _nearest_deadlines() -> Subquery:
    """Per message, the earliest due day of its open case requests."""
    return (
        select(CaseRequest.message_pk, func.min(CaseRequest.due_on).label("due"))
        .where(CaseRequest.status == "open").group_by(CaseRequest.message_pk).subquery()
    )


def deadlines_by_message(
    session: Session, *, message_pks: list[int]
) -> dict[int, tuple[date, str]]:
    """Per message, its nearest open case-request deadline and that request's kind."""
    if not message_pks:
        return {}
    query = (
        select(CaseRequest.message_pk, CaseRequest.due_on, CaseRequest.kind)
        .where(CaseRequest.message_pk.in_(message_pks), CaseRequest.status == "open")
        .order_by(CaseRequest.due_on.desc(), CaseRequest.id.desc())
    )
    return {pk: (due, kind) for pk, due, kind in session.execute(query)}


def _row(
    message: Message, labels: set[str], deadline: tuple[date, str] | None = None
) -> MessageRow:
    return MessageRow(
        id=message.id, received_at=message.received_at or message.ingested_at,
        sender=message.sender, sender_name=message.sender_name, subject=message.subject,
        unit=message.unit, queue=message.queue, status=message.status,
        assigned_to=message.assigned_to, attachments=len(message.attachments),
        labels=tuple(sorted(labels)), flags=tuple(message.flags or ()),
        deadline=deadline[0] if deadline else None,
        deadline_kind=deadline[1] if deadline else None,
        duplicate_of=message.duplicate_of, auto_submitted=message.auto_submitted,
        case_key=message.case_key, first_seen_at=message.first_seen_at,
    )


def message_rows(session: Session, *, message_pks: list[int]) -> list[MessageRow]:
    """Listing rows of ``message_pks`` (no access check: the caller chose them by scope)."""
    query = (select(Message).options(defer(Message.raw), defer(Message.body_text))
             .where(Message.id.in_(message_pks)))
    messages = {m.id: m for m in session.scalars(query)}
    labels = labels_by_message(session, message_pks=list(messages))
    deadlines = deadlines_by_message(session, message_pks=list(messages))
    return [_row(messages[pk], labels[pk], deadlines.get(pk)) for pk in message_pks
            if pk in messages]


def message_row(session: Session, *, message_pk: int) -> MessageRow | None:
    """One message as a listing row (headers and labels), or None if it does not exist."""
    message = session.get(Message, message_pk)
    if message is None:
        return None
    return _row(message, labels_by_message(session, message_pks=[message_pk])[message_pk],
                deadlines_by_message(session, message_pks=[message_pk]).get(message_pk))


def labels_by_message(session: Session, *, message_pks: list[int]) -> dict[int, set[str]]:
    """Current labels (engine findings with caseworkers' corrections applied) per message."""
    result: dict[int, set[str]] = {pk: set() for pk in message_pks}
    if not message_pks:
        return result
    found = select(Finding.message_pk, Finding.label).where(Finding.message_pk.in_(message_pks))
    for pk, label in session.execute(found.distinct()):
        result[pk].add(label)
    corrections = (
        select(LabelCorrection)
        .where(LabelCorrection.message_pk.in_(message_pks))
        .order_by(LabelCorrection.at, LabelCorrection.id)
    )
    for correction in session.scalars(corrections):
        if correction.action == "add":
            result[correction.message_pk].add(correction.label)
        else:
            result[correction.message_pk].discard(correction.label)
    return result


def access_labels(session: Session, *, message_pk: int) -> set[str]:
    """Labels that widen who may see a message: the engine's plus any a person added.

    A caseworker removing ``threat`` does not hide the message from the security lead
    again; that over-inclusion is deliberate and mirrors ``scope_clause``.
    """
    by_engine = select(Finding.label).where(Finding.message_pk == message_pk)
    by_person = select(LabelCorrection.label).where(
        LabelCorrection.message_pk == message_pk, LabelCorrection.action == "add"
    )
    return set(session.scalars(by_engine)) | set(session.scalars(by_person))


def get_message(session: Session, *, message_pk: int) -> MessageDetail | None:
    """One message with attachments (bytes not loaded), findings in text order and labels."""
    message = session.get(Message, message_pk)
    if message is None:
        return None
    findings = list(session.scalars(
        select(Finding).where(Finding.message_pk == message_pk)
        .order_by(Finding.field, Finding.start, Finding.end, Finding.id)
    ))
    labels = labels_by_message(session, message_pks=[message_pk])[message_pk]
    stored = select(Attachment.id).where(
        Attachment.message_pk == message_pk, Attachment.data.is_not(None)
    )
    return MessageDetail(message=message, findings=findings, labels=labels,
                         access_labels=access_labels(session, message_pk=message_pk),
                         stored_attachments=set(session.scalars(stored)),
                         shielded_staff=set(session.scalars(
                             select(Shielding.staff_id).where(Shielding.message_pk == message_pk))))


def get_attachment(session: Session, *, message_pk: int, attachment_pk: int) -> Attachment | None:
    """An attachment of ``message_pk`` with its bytes, else None."""
    attachment = session.get(Attachment, attachment_pk)
    if attachment is None or attachment.message_pk != message_pk:
        return None
    return attachment


def queues(session: Session, *, scope: Scope) -> list[str]:
    """The queue names among the messages ``scope`` may list (for the filter menu)."""
    if scope.nothing:
        return []
    query = select(Message.queue).where(scope_clause(scope), Message.queue.is_not(None))
    return sorted(q for q in session.scalars(query.distinct()) if q)
