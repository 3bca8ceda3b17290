"""RSS and Atom feeds: fetched with our own client, parsed by feedparser, one item per entry.

The feed response is kept whole as a WARC 'response' record (every kept entry of it carries
that record, so each item's evidence stands alone), and the entry as feedparser read it —
id, link, title, author, times, content as published — as a 'resource' record beside it.
An entry's text is its title, a blank line, and its content (HTML made readable).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import feedparser

from borgerpost.errors import MonitorError
from borgerpost.ingest.charsets import clean_text
from borgerpost.ingest.htmltext import html_to_text
from borgerpost.monitor.fetch import Fetched, fetch
from borgerpost.monitor.model import RawItem, RowError, SourceRecord, WarcPart, item_key

Fetcher = Callable[[str], Fetched]


def read_feed(url: str, *, fetcher: Fetcher = fetch) -> Iterator[SourceRecord]:
    """The entries of the feed at ``url``. A feed that cannot be fetched or is not a feed
    is a ``MonitorError`` (raised before anything is yielded); a bad entry a ``RowError``."""
    fetched = fetcher(url)
    parsed = feedparser.parse(fetched.decoded_body(), response_headers=dict(fetched.headers))
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        why = f" ({type(problem).__name__})" if problem else ""
        raise MonitorError(f"{url}: er ikke et RSS- eller Atom-feed{why}")
    response = WarcPart(
        "response", fetched.url, fetched.content_type or "application/octet-stream",
        fetched.body, http_status=fetched.status_line, http_headers=fetched.headers,
    )
    return _entries(parsed.entries, fetched, response)


def _entries(entries: list[Any], fetched: Fetched, response: WarcPart) -> Iterator[SourceRecord]:
    for number, entry in enumerate(entries, 1):
        ref = f"indlæg {number}"
        try:
            yield _item(entry, fetched, response, ref)
        except MonitorError as exc:
            yield RowError(ref, str(exc))


def _item(entry: Any, fetched: Fetched, response: WarcPart, ref: str) -> RawItem:
    identity = str(_get(entry, "id") or _get(entry, "link") or "").strip()
    if not identity:
        raise MonitorError("har hverken id eller link")
    title = clean_text(str(_get(entry, "title") or "")).strip()
    content_type, content = _content(entry)
    body = html_to_text(content) if "html" in content_type else clean_text(content).strip()
    text = "\n\n".join(part for part in (title, body) if part)
    if not text:
        raise MonitorError("har ingen tekst")
    link = str(_get(entry, "link") or identity)
    reply = _get(entry, "thr_in-reply-to") or {}
    parent = str(reply.get("href") or reply.get("ref") or "") or None
    record = {
        "feed": fetched.url, "id": _get(entry, "id"), "link": _get(entry, "link"),
        "title": _get(entry, "title"), "author": _get(entry, "author"),
        "published": _get(entry, "published"), "updated": _get(entry, "updated"),
        "in_reply_to": parent, "content_type": content_type, "content": content,
    }
    resource = WarcPart(
        "resource", link, "application/json; charset=utf-8",
        json.dumps(record, ensure_ascii=False, sort_keys=True).encode("utf-8"),
        extra=(("Borgerpost-Source-URI", fetched.url),),
    )
    return RawItem(
        item_key=item_key(identity), url=link, author=clean_text(str(_get(entry, "author") or "")),
        posted_at=_time(entry), parent_url=parent, text=text,
        warc_payload=(response, resource), retrieved_at=fetched.retrieved_at, ref=ref,
    )


def _get(entry: Any, key: str) -> Any:
    """A field as the feed gave it. ``FeedParserDict.get`` maps some missing keys to others
    (``updated`` to ``published``, with a DeprecationWarning); a plain dict read does not."""
    return dict.get(entry, key)


def _content(entry: Any) -> tuple[str, str]:
    """(type, value) of the entry's fullest content: Atom content, else the summary."""
    for block in _get(entry, "content") or ():
        value = block.get("value")
        if value:
            return str(block.get("type") or "text/html"), str(value)
    detail = _get(entry, "summary_detail") or {}
    return str(detail.get("type") or "text/html"), str(_get(entry, "summary") or "")


def _time(entry: Any) -> datetime | None:
    parsed: time.struct_time | None = (
        _get(entry, "published_parsed") or _get(entry, "updated_parsed")
    )
    if parsed is None:
        return None
    return datetime(*parsed[:6], tzinfo=UTC)
