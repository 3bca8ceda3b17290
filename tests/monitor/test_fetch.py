"""Our HTTP client against a loopback server: bytes as received, limits, errors."""

from __future__ import annotations

import gzip

import pytest

from borgerpost.errors import MonitorError
from borgerpost.monitor.fetch import USER_AGENT, check_url, fetch
from tests.monitor.conftest import FeedServer


def test_fetch_keeps_status_headers_and_body(feed_server: FeedServer) -> None:
    url = feed_server.serve("/feed.xml", "<rss>æ</rss>".encode(),
                            "application/rss+xml; charset=utf-8")
    got = fetch(url)
    assert (got.status, got.reason, got.body) == (200, "OK", "<rss>æ</rss>".encode())
    assert got.content_type == "application/rss+xml" and got.charset == "utf-8"
    assert got.header("content-length") == str(len(got.body))
    assert got.retrieved_at.tzinfo is not None
    assert feed_server.user_agents == [USER_AGENT]


def test_compressed_body_kept_as_received_and_decoded_for_parsing(
    feed_server: FeedServer,
) -> None:
    packed = gzip.compress(b"<rss/>")
    url = feed_server.serve("/z", packed, headers=(("Content-Encoding", "gzip"),))
    got = fetch(url)
    assert got.body == packed  # the evidence keeps what came over the wire
    assert got.decoded_body() == b"<rss/>"
    broken = fetch(feed_server.serve("/b", b"not gzip", headers=(("Content-Encoding", "gzip"),)))
    with pytest.raises(MonitorError, match="pakkes ud"):
        broken.decoded_body()


@pytest.mark.parametrize(("status", "expected"), [(404, "404"), (500, "500"), (403, "403")])
def test_error_status_is_a_monitor_error(feed_server: FeedServer, status: int,
                                         expected: str) -> None:
    url = feed_server.serve("/gone", b"nej", "text/plain", status=status)
    with pytest.raises(MonitorError, match=expected):
        fetch(url)


def test_body_over_the_limit_is_refused(feed_server: FeedServer) -> None:
    url = feed_server.serve("/big", b"x" * 300_000, "text/plain")
    with pytest.raises(MonitorError, match="over"):
        fetch(url, max_bytes=100_000)
    assert len(fetch(url, max_bytes=300_000).body) == 300_000


def test_unreachable_host_is_a_monitor_error() -> None:
    with pytest.raises(MonitorError, match="kan ikke hentes"):
        fetch("http://127.0.0.1:9/feed", timeout=2)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.dk/x", "javascript:x",
                                 "feed.xml", "http://", ""])
def test_only_http_urls_are_fetched(url: str) -> None:
    with pytest.raises(MonitorError, match="http"):
        check_url(url)


@pytest.mark.parametrize("url", ["http://127.0.0.1:8080/f", "https://gruppe.example/rss?x=1",
                                 "  https://a.dk  "])
def test_http_urls_pass(url: str) -> None:
    assert check_url(url) == url.strip()
