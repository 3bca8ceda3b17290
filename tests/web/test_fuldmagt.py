"""Fuldmagter in the web app and the API, on SQLite and PostgreSQL.

A partsrepræsentant asks for aktindsigt without a fuldmagt: the message page warns
"Svar ikke med oplysninger fra sagen" and offers the § 8 letter, the API says
``case_data_allowed: false``; registering a fuldmagt (with its signed document) lifts the
block, revoking it puts it back. Every change needs the CSRF token and is audited.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from borgerpost.config import Settings
from borgerpost.route.apply import route_messages
from borgerpost.route.rules import load_rules
from borgerpost.store import audit
from borgerpost.store.db import Store
from borgerpost.store.tables import AuditEntry, CaseRequest, Finding, Fuldmagt, Message
from borgerpost.web.app import create_app
from tests.web.conftest import SECRET, csrf_of, log_in, logged_in_clients, seed

PDF = b"%PDF-1.4\n% underskrevet fuldmagt (test)\n"
REP = ("Rikke Munk", "rikke.munk@raadgiver.example.org")
CITIZEN = "Søren Ågård Ibsen"
BODY = (f"Jeg er partsrepræsentant for {CITIZEN} og beder om aktindsigt i alle sagens "
        "akter.")

Client = Callable[[str], TestClient]


def _representative_message(store: Store) -> int:
    """A routed message from a partsrepræsentant asking for aktindsigt (unit Ydelse)."""
    with store.session() as session:
        moment = datetime(2026, 3, 4, 9, 30, tzinfo=UTC)
        message = Message(sha256=hashlib.sha256(b"repr-web").hexdigest(), source="eml",
                          source_ref="repr-web", sender=REP[1], sender_name=REP[0],
                          subject="Aktindsigt", body_text=BODY, raw=b"repr-web",
                          received_at=moment, ingested_at=moment, unit="Ydelse",
                          triage_status="done")
        session.add(message)
        session.flush()
        start = BODY.index("partsrepræsentant")
        session.add_all([
            Finding(message_pk=message.id, label="representative", detector="representative",
                    start=start, end=start + 17, quote="partsrepræsentant",
                    reason="Skriver som repræsentant", rule="role"),
            Finding(message_pk=message.id, label="case_request", case_kind="aktindsigt",
                    detector="case_request", quote="aktindsigt", start=0, end=0)])
        session.flush()
        route_messages(session, message_pks=[message.id], rules=load_rules())
        return message.id


@pytest.fixture
def message_pk(store: Store, password_hash: str) -> int:
    seed(store, password_hash)
    return _representative_message(store)


def _app(store: Store, attachment_max_bytes: int = 10 * 1024 * 1024) -> FastAPI:
    settings = Settings(db="sqlite://", secret_key=SECRET,
                        attachment_max_bytes=attachment_max_bytes)
    return create_app(settings, store=store)


@pytest.fixture
def client_for(store: Store, message_pk: int) -> Iterator[Client]:
    with logged_in_clients(_app(store)) as make:
        yield make


def _form(client: TestClient, message_pk: int | None = None, **changes: object
          ) -> dict[str, object]:
    page = client.get("/fuldmagter/ny" + (f"?besked={message_pk}" if message_pk else ""))
    assert page.status_code == 200, page.text
    data: dict[str, object] = {
        "csrf_token": csrf_of(page.text), "representative_name": REP[0],
        "representative_email": REP[1], "representative_type": "partsrepraesentant",
        "citizen_name": CITIZEN, "citizen_ref": "JC-2026-0815", "scope": "alle",
        "valid_from": "2026-03-01", "valid_to": ""}
    if message_pk:
        data["besked"] = str(message_pk)
    data.update(changes)
    return data


def _register(client: TestClient, message_pk: int | None = None, document: bytes = PDF,
              **changes: object) -> int:
    response = client.post("/fuldmagter/ny", data=_form(client, message_pk, **changes),
                           files={"document": ("fuldmagt underskrevet.pdf", document,
                                               "application/pdf")},
                           follow_redirects=False)
    assert response.status_code == 303, response.text
    return int(client.get("/api/v1/fuldmagter").json()[0]["id"])


def _audit(store: Store, action: str) -> list[AuditEntry]:
    with store.session() as session:
        return audit.entries(session, action=action)


def test_the_message_page_warns_and_offers_the_letter(client_for: Client,
                                                      message_pk: int) -> None:
    html = client_for("anna").get(f"/beskeder/{message_pk}").text
    assert "Repræsentant" in html and "Svar ikke med oplysninger fra sagen" in html
    assert "Partsrepræsentant" in html and "Fuldmagt mangler." in html
    assert 'id="fuldmagt-brev"' in html and "forvaltningsloven § 8" in html
    assert "Kære Rikke Munk" in html and "er registreret" in html
    assert f'href="/fuldmagter/ny?besked={message_pk}"' in html
    assert "Fuldmagt mangler</span>" in html  # the flag, by its name in rules.yaml


def test_the_api_says_no_case_data_but_the_deadline_runs(client_for: Client, store: Store,
                                                         message_pk: int) -> None:
    body = client_for("anna").get(f"/api/v1/messages/{message_pk}").json()
    assert (body["case_data_allowed"], body["representation_status"]) == (False, "mangler")
    with store.session() as session:
        kinds = session.scalars(select(CaseRequest.kind)
                                .where(CaseRequest.message_pk == message_pk)).all()
        assert kinds == ["aktindsigt"]


def test_a_message_without_a_representative_allows_case_data(client_for: Client,
                                                            store: Store) -> None:
    with store.session() as session:
        other = session.scalar(select(Message.id).where(Message.source_ref == "ydelse"))
    body = client_for("anna").get(f"/api/v1/messages/{other}").json()
    assert (body["case_data_allowed"], body["representation_status"]) == (True, None)
    assert "Repræsentant</h2>" not in client_for("tove").get(f"/beskeder/{other}").text


def test_registering_from_the_message_lifts_the_block(client_for: Client, store: Store,
                                                       message_pk: int) -> None:
    anna = client_for("anna")
    form = anna.get(f"/fuldmagter/ny?besked={message_pk}").text
    assert f'value="{REP[0]}"' in form and f'value="{REP[1]}"' in form
    assert '<option value="partsrepraesentant" selected>' in form
    response = anna.post("/fuldmagter/ny", data=_form(anna, message_pk),
                         files={"document": ("fuldmagt.pdf", PDF, "application/pdf")},
                         follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == f"/beskeder/{message_pk}#repraesentant"
    html = anna.get(f"/beskeder/{message_pk}").text
    assert "Gyldig fuldmagt nr." in html and "Svar ikke med oplysninger" not in html
    assert anna.get(f"/api/v1/messages/{message_pk}").json()["case_data_allowed"] is True
    with store.session() as session:
        row = session.scalars(select(Fuldmagt)).one()
        assert (row.document, row.document_content_type, row.created_by) == (
            PDF, "application/pdf", "anna")
        assert "fuldmagt_mangler" not in (session.get(Message, message_pk).flags or [])
    created, = _audit(store, "fuldmagt.create")
    assert created.actor == "anna" and created.detail["document"] is True


def test_revoke_needs_the_csrf_token_and_is_audited(client_for: Client, store: Store,
                                                    message_pk: int) -> None:
    tove = client_for("tove")
    fid = _register(tove)
    refused = tove.post(f"/fuldmagter/{fid}/tilbagekald", data={"csrf_token": "forkert"},
                        follow_redirects=False)
    assert refused.status_code == 403 and _audit(store, "fuldmagt.revoke") == []
    page = tove.get(f"/fuldmagter/{fid}").text
    done = tove.post(f"/fuldmagter/{fid}/tilbagekald", data={"csrf_token": csrf_of(page)},
                     follow_redirects=False)
    assert done.status_code == 303
    assert "Tilbagekaldt" in tove.get(f"/fuldmagter/{fid}?tilbagekaldt=1").text
    revoked, = _audit(store, "fuldmagt.revoke")
    assert (revoked.actor, revoked.object_id) == ("tove", str(fid))
    html = tove.get(f"/beskeder/{message_pk}").text
    assert f"Fuldmagt nr. {fid} er tilbagekaldt." in html
    assert "Svar ikke med oplysninger fra sagen" in html and "er tilbagekaldt" in html
    again = tove.post(f"/fuldmagter/{fid}/tilbagekald", data={"csrf_token": csrf_of(page)})
    assert again.status_code == 409


def test_the_document_is_a_download_audited_and_not_for_a_leder_without_bodies(
    client_for: Client, store: Store,
) -> None:
    fid = _register(client_for("bent"))  # another unit: a fuldmagt is about the citizen
    got = client_for("anna").get(f"/fuldmagter/{fid}/dokument")
    assert got.status_code == 200 and got.content == PDF
    assert got.headers["content-type"] == "application/octet-stream"
    assert got.headers["content-disposition"].startswith("attachment;")
    assert client_for("lars").get(f"/fuldmagter/{fid}/dokument").status_code == 200
    lene = client_for("lene")
    assert lene.get("/fuldmagter").status_code == 200
    assert "du har ikke adgang til dokumentet" in lene.get(f"/fuldmagter/{fid}").text
    assert lene.get(f"/fuldmagter/{fid}/dokument").status_code == 403
    assert [e.actor for e in _audit(store, "fuldmagt.document")] == ["anna", "lars"]
    assert [e.actor for e in _audit(store, "fuldmagt.document.denied")] == ["lene"]
    assert {e.actor for e in _audit(store, "fuldmagt.view")} == {"lene"}


def test_sikkerhed_has_no_access(client_for: Client, store: Store) -> None:
    sif = client_for("sif")
    assert sif.get("/fuldmagter").status_code == 403
    assert sif.get("/api/v1/fuldmagter").status_code == 403
    assert "/fuldmagter" not in sif.get("/").text
    assert len(_audit(store, "fuldmagt.list.denied")) == 2


def test_a_cpr_number_is_refused_and_nothing_is_stored(client_for: Client, store: Store) -> None:
    anna = client_for("anna")
    response = anna.post("/fuldmagter/ny", data=_form(anna, citizen_ref="010190-1234"))
    assert response.status_code == 400
    assert "CPR-nummer" in response.text and "Borgerens reference" in response.text
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Fuldmagt)) == 0


@pytest.mark.parametrize(("changes", "text"), [
    ({"citizen_name": "  "}, "Borgerens navn: skal udfyldes."),
    ({"valid_from": "1. marts"}, "Gælder fra: ugyldig dato (ÅÅÅÅ-MM-DD)."),
    ({"scope": "udvalgte"}, "Fuldmagten skal gælde noget"),
])
def test_form_errors_are_danish(client_for: Client, changes: dict[str, object],
                                text: str) -> None:
    anna = client_for("anna")
    response = anna.post("/fuldmagter/ny", data=_form(anna, **changes))
    assert response.status_code == 400 and text in response.text


def test_a_document_too_large_or_not_a_pdf_is_refused(store: Store, message_pk: int) -> None:
    with TestClient(_app(store, attachment_max_bytes=32)) as anna:
        log_in(anna, "anna")
        too_big = anna.post("/fuldmagter/ny", data=_form(anna),
                            files={"document": ("f.pdf", PDF * 3, "application/pdf")})
        assert too_big.status_code == 400 and "grænsen er 32 byte" in too_big.text
        exe = anna.post("/fuldmagter/ny", data=_form(anna),
                        files={"document": ("f.pdf", b"MZ\x90", "application/pdf")})
        assert exe.status_code == 400 and "PDF eller et billede" in exe.text
    assert _audit(store, "fuldmagt.create") == []


def test_the_list_filters_and_is_audited(client_for: Client, store: Store) -> None:
    anna = client_for("anna")
    _register(anna)
    _register(anna, representative_name="Advokat Ea Holm", representative_email="ea@example.dk",
              representative_type="advokat", citizen_ref="JC-2025-0001")
    assert "Ea Holm" in anna.get("/fuldmagter?borger=jc-2025").text
    assert "Rikke Munk" not in anna.get("/fuldmagter?borger=jc-2025").text
    assert "Rikke Munk" in anna.get("/fuldmagter?repraesentant=rikke").text
    listed = _audit(store, "fuldmagt.list")
    assert listed[-1].detail == {"filters": ["repraesentant"], "channel": "page"}


def test_the_api_registers_lists_and_revokes(client_for: Client, store: Store,
                                             message_pk: int) -> None:
    anna = client_for("anna")
    token = anna.get("/api/v1/me").json()["csrf_token"]
    body = {"representative_name": REP[0], "representative_email": REP[1].upper(),
            "representative_type": "partsrepraesentant", "citizen_name": CITIZEN,
            "scope_all": False, "scope_case_kinds": ["aktindsigt"], "valid_from": "2026-03-01",
            "document_base64": base64.b64encode(PDF).decode(),
            "document_filename": "fuldmagt.pdf"}
    assert anna.post("/api/v1/fuldmagter", json=body).status_code == 403  # no CSRF header
    made = anna.post("/api/v1/fuldmagter", json=body, headers={"X-CSRF-Token": token})
    assert made.status_code == 201, made.text
    out = made.json()
    assert out["representative_email"] == REP[1]
    assert out["document_sha256"] == hashlib.sha256(PDF).hexdigest()
    assert "document" not in out and "document_base64" not in out
    assert anna.get(f"/api/v1/messages/{message_pk}").json()["case_data_allowed"] is True
    listed = anna.get("/api/v1/fuldmagter", params={"representative": "munk"}).json()
    assert [f["id"] for f in listed] == [out["id"]]
    revoke = f"/api/v1/fuldmagter/{out['id']}/revoke"
    assert anna.post(revoke, headers={"X-CSRF-Token": token}).json()["revoked"] is True
    assert anna.post(revoke, headers={"X-CSRF-Token": token}).status_code == 409
    assert anna.get(f"/api/v1/messages/{message_pk}").json()["case_data_allowed"] is False
    assert anna.get("/api/v1/fuldmagter/9999").status_code == 404


@pytest.mark.parametrize(("changes", "words"), [
    ({"citizen_ref": "0101901234"}, "CPR-nummer"),
    ({"document_base64": "ikke base64!"}, "base64"),
    ({"document_base64": base64.b64encode(b"hello").decode()}, "PDF eller et billede"),
    ({"valid_to": "2026-01-01"}, "udløber"),
])
def test_the_api_refuses_bad_input(client_for: Client, changes: dict[str, object],
                                   words: str) -> None:
    anna = client_for("anna")
    token = anna.get("/api/v1/me").json()["csrf_token"]
    body = {"representative_name": REP[0], "representative_type": "bisidder",
            "citizen_name": CITIZEN, "scope_all": True, "valid_from": "2026-03-01", **changes}
    response = anna.post("/api/v1/fuldmagter", json=body, headers={"X-CSRF-Token": token})
    assert response.status_code == 422 and words in response.text


def test_only_caseworkers_and_team_leaders_register(client_for: Client) -> None:
    lars = client_for("lars")
    assert lars.get("/fuldmagter/ny").status_code == 403
    token = lars.get("/api/v1/me").json()["csrf_token"]
    response = lars.post("/api/v1/fuldmagter", headers={"X-CSRF-Token": token}, json={
        "representative_name": REP[0], "representative_type": "bisidder",
        "citizen_name": CITIZEN, "scope_all": True, "valid_from": "2026-03-01"})
    assert response.status_code == 403
