"""The JSON API: same access rules as the pages, audited reads, CSRF on writes, OpenAPI."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from borgerpost.config import Settings
from borgerpost.store.db import Store
from borgerpost.store.tables import AuditEntry
from borgerpost.web.app import create_app
from tests.web.conftest import MESSAGES, SECRET, Seeded, log_in, seed

Client = Callable[[str], TestClient]


def _audit(store: Store, action: str) -> list[AuditEntry]:
    with store.session() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def test_me_reports_the_user_and_a_csrf_token(client_for: Client) -> None:
    body = client_for("tove").get("/api/v1/me").json()
    assert body["username"] == "tove" and body["role"] == "teamleder"
    assert body["unit"] == "Ydelse" and len(body["csrf_token"]) > 20


def test_listing_has_no_bodies_and_respects_scope(client_for: Client, seeded: Seeded) -> None:
    body = client_for("bent").get("/api/v1/messages").json()
    assert {item["id"] for item in body["items"]} == {seeded["job"], seeded["threat"],
                                                      seeded["secq"]}
    assert all("body_text" not in item for item in body["items"])
    assert body["next_offset"] is None
    threat = next(i for i in body["items"] if i["id"] == seeded["threat"])
    assert threat["labels"] == ["threat"]


def test_listing_pages_with_limit_and_offset(client_for: Client, seeded: Seeded) -> None:
    client = client_for("lars")
    first = client.get("/api/v1/messages", params={"limit": 4}).json()
    assert len(first["items"]) == 4 and first["next_offset"] == 4
    rest = client.get("/api/v1/messages", params={"limit": 4, "offset": 4}).json()
    assert len(rest["items"]) == len(MESSAGES) - 4 and rest["next_offset"] is None
    assert client.get("/api/v1/messages", params={"limit": 0}).status_code == 422


@pytest.mark.parametrize(("params", "expected"), [
    ({"queue": "moeder"}, {"job"}),
    ({"label": "threat"}, {"threat"}),
    ({"sender": "borger.b"}, {"ydelse2"}),
    ({"date_from": "2026-03-05", "date_to": "2026-03-05"}, {"ydelse2"}),
    ({"q": "FLYTTES"}, {"job"}),
])
def test_listing_filters(
    client_for: Client, seeded: Seeded, params: dict[str, str], expected: set[str]
) -> None:
    body = client_for("lars").get("/api/v1/messages", params=params).json()
    assert {item["id"] for item in body["items"]} == {seeded[n] for n in expected}


def test_caseworker_gets_403_for_another_units_message(
    client_for: Client, seeded: Seeded, sqlite_store: Store
) -> None:
    response = client_for("anna").get(f"/api/v1/messages/{seeded['threat']}")
    assert response.status_code == 403
    assert response.json() == {"detail": "Du har ikke adgang til denne besked."}
    assert [e.actor for e in _audit(sqlite_store, "message.view.denied")] == ["anna"]


def test_message_read_returns_body_and_findings_and_is_audited(
    client_for: Client, seeded: Seeded, sqlite_store: Store
) -> None:
    body = client_for("sif").get(f"/api/v1/messages/{seeded['threat']}").json()
    assert body["body_text"] == MESSAGES["threat"][0].body_text
    finding = body["findings"][0]
    assert body["body_text"][finding["start"]:finding["end"]] == finding["quote"]
    assert finding["label"] == "threat" and finding["reason"] == "truende vending"
    views = _audit(sqlite_store, "message.view")
    assert [(e.actor, e.object_id, e.detail) for e in views] == [
        ("sif", str(seeded["threat"]), {"channel": "api"})
    ]


def test_attachments_are_listed_with_metadata(client_for: Client, seeded: Seeded) -> None:
    body = client_for("anna").get(f"/api/v1/messages/{seeded['ydelse']}").json()
    assert [(a["filename"], a["size"], a["stored"]) for a in body["attachment_list"]] == [
        ("lønseddel.pdf", 13, True)
    ]


def test_manager_without_grant_gets_figures_but_no_body(
    client_for: Client, seeded: Seeded
) -> None:
    client = client_for("lene")
    assert client.get(f"/api/v1/messages/{seeded['job']}").status_code == 403
    assert client.get("/api/v1/messages").json()["items"] == []
    stats = client.get("/api/v1/stats").json()
    assert stats["total"] == len(MESSAGES) and stats["quarantined"] == 1
    assert stats["per_unit"] == {"Ydelse": 3, "Job": 3}
    assert stats["per_label"] == {"threat": 1}


def test_caseworker_gets_no_stats(client_for: Client) -> None:
    assert client_for("anna").get("/api/v1/stats").status_code == 403


def test_sender_messages(client_for: Client, seeded: Seeded) -> None:
    body = client_for("bent").get("/api/v1/senders/borger.a@example.test/messages").json()
    assert [item["id"] for item in body["items"]] == [seeded["job"]]


def test_assignment_needs_the_csrf_header(
    client_for: Client, seeded: Seeded, sqlite_store: Store
) -> None:
    client = client_for("tove")
    url = f"/api/v1/messages/{seeded['ydelse2']}/assignment"
    assert client.post(url, json={"assignee": "anna"}).status_code == 403
    wrong = client.post(url, json={"assignee": "anna"}, headers={"X-CSRF-Token": "x"})
    assert wrong.status_code == 403
    token = client.get("/api/v1/me").json()["csrf_token"]
    response = client.post(url, json={"assignee": "anna"}, headers={"X-CSRF-Token": token})
    assert response.status_code == 200 and response.json()["assigned_to"] == "anna"
    cleared = client.post(url, json={"assignee": ""}, headers={"X-CSRF-Token": token})
    assert cleared.json()["assigned_to"] is None
    assert len(_audit(sqlite_store, "message.assign")) == 2


def test_caseworker_cannot_assign_via_api(client_for: Client, seeded: Seeded) -> None:
    client = client_for("anna")
    token = client.get("/api/v1/me").json()["csrf_token"]
    response = client.post(f"/api/v1/messages/{seeded['ydelse']}/assignment",
                           json={"assignee": "anna"}, headers={"X-CSRF-Token": token})
    assert response.status_code == 403


def test_unknown_message_is_404_json(client_for: Client) -> None:
    response = client_for("anna").get("/api/v1/messages/424242")
    assert response.status_code == 404
    assert response.json() == {"detail": "Beskeden findes ikke."}


def test_openapi_documents_the_api(app: FastAPI) -> None:
    with TestClient(app) as client:
        schema = client.get("/api/v1/openapi.json").json()
        assert client.get("/openapi.json").json() == schema
    paths = schema["paths"]
    for path in ("/api/v1/messages", "/api/v1/messages/{message_pk}", "/api/v1/me",
                 "/api/v1/senders/{sender}/messages", "/api/v1/stats",
                 "/api/v1/messages/{message_pk}/assignment"):
        assert path in paths
    assert not any(p.startswith("/beskeder") or p == "/login" for p in paths)
    models = schema["components"]["schemas"]
    assert {"MessageOut", "MessagePage", "MessageSummary", "StatsOut", "Me"} <= set(models)
    assert "body_text" in models["MessageOut"]["properties"]
    assert "body_text" not in models["MessageSummary"]["properties"]


def test_role_checks_and_audit_on_both_back_ends(
    store: Store, db_url: str, password_hash: str
) -> None:
    ids = seed(store, password_hash)
    app = create_app(Settings(db=db_url, secret_key=SECRET), store=store)
    with TestClient(app) as client:
        log_in(client, "anna")
        assert client.get(f"/api/v1/messages/{ids['job']}").status_code == 403
        assert client.get(f"/beskeder/{ids['job']}").status_code == 403
        assert client.get(f"/beskeder/{ids['ydelse']}").status_code == 200
        listed = client.get("/api/v1/messages", params={"q": "ØRSTED"}).json()["items"]
        assert [item["id"] for item in listed] == [ids["ydelse"]]
    with store.session() as session:
        rows = list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))
    assert [(r.actor, r.action, r.object_id) for r in rows] == [
        ("anna", "login.success", rows[0].object_id),
        ("anna", "message.view.denied", str(ids["job"])),
        ("anna", "message.view.denied", str(ids["job"])),
        ("anna", "message.view", str(ids["ydelse"])),
        ("anna", "message.search", ""),
    ]
    assert rows[-1].detail == {"filters": ["text"], "channel": "api"}
