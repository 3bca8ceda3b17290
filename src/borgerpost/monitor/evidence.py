"""Freezing a kept item as evidence: the exact text, its SHA-256, and WARC records.

WARC (ISO 28500) is the web archives' format, and what a police IT examiner can open with
standard tools (warcio, pywb, the Wayback Machine's own). Each kept item gets a small gzip'd
WARC of its own:

    warcinfo    who wrote it (borgerpost-monitor) and why
    response    the HTTP fetch (feed or page): status line, headers, body as received
    resource    a feed entry as read, an export row's exact bytes, or a saved HTML file

Every record has ``WARC-Target-URI``, ``WARC-Date`` (the retrieval time, UTC) and
``WARC-Payload-Digest`` / ``WARC-Block-Digest`` in SHA-256 (warcio's default is SHA-1, no
longer accepted as tamper evidence). ``content_sha256`` is over the stored text's UTF-8
bytes and ``warc_sha256`` over the gzip'd WARC bytes as stored, so a package can be checked
byte for byte later (``read_warc`` reads the records back and checks their digests).
"""

from __future__ import annotations

import io
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeaders
from warcio.utils import Digester
from warcio.warcwriter import WARCWriter

from borgerpost import __version__ as _version
from borgerpost.errors import MonitorError
from borgerpost.monitor.model import RawItem, WarcPart, sha256_hex

SOFTWARE = f"borgerpost-monitor/{_version}"
_HOP_BY_HOP = frozenset({"transfer-encoding", "connection", "keep-alive"})


@dataclass(frozen=True, slots=True)
class FrozenEvidence:
    """A kept item as it will be stored: nothing here changes after freezing."""

    text: str
    content_sha256: str
    warc_bytes: bytes
    warc_sha256: str
    retrieved_at: datetime


@dataclass(frozen=True, slots=True)
class WarcRecordInfo:
    """One record read back from stored WARC bytes (for verifying and for reports)."""

    record_type: str
    target_uri: str
    date: str
    content_type: str
    payload: bytes
    payload_digest: str
    headers: tuple[tuple[str, str], ...]


class _Sha256Writer(WARCWriter):  # type: ignore[misc]
    """warcio's writer with SHA-256 block and payload digests instead of SHA-1."""

    @staticmethod
    def _create_digester() -> Digester:
        return Digester("sha256")


def warc_date(moment: datetime) -> str:
    """ISO 8601 UTC with microseconds, as WARC 1.1 allows (``2025-03-01T09:30:00.123456Z``)."""
    utc = moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def freeze(raw: RawItem) -> FrozenEvidence:
    """The evidence of ``raw``: its text and hash, and its WARC records, gzip'd."""
    buffer = io.BytesIO()
    writer = _Sha256Writer(buffer, gzip=True, warc_version="1.1")
    date = warc_date(raw.retrieved_at)
    writer.write_record(_warcinfo(writer, date))
    previous: str | None = None
    for part in raw.warc_payload:
        record = _record(writer, part, date, concurrent_to=previous)
        writer.write_record(record)
        previous = record.rec_headers.get_header("WARC-Record-ID")
    data = buffer.getvalue()
    return FrozenEvidence(
        text=raw.text,
        content_sha256=sha256_hex(raw.text),
        warc_bytes=data,
        warc_sha256=sha256_hex(data),
        retrieved_at=raw.retrieved_at.astimezone(UTC),
    )


def _warcinfo(writer: WARCWriter, date: str) -> ArcWarcRecord:
    fields = (
        f"software: {SOFTWARE}\r\n"
        "format: WARC File Format 1.1\r\n"
        "conformsTo: https://iso.org/standard/68004.html\r\n"
        "description: Offentligt opslag gemt som bevis af borgerpost\r\n"
    ).encode()
    return writer.create_warc_record(
        "", "warcinfo", payload=io.BytesIO(fields), length=len(fields),
        warc_content_type="application/warc-fields", warc_headers_dict={"WARC-Date": date},
    )


def _record(
    writer: WARCWriter, part: WarcPart, date: str, *, concurrent_to: str | None
) -> ArcWarcRecord:
    headers = {"WARC-Date": date, **dict(part.extra)}
    if concurrent_to:
        headers["WARC-Concurrent-To"] = concurrent_to
    if part.record_type == "response":
        kept = [(k, v) for k, v in part.http_headers if k.lower() not in _HOP_BY_HOP]
        http = StatusAndHeaders(part.http_status or "200 OK", kept, protocol="HTTP/1.1")
        return writer.create_warc_record(
            part.target_uri, "response", payload=io.BytesIO(part.payload),
            length=len(part.payload), http_headers=http, warc_headers_dict=headers,
        )
    if part.record_type not in ("resource", "metadata"):
        raise MonitorError(f"ukendt WARC-posttype {part.record_type!r}")
    return writer.create_warc_record(
        part.target_uri, part.record_type, payload=io.BytesIO(part.payload),
        length=len(part.payload), warc_content_type=part.content_type,
        warc_headers_dict=headers,
    )


def read_warc(data: bytes) -> list[WarcRecordInfo]:
    """The records of stored WARC bytes, with every block and payload digest checked.

    Raises ``MonitorError`` when the bytes are not a readable WARC or a digest does not
    match its record (a changed byte anywhere in a record's content)."""
    out: list[WarcRecordInfo] = []
    try:
        iterator = ArchiveIterator(io.BytesIO(data), check_digests="raise")
        for record in iterator:
            payload = record.content_stream().read()
            out.append(_info(record, payload))
    except (ArchiveLoadFailed, ValueError, OSError, EOFError, zlib.error) as exc:
        raise MonitorError(f"WARC-data kan ikke læses eller er ændret: {exc}") from exc
    if not out:
        raise MonitorError("WARC-data indeholder ingen poster")
    return out


def _info(record: ArcWarcRecord, payload: bytes) -> WarcRecordInfo:
    rec = record.rec_headers
    return WarcRecordInfo(
        record_type=str(record.rec_type),
        target_uri=rec.get_header("WARC-Target-URI") or "",
        date=rec.get_header("WARC-Date") or "",
        content_type=rec.get_header("Content-Type") or "",
        payload=payload,
        payload_digest=rec.get_header("WARC-Payload-Digest") or "",
        headers=tuple(rec.headers),
    )
