"""The declarative base every borgerpost table derives from, and the helpers for defaults.

Kept apart from the table modules so that ``tables``, ``tables_workflow`` and
``tables_monitor`` share one registry (one ``Base.metadata`` for Alembic and the tests).
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import DateTime
from sqlalchemy.orm import DeclarativeBase


def utcnow() -> datetime:
    """Timezone-aware now; every stored time is UTC."""
    return datetime.now(UTC)


def empty_list() -> list[str]:
    """A fresh ``[]`` per row (a shared mutable default would leak between rows)."""
    return []


class Base(DeclarativeBase):
    """Declarative base of all borgerpost tables."""

    # SQLAlchemy reads this class attribute as it is (the documented way to map a type)
    type_annotation_map = {datetime: DateTime(timezone=True)}  # noqa: RUF012
