"""Build RSS 2.0 and Atom feeds of our own posts for the monitor tests."""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape


@dataclass(frozen=True)
class Post:
    guid: str
    link: str
    text: str
    author: str = "borger_1"
    when: str = "2025-03-03T10:00:00+01:00"
    title: str = ""
    reply_to: str = ""


def rss(posts: list[Post], *, title: str = "Gruppen om jobcentret") -> bytes:
    """An RSS 2.0 feed; the text goes in <description> as HTML."""
    items = "".join(
        f"<item><guid isPermaLink=\"false\">{escape(p.guid)}</guid><link>{escape(p.link)}</link>"
        f"<title>{escape(p.title)}</title><dc:creator>{escape(p.author)}</dc:creator>"
        f"<pubDate>{_rfc822(p.when)}</pubDate>"
        f"<description>{escape('<p>' + escape(p.text) + '</p>')}</description></item>"
        for p in posts
    )
    return ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            "<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel>"
            f"<title>{escape(title)}</title><link>https://gruppe.example/</link>"
            f"<description>test</description>{items}</channel></rss>").encode()


def atom(posts: list[Post], *, title: str = "Kommentarer") -> bytes:
    """An Atom feed; comments carry thr:in-reply-to."""
    entries = "".join(
        f"<entry><id>{escape(p.guid)}</id><title>{escape(p.title)}</title>"
        f"<link href=\"{escape(p.link)}\"/><author><name>{escape(p.author)}</name></author>"
        f"<updated>{p.when}</updated><published>{p.when}</published>"
        + (f"<thr:in-reply-to ref=\"{escape(p.reply_to)}\" href=\"{escape(p.reply_to)}\"/>"
           if p.reply_to else "")
        + f"<content type=\"text\">{escape(p.text)}</content></entry>"
        for p in posts
    )
    return ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            "<feed xmlns=\"http://www.w3.org/2005/Atom\" "
            "xmlns:thr=\"http://purl.org/syndication/thread/1.0\">"
            f"<title>{escape(title)}</title><id>urn:test:feed</id>"
            f"<updated>2025-03-03T12:00:00Z</updated>{entries}</feed>").encode()


def _rfc822(iso: str) -> str:
    from datetime import datetime
    from email.utils import format_datetime

    return format_datetime(datetime.fromisoformat(iso))
