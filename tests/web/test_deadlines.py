"""Deadlines in the web app: inbox column and sorting, message page actions, fristbrev,
``/frister`` and ``GET /api/v1/deadlines``.

The app's clock is fixed at Monday 9 March 2026, 10:00 Danish time. Seeded case requests
(received dates from tests/web/conftest.py):

    ydelse   aktindsigt  received Mon 2 Mar  due Wed 11 Mar (3,4,5,6,9,10,11) — "om 2
             arbejdsdage"; the fristbrev is offered from working day 5 = Mon 9 Mar
    ydelse2  klage       received Thu 5 Mar  4 weeks = Thu 2 Apr (Skærtorsdag) → Tue 7 Apr
    job      moede       received Tue 3 Mar  3 working days = Fri 6 Mar — overdue
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from borgerpost.route.cases import open_case_requests
from borgerpost.store import audit
from borgerpost.store.db import Store
from borgerpost.store.tables import CasePause, CaseRequest, Finding
from tests.web.conftest import Seeded, csrf_of

NOW = datetime(2026, 3, 9, 9, 0, tzinfo=UTC)  # 10:00 in Denmark
KINDS = {"ydelse": "aktindsigt", "ydelse2": "klage", "job": "moede"}
Clients = Callable[[str], TestClient]


@pytest.fixture
def cases_of(app: FastAPI, sqlite_store: Store, seeded: Seeded) -> dict[str, int]:
    """Case requests opened from seeded case_request findings; the app clock fixed at NOW."""
    app.state.clock = lambda: NOW
    ids: dict[str, int] = {}
    with sqlite_store.session() as session:
        for name, kind in KINDS.items():
            session.add(Finding(message_pk=seeded[name], label="case_request", case_kind=kind,
                                detector="case_request", detector_version="1", field="body",
                                start=0, end=3, quote="Hej", reason="anmodning", rule="t"))
            session.flush()
            (case,) = open_case_requests(session, message_pk=seeded[name])
            ids[name] = case.id
    return ids


def _case(store: Store, case_id: int) -> CaseRequest:
    with store.session() as session:
        case = session.get(CaseRequest, case_id)
        assert case is not None
        return case


def _order(html: str, seeded: Seeded, names: list[str]) -> list[str]:
    """``names`` in the order their message links appear in ``html``."""
    where = {name: html.index(f'href="/beskeder/{seeded[name]}"') for name in names}
    return sorted(names, key=where.__getitem__)


def test_inbox_shows_deadlines(client_for: Clients, cases_of: dict[str, int]) -> None:
    html = client_for("anna").get("/").text
    assert "<th scope=\"col\">Frist</th>" in html
    assert "11.03.2026" in html and "om 2 arbejdsdage" in html
    assert "07.04.2026" in html and "om 18 arbejdsdage" in html
    bent = client_for("bent").get("/").text
    assert "06.03.2026" in bent and "overskredet" in bent


def test_inbox_sorts_by_deadline(client_for: Clients, cases_of: dict[str, int],
                                 seeded: Seeded) -> None:
    client = client_for("anna")
    names = ["ydelse", "ydelse2", "broken"]
    assert _order(client.get("/").text, seeded, names) == ["ydelse2", "ydelse", "broken"]
    sorted_html = client.get("/?sorter=frist").text
    assert _order(sorted_html, seeded, names) == ["ydelse", "ydelse2", "broken"]
    assert '<option value="frist" selected>' in sorted_html


def test_closed_requests_leave_the_inbox_sort(client_for: Clients, cases_of: dict[str, int],
                                              seeded: Seeded, sqlite_store: Store) -> None:
    with sqlite_store.session() as session:
        case = session.get(CaseRequest, cases_of["ydelse"])
        assert case is not None
        case.status = "closed"
    html = client_for("anna").get("/?sorter=frist").text
    assert _order(html, seeded, ["ydelse", "ydelse2", "broken"]) == [
        "ydelse2", "ydelse", "broken"]


def test_message_page_lists_case_requests(client_for: Clients, cases_of: dict[str, int],
                                          seeded: Seeded) -> None:
    html = client_for("anna").get(f"/beskeder/{seeded['ydelse']}").text
    assert 'id="frister"' in html and "Aktindsigt" in html and "11. marts 2026" in html
    assert f"/sager/{cases_of['ydelse']}/fristbrev\">Fristbrev</a>" in html
    assert f"/sager/{cases_of['ydelse']}/pause" in html
    klage = client_for("anna").get(f"/beskeder/{seeded['ydelse2']}").text
    assert "Klage" in klage and "Fristbrev</a>" not in klage
    assert "videresendt_ankestyrelsen" in klage


def test_readers_outside_the_unit_get_no_buttons(client_for: Clients, cases_of: dict[str, int],
                                                 seeded: Seeded) -> None:
    html = client_for("lars").get(f"/beskeder/{seeded['ydelse']}").text
    assert "Aktindsigt" in html and "/pause" not in html and "Fristbrev</a>" not in html


def _post(client: TestClient, url: str, page: str, **data: str) -> int:
    token = csrf_of(client.get(page).text)
    response = client.post(url, data={"csrf_token": token, **data}, follow_redirects=False)
    return response.status_code


def test_pause_resume_close_through_the_page(client_for: Clients, cases_of: dict[str, int],
                                             seeded: Seeded, sqlite_store: Store) -> None:
    client, pk, case_id = client_for("anna"), seeded["ydelse2"], cases_of["ydelse2"]
    page, base = f"/beskeder/{pk}", f"/beskeder/{pk}/sager/{case_id}"
    assert _post(client, f"{base}/pause", page, reason="Venter på lægeerklæring") == 303
    assert _case(sqlite_store, case_id).status == "paused"
    assert "På pause" in client.get(page).text
    assert _post(client, f"{base}/genoptag", page) == 303
    assert _case(sqlite_store, case_id).due_on == date(2026, 4, 7)  # same day: 0 days
    assert _post(client, f"{base}/luk", page, outcome="videresendt_ankestyrelsen") == 303
    closed = _case(sqlite_store, case_id)
    assert (closed.status, closed.outcome, closed.closed_by) == (
        "closed", "videresendt_ankestyrelsen", "anna")
    with sqlite_store.session() as session:
        (pause,) = session.scalars(select(CasePause).where(CasePause.case_request_id == case_id))
        assert (pause.reason, pause.actor, pause.working_days) == (
            "Venter på lægeerklæring", "anna", 0)
        actions = [e.action for e in audit.entries(session, object_id=case_id)
                   if e.object_type == "case_request"]
    assert actions == ["case.open", "case.pause", "case.resume", "case.close"]


@pytest.mark.parametrize(("action", "data", "why"), [
    ("pause", {"reason": "  "}, "skriv hvorfor"),
    ("luk", {"outcome": "ukendt"}, "ukendt udfald"),
    ("genoptag", {}, "kan ikke genoptages"),
])
def test_refused_state_changes_say_why(client_for: Clients, cases_of: dict[str, int],
                                       seeded: Seeded, action: str, data: dict[str, str],
                                       why: str) -> None:
    client, pk = client_for("anna"), seeded["ydelse2"]
    token = csrf_of(client.get(f"/beskeder/{pk}").text)
    response = client.post(f"/beskeder/{pk}/sager/{cases_of['ydelse2']}/{action}",
                           data={"csrf_token": token, **data}, follow_redirects=False)
    assert response.status_code == 409
    assert why in response.text


@pytest.mark.parametrize("username", ["bent", "lars", "sif"])
def test_only_the_unit_may_change_deadlines(client_for: Clients, cases_of: dict[str, int],
                                            seeded: Seeded, sqlite_store: Store,
                                            username: str) -> None:
    client = client_for(username)
    token = csrf_of(client.get("/").text)
    url = f"/beskeder/{seeded['ydelse']}/sager/{cases_of['ydelse']}/pause"
    response = client.post(url, data={"csrf_token": token, "reason": "x"},
                           follow_redirects=False)
    assert response.status_code == 403
    assert _case(sqlite_store, cases_of["ydelse"]).status == "open"
    with sqlite_store.session() as session:
        assert audit.entries(session, actor=username, action="case.change.denied")


def test_changes_need_csrf(client_for: Clients, cases_of: dict[str, int], seeded: Seeded,
                           sqlite_store: Store) -> None:
    url = f"/beskeder/{seeded['ydelse']}/sager/{cases_of['ydelse']}/pause"
    response = client_for("anna").post(url, data={"reason": "x"}, follow_redirects=False)
    assert response.status_code == 403
    assert _case(sqlite_store, cases_of["ydelse"]).status == "open"


def test_case_of_another_message_is_not_found(client_for: Clients, cases_of: dict[str, int],
                                              seeded: Seeded) -> None:
    client = client_for("tove")
    status = _post(client, f"/beskeder/{seeded['ydelse']}/sager/{cases_of['ydelse2']}/pause",
                   "/", reason="x")
    assert status == 404


def test_fristbrev_page_and_sending(client_for: Clients, cases_of: dict[str, int],
                                    seeded: Seeded, sqlite_store: Store) -> None:
    client, pk, case_id = client_for("anna"), seeded["ydelse"], cases_of["ydelse"]
    page = client.get(f"/beskeder/{pk}/sager/{case_id}/fristbrev")
    assert page.status_code == 200
    letter = re.search(r'<textarea id="letter"[^>]*>(.*?)</textarea>', page.text, re.S)
    assert letter is not None
    text = letter.group(1)
    assert "Kære Borger.A" in text and "[SKRIV BEGRUNDELSEN HER" in text
    assert "2. marts 2026" in text and "11. marts 2026" in text
    # 14 working days after 2 March: 3, 4, 5, 6, 9 … 13, 16 … 20 March.
    assert "fredag den 20. marts 2026" in text
    assert "offentlighedsloven § 36" in text
    with sqlite_store.session() as session:
        views = audit.entries(session, actor="anna", action="message.view", object_id=pk)
        assert views[-1].detail == {"channel": "fristbrev"}
    assert _post(client, f"/beskeder/{pk}/sager/{case_id}/fristbrev",
                 f"/beskeder/{pk}/sager/{case_id}/fristbrev") == 303
    sent = _case(sqlite_store, case_id)
    assert sent.due_on == date(2026, 3, 20) and sent.fristbrev_sent_by == "anna"
    assert client.get(f"/beskeder/{pk}/sager/{case_id}/fristbrev").status_code == 409


def test_fristbrev_is_not_offered_before_working_day_five(
    app: FastAPI, client_for: Clients, cases_of: dict[str, int], seeded: Seeded
) -> None:
    app.state.clock = lambda: datetime(2026, 3, 6, 9, 0, tzinfo=UTC)
    client = client_for("anna")
    response = client.get(f"/beskeder/{seeded['ydelse']}/sager/{cases_of['ydelse']}/fristbrev")
    assert response.status_code == 409 and "09.03.2026" in response.text
    assert "Fristbrev</a>" not in client.get(f"/beskeder/{seeded['ydelse']}").text


def _section(html: str, key: str) -> str:
    match = re.search(rf'<section class="card" aria-labelledby="h-{key}">(.*?)</section>',
                      html, re.S)
    assert match is not None, key
    return match.group(1)


def test_frister_page_per_unit(client_for: Clients, cases_of: dict[str, int],
                               seeded: Seeded) -> None:
    anna = client_for("anna").get("/frister").text
    assert "Spørgsmål om ydelse" in _section(anna, "snart")
    assert "Fristbrev klar" in _section(anna, "snart")
    assert "Klage over afgørelse" in _section(anna, "oevrige")
    assert "Ingen." in _section(anna, "overskredet")
    assert "Møde på torsdag" not in anna
    bent = client_for("bent").get("/frister").text
    assert "Møde på torsdag" in _section(bent, "overskredet")
    assert "overskredet" in _section(bent, "overskredet")
    lars = client_for("lars").get("/frister").text
    assert "Møde på torsdag" in lars and "Spørgsmål om ydelse" in lars


def test_frister_page_needs_a_unit(client_for: Clients, cases_of: dict[str, int]) -> None:
    assert client_for("lene").get("/frister").status_code == 403


def test_api_deadlines(client_for: Clients, cases_of: dict[str, int], seeded: Seeded) -> None:
    anna = client_for("anna")
    body = anna.get("/api/v1/deadlines").json()
    assert body["today"] == "2026-03-09"
    assert [(i["kind"], i["due_on"], i["deadline_text"]) for i in body["items"]] == [
        ("aktindsigt", "2026-03-11", "om 2 arbejdsdage"),
        ("klage", "2026-04-07", "om 18 arbejdsdage")]
    assert body["items"][0]["fristbrev_offered"] is True
    assert body["items"][0]["message_id"] == seeded["ydelse"]
    assert anna.get("/api/v1/deadlines?overdue=true").json()["items"] == []
    assert anna.get("/api/v1/deadlines?unit=Job").status_code == 403
    late = client_for("bent").get("/api/v1/deadlines?overdue=true").json()["items"]
    assert [(i["kind"], i["overdue"]) for i in late] == [("moede", True)]
    lars = client_for("lars").get("/api/v1/deadlines?unit=Job").json()["items"]
    assert [i["kind"] for i in lars] == ["moede"]
    assert client_for("lene").get("/api/v1/deadlines").status_code == 403


def test_api_needs_login(app: FastAPI, cases_of: dict[str, int]) -> None:
    with TestClient(app) as client:
        assert client.get("/api/v1/deadlines").status_code == 401
