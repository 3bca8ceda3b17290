"""The demo's public posts, on SQLite and PostgreSQL: read through the real runner, the
posts naming staff kept (one in two versions), the four naming nobody discarded, once;
the demo's security lead finds them at ``/overvaagning``."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient
from sqlalchemy import func, select

from borgerpost.config import Settings
from borgerpost.demo.loader import DEMO_USERS, demo_register
from borgerpost.demo.monitor import SOURCE_NAME, add_demo_monitor, export_path
from borgerpost.store.db import Store
from borgerpost.store.staff import load_register
from borgerpost.store.tables import AuditEntry, MonitorItem, MonitorSeen, MonitorSource, Staff
from borgerpost.store.users import create_user
from borgerpost.web.app import create_app
from tests.web.conftest import log_in

NAMED = ("Hanne Lykkegaard Poulsen", "Jonas Ravnsbæk", "Mette Birkholm",
         "Kasper Nørgaard Lind")
NOBODY = ("åbent mellem jul og nytår", "Politikerne i byrådet", "hente sofaen",
          "Ventetiden på en afgørelse")


def _counts(store: Store) -> tuple[int, ...]:
    with store.session() as session:
        return tuple(int(session.scalar(select(func.count()).select_from(t)) or 0)
                     for t in (MonitorSource, MonitorItem, MonitorSeen, AuditEntry))


def test_demo_posts_are_kept_or_discarded_once(store: Store) -> None:
    with store.session() as session:
        load_register(session, demo_register())
    settings = Settings(db=str(store.engine.url))
    summary = add_demo_monitor(store, settings=settings)
    assert summary is not None
    assert (summary.kept, summary.discarded, summary.errors) == (5, 4, 0)
    with store.session() as session:
        items = list(session.scalars(select(MonitorItem).order_by(MonitorItem.id)))
        staff = {pk: name for pk, name in session.execute(select(Staff.id, Staff.name))}
        named = {staff[i] for item in items for i in item.staff_ids}
        assert named == set(NAMED)
        assert not [n for n in NOBODY if any(n in item.text for item in items)]
        versions = [(item.version, item.previous_id) for item in items
                    if "inkompetent klovn" in item.text]
        assert versions == [(1, None), (2, items[0].id)]
        assert {item.status for item in items} == {"ny"}
        source = session.scalar(select(MonitorSource).where(MonitorSource.name == SOURCE_NAME))
        assert source is not None and source.location == str(export_path().resolve())
    before = _counts(store)
    assert add_demo_monitor(store, settings=settings) is None
    assert _counts(store) == before


def test_the_export_is_valid_jsonl_of_invented_posts() -> None:
    rows = [json.loads(line) for line in export_path().read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 9
    assert all(r["url"].startswith("https://social.example/") for r in rows)


def test_the_demo_security_lead_sees_the_kept_posts(sqlite_store: Store) -> None:
    lead = next(u for u in DEMO_USERS if u.role == "sikkerhed")
    with sqlite_store.session() as session:
        load_register(session, demo_register())
        create_user(session, username=lead.username, password=lead.password, role=lead.role)
    add_demo_monitor(sqlite_store, settings=Settings(db=str(sqlite_store.engine.url)))
    app = create_app(Settings(db="sqlite://", secret_key="demo-test-" * 5), store=sqlite_store)
    with TestClient(app) as client:
        log_in(client, lead.username, lead.password)
        page = client.get("/overvaagning").text
        assert page.count('">Opslag #') == 5 and SOURCE_NAME in page
        assert 'aria-label="5 nye opslag"' in page
        assert "Ingen kilder" not in client.get("/overvaagning/kilder").text
