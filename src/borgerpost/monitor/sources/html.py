"""One web page — fetched from a URL, or saved to a file by someone who found it — as one
item: its readable text (``ingest.htmltext``), and where and by whom, from the page's
own metadata where it says so (canonical link, ``og:url``, author, published time).

A fetched page is kept as a WARC 'response' record (status line, headers, body as
received); a saved file as a 'resource' record with the file's bytes, under the page's
own address when the page declares one, else the file's ``file:`` URI.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from lxml import etree
from lxml import html as lxml_html

from borgerpost.errors import MonitorError
from borgerpost.ingest.charsets import clean_text, decode_bytes
from borgerpost.ingest.htmltext import html_to_text
from borgerpost.monitor.fetch import DEFAULT_MAX_BYTES, Fetched, check_url, fetch
from borgerpost.monitor.model import RawItem, SourceRecord, WarcPart, item_key

Fetcher = Callable[[str], Fetched]
LOCAL_TIME = ZoneInfo("Europe/Copenhagen")
# the text is decoded already: the page's own <meta charset> must not be applied again
_PARSER = lxml_html.HTMLParser(encoding="utf-8", remove_comments=True)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.I)


@dataclass(frozen=True, slots=True)
class PageFacts:
    """What the page says about itself."""

    url: str
    author: str
    posted_at: datetime | None


def read_page(location: str, *, fetcher: Fetcher = fetch) -> Iterator[SourceRecord]:
    """The page at ``location`` (an http(s) URL or a file path) as one item."""
    if location.strip().lower().startswith(("http://", "https://")):
        return iter((_fetched_item(fetcher(location)),))
    return iter((_file_item(Path(location)),))


def _fetched_item(fetched: Fetched) -> RawItem:
    markup = _decode(fetched.decoded_body(), fetched.charset, fetched.url)
    facts = page_facts(markup, fallback_url=fetched.url)
    part = WarcPart("response", fetched.url, fetched.content_type or "text/html",
                    fetched.body, http_status=fetched.status_line, http_headers=fetched.headers)
    return _item(markup, facts, part, fetched.retrieved_at, identity=facts.url)


def _file_item(path: Path) -> RawItem:
    try:
        if path.stat().st_size > DEFAULT_MAX_BYTES:
            raise MonitorError(f"{path}: filen er over {DEFAULT_MAX_BYTES // (1024 * 1024)} MB")
        data = path.read_bytes()
    except OSError as exc:
        raise MonitorError(f"{path}: kan ikke læses ({exc.strerror})") from exc
    retrieved = datetime.now(UTC)
    file_uri = path.resolve().as_uri()
    markup = _decode(data, None, str(path))
    facts = page_facts(markup, fallback_url=file_uri)
    modified = datetime.fromtimestamp(path.stat().st_mtime, UTC).isoformat()
    part = WarcPart("resource", facts.url, "text/html", data,
                    extra=(("Borgerpost-Source-URI", file_uri),
                           ("Borgerpost-File-Modified", modified)))
    return _item(markup, facts, part, retrieved, identity=facts.url)


def _item(markup: str, facts: PageFacts, part: WarcPart, retrieved: datetime, *,
          identity: str) -> RawItem:
    text = html_to_text(markup)
    if not text:
        raise MonitorError(f"{facts.url}: siden har ingen tekst")
    return RawItem(item_key=item_key(identity), url=facts.url, author=facts.author,
                   posted_at=facts.posted_at, parent_url=None, text=text,
                   warc_payload=(part,), retrieved_at=retrieved, ref="siden")


def _decode(data: bytes, charset: str | None, where: str) -> str:
    if charset is None:
        declared = _META_CHARSET.search(data[:4096])
        charset = declared.group(1).decode("ascii") if declared else None
    text, _problem = decode_bytes(data, charset, where)
    return clean_text(text)


def page_facts(markup: str, *, fallback_url: str) -> PageFacts:
    """The page's own address, author and time, where its metadata gives them."""
    try:
        root = lxml_html.document_fromstring(markup.encode("utf-8", "replace"), parser=_PARSER)
    except (etree.ParserError, ValueError):
        return PageFacts(fallback_url, "", None)
    url = _first(root, ('//link[@rel="canonical"]/@href', '//meta[@property="og:url"]/@content'))
    try:
        url = check_url(url) if url else fallback_url
    except MonitorError:
        url = fallback_url
    author = _first(root, ('//meta[@name="author"]/@content',
                           '//meta[@property="article:author"]/@content'))
    published = _first(root, ('//meta[@property="article:published_time"]/@content',
                              '//time[@datetime]/@datetime'))
    return PageFacts(url, author[:300], _time(published))


def _first(root: etree._Element, paths: tuple[str, ...]) -> str:
    for path in paths:
        found = root.xpath(path)
        if found and str(found[0]).strip():
            return clean_text(str(found[0]).strip())
    return ""


def _time(value: str) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return (parsed if parsed.tzinfo else parsed.replace(tzinfo=LOCAL_TIME)).astimezone(UTC)
