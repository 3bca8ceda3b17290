"""Create or upgrade the schema with Alembic, driven from code (no alembic.ini needed).

``borgerpost init`` calls ``upgrade(store)``; running it again is a no-op.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy.exc import SQLAlchemyError

from borgerpost.errors import MigrationError
from borgerpost.store.db import Store

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def alembic_config(store: Store) -> Config:
    """An Alembic config pointing at our migrations and at ``store``'s engine."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = store.engine
    return config


def upgrade(store: Store, revision: str = "head") -> None:
    """Bring the schema to ``revision``; safe to call on an up-to-date database."""
    try:
        command.upgrade(alembic_config(store), revision)
    except SQLAlchemyError as exc:
        raise MigrationError(f"migration failed: {exc}") from exc


def current_revision(store: Store) -> str | None:
    """The revision the database is at, or None for an empty database."""
    from alembic.runtime.migration import MigrationContext

    with store.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()
