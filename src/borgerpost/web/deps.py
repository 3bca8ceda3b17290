"""FastAPI dependencies shared by pages and API: the database session, the user, CSRF.

The session cookie holds a random login token and a CSRF token, nothing else; the login
and its user are looked up in the database on every request (``store/logins.py``), so a
logout, a deactivation or an idle hour ends access at once, whoever holds the cookie. Pages
and API raise the same exceptions here; ``app.py`` turns them into a redirect or page
for browsers and into JSON for ``/api``.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from borgerpost.model import Role
from borgerpost.store.db import Store
from borgerpost.store.logins import end_session, open_session, session_user
from borgerpost.store.monitor import count_items
from borgerpost.store.tables import User

SESSION_TOKEN = "sid"
SESSION_CSRF = "csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"


@dataclass(frozen=True, slots=True)
class Viewer:
    """A snapshot of the logged-in user for templates, valid after the transaction ends."""

    username: str
    display_name: str
    role: str
    unit: str
    can_read_bodies: bool

    @classmethod
    def of(cls, user: User) -> Viewer:
        """Copy the fields a page shows about the user."""
        return cls(user.username, user.display_name, user.role, user.unit, user.can_read_bodies)


class LoginRequired(Exception):
    """No valid login on this request (pages redirect to /login, the API answers 401)."""


class CsrfRejected(Exception):
    """A state-changing request came without the session's CSRF token (403)."""


def get_store(request: Request) -> Store:
    """The store the app was built with."""
    store: Store = request.app.state.store
    return store


def db_session(request: Request) -> Iterator[Session]:
    """One database transaction per request, committed when the handler succeeds."""
    with get_store(request).session() as session:
        yield session


# scope="function": the transaction commits when the handler returns, BEFORE the response
# is sent. FastAPI's default for a yield dependency ("request") commits after sending, so a
# browser following a redirect could ask for the next page before the login or change it
# was told of was committed (and a failing commit would come after a success page).
DbSession = Annotated[Session, Depends(db_session, scope="function")]


def csrf_token(request: Request) -> str:
    """The session's CSRF token, made on first use (also before login, for the login form)."""
    token = request.session.get(SESSION_CSRF)
    if not isinstance(token, str) or not token:
        token = secrets.token_urlsafe(32)
        request.session[SESSION_CSRF] = token
    return token


def _token_matches(request: Request, sent: object) -> bool:
    expected = request.session.get(SESSION_CSRF)
    return (
        isinstance(expected, str) and bool(expected) and isinstance(sent, str)
        and secrets.compare_digest(expected.encode(), sent.encode())
    )


async def check_csrf_form(request: Request) -> None:
    """Every POSTed form must echo the session's token in a hidden ``csrf_token`` field."""
    form = await request.form()
    if not _token_matches(request, form.get(CSRF_FIELD)):
        raise CsrfRejected()


def check_csrf_header(request: Request) -> None:
    """API writes must send the session's token in the ``X-CSRF-Token`` header."""
    if not _token_matches(request, request.headers.get(CSRF_HEADER)):
        raise CsrfRejected()


def logged_in(request: Request, session: Session) -> User | None:
    """The user of the session cookie's login, if it is live (``store/logins.py``)."""
    token = request.session.get(SESSION_TOKEN)
    idle_s = request.app.state.settings.session_idle_s
    return session_user(session, token, idle_s=idle_s) if isinstance(token, str) else None


def current_user(request: Request, session: DbSession) -> User:
    """The logged-in, active user; anything else raises ``LoginRequired``. For sikkerhed's
    pages it also counts the new kept public posts, the badge on the nav's "Overvågning"."""
    user = logged_in(request, session)
    if user is None:
        session.commit()  # keep why a login ended (idle, deactivated): the request fails
        request.session.pop(SESSION_TOKEN, None)
        raise LoginRequired()
    request.state.user = Viewer.of(user)
    if user.role == Role.SIKKERHED and not request.url.path.startswith("/api/"):
        request.state.monitor_new = count_items(session, status="ny")  # the nav's badge
    return user


CurrentUser = Annotated[User, Depends(current_user)]


def start_login(request: Request, session: Session, user: User) -> None:
    """Begin a fresh session for ``user``: nothing from before login survives."""
    request.session.clear()
    request.session[SESSION_TOKEN] = open_session(session, user)
    request.session[SESSION_CSRF] = secrets.token_urlsafe(32)


def end_login(request: Request, session: Session) -> None:
    """End the login on the server and forget the tokens."""
    token = request.session.get(SESSION_TOKEN)
    if isinstance(token, str):
        end_session(session, token)
    request.session.clear()
