"""Server-side login sessions and the wait after too many failed logins (both back ends)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from borgerpost.store import audit
from borgerpost.store.db import Store
from borgerpost.store.logins import (
    LOCKOUT,
    MAX_FAILURES,
    end_all_sessions,
    end_session,
    locked_until,
    open_session,
    session_user,
)
from borgerpost.store.tables import AuditEntry, LoginSession
from borgerpost.store.users import create_user

HOUR = 3600


def test_a_session_lives_until_it_is_ended(store: Store) -> None:
    with store.session() as session:
        user = create_user(session, username="anna", password="hemmelig-1", role="sagsbehandler")
        token = open_session(session, user)
        other = open_session(session, user)
        assert session_user(session, token, idle_s=HOUR) is user
        end_session(session, token)
        assert session_user(session, token, idle_s=HOUR) is None
        assert session_user(session, other, idle_s=HOUR) is user  # one login, not all
        assert session_user(session, "ukendt-token", idle_s=HOUR) is None
        stored = session.scalars(select(LoginSession.token_sha256)).all()
        assert token not in stored and other not in stored  # only digests are kept


def test_deactivation_and_idle_time_end_sessions(store: Store) -> None:
    with store.session() as session:
        user = create_user(session, username="bent", password="hemmelig-1", role="teamleder")
        first, second = open_session(session, user), open_session(session, user)
        later = datetime.now(UTC) + timedelta(seconds=HOUR + 1)
        assert session_user(session, first, idle_s=HOUR, now=later) is None
        assert end_all_sessions(session, user.id, "deactivated") == 1  # the idle one is over
        assert session_user(session, second, idle_s=HOUR) is None
        why = session.scalars(select(LoginSession.ended_why).order_by(LoginSession.id)).all()
        assert why == ["idle", "deactivated"]


def _fail(store: Store, username: str, at: datetime) -> None:
    with store.session() as session:
        session.add(AuditEntry(at=at, actor=username, action="login.failure", object_type="user"))


def test_the_wait_starts_at_the_limit_and_ends_with_the_oldest_failure(store: Store) -> None:
    now = datetime.now(UTC)
    first = now - timedelta(minutes=10)
    for k in range(MAX_FAILURES - 1):
        _fail(store, "anna", first + timedelta(minutes=k))
    with store.session() as session:
        audit.record(session, actor="anna", action="login.success", object_type="user",
                     object_id="")
        assert locked_until(session, "anna", now) is None  # one short of the limit
    _fail(store, "anna", now - timedelta(minutes=1))
    with store.session() as session:
        until = locked_until(session, " Anna ", now)
        assert until is not None
        assert abs(until - (first + LOCKOUT)) < timedelta(seconds=1)
        assert locked_until(session, "anna", first + LOCKOUT + timedelta(seconds=1)) is None
        assert locked_until(session, "bent", now) is None
