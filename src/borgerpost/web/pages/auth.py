"""``/login`` and ``/logout``: argon2-checked passwords, a fresh server-side session on
login, ended on logout; a username with too many failed logins waits; all audited."""

from __future__ import annotations

from datetime import UTC, datetime
from math import ceil
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from borgerpost.store import audit
from borgerpost.store.logins import locked_until
from borgerpost.store.users import authenticate
from borgerpost.web.deps import (
    DbSession,
    check_csrf_form,
    end_login,
    logged_in,
    start_login,
)
from borgerpost.web.templating import render

router = APIRouter()

LOGIN_FAILED = "Forkert brugernavn eller adgangskode."
LOCKED = "For mange mislykkede forsøg. Prøv igen om {minutes} minut(ter)."


def safe_next(target: str | None) -> str:
    """Only local paths are followed after login (no open redirect to another site)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str = "/", ud: int = 0) -> Response:
    """The login page ("Log ind"); ``ud=1`` confirms a logout."""
    context = {"next": safe_next(next), "error": None, "logged_out": bool(ud)}
    return render(request, "login.html", context)


@router.post("/login", response_class=HTMLResponse, dependencies=[Depends(check_csrf_form)])
def login(
    request: Request,
    session: DbSession,
    username: Annotated[str, Form()] = "",
    password: Annotated[str, Form()] = "",
    next: Annotated[str, Form()] = "/",
) -> Response:
    """Check the password; on success start a fresh session, on failure say so (401).
    After too many failures the password is not even checked until the wait is over (429)."""
    until = locked_until(session, username)
    if until is not None:
        audit.record(session, actor=username.strip().lower(), action="login.locked",
                     object_type="user", object_id="")
        session.commit()
        minutes = max(1, ceil((until - datetime.now(UTC)).total_seconds() / 60))
        context = {"next": safe_next(next), "error": LOCKED.format(minutes=minutes),
                   "username": username}
        return render(request, "login.html", context, status_code=429)
    user = authenticate(session, username=username, password=password) if password else None
    if user is None:
        audit.record(session, actor=username.strip().lower() or "(tom)", action="login.failure",
                     object_type="user", object_id="")
        session.commit()
        context = {"next": safe_next(next), "error": LOGIN_FAILED, "username": username}
        return render(request, "login.html", context, status_code=401)
    audit.record(session, actor=user.username, action="login.success", object_type="user",
                 object_id=user.id)
    start_login(request, session, user)
    return RedirectResponse(safe_next(next), status_code=303)


@router.post("/logout", dependencies=[Depends(check_csrf_form)])
def logout(request: Request, session: DbSession) -> Response:
    """End the session; the login page says you are logged out."""
    user = logged_in(request, session)
    if user is not None:
        audit.record(session, actor=user.username, action="logout", object_type="user",
                     object_id=user.id)
    end_login(request, session)
    return RedirectResponse("/login?ud=1", status_code=303)
