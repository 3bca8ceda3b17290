"""The public-post monitor's tables: its sources, what it has seen, the items it keeps as
evidence, and their findings.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    Boolean,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from borgerpost.store.schema_base import Base, empty_list, utcnow


class MonitorSource(Base):
    """A public place the monitor reads: a feed, an export file of posts, or one saved page.

    ``kind`` is rss | export_json | export_csv | html; ``location`` a URL or a file path.
    """

    __tablename__ = "monitor_sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    location: Mapped[str] = mapped_column(Text)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    created_by: Mapped[str] = mapped_column(String(80))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_run_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    # Read every this many minutes by the web app's scheduler; None: only when run by hand.
    interval_minutes: Mapped[int | None] = mapped_column(Integer)


class MonitorSeen(Base):
    """The monitor's memory of what it has scanned: hashes only, never text or author.

    ``item_key`` is the sha256 of the item's identity (guid, URL, id) and ``version_hash``
    the sha256 of its text, so an item edited at the source is scanned again, once.
    """

    __tablename__ = "monitor_seen"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("monitor_sources.id"))
    item_key: Mapped[str] = mapped_column(String(64))
    version_hash: Mapped[str] = mapped_column(String(64))
    first_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (
        UniqueConstraint("source_id", "item_key", "version_hash", name="uq_monitor_seen"),
    )


class MonitorItem(Base):
    """A public post kept as evidence: it names a staff member or reveals their private data.

    Frozen when kept: ``text`` is exactly what was scanned, ``content_sha256`` its UTF-8
    digest, ``warc`` the gzip'd WARC record(s) of what was fetched. A post edited at the
    source is a new row (``version`` n+1, ``previous_id`` the older one); rows are never
    rewritten, only ``status`` moves (ny → set → eksporteret).
    """

    __tablename__ = "monitor_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("monitor_sources.id"), index=True)
    item_key: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer, default=1)
    previous_id: Mapped[int | None] = mapped_column(ForeignKey("monitor_items.id"))
    url: Mapped[str] = mapped_column(Text, default="")
    author_handle: Mapped[str] = mapped_column(String(300), default="")
    posted_at: Mapped[datetime | None]
    retrieved_at: Mapped[datetime]
    parent_url: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    content_sha256: Mapped[str] = mapped_column(String(64))
    warc: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    warc_sha256: Mapped[str] = mapped_column(String(64))
    labels: Mapped[list[str]] = mapped_column(JSON, default=empty_list)
    staff_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(16), default="ny", index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)

    __table_args__ = (
        UniqueConstraint("source_id", "item_key", "version", name="uq_monitor_items_version"),
    )


class MonitorFinding(Base):
    """One evidence span of a kept item: a label, offsets into ``monitor_items.text``, why."""

    __tablename__ = "monitor_findings"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("monitor_items.id"), index=True)
    label: Mapped[str] = mapped_column(String(32))
    start: Mapped[int] = mapped_column(Integer, default=0)
    end: Mapped[int] = mapped_column(Integer, default=0)
    quote: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    detector: Mapped[str] = mapped_column(String(60))
    rule: Mapped[str] = mapped_column(String(120), default="")
