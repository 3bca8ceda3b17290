"""``GET /api/v1/deadlines``: open and paused case requests with their deadlines.

The same rule as the ``/frister`` page: one's own unit (a leder with body access: any
unit). No message text is returned, only ids, kinds, units and dates.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel

from borgerpost.errors import AccessDenied
from borgerpost.route import cases
from borgerpost.web.access import deadline_units
from borgerpost.web.api.routes import ERRORS
from borgerpost.web.deadlines import case_view, config_for, today_for
from borgerpost.web.deps import CurrentUser, DbSession

router = APIRouter(prefix="/api/v1", tags=["api"], responses=ERRORS)  # type: ignore[arg-type]


class DeadlineOut(BaseModel):
    """One case request with its deadline (``deadline_text``: "om 3 arbejdsdage" …)."""

    id: int
    message_id: int
    kind: str
    kind_name: str
    unit: str
    status: str
    received_on: date
    due_on: date
    overdue: bool
    deadline_text: str
    fristbrev_offered: bool
    law: str


class DeadlineList(BaseModel):
    """The deadlines as of ``today`` (the Danish calendar day)."""

    today: date
    items: list[DeadlineOut]


def _units(user: CurrentUser, unit: str | None) -> list[str] | None:
    allowed = deadline_units(user)
    if unit:
        if allowed is not None and unit not in allowed:
            raise AccessDenied("Du kan kun se frister for din egen enhed.")
        return [unit]
    if allowed is not None and not allowed:
        raise AccessDenied("Du er ikke knyttet til en enhed.")
    return sorted(allowed) if allowed is not None else None


@router.get("/deadlines")
def deadlines(
    request: Request,
    user: CurrentUser,
    session: DbSession,
    unit: Annotated[str | None, Query(description="Kun denne enhed.")] = None,
    overdue: Annotated[bool, Query(description="Kun overskredne frister.")] = False,
) -> DeadlineList:
    """Open and paused case requests, nearest deadline first (or only the overdue ones)."""
    units = _units(user, unit)
    config, today = config_for(request), today_for(request)
    if overdue:
        found = cases.overdue(session, unit=None, today=today, units=units)
    else:
        found = cases.active(session, unit=None, units=units)
    items = []
    for case in found:
        view = case_view(case, config, today)
        items.append(DeadlineOut(
            id=case.id, message_id=case.message_pk, kind=case.kind, kind_name=view.kind_name,
            unit=case.unit, status=case.status, received_on=case.received_on,
            due_on=case.due_on, overdue=view.overdue, deadline_text=view.deadline_text,
            fristbrev_offered=view.fristbrev_offered, law=view.law))
    return DeadlineList(today=today, items=items)
