"""One page, saved to a file or fetched, as one item with the page's own metadata."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from borgerpost.errors import MonitorError
from borgerpost.monitor.model import RawItem, item_key
from borgerpost.monitor.sources.html import page_facts, read_page
from tests.monitor.conftest import NAMED_THREAT, FeedServer

PAGE = f"""<!doctype html><html><head><meta charset="windows-1252">
<title>Læserbrev</title>
<link rel="canonical" href="https://avis.example/debat/laeserbrev-17">
<meta name="author" content="Jens Læser">
<meta property="article:published_time" content="2025-04-02T07:15:00+02:00">
<script>var x = "ikke tekst";</script></head>
<body><h1>Læserbrev</h1><p>{NAMED_THREAT}</p><p>Med venlig hilsen</p></body></html>"""


def _only(records: object) -> RawItem:
    (item,) = list(records)  # type: ignore[call-overload]
    assert isinstance(item, RawItem)
    return item


def test_saved_page_file(tmp_path: Path) -> None:
    path = tmp_path / "laeserbrev.html"
    path.write_bytes(PAGE.encode("cp1252"))
    item = _only(read_page(str(path)))
    assert item.text == f"Læserbrev\n\n{NAMED_THREAT}\n\nMed venlig hilsen"
    assert item.url == "https://avis.example/debat/laeserbrev-17"
    assert item.item_key == item_key(item.url) and item.author == "Jens Læser"
    assert item.posted_at == datetime(2025, 4, 2, 5, 15, tzinfo=UTC)
    (part,) = item.warc_payload
    assert part.record_type == "resource" and part.payload == PAGE.encode("cp1252")
    assert part.target_uri == item.url
    assert dict(part.extra)["Borgerpost-Source-URI"] == path.resolve().as_uri()


def test_page_without_metadata_uses_the_file_uri(tmp_path: Path) -> None:
    path = tmp_path / "side.html"
    path.write_text(f"<p>{NAMED_THREAT}</p>", encoding="utf-8")
    item = _only(read_page(str(path)))
    assert item.url == path.resolve().as_uri() and item.author == "" and item.posted_at is None


def test_fetched_page_is_a_response_record(feed_server: FeedServer) -> None:
    body = PAGE.replace('charset="windows-1252"', 'charset="utf-8"').encode()
    url = feed_server.serve("/debat/17", body, "text/html; charset=utf-8")
    item = _only(read_page(url))
    assert NAMED_THREAT in item.text and item.url == "https://avis.example/debat/laeserbrev-17"
    (part,) = item.warc_payload
    assert (part.record_type, part.target_uri, part.payload) == ("response", url, body)


@pytest.mark.parametrize("markup", ["", "<html><body>  </body></html>",
                                    "<script>kun kode</script>"])
def test_page_without_text_is_an_error(tmp_path: Path, markup: str) -> None:
    path = tmp_path / "tom.html"
    path.write_text(markup)
    with pytest.raises(MonitorError, match="ingen tekst"):
        list(read_page(str(path)))


@pytest.mark.parametrize(("markup", "url"), [
    ('<meta property="og:url" content="https://a.example/x">', "https://a.example/x"),
    ('<link rel="canonical" href="javascript:alert(1)">', "file:///fallback"),
    ('<link rel="canonical" href="/relativ">', "file:///fallback"),
])
def test_page_address(markup: str, url: str) -> None:
    assert page_facts(f"<html><head>{markup}</head><body>x</body></html>",
                      fallback_url="file:///fallback").url == url
