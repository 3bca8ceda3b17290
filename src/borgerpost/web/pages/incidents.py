"""``/haendelser``: the incident register (arbejdsmiljø) and its figures.

Sikkerhed lists, opens and edits incidents — by hand (phone, desk, social media) or from
a threat, doxxing or exposure message (``/haendelser/ny?besked=ID``) — and records the
police report (anmeldt, dato, journalnummer) and the follow-up. Leaders and team
leaders see the figures only: counts per unit and month and the share of staff
affected, beside the national survey's 37 %. Every change is audited.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from borgerpost.errors import AccessDenied, IncidentError
from borgerpost.route.incidents import (
    CHANNELS,
    IncidentChanges,
    IncidentIn,
    create_incident,
    figures,
    get_incident,
    incidents_of_message,
    list_incidents,
    messages_of,
    people_of,
    today,
    update_incident,
)
from borgerpost.route.rules import INCIDENT_TYPES, SEVERITIES
from borgerpost.store.queries import get_message
from borgerpost.store.tables import Incident, Message, Shielding, Staff, Unit, User
from borgerpost.web.access import can_manage_incidents, can_read_body, can_see_incident_figures
from borgerpost.web.deps import CurrentUser, DbSession, check_csrf_form
from borgerpost.web.routing import staff_names
from borgerpost.web.templating import render

router = APIRouter()

ONLY_SECURITY = "Hændelsesregistret føres af sikkerhed og arbejdsmiljø."
LABEL_TO_TYPE = {"threat": "trussel", "doxxing": "doxxing", "exposure": "udstilling"}
FIELD_NAMES = {
    "type": "Type", "channel": "Kanal", "severity": "Alvor", "description": "Beskrivelse",
    "units": "Enheder", "occurred_on": "Dato", "staff_ids": "Berørte medarbejdere",
    "police_reported": "Politianmeldt", "police_report_date": "Dato for anmeldelse",
    "police_journal_number": "Journalnummer", "follow_up": "Opfølgning", "status": "Status",
}


def _require_manager(user: User) -> None:
    if not can_manage_incidents(user):
        raise AccessDenied(ONLY_SECURITY)


def danish_errors(exc: ValidationError | IncidentError) -> list[str]:
    """Form errors a person can act on: the field's Danish name and what is wrong."""
    if isinstance(exc, IncidentError):
        return [str(exc).capitalize() + "."]
    out = []
    for error in exc.errors():
        loc = [str(part) for part in error.get("loc", ())]
        field = FIELD_NAMES.get(loc[0], loc[0]) if loc else "Formularen"
        msg = str(error.get("msg", ""))
        text = msg.removeprefix("Value error, ") if msg.startswith("Value error") else (
            "ugyldig værdi")
        out.append(f"{field}: {text}.")
    return out


def _choices(session: Session) -> dict[str, Any]:
    staff = session.execute(select(Staff.id, Staff.name, Staff.unit)
                            .where(Staff.active.is_(True)).order_by(Staff.unit, Staff.name))
    return {"types": INCIDENT_TYPES, "channels": CHANNELS, "severities": SEVERITIES,
            "units": list(session.scalars(select(Unit.name).order_by(Unit.name))),
            "staff": [{"id": pk, "label": f"{name} ({unit})"} for pk, name, unit in staff]}


def _period(fra: str, til: str, errors: list[str]) -> tuple[date, date]:
    end = today()
    start = date(end.year - 1, end.month, 1) if end.month == 12 else date(
        end.year - 1, end.month + 1, 1)
    try:
        start = date.fromisoformat(fra) if fra else start
        end = date.fromisoformat(til) if til else end
    except ValueError:
        errors.append("Ugyldig dato: brug formatet ÅÅÅÅ-MM-DD.")
    if start > end:
        errors.append("Fra-datoen ligger efter til-datoen.")
        start = end
    return start, end


@router.get("/haendelser", response_class=HTMLResponse)
def incidents_page(
    request: Request, user: CurrentUser, session: DbSession, fra: str = "", til: str = "",
    status: str = "",
) -> Response:
    """Figures for the period (default: the last twelve months) and, for sikkerhed, the list."""
    if not can_see_incident_figures(user):
        raise AccessDenied("Hændelsestallene er for ledere, teamledere og sikkerhed.")
    errors: list[str] = []
    start, end = _period(fra, til, errors)
    manage = can_manage_incidents(user)
    rows = list_incidents(session, status=status if status in ("open", "closed") else None,
                          limit=200) if manage else []
    context = {"figures": figures(session, date_from=start, date_to=end), "errors": errors,
               "incidents": rows, "can_manage": manage,
               "form": {"fra": start.isoformat(), "til": end.isoformat(), "status": status}}
    return render(request, "haendelser.html", context)


def _from_message(session: Session, user: User, message_pk: int) -> dict[str, Any]:
    detail = get_message(session, message_pk=message_pk)
    if detail is None:
        raise HTTPException(status_code=404, detail="Beskeden findes ikke.")
    if not can_read_body(user, detail.message, detail.access_labels):
        raise AccessDenied("Du har ikke adgang til denne besked.")
    kind = next((t for label, t in LABEL_TO_TYPE.items() if label in detail.labels), "andet")
    staff = sorted(set(session.scalars(select(Shielding.staff_id)
                                       .where(Shielding.message_pk == message_pk))))
    return {"type": kind, "channel": "webformular" if detail.message.source == "jsonl"
            else "mail", "severity": "høj" if kind in ("trussel", "doxxing") else "middel",
            "units": [detail.message.unit] if detail.message.unit else [], "staff_ids": staff,
            "occurred_on": today().isoformat(), "description": "", "message_pk": message_pk,
            "existing": incidents_of_message(session, message_pk=message_pk)}


@router.get("/haendelser/ny", response_class=HTMLResponse)
def new_incident_form(
    request: Request, user: CurrentUser, session: DbSession, besked: int | None = None
) -> Response:
    """The form for a new incident, filled in from a message when ``besked`` is given."""
    _require_manager(user)
    form: dict[str, Any] = {"type": "trussel", "channel": "telefon", "severity": "middel",
                            "units": [], "staff_ids": [], "occurred_on": today().isoformat(),
                            "description": "", "message_pk": None, "existing": []}
    if besked is not None:
        form = _from_message(session, user, besked)
    return render(request, "haendelse_ny.html", {"form": form, "errors": [],
                                                 **_choices(session)})


def _ints(values: list[Any]) -> list[int]:
    return [int(v) for v in values if str(v).strip().isdigit()]


@router.post("/haendelser/ny", response_class=HTMLResponse,
             dependencies=[Depends(check_csrf_form)])
async def create_incident_page(request: Request, user: CurrentUser, session: DbSession) -> Response:
    """Store the new incident (with its message as evidence) and open it."""
    _require_manager(user)
    form = await request.form()
    message_pks = _ints(form.getlist("besked"))
    raw: dict[str, Any] = {
        "type": form.get("type"), "channel": form.get("channel"),
        "severity": form.get("severity"), "description": form.get("description") or "",
        "units": form.getlist("units"), "occurred_on": form.get("occurred_on") or None,
        "staff_ids": _ints(form.getlist("staff_ids")), "message_pks": message_pks,
    }
    if message_pks:
        _from_message(session, user, message_pks[0])  # access check on the evidence
    try:
        incident = create_incident(session, data=IncidentIn.model_validate(raw),
                                   actor=user.username)
    except (ValidationError, IncidentError) as exc:
        back = {**raw, "message_pk": message_pks[0] if message_pks else None, "existing": []}
        return render(request, "haendelse_ny.html",
                      {"form": back, "errors": danish_errors(exc), **_choices(session)},
                      status_code=400)
    session.commit()
    return RedirectResponse(f"/haendelser/{incident.id}?gemt=1", status_code=303)


def _incident_or_404(session: Session, incident_id: int) -> Incident:
    incident = get_incident(session, incident_id=incident_id)
    if incident is None:
        raise HTTPException(status_code=404, detail="Hændelsen findes ikke.")
    return incident


def _detail_context(session: Session, incident: Incident) -> dict[str, Any]:
    people = people_of(session, incident_id=incident.id)
    pks = messages_of(session, incident_id=incident.id)
    messages = list(session.scalars(select(Message).where(Message.id.in_(pks))
                                    .order_by(Message.id))) if pks else []
    return {"incident": incident, "people": people, "people_names": staff_names(session, people),
            "messages": messages, **_choices(session)}


@router.get("/haendelser/{incident_id}", response_class=HTMLResponse)
def incident_page(
    request: Request, user: CurrentUser, session: DbSession, incident_id: int, gemt: int = 0
) -> Response:
    """One incident with its evidence, police report and follow-up, editable."""
    _require_manager(user)
    context = _detail_context(session, _incident_or_404(session, incident_id))
    return render(request, "haendelse.html", {**context, "saved": bool(gemt), "errors": []})


@router.post("/haendelser/{incident_id}", response_class=HTMLResponse,
             dependencies=[Depends(check_csrf_form)])
async def update_incident_page(
    request: Request, user: CurrentUser, session: DbSession, incident_id: int
) -> Response:
    """Save the police report, follow-up, severity, people and status."""
    _require_manager(user)
    incident = _incident_or_404(session, incident_id)
    form = await request.form()
    reported = form.get("police_reported") == "ja"
    raw: dict[str, Any] = {
        "severity": form.get("severity") or None, "police_reported": reported,
        "police_report_date": (form.get("police_report_date") or None) if reported else None,
        "police_journal_number": (form.get("police_journal_number") or None)
        if reported else None,
        "follow_up": form.get("follow_up") or "", "status": form.get("status") or None,
    }
    if form.get("people_field"):
        raw["staff_ids"] = _ints(form.getlist("staff_ids"))
    try:
        update_incident(session, incident_id=incident.id,
                        changes=IncidentChanges.model_validate(raw), actor=user.username)
    except (ValidationError, IncidentError) as exc:
        session.rollback()
        context = _detail_context(session, _incident_or_404(session, incident_id))
        return render(request, "haendelse.html",
                      {**context, "saved": False, "errors": danish_errors(exc)},
                      status_code=400)
    session.commit()
    return RedirectResponse(f"/haendelser/{incident_id}?gemt=1", status_code=303)
