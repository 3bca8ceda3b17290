"""``borgerpost monitor report ITEM… --out DIR --by USER`` and ``monitor verify PACKAGE``:
the round trip from the command line, and its exit codes (0 intact, 1 changed, 2 refused)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from borgerpost.cli import app
from borgerpost.store import audit
from borgerpost.store.db import open_store
from tests.monitor.kept import DOXXING_THREAT, SHAMING, add_staff, keep, source

runner = CliRunner()


def _run(url: str, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["--db", url, *args], env={"COLUMNS": "200"})
    return result.exit_code, result.output


def _seed(url: str) -> list[int]:
    store = open_store(url)
    try:
        with store.session() as session:
            staff, src = add_staff(session), source(session)
            ids = [keep(session, source_id=src, staff_ids=[staff], post=post).id
                   for post in (DOXXING_THREAT, SHAMING)]
            session.commit()
        return ids
    finally:
        store.dispose()


def test_report_then_verify_then_tamper(db_url: str, tmp_path: Path) -> None:
    ids = _seed(db_url)
    code, out = _run(db_url, "monitor", "report", *map(str, ids), "--out", str(tmp_path / "p"),
                     "--by", "sif")
    assert code == 0 and "Bevispakke skrevet" in out, out
    (folder,) = [p for p in (tmp_path / "p").iterdir() if p.is_dir()]
    for target in (folder, folder.with_name(folder.name + ".zip")):
        code, out = _run(db_url, "monitor", "verify", str(target))
        assert code == 0 and "er intakt" in out and "2 opslag" in out, out
    text = folder / "items" / f"{ids[1]}.txt"
    text.write_bytes(text.read_bytes().replace(b"klovn", b"klown"))
    code, out = _run(db_url, "monitor", "verify", str(folder))
    assert code == 1 and f"items/{ids[1]}.txt" in out and "ikke intakt" in out, out
    store = open_store(db_url)
    try:
        with store.session() as session:
            exported = [e.object_id for e in audit.entries(session, action="monitor.export")]
            assert exported == [str(i) for i in ids]
            assert [e.actor for e in audit.entries(session, action="monitor.package")] == ["sif"]
    finally:
        store.dispose()


def test_refused_input_exits_2(sqlite_url: str, tmp_path: Path) -> None:
    _seed(sqlite_url)
    code, out = _run(sqlite_url, "monitor", "report", "42", "--out", str(tmp_path), "--by", "sif")
    assert code == 2 and "#42" in out
    code, out = _run(sqlite_url, "monitor", "report", "1", "--out", str(tmp_path), "--by", "s f")
    assert code == 2 and "--by" in out
    code, out = _run(sqlite_url, "monitor", "verify", str(tmp_path))
    assert code == 2 and "ikke en bevispakke" in out
