"""Opt-in for named staff, on SQLite and PostgreSQL: without it nothing is shown; with it
the inbox and ``/mig`` say where, when and what kind — never the words, the author or a
link — and each post counts once however often it was edited."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from borgerpost.store.db import Store
from borgerpost.store.tables import User
from tests.monitor.kept import DOXXING_THREAT, SHAMING, add_staff
from tests.web.conftest import csrf_of, logged_in_clients
from tests.web.monitor_seed import (
    SECRET_BITS,
    SOURCE_NAME,
    Client,
    Kept,
    entries,
    monitor_app,
    seed_all,
)

HEADING = "offentlige opslag nævner dig"


@pytest.fixture
def kept(store: Store, password_hash: str) -> Kept:
    return seed_all(store, password_hash)


@pytest.fixture
def client_for(store: Store, kept: Kept) -> Iterator[Client]:
    with logged_in_clients(monitor_app(store)) as make:
        yield make


def _opted_in(store: Store, username: str) -> bool:
    with store.session() as session:
        return bool(session.scalar(select(User.monitor_opt_in)
                                   .where(User.username == username)))


def test_nothing_is_shown_without_opt_in(client_for: Client) -> None:
    anna = client_for("anna")
    assert HEADING not in anna.get("/").text
    page = anna.get("/mig").text
    assert "Du får ikke besked" in page and "Slå beskeder til" in page and HEADING not in page


def test_opt_in_shows_a_summary_and_never_the_text(client_for: Client, store: Store) -> None:
    anna = client_for("anna")
    token = csrf_of(anna.get("/mig").text)
    assert anna.post("/mig/overvaagning", data={"opt_in": "ja"}).status_code == 403
    assert not _opted_in(store, "anna")
    done = anna.post("/mig/overvaagning", data={"opt_in": "ja", "csrf_token": token},
                     follow_redirects=False)
    assert done.status_code == 303 and _opted_in(store, "anna")
    for page in (anna.get("/").text, anna.get("/mig").text):
        assert f"2 {HEADING}" in page  # the shaming post and its edit count once
        assert SOURCE_NAME in page and "Doxxing og Trussel" in page
        assert "Krænkende og Udstilling" in page or "Udstilling og Krænkende" in page
        assert not [bit for bit in SECRET_BITS if bit in page]
        assert DOXXING_THREAT.url not in page and SHAMING.url not in page
        assert "/overvaagning/" not in page
    assert [(e.actor, e.object_id) for e in entries(store, "monitor.opt_in")] == [
        ("anna", str(_user_id(store, "anna")))]
    anna.post("/mig/overvaagning", data={"opt_in": "nej", "csrf_token": token})
    assert not _opted_in(store, "anna") and HEADING not in anna.get("/").text
    assert [e.actor for e in entries(store, "monitor.opt_out")] == ["anna"]


def test_only_a_login_linked_to_the_register_can_opt_in(client_for: Client, store: Store) -> None:
    bent = client_for("bent")  # no staff_id
    page = bent.get("/mig").text
    assert "ikke knyttet til en person i personaleregistret" in page
    assert "Slå beskeder til" not in page
    response = bent.post("/mig/overvaagning", data={"opt_in": "ja", "csrf_token": csrf_of(page)})
    assert response.status_code == 403 and not _opted_in(store, "bent")


def test_a_colleague_not_named_sees_nothing(client_for: Client, store: Store, kept: Kept) -> None:
    with store.session() as session:
        other = session.scalar(select(User).where(User.username == "tove"))
        assert other is not None
        other.staff_id = add_staff(session, name="Tove Lund", unit="Ydelse")
    tove = client_for("tove")
    token = csrf_of(tove.get("/mig").text)
    tove.post("/mig/overvaagning", data={"opt_in": "ja", "csrf_token": token})
    assert _opted_in(store, "tove") and HEADING not in tove.get("/").text


def _user_id(store: Store, username: str) -> int:
    with store.session() as session:
        found = session.scalar(select(User.id).where(User.username == username))
        assert found is not None
        return int(found)
