"""Volume control on the pages and API: digest switch, digest items, marks, figures, /volumen."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from borgerpost.model import IncomingMessage, Source
from borgerpost.route.apply import route_stored
from borgerpost.store.db import Store
from borgerpost.store.messages import store_batch
from borgerpost.store.tables import AuditEntry, DigestSender, Finding
from tests.web.conftest import Seeded, csrf_of

Client = Callable[[str], TestClient]
FLOODER = "flood@example.test"
SENDER_PAGE = f"/afsendere/{FLOODER}"


@dataclass(frozen=True)
class Volume:
    """Ids of the volume seed: the flood, its threat, an auto-reply and a re-sent pair."""

    flood: list[int]
    threat: int
    auto: int
    original: int
    resend: int


def _mail(key: str, body: str, *, sender: str, days_ago: int, hour: int, subject: str,
          auto: bool = False, unit: str = "Ydelse") -> IncomingMessage:
    when = (datetime.now(UTC) - timedelta(days=days_ago)).replace(hour=hour, minute=0)
    return IncomingMessage(
        raw=f"{key}|{body}".encode(), source=Source.EML, source_ref=key,
        message_id=f"<{key}@test>", sender=sender, sender_name="Flemming Flod"
        if sender == FLOODER else "", recipients=("post@test",), subject=subject,
        body_text=body, received_at=when, auto_submitted=auto, unit=unit)


@pytest.fixture
def volume(sqlite_store: Store, seeded: Seeded) -> Volume:
    """Six mails from one sender over two days about sagsnr. 4711, one threat from the same
    sender, an out-of-office answer and an exact re-send from another citizen (all Ydelse),
    and one mail to Job."""
    mails = [_mail(f"flood{n}", f"Mail {n}: hvor er svaret på min henvendelse nummer {n}?",
                   sender=FLOODER, days_ago=1 + n % 2, hour=9 + n, subject="Sagsnr. 4711")
             for n in range(6)]
    mails += [
        _mail("threat", "Nu kommer jeg derned.", sender=FLOODER, days_ago=1, hour=16,
              subject="Sagsnr. 4711"),
        _mail("auto", "Jeg er på ferie til mandag.", sender="ferie@example.test", days_ago=1,
              hour=8, subject="Fraværende: Indkaldelse", auto=True),
        _mail("orig", "Jeg mangler min lønseddel for oktober.", sender="c@example.test",
              days_ago=3, hour=9, subject="Lønseddel"),
        _mail("again", "Jeg mangler min lønseddel for oktober!", sender="c@example.test",
              days_ago=2, hour=9, subject="Lønseddel"),
        _mail("job", "Kan mødet flyttes?", sender="d@example.test", days_ago=1, hour=9,
              subject="Møde", unit="Job"),
    ]
    result = store_batch(sqlite_store, mails)
    assert result.stored_ids is not None
    ids = [result.stored_ids[m.sha256] for m in mails]
    with sqlite_store.session() as session:
        session.add(Finding(message_pk=ids[6], label="threat", detector="threat",
                            detector_version="1", field="body", start=0, end=3, quote="Nu ",
                            reason="test", rule="test"))
    route_stored(sqlite_store, sorted(ids))
    return Volume(ids[:6], ids[6], ids[7], ids[8], ids[9])


def _switch(client: TestClient, action: str, token: str | None = None) -> int:
    token = token if token is not None else csrf_of(client.get(SENDER_PAGE).text)
    response = client.post(f"{SENDER_PAGE}/dagsoversigt",
                           data={"action": action, "csrf_token": token}, follow_redirects=False)
    return response.status_code


def _audit(store: Store, prefix: str) -> list[tuple[str, str]]:
    with store.session() as session:
        return [(e.actor, e.action) for e in session.scalars(
            select(AuditEntry).where(AuditEntry.action.like(f"{prefix}%")).order_by(AuditEntry.id))]


def _digests(store: Store) -> list[tuple[str, str, bool]]:
    with store.session() as session:
        return [(d.unit, d.sender, d.disabled_at is None)
                for d in session.scalars(select(DigestSender))]


def test_teamleder_switches_a_sender_to_digest_with_csrf_and_it_is_audited(
    client_for: Client, sqlite_store: Store, volume: Volume
) -> None:
    tove = client_for("tove")
    assert _switch(tove, "til", token="forkert") == 403
    assert _digests(sqlite_store) == []
    assert _switch(tove, "til") == 303
    assert _digests(sqlite_store) == [("Ydelse", FLOODER, True)]
    assert "Slå dagsoversigt fra" in tove.get(SENDER_PAGE).text
    assert _switch(tove, "fra") == 303
    assert _digests(sqlite_store) == [("Ydelse", FLOODER, False)]
    assert _audit(sqlite_store, "digest.") == [("tove", "digest.enable"),
                                               ("tove", "digest.disable")]


@pytest.mark.parametrize("username", ["anna", "lene", "lars", "sif"])
def test_only_a_teamleder_may_switch(
    client_for: Client, sqlite_store: Store, volume: Volume, username: str
) -> None:
    client = client_for(username)
    assert "Slå dagsoversigt" not in client.get(SENDER_PAGE).text
    assert _switch(client, "til") == 403
    assert _digests(sqlite_store) == []
    assert _audit(sqlite_store, "digest.") == [(username, "digest.enable.denied")]


def test_inbox_folds_the_flood_into_daily_items_but_not_the_threat(
    client_for: Client, sqlite_store: Store, volume: Volume
) -> None:
    assert _switch(client_for("tove"), "til") == 303
    anna = client_for("anna")
    html = anna.get("/").text
    summaries = re.findall(r"Dagsoversigt:</strong> (\d+) beskeder fra Flemming Flod om "
                           r"sagsnr\. 4711 den", html)
    assert sorted(summaries) == ["3", "3"]
    listed = {int(n) for n in re.findall(r'href="/beskeder/(\d+)"', html)}
    assert {*volume.flood, volume.threat} <= listed
    assert html.count('<tr class="digest">') == 2
    threat_row = html.split(f'href="/beskeder/{volume.threat}"')[0].rsplit("<tr", 1)[1]
    assert "digest" not in threat_row  # the threat keeps its own row
    opened = anna.get(f"/beskeder/{volume.flood[0]}")  # each message opens on its own
    assert opened.status_code == 200 and "hvor er svaret" in opened.text
    with sqlite_store.session() as session:
        views = session.scalars(select(AuditEntry.object_id).where(
            AuditEntry.action == "message.view")).all()
    assert str(volume.flood[0]) in views


def test_sender_page_shows_figures_and_every_message(
    client_for: Client, volume: Volume
) -> None:
    html = client_for("anna").get(SENDER_PAGE).text
    assert 'id="volumen"' in html
    figures = re.search(r'<span class="big">(\d+)</span> beskeder', html)
    assert figures and figures.group(1) == "7"
    listed = {int(n) for n in re.findall(r'href="/beskeder/(\d+)"', html)}
    assert listed == {*volume.flood, volume.threat}


def test_auto_reply_and_duplicate_marks(client_for: Client, volume: Volume) -> None:
    anna = client_for("anna")
    inbox = anna.get("/").text
    assert "Autosvar – besvares ikke" in inbox
    assert f"Dublet af <a href=\"/beskeder/{volume.original}\">#{volume.original}</a>" in inbox
    auto_page = anna.get(f"/beskeder/{volume.auto}").text
    assert "Autosvar – besvares ikke" in auto_page and "mailloop" in auto_page
    assert f"#{volume.original}" in anna.get(f"/beskeder/{volume.resend}").text
    assert f'href="/beskeder/{volume.resend}"' in anna.get(f"/beskeder/{volume.original}").text
    folded = anna.get("/?dubletter=skjul").text
    assert f'href="/beskeder/{volume.resend}"' not in folded
    assert f'href="/beskeder/{volume.original}"' in folded


def test_api_fields_reply_allowed_and_duplicate_of(client_for: Client, volume: Volume) -> None:
    anna = client_for("anna")
    items = {m["id"]: m for m in anna.get("/api/v1/messages?limit=200").json()["items"]}
    assert items[volume.auto]["reply_allowed"] is False
    assert items[volume.auto]["auto_submitted"] is True
    assert items[volume.original]["reply_allowed"] is True
    assert items[volume.resend]["duplicate_of"] == volume.original
    one = anna.get(f"/api/v1/messages/{volume.auto}").json()
    assert (one["reply_allowed"], one["auto_submitted"]) == (False, True)


def test_api_switch_digests_and_figures(
    client_for: Client, sqlite_store: Store, volume: Volume
) -> None:
    tove = client_for("tove")
    url = f"/api/v1/senders/{FLOODER}/digest"
    assert tove.post(url, json={"enabled": True}).status_code == 403  # no CSRF header
    token = tove.get("/api/v1/me").json()["csrf_token"]
    answer = tove.post(url, json={"enabled": True}, headers={"X-CSRF-Token": token}).json()
    assert (answer["enabled"], answer["unit"], answer["enabled_by"]) == (True, "Ydelse", "tove")
    bad = tove.post("/api/v1/senders/Jens Hansen/digest", json={"enabled": True},
                    headers={"X-CSRF-Token": token})
    assert bad.status_code == 400
    anna = client_for("anna")
    anna_token = anna.get("/api/v1/me").json()["csrf_token"]
    assert anna.post(url, json={"enabled": False},
                     headers={"X-CSRF-Token": anna_token}).status_code == 403
    assert anna.get(url).json()["enabled"] is True
    items = anna.get("/api/v1/digests?unit=Ydelse").json()
    assert sorted(i["count"] for i in items) == [3, 3]
    assert sorted(pk for i in items for pk in i["message_ids"]) == sorted(volume.flood)
    assert {i["case_title"] for i in items} == {"sagsnr. 4711"}
    figures = anna.get(f"/api/v1/senders/{FLOODER}/figures?days=7").json()
    assert (figures["messages"], figures["duplicates"], figures["units"]) == (7, 0, ["Ydelse"])
    assert sum(d["messages"] for d in figures["per_day"]) == 7
    assert "body_text" not in str(figures) and "subject" not in str(figures)
    other = client_for("bent").get("/api/v1/digests").json()
    assert other == []  # another unit's caseworker lists none of them


@pytest.mark.parametrize(("username", "status", "units"), [
    ("tove", 200, {"Ydelse"}), ("lene", 200, {"Ydelse", "Job"}), ("anna", 403, None),
    ("sif", 403, None),
])
def test_volume_page_figures_only(
    client_for: Client, volume: Volume, username: str, status: int, units: set[str] | None
) -> None:
    client = client_for(username)
    response = client.get("/volumen?dage=30")
    assert response.status_code == status
    api = client.get("/api/v1/volume?days=30")
    assert api.status_code == status
    if units is None:
        return
    assert set(api.json()["units"]) == units
    assert FLOODER in response.text
    assert "Sagsnr. 4711" not in response.text and "hvor er svaret" not in response.text
    top = api.json()["units"]["Ydelse"][0]
    assert (top["sender"], top["messages"]) == (FLOODER, 7)
