"""Alembic environment: runs online against the engine handed in by ``store.migrate``."""

from __future__ import annotations

from alembic import context

from borgerpost.store.tables import Base

config = context.config
engine = config.attributes["engine"]

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()
