"""Engines and sessions. Nothing is created at import time: callers open a ``Store``.

SQLite gets WAL, a busy timeout and enforced foreign keys, so the web app can read while
an ingest run writes. PostgreSQL URLs are used as given (psycopg 3).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from borgerpost.config import normalise_db_url
from borgerpost.errors import StoreError


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def make_engine(url: str) -> Engine:
    """Create an engine for ``url``; for SQLite also create the file's folder."""
    url = normalise_db_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


@dataclass
class Store:
    """An open database: the engine plus a session factory."""

    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def dialect(self) -> str:
        """'sqlite' or 'postgresql'."""
        return self.engine.dialect.name

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on error."""
        with self.sessions() as session:
            try:
                yield session
                session.commit()
            except OperationalError as exc:
                session.rollback()
                raise StoreError(f"database error: {exc.orig}") from exc
            except BaseException:
                session.rollback()
                raise

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()


def open_store(url: str) -> Store:
    """Open (but do not migrate) the database at ``url``."""
    engine = make_engine(url)
    return Store(engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))
