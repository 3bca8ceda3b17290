"""What the monitor's pages and API share: the queue of kept posts (never their text),
opening one (checked and recorded in its chain of custody) and an evidence package as a
download.

A kept post is evidence about a named colleague. Opening it is recorded with
``monitor.custody.record_view`` and committed BEFORE the text is returned, so nobody reads
it unrecorded; a refused attempt on a kept item is recorded with ``record_denied`` (an id
that does not exist is refused without a record, so a later item never inherits a false
entry). An export is recorded by ``build_package`` itself and committed before the zip
is handed out: a package whose export is not in the audit log never leaves the server.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from fastapi import HTTPException
from sqlalchemy import select
from sqlalchemy.orm import Session

from borgerpost.errors import AccessDenied
from borgerpost.monitor.custody import record_denied, record_view
from borgerpost.monitor.exhibits import Exhibit, as_utc, load_exhibit
from borgerpost.monitor.package import build_package, zip_of
from borgerpost.store.tables import MonitorItem, MonitorSource, Staff, User
from borgerpost.web.access import can_manage_monitor
from borgerpost.web.highlight import Piece, Span, pieces
from borgerpost.web.routing import WARNING_LABELS

ONLY_SECURITY = "Overvågningen af offentlige opslag varetages af sikkerhed og arbejdsmiljø."
NOT_FOUND = "Opslaget findes ikke blandt de gemte opslag."
STATUS_NAMES: dict[str, str] = {
    "ny": "Ny",
    "set": "Under behandling",
    "eksporteret": "Eksporteret (bevispakke lavet)",
}


@dataclass(frozen=True, slots=True)
class QueueRow:
    """A kept post in the queue: where, when, what kind, whom. No text, no author."""

    id: int
    source_name: str
    version: int
    posted_at: datetime | None
    retrieved_at: datetime
    kept_at: datetime
    labels: tuple[str, ...]
    staff: tuple[str, ...]
    status: str


@dataclass(frozen=True, slots=True)
class PackageDownload:
    """An evidence package as the browser or API client receives it."""

    filename: str
    data: bytes

    @property
    def headers(self) -> dict[str, str]:
        """Always a download: a package is never rendered in our origin."""
        return {"Content-Disposition": f'attachment; filename="{self.filename}"'}


def require_manager(user: User) -> None:
    """Sikkerhed only; everyone else gets the 403 page or JSON."""
    if not can_manage_monitor(user):
        raise AccessDenied(ONLY_SECURITY)


_QUEUE_COLUMNS = (MonitorItem.id, MonitorItem.source_id, MonitorItem.version,
                  MonitorItem.posted_at, MonitorItem.retrieved_at, MonitorItem.created_at,
                  MonitorItem.labels, MonitorItem.staff_ids, MonitorItem.status)


def queue_rows(session: Session, *, status: str | None, limit: int,
               offset: int) -> list[QueueRow]:
    """Kept posts, newest kept first. The text and author columns are never selected here,
    so a listing cannot show them by mistake."""
    query = select(*_QUEUE_COLUMNS).order_by(MonitorItem.created_at.desc(),
                                             MonitorItem.id.desc())
    if status is not None:
        query = query.where(MonitorItem.status == status)
    rows = session.execute(query.limit(limit).offset(offset)).all()
    sources = {pk: name for pk, name in session.execute(
        select(MonitorSource.id, MonitorSource.name))}
    wanted = sorted({int(i) for row in rows for i in (row.staff_ids or ())})
    names = {pk: name for pk, name in session.execute(
        select(Staff.id, Staff.name).where(Staff.id.in_(wanted)))} if wanted else {}
    return [QueueRow(row.id, sources.get(row.source_id, str(row.source_id)), row.version,
                     as_utc(row.posted_at) if row.posted_at else None,
                     as_utc(row.retrieved_at), as_utc(row.created_at),
                     tuple(sorted(row.labels or ())),
                     tuple(names.get(int(i), f"#{i}") for i in row.staff_ids or ()), row.status)
            for row in rows]


def open_exhibit(session: Session, *, user: User, item_id: int, channel: str) -> Exhibit:
    """The kept post with everything about it, if ``user`` may read it; the view is
    recorded in its chain of custody and committed first."""
    exists = session.get(MonitorItem, item_id) is not None
    if not can_manage_monitor(user):
        if exists:
            record_denied(session, actor=user.username, item_id=item_id, channel=channel)
            session.commit()
        raise AccessDenied(ONLY_SECURITY)
    if not exists:
        raise HTTPException(status_code=404, detail=NOT_FOUND)
    record_view(session, actor=user.username, item_id=item_id, channel=channel)
    session.commit()
    exhibit = load_exhibit(session, item_id)  # read after the commit: custody shows this view
    if exhibit is None:  # deleted meanwhile: kept items are never deleted, but be exact
        raise HTTPException(status_code=404, detail=NOT_FOUND)
    return exhibit


def export_package(session: Session, *, user: User, item_ids: Sequence[int],
                   channel: str) -> PackageDownload:
    """Build the evidence package of ``item_ids`` in a temporary folder, commit its audit
    entries, and hand back the zip's bytes (the folder is removed). ``PackageError`` for
    an empty selection or an unknown id, before anything is recorded."""
    require_manager(user)
    with tempfile.TemporaryDirectory(prefix="borgerpost-bevis-") as tmp:
        folder = build_package(session, item_ids=item_ids, actor=user.username,
                               out_dir=Path(tmp), channel=channel)
        session.commit()
        data = zip_of(folder).read_bytes()
    return PackageDownload(f"{folder.name}.zip", data)


def text_pieces(exhibit: Exhibit) -> list[Piece]:
    """The frozen text cut at its evidence spans, each piece knowing why it is marked."""
    return pieces(exhibit.text, [Span(s.start, s.end, s.reason or s.rule or s.label)
                                 for s in exhibit.spans])


def warning_of(labels: Sequence[str]) -> str:
    """Why the text sits behind a content warning (every kept post names a colleague)."""
    reasons = [text for label, text in WARNING_LABELS.items() if label in labels]
    return ", ".join(reasons) if reasons else "omtale af en navngiven medarbejder"
