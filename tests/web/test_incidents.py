"""Pages and API of routing: incidents, shielding, the akut protocol, /regler (SQLite app)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select, update

from borgerpost.config import Settings
from borgerpost.route.apply import route_messages
from borgerpost.route.rules import load_rules
from borgerpost.store import audit
from borgerpost.store.db import Store
from borgerpost.store.tables import Finding, Incident, Message, Staff, Unit, User
from borgerpost.web.app import create_app
from tests.web.conftest import SECRET, Seeded, csrf_of, log_in

DUTY_PHONE = "72 40 99 99"


@dataclass(frozen=True)
class Routed:
    """Ids of the routed messages of this module's seed."""

    threat: int
    insult: int
    akut: int
    anna_staff: int


def _route_seed(store: Store, seeded: Seeded) -> Routed:
    """Anna and Tove get staff rows; Tove is Ydelse's designated colleague; three messages
    are labelled (insult naming Anna, self-harm) and everything is routed."""
    with store.session() as session:
        anna = Staff(name="Anna Ravn", unit="Ydelse", role="sagsbehandler", aliases="")
        tove = Staff(name="Tove Lund", unit="Ydelse", role="teamleder", aliases="")
        session.add_all([anna, tove, Staff(name="Sif Bech", unit="Sekretariat", aliases="")])
        session.flush()
        session.execute(update(User).where(User.username == "anna").values(staff_id=anna.id))
        session.execute(update(User).where(User.username == "tove").values(staff_id=tove.id))
        session.add_all([Unit(name="Ydelse", designated_colleague="tove"), Unit(name="Job")])
        insult, akut = seeded["ydelse2"], seeded["ydelse"]
        for pk, label in ((insult, "insult"), (insult, "criticism"), (akut, "self_harm")):
            session.add(Finding(message_pk=pk, label=label, detector=label))
        session.add(Finding(message_pk=insult, label="case_request", case_kind="klage",
                            detector="case_request"))
        session.add(Finding(message_pk=insult, label="staff_named", detector="staff_named",
                            quote="Anna", reason="Nævner medarbejderen Anna Ravn (fornavn)"))
        session.flush()
        route_messages(session, message_pks=list(seeded.ids.values()), rules=load_rules())
        return Routed(seeded["threat"], insult, akut, anna.id)


@pytest.fixture
def routed(sqlite_store: Store, seeded: Seeded) -> Routed:
    return _route_seed(sqlite_store, seeded)


@pytest.fixture
def app(sqlite_store: Store, sqlite_url: str, routed: Routed, tmp_path: Path) -> FastAPI:
    settings = Settings(db=sqlite_url, secret_key=SECRET, duty_phone=DUTY_PHONE)
    return create_app(settings, store=sqlite_store)


Client = Callable[[str], TestClient]


def _post_form(client: TestClient, url: str, page: str, data: dict[str, object]) -> Any:
    token = csrf_of(client.get(page).text)
    return client.post(url, data={**data, "csrf_token": token}, follow_redirects=False)


def test_security_opens_an_incident_from_a_threat_and_records_a_police_report(
    client_for: Client, routed: Routed, sqlite_store: Store
) -> None:
    sif = client_for("sif")
    page = sif.get(f"/beskeder/{routed.threat}").text
    auto = _incident_of(sqlite_store, routed.threat)  # routing opened one already
    assert f'href="/haendelser/{auto}"' in page
    assert f'href="/haendelser/ny?besked={routed.threat}"' in page
    form = sif.get(f"/haendelser/ny?besked={routed.threat}").text
    assert 'value="trussel" selected' in form and f"hændelse #{auto}" in form
    response = sif.post("/haendelser/ny", follow_redirects=False, data={
        "csrf_token": csrf_of(form), "besked": str(routed.threat), "type": "trussel",
        "channel": "mail", "severity": "kritisk", "units": ["Job"],
        "occurred_on": "2026-03-04", "description": "Trussel mod sagsbehandler i Job."})
    assert response.status_code == 303
    new_url = response.headers["location"].split("?")[0]
    detail = sif.get(new_url).text
    assert f'href="/beskeder/{routed.threat}"' in detail
    response = sif.post(new_url, follow_redirects=False, data={
        "csrf_token": csrf_of(detail), "police_reported": "ja",
        "police_report_date": "2026-03-05", "police_journal_number": "3700-80150-00042-26",
        "follow_up": "Samtale holdt.", "severity": "kritisk", "status": "open",
        "people_field": "1", "staff_ids": [str(routed.anna_staff)]})
    assert response.status_code == 303
    saved = sif.get(response.headers["location"]).text
    assert "Gemt." in saved and 'value="3700-80150-00042-26"' in saved
    assert 'value="2026-03-05"' in saved and "Anna Ravn (Ydelse)" in saved
    with sqlite_store.session() as session:
        incident = session.get(Incident, int(new_url.rsplit("/", 1)[1]))
        assert incident is not None and incident.police_reported
        entries = audit.entries(session, object_id=incident.id)
        assert [e.action for e in entries if e.object_type == "incident"] == [
            "incident.create", "incident.update"]


def _incident_of(store: Store, message_pk: int) -> int:
    from borgerpost.route.incidents import incidents_of_message

    with store.session() as session:
        found: list[int] = incidents_of_message(session, message_pk=message_pk)
        return found[0]


def test_police_report_without_date_and_missing_csrf_are_refused(
    client_for: Client, routed: Routed, sqlite_store: Store
) -> None:
    sif = client_for("sif")
    url = f"/haendelser/{_incident_of(sqlite_store, routed.threat)}"
    bad = _post_form(sif, url, url, {"police_reported": "ja", "status": "open"})
    assert bad.status_code == 400
    assert "Angiv datoen for politianmeldelsen" in bad.text
    no_csrf = sif.post(url, data={"police_reported": "ja"}, follow_redirects=False)
    assert no_csrf.status_code == 403
    cpr = _post_form(sif, "/haendelser/ny", "/haendelser/ny", {
        "type": "trussel", "channel": "telefon", "severity": "lav",
        "description": "Borger 010180-1234 ringede"})
    assert cpr.status_code == 400
    assert "CPR" in cpr.text


@pytest.mark.parametrize(("username", "figures", "listed"), [
    ("sif", 200, True), ("tove", 200, False), ("lene", 200, False), ("anna", 403, False),
])
def test_who_sees_the_register_and_its_figures(
    client_for: Client, routed: Routed, username: str, figures: int, listed: bool
) -> None:
    client = client_for(username)
    page = client.get("/haendelser")
    assert page.status_code == figures
    if figures == 200:
        assert "37 %" in page.text and "Hændelser pr. enhed og måned" in page.text
        assert ("Registrerede hændelser" in page.text) is listed
    if not listed:
        assert client.get("/haendelser/ny").status_code == 403


def test_api_lists_creates_and_updates_incidents(client_for: Client, routed: Routed) -> None:
    sif = client_for("sif")
    token = sif.get("/api/v1/me").json()["csrf_token"]
    before = sif.get("/api/v1/incidents").json()
    assert [i["message_pks"] for i in before] == [[routed.threat]]
    made = sif.post("/api/v1/incidents", headers={"X-CSRF-Token": token}, json={
        "type": "chikane", "channel": "sociale medier", "severity": "middel",
        "units": ["Ydelse"], "staff_ids": [routed.anna_staff]})
    assert made.status_code == 201, made.text
    incident = made.json()
    assert (incident["type"], incident["staff_ids"], incident["status"]) == (
        "chikane", [routed.anna_staff], "open")
    patched = sif.patch(f"/api/v1/incidents/{incident['id']}", headers={"X-CSRF-Token": token},
                        json={"police_reported": True, "police_report_date": "2026-03-01",
                              "police_journal_number": "J-77", "status": "closed"})
    assert patched.status_code == 200, patched.text
    assert (patched.json()["police_journal_number"], patched.json()["closed_by"]) == (
        "J-77", "sif")
    assert sif.patch(f"/api/v1/incidents/{incident['id']}", json={"status": "open"}
                     ).status_code == 403
    unreported = before[0]["id"]  # no report date yet: reporting needs one
    assert sif.patch(f"/api/v1/incidents/{unreported}", headers={"X-CSRF-Token": token},
                     json={"police_reported": True}).status_code == 422
    assert sif.patch("/api/v1/incidents/9999", headers={"X-CSRF-Token": token},
                     json={"status": "open"}).status_code == 404
    assert sif.post("/api/v1/incidents", headers={"X-CSRF-Token": token},
                    json={"type": "mord", "channel": "mail", "severity": "lav"}
                    ).status_code == 422
    figures = sif.get("/api/v1/incidents/figures?date_from=2026-01-01&date_to=2026-12-31")
    assert figures.status_code == 200 and figures.json()["national_share"] == 0.37
    anna = client_for("anna")
    assert anna.get("/api/v1/incidents").status_code == 403
    assert client_for("tove").get(
        "/api/v1/incidents/figures?date_from=2026-01-01&date_to=2026-12-31").status_code == 200


def test_shielded_message_is_a_notice_for_the_named_person_and_work_for_the_colleague(
    client_for: Client, routed: Routed, sqlite_store: Store
) -> None:
    anna = client_for("anna")
    inbox = anna.get("/").text
    assert f'href="/beskeder/{routed.insult}"' not in inbox
    assert "Der er en besked om dig (skærmet)" in inbox
    assert f'href="/beskeder/{routed.insult}/skaermet"' in inbox
    assert anna.get(f"/api/v1/messages/{routed.insult}").status_code == 403
    assert routed.insult not in {m["id"] for m in anna.get("/api/v1/messages").json()["items"]}
    redirect = anna.get(f"/beskeder/{routed.insult}", follow_redirects=False)
    assert redirect.headers["location"] == f"/beskeder/{routed.insult}/skaermet"
    confirm = anna.get(redirect.headers["location"]).text
    assert "Tove (tove)" in confirm and "Ja, vis beskeden" in confirm
    opened = anna.post(f"/beskeder/{routed.insult}/skaermet", follow_redirects=False,
                       data={"csrf_token": csrf_of(confirm)})
    assert opened.headers["location"] == f"/beskeder/{routed.insult}"
    page = anna.get(f"/beskeder/{routed.insult}").text
    assert "Indholdsadvarsel:" in page and "<details" in page
    tove = client_for("tove")
    assert f'href="/beskeder/{routed.insult}"' in tove.get("/").text
    tove_page = tove.get(f"/beskeder/{routed.insult}").text
    assert "Anna Ravn" in tove_page and "får ikke beskeden" in tove_page
    token = csrf_of(tove_page)
    refused = tove.post(f"/beskeder/{routed.insult}/tildel", follow_redirects=False,
                        data={"csrf_token": token, "assignee": "anna"})
    assert refused.status_code == 403 and "skærmet" in refused.text
    with sqlite_store.session() as session:
        assert audit.entries(session, action="shielding.open", actor="anna")
        message = session.get(Message, routed.insult)
        assert message is not None and message.assigned_to == "tove"


def test_deadline_list_names_no_shielded_subject_to_the_named_person(
    client_for: Client, routed: Routed
) -> None:
    subject = "Klage over afgørelse"  # the seeded ydelse2 message, now shielded from anna
    anna = client_for("anna").get("/frister").text
    assert subject not in anna
    assert f'href="/beskeder/{routed.insult}/skaermet"' in anna
    assert subject in client_for("tove").get("/frister").text


def test_akut_shows_the_protocol_and_who_saw_it_first(
    client_for: Client, routed: Routed, sqlite_store: Store
) -> None:
    tove = client_for("tove")
    assert "Ikke set af nogen endnu" in tove.get("/").text  # the akut row, before anyone read it
    page = client_for("anna").get(f"/beskeder/{routed.akut}").text
    for needed in ("Protokol ved risiko for selvskade", "Ring borgeren op i dag", DUTY_PHONE,
                   "70 201 201", "112", "Først set af en medarbejder", "(anna)"):
        assert needed in page
    client_for("tove").get(f"/beskeder/{routed.akut}")
    with sqlite_store.session() as session:
        message = session.get(Message, routed.akut)
        assert message is not None
        assert (message.queue, message.first_seen_by) == ("akut", "anna")
    inbox = tove.get("/").text
    assert "Ikke set af nogen endnu" not in inbox and "Først set" in inbox
    (listed,) = [m for m in tove.get("/api/v1/messages").json()["items"]
                 if m["id"] == routed.akut]
    assert listed["first_seen_at"] is not None
    assert "Akut" in client_for("tove").get("/").text
    plain = client_for("anna").get(f"/beskeder/{routed.insult}", follow_redirects=False)
    assert plain.status_code == 303  # the shielded one: not the protocol page


def test_rules_page_shows_the_rules_and_a_broken_file(
    client_for: Client, sqlite_store: Store, sqlite_url: str, tmp_path: Path
) -> None:
    page = client_for("anna").get("/regler").text
    assert "Regelfilen er gyldig" in page and "selvskade" in page and "70 201 201" in page
    broken = tmp_path / "regler.yaml"
    broken.write_text("version: 1\nrules: []\n", encoding="utf-8")
    app = create_app(Settings(db=sqlite_url, secret_key=SECRET, rules=str(broken)),
                     store=sqlite_store)
    with TestClient(app) as client:
        log_in(client, "anna")
        text = client.get("/regler").text
        assert "Regelfilen er ugyldig" in text and "regler.yaml" in text
        with sqlite_store.session() as session:
            pk = session.scalar(select(Message.id).where(Message.unit == "Ydelse"))
        assert client.get(f"/beskeder/{pk}", follow_redirects=True).status_code == 200
