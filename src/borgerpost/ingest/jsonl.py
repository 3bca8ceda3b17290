"""Web-form and scanned-letter exports: one JSON object per line → ``IncomingMessage``.

    {"id": "F-1042", "sender": "Jens Hansen <jens@example.dk>", "received":
     "2024-05-02T09:15:00+02:00", "subject": "Klage", "text": "…",
     "unit": "Ydelse", "recipients": ["ydelse@kommune.dk"]}          (last two optional)

A bad line is not fatal and is never skipped: it becomes a quarantined message whose raw
bytes are the line itself and whose error names the line number and the problem, so the
form submission can be read and fixed by hand. Only an unreadable file stops a run.
A ``received`` without a UTC offset is taken as Danish local time (what a municipal
export writes); a ``sender`` without an @ (a scanned letter) is kept as a name.
"""

from __future__ import annotations

import email.utils
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from borgerpost.errors import IngestError, InputFormatError
from borgerpost.ingest.charsets import clean_text
from borgerpost.model import IncomingMessage, ParseStatus, Source

LOCAL_TIME = ZoneInfo("Europe/Copenhagen")
REQUIRED = ("id", "sender", "received", "text")


def _text_field(record: dict[str, Any], name: str, line: int, *, required: bool) -> str:
    value = record.get(name)
    if value is None:
        if required:
            raise InputFormatError(f"feltet {name!r} mangler", line=line)
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise InputFormatError(f"feltet {name!r} skal være tekst", line=line)
    return clean_text(str(value))


def _received(value: str, line: int) -> datetime:
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError as exc:
        raise InputFormatError(f"'received' er ikke en ISO 8601-tid: {value[:40]!r}",
                               line=line) from exc
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=LOCAL_TIME)
    return parsed.astimezone(UTC)


def _recipients(value: object, line: int) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputFormatError("'recipients' skal være en liste af adresser", line=line)
    pairs = email.utils.getaddresses([clean_text(v) for v in value])
    return tuple(dict.fromkeys(a.strip().lower() for _n, a in pairs if "@" in a))


def _sender(value: str) -> tuple[str, str]:
    """(address, name); a letter's sender without an address keeps the name in both."""
    name, address = email.utils.parseaddr(value)
    if "@" in address:
        return address.strip().lower(), name.strip()
    return value.strip(), value.strip()


def _load(line: bytes, number: int) -> dict[str, Any]:
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputFormatError(f"ikke gyldig UTF-8 (byte {exc.start})", line=number) from exc
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputFormatError(f"ugyldig JSON: {exc.msg} (kolonne {exc.colno})",
                               line=number) from exc
    except RecursionError as exc:
        raise InputFormatError("JSON er for dybt indlejret", line=number) from exc
    if not isinstance(record, dict):
        raise InputFormatError("linjen er ikke et JSON-objekt", line=number)
    return record


def _message(line: bytes, number: int, source_ref: str) -> IncomingMessage:
    record = _load(line, number)
    fields = {name: _text_field(record, name, number, required=name in REQUIRED)
              for name in (*REQUIRED, "subject", "unit")}
    if not fields["id"].strip():
        raise InputFormatError("feltet 'id' er tomt", line=number)
    sender, sender_name = _sender(fields["sender"])
    return IncomingMessage(
        raw=line, source=Source.JSONL, source_ref=source_ref, message_id=fields["id"][:998],
        sender=sender, sender_name=sender_name,
        recipients=_recipients(record.get("recipients"), number),
        subject=fields["subject"], body_text=fields["text"].replace("\r\n", "\n"),
        received_at=_received(fields["received"], number),
        unit=fields["unit"].strip() or None,
    )


def parse_record(line: bytes, number: int, *, source_ref: str = "") -> IncomingMessage:
    """One export line → a message; an invalid line → a quarantined one. Never raises."""
    try:
        return _message(line, number, source_ref)
    except InputFormatError as exc:
        return IncomingMessage(raw=line, source=Source.JSONL, source_ref=source_ref,
                               status=ParseStatus.QUARANTINED, parse_error=clean_text(str(exc)))


class JsonlReader:
    """The messages of one export file, read line by line; ``position`` is bytes read."""

    def __init__(self, path: Path, *, max_line_bytes: int | None = None) -> None:
        self.path = path
        self.max_line_bytes = max_line_bytes
        self.position = 0

    def size(self) -> int:
        """The file's size in bytes (for a progress bar)."""
        try:
            return self.path.stat().st_size
        except OSError as exc:
            raise IngestError(f"{self.path}: kan ikke læses ({exc.strerror})") from exc

    def __iter__(self) -> Iterator[IncomingMessage]:
        try:
            stream = self.path.open("rb")
        except OSError as exc:
            raise IngestError(f"{self.path}: kan ikke åbnes ({exc.strerror})") from exc
        limit = -1 if self.max_line_bytes is None else self.max_line_bytes + 1
        with stream:
            for number, line in enumerate(iter(lambda: stream.readline(limit), b""), 1):
                self.position += len(line)
                if limit > 0 and len(line) >= limit and not line.endswith(b"\n"):
                    raise IngestError(f"{self.path}: linje {number} er over "
                                      f"{self.max_line_bytes} bytes; indlæsningen er stoppet")
                record = line.rstrip(b"\r\n")
                if record.strip():
                    yield parse_record(record, number, source_ref=f"{self.path.name}:{number}")
