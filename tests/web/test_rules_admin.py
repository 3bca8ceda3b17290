"""``/regler``: leder and sikkerhed try a replacement rules file, then activate it (SQLite app).

The YAML file stays the source of truth: activation writes the file ``BORGERPOST_RULES``
names (the old one kept beside it), audits it, and this process routes by it at once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from borgerpost.config import Settings
from borgerpost.route import rules_admin
from borgerpost.route.apply import active_rules
from borgerpost.store import audit
from borgerpost.store.db import Store
from borgerpost.store.tables import Finding, Message
from borgerpost.web.app import create_app
from tests.web.conftest import (
    SECRET,
    SELF_HARM_TO_SECURITY,
    SHIPPED_RULES,
    Seeded,
    csrf_of,
    log_in,
    logged_in_clients,
)

SHIPPED = SHIPPED_RULES
Client = Callable[[str], TestClient]


@pytest.fixture
def client_for(sqlite_store: Store, sqlite_url: str, seeded: Seeded, rules_path: Path
               ) -> Iterator[Client]:
    """Clients of an app whose rules are the file at ``rules_path``, with one routed
    self-harm message among the seed."""
    with sqlite_store.session() as session:
        session.add(Finding(message_pk=seeded["ydelse"], label="self_harm", detector="x"))
        message = session.get(Message, seeded["ydelse"])
        assert message is not None
        message.queue = "akut"
    settings = Settings(db=sqlite_url, secret_key=SECRET, rules=str(rules_path))
    with logged_in_clients(create_app(settings, store=sqlite_store)) as make:
        yield make


def _try(client: TestClient, text: str | bytes) -> tuple[int, str]:
    token = csrf_of(client.get("/regler").text)
    data = text if isinstance(text, bytes) else text.encode()
    response = client.post("/regler/afproev", data={"csrf_token": token},
                           files={"fil": ("rules.yaml", data, "application/yaml")})
    return response.status_code, response.text


def _activation_form(page: str) -> dict[str, str]:
    base = re.search(r'name="grundlag" value="([^"]+)"', page)
    text = re.search(r'<textarea id="tekst" name="tekst"[^>]*>\n(.*?)</textarea>', page, re.S)
    assert base and text, "no activation form on the page"
    from html import unescape

    return {"csrf_token": csrf_of(page), "grundlag": base.group(1),
            "tekst": unescape(text.group(1)).replace("\n", "\r\n")}  # as a browser sends it


@pytest.mark.parametrize("username", ["anna", "tove"])
def test_other_roles_read_the_rules_and_may_not_replace_them(
    client_for: Client, sqlite_store: Store, username: str
) -> None:
    client = client_for(username)
    page = client.get("/regler").text
    assert "Regelfilen er gyldig" in page and "Skift regelfilen" not in page
    assert client.get("/regler/fil").text == SHIPPED  # reading the file is for everyone
    token = csrf_of(page)
    assert client.post("/regler/afproev", data={"csrf_token": token, "tekst": SHIPPED}
                       ).status_code == 403
    assert client.post("/regler/aktiver", data={"csrf_token": token, "tekst": SHIPPED,
                                                "grundlag": "x"}).status_code == 403
    with sqlite_store.session() as session:
        denied = [e.action for e in audit.entries(session, actor=username)
                  if e.object_type == "rules"]
        assert denied == ["rules.try.denied", "rules.activate.denied"]


@pytest.mark.parametrize("username", ["sif", "lene"])
def test_an_invalid_file_is_refused_with_the_rule_and_field(
    client_for: Client, rules_path: Path, username: str
) -> None:
    client = client_for(username)
    assert "Skift regelfilen" in client.get("/regler").text
    status, page = _try(client, SHIPPED.replace("queue: akut\n", "queue: akutt\n"))
    assert status == 400
    assert "Forslaget er ugyldigt" in page
    assert "regel &#39;selvskade&#39;, felt &#39;queue&#39;: ukendt kø &#39;akutt&#39;" in page
    assert _try(client, "æ".encode("latin-1"))[0] == 400
    assert rules_path.read_text(encoding="utf-8") == SHIPPED


def test_trying_shows_the_changes_and_the_preview_then_activation_writes_and_audits(
    client_for: Client, sqlite_store: Store, rules_path: Path, seeded: Seeded
) -> None:
    settings = Settings(db="sqlite://", rules=str(rules_path))
    assert active_rules(settings).decide({"self_harm"}, [], [], "Job").queue == "akut"
    sif = client_for("sif")
    status, page = _try(sif, SELF_HARM_TO_SECURITY)
    assert status == 200
    assert "Forslaget er gyldigt" in page and "Intet er ændret endnu" in page
    assert "Ændrede regler: <strong>selvskade</strong>" in page
    assert re.search(r"<td>akut</td><td>sikkerhed</td><td class=\"num\">1</td>", page)
    assert rules_path.read_text(encoding="utf-8") == SHIPPED  # trying writes nothing
    old = rules_admin.fingerprint(SHIPPED)
    assert f'name="grundlag" value="{old}"' in page

    response = sif.post("/regler/aktiver", data=_activation_form(page),
                        follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/regler?aktiveret=1"
    assert rules_path.read_text(encoding="utf-8") == SELF_HARM_TO_SECURITY  # LF, as tried
    (backup,) = rules_path.parent.glob("rules.yaml.*.bak")
    assert backup.read_text(encoding="utf-8") == SHIPPED
    after = sif.get(response.headers["location"]).text
    assert "De nye regler er aktiveret" in after and "Regelfilen er gyldig" in after
    assert "De nye regler er aktiveret" not in sif.get("/regler").text
    with sqlite_store.session() as session:
        (entry,) = audit.entries(session, action="rules.activate")
        assert (entry.actor, entry.object_id) == ("sif", "rules.yaml")
        assert entry.detail == {"old": old, "new": rules_admin.fingerprint(SELF_HARM_TO_SECURITY),
                                "rules": 11}
    # this process routes by the new file at once (the cached rules were dropped)
    assert active_rules(settings).decide({"self_harm"}, [], [], "Job").queue == "sikkerhed"


def test_a_file_changed_since_it_was_tried_is_not_overwritten(
    client_for: Client, sqlite_store: Store, rules_path: Path
) -> None:
    sif = client_for("sif")
    _, page = _try(sif, SELF_HARM_TO_SECURITY)
    form = _activation_form(page)
    edited = SHIPPED.replace("Ring 112", "Ring straks 112")
    rules_path.write_text(edited, encoding="utf-8")  # someone else changed it meanwhile
    response = sif.post("/regler/aktiver", data=form)
    assert response.status_code == 409
    assert "ændret, siden forslaget blev afprøvet" in response.text
    assert rules_path.read_text(encoding="utf-8") == edited
    forged = sif.post("/regler/aktiver", data={**form, "grundlag": "sha256:00 11"})
    assert forged.status_code == 409
    invalid = sif.post("/regler/aktiver", data={
        **form, "grundlag": rules_admin.fingerprint(edited), "tekst": "version: 1\n"})
    assert invalid.status_code == 400 and "Forslaget er ugyldigt" in invalid.text
    assert rules_path.read_text(encoding="utf-8") == edited
    with sqlite_store.session() as session:
        assert not audit.entries(session, action="rules.activate")


def test_activation_needs_the_csrf_token(client_for: Client, rules_path: Path) -> None:
    sif = client_for("sif")
    _, page = _try(sif, SELF_HARM_TO_SECURITY)
    form = _activation_form(page)
    del form["csrf_token"]
    assert sif.post("/regler/aktiver", data=form).status_code == 403
    assert sif.post("/regler/afproev", data={"tekst": SHIPPED}).status_code == 403
    assert rules_path.read_text(encoding="utf-8") == SHIPPED


def test_without_a_rules_file_setting_a_file_can_be_tried_not_activated(
    sqlite_store: Store, sqlite_url: str, seeded: Seeded
) -> None:
    app = create_app(Settings(db=sqlite_url, secret_key=SECRET), store=sqlite_store)
    with TestClient(app) as sif:
        log_in(sif, "sif")
        assert "skal <code>BORGERPOST_RULES</code> pege på en fil" in sif.get("/regler").text
        status, page = _try(sif, SELF_HARM_TO_SECURITY)
        assert status == 200 and "Forslaget kan ikke aktiveres her" in page
        assert 'action="/regler/aktiver"' not in page
        refused = sif.post("/regler/aktiver", data={
            "csrf_token": csrf_of(page), "tekst": SELF_HARM_TO_SECURITY,
            "grundlag": rules_admin.fingerprint(SHIPPED)})
        assert refused.status_code == 400 and "BORGERPOST_RULES" in refused.text
    assert rules_admin.current_text("") == SHIPPED
    with sqlite_store.session() as session:
        assert not audit.entries(session, action="rules.activate")
