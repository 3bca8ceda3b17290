"""Label corrections: stored with who and when, audited without the note, re-routed, scoped."""

from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient
from sqlalchemy import select

from borgerpost.store.db import Store
from borgerpost.store.findings import labels_of
from borgerpost.store.tables import AuditEntry, LabelCorrection
from tests.web.conftest import Seeded, csrf_of

Client = Callable[[str], TestClient]


def _corrections(store: Store, message_pk: int) -> list[LabelCorrection]:
    with store.session() as session:
        return list(session.scalars(
            select(LabelCorrection).where(LabelCorrection.message_pk == message_pk)))


def test_caseworker_removes_a_label_on_the_page(
    client_for: Client, seeded: Seeded, sqlite_store: Store
) -> None:
    client = client_for("bent")
    page = client.get(f"/beskeder/{seeded['threat']}")
    assert 'action="/beskeder/' in page.text and "Ret etiket" in page.text
    response = client.post(
        f"/beskeder/{seeded['threat']}/etiketter",
        data={"csrf_token": csrf_of(page.text), "label": "threat", "action": "remove",
              "note": "Citat fra en sang, ingen trussel"},
        follow_redirects=False,
    )
    assert response.status_code == 303
    [correction] = _corrections(sqlite_store, seeded["threat"])
    assert (correction.label, correction.action, correction.actor) == ("threat", "remove", "bent")
    assert correction.note == "Citat fra en sang, ingen trussel" and correction.at is not None
    with sqlite_store.session() as session:
        assert "threat" not in labels_of(session, message_pk=seeded["threat"])
        audit = session.scalars(select(AuditEntry).where(
            AuditEntry.action == "message.label.remove")).one()
    assert audit.actor == "bent" and audit.detail == {"label": "threat"}
    assert "sang" not in str(audit.detail)


def test_correction_without_csrf_is_refused(client_for: Client, seeded: Seeded,
                                            sqlite_store: Store) -> None:
    response = client_for("bent").post(f"/beskeder/{seeded['threat']}/etiketter",
                                       data={"label": "insult", "action": "add"})
    assert response.status_code == 403
    assert _corrections(sqlite_store, seeded["threat"]) == []


def test_caseworker_cannot_correct_another_units_message(
    client_for: Client, seeded: Seeded, sqlite_store: Store
) -> None:
    client = client_for("anna")
    token = client.get("/api/v1/me").json()["csrf_token"]
    response = client.post(f"/api/v1/messages/{seeded['job']}/labels",
                           json={"label": "insult", "action": "add"},
                           headers={"X-CSRF-Token": token})
    assert response.status_code == 403
    assert _corrections(sqlite_store, seeded["job"]) == []


def test_api_adds_a_label_and_returns_the_corrected_set(client_for: Client,
                                                        seeded: Seeded) -> None:
    client = client_for("bent")
    token = client.get("/api/v1/me").json()["csrf_token"]
    url = f"/api/v1/messages/{seeded['job']}/labels"
    added = client.post(url, json={"label": "criticism", "action": "add"},
                        headers={"X-CSRF-Token": token})
    assert added.status_code == 200 and "criticism" in added.json()["labels"]
    removed = client.post(url, json={"label": "criticism", "action": "remove"},
                          headers={"X-CSRF-Token": token})
    assert "criticism" not in removed.json()["labels"]


def test_unknown_label_is_refused(client_for: Client, seeded: Seeded) -> None:
    client = client_for("bent")
    token = client.get("/api/v1/me").json()["csrf_token"]
    response = client.post(f"/api/v1/messages/{seeded['job']}/labels",
                           json={"label": "spam", "action": "add"},
                           headers={"X-CSRF-Token": token})
    assert response.status_code == 422
