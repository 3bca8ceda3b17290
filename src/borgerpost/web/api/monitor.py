"""``/api/v1/monitor``: kept public posts and evidence packages, for sikkerhed.

The same rules as the pages (``web/monitor.py``): the listing never carries a post's
text or author; reading one post is recorded in its chain of custody (channel ``api``)
before it is returned, and a refused read of a kept post is recorded too; a package is
built, its export audited and committed, then sent as a .zip. A leder gets the counts
per status only. Writes send ``X-CSRF-Token`` (from ``GET /api/v1/me``).
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import Response
from pydantic import BaseModel, Field

from borgerpost.errors import AccessDenied, PackageError
from borgerpost.monitor.exhibits import Exhibit
from borgerpost.monitor.laws import MAY_BE_RELEVANT
from borgerpost.store.monitor import status_counts
from borgerpost.web.access import can_see_monitor_counts
from borgerpost.web.api.schemas import ErrorOut
from borgerpost.web.deps import CurrentUser, DbSession, check_csrf_header
from borgerpost.web.monitor import (
    ONLY_SECURITY,
    QueueRow,
    export_package,
    open_exhibit,
    queue_rows,
    require_manager,
)

ERRORS = {
    401: {"model": ErrorOut, "description": "Ikke logget ind"},
    403: {"model": ErrorOut, "description": "Ingen adgang (rolle eller CSRF)"},
}
router = APIRouter(prefix="/api/v1/monitor", tags=["monitor"], responses=ERRORS)  # type: ignore[arg-type]
STATUS_PATTERN = "^(ny|set|eksporteret)$"


class ItemSummary(BaseModel):
    """A kept post in the queue: where, when, labels, staff named. No text, no author."""

    id: int
    source: str
    version: int
    posted_at: datetime | None
    retrieved_at: datetime
    kept_at: datetime
    labels: list[str]
    staff: list[str]
    status: str

    @classmethod
    def of(cls, row: QueueRow) -> ItemSummary:
        """From a queue row."""
        return cls(id=row.id, source=row.source_name, version=row.version,
                   posted_at=row.posted_at, retrieved_at=row.retrieved_at, kept_at=row.kept_at,
                   labels=list(row.labels), staff=list(row.staff), status=row.status)


class SpanOut(BaseModel):
    """One evidence span: ``text[start:end] == quote``, its label and why."""

    label: str
    start: int
    end: int
    quote: str
    reason: str
    rule: str


class CustodyOut(BaseModel):
    """One handling of the post: who, when, what (the read that returned this included)."""

    at: datetime
    actor: str
    action: str
    channel: str | None
    package: str | None


class ItemOut(BaseModel):
    """A kept post as evidence: the frozen text, hashes, spans, versions and custody."""

    id: int
    source: str
    source_kind: str
    url: str
    parent_url: str | None
    author_handle: str
    posted_at: datetime | None
    retrieved_at: datetime
    kept_at: datetime
    status: str
    text: str
    content_sha256: str
    warc_sha256: str
    version: int
    versions: list[int] = Field(description="Ids of every kept version, oldest first.")
    labels: list[str]
    staff: list[str]
    spans: list[SpanOut]
    may_be_relevant: list[str] = Field(
        description=f"Sections of straffeloven that {MAY_BE_RELEVANT} (never a finding).")
    custody: list[CustodyOut]

    @classmethod
    def of(cls, e: Exhibit) -> ItemOut:
        """From an exhibit."""
        return cls(
            id=e.id, source=e.source_name, source_kind=e.source_kind, url=e.url,
            parent_url=e.parent_url, author_handle=e.author_handle, posted_at=e.posted_at,
            retrieved_at=e.retrieved_at, kept_at=e.kept_at, status=e.status, text=e.text,
            content_sha256=e.content_sha256, warc_sha256=e.warc_sha256, version=e.version,
            versions=[v.id for v in e.versions], labels=list(e.labels),
            staff=[f"{s.name} ({s.unit})" for s in e.staff],
            spans=[SpanOut(label=s.label, start=s.start, end=s.end, quote=s.quote,
                           reason=s.reason, rule=s.rule) for s in e.spans],
            may_be_relevant=[f"straffeloven {law.code}" for law in e.sections],
            custody=[CustodyOut(at=c.at, actor=c.actor, action=c.action,
                                channel=c.channel or None, package=c.package or None)
                     for c in e.custody])


class PackageIn(BaseModel):
    """The kept posts to put in one evidence package."""

    item_ids: list[int] = Field(min_length=1, max_length=500)


@router.get("/counts")
def counts(user: CurrentUser, session: DbSession) -> dict[str, int]:
    """Kept posts per status (sikkerhed and leder): counts only."""
    if not can_see_monitor_counts(user):
        raise AccessDenied(ONLY_SECURITY)
    return status_counts(session)


@router.get("/items")
def items(
    user: CurrentUser, session: DbSession,
    status: Annotated[str | None, Query(pattern=STATUS_PATTERN)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[ItemSummary]:
    """Kept posts, newest first, without text (sikkerhed)."""
    require_manager(user)
    return [ItemSummary.of(row)
            for row in queue_rows(session, status=status, limit=limit, offset=offset)]


@router.get("/items/{item_id}", responses={404: {"model": ErrorOut}})
def item(user: CurrentUser, session: DbSession, item_id: int) -> ItemOut:
    """One kept post with its text (sikkerhed); recorded in its chain of custody."""
    return ItemOut.of(open_exhibit(session, user=user, item_id=item_id, channel="api"))


@router.post("/packages", dependencies=[Depends(check_csrf_header)],
             response_class=Response,
             responses={200: {"content": {"application/zip": {}},
                              "description": "The evidence package (.zip)"},
                        422: {"model": ErrorOut}})
def package(user: CurrentUser, session: DbSession, body: PackageIn) -> Response:
    """The evidence package of ``item_ids`` as a .zip (sikkerhed); audited per post."""
    try:
        download = export_package(session, user=user, item_ids=body.item_ids, channel="api")
    except PackageError as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from exc
    return Response(download.data, media_type="application/zip", headers=download.headers)
