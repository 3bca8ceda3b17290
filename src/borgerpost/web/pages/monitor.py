"""``/overvaagning``: the security lead's queue of kept public posts, one post as evidence,
and evidence packages for a police report.

The queue lists where and when a post was found, its labels and the colleagues it names —
never its text or author. The post's page shows the frozen text behind a content
warning, its evidence spans, hashes, versions and chain of custody; opening it is
recorded (``web.monitor.open_exhibit``). A leder sees the counts per status only.
Status changes and exports are CSRF-checked and audited.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from borgerpost.errors import AccessDenied, MonitorError, PackageError
from borgerpost.monitor.model import KIND_DA
from borgerpost.store.monitor import STATUSES, set_status, status_counts
from borgerpost.web.access import can_manage_monitor, can_see_monitor_counts
from borgerpost.web.deps import CurrentUser, DbSession, check_csrf_form
from borgerpost.web.monitor import (
    ONLY_SECURITY,
    STATUS_NAMES,
    export_package,
    open_exhibit,
    queue_rows,
    require_manager,
    text_pieces,
    warning_of,
)
from borgerpost.web.pages.inbox import pager
from borgerpost.web.templating import render

router = APIRouter()

PAGE_SIZE = 50


@router.get("/overvaagning", response_class=HTMLResponse)
def queue_page(
    request: Request, user: CurrentUser, session: DbSession, status: str = "", side: int = 1
) -> Response:
    """Kept posts, newest first, 50 a page, by status (sikkerhed); counts only (leder)."""
    if not can_see_monitor_counts(user):
        raise AccessDenied(ONLY_SECURITY)
    chosen = status if status in STATUSES else None
    page = max(side, 1)
    manage = can_manage_monitor(user)
    rows = queue_rows(session, status=chosen, limit=PAGE_SIZE + 1,
                      offset=(page - 1) * PAGE_SIZE) if manage else []
    context: dict[str, Any] = {
        "counts": status_counts(session), "status_names": STATUS_NAMES, "can_manage": manage,
        "rows": rows[:PAGE_SIZE], "pager": pager(request, page, len(rows) > PAGE_SIZE),
        "status": chosen or "",
    }
    return render(request, "overvaagning.html", context)


@router.get("/overvaagning/{item_id:int}", response_class=HTMLResponse)
def item_page(
    request: Request, user: CurrentUser, session: DbSession, item_id: int, gemt: int = 0
) -> Response:
    """One kept post as evidence; the view is recorded in its chain of custody first."""
    exhibit = open_exhibit(session, user=user, item_id=item_id, channel="web")
    context = {"item": exhibit, "pieces": text_pieces(exhibit),
               "warning": warning_of(exhibit.labels), "status_names": STATUS_NAMES,
               "kind_name": KIND_DA.get(exhibit.source_kind, exhibit.source_kind),
               "saved": bool(gemt)}
    return render(request, "overvaagning_opslag.html", context)


@router.post("/overvaagning/{item_id:int}/status", dependencies=[Depends(check_csrf_form)])
def change_status(
    user: CurrentUser, session: DbSession, item_id: int, status: Annotated[str, Form()] = ""
) -> Response:
    """Move the post along the queue (ny → under behandling → eksporteret); audited."""
    require_manager(user)
    try:
        set_status(session, item_id=item_id, status=status, actor=user.username)
    except MonitorError as exc:
        missing = str(exc).startswith("ukendt bevis")
        raise HTTPException(status_code=404 if missing else 400,
                            detail=str(exc).capitalize() + ".") from exc
    session.commit()
    return RedirectResponse(f"/overvaagning/{item_id}?gemt=1", status_code=303)


@router.post("/overvaagning/bevispakke", dependencies=[Depends(check_csrf_form)])
async def export(request: Request, user: CurrentUser, session: DbSession) -> Response:
    """The evidence package of the chosen posts (field ``opslag``, repeated) as a .zip
    download; the export is in each post's chain of custody before the zip is sent."""
    require_manager(user)
    form = await request.form()
    ids = [int(str(v)) for v in form.getlist("opslag") if str(v).strip().isdigit()]
    try:
        package = export_package(session, user=user, item_ids=ids, channel="web")
    except PackageError as exc:
        raise HTTPException(status_code=400, detail=str(exc).capitalize() + ".") from exc
    return Response(package.data, media_type="application/zip", headers=package.headers)
