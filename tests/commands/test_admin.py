"""``borgerpost staff load|list`` and ``borgerpost units set-mailbox|list``."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from borgerpost.cli import app
from borgerpost.store.db import open_store
from borgerpost.store.tables import Staff, Unit

runner = CliRunner()
REGISTER = (
    "name,role,unit,aliases\n"
    "Anna Holm,sagsbehandler,Sygedagpenge,Anna H.\n"
    "Bo Thygesen,teamleder,Fleksjob,Bo T.;BT\n"
)


def _write(tmp_path: Path, text: str, name: str = "staff.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _rows(url: str) -> tuple[dict[str, bool], dict[str, str | None]]:
    store = open_store(url)
    try:
        with store.session() as session:
            staff = {s.name: s.active for s in session.scalars(select(Staff))}
            units = {u.name: u.mailbox for u in session.scalars(select(Unit))}
    finally:
        store.dispose()
    return staff, units


def _invoke(url: str, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["--db", url, *args])
    return result.exit_code, " ".join(result.output.split())  # undo Rich's line wrapping


def test_staff_load_and_reload(sqlite_url: str, tmp_path: Path) -> None:
    code, out = _invoke(sqlite_url, "staff", "load", str(_write(tmp_path, REGISTER)))
    assert code == 0, out
    assert "2 aktive" in out and "2 nye enheder" in out
    smaller = _write(tmp_path, REGISTER.splitlines()[0] + "\n" + REGISTER.splitlines()[1] + "\n",
                     "smaller.csv")
    code, out = _invoke(sqlite_url, "staff", "load", str(smaller))
    assert code == 0, out
    assert "1 gjort inaktive" in out
    assert _rows(sqlite_url)[0] == {"Anna Holm": True, "Bo Thygesen": False}


@pytest.mark.parametrize(("text", "line"), [
    ("name,role\nAnna Holm,sagsbehandler\n", "linje 1"),
    ("name,role,unit,aliases\nAnna Holm,sagsbehandler,Unge,,for meget\n", "linje 2"),
    ("name,role,unit,aliases\nAnna Holm,sagsbehandler,Unge,\n,teamleder,Unge,\n", "linje 3"),
])
def test_staff_load_bad_file_exits_2_and_loads_nothing(
    sqlite_url: str, tmp_path: Path, text: str, line: str
) -> None:
    path = _write(tmp_path, text)
    code, out = _invoke(sqlite_url, "staff", "load", str(path))
    assert code == 2
    assert line in out and path.name in out
    assert _rows(sqlite_url) == ({}, {})


def test_staff_load_missing_file_exits_2(sqlite_url: str, tmp_path: Path) -> None:
    code, out = _invoke(sqlite_url, "staff", "load", str(tmp_path / "nope.csv"))
    assert code == 2
    assert "kan ikke læse" in out


def test_staff_list_shows_inactive_only_with_all(sqlite_url: str, tmp_path: Path) -> None:
    _invoke(sqlite_url, "staff", "load", str(_write(tmp_path, REGISTER)))
    _invoke(sqlite_url, "staff", "load",
            str(_write(tmp_path, "name,role,unit\nAnna Holm,sagsbehandler,Sygedagpenge\n", "b")))
    code, out = _invoke(sqlite_url, "staff", "list")
    assert code == 0 and "Anna Holm" in out and "Bo Thygesen" not in out
    code, out = _invoke(sqlite_url, "staff", "list", "--all")
    assert code == 0 and "Bo Thygesen" in out and "nej" in out


def test_units_set_mailbox(sqlite_url: str, tmp_path: Path) -> None:
    _invoke(sqlite_url, "staff", "load", str(_write(tmp_path, REGISTER)))
    code, out = _invoke(sqlite_url, "units", "set-mailbox", "Fleksjob", "Fleksjob@JC.dk")
    assert code == 0, out
    assert _rows(sqlite_url)[1] == {"Fleksjob": "fleksjob@jc.dk", "Sygedagpenge": None}
    code, out = _invoke(sqlite_url, "units", "list")
    assert code == 0 and "fleksjob@jc.dk" in out


def test_units_set_mailbox_refusals(sqlite_url: str, tmp_path: Path) -> None:
    _invoke(sqlite_url, "staff", "load", str(_write(tmp_path, REGISTER)))
    code, out = _invoke(sqlite_url, "units", "set-mailbox", "Modtagelsen", "post@jc.dk")
    assert code == 2 and "ukendt enhed" in out
    code, out = _invoke(sqlite_url, "units", "set-mailbox", "Fleksjob", "ikke-en-adresse")
    assert code == 2 and "ikke en e-mailadresse" in out
    code, out = _invoke(sqlite_url, "units", "set-mailbox", "Modtagelsen", "post@jc.dk",
                        "--create")
    assert code == 0, out
    assert _rows(sqlite_url)[1]["Modtagelsen"] == "post@jc.dk"
