"""The schema: migrations apply, re-apply, match the table classes, and the audit log is
append-only."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from borgerpost.store.db import Store
from borgerpost.store.migrate import current_revision, upgrade
from borgerpost.store.tables import Base


def test_upgrade_is_idempotent(store: Store) -> None:
    before = current_revision(store)
    upgrade(store)
    assert current_revision(store) == before is not None


def test_migrated_tables_match_declared_tables(store: Store) -> None:
    inspector = inspect(store.engine)
    live = set(inspector.get_table_names()) - {"alembic_version"}
    assert live == set(Base.metadata.tables)
    for name, table in Base.metadata.tables.items():
        assert {c["name"] for c in inspector.get_columns(name)} == {c.name for c in table.columns}


@pytest.mark.parametrize("statement", ["UPDATE audit_log SET actor = 'x'", "DELETE FROM audit_log"])
def test_audit_log_refuses_update_and_delete(store: Store, statement: str) -> None:
    with store.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO audit_log (at, actor, action, object_type, object_id, detail) "
            "VALUES (CURRENT_TIMESTAMP, 'anna', 'view', 'message', '1', '{}')"
        ))
    with pytest.raises(DBAPIError), store.engine.begin() as conn:
        conn.execute(text(statement))
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM audit_log")).scalar_one() == 1
