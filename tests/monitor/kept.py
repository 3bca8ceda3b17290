"""Kept items for tests, made through the real freezing and store code (``freeze``,
``add_item``) but without a scan, so package, web and browser tests do not depend on
what the triage engine makes of a post. The posts are written for these tests.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from borgerpost.monitor.evidence import freeze
from borgerpost.monitor.model import RawItem, WarcPart, item_key
from borgerpost.store.monitor import KeptSpan, add_item, add_source
from borgerpost.store.tables import MonitorItem, Staff

RETRIEVED = datetime(2026, 3, 5, 9, 30, 12, tzinfo=UTC)


@dataclass(frozen=True)
class Post:
    """A public post as a test writes it: text, labels, and (label, quote, reason) spans."""

    text: str
    labels: tuple[str, ...]
    spans: tuple[tuple[str, str, str], ...]
    url: str
    author: str = "retfaerdighed.nu.77"


DOXXING_THREAT = Post(
    text=("Sagsbehandleren Hanne Lykke fra Sygedagpenge har ødelagt min familie. Hun bor på "
          "Egevej 12 i Vestby, hvis nogen vil sige det til hende personligt. Hun skal passe "
          "godt på, når hun går hjem i aften."),
    labels=("doxxing", "staff_named", "threat"),
    spans=(("doxxing", "Egevej 12 i Vestby", "adresse på en navngiven ansat"),
           ("threat", "skal passe godt på, når hun går hjem", "truende vending om hjemvejen"),
           ("staff_named", "Hanne Lykke", "navn i personaleregistret")),
    url="https://social.example/groups/vestby-jobcenter/posts/1001",
)
SHAMING = Post(
    text="Hanne Lykke er en inkompetent klovn <b>uden</b> hjerte & forstand. Del opslaget!",
    labels=("exposure", "insult", "staff_named"),
    spans=(("insult", "inkompetent klovn", "nedsættende betegnelse"),
           ("exposure", "Del opslaget!", "opfordring til at udstille"),
           ("staff_named", "Hanne Lykke", "navn i personaleregistret")),
    url="https://social.example/groups/vestby-jobcenter/posts/1002",
)


def add_staff(session: Session, name: str = "Hanne Lykke", unit: str = "Sygedagpenge") -> int:
    """A person in the staff register; returns the id."""
    row = Staff(name=name, role="sagsbehandler", unit=unit, aliases="")
    session.add(row)
    session.flush()
    return row.id


def source(session: Session, name: str = "Vestby-gruppen") -> int:
    """A monitor source (an RSS feed address that is never fetched here)."""
    return add_source(session, name=name, kind="rss", actor="sif",
                      location="https://social.example/groups/vestby-jobcenter/feed").id


def _html(post: Post) -> bytes:
    return (f"<!doctype html><html><body><article><p>{post.text}</p></article></body></html>"
            ).encode()


def keep(session: Session, *, source_id: int, staff_ids: list[int], post: Post,
         key: str | None = None, retrieved_at: datetime = RETRIEVED) -> MonitorItem:
    """Freeze ``post`` as fetched over HTTP and store it as a kept item with its spans."""
    raw = RawItem(
        item_key=item_key(key or post.url), url=post.url, author=post.author,
        posted_at=retrieved_at - timedelta(hours=2), parent_url=None, text=post.text,
        warc_payload=(WarcPart("response", post.url, "text/html; charset=utf-8", _html(post),
                               http_status="200 OK",
                               http_headers=(("Content-Type", "text/html; charset=utf-8"),)),),
        retrieved_at=retrieved_at,
    )
    frozen = freeze(raw)
    spans = [KeptSpan(label, post.text.index(quote), post.text.index(quote) + len(quote),
                      quote, reason, "test", f"test.{label}")
             for label, quote, reason in post.spans]
    return add_item(session, source_id=source_id, item_key=raw.item_key, url=raw.url,
                    author_handle=raw.author, posted_at=raw.posted_at,
                    retrieved_at=frozen.retrieved_at, parent_url=None, text=frozen.text,
                    content_sha256=frozen.content_sha256, warc=frozen.warc_bytes,
                    warc_sha256=frozen.warc_sha256, labels=post.labels, staff_ids=staff_ids,
                    spans=spans, actor="monitor")
