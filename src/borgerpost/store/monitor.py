"""The public-post monitor's tables: sources, the hash-only memory, kept items, their spans.

Two rules shape these functions. Data minimisation: ``monitor_seen`` holds hashes only, and
a post's text and author reach the database only through ``add_item``, which the scanner
calls for kept items alone. Evidence integrity: a kept item is never rewritten — an edit at
the source is a new row (``version`` n+1, ``previous_id`` the older one), and the only
column that changes is ``status`` (ny → set → eksporteret), audited.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar, cast

from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from borgerpost.errors import MonitorError
from borgerpost.store import audit
from borgerpost.store.tables import (
    MonitorFinding,
    MonitorItem,
    MonitorSeen,
    MonitorSource,
    utcnow,
)

KINDS: tuple[str, ...] = ("rss", "export_json", "export_csv", "html")
STATUSES: tuple[str, ...] = ("ny", "set", "eksporteret")
_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class KeptSpan:
    """One evidence span of a kept item (offsets into its stored text)."""

    label: str
    start: int
    end: int
    quote: str
    reason: str
    detector: str
    rule: str


# --- sources ------------------------------------------------------------------------------


def add_source(
    session: Session, *, name: str, kind: str, location: str, actor: str
) -> MonitorSource:
    """Register a source; the name must be new and the kind one of ``KINDS``."""
    name = name.strip()
    if not name:
        raise MonitorError("kilden skal have et navn")
    if kind not in KINDS:
        raise MonitorError(f"ukendt kildetype {kind!r} (kendte: {', '.join(KINDS)})")
    if not location.strip():
        raise MonitorError("kilden skal have en adresse eller en fil")
    if session.scalar(select(MonitorSource.id).where(MonitorSource.name == name)) is not None:
        raise MonitorError(f"der findes allerede en kilde med navnet {name!r}")
    row = MonitorSource(name=name[:120], kind=kind, location=location.strip(), enabled=True,
                        created_by=actor[:80])
    session.add(row)
    session.flush()
    audit.record(session, actor=actor, action="monitor.add_source", object_type="monitor_source",
                 object_id=row.id, detail={"kind": kind})
    return row


def list_sources(session: Session, *, enabled_only: bool = False) -> list[MonitorSource]:
    """Sources by id."""
    query = select(MonitorSource).order_by(MonitorSource.id)
    if enabled_only:
        query = query.where(MonitorSource.enabled.is_(True))
    return list(session.scalars(query))


def get_source(session: Session, *, source_id: int) -> MonitorSource:
    """One source, or ``MonitorError`` naming the unknown id."""
    row = session.get(MonitorSource, source_id)
    if row is None:
        raise MonitorError(f"ukendt kilde {source_id}")
    return row


def set_enabled(session: Session, *, source_id: int, enabled: bool, actor: str) -> MonitorSource:
    """Switch a source on or off (audited); its memory and kept items stay."""
    row = get_source(session, source_id=source_id)
    row.enabled = enabled
    audit.record(session, actor=actor, action="monitor.enable" if enabled else "monitor.disable",
                 object_type="monitor_source", object_id=row.id)
    return row


def mark_run(session: Session, *, source_id: int, at: datetime, error: str | None) -> None:
    """Note when a source was last read and how it failed (None: it did not)."""
    session.execute(update(MonitorSource).where(MonitorSource.id == source_id)
                    .values(last_run_at=at, last_error=error))


# --- the memory (hashes only) -------------------------------------------------------------


def seen_pairs(
    session: Session, *, source_id: int, keys: Iterable[str]
) -> dict[tuple[str, str], int]:
    """(item_key, version_hash) → seen-row id, for the versions of ``keys`` already scanned."""
    found: dict[tuple[str, str], int] = {}
    for wanted in _chunks(sorted(set(keys))):
        rows = session.execute(
            select(MonitorSeen.item_key, MonitorSeen.version_hash, MonitorSeen.id)
            .where(MonitorSeen.source_id == source_id, MonitorSeen.item_key.in_(wanted))
        )
        found.update(((key, version), pk) for key, version, pk in rows)
    return found


def record_seen(
    session: Session, *, source_id: int, pairs: Sequence[tuple[str, str]], at: datetime
) -> set[tuple[str, str]]:
    """Remember ``pairs`` as scanned; returns those this call inserted. A pair another run
    inserted meanwhile is left out (ON CONFLICT DO NOTHING), so it is kept only once."""
    if not pairs:
        return set()
    table = cast(Table, MonitorSeen.__table__)
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    statement = (
        dialect.insert(table)
        .on_conflict_do_nothing(index_elements=["source_id", "item_key", "version_hash"])
        .returning(table.c.item_key, table.c.version_hash)
    )
    rows = [{"source_id": source_id, "item_key": key, "version_hash": version,
             "first_seen_at": at, "last_seen_at": at} for key, version in pairs]
    return {(key, version) for key, version in session.connection().execute(statement, rows)}


def touch_seen(session: Session, *, ids: Sequence[int], at: datetime) -> None:
    """Items met again unchanged: only their ``last_seen_at`` moves."""
    for chunk in _chunks(list(ids)):
        session.execute(update(MonitorSeen).where(MonitorSeen.id.in_(chunk))
                        .values(last_seen_at=at))


def _chunks(values: list[_T], size: int = 2000) -> Iterator[list[_T]]:
    """``values`` in slices a single IN (…) can hold: SQLite allows 32,766 parameters, and a
    run's batch size is a setting."""
    for start in range(0, len(values), size):
        yield values[start:start + size]


# --- kept items ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NewItem:
    """One kept (frozen) item as ``add_items`` stores it."""

    item_key: str
    url: str
    author_handle: str
    posted_at: datetime | None
    retrieved_at: datetime
    parent_url: str | None
    text: str
    content_sha256: str
    warc: bytes
    warc_sha256: str
    labels: Sequence[str]
    staff_ids: Sequence[int]
    spans: Sequence[KeptSpan]


def add_item(
    session: Session,
    *,
    source_id: int,
    item_key: str,
    url: str,
    author_handle: str,
    posted_at: datetime | None,
    retrieved_at: datetime,
    parent_url: str | None,
    text: str,
    content_sha256: str,
    warc: bytes,
    warc_sha256: str,
    labels: Sequence[str],
    staff_ids: Sequence[int],
    spans: Sequence[KeptSpan],
    actor: str,
) -> MonitorItem:
    """Store one kept (frozen) item and its spans (``add_items`` with one item)."""
    item = NewItem(item_key, url, author_handle, posted_at, retrieved_at, parent_url, text,
                   content_sha256, warc, warc_sha256, labels, staff_ids, spans)
    return add_items(session, source_id=source_id, items=[item], actor=actor)[0]


def add_items(
    session: Session, *, source_id: int, items: Sequence[NewItem], actor: str
) -> list[MonitorItem]:
    """Store kept (frozen) items and their spans, in order; returns their rows in that order.

    A newer version of a kept item links to the latest one before it (stored earlier, or
    earlier in ``items``). Each is audited as ``monitor.keep`` with ids only. One query
    finds the versions already stored and one flush writes the rows, whatever the number
    of items (spans and audit rows in one statement each): a run keeping thousands of
    posts does not pay a flush per post.
    """
    latest = _latest_versions(session, source_id=source_id,
                              keys={item.item_key for item in items})
    rows: list[MonitorItem | None] = [None] * len(items)
    pending = list(enumerate(items))
    while pending:  # one round per version of a key met more than once in ``items``
        now, pending = _first_per_key(pending)
        made = [(n, _item_row(source_id, item, latest.get(item.item_key))) for n, item in now]
        session.add_all(row for _n, row in made)
        session.flush()
        for n, row in made:
            latest[row.item_key] = (row.id, row.version)
            rows[n] = row
    stored = [row for row in rows if row is not None]
    spans = [_span_row(row.id, span) for row, item in zip(stored, items, strict=True)
             for span in item.spans]
    if spans:
        session.execute(insert(MonitorFinding), spans)
    audit.record_many(session, actor=actor, action="monitor.keep", object_type="monitor_item",
                      objects=[(row.id, {"source_id": source_id, "version": row.version,
                                         "previous_id": row.previous_id, "labels": row.labels,
                                         "staff_ids": row.staff_ids}) for row in stored])
    return stored


def _latest_versions(
    session: Session, *, source_id: int, keys: set[str]
) -> dict[str, tuple[int, int]]:
    """item_key → (id, version) of the newest stored version, for the keys that have one."""
    latest: dict[str, tuple[int, int]] = {}
    for chunk in _chunks(sorted(keys)):
        for key, pk, version in session.execute(
            select(MonitorItem.item_key, MonitorItem.id, MonitorItem.version)
            .where(MonitorItem.source_id == source_id, MonitorItem.item_key.in_(chunk))
        ):
            if key not in latest or version > latest[key][1]:
                latest[key] = (pk, version)
    return latest


def _first_per_key(
    pending: list[tuple[int, NewItem]],
) -> tuple[list[tuple[int, NewItem]], list[tuple[int, NewItem]]]:
    """(the first pending item of each key, the rest), both in order."""
    first: list[tuple[int, NewItem]] = []
    rest: list[tuple[int, NewItem]] = []
    keys: set[str] = set()
    for entry in pending:
        (rest if entry[1].item_key in keys else first).append(entry)
        keys.add(entry[1].item_key)
    return first, rest


def _item_row(source_id: int, item: NewItem, latest: tuple[int, int] | None) -> MonitorItem:
    return MonitorItem(
        source_id=source_id, item_key=item.item_key,
        version=latest[1] + 1 if latest else 1, previous_id=latest[0] if latest else None,
        url=item.url, author_handle=item.author_handle[:300], posted_at=item.posted_at,
        retrieved_at=item.retrieved_at, parent_url=item.parent_url, text=item.text,
        content_sha256=item.content_sha256, warc=item.warc, warc_sha256=item.warc_sha256,
        labels=sorted(item.labels), staff_ids=sorted(set(item.staff_ids)), status="ny",
        created_at=utcnow(),
    )


def _span_row(item_id: int, span: KeptSpan) -> dict[str, object]:
    return {"item_id": item_id, "label": span.label, "start": span.start, "end": span.end,
            "quote": span.quote, "reason": span.reason, "detector": span.detector,
            "rule": span.rule[:120]}


def list_items(
    session: Session,
    *,
    status: str | None = None,
    source_id: int | None = None,
    limit: int = 200,
    offset: int = 0,
) -> list[MonitorItem]:
    """Kept items, newest first (the WARC bytes are not loaded)."""
    query = select(MonitorItem).order_by(MonitorItem.created_at.desc(), MonitorItem.id.desc())
    if status is not None:
        query = query.where(MonitorItem.status == status)
    if source_id is not None:
        query = query.where(MonitorItem.source_id == source_id)
    return list(session.scalars(query.limit(limit).offset(offset)))


def count_items(session: Session, *, status: str | None = None) -> int:
    """How many kept items (with ``status``, when given): the queue's badge."""
    query = select(func.count(MonitorItem.id))
    if status is not None:
        query = query.where(MonitorItem.status == status)
    return int(session.scalar(query) or 0)


def status_counts(session: Session) -> dict[str, int]:
    """How many kept items in each status (every status present, 0 when none): the figures
    a leder sees instead of the queue."""
    rows = session.execute(select(MonitorItem.status, func.count(MonitorItem.id))
                           .group_by(MonitorItem.status))
    counts = dict.fromkeys(STATUSES, 0)
    counts.update({status: int(n) for status, n in rows})
    return counts


def get_item(session: Session, *, item_id: int) -> MonitorItem:
    """One kept item, or ``MonitorError`` naming the unknown id."""
    item = session.get(MonitorItem, item_id)
    if item is None:
        raise MonitorError(f"ukendt bevis {item_id}")
    return item


def item_spans(session: Session, *, item_id: int) -> list[MonitorFinding]:
    """The evidence spans of a kept item, in text order."""
    return list(session.scalars(
        select(MonitorFinding).where(MonitorFinding.item_id == item_id)
        .order_by(MonitorFinding.start, MonitorFinding.id)
    ))


def item_versions(session: Session, *, item_id: int) -> list[MonitorItem]:
    """Every kept version of the item ``item_id`` belongs to, oldest first."""
    item = get_item(session, item_id=item_id)
    return list(session.scalars(
        select(MonitorItem)
        .where(MonitorItem.source_id == item.source_id, MonitorItem.item_key == item.item_key)
        .order_by(MonitorItem.version)
    ))


def set_status(session: Session, *, item_id: int, status: str, actor: str) -> MonitorItem:
    """Move a kept item along its queue (ny → set → eksporteret); audited."""
    if status not in STATUSES:
        raise MonitorError(f"ukendt status {status!r} (kendte: {', '.join(STATUSES)})")
    item = get_item(session, item_id=item_id)
    before = item.status
    item.status = status
    audit.record(session, actor=actor, action="monitor.status", object_type="monitor_item",
                 object_id=item.id, detail={"before": before, "after": status})
    return item
