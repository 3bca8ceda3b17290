"""Monitor sources, one file per kind; ``open_source`` picks by ``kind``.

Every source yields ``RawItem`` (a post as read) or ``RowError`` (a record it could not
read, the rest still read) and raises ``MonitorError`` only when the source as a whole
cannot be read (unreachable feed, missing file, an export without the required columns).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from borgerpost.errors import MonitorError
from borgerpost.monitor.fetch import Fetched, check_url, fetch
from borgerpost.monitor.model import KINDS, SourceRecord
from borgerpost.monitor.sources.export import read_export
from borgerpost.monitor.sources.html import Fetcher, read_page
from borgerpost.monitor.sources.rss import read_feed

__all__ = ["Fetched", "Fetcher", "check_location", "open_source"]


def open_source(kind: str, location: str, *, fetcher: Fetcher = fetch) -> Iterator[SourceRecord]:
    """The records of one source; nothing is read before iteration except a feed or a page
    fetched from a URL (so an unreachable one fails here)."""
    if kind == "rss":
        return read_feed(location, fetcher=fetcher)
    if kind in ("export_json", "export_csv"):
        return read_export(Path(location), kind)
    if kind == "html":
        return read_page(location, fetcher=fetcher)
    raise MonitorError(f"ukendt kildetype {kind!r} (kendte: {', '.join(KINDS)})")


def check_location(kind: str, location: str) -> str:
    """``location`` as it will be stored: a checked URL, or a file's absolute path.

    A feed needs an http(s) URL; an export an existing file; a page either."""
    location = location.strip()
    if kind == "rss" or (kind == "html" and location.lower().startswith(("http:", "https:"))):
        return check_url(location)
    if kind not in KINDS:
        raise MonitorError(f"ukendt kildetype {kind!r} (kendte: {', '.join(KINDS)})")
    path = Path(location).expanduser()
    if not path.is_file():
        raise MonitorError(f"{location}: filen findes ikke")
    return str(path.resolve())
