"""Designated colleagues (register CSV column, CLI) and opening a shielded message on purpose."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update
from typer.testing import CliRunner

from borgerpost.cli import app
from borgerpost.errors import ConfigError, StaffRegisterError
from borgerpost.register import parse_register
from borgerpost.route.apply import route_messages
from borgerpost.route.rules import load_rules
from borgerpost.route.shielding import (
    notices_for,
    open_deliberately,
    set_designated_colleague,
    shielding_of,
)
from borgerpost.store import audit
from borgerpost.store.db import Store, open_store
from borgerpost.store.migrate import upgrade
from borgerpost.store.staff import load_register
from borgerpost.store.tables import Unit
from tests.route.routing_seed import message_with, seed_register

REGISTER = (
    "name,role,unit,aliases,designated_colleague\n"
    "Anna Holm,sagsbehandler,Sygedagpenge,,Bo.Thygesen\n"
    "Bo Thygesen,sagsbehandler,Sygedagpenge,,\n"
    "Carl Dam,teamleder,Fleksjob,,\n"
)
WITHOUT_COLUMN = (
    "name,role,unit,aliases\n"
    "Anna Holm,sagsbehandler,Sygedagpenge,\n"
    "Bo Thygesen,sagsbehandler,Sygedagpenge,\n"
    "Carl Dam,teamleder,Fleksjob,\n"
)


def _colleagues(store: Store) -> dict[str, str | None]:
    with store.session() as session:
        return {u.name: u.designated_colleague for u in session.scalars(select(Unit))}


def test_register_column_sets_the_unit_colleague_and_keeps_others(store: Store) -> None:
    with store.session() as session:
        load_register(session, parse_register(REGISTER))
        session.execute(update(Unit).where(Unit.name == "Fleksjob")
                        .values(designated_colleague="carl"))
    assert _colleagues(store) == {"Sygedagpenge": "bo.thygesen", "Fleksjob": "carl"}
    with store.session() as session:  # a reload without the column changes nothing
        load_register(session, parse_register(WITHOUT_COLUMN))
    assert _colleagues(store) == {"Sygedagpenge": "bo.thygesen", "Fleksjob": "carl"}


def test_two_colleagues_for_one_unit_are_refused(store: Store) -> None:
    text = REGISTER.replace("Bo Thygesen,sagsbehandler,Sygedagpenge,,",
                            "Bo Thygesen,sagsbehandler,Sygedagpenge,,anna")
    with pytest.raises(StaffRegisterError, match=r"Sygedagpenge.*bo\.thygesen, anna"), \
            store.session() as session:
        load_register(session, parse_register(text))


def test_set_colleague_checks_unit_and_user(store: Store) -> None:
    with store.session() as session:
        seed_register(session)
        assert set_designated_colleague(session, unit="Kontanthjælp",
                                        username=" Jonas ").designated_colleague == "jonas"
        assert set_designated_colleague(session, unit="Kontanthjælp",
                                        username="").designated_colleague is None
        with pytest.raises(ConfigError, match="ukendt enhed 'Job'"):
            set_designated_colleague(session, unit="Job", username="jonas")
        with pytest.raises(ConfigError, match="ukendt bruger 'nemo'"):
            set_designated_colleague(session, unit="Kontanthjælp", username="nemo")


def test_cli_set_colleague(sqlite_url: str) -> None:
    store = open_store(sqlite_url)
    upgrade(store)
    with store.session() as session:
        seed_register(session)
    runner = CliRunner()
    ok = runner.invoke(app, ["--db", sqlite_url, "units", "set-colleague", "Kontanthjælp",
                             "jonas"])
    assert ok.exit_code == 0, ok.output
    assert "jonas" in ok.output
    bad = runner.invoke(app, ["--db", sqlite_url, "units", "set-colleague", "Kontanthjælp",
                              "nemo"])
    assert bad.exit_code == 2
    listed = runner.invoke(app, ["--db", sqlite_url, "units", "list"])
    assert "jonas" in listed.output and "soeren" in listed.output
    assert _colleagues(store)["Kontanthjælp"] == "jonas"
    store.dispose()


def test_opening_on_purpose_is_recorded_once_and_audited_each_time(store: Store) -> None:
    with store.session() as session:
        reg = seed_register(session)
        message = message_with(session, ["threat", "staff_named"], named=("hanne",))
        route_messages(session, message_pks=[message.id], rules=load_rules())
        row = shielding_of(session, message_pk=message.id, staff_id=reg["hanne"])
        assert row is not None and row.opened_at is None
        assert shielding_of(session, message_pk=message.id, staff_id=reg["soeren"]) is None
        open_deliberately(session, shielding=row, actor="hanne")
        first = row.opened_at
        open_deliberately(session, shielding=row, actor="hanne")
        assert row.opened_at == first is not None
        opens = audit.entries(session, action="shielding.open", object_id=message.id)
        assert [(e.actor, e.detail) for e in opens] == [("hanne", {"staff": reg["hanne"]})] * 2
        assert notices_for(session, staff_id=reg["hanne"])[0].opened_at == first
        assert notices_for(session, staff_id=None) == []
