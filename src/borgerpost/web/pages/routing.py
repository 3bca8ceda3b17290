"""``/regler`` (the active routing rules, read-only) and the shielded person's confirm step.

A message shielded from a staff member is not in their inbox; the inbox shows a notice
instead, linking here. Opening it is a deliberate choice: a confirm page, then a CSRF
POST that records the choice (``shielding.open`` in the audit log) before the message
page will show the text.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from borgerpost.route.rules import UNIT_QUEUE
from borgerpost.route.shielding import open_deliberately, shielding_of
from borgerpost.store.tables import Message, Shielding, User
from borgerpost.web.deps import CurrentUser, DbSession, check_csrf_form
from borgerpost.web.routing import display_name, read_rules
from borgerpost.web.templating import render

router = APIRouter()


@router.get("/regler", response_class=HTMLResponse)
def rules_page(request: Request, user: CurrentUser) -> Response:
    """The routing rules as the file on disk says now, with its validation status."""
    state = read_rules(request.app.state.settings)
    rules = state.rules
    context = {
        "state": state, "unit_queue": UNIT_QUEUE,
        "ordered": rules.ordered() if rules else [],
        "protocols": {name: p.steps_with(request.app.state.settings.duty_phone)
                      for name, p in rules.protocols.items()} if rules else {},
    }
    return render(request, "regler.html", context)


def _own_shielding(session: DbSession, user: User, message_pk: int) -> Shielding:
    if session.get(Message, message_pk) is None:
        raise HTTPException(status_code=404, detail="Beskeden findes ikke.")
    row = shielding_of(session, message_pk=message_pk, staff_id=user.staff_id)
    if row is None:
        raise HTTPException(status_code=404, detail="Beskeden er ikke skærmet for dig.")
    return row


@router.get("/beskeder/{message_pk}/skaermet", response_class=HTMLResponse)
def shielded_page(
    request: Request, user: CurrentUser, session: DbSession, message_pk: int
) -> Response:
    """The confirm step: what happened to the message, and a button to open it anyway."""
    row = _own_shielding(session, user, message_pk)
    context = {"message_pk": message_pk, "shielding": row,
               "colleague": display_name(session, row.assigned_to)}
    return render(request, "skaermet.html", context)


@router.post("/beskeder/{message_pk}/skaermet", dependencies=[Depends(check_csrf_form)])
def open_shielded(user: CurrentUser, session: DbSession, message_pk: int) -> Response:
    """Record the deliberate choice to open a message about oneself, then show it."""
    row = _own_shielding(session, user, message_pk)
    open_deliberately(session, shielding=row, actor=user.username)
    session.commit()
    return RedirectResponse(f"/beskeder/{message_pk}", status_code=303)
