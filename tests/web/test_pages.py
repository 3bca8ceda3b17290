"""The pages: who sees which message, what is audited, highlighting, filters, assignment."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from borgerpost.store.db import Store
from borgerpost.store.tables import AuditEntry, Message
from tests.web.conftest import MESSAGES, Seeded, csrf_of

Client = Callable[[str], TestClient]


def _audit(store: Store, action: str | None = None) -> list[AuditEntry]:
    with store.session() as session:
        query = select(AuditEntry).order_by(AuditEntry.id)
        if action:
            query = query.where(AuditEntry.action == action)
        return list(session.scalars(query))


def _listed(html: str) -> set[int]:
    return {int(n) for n in re.findall(r'href="/beskeder/(\d+)"', html)}


def _body(name: str) -> str:
    return MESSAGES[name][0].body_text


@pytest.mark.parametrize(("username", "expected"), [
    ("anna", {"ydelse", "ydelse2", "broken"}),
    ("bent", {"job", "threat", "secq"}),
    ("tove", {"ydelse", "ydelse2", "broken"}),
    ("sif", {"threat", "secq"}),
    ("lars", set(MESSAGES)),
])
def test_inbox_lists_what_the_role_allows(
    client_for: Client, seeded: Seeded, username: str, expected: set[str]
) -> None:
    response = client_for(username).get("/")
    assert response.status_code == 200
    assert _listed(response.text) == {seeded[n] for n in expected}


def test_inbox_never_shows_bodies(client_for: Client, seeded: Seeded) -> None:
    html = client_for("anna").get("/").text
    assert "Spørgsmål om ydelse" in html
    assert "udbetalt" not in html


def test_manager_without_grant_is_sent_to_the_overview(client_for: Client, seeded: Seeded) -> None:
    client = client_for("lene")
    response = client.get("/", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/oversigt"
    overview = client.get("/oversigt")
    assert overview.status_code == 200
    assert "Pr. enhed" in overview.text and "Trussel" in overview.text
    assert "Sidste advarsel" not in overview.text and "passe på" not in overview.text
    assert client.get(f"/beskeder/{seeded['threat']}").status_code == 403


def test_caseworker_gets_403_for_another_units_message(
    client_for: Client, seeded: Seeded, sqlite_store: Store
) -> None:
    client = client_for("anna")
    response = client.get(f"/beskeder/{seeded['job']}")
    assert response.status_code == 403
    assert "Du har ikke adgang til denne besked." in response.text
    assert _body("job") not in response.text
    denied = _audit(sqlite_store, "message.view.denied")
    assert [(e.actor, e.object_id) for e in denied] == [("anna", str(seeded["job"]))]
    assert _audit(sqlite_store, "message.view") == []


def test_message_view_shows_text_and_is_audited(
    client_for: Client, seeded: Seeded, sqlite_store: Store
) -> None:
    response = client_for("anna").get(f"/beskeder/{seeded['ydelse']}")
    assert response.status_code == 200
    assert _body("ydelse") in response.text
    assert "lønseddel.pdf" in response.text and "borger.a@example.test" in response.text
    views = _audit(sqlite_store, "message.view")
    assert [(e.actor, e.object_type, e.object_id, e.detail) for e in views] == [
        ("anna", "message", str(seeded["ydelse"]), {"channel": "page"})
    ]
    assert views[0].at is not None


def test_audit_rows_never_hold_message_text(
    client_for: Client, seeded: Seeded, sqlite_store: Store
) -> None:
    client = client_for("sif")
    for name in ("threat", "secq", "job"):
        client.get(f"/beskeder/{seeded[name]}")
    client.get("/", params={"q": "advarsel"})
    rows = _audit(sqlite_store)
    assert {e.action for e in rows} >= {"message.view", "message.view.denied", "message.search"}
    dumped = " ".join(f"{e.actor} {e.action} {e.object_id} {e.detail}" for e in rows)
    for message, _, _ in MESSAGES.values():
        for word in (message.body_text.split() + message.subject.split()):
            if len(word) > 4:
                assert word not in dumped
    assert "advarsel" not in dumped


def test_security_lead_reads_a_threat_in_another_unit(client_for: Client, seeded: Seeded) -> None:
    client = client_for("sif")
    assert client.get(f"/beskeder/{seeded['threat']}").status_code == 200
    assert client.get(f"/beskeder/{seeded['secq']}").status_code == 200
    assert client.get(f"/beskeder/{seeded['job']}").status_code == 403


def test_granted_manager_reads_bodies(client_for: Client, seeded: Seeded) -> None:
    response = client_for("lars").get(f"/beskeder/{seeded['job']}")
    assert response.status_code == 200 and _body("job") in response.text


def test_evidence_is_marked_and_html_is_escaped(client_for: Client, seeded: Seeded) -> None:
    html = client_for("bent").get(f"/beskeder/{seeded['threat']}").text
    assert '<mark title="truende vending">passe på &lt;b&gt;dig</mark>' in html
    assert "<b>dig" not in html
    assert "&lt;/b&gt; &amp; din familie." in html
    assert "Trussel" in html and "vurdering 90 %" in html


def test_quarantined_message_shows_its_parse_error(client_for: Client, seeded: Seeded) -> None:
    html = client_for("anna").get(f"/beskeder/{seeded['broken']}").text
    assert "Karantæne" in html and "ugyldig MIME-struktur" in html


def test_unknown_message_is_404(client_for: Client, seeded: Seeded) -> None:
    response = client_for("anna").get("/beskeder/999999")
    assert response.status_code == 404 and "Beskeden findes ikke." in response.text


def test_attachment_download_is_audited_and_scoped(
    client_for: Client, seeded: Seeded, sqlite_store: Store
) -> None:
    with sqlite_store.session() as session:
        message = session.get(Message, seeded["ydelse"])
        assert message is not None
        attachment_pk = message.attachments[0].id
    url = f"/beskeder/{seeded['ydelse']}/bilag/{attachment_pk}"
    response = client_for("anna").get(url)
    assert response.status_code == 200 and response.content == b"%PDF-1.4 test"
    assert response.headers["content-type"] == "application/octet-stream"
    assert "filename*=UTF-8''l%C3%B8nseddel.pdf" in response.headers["content-disposition"]
    assert client_for("bent").get(url).status_code == 403
    wrong_message = f"/beskeder/{seeded['job']}/bilag/{attachment_pk}"
    assert client_for("anna").get(wrong_message).status_code == 404
    downloads = _audit(sqlite_store, "attachment.download")
    assert [(e.actor, e.object_id, e.detail) for e in downloads] == [
        ("anna", str(attachment_pk), {"message": seeded["ydelse"]})
    ]


def test_sender_page_lists_only_visible_messages(client_for: Client, seeded: Seeded) -> None:
    response = client_for("anna").get("/afsendere/Borger.A@example.test")
    assert response.status_code == 200
    assert _listed(response.text) == {seeded["ydelse"]}
    assert _listed(client_for("lars").get("/afsendere/borger.a@example.test").text) == {
        seeded["ydelse"], seeded["job"]}


@pytest.mark.parametrize(("params", "expected"), [
    ({"koe": "klager"}, {"ydelse2"}),
    ({"etiket": "threat"}, {"threat"}),
    ({"afsender": "BORGER.A"}, {"ydelse", "job"}),
    ({"afsender": "Vred"}, {"threat"}),
    ({"fra": "2026-03-04"}, {"threat", "ydelse2", "secq"}),
    ({"til": "2026-03-02"}, {"ydelse", "broken"}),
    ({"fra": "2026-03-03", "til": "2026-03-04"}, {"job", "threat"}),
    ({"q": "ærlige ørsted"}, {"ydelse"}),
    ({"q": "MØDE"}, {"job"}),
    ({"q": "100%"}, set()),
    ({"q": "klage", "koe": "udbetaling"}, set()),
])
def test_inbox_filters(
    client_for: Client, seeded: Seeded, params: dict[str, str], expected: set[str]
) -> None:
    response = client_for("lars").get("/", params=params)
    assert response.status_code == 200
    listed = _listed(response.text)
    assert listed == {seeded[n] for n in expected}


def test_bad_date_is_reported_not_fatal(client_for: Client, seeded: Seeded) -> None:
    response = client_for("anna").get("/", params={"fra": "i går"})
    assert response.status_code == 200
    assert "Ugyldig dato" in response.text
    assert len(_listed(response.text)) == 3


def test_inbox_pages_by_fifty(client_for: Client, seeded: Seeded, sqlite_store: Store) -> None:
    from borgerpost.model import IncomingMessage, Source
    from borgerpost.store.messages import store_batch

    extra = [IncomingMessage(raw=f"side-{i}".encode(), source=Source.DEMO, subject=f"s{i}")
             for i in range(60)]
    stored = store_batch(sqlite_store, extra).stored_ids
    assert stored is not None
    with sqlite_store.session() as session:
        for message in session.scalars(select(Message).where(Message.id.in_(stored.values()))):
            message.unit = "Ydelse"
    client = client_for("anna")
    first = client.get("/")
    assert len(_listed(first.text)) == 50 and "Ældre →" in first.text
    second = client.get("/", params={"side": 2})
    assert len(_listed(second.text)) == 13
    assert not _listed(first.text) & _listed(second.text)


def test_teamleder_assigns_within_the_unit(
    client_for: Client, seeded: Seeded, sqlite_store: Store
) -> None:
    client = client_for("tove")
    page = client.get(f"/beskeder/{seeded['ydelse']}").text
    assert "Tildel til" in page and 'value="anna"' in page and 'value="bent"' not in page
    token = csrf_of(page)
    url = f"/beskeder/{seeded['ydelse']}/tildel"
    assert client.post(url, data={"assignee": "anna"}).status_code == 403  # no CSRF token
    response = client.post(url, data={"assignee": "anna", "csrf_token": token},
                           follow_redirects=False)
    assert response.status_code == 303
    assert client.post(url, data={"assignee": "bent", "csrf_token": token}).status_code == 403
    with sqlite_store.session() as session:
        message = session.get(Message, seeded["ydelse"])
        assert message is not None and message.assigned_to == "anna"
    assigned = _audit(sqlite_store, "message.assign")
    assert [(e.actor, e.detail) for e in assigned] == [("tove", {"assignee": "anna"})]


def test_caseworker_cannot_assign(client_for: Client, seeded: Seeded) -> None:
    client = client_for("anna")
    page = client.get(f"/beskeder/{seeded['ydelse']}").text
    assert "Tildel til" not in page
    response = client.post(f"/beskeder/{seeded['ydelse']}/tildel",
                           data={"assignee": "anna", "csrf_token": csrf_of(page)})
    assert response.status_code == 403


def test_caseworker_has_no_overview(client_for: Client, seeded: Seeded) -> None:
    client = client_for("anna")
    assert client.get("/oversigt").status_code == 403
    assert 'href="/oversigt"' not in client.get("/").text
