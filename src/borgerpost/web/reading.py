"""What pages and API share: reading a message (checked, audited), assigning, filters.

Every read of a message body or an attachment is written to the audit log and committed
BEFORE the content is returned: if the audit row cannot be written, nobody sees the text.
Refused attempts are audited too.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from fastapi import HTTPException
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from borgerpost.errors import AccessDenied
from borgerpost.route.shielding import shielding_of
from borgerpost.store import audit
from borgerpost.store.queries import InboxFilter, MessageDetail, get_attachment, get_message
from borgerpost.store.tables import Attachment, Message, User, utcnow
from borgerpost.web.access import can_assign, can_assign_to, can_read_body, is_shielded_from
from borgerpost.web.templating import LOCAL_TZ

DENIED_TEXT = "Du har ikke adgang til denne besked."
SHIELDED_ASSIGN_TEXT = ("Beskeden er skærmet fra den medarbejder, den handler om, og kan ikke "
                        "tildeles vedkommende.")


def _denied(session: Session, user: User, action: str, object_type: str, pk: int) -> AccessDenied:
    audit.record(session, actor=user.username, action=f"{action}.denied",
                 object_type=object_type, object_id=pk)
    session.commit()
    return AccessDenied(DENIED_TEXT)


def _load(session: Session, message_pk: int) -> MessageDetail:
    detail = get_message(session, message_pk=message_pk)
    if detail is None:
        raise HTTPException(status_code=404, detail="Beskeden findes ikke.")
    return detail


class ShieldedMessage(Exception):
    """The reader is the staff member the message is shielded from and has not chosen to
    open it: pages show the confirm step, the API refuses."""

    def __init__(self, message_pk: int) -> None:
        super().__init__(message_pk)
        self.message_pk = message_pk


def _check_read(session: Session, user: User, detail: MessageDetail, action: str,
                object_type: str, pk: int) -> None:
    """Shielded from it: only after opening it deliberately; else the role policy."""
    if is_shielded_from(user, detail.shielded_staff):
        row = shielding_of(session, message_pk=detail.message.id, staff_id=user.staff_id)
        if row is None or row.opened_at is None:
            raise ShieldedMessage(detail.message.id)
    elif not can_read_body(user, detail.message, detail.access_labels):
        raise _denied(session, user, action, object_type, pk)


def read_message(session: Session, *, user: User, message_pk: int, channel: str) -> MessageDetail:
    """The message with its body, if ``user`` may read it; the view is audited first.

    The first person to read it is recorded (``first_seen_at``/``_by``): for the akut
    queue that is the moment a person knew.
    """
    detail = _load(session, message_pk)
    _check_read(session, user, detail, "message.view", "message", message_pk)
    mark_first_seen(session, message=detail.message, username=user.username)
    audit.record(session, actor=user.username, action="message.view", object_type="message",
                 object_id=message_pk, detail={"channel": channel})
    session.commit()
    return detail


def mark_first_seen(session: Session, *, message: Message, username: str) -> None:
    """Record who read ``message`` first and when, once and for good.

    A conditional UPDATE (``WHERE first_seen_at IS NULL``), not a read-then-write: when two
    people open a new akut message at the same moment, the one whose write lands first is
    kept and the other never overwrites it.
    """
    if message.first_seen_at is not None:
        return
    session.execute(
        update(Message)
        .where(Message.id == message.id, Message.first_seen_at.is_(None))
        .values(first_seen_at=utcnow(), first_seen_by=username)
        .execution_options(synchronize_session=False)
    )
    session.refresh(message, attribute_names=["first_seen_at", "first_seen_by"])


def read_attachment(
    session: Session, *, user: User, message_pk: int, attachment_pk: int
) -> Attachment:
    """An attachment with its bytes, if ``user`` may read the message; audited first."""
    detail = _load(session, message_pk)
    attachment = get_attachment(session, message_pk=message_pk, attachment_pk=attachment_pk)
    if attachment is None:
        raise HTTPException(status_code=404, detail="Bilaget findes ikke.")
    _check_read(session, user, detail, "attachment.download", "attachment", attachment_pk)
    audit.record(session, actor=user.username, action="attachment.download",
                 object_type="attachment", object_id=attachment_pk,
                 detail={"message": message_pk})
    session.commit()
    return attachment


def assignees(session: Session, *, user: User) -> list[User]:
    """The people ``user`` may hand a message to (empty for anyone but a teamleder)."""
    candidates = session.scalars(
        select(User).where(User.unit == user.unit, User.active.is_(True)).order_by(User.username)
    )
    return [c for c in candidates if can_assign_to(user, c)]


def assign(session: Session, *, user: User, message_pk: int, assignee: str) -> Message:
    """Assign the message to ``assignee`` (empty string: unassign); audited."""
    detail = _load(session, message_pk)
    message = detail.message
    if not can_assign(user, message):
        raise _denied(session, user, "message.assign", "message", message_pk)
    if assignee:
        target = session.scalar(select(User).where(User.username == assignee))
        if target is None or not can_assign_to(user, target):
            raise AccessDenied("Beskeden kan kun tildeles en aktiv medarbejder i din enhed.")
        if is_shielded_from(target, detail.shielded_staff):
            raise AccessDenied(SHIELDED_ASSIGN_TEXT)
    message.assigned_to = assignee or None
    audit.record(session, actor=user.username, action="message.assign", object_type="message",
                 object_id=message_pk, detail={"assignee": assignee or None})
    session.commit()
    return message


def day_start(day: date) -> datetime:
    """Midnight of ``day`` in Danish time, expressed in UTC.

    Stored times are UTC, and SQLite keeps only their digits, so a bound must be given in
    UTC too: a local-time bound would shift the day by one or two hours there.
    """
    return datetime.combine(day, time(0, 0), tzinfo=LOCAL_TZ).astimezone(UTC)


def make_filter(
    *,
    queue: str | None = None,
    label: str | None = None,
    sender: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    text: str | None = None,
    assigned_to: str | None = None,
) -> InboxFilter:
    """Filters as typed by a person: blank means unused, dates are whole Danish days."""
    return InboxFilter(
        queue=(queue or "").strip() or None,
        label=(label or "").strip() or None,
        sender=(sender or "").strip() or None,
        date_from=day_start(date_from) if date_from else None,
        date_to=day_start(date_to + timedelta(days=1)) if date_to else None,
        text=(text or "").strip() or None,
        assigned_to=(assigned_to or "").strip() or None,
    )


def audit_search(session: Session, *, user: User, filters: InboxFilter, channel: str) -> None:
    """A free-text search reads bodies on the user's behalf: record that it happened.

    Only the NAMES of the filters are kept — a search term may itself be a CPR number.
    """
    if filters.text:
        audit.record(session, actor=user.username, action="message.search",
                     object_type="message", object_id="",
                     detail={"filters": filters.used(), "channel": channel})
