"""``/api/v1/incidents``: the incident register (arbejdsmiljø) for sikkerhed, figures for leads.

Same session and CSRF rules as the rest of the API (writes send ``X-CSRF-Token``).
Request bodies are the register's own pydantic models (``route.incidents.IncidentIn``
and ``IncidentChanges``), so the API and the pages refuse the same input.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query
from pydantic import BaseModel
from sqlalchemy.orm import Session

from borgerpost.errors import AccessDenied, IncidentError
from borgerpost.route.incidents import (
    NATIONAL_SHARE,
    IncidentChanges,
    IncidentFigures,
    IncidentIn,
    create_incident,
    figures,
    get_incident,
    list_incidents,
    messages_of,
    people_of,
    update_incident,
)
from borgerpost.store.tables import Incident, User
from borgerpost.web.access import can_manage_incidents, can_see_incident_figures
from borgerpost.web.api.schemas import ErrorOut
from borgerpost.web.deps import CurrentUser, DbSession, check_csrf_header

ERRORS = {
    401: {"model": ErrorOut, "description": "Ikke logget ind"},
    403: {"model": ErrorOut, "description": "Ingen adgang (rolle eller CSRF)"},
}
router = APIRouter(prefix="/api/v1", tags=["incidents"], responses=ERRORS)  # type: ignore[arg-type]
ONLY_SECURITY = "Hændelsesregistret føres af sikkerhed og arbejdsmiljø."


class IncidentOut(BaseModel):
    """An incident with the ids of the people affected and of its evidence messages."""

    id: int
    type: str
    channel: str
    severity: str
    description: str
    units: list[str]
    occurred_on: date
    created_by: str
    created_at: datetime
    police_reported: bool
    police_report_date: date | None
    police_journal_number: str | None
    follow_up: str
    status: str
    closed_at: datetime | None
    closed_by: str | None
    staff_ids: list[int]
    message_pks: list[int]

    @classmethod
    def of(cls, session: Session, incident: Incident) -> IncidentOut:
        """From a stored incident."""
        return cls(
            id=incident.id, type=incident.type, channel=incident.channel,
            severity=incident.severity, description=incident.description,
            units=list(incident.units or []), occurred_on=incident.occurred_on,
            created_by=incident.created_by, created_at=incident.created_at,
            police_reported=incident.police_reported,
            police_report_date=incident.police_report_date,
            police_journal_number=incident.police_journal_number,
            follow_up=incident.follow_up, status=incident.status,
            closed_at=incident.closed_at, closed_by=incident.closed_by,
            staff_ids=people_of(session, incident_id=incident.id),
            message_pks=messages_of(session, incident_id=incident.id),
        )


class IncidentFiguresOut(BaseModel):
    """Counts for the work-environment committee; no names, no text."""

    date_from: date
    date_to: date
    months: list[str]
    per_unit_month: dict[str, dict[str, int]]
    per_type: dict[str, int]
    total: int
    police_reported: int
    staff_affected: int
    staff_total: int
    share: float | None
    national_share: float = NATIONAL_SHARE

    @classmethod
    def of(cls, f: IncidentFigures) -> IncidentFiguresOut:
        """From the register's figures."""
        return cls(date_from=f.date_from, date_to=f.date_to, months=f.months,
                   per_unit_month=f.per_unit_month, per_type=f.per_type, total=f.total,
                   police_reported=f.police_reported, staff_affected=f.staff_affected,
                   staff_total=f.staff_total, share=f.share, national_share=f.national_share)


def _manager(user: User) -> None:
    if not can_manage_incidents(user):
        raise AccessDenied(ONLY_SECURITY)


def _invalid(exc: IncidentError) -> HTTPException:
    return HTTPException(status_code=422, detail=str(exc))


def _existing(session: Session, incident_id: int) -> Incident:
    row = get_incident(session, incident_id=incident_id)
    if row is None:
        raise HTTPException(status_code=404, detail="Hændelsen findes ikke.")
    return row


@router.get("/incidents")
def incidents(
    user: CurrentUser, session: DbSession,
    status: Annotated[str | None, Query(pattern="^(open|closed)$")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[IncidentOut]:
    """Incidents, newest first (sikkerhed)."""
    _manager(user)
    rows = list_incidents(session, status=status, limit=limit, offset=offset)
    return [IncidentOut.of(session, row) for row in rows]


@router.post("/incidents", status_code=201, dependencies=[Depends(check_csrf_header)],
             responses={422: {"model": ErrorOut}})
def new_incident(user: CurrentUser, session: DbSession, body: IncidentIn) -> IncidentOut:
    """Register an incident (sikkerhed). Audited."""
    _manager(user)
    try:
        incident = create_incident(session, data=body, actor=user.username)
    except IncidentError as exc:
        raise _invalid(exc) from exc
    session.commit()
    return IncidentOut.of(session, incident)


@router.get("/incidents/figures")
def incident_figures(
    user: CurrentUser, session: DbSession, date_from: date, date_to: date
) -> IncidentFiguresOut:
    """Incidents per unit and month and the share of staff affected (leder, teamleder,
    sikkerhed)."""
    if not can_see_incident_figures(user):
        raise AccessDenied("Hændelsestallene er for ledere, teamledere og sikkerhed.")
    if date_from > date_to:
        raise HTTPException(status_code=422, detail="date_from ligger efter date_to.")
    return IncidentFiguresOut.of(figures(session, date_from=date_from, date_to=date_to))


@router.get("/incidents/{incident_id}", responses={404: {"model": ErrorOut}})
def incident(user: CurrentUser, session: DbSession, incident_id: int) -> IncidentOut:
    """One incident (sikkerhed)."""
    _manager(user)
    return IncidentOut.of(session, _existing(session, incident_id))


@router.patch("/incidents/{incident_id}", dependencies=[Depends(check_csrf_header)],
              responses={404: {"model": ErrorOut}, 422: {"model": ErrorOut}})
def change_incident(
    user: CurrentUser, session: DbSession, incident_id: int, body: IncidentChanges
) -> IncidentOut:
    """Change an incident: police report, follow-up, status … (sikkerhed). Audited."""
    _manager(user)
    _existing(session, incident_id)
    try:
        row = update_incident(session, incident_id=incident_id, changes=body,
                              actor=user.username)
    except IncidentError as exc:
        session.rollback()
        raise _invalid(exc) from exc
    session.commit()
    return IncidentOut.of(session, row)
