"""Form/letter exports: good records parsed, bad lines quarantined with their line number."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from borgerpost.errors import IngestError
from borgerpost.ingest.jsonl import JsonlReader, parse_record
from borgerpost.model import ParseStatus, Source

RECORD = {"id": "F-1042", "sender": "Jens Hansen <Jens@Example.dk>",
          "received": "2024-05-02T09:15:00+02:00", "subject": "Klage over afgørelse",
          "text": "Jeg klager over afgørelsen af 1. maj.\r\nMvh Jens"}


def line(**changes: object) -> bytes:
    record = {**RECORD, **changes}
    return json.dumps({k: v for k, v in record.items() if v is not None},
                      ensure_ascii=False).encode()


def test_a_record_becomes_a_message() -> None:
    raw = line(unit="Ydelse", recipients=["Ydelse <YDELSE@kommune.dk>", "b@c.dk"])
    message = parse_record(raw, 1, source_ref="export.jsonl:1")
    assert message.status is ParseStatus.OK
    assert (message.source, message.source_ref, message.raw) == (Source.JSONL,
                                                                 "export.jsonl:1", raw)
    assert (message.message_id, message.sender, message.sender_name) == (
        "F-1042", "jens@example.dk", "Jens Hansen")
    assert message.subject == "Klage over afgørelse"
    assert message.body_text == "Jeg klager over afgørelsen af 1. maj.\nMvh Jens"
    assert message.received_at == datetime(2024, 5, 2, 7, 15, tzinfo=UTC)
    assert message.unit == "Ydelse"
    assert message.recipients == ("ydelse@kommune.dk", "b@c.dk")


def test_letter_without_address_and_local_time() -> None:
    message = parse_record(line(sender="Else Madsen", received="2024-01-15 10:00",
                                subject=None, id=77), 3)
    assert (message.sender, message.sender_name, message.subject) == (
        "Else Madsen", "Else Madsen", "")
    assert message.message_id == "77"
    assert message.received_at == datetime(2024, 1, 15, 9, 0, tzinfo=UTC)  # CET = UTC+1


@pytest.mark.parametrize(("raw", "problem"), [
    (b'{"id": "1", "sender": "a@b.dk"', "ugyldig JSON"),
    (b"[1, 2]", "ikke et JSON-objekt"),
    (b'"tekst"', "ikke et JSON-objekt"),
    (line(text=None), "'text' mangler"),
    (line(sender=None), "'sender' mangler"),
    (line(received="i går"), "ISO 8601"),
    (line(text=["liste"]), "'text' skal være tekst"),
    (line(id=True), "'id' skal være tekst"),
    (line(id="  "), "'id' er tomt"),
    (line(recipients=[1]), "'recipients'"),
    (b'{"id": "1", "text": "\xe6"}', "ikke gyldig UTF-8"),
])
def test_bad_line_is_quarantined_naming_line_and_problem(raw: bytes, problem: str) -> None:
    message = parse_record(raw, 17)
    assert message.status is ParseStatus.QUARANTINED
    assert message.raw == raw
    assert message.parse_error is not None
    assert message.parse_error.startswith("linje 17:") and problem in message.parse_error


def test_reader_keeps_going_past_bad_lines_and_skips_blank_ones(tmp_path: Path) -> None:
    path = tmp_path / "export.jsonl"
    path.write_bytes(line(id="a") + b"\n\n   \nnot json\r\n" + line(id="b"))  # no final \n
    messages = list(JsonlReader(path))
    assert [m.status for m in messages] == [ParseStatus.OK, ParseStatus.QUARANTINED,
                                            ParseStatus.OK]
    assert messages[1].parse_error is not None and messages[1].parse_error.startswith("linje 4:")
    assert messages[1].raw == b"not json"
    assert [m.source_ref for m in messages] == ["export.jsonl:1", "export.jsonl:4",
                                                "export.jsonl:5"]


def test_reader_errors(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="kan ikke åbnes"):
        list(JsonlReader(tmp_path / "missing.jsonl"))
    huge = tmp_path / "huge.jsonl"
    huge.write_bytes(line(id="a") + b"\n" + b"x" * 5000 + b"\n")
    reader = iter(JsonlReader(huge, max_line_bytes=1000))
    assert next(reader).message_id == "a"
    with pytest.raises(IngestError, match="linje 2"):
        next(reader)


@given(st.binary(max_size=300))
def test_parse_record_never_raises(raw: bytes) -> None:
    message = parse_record(raw, 1)
    assert message.raw == raw
    (message.subject + message.body_text + message.sender).encode("utf-8")
