"""Deadlines: the unit's list (``/frister``) and the case-request actions on a message.

Pausing, resuming and closing a case request, and marking a fristbrev as sent, are
CSRF-checked POSTs, allowed to the caseworkers and team leaders of the message's unit,
and written to the audit log (by ``route.cases``). The fristbrev page shows the ready
letter from the day it is offered; opening it is audited like reading the message,
because the letter carries the citizen's name.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from borgerpost.errors import AccessDenied, CaseStateError
from borgerpost.route import cases
from borgerpost.route.shielding import shielded_from
from borgerpost.store import audit
from borgerpost.store.tables import CaseRequest, Message, User
from borgerpost.web.access import can_handle_cases, deadline_units
from borgerpost.web.deadlines import case_view, config_for, now_for, today_for
from borgerpost.web.deps import CurrentUser, DbSession, check_csrf_form
from borgerpost.web.reading import read_message
from borgerpost.web.templating import render

router = APIRouter()

DENIED = "Kun sagsbehandlere og teamledere i beskedens enhed kan ændre dens frister."


def _case_of(session: Session, message_pk: int, case_id: int) -> tuple[CaseRequest, Message]:
    case = session.get(CaseRequest, case_id)
    message = session.get(Message, message_pk)
    if case is None or message is None or case.message_pk != message_pk:
        raise HTTPException(status_code=404, detail="Sagsanmodningen findes ikke.")
    return case, message


def _act(
    request: Request, session: Session, user: User, message_pk: int, case_id: int,
    action: Callable[[CaseRequest], object],
) -> Response:
    """Check access, run ``action``, commit; a refused state change is a Danish 409 page."""
    case, message = _case_of(session, message_pk, case_id)
    if not can_handle_cases(user, message):
        audit.record(session, actor=user.username, action="case.change.denied",
                     object_type="case_request", object_id=case_id)
        session.commit()
        raise AccessDenied(DENIED)
    try:
        action(case)
    except CaseStateError as exc:
        session.rollback()
        return render(request, "error.html", {"status": 409, "text": str(exc)}, status_code=409)
    session.commit()
    return RedirectResponse(f"/beskeder/{message_pk}#frister", status_code=303)


@router.post("/beskeder/{message_pk}/sager/{case_id}/pause",
             dependencies=[Depends(check_csrf_form)])
def pause_case(request: Request, user: CurrentUser, session: DbSession, message_pk: int,
               case_id: int, reason: Annotated[str, Form()] = "") -> Response:
    """Stop the clock while the unit waits for the citizen (the reason is logged)."""
    now = now_for(request)
    return _act(request, session, user, message_pk, case_id, lambda case: cases.pause(
        session, case_id=case.id, actor=user.username, reason=reason, now=now))


@router.post("/beskeder/{message_pk}/sager/{case_id}/genoptag",
             dependencies=[Depends(check_csrf_form)])
def resume_case(request: Request, user: CurrentUser, session: DbSession, message_pk: int,
                case_id: int) -> Response:
    """Start the clock again; the deadline moves on by the paused working days."""
    config, now = config_for(request), now_for(request)
    return _act(request, session, user, message_pk, case_id, lambda case: cases.resume(
        session, case_id=case.id, actor=user.username, config=config, now=now))


@router.post("/beskeder/{message_pk}/sager/{case_id}/luk",
             dependencies=[Depends(check_csrf_form)])
def close_case(request: Request, user: CurrentUser, session: DbSession, message_pk: int,
               case_id: int, outcome: Annotated[str, Form()] = "") -> Response:
    """Close the case request with one of its kind's outcomes."""
    config, now = config_for(request), now_for(request)
    return _act(request, session, user, message_pk, case_id, lambda case: cases.close(
        session, case_id=case.id, actor=user.username, outcome=outcome, config=config,
        now=now))


@router.post("/beskeder/{message_pk}/sager/{case_id}/fristbrev",
             dependencies=[Depends(check_csrf_form)])
def fristbrev_sent(request: Request, user: CurrentUser, session: DbSession, message_pk: int,
                   case_id: int) -> Response:
    """Record that the fristbrev went out; the deadline becomes the promised date."""
    config, now = config_for(request), now_for(request)
    return _act(request, session, user, message_pk, case_id, lambda case: cases.send_fristbrev(
        session, case_id=case.id, actor=user.username, config=config, now=now))


@router.get("/beskeder/{message_pk}/sager/{case_id}/fristbrev", response_class=HTMLResponse)
def fristbrev_page(request: Request, user: CurrentUser, session: DbSession, message_pk: int,
                   case_id: int) -> Response:
    """The ready fristbrev, from the day it is offered (a read of the message: audited)."""
    case, _ = _case_of(session, message_pk, case_id)
    detail = read_message(session, user=user, message_pk=message_pk, channel="fristbrev")
    config, today = config_for(request), today_for(request)
    view = case_view(case, config, today)
    if not view.fristbrev_offered:
        when = view.fristbrev_from.strftime("%d.%m.%Y") if view.fristbrev_from else None
        text = (f"Fristbrevet tilbydes fra {when}, mens sagsanmodningen er åben og intet "
                "fristbrev er sendt." if when else "Denne slags sagsanmodning har intet fristbrev.")
        return render(request, "error.html", {"status": 409, "text": text}, status_code=409)
    letter = cases.fristbrev_text(case, config.working_calendar, today, config=config,
                                  recipient=detail.message.sender_name)
    context = {"message": detail.message, "view": view, "letter": letter,
               "can_handle": can_handle_cases(user, detail.message)}
    return render(request, "fristbrev.html", context)


@router.get("/frister", response_class=HTMLResponse)
def deadlines_page(request: Request, user: CurrentUser, session: DbSession) -> Response:
    """The unit's daily list: overdue, due soon, and everything else still running."""
    units = deadline_units(user)
    if units is not None and not units:
        raise AccessDenied("Fristlisten viser en enheds frister, og du er ikke knyttet til en "
                           "enhed.")
    config, today = config_for(request), today_for(request)
    late = cases.overdue(session, unit=None, today=today, units=units)
    soon = cases.due_soon(session, unit=None, today=today, config=config, units=units)
    shown = {c.id for c in late} | {c.id for c in soon}
    rest = [c for c in cases.active(session, unit=None, units=units) if c.id not in shown]
    messages = _messages(session, [*late, *soon, *rest])
    sections = [("Overskredet", "overskredet", late), ("Snart", "snart", soon),
                ("Øvrige åbne og på pause", "oevrige", rest)]
    context = {
        "today": today, "units": sorted(units) if units is not None else None,
        "due_soon_days": config.due_soon_working_days, "messages": messages,
        "shielded": shielded_from(session, staff_id=user.staff_id, message_pks=list(messages)),
        "sections": [(title, key, [case_view(c, config, today) for c in found])
                     for title, key, found in sections],
    }
    return render(request, "frister.html", context)


def _messages(session: Session, found: list[CaseRequest]) -> dict[int, Message]:
    pks = {c.message_pk for c in found}
    return {pk: m for pk in pks if (m := session.get(Message, pk)) is not None}

