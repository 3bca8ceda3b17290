"""Ingest triages and routes what it stores; ``retriage`` re-runs the engine after the
staff register changed. Through the real CLI, on both back ends."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select
from typer.testing import CliRunner

from borgerpost.cli import app
from borgerpost.store.db import open_store
from borgerpost.store.findings import labels_of
from borgerpost.store.tables import Finding, Message

REGISTER = "name,role,unit,aliases\nMarianne Kjærsgaard,sagsbehandler,Ydelse,\n"
LATER = REGISTER + "Torben Fjeldsø,teamleder,Ydelse,\n"

RECORDS = [
    {"id": "f1", "sender": "a@example.test", "received": "2026-03-02T09:00:00+01:00",
     "subject": "Besked", "text": "Torben Fjeldsø skal passe på, når han går hjem i aften. "
                                  "Jeg ved hvor han bor."},
    {"id": "f2", "sender": "b@example.test", "received": "2026-03-02T10:00:00+01:00",
     "subject": "Aktindsigt", "text": "Jeg anmoder om aktindsigt i alle akter i min sag."},
]


def _cli(db_url: str, *args: str) -> str:
    result = CliRunner().invoke(app, ["--db", db_url, *args])
    assert result.exit_code == 0, result.output
    return result.output


def _labels(db_url: str) -> dict[str, set[str]]:
    store = open_store(db_url)
    try:
        with store.session() as session:
            rows = session.execute(select(Message.id, Message.sender)).all()
            return {sender: labels_of(session, message_pk=pk) for pk, sender in rows}
    finally:
        store.dispose()


def _write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_ingest_triages_then_retriage_follows_the_register(db_url: str, tmp_path: Path) -> None:
    _cli(db_url, "staff", "load", _write(tmp_path, "staff.csv", REGISTER))
    export = "\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS) + "\n"
    _cli(db_url, "ingest", "jsonl", "--no-progress", _write(tmp_path, "in.jsonl", export))

    before = _labels(db_url)
    threat = before["a@example.test"]
    request = before["b@example.test"]
    assert "threat" in threat and "staff_named" not in threat  # not in the register yet
    assert "case_request" in request and "threat" not in request

    _cli(db_url, "staff", "load", _write(tmp_path, "later.csv", LATER))
    output = _cli(db_url, "retriage", "--no-progress")
    assert "2 beskeder" in output

    after = _labels(db_url)
    threat = after["a@example.test"]
    assert {"threat", "staff_named", "exposure"} <= threat
    store = open_store(db_url)
    try:
        with store.session() as session:
            statuses = set(session.scalars(select(Message.triage_status)))
            queue = session.scalar(select(Message.queue).where(
                Message.sender == "a@example.test"))
            quotes = set(session.scalars(select(Finding.quote).where(
                Finding.label == "staff_named")))
    finally:
        store.dispose()
    assert statuses == {"done"}
    assert queue == "sikkerhed"
    assert "Torben Fjeldsø" in quotes


def test_no_triage_leaves_messages_pending_until_retriage(db_url: str, tmp_path: Path) -> None:
    export = json.dumps(RECORDS[1], ensure_ascii=False) + "\n"
    _cli(db_url, "ingest", "jsonl", "--no-progress", "--no-triage",
         _write(tmp_path, "in.jsonl", export))
    assert _labels(db_url) == {"b@example.test": set()}
    output = _cli(db_url, "retriage", "--pending", "--no-progress")
    assert "1 beskeder" in output
    assert all("case_request" in labels for labels in _labels(db_url).values())
