"""Web-app logins: argon2 password hashes, created by ``borgerpost users add`` or the demo.

Passwords are hashed with argon2id (argon2-cffi defaults); a hash made with older
parameters is re-hashed on the next successful login.
"""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from borgerpost.errors import ConfigError
from borgerpost.model import Role
from borgerpost.store.tables import User

_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    """An argon2id hash of ``password``."""
    return _hasher.hash(password)


def create_user(
    session: Session,
    *,
    username: str,
    password: str,
    role: str,
    unit: str = "",
    display_name: str = "",
    staff_id: int | None = None,
    can_read_bodies: bool = False,
) -> User:
    """Add a login; ``role`` must be one of ``Role``; units scope what a user sees."""
    try:
        Role(role)
    except ValueError:
        allowed = ", ".join(r.value for r in Role)
        raise ConfigError(f"ukendt rolle {role!r} (tilladt: {allowed})") from None
    if len(password) < 8:
        raise ConfigError("adgangskoden skal være mindst 8 tegn")
    user = User(
        username=username.strip().lower(),
        display_name=display_name or username,
        password_hash=hash_password(password),
        role=role,
        unit=unit,
        staff_id=staff_id,
        can_read_bodies=can_read_bodies,
    )
    session.add(user)
    session.flush()
    return user


def authenticate(session: Session, *, username: str, password: str) -> User | None:
    """The active user with this username and password, else None (timing kept similar)."""
    user = session.scalar(select(User).where(User.username == username.strip().lower()))
    if user is None or not user.active:
        _hasher.hash(password)  # spend the same time as a real check
        return None
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    return user


def get_user(session: Session, user_id: int) -> User | None:
    """The active user with ``user_id``, else None."""
    user = session.get(User, user_id)
    return user if user is not None and user.active else None
