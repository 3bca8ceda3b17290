"""RSS and Atom feeds served on the loopback interface → items with their WARC parts."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from borgerpost.errors import MonitorError
from borgerpost.monitor.model import RawItem, RowError, item_key
from borgerpost.monitor.sources.rss import read_feed
from tests.monitor.conftest import DOXXING, HARMLESS, NAMED_PLAIN, FeedServer
from tests.monitor.feeds import Post, atom, rss

POSTS = [
    Post("opslag-1", "https://gruppe.example/p/1", NAMED_PLAIN, author="vred_borger",
         when="2025-03-03T10:00:00+01:00"),
    Post("opslag-2", "https://gruppe.example/p/2", HARMLESS, title="Kage"),
]


def _items(records: list[RawItem | RowError]) -> list[RawItem]:
    return [r for r in records if isinstance(r, RawItem)]


def test_rss_entries_become_items(feed_server: FeedServer) -> None:
    url = feed_server.serve("/rss", rss(POSTS))
    items = _items(list(read_feed(url)))
    assert [i.text for i in items] == [NAMED_PLAIN, f"Kage\n\n{HARMLESS}"]
    first = items[0]
    assert first.url == "https://gruppe.example/p/1" and first.author == "vred_borger"
    assert first.item_key == item_key("opslag-1")
    assert first.posted_at == datetime(2025, 3, 3, 9, 0, tzinfo=UTC)
    response, entry = first.warc_payload
    assert response.record_type == "response" and response.target_uri == url
    assert response.payload == rss(POSTS) and response.http_status == "200 OK"
    assert entry.record_type == "resource" and entry.target_uri == first.url
    assert json.loads(entry.payload)["id"] == "opslag-1"


def test_atom_comments_carry_their_parent(feed_server: FeedServer) -> None:
    comment = Post("urn:kommentar:9", "https://gruppe.example/p/1#k9", DOXXING,
                   author="anon77", when="2025-03-04T08:30:00Z",
                   reply_to="https://gruppe.example/p/1")
    url = feed_server.serve("/atom", atom([comment]), "application/atom+xml")
    (item,) = _items(list(read_feed(url)))
    assert item.text == DOXXING and item.author == "anon77"
    assert item.parent_url == "https://gruppe.example/p/1"
    assert item.posted_at == datetime(2025, 3, 4, 8, 30, tzinfo=UTC)


def test_entry_without_identity_or_text_is_a_row_error(feed_server: FeedServer) -> None:
    body = rss(POSTS).replace(b"<guid isPermaLink=\"false\">opslag-2</guid>"
                              b"<link>https://gruppe.example/p/2</link>", b"")
    body = body.replace(b"</channel>", b"<item><guid>tom</guid></item></channel>")
    records = list(read_feed(feed_server.serve("/rss", body)))
    assert [r.line() for r in records if isinstance(r, RowError)] == [
        "indlæg 2: har hverken id eller link", "indlæg 3: har ingen tekst"]
    assert [i.text for i in _items(records)] == [NAMED_PLAIN]


@pytest.mark.parametrize("body", [b"<html><body>ikke et feed</body></html>", b"",
                                  b"\x00\x01\x02"])
def test_something_else_than_a_feed_is_a_source_error(feed_server: FeedServer,
                                                      body: bytes) -> None:
    url = feed_server.serve("/x", body, "text/html")
    with pytest.raises(MonitorError, match="ikke et RSS- eller Atom-feed"):
        read_feed(url)


def test_unreachable_feed_fails_before_anything_is_yielded(feed_server: FeedServer) -> None:
    with pytest.raises(MonitorError, match="404"):
        read_feed(feed_server.url("/findes-ikke"))
