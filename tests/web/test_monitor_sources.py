"""``/overvaagning/kilder`` on SQLite and PostgreSQL: add a source with the CLI's checks,
schedule it, switch it off and on, and read it now through the real runner — each change
behind the CSRF token and in the audit log."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from borgerpost.register import parse_register
from borgerpost.store.db import Store
from borgerpost.store.staff import load_register
from borgerpost.store.tables import MonitorItem, MonitorSource
from tests.monitor.conftest import HARMLESS, NAMED_PLAIN, REGISTER
from tests.web.conftest import csrf_of, logged_in_clients, seed
from tests.web.monitor_seed import Client, entries, monitor_app

PAGE = "/overvaagning/kilder"


@pytest.fixture
def client_for(store: Store, password_hash: str) -> Iterator[Client]:
    seed(store, password_hash)
    with store.session() as session:
        load_register(session, parse_register(REGISTER))
    with logged_in_clients(monitor_app(store)) as make:
        yield make


@pytest.fixture
def export(tmp_path: Path) -> Path:
    """A JSONL export of two posts: one names Jeppe Kronborg, one names nobody."""
    path = tmp_path / "opslag.jsonl"
    rows = [{"url": "https://social.example/p/1", "text": NAMED_PLAIN, "author": "a.b",
             "posted": "2026-03-04T20:15:00"},
            {"url": "https://social.example/p/2", "text": HARMLESS, "author": "c.d"}]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                    encoding="utf-8")
    return path


def _add(client: TestClient, name: str, location: str, kind: str = "export_json") -> Any:
    token = csrf_of(client.get(PAGE).text)
    return client.post(PAGE, data={"csrf_token": token, "name": name, "kind": kind,
                                   "location": location}, follow_redirects=False)


def _source(store: Store) -> MonitorSource:
    with store.session() as session:
        row = session.scalars(select(MonitorSource)).one()
        session.expunge(row)
        return row


def test_add_source_checks_like_the_cli(client_for: Client, store: Store, export: Path) -> None:
    client = client_for("sif")
    missing = _add(client, "Gruppen", str(export.with_name("findes-ikke.jsonl")))
    assert missing.status_code == 400 and "filen findes ikke" in missing.text
    bad_url = _add(client, "Feed", "ftp://x.example/feed", kind="rss")
    assert bad_url.status_code == 400
    added = _add(client, "Gruppen", str(export))
    assert added.status_code == 303
    again = _add(client, "Gruppen", str(export))
    assert again.status_code == 400 and "findes allerede" in again.text
    source = _source(store)
    assert (source.name, source.kind, source.location, source.enabled, source.created_by) == (
        "Gruppen", "export_json", str(export.resolve()), True, "sif")
    page = client.get(PAGE).text
    assert "Gruppen" in page and "JSON-eksport" in page and "kun manuelt" in page
    assert [e.actor for e in entries(store, "monitor.add_source")] == ["sif"]


def test_interval_and_switch(client_for: Client, store: Store, export: Path) -> None:
    client = client_for("sif")
    _add(client, "Gruppen", str(export))
    source_id = _source(store).id
    token = csrf_of(client.get(PAGE).text)
    url = f"{PAGE}/{source_id}/interval"
    too_short = client.post(url, data={"csrf_token": token, "minutes": "3"})
    assert too_short.status_code == 400 and "mellem 5 og 10080" in too_short.text
    assert client.post(url, data={"csrf_token": token, "minutes": "tre"}).status_code == 400
    assert client.post(url, data={"minutes": "60"}).status_code == 403
    assert client.post(url, data={"csrf_token": token, "minutes": "60"}).status_code == 200
    assert _source(store).interval_minutes == 60
    assert "hvert 60. minut" in client.get(PAGE).text
    client.post(url, data={"csrf_token": token, "minutes": ""})
    assert _source(store).interval_minutes is None
    switch = f"{PAGE}/{source_id}/aktiv"
    assert client.post(switch, data={"enabled": "nej"}).status_code == 403
    client.post(switch, data={"csrf_token": token, "enabled": "nej"})
    assert _source(store).enabled is False
    assert "Slå til" in client.get(PAGE).text
    client.post(switch, data={"csrf_token": token, "enabled": "ja"})
    assert _source(store).enabled is True
    logged = [(e.action, e.detail) for e in entries(store, "monitor.schedule")]
    assert logged == [("monitor.schedule", {"interval_minutes": 60}),
                      ("monitor.schedule", {"interval_minutes": None})]
    assert [e.actor for e in entries(store, "monitor.disable") + entries(store, "monitor.enable")
            ] == ["sif", "sif"]
    assert client.post(f"{PAGE}/9999/aktiv", data={"csrf_token": token}).status_code == 404


def test_run_now_keeps_what_names_staff(client_for: Client, store: Store, export: Path) -> None:
    client = client_for("sif")
    _add(client, "Gruppen", str(export))
    source_id = _source(store).id
    token = csrf_of(client.get(PAGE).text)
    assert client.post(f"{PAGE}/{source_id}/koer").status_code == 403
    page = client.post(f"{PAGE}/{source_id}/koer", data={"csrf_token": token}).text
    assert "Kørsel af Gruppen" in page
    assert re.search(r"Scannet: 2, gemt: 1, kasseret: 1, fejl: 0", page)
    assert "Se de nye opslag" in page and "Jeppe Kronborg" not in page
    with store.session() as session:
        kept = list(session.scalars(select(MonitorItem)))
        assert [k.text for k in kept] == [NAMED_PLAIN]
    assert _source(store).last_run_at is not None
    assert [(e.actor, e.detail["kept"]) for e in entries(store, "monitor.run")] == [("sif", 1)]
    second = client.post(f"{PAGE}/{source_id}/koer", data={"csrf_token": token}).text
    assert "gemt: 0" in second and "allerede set: 2" in second


def test_run_now_reports_an_unreadable_source(
    client_for: Client, store: Store, export: Path
) -> None:
    client = client_for("sif")
    _add(client, "Gruppen", str(export))
    export.unlink()
    token = csrf_of(client.get(PAGE).text)
    page = client.post(f"{PAGE}/{_source(store).id}/koer", data={"csrf_token": token}).text
    assert "Kilden kunne ikke læses." in page
    assert _source(store).last_error


@pytest.mark.parametrize("username", ["lene", "tove", "anna"])
def test_only_security_manages_sources(client_for: Client, username: str) -> None:
    client = client_for(username)
    token = csrf_of(client.get("/login").text)
    assert client.get(PAGE).status_code == 403
    assert client.post(PAGE, data={"csrf_token": token, "name": "x", "kind": "rss",
                                   "location": "https://x.example/feed"}).status_code == 403
