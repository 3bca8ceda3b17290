"""Login sessions kept on the server, and the brake on password guessing.

A signed cookie alone stays valid until it expires, logout or not: whoever copied it keeps
the login. So the cookie carries a random token, and this module keeps the token's SHA-256
with its user. A session ends on logout, on deactivation of the user, after
``idle_s`` without a request, or when an administrator ends every session of a user.

Password guessing is slowed per username: after ``MAX_FAILURES`` failed logins within
``LOCKOUT`` (counted from the append-only audit log, so it holds across restarts and
workers), further attempts are refused without checking the password until the oldest
failure is ``LOCKOUT`` old.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from borgerpost.store.tables import AuditEntry, LoginSession, User

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)
TOUCH_EVERY = timedelta(minutes=1)  # last_seen_at is written at most this often


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _aware(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes; every stored time is UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def open_session(session: Session, user: User) -> str:
    """Start a login for ``user``; the token for the cookie (only its digest is kept)."""
    token = secrets.token_urlsafe(32)
    session.add(LoginSession(token_sha256=_digest(token), user_id=user.id))
    session.flush()
    return token


def session_user(
    session: Session, token: str, *, idle_s: int, now: datetime | None = None
) -> User | None:
    """The active user of a live session with ``token``, else None. A session idle for
    ``idle_s`` ends here (reason "idle")."""
    now = now or datetime.now(UTC)
    row = session.scalar(select(LoginSession).where(LoginSession.token_sha256 == _digest(token)))
    if row is None or row.ended_at is not None:
        return None
    if now - _aware(row.last_seen_at) > timedelta(seconds=idle_s):
        row.ended_at, row.ended_why = now, "idle"
        return None
    user = session.get(User, row.user_id)
    if user is None or not user.active:
        row.ended_at, row.ended_why = now, "deactivated"
        return None
    if now - _aware(row.last_seen_at) >= TOUCH_EVERY:
        row.last_seen_at = now
    return user


def end_session(session: Session, token: str, why: str = "logout") -> None:
    """End the session with ``token`` (nothing happens for an unknown or ended one)."""
    session.execute(
        update(LoginSession)
        .where(LoginSession.token_sha256 == _digest(token), LoginSession.ended_at.is_(None))
        .values(ended_at=datetime.now(UTC), ended_why=why)
    )


def end_all_sessions(session: Session, user_id: int, why: str) -> int:
    """End every live session of a user (deactivation, a new password); how many."""
    result = session.execute(
        update(LoginSession)
        .where(LoginSession.user_id == user_id, LoginSession.ended_at.is_(None))
        .values(ended_at=datetime.now(UTC), ended_why=why)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def locked_until(session: Session, username: str, now: datetime | None = None) -> datetime | None:
    """When ``username`` may try again, if ``MAX_FAILURES`` logins failed within
    ``LOCKOUT``; None when it may try now."""
    now = now or datetime.now(UTC)
    since = now - LOCKOUT
    recent = (
        select(AuditEntry.at)
        .where(
            AuditEntry.actor == username.strip().lower(),
            AuditEntry.action == "login.failure",
            AuditEntry.at > since,
        )
        .order_by(AuditEntry.at.desc())
        .limit(MAX_FAILURES)
    ).subquery()
    count, oldest = session.execute(select(func.count(), func.min(recent.c.at))).one()
    if count < MAX_FAILURES or oldest is None:
        return None
    return _aware(oldest) + LOCKOUT
