"""A kept item read back for people: the frozen post with its spans, staff, versions and
chain of custody, as plain frozen dataclasses.

The evidence package, its report and the web page all render the same ``Exhibit``, so
what the security lead sees is what the police get. Reading an exhibit is not a view of
its own: the caller records ``monitor.view`` or ``monitor.export`` (``monitor.custody``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from borgerpost.errors import PackageError
from borgerpost.monitor.custody import CustodyEntry, custody_of
from borgerpost.monitor.laws import LawSection, sections_for
from borgerpost.store.monitor import item_spans, item_versions
from borgerpost.store.tables import MonitorItem, MonitorSource, Staff


@dataclass(frozen=True, slots=True)
class Span:
    """One evidence span: ``text[start:end] == quote``, the label it supports and why."""

    label: str
    start: int
    end: int
    quote: str
    reason: str
    rule: str
    detector: str


@dataclass(frozen=True, slots=True)
class StaffRef:
    """A staff member the item affects, as the register names them."""

    id: int
    name: str
    unit: str


@dataclass(frozen=True, slots=True)
class VersionRef:
    """One kept version of the same post (an edit at the source is a new version)."""

    id: int
    version: int
    retrieved_at: datetime
    content_sha256: str


@dataclass(frozen=True, slots=True)
class Exhibit:
    """A kept item, frozen, with everything a report about it shows."""

    id: int
    source_id: int
    source_name: str
    source_kind: str
    item_key: str
    version: int
    previous_id: int | None
    url: str
    parent_url: str | None
    author_handle: str
    posted_at: datetime | None
    retrieved_at: datetime
    kept_at: datetime
    status: str
    text: str
    content_sha256: str
    warc: bytes
    warc_sha256: str
    labels: tuple[str, ...]
    spans: tuple[Span, ...]
    staff: tuple[StaffRef, ...]
    versions: tuple[VersionRef, ...]
    custody: tuple[CustodyEntry, ...]

    @property
    def sections(self) -> list[LawSection]:
        """The rules of straffeloven that may be relevant (never a finding of guilt)."""
        return sections_for(self.labels, staff_affected=bool(self.staff))


def as_utc(value: datetime) -> datetime:
    """Stored times are UTC; SQLite hands them back naive, PostgreSQL aware."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _spans(session: Session, item_id: int) -> tuple[Span, ...]:
    return tuple(Span(r.label, r.start, r.end, r.quote, r.reason, r.rule, r.detector)
                 for r in item_spans(session, item_id=item_id))


def _staff(session: Session, staff_ids: Sequence[int]) -> tuple[StaffRef, ...]:
    ids = [int(i) for i in staff_ids]
    if not ids:
        return ()
    rows = session.scalars(select(Staff).where(Staff.id.in_(ids)).order_by(Staff.name))
    return tuple(StaffRef(r.id, r.name, r.unit) for r in rows)


def _versions(session: Session, item: MonitorItem) -> tuple[VersionRef, ...]:
    return tuple(VersionRef(v.id, v.version, as_utc(v.retrieved_at), v.content_sha256)
                 for v in item_versions(session, item_id=item.id))


def exhibit_of(session: Session, item: MonitorItem) -> Exhibit:
    """The exhibit of one kept item row (its WARC bytes are loaded)."""
    source = session.get(MonitorSource, item.source_id)
    return Exhibit(
        id=item.id, source_id=item.source_id, source_name=source.name if source else "",
        source_kind=source.kind if source else "", item_key=item.item_key,
        version=item.version, previous_id=item.previous_id, url=item.url,
        parent_url=item.parent_url, author_handle=item.author_handle,
        posted_at=as_utc(item.posted_at) if item.posted_at else None,
        retrieved_at=as_utc(item.retrieved_at), kept_at=as_utc(item.created_at),
        status=item.status, text=item.text, content_sha256=item.content_sha256,
        warc=bytes(item.warc), warc_sha256=item.warc_sha256,
        labels=tuple(sorted(item.labels or ())), spans=_spans(session, item.id),
        staff=_staff(session, item.staff_ids or ()), versions=_versions(session, item),
        custody=tuple(custody_of(session, item_id=item.id)),
    )


def load_exhibit(session: Session, item_id: int) -> Exhibit | None:
    """The exhibit of ``item_id``, or None when no such item is kept."""
    item = session.get(MonitorItem, item_id)
    return exhibit_of(session, item) if item is not None else None


def load_exhibits(session: Session, item_ids: Sequence[int]) -> list[Exhibit]:
    """The exhibits of ``item_ids`` in the given order (duplicates once); an unknown id
    raises ``PackageError`` naming it, so a package is never silently short of an item."""
    result: list[Exhibit] = []
    for item_id in dict.fromkeys(item_ids):
        exhibit = load_exhibit(session, item_id)
        if exhibit is None:
            raise PackageError(f"opslag #{item_id} findes ikke blandt de gemte opslag")
        result.append(exhibit)
    return result
