"""``load_demo`` and ``borgerpost demo``: everything loads, on both back ends, exactly once."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from borgerpost.cli import app
from borgerpost.config import Settings
from borgerpost.demo.loader import DEMO_USERS, load_demo, stored_anchor
from borgerpost.errors import ConfigError
from borgerpost.model import IncomingMessage, ParseStatus, Role, Source
from borgerpost.store.db import Store
from borgerpost.store.messages import store_batch
from borgerpost.store.tables import Message, MonitorItem, MonitorSeen, Staff, Unit, User
from borgerpost.store.users import authenticate

ANCHOR = date(2026, 5, 4)


def _counts(store: Store) -> dict[str, int]:
    with store.session() as session:
        return {table.__tablename__: session.scalar(select(func.count()).select_from(table)) or 0
                for table in (Message, Staff, Unit, User, MonitorItem, MonitorSeen)}


def test_demo_loads_everything_once(store: Store) -> None:
    settings = Settings(db=str(store.engine.url))
    first = load_demo(store, settings=settings, anchor=ANCHOR)
    assert first.messages_new >= 250 and first.quarantined >= 1
    assert first.users_new == len(DEMO_USERS)
    assert (first.posts_kept, first.posts_discarded) == (5, 4)
    counts = _counts(store)
    assert (counts["monitor_items"], counts["monitor_seen"]) == (5, 9)
    assert counts["messages"] == first.messages_new
    with store.session() as session:
        assert stored_anchor(session) == ANCHOR
        users = list(session.scalars(select(User)))
        assert {u.role for u in users} == {r.value for r in Role}
        caseworker_units = {u.unit for u in users if u.role == Role.SAGSBEHANDLER}
        assert len(caseworker_units) == 2
        assert all(u.staff_id is not None for u in users)
        quarantined = session.scalar(select(func.count()).select_from(Message)
                                     .where(Message.status == ParseStatus.QUARANTINED.value))
        assert quarantined == first.quarantined
        units = set(session.scalars(select(Message.unit).distinct()))
        assert {"Sygedagpenge", "Kontanthjælp", "Modtagelsen", "Ledelse"} <= units
        assert session.scalar(select(func.count()).select_from(Message)
                              .where(Message.source_ref.not_like("demo:%"))) == 0

    again = load_demo(store, settings=settings)  # anchor read back from the database
    assert (again.anchor, again.messages_new, again.users_new) == (ANCHOR, 0, 0)
    assert (again.posts_kept, again.posts_discarded) == (0, 0)
    assert again.messages_known == first.messages_new
    assert (again.register.added, again.register.deactivated) == (0, 0)
    assert _counts(store) == counts


def test_demo_users_log_in_with_the_printed_passwords(sqlite_store: Store) -> None:
    load_demo(sqlite_store, settings=Settings(db=str(sqlite_store.engine.url)), anchor=ANCHOR)
    with sqlite_store.session() as session:
        for user in DEMO_USERS:
            found = authenticate(session, username=user.username, password=user.password)
            assert found is not None and found.role == user.role and found.unit == user.unit
            assert authenticate(session, username=user.username, password="forkert-kode") is None


def test_demo_refuses_a_database_with_real_mail(sqlite_store: Store) -> None:
    store_batch(sqlite_store, [IncomingMessage(raw=b"From: a@b.dk\r\n\r\nHej\r\n",
                                               source=Source.EML, source_ref="inbox.mbox")])
    with pytest.raises(ConfigError, match="rigtige data"):
        load_demo(sqlite_store, settings=Settings(db=str(sqlite_store.engine.url)))
    assert _counts(sqlite_store) == {"messages": 1, "staff": 0, "units": 0, "users": 0,
                                     "monitor_items": 0, "monitor_seen": 0}


def test_demo_refuses_a_real_register(sqlite_store: Store) -> None:
    with sqlite_store.session() as session:
        session.add(Staff(name="Anna Holm", role="sagsbehandler", unit="Unge", aliases=""))
    with pytest.raises(ConfigError, match="1 medarbejdere uden for demoen"):
        load_demo(sqlite_store, settings=Settings(db=str(sqlite_store.engine.url)))
    assert _counts(sqlite_store)["messages"] == 0


def test_cli_demo_prints_every_password(sqlite_url: str) -> None:
    result = CliRunner().invoke(app, ["--db", sqlite_url, "demo"])
    assert result.exit_code == 0, result.output
    for user in DEMO_USERS:
        assert user.username in result.output and user.password in result.output
    assert "i karantæne" in result.output
    assert "Overvågning: 5 offentlige opslag gemt, 4 kasseret" in result.output
