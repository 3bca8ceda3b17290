"""Which senders a unit reads as a daily digest, and which of their messages fold into one.

The SQL side of ``route/digest.py``: ``folded_clause`` is the WHERE clause "this message is
shown inside a digest item", used by the inbox (``InboxFilter.digest``). A message folds
only while its unit has the sender switched to a digest, and never when it is in the
akut, sikkerhed or manuel queue or carries (by the engine or a person) a threat,
self-harm, doxxing or exposure label: those always keep a row of their own.
"""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import ColumnElement, and_, exists, func, not_, or_, select
from sqlalchemy.orm import Session

from borgerpost.store.tables import DigestSender, Finding, LabelCorrection, Message

NEVER_FOLD_LABELS: frozenset[str] = frozenset({"threat", "self_harm", "doxxing", "exposure"})
NEVER_FOLD_QUEUES: frozenset[str] = frozenset({"akut", "sikkerhed", "manuel"})


def _protected() -> ColumnElement[bool]:
    """A message that must keep its own row (over-inclusive: a removed label still counts)."""
    by_engine = exists().where(Finding.message_pk == Message.id,
                               Finding.label.in_(NEVER_FOLD_LABELS))
    by_person = exists().where(LabelCorrection.message_pk == Message.id,
                               LabelCorrection.action == "add",
                               LabelCorrection.label.in_(NEVER_FOLD_LABELS))
    return or_(Message.queue.in_(NEVER_FOLD_QUEUES), by_engine, by_person)


def folded_clause() -> ColumnElement[bool]:
    """SQL for "this message is listed inside its sender's daily digest"."""
    active = exists().where(DigestSender.unit == Message.unit,
                            DigestSender.sender == func.lower(Message.sender),
                            DigestSender.disabled_at.is_(None))
    return and_(active, not_(_protected()))


def active_digest(session: Session, *, unit: str, sender: str) -> DigestSender | None:
    """The unit's active digest setting for ``sender`` (lower-case address), if any."""
    return session.scalar(select(DigestSender).where(
        DigestSender.unit == unit, DigestSender.sender == sender.strip().lower(),
        DigestSender.disabled_at.is_(None)))


def active_digests(session: Session, *, units: Collection[str] | None = None) -> list[DigestSender]:
    """Active digest settings, of ``units`` (None: every unit), by unit and sender."""
    query = select(DigestSender).where(DigestSender.disabled_at.is_(None))
    if units is not None:
        query = query.where(DigestSender.unit.in_(list(units)))
    return list(session.scalars(query.order_by(DigestSender.unit, DigestSender.sender)))


def any_active(session: Session) -> bool:
    """Whether any unit reads any sender as a digest (the inbox's fast path when not)."""
    return session.scalar(select(DigestSender.id).where(DigestSender.disabled_at.is_(None))
                          .limit(1)) is not None
