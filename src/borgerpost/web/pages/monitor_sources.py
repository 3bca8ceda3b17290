"""``/overvaagning/kilder``: the public places the monitor reads, for sikkerhed.

Add a source (checked exactly as ``borgerpost monitor add-source`` checks it), switch it
on or off, schedule it (every 5 minutes to once a week, or by hand only) and read it now.
"Kør nu" runs in the request: a source is one feed, file or page, and the person who
asked sees the result (counts and the rows that could not be read, never a post's
text). Every change is CSRF-checked and audited by the store functions it calls.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from borgerpost.config import Settings
from borgerpost.errors import BorgerpostError, MonitorError
from borgerpost.monitor.model import KIND_DA, KINDS
from borgerpost.monitor.runner import RunSummary, run_sources
from borgerpost.monitor.schedule import MAX_INTERVAL, MIN_INTERVAL, next_run, set_interval
from borgerpost.monitor.sources import check_location
from borgerpost.store import monitor as repo
from borgerpost.store.tables import MonitorSource, utcnow
from borgerpost.web.deps import CurrentUser, DbSession, check_csrf_form, get_store
from borgerpost.web.monitor import require_manager
from borgerpost.web.templating import render

router = APIRouter()

SHOWN_ERRORS = 20


def _source_view(source: MonitorSource) -> dict[str, Any]:
    due = next_run(source.last_run_at, source.interval_minutes, utcnow()) \
        if source.enabled else None
    return {"source": source, "kind_name": KIND_DA.get(source.kind, source.kind),
            "next_run": due}


def _page(request: Request, session: Session, *, status_code: int = 200,
          **extra: Any) -> Response:
    context: dict[str, Any] = {
        "sources": [_source_view(s) for s in repo.list_sources(session)],
        "kinds": [(kind, KIND_DA[kind]) for kind in KINDS],
        "min_interval": MIN_INTERVAL, "max_interval": MAX_INTERVAL,
        "errors": [], "form": {"name": "", "kind": "export_json", "location": ""},
        "saved": False, "result": None,
    }
    context.update(extra)
    return render(request, "overvaagning_kilder.html", context, status_code=status_code)


def _source_or_404(session: Session, source_id: int) -> MonitorSource:
    try:
        return repo.get_source(session, source_id=source_id)
    except MonitorError as exc:
        raise HTTPException(status_code=404, detail="Kilden findes ikke.") from exc


def _sentence(exc: BorgerpostError) -> str:
    text = str(exc)
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


@router.get("/overvaagning/kilder", response_class=HTMLResponse)
def sources_page(
    request: Request, user: CurrentUser, session: DbSession, gemt: int = 0
) -> Response:
    """The sources: kind, location, on/off, interval, last and next run, last error."""
    require_manager(user)
    return _page(request, session, saved=bool(gemt))


@router.post("/overvaagning/kilder", response_class=HTMLResponse,
             dependencies=[Depends(check_csrf_form)])
def add_source(
    request: Request, user: CurrentUser, session: DbSession,
    name: Annotated[str, Form()] = "", kind: Annotated[str, Form()] = "",
    location: Annotated[str, Form()] = "",
) -> Response:
    """Register a source: a feed's URL, an export file's path, or a saved page."""
    require_manager(user)
    try:
        checked = check_location(kind, location)
        repo.add_source(session, name=name, kind=kind, location=checked, actor=user.username)
    except BorgerpostError as exc:
        session.rollback()
        form = {"name": name, "kind": kind, "location": location}
        return _page(request, session, status_code=400, errors=[_sentence(exc)], form=form)
    session.commit()
    return RedirectResponse("/overvaagning/kilder?gemt=1", status_code=303)


@router.post("/overvaagning/kilder/{source_id:int}/aktiv",
             dependencies=[Depends(check_csrf_form)])
def switch_source(
    user: CurrentUser, session: DbSession, source_id: int,
    enabled: Annotated[str, Form()] = "",
) -> Response:
    """Switch a source on (``enabled=ja``) or off; its memory and kept posts stay."""
    require_manager(user)
    _source_or_404(session, source_id)
    repo.set_enabled(session, source_id=source_id, enabled=enabled == "ja",
                     actor=user.username)
    session.commit()
    return RedirectResponse("/overvaagning/kilder?gemt=1", status_code=303)


def _minutes(value: str) -> int | None:
    value = value.strip()
    if not value:
        return None
    if not value.isdigit():
        raise MonitorError("interval skal være et helt antal minutter (eller tomt)")
    return int(value)


@router.post("/overvaagning/kilder/{source_id:int}/interval", response_class=HTMLResponse,
             dependencies=[Depends(check_csrf_form)])
def schedule_source(
    request: Request, user: CurrentUser, session: DbSession, source_id: int,
    minutes: Annotated[str, Form()] = "",
) -> Response:
    """Read the source every ``minutes`` (5 to 10080), or only by hand (empty)."""
    require_manager(user)
    _source_or_404(session, source_id)
    try:
        set_interval(session, source_id=source_id, minutes=_minutes(minutes),
                     actor=user.username)
    except MonitorError as exc:
        session.rollback()
        return _page(request, session, status_code=400, errors=[_sentence(exc)])
    session.commit()
    return RedirectResponse("/overvaagning/kilder?gemt=1", status_code=303)


def _result(source: MonitorSource, summary: RunSummary) -> dict[str, Any]:
    return {"name": source.name, "line": summary.line(), "failed": bool(summary.failed_sources),
            "kept": summary.kept, "messages": summary.messages[:SHOWN_ERRORS],
            "more": max(0, len(summary.messages) - SHOWN_ERRORS)}


@router.post("/overvaagning/kilder/{source_id:int}/koer", response_class=HTMLResponse,
             dependencies=[Depends(check_csrf_form)])
def run_now(request: Request, user: CurrentUser, session: DbSession, source_id: int) -> Response:
    """Read the source now, scan what is new and keep what names staff; show the result."""
    require_manager(user)
    source = _source_or_404(session, source_id)
    session.commit()  # the run writes in its own transactions; hold no lock meanwhile
    settings: Settings = request.app.state.settings
    summary = run_sources(get_store(request), settings=settings, source_ids=[source_id],
                          actor=user.username)
    session.expire_all()
    return _page(request, session, result=_result(source, summary))
