"""Evidence packages from the web app and the API, on SQLite and PostgreSQL: a .zip
download that ``verify_package`` accepts, the export in each post's chain of custody,
nothing exported without the CSRF token or by another role."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest

from borgerpost.monitor.custody import EXPORT, custody_of
from borgerpost.monitor.package import MANIFEST
from borgerpost.monitor.verify import verify_package
from borgerpost.store.db import Store
from borgerpost.store.tables import MonitorItem
from tests.web.conftest import csrf_of, logged_in_clients
from tests.web.monitor_seed import Client, Kept, entries, monitor_app, seed_all


@pytest.fixture
def kept(store: Store, password_hash: str) -> Kept:
    return seed_all(store, password_hash)


@pytest.fixture
def client_for(store: Store, kept: Kept) -> Iterator[Client]:
    with logged_in_clients(monitor_app(store)) as make:
        yield make


def _verified(response: Any, tmp_path: Path) -> dict[str, object]:
    """Write the download to disk, verify it, and return its manifest."""
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/zip"
    disposition = response.headers["content-disposition"]
    assert disposition.startswith('attachment; filename="bevis-') and disposition.endswith('.zip"')
    path = tmp_path / disposition.split('"')[1]
    path.write_bytes(response.content)
    result = verify_package(path)
    assert result.ok, [p.line() for p in result.problems]
    with zipfile.ZipFile(BytesIO(response.content)) as archive:
        name = next(n for n in archive.namelist() if n.endswith(f"/{MANIFEST}"))
        manifest: dict[str, object] = json.loads(archive.read(name))
    assert manifest["package_id"] == result.package_id == path.stem
    return manifest


def test_page_export_of_selected_posts_verifies(
    client_for: Client, kept: Kept, store: Store, tmp_path: Path
) -> None:
    client = client_for("sif")
    token = csrf_of(client.get("/overvaagning").text)
    response = client.post("/overvaagning/bevispakke", data={
        "csrf_token": token, "opslag": [str(kept.threat), str(kept.shaming_v2)]})
    manifest = _verified(response, tmp_path)
    items = manifest["items"]
    assert isinstance(items, list) and [i["id"] for i in items] == [kept.threat, kept.shaming_v2]
    assert manifest["created_by"] == "sif"
    with store.session() as session:
        for item_id in (kept.threat, kept.shaming_v2):
            item = session.get(MonitorItem, item_id)
            assert item is not None and item.status == "eksporteret"
            exports = [c for c in custody_of(session, item_id=item_id) if c.action == EXPORT]
            assert [(c.actor, c.channel, c.package) for c in exports] == [
                ("sif", "web", manifest["package_id"])]
        untouched = session.get(MonitorItem, kept.shaming)
        assert untouched is not None and untouched.status == "ny"


def test_post_page_export_of_one_post(client_for: Client, kept: Kept, tmp_path: Path) -> None:
    client = client_for("sif")
    page = client.get(f"/overvaagning/{kept.threat}").text
    assert f'<input type="hidden" name="opslag" value="{kept.threat}">' in page
    response = client.post("/overvaagning/bevispakke",
                           data={"csrf_token": csrf_of(page), "opslag": str(kept.threat)})
    manifest = _verified(response, tmp_path)
    items = manifest["items"]
    assert isinstance(items, list) and len(items) == 1
    custody = [c["action"] for c in items[0]["custody"]]
    assert custody[:2] == ["monitor.keep", "monitor.view"] and EXPORT in custody


def test_export_needs_csrf_and_the_security_role(
    client_for: Client, kept: Kept, store: Store
) -> None:
    sif = client_for("sif")
    token = csrf_of(sif.get("/overvaagning").text)
    assert sif.post("/overvaagning/bevispakke",
                    data={"opslag": str(kept.threat)}).status_code == 403
    assert sif.post("/overvaagning/bevispakke",
                    data={"opslag": str(kept.threat), "csrf_token": "forkert"}).status_code == 403
    assert sif.post("/overvaagning/bevispakke", data={"csrf_token": token}).status_code == 400
    assert sif.post("/overvaagning/bevispakke",
                    data={"csrf_token": token, "opslag": "9999"}).status_code == 400
    lene = client_for("lene")
    lene_token = csrf_of(lene.get("/overvaagning").text)
    assert lene.post("/overvaagning/bevispakke", data={
        "csrf_token": lene_token, "opslag": str(kept.threat)}).status_code == 403
    assert sif.post("/api/v1/monitor/packages", json={"item_ids": [kept.threat]}
                    ).status_code == 403
    assert entries(store, EXPORT) == [] and entries(store, "monitor.package") == []
    with store.session() as session:
        item = session.get(MonitorItem, kept.threat)
        assert item is not None and item.status == "ny"


def test_api_package_verifies_and_is_audited(
    client_for: Client, kept: Kept, store: Store, tmp_path: Path
) -> None:
    client = client_for("sif")
    token = client.get("/api/v1/me").json()["csrf_token"]
    headers = {"X-CSRF-Token": token}
    response = client.post("/api/v1/monitor/packages", headers=headers,
                           json={"item_ids": [kept.shaming, kept.shaming_v2]})
    manifest = _verified(response, tmp_path)
    logged = entries(store, "monitor.package")
    assert [(e.actor, e.object_id, e.detail["channel"]) for e in logged] == [
        ("sif", manifest["package_id"], "api")]
    unknown = client.post("/api/v1/monitor/packages", headers=headers, json={"item_ids": [9999]})
    assert unknown.status_code == 422 and "9999" in unknown.json()["detail"]
    assert client.post("/api/v1/monitor/packages", headers=headers,
                       json={"item_ids": []}).status_code == 422
    leder = client_for("lars")
    leder_headers = {"X-CSRF-Token": leder.get("/api/v1/me").json()["csrf_token"]}
    assert leder.post("/api/v1/monitor/packages", headers=leder_headers,
                      json={"item_ids": [kept.threat]}).status_code == 403
