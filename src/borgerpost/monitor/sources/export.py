"""Exports of public posts and comments: JSON (an array, or one object per line) and CSV.

The schema (README "Public-post monitor") — one post or comment per record:

    url      the post's or comment's address, http(s)            required
    text     the text as published                               required
    author   the poster's handle or name                         optional
    posted   when it was posted, ISO 8601 (no offset: Danish)    optional
    parent   the address of the post a comment answers           optional
    source   where it was posted ("facebook", a group's name)    optional
    id       the platform's id of the post (else the url is it)  optional

Other fields are ignored. A malformed record is a ``RowError`` naming its row (the line of
a JSONL or CSV file — header is line 1 — or the element of a JSON array) and the problem;
the records after it are still read. Files are streamed, so any size reads in constant
memory. Each item carries its record's exact bytes for the WARC evidence.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO
from zoneinfo import ZoneInfo

from borgerpost.errors import MonitorError
from borgerpost.ingest.charsets import clean_text
from borgerpost.monitor.fetch import check_url
from borgerpost.monitor.model import RawItem, RowError, SourceRecord, WarcPart, item_key
from borgerpost.monitor.sources.jsonarray import JsonElement, json_array

LOCAL_TIME = ZoneInfo("Europe/Copenhagen")
FIELDS = ("url", "text", "author", "posted", "parent", "source", "id")
REQUIRED = ("url", "text")
MAX_RECORD_BYTES = 10 * 1024 * 1024
_SURROGATE = re.compile("[\udc80-\udcff]")


@dataclass(frozen=True, slots=True)
class _Origin:
    """The file an export came from, as the WARC records name it."""

    path: Path
    uri: str
    modified: str

    @classmethod
    def of(cls, path: Path) -> _Origin:
        try:
            stat = path.stat()
        except OSError as exc:
            raise MonitorError(f"{path}: kan ikke læses ({exc.strerror})") from exc
        modified = datetime.fromtimestamp(stat.st_mtime, UTC).isoformat()
        return cls(path, path.resolve().as_uri(), modified)


def read_export(path: Path, kind: str) -> Iterator[SourceRecord]:
    """The records of an export file; ``kind`` is 'export_json' or 'export_csv'.
    A file that cannot be opened at all is a ``MonitorError`` before anything is yielded."""
    origin = _Origin.of(path)
    try:
        stream = path.open("rb")
    except OSError as exc:
        raise MonitorError(f"{path}: kan ikke åbnes ({exc.strerror})") from exc
    if kind == "export_csv":
        return _closing(stream, _csv_records(stream, origin))
    if kind == "export_json":
        return _closing(stream, _json_records(stream, origin))
    stream.close()
    raise MonitorError(f"{kind!r} er ikke en eksporttype")


def _closing(stream: BinaryIO, records: Iterator[SourceRecord]) -> Iterator[SourceRecord]:
    with stream:
        yield from records


# --- one record ---------------------------------------------------------------------------


def _field(record: dict[str, Any], name: str) -> str:
    value = record.get(name)
    if value is None:
        return ""
    if type(value) is str:  # the usual case, first
        return clean_text(value)
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise MonitorError(f"feltet {name!r} skal være tekst")
    return clean_text(str(value))


def _posted(value: str) -> datetime | None:
    if not value.strip():
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError as exc:
        raise MonitorError(f"'posted' er ikke en ISO 8601-tid: {value[:40]!r}") from exc
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=LOCAL_TIME)
    return parsed.astimezone(UTC)


def _item(record: Any, raw: bytes, content_type: str, origin: _Origin, ref: str,
          row: int) -> RawItem:
    if not isinstance(record, dict):
        raise MonitorError("er ikke et objekt med felter")
    fields = {name: _field(record, name) for name in FIELDS}
    for name in REQUIRED:
        if not fields[name].strip():
            raise MonitorError(f"feltet {name!r} mangler eller er tomt")
    try:
        url = check_url(fields["url"])
    except MonitorError as exc:
        raise MonitorError("feltet 'url' er ikke en http(s)-adresse") from exc
    text = fields["text"].replace("\r\n", "\n")
    identity = f"{fields['source']}|{fields['id']}" if fields["id"].strip() else url
    retrieved = datetime.now(UTC)
    part = WarcPart(
        "resource", url, content_type, raw,
        extra=(("Borgerpost-Source-URI", origin.uri), ("Borgerpost-Row", str(row)),
               ("Borgerpost-File-Modified", origin.modified)),
    )
    return RawItem(
        item_key=item_key(identity), url=url, author=fields["author"].strip(),
        posted_at=_posted(fields["posted"]), parent_url=fields["parent"].strip() or None,
        text=text, warc_payload=(part,), retrieved_at=retrieved, ref=ref,
    )


def _record_or_error(record: Any, raw: bytes, content_type: str, origin: _Origin,
                     ref: str, row: int) -> SourceRecord:
    try:
        return _item(record, raw, content_type, origin, ref, row)
    except MonitorError as exc:
        return RowError(ref, str(exc))


# --- JSON: an array, or one object per line -----------------------------------------------


def _first_byte(stream: BinaryIO) -> bytes:
    """The first non-space byte (after a UTF-8 BOM), without consuming it."""
    peek = stream.peek(4096) if hasattr(stream, "peek") else b""
    return peek.removeprefix(b"\xef\xbb\xbf").lstrip()[:1]


def _json_records(stream: BinaryIO, origin: _Origin) -> Iterator[SourceRecord]:
    if _first_byte(stream) == b"[":
        yield from _array_records(stream, origin)
    else:
        yield from _jsonl_records(stream, origin)


def _array_records(stream: BinaryIO, origin: _Origin) -> Iterator[SourceRecord]:
    for element in json_array(stream, max_element_bytes=MAX_RECORD_BYTES, name=str(origin.path)):
        yield _element(element, origin)


def _element(element: JsonElement, origin: _Origin) -> SourceRecord:
    ref = f"element {element.number}"
    if element.error is not None:
        return RowError(ref, element.error)
    return _record_or_error(element.value, element.raw, "application/json; charset=utf-8",
                            origin, ref, element.number)


def _jsonl_records(stream: BinaryIO, origin: _Origin) -> Iterator[SourceRecord]:
    limit = MAX_RECORD_BYTES + 1
    for number, line in enumerate(iter(lambda: stream.readline(limit), b""), 1):
        ref = f"række {number}"
        if len(line) >= limit and not line.endswith(b"\n"):
            yield RowError(ref, f"er over {MAX_RECORD_BYTES // (1024 * 1024)} MB")
            _skip_rest_of_line(stream)
            continue
        raw = line.rstrip(b"\r\n").removeprefix(b"\xef\xbb\xbf") if number == 1 else \
            line.rstrip(b"\r\n")
        if not raw or raw.isspace():
            continue
        try:
            record = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError as exc:
            yield RowError(ref, f"er ikke gyldig UTF-8 (byte {exc.start})")
            continue
        except json.JSONDecodeError as exc:
            yield RowError(ref, f"er ikke gyldig JSON: {exc.msg} (kolonne {exc.colno})")
            continue
        except RecursionError:
            yield RowError(ref, "JSON er for dybt indlejret")
            continue
        yield _record_or_error(record, raw, "application/json; charset=utf-8", origin, ref,
                               number)


def _skip_rest_of_line(stream: BinaryIO) -> None:
    while True:
        chunk = stream.readline(1024 * 1024)
        if not chunk or chunk.endswith(b"\n"):
            return


# --- CSV ----------------------------------------------------------------------------------


class _Lines:
    """Decoded lines for ``csv.reader``, remembering the raw bytes of the current record."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream
        self.raw: list[bytes] = []
        self.first = True

    def __iter__(self) -> Iterator[str]:
        for line in self.stream:
            if self.first:
                line = line.removeprefix(b"\xef\xbb\xbf")
                self.first = False
            self.raw.append(line)
            yield line.decode("utf-8", "surrogateescape")

    def take(self) -> bytes:
        data = b"".join(self.raw)
        self.raw.clear()
        return data


def _csv_records(stream: BinaryIO, origin: _Origin) -> Iterator[SourceRecord]:
    csv.field_size_limit(MAX_RECORD_BYTES)
    lines = _Lines(stream)
    reader = csv.reader(iter(lines))
    header_raw, header = _csv_header(reader, lines, origin)
    while True:
        row = reader.line_num + 1
        ref = f"række {row}"
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            lines.take()
            yield RowError(ref, f"er ikke gyldig CSV ({exc})")
            continue
        raw = lines.take()
        if not any(v.strip() for v in values):
            continue
        yield _csv_record(values, header, header_raw + raw, origin, ref, row)


def _csv_header(reader: Any, lines: _Lines, origin: _Origin) -> tuple[bytes, list[str]]:
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise MonitorError(f"{origin.path}: filen er tom") from None
    except csv.Error as exc:
        raise MonitorError(f"{origin.path}: overskriftslinjen er ikke gyldig CSV ({exc})") from exc
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        raise MonitorError(f"{origin.path}: overskriften mangler kolonnen "
                           f"{', '.join(missing)} (skema: {', '.join(FIELDS)})")
    return lines.take(), header


def _csv_record(values: list[str], header: list[str], raw: bytes, origin: _Origin, ref: str,
                row: int) -> SourceRecord:
    if len(values) != len(header):
        return RowError(ref, f"har {len(values)} felter, overskriften har {len(header)}")
    if any(_SURROGATE.search(v) for v in values):
        return RowError(ref, "er ikke gyldig UTF-8")
    record = dict(zip(header, values, strict=True))
    return _record_or_error(record, raw, "text/csv; charset=utf-8", origin, ref, row)
