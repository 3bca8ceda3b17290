"""``/mig``: the logged-in person's own page, with the opt-in to hear about public posts.

A colleague named in a public post the monitor keeps is told nothing unless they asked
to be (``users.monitor_opt_in``), and then only a summary — where, when, what kind —
never the words, the author or a link (``monitor.notices``). Only a login linked to the
staff register (``staff_id``) can opt in, because that is whom a post names. Turning it
on or off is CSRF-checked and audited.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from borgerpost.errors import AccessDenied
from borgerpost.monitor.notices import PostNotice, notices_for
from borgerpost.store import audit
from borgerpost.store.tables import User
from borgerpost.web.access import can_opt_in_monitor
from borgerpost.web.deps import CurrentUser, DbSession, check_csrf_form
from borgerpost.web.templating import render

router = APIRouter()

NOT_LINKED = ("Din bruger er ikke knyttet til en person i personaleregistret, så der er "
              "ingen opslag at fortælle dig om.")


def post_notices(session: Session, user: User) -> list[PostNotice]:
    """Summaries of kept public posts naming ``user`` — none without their opt-in."""
    return notices_for(session, staff_id=user.staff_id, opted_in=user.monitor_opt_in)


@router.get("/mig", response_class=HTMLResponse)
def profile_page(request: Request, user: CurrentUser, session: DbSession,
                 gemt: int = 0) -> Response:
    """Who I am here, and whether I want to hear about public posts that name me."""
    context = {"linked": can_opt_in_monitor(user), "opted_in": user.monitor_opt_in,
               "post_notices": post_notices(session, user), "saved": bool(gemt)}
    return render(request, "mig.html", context)


@router.post("/mig/overvaagning", dependencies=[Depends(check_csrf_form)])
def set_opt_in(user: CurrentUser, session: DbSession,
               opt_in: Annotated[str, Form()] = "") -> Response:
    """Turn the summaries on (``opt_in=ja``) or off; audited either way."""
    if not can_opt_in_monitor(user):
        raise AccessDenied(NOT_LINKED)
    wanted = opt_in == "ja"
    if user.monitor_opt_in != wanted:
        user.monitor_opt_in = wanted
        audit.record(session, actor=user.username,
                     action="monitor.opt_in" if wanted else "monitor.opt_out",
                     object_type="user", object_id=user.id)
    session.commit()
    return RedirectResponse("/mig?gemt=1", status_code=303)
