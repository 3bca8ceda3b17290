"""The audit trail: who viewed or changed what, and when.

Rows are only ever appended (the migration adds triggers that refuse UPDATE and DELETE).
``detail`` may hold ids, field names and short codes — never message text, CPR numbers,
addresses or search terms — so ``record`` refuses values that look like free text: a value
must be a number, a boolean, None, a short token without spaces, or a list of those.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from borgerpost.store.tables import AuditEntry

_TOKEN = re.compile(r"[A-Za-z_][\w.:@+-]{0,79}")
_MAX_ACTOR = 80

Scalar = str | int | float | bool | None
DetailValue = Scalar | Sequence[Scalar]


def _check_scalar(key: str, value: object) -> None:
    if value is None or isinstance(value, int | float | bool):
        return
    if isinstance(value, str) and _TOKEN.fullmatch(value):
        return
    raise ValueError(
        f"audit detail {key!r} must be an id, number or short token, not free text"
    )


def _checked_detail(detail: Mapping[str, DetailValue] | None) -> dict[str, object]:
    """Copy ``detail`` after making sure it cannot carry personal text."""
    checked: dict[str, object] = {}
    for key, value in (detail or {}).items():
        if not _TOKEN.fullmatch(key):
            raise ValueError(f"audit detail key {key!r} is not a plain field name")
        if isinstance(value, list | tuple):
            for item in value:
                _check_scalar(key, item)
            checked[key] = list(value)
        else:
            _check_scalar(key, value)
            checked[key] = value
    return checked


def record(
    session: Session,
    *,
    actor: str,
    action: str,
    object_type: str,
    object_id: str | int,
    detail: Mapping[str, DetailValue] | None = None,
) -> AuditEntry:
    """Append one audit row in ``session``'s transaction (the caller commits)."""
    entry = AuditEntry(
        actor=actor[:_MAX_ACTOR],
        action=action,
        object_type=object_type,
        object_id=str(object_id),
        detail=_checked_detail(detail),
    )
    session.add(entry)
    session.flush()
    return entry


def record_many(
    session: Session,
    *,
    actor: str,
    action: str,
    object_type: str,
    objects: Iterable[tuple[str | int, Mapping[str, DetailValue] | None]],
) -> None:
    """Append one audit row per (object_id, detail) in one statement: for callers that
    audit a batch (a monitor run keeps thousands of posts), where a flush per row would
    cost more than the rows themselves."""
    rows = [{"actor": actor[:_MAX_ACTOR], "action": action, "object_type": object_type,
             "object_id": str(object_id), "detail": _checked_detail(detail)}
            for object_id, detail in objects]
    if rows:
        session.execute(insert(AuditEntry), rows)


def entries(
    session: Session,
    *,
    actor: str | None = None,
    action: str | None = None,
    object_id: str | int | None = None,
    since: datetime | None = None,
    limit: int = 200,
) -> list[AuditEntry]:
    """Audit rows, oldest first, optionally narrowed by actor, action, object or time."""
    query = select(AuditEntry).order_by(AuditEntry.id)
    if actor is not None:
        query = query.where(AuditEntry.actor == actor)
    if action is not None:
        query = query.where(AuditEntry.action == action)
    if object_id is not None:
        query = query.where(AuditEntry.object_id == str(object_id))
    if since is not None:
        query = query.where(AuditEntry.at >= since)
    return list(session.scalars(query.limit(limit)))
