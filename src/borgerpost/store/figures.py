"""Whole-database counts for the manager's overview: never a subject, sender or body.

Kept apart from ``queries`` (the inbox and message reads) because figures ignore access
scoping: only roles that may see figures (``web.access.can_see_figures``) reach them.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import SQLColumnExpression, func, select
from sqlalchemy.orm import Session

from borgerpost.model import ParseStatus
from borgerpost.store.tables import Finding, Message


@dataclass(frozen=True, slots=True)
class Figures:
    """Counts for managers: no subject, sender or body anywhere."""

    total: int
    quarantined: int
    per_unit: dict[str, int]
    per_queue: dict[str, int]
    per_label: dict[str, int]


def _counts(session: Session, column: SQLColumnExpression[str | None]) -> dict[str, int]:
    query = select(column, func.count()).select_from(Message).group_by(column)
    return {str(key or "(ingen)"): int(n) for key, n in session.execute(query)}


def figures(session: Session) -> Figures:
    """Whole-database figures: per unit, queue and label (distinct messages), quarantined."""
    total = session.scalar(select(func.count()).select_from(Message)) or 0
    quarantined = session.scalar(
        select(func.count()).select_from(Message)
        .where(Message.status == ParseStatus.QUARANTINED.value)
    ) or 0
    by_label = select(Finding.label, func.count(func.distinct(Finding.message_pk))).group_by(
        Finding.label
    )
    return Figures(
        total=int(total), quarantined=int(quarantined),
        per_unit=_counts(session, Message.unit), per_queue=_counts(session, Message.queue),
        per_label={label: int(n) for label, n in session.execute(by_label)},
    )
