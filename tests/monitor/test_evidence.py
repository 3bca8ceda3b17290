"""Freezing: the text's hash, and WARC records warcio reads back with matching digests."""

from __future__ import annotations

import base64
import gzip
import hashlib
import io
from datetime import UTC, datetime

import pytest
from warcio.archiveiterator import ArchiveIterator

from borgerpost.errors import MonitorError
from borgerpost.monitor.evidence import freeze, read_warc
from borgerpost.monitor.model import RawItem, WarcPart, item_key
from tests.monitor.conftest import DOXXING

WHEN = datetime(2025, 3, 3, 9, 30, 15, 123456, tzinfo=UTC)
FEED = "<rss><channel><item>æøå</item></channel></rss>".encode()
ENTRY = b'{"id": "opslag-1", "link": "https://gruppe.example/p/1"}'


def _raw() -> RawItem:
    return RawItem(
        item_key=item_key("opslag-1"), url="https://gruppe.example/p/1", author="anon",
        posted_at=None, parent_url=None, text=DOXXING, retrieved_at=WHEN,
        warc_payload=(
            WarcPart("response", "http://127.0.0.1:8000/rss", "application/rss+xml", FEED,
                     http_status="200 OK",
                     http_headers=(("Content-Type", "application/rss+xml"),
                                   ("Transfer-Encoding", "chunked"))),
            WarcPart("resource", "https://gruppe.example/p/1", "application/json", ENTRY,
                     extra=(("Borgerpost-Source-URI", "http://127.0.0.1:8000/rss"),)),
        ),
    )


def _sha256_b32(data: bytes) -> str:
    return "sha256:" + base64.b32encode(hashlib.sha256(data).digest()).decode()


def test_hashes_of_text_and_warc() -> None:
    frozen = freeze(_raw())
    assert frozen.text == DOXXING
    assert frozen.content_sha256 == hashlib.sha256(DOXXING.encode()).hexdigest()
    assert frozen.warc_sha256 == hashlib.sha256(frozen.warc_bytes).hexdigest()
    assert frozen.retrieved_at == WHEN


def test_warcio_reads_the_records_back_with_digests_checked() -> None:
    frozen = freeze(_raw())
    stream = ArchiveIterator(io.BytesIO(frozen.warc_bytes), check_digests="raise")
    records = [(r.rec_type, r.rec_headers, r.content_stream().read()) for r in stream]
    assert [t for t, _, _ in records] == ["warcinfo", "response", "resource"]
    _, response, feed = records[1]
    _, resource, entry = records[2]
    assert (feed, entry) == (FEED, ENTRY)
    for headers, payload in ((response, FEED), (resource, ENTRY)):
        assert headers.get_header("WARC-Date") == "2025-03-03T09:30:15.123456Z"
        assert headers.get_header("WARC-Payload-Digest") == _sha256_b32(payload)
    assert response.get_header("WARC-Target-URI") == "http://127.0.0.1:8000/rss"
    assert resource.get_header("WARC-Target-URI") == "https://gruppe.example/p/1"
    assert resource.get_header("WARC-Concurrent-To") == response.get_header("WARC-Record-ID")
    assert resource.get_header("Borgerpost-Source-URI") == "http://127.0.0.1:8000/rss"


def test_response_record_keeps_status_and_headers_but_not_chunking() -> None:
    (_, response, _) = read_warc(freeze(_raw()).warc_bytes)
    raw = gzip.decompress(freeze(_raw()).warc_bytes)
    assert b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n" in raw
    assert b"Transfer-Encoding" not in raw  # the body is stored de-chunked
    assert response.payload == FEED


def test_read_warc_gives_the_records() -> None:
    info = read_warc(freeze(_raw()).warc_bytes)
    assert [(r.record_type, r.target_uri) for r in info] == [
        ("warcinfo", ""), ("response", "http://127.0.0.1:8000/rss"),
        ("resource", "https://gruppe.example/p/1")]
    assert info[2].payload_digest == _sha256_b32(ENTRY)


@pytest.mark.parametrize("where", [ENTRY[5:20], FEED[-20:]])
def test_a_changed_byte_in_a_record_fails_the_digest(where: bytes) -> None:
    plain = gzip.decompress(freeze(_raw()).warc_bytes)
    changed = bytearray(where)
    changed[3] ^= 0x01
    tampered = plain.replace(where, bytes(changed))
    assert tampered != plain
    read_warc(plain)  # the uncompressed original reads fine
    with pytest.raises(MonitorError, match="digest"):
        read_warc(tampered)


def test_garbage_is_not_a_warc() -> None:
    with pytest.raises(MonitorError):
        read_warc(b"\x1f\x8b garbage")
    with pytest.raises(MonitorError, match="ingen poster"):
        read_warc(b"")
