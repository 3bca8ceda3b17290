"""``borgerpost fuldmagt add|list|revoke`` on both back ends."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from borgerpost.cli import app
from borgerpost.store import audit
from borgerpost.store.db import open_store
from borgerpost.store.tables import Fuldmagt

runner = CliRunner()
PDF = b"%PDF-1.4\n% fuldmagt (test)\n"
ADD = ["fuldmagt", "add", "--representative", "Rikke Munk", "--email", "Rikke@Example.org",
       "--type", "partsrepraesentant", "--citizen", "Søren Ågård Ibsen", "--ref", "JC-2026-0815",
       "--from", "2026-03-01", "--by", "anna"]


def _run(url: str, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["--db", url, *args], env={"COLUMNS": "200"})
    return result.exit_code, result.output


def test_add_list_revoke(db_url: str, tmp_path: Path) -> None:
    doc = tmp_path / "fuldmagt.pdf"
    doc.write_bytes(PDF)
    code, out = _run(db_url, *ADD, "--kind", "klage", "--kind", "aktindsigt", "--to",
                     "2027-02-28", "--document", str(doc))
    assert code == 0 and "Fuldmagt nr. 1 registreret" in out, out
    code, out = _run(db_url, *ADD[:-2], "--all", "--by", "tove")
    assert code == 0, out
    code, out = _run(db_url, "fuldmagt", "list", "--by", "anna", "--json")
    listed = json.loads(out)
    assert [(r["id"], r["email"], r["scope_all"], r["case_kinds"], r["document"])
            for r in listed] == [(2, "rikke@example.org", True, [], False),
                                 (1, "rikke@example.org", False, ["klage", "aktindsigt"], True)]
    assert listed[1]["valid_to"] == "2027-02-28"
    code, out = _run(db_url, "fuldmagt", "revoke", "1", "--by", "tove")
    assert code == 0 and "er tilbagekaldt" in out
    code, out = _run(db_url, "fuldmagt", "list", "--by", "anna", "--active", "--json")
    assert [r["id"] for r in json.loads(out)] == [2]
    code, out = _run(db_url, "fuldmagt", "list", "--by", "anna", "--citizen-ref", "jc-2026")
    assert code == 0 and "Rikke Munk" in out and "tilbagekaldt" in out
    store = open_store(db_url)
    try:
        with store.session() as session:
            row = session.get(Fuldmagt, 1)
            assert row is not None and row.document == PDF and row.revoked_by == "tove"
            assert [(e.action, e.actor) for e in audit.entries(session)
                    if e.action.startswith("fuldmagt.")] == [
                ("fuldmagt.create", "anna"), ("fuldmagt.create", "tove"),
                ("fuldmagt.list", "anna"), ("fuldmagt.revoke", "tove"),
                ("fuldmagt.list", "anna"), ("fuldmagt.list", "anna")]
    finally:
        store.dispose()


@pytest.mark.parametrize(("extra", "words"), [
    (["--ref", "010190-1234", "--all"], "CPR-nummer"),
    (["--kind", "klager"], "ukendt sagstype"),
    ([], "skal gælde noget"),
    (["--all", "--to", "2026-01-01"], "udløber"),
])
def test_invalid_input_exits_2(db_url: str, extra: list[str], words: str) -> None:
    args = [a for a in ADD if a not in ("--ref", "JC-2026-0815")] + extra
    code, out = _run(db_url, *args)
    assert code == 2 and words in out


def test_a_document_that_is_not_a_pdf_and_a_missing_one(db_url: str, tmp_path: Path) -> None:
    exe = tmp_path / "fuldmagt.pdf"
    exe.write_bytes(b"MZ\x90\x00")
    code, out = _run(db_url, *ADD, "--all", "--document", str(exe))
    assert code == 2 and "PDF eller et billede" in out
    code, out = _run(db_url, *ADD, "--all", "--document", str(tmp_path / "nej.pdf"))
    assert code == 2 and "kan ikke læse dokumentet" in out


def test_revoke_twice_or_unknown_and_by_is_a_username(db_url: str) -> None:
    assert _run(db_url, *ADD, "--all")[0] == 0
    assert _run(db_url, "fuldmagt", "revoke", "1", "--by", "anna")[0] == 0
    code, out = _run(db_url, "fuldmagt", "revoke", "1", "--by", "anna")
    assert code == 2 and "allerede tilbagekaldt" in out
    code, out = _run(db_url, "fuldmagt", "revoke", "7", "--by", "anna")
    assert code == 2 and "findes ikke" in out
    code, out = _run(db_url, "fuldmagt", "list", "--by", "Anna Holm")
    assert code == 2 and "uden mellemrum" in out
