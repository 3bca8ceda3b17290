"""The key that signs session cookies: from settings, else a random one kept on disk.

A key made at random on every start would log everyone out on each restart, so an empty
``BORGERPOST_SECRET_KEY`` means "make one once and keep it": in a ``secret_key`` file next
to the SQLite database (or in ``var/`` for PostgreSQL), readable by the owner only.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from sqlalchemy.engine import make_url

from borgerpost.config import Settings, normalise_db_url
from borgerpost.errors import ConfigError

KEY_FILE = "secret_key"
MIN_KEY_LENGTH = 32


def key_path(settings: Settings) -> Path:
    """Where the generated key lives for this installation."""
    url = make_url(normalise_db_url(settings.db))
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(url.database).parent / KEY_FILE
    return Path("var") / KEY_FILE


def _create(path: Path) -> str:
    """Write a fresh key with mode 0600; if another process won the race, read theirs."""
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text(encoding="ascii").strip()
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(key + "\n")
    return key


def session_secret(settings: Settings) -> str:
    """The signing key: ``settings.secret_key`` if set, else the persisted random key."""
    if settings.secret_key:
        if len(settings.secret_key) < MIN_KEY_LENGTH:
            raise ConfigError(
                f"BORGERPOST_SECRET_KEY er for kort: mindst {MIN_KEY_LENGTH} tegn kræves"
            )
        return settings.secret_key
    path = key_path(settings)
    try:
        key = path.read_text(encoding="ascii").strip() if path.exists() else _create(path)
    except OSError as exc:
        raise ConfigError(f"kan ikke læse eller skrive nøglefilen {path}: {exc}") from exc
    if len(key) < MIN_KEY_LENGTH:
        raise ConfigError(f"nøglefilen {path} indeholder en for kort nøgle")
    return key
