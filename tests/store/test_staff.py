"""The staff register and unit mailboxes in the database, on both back ends."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from borgerpost.errors import ConfigError, StaffRegisterError
from borgerpost.register import StaffMember, read_register
from borgerpost.store.db import Store
from borgerpost.store.staff import (
    LoadResult,
    active_members,
    list_staff,
    list_units,
    load_register,
    set_unit_mailbox,
)
from borgerpost.store.tables import Staff, Unit

ANNA = StaffMember("Anna Holm", "sagsbehandler", "Sygedagpenge", ("Anna H.",))
BO = StaffMember("Bo Thygesen", "teamleder", "Fleksjob", ("Bo T.", "BT"), "bt@jc.dk")
OLE = StaffMember("Ole Berg", "sagsbehandler", "Sygedagpenge")


def _load(store: Store, members: list[StaffMember]) -> LoadResult:
    with store.session() as session:
        return load_register(session, members)


def _staff(store: Store) -> dict[str, Staff]:
    with store.session() as session:
        return {row.name: row for row in session.scalars(select(Staff))}


def test_load_creates_staff_and_units(store: Store) -> None:
    result = _load(store, [ANNA, BO, OLE])
    assert result == LoadResult(added=3, units_created=2)
    rows = _staff(store)
    assert rows["Bo Thygesen"].aliases == "Bo T.;BT"
    assert rows["Bo Thygesen"].email == "bt@jc.dk"
    assert rows["Anna Holm"].email is None
    with store.session() as session:
        assert [u.name for u in list_units(session)] == ["Fleksjob", "Sygedagpenge"]
        assert active_members(session) == [BO, ANNA, OLE]


def test_reload_deactivates_the_missing_and_reactivates_the_returning(store: Store) -> None:
    _load(store, [ANNA, BO, OLE])
    again = _load(store, [ANNA, BO])
    assert again == LoadResult(unchanged=2, deactivated=1)
    assert not _staff(store)["Ole Berg"].active
    with store.session() as session:
        assert [r.name for r in list_staff(session)] == ["Bo Thygesen", "Anna Holm"]
        assert len(list_staff(session, include_inactive=True)) == 3
    back = _load(store, [ANNA, BO, OLE])
    assert (back.added, back.updated, back.deactivated) == (0, 1, 0)
    assert _staff(store)["Ole Berg"].active


def test_reload_updates_changed_fields(store: Store) -> None:
    _load(store, [ANNA])
    changed = StaffMember("Anna Holm", "teamleder", "Sygedagpenge", ())
    assert _load(store, [changed]) == LoadResult(updated=1)
    row = _staff(store)["Anna Holm"]
    assert (row.role, row.aliases) == ("teamleder", "")


def test_same_name_in_two_units_is_two_people(store: Store) -> None:
    other = StaffMember("Anna Holm", "sagsbehandler", "Unge")
    assert _load(store, [ANNA, other]).added == 2


def test_duplicate_person_is_refused_and_nothing_loaded(store: Store) -> None:
    with pytest.raises(StaffRegisterError, match="Anna Holm"), store.session() as session:
        load_register(session, [ANNA, BO, ANNA])
    assert _staff(store) == {}


@pytest.mark.parametrize(("content", "line", "words"), [
    (b"name,unit\nAnna Holm,Sygedagpenge\n", 1, "role"),
    (b"name,role,unit,aliases\nAnna Holm,sagsbehandler,Unge,,x\n", 2, "5 felter"),
    (b"name,role,unit,aliases\nAnna Holm,sagsbehandler,Unge,\n,teamleder,Unge,\n", 3, "navn"),
    ("name,role,unit,aliases\nSøren,sagsbehandler,Unge,\n".encode("iso-8859-1"), None, "UTF-8"),
])
def test_bad_register_file_leaves_the_loaded_one(
    store: Store, tmp_path: Path, content: bytes, line: int | None, words: str
) -> None:
    _load(store, [ANNA, BO])
    path = tmp_path / "staff.csv"
    path.write_bytes(content)
    with pytest.raises(StaffRegisterError) as caught:
        _load(store, read_register(path))
    assert caught.value.line == line
    assert words in str(caught.value)
    assert {name: row.active for name, row in _staff(store).items()} == {
        "Anna Holm": True, "Bo Thygesen": True}


def test_set_unit_mailbox(store: Store) -> None:
    _load(store, [ANNA, BO])
    with store.session() as session:
        unit = set_unit_mailbox(session, unit="Fleksjob", mailbox=" Fleksjob@JC.dk ")
        assert unit.mailbox == "fleksjob@jc.dk"
    with store.session() as session:
        set_unit_mailbox(session, unit="Fleksjob", mailbox="")
        assert session.scalar(select(Unit.mailbox).where(Unit.name == "Fleksjob")) is None


def test_unknown_unit_needs_create(store: Store) -> None:
    _load(store, [ANNA])
    with pytest.raises(ConfigError, match="kendte enheder: Sygedagpenge"), \
            store.session() as session:
        set_unit_mailbox(session, unit="Modtagelsen", mailbox="post@jc.dk")
    with store.session() as session:
        set_unit_mailbox(session, unit="Modtagelsen", mailbox="post@jc.dk", create=True)
    with store.session() as session:
        assert {u.name: u.mailbox for u in list_units(session)} == {
            "Modtagelsen": "post@jc.dk", "Sygedagpenge": None}


@pytest.mark.parametrize("mailbox", ["post", "post@jc", "@jc.dk", "po st@jc.dk"])
def test_invalid_mailbox_refused(store: Store, mailbox: str) -> None:
    _load(store, [ANNA])
    with pytest.raises(ConfigError, match="ikke en e-mailadresse"), store.session() as session:
        set_unit_mailbox(session, unit="Sygedagpenge", mailbox=mailbox)


def test_mailbox_belongs_to_one_unit(store: Store) -> None:
    _load(store, [ANNA, BO])
    with store.session() as session:
        set_unit_mailbox(session, unit="Fleksjob", mailbox="jc@jc.dk")
    with pytest.raises(ConfigError, match="allerede postkasse for Fleksjob"), \
            store.session() as session:
        set_unit_mailbox(session, unit="Sygedagpenge", mailbox="JC@jc.dk")
    with store.session() as session:  # setting the same address again is fine
        assert set_unit_mailbox(session, unit="Fleksjob", mailbox="jc@jc.dk").mailbox == "jc@jc.dk"
