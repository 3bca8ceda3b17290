"""What a staff member who opted in is told about public posts that name them: a summary.

The monitor keeps posts that name a staff member so the security lead can act on them; the
person named is told only if they asked to be (``users.monitor_opt_in``), and then only
where, when and what kind — never the post's words, its author or a link to it. Reading
abuse about oneself should be a choice made with someone, not a notification. Each post
counts once, however often it was edited (its latest kept version).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from borgerpost.monitor.exhibits import as_utc
from borgerpost.store.tables import MonitorItem, MonitorSource, utcnow

DAYS = 30


@dataclass(frozen=True, slots=True)
class PostNotice:
    """One kept public post naming the reader: where, when, what kind. No text."""

    source_name: str
    posted_at: datetime | None
    retrieved_at: datetime
    labels: tuple[str, ...]


_COLUMNS = (MonitorItem.id, MonitorItem.source_id, MonitorItem.item_key, MonitorItem.version,
            MonitorItem.posted_at, MonitorItem.retrieved_at, MonitorItem.labels,
            MonitorItem.staff_ids, MonitorSource.name)


def _latest_per_post(rows: Sequence[Any]) -> list[Any]:
    """The latest version of each post among ``rows`` (rows of ``_COLUMNS``), newest first."""
    latest: dict[tuple[int, str], Any] = {}
    for row in rows:
        key = (row.source_id, row.item_key)
        if key not in latest or row.version > latest[key].version:
            latest[key] = row
    return sorted(latest.values(), key=lambda r: (as_utc(r.retrieved_at), r.id), reverse=True)


def notices_for(session: Session, *, staff_id: int | None, opted_in: bool,
                now: datetime | None = None, days: int = DAYS) -> list[PostNotice]:
    """Posts kept in the last ``days`` days that name ``staff_id``; none without opt-in.

    The text column is never read here, so it cannot leak into a notice by mistake."""
    if not opted_in or staff_id is None:
        return []
    since = (now or utcnow()) - timedelta(days=days)
    rows = session.execute(
        select(*_COLUMNS).join(MonitorSource, MonitorSource.id == MonitorItem.source_id)
        .where(MonitorItem.created_at >= since)).all()
    naming = [row for row in rows if staff_id in (row.staff_ids or [])]
    return [PostNotice(row.name, as_utc(row.posted_at) if row.posted_at else None,
                       as_utc(row.retrieved_at), tuple(row.labels or ()))
            for row in _latest_per_post(naming)]
