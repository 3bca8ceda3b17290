"""Shared fixtures: a migrated store on SQLite and on a real, throw-away PostgreSQL.

``store`` is parametrised over both back ends, so a test that takes it runs twice.
PostgreSQL gets one cluster per test session; every test gets a fresh database cloned
from a migrated template, which keeps tests isolated and fast.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from borgerpost.store.db import Store, open_store
from borgerpost.store.migrate import upgrade
from tests.pgcluster import PgCluster, start_cluster

SHARED = Path(__file__).resolve().parents[2] / "shared"
_db_counter = itertools.count()


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    """A running PostgreSQL cluster with a migrated template database."""
    cluster = start_cluster()
    try:
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=cluster.port, user="borgerpost",
                             dbname="postgres", autocommit=True) as conn:
            conn.execute("CREATE DATABASE borgerpost_template")
        template = open_store(cluster.url("borgerpost_template"))
        upgrade(template)
        template.dispose()
        yield cluster
    finally:
        cluster.stop()


def _fresh_pg_database(cluster: PgCluster) -> str:
    import psycopg

    name = f"t{next(_db_counter)}"
    with psycopg.connect(host="127.0.0.1", port=cluster.port, user="borgerpost",
                         dbname="postgres", autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE borgerpost_template")
    return cluster.url(name)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """URL of a fresh, migrated SQLite database file."""
    url = f"sqlite:///{tmp_path / 'borgerpost.db'}"
    store = open_store(url)
    upgrade(store)
    store.dispose()
    return url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """URL of a fresh, migrated database: once on SQLite, once on PostgreSQL."""
    if request.param == "sqlite":
        return str(request.getfixturevalue("sqlite_url"))
    return _fresh_pg_database(request.getfixturevalue("pg_cluster"))


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    """An open, migrated store on each back end."""
    opened = open_store(db_url)
    yield opened
    opened.dispose()


@pytest.fixture
def sqlite_store(sqlite_url: str) -> Iterator[Store]:
    """An open, migrated store on SQLite only (for web and browser tests)."""
    opened = open_store(sqlite_url)
    yield opened
    opened.dispose()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ``../shared`` folder beside the checkout (dev set, staff register, DKhate)."""
    if not SHARED.is_dir():
        pytest.fail(f"{SHARED} is missing: the shared folder must sit beside the checkout")
    return SHARED
