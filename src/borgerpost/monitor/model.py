"""What a monitor source yields: one public post as read (``RawItem``), or a row it could not
read (``RowError``).

A ``RawItem`` carries everything the evidence needs and nothing more: the exact text that
will be scanned, where it was found, who posted it (the handle, because a police report
needs it) and the bytes as fetched (``WarcPart``s), so a kept item can be frozen into WARC
records without fetching again. Items that are not kept are dropped after scanning; only
their hashes (``item_key``, ``version_hash``) are remembered.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime

from borgerpost.store.monitor import KINDS

__all__ = ["KINDS", "KIND_DA", "RawItem", "RowError", "WarcPart", "item_key", "sha256_hex"]

KIND_DA: dict[str, str] = {
    "rss": "RSS/Atom-feed",
    "export_json": "JSON-eksport",
    "export_csv": "CSV-eksport",
    "html": "gemt webside",
}


def sha256_hex(data: bytes | str) -> str:
    """Hex SHA-256 of bytes, or of a string's UTF-8 bytes."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return hashlib.sha256(raw).hexdigest()


def item_key(identity: str) -> str:
    """The remembered key of an item: a hash of its identity (guid, URL or id), never the
    identity itself, so the memory of discarded posts holds no URL or handle."""
    return sha256_hex(identity.strip())


@dataclass(frozen=True, slots=True)
class WarcPart:
    """One WARC record to write for an item, as fetched.

    ``record_type`` is 'response' (an HTTP fetch: ``http_status`` and ``http_headers`` set,
    ``payload`` the body as received), or 'resource' / 'metadata' (a file, an export row, a
    feed entry as read). ``extra`` are further WARC header fields (where in a file a row
    was). The ``WARC-Date`` of every record is the item's retrieval time.
    """

    record_type: str
    target_uri: str
    content_type: str
    payload: bytes
    http_status: str | None = None
    http_headers: tuple[tuple[str, str], ...] = ()
    extra: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class RawItem:
    """One public post or comment as read from a source, before scanning."""

    item_key: str
    url: str
    author: str
    posted_at: datetime | None
    parent_url: str | None
    text: str
    warc_payload: tuple[WarcPart, ...]
    retrieved_at: datetime
    ref: str = ""  # where in the source: "række 12", "indlæg 3" (for messages only)
    version_hash: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        if not self.version_hash:
            object.__setattr__(self, "version_hash", sha256_hex(self.text))


@dataclass(frozen=True, slots=True)
class RowError:
    """A row (record, entry) of a source that could not be read; the rest is still read.

    ``message`` names the row and the problem (Danish, for the operator) and never quotes
    the row's text: it goes to stderr and into logs.
    """

    ref: str
    message: str

    def line(self) -> str:
        return f"{self.ref}: {self.message}" if self.ref else self.message


SourceRecord = RawItem | RowError
