"""Volume pages: the top senders per unit (``/volumen``) and the daily-digest switch.

``/volumen`` is figures only — sender addresses and counts, never a subject or a text —
for team leaders (their unit) and leaders (every unit). The switch is a form on the
sender's page (``/afsendere/{sender}``), POSTed with the CSRF token.
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from borgerpost.errors import AccessDenied, VolumeError
from borgerpost.route.volume import top_senders
from borgerpost.web.access import can_see_volume_page, volume_units
from borgerpost.web.deps import CurrentUser, DbSession, check_csrf_form
from borgerpost.web.templating import render
from borgerpost.web.volume import PERIODS, period_days, switch_digest

router = APIRouter()


@router.get("/volumen", response_class=HTMLResponse)
def volume_page(request: Request, user: CurrentUser, session: DbSession,
                dage: int = 7) -> Response:
    """The senders with most messages per unit in the last 7, 30 or 90 days (counts only)."""
    if not can_see_volume_page(user):
        raise AccessDenied("Volumentallene er for teamledere og ledere.")
    days = period_days(dage)
    units = volume_units(user)
    context = {"per_unit": top_senders(session, units=units, days=days), "days": days,
               "periods": PERIODS, "all_units": units is None}
    return render(request, "volumen.html", context)


@router.post("/afsendere/{sender}/dagsoversigt", dependencies=[Depends(check_csrf_form)])
def digest_switch(
    user: CurrentUser, session: DbSession, sender: str,
    action: Annotated[str, Form()],
) -> Response:
    """A teamleder turns the sender's daily digest on ("til") or off ("fra") for the unit."""
    if action not in ("til", "fra"):
        raise HTTPException(status_code=400, detail="Vælg «til» eller «fra».")
    try:
        switch_digest(session, user=user, sender=sender, on=action == "til")
    except VolumeError as exc:
        raise HTTPException(status_code=400, detail=str(exc)) from exc
    return RedirectResponse(f"/afsendere/{quote(sender, safe='@')}#volumen", status_code=303)
