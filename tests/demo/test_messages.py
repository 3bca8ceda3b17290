"""The demo post bag: deterministic, varied, parseable, and written for the demo."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from borgerpost.demo.builder import DemoItem
from borgerpost.demo.messages import generate
from borgerpost.demo.people import FLOODER, PRIVATE
from borgerpost.ingest.jsonl import parse_record
from borgerpost.ingest.mail import parse_message
from borgerpost.model import IncomingMessage, ParseStatus, Source

ANCHOR = date(2026, 3, 10)


@pytest.fixture(scope="module")
def items() -> list[DemoItem]:
    return generate(ANCHOR)


@pytest.fixture(scope="module")
def parsed(items: list[DemoItem]) -> list[tuple[DemoItem, IncomingMessage]]:
    return [(item, parse_record(item.raw, n) if item.channel == "form"
             else parse_message(item.raw, source=Source.DEMO))
            for n, item in enumerate(items, start=1)]


def test_same_anchor_same_bytes_other_anchor_other_bytes(items: list[DemoItem]) -> None:
    assert generate(ANCHOR) == items
    assert {i.raw for i in generate(ANCHOR + timedelta(days=1))}.isdisjoint({i.raw for i in items})


def test_a_few_hundred_distinct_messages_of_every_kind(items: list[DemoItem]) -> None:
    assert 250 <= len(items) <= 400
    assert len({i.raw for i in items}) == len(items)
    kinds = Counter(i.kind for i in items)
    expected = {"klage", "aktindsigt", "genoptagelse", "partshoering", "moede", "udbetaling",
                "status", "andet", "bisidder", "partsrepræsentant", "advokat", "familie",
                "criticism", "praise", "threat_explicit", "threat_veiled", "threat_conditional",
                "self_harm", "insult", "swearing", "doxxing", "spread_name", "flood", "resend",
                "autoreply", "broken"}
    assert set(kinds) == expected
    assert Counter(i.channel for i in items)["form"] >= 10


def test_only_broken_items_are_quarantined(parsed: list[tuple[DemoItem, IncomingMessage]]) -> None:
    quarantined = {item.raw for item, m in parsed if m.status == ParseStatus.QUARANTINED}
    assert quarantined == {item.raw for item, _ in parsed if item.kind == "broken"}
    assert len(quarantined) >= 3


def test_received_within_sixty_days_before_anchor(
    parsed: list[tuple[DemoItem, IncomingMessage]],
) -> None:
    start = datetime(2026, 1, 9, tzinfo=UTC) - timedelta(days=1)
    end = datetime(2026, 3, 10, tzinfo=UTC)
    times = [m.received_at for _, m in parsed if m.received_at is not None]
    assert len(times) >= len(parsed) - 2
    assert all(start <= t < end for t in times)
    assert len({t.date() for t in times}) > 40


def test_encodings_and_attachments_vary(parsed: list[tuple[DemoItem, IncomingMessage]]) -> None:
    raws = [item.raw for item, _ in parsed if item.channel == "mail"]
    for needle in (b"charset=\"iso-8859-1\"", b"=?iso-8859-1?q?", b"=?utf-8?",
                   b"Content-Transfer-Encoding: base64", b"Content-Transfer-Encoding: 8bit",
                   b"Content-Transfer-Encoding: quoted-printable", b"multipart/alternative",
                   b"filename*=utf-8''l%C3%A6geerkl%C3%A6ring.pdf", b"image/png"):
        assert any(needle in raw for raw in raws), needle
    assert any(re.search(rb"^Content-Type: text/html", raw, re.M) and b"text/plain" not in raw
               for raw in raws)
    names = {a.filename for _, m in parsed for a in m.attachments}
    assert {"lægeerklæring.pdf", "fuldmagt underskrevet.pdf", "billede.png"} <= names


def test_auto_replies_are_recognised(parsed: list[tuple[DemoItem, IncomingMessage]]) -> None:
    auto = {item.raw for item, m in parsed if m.auto_submitted}
    assert auto == {item.raw for item, _ in parsed if item.kind == "autoreply"}
    assert len(auto) >= 5


def test_one_sender_floods(parsed: list[tuple[DemoItem, IncomingMessage]]) -> None:
    senders = Counter(m.sender for _, m in parsed)
    assert senders.most_common(1)[0] == (FLOODER.email, 40)


def test_doxxing_texts_carry_invented_private_details(
    parsed: list[tuple[DemoItem, IncomingMessage]],
) -> None:
    bodies = [m.body_text for item, m in parsed if item.kind == "doxxing"]
    details = [d for p in PRIVATE for d in (p.address, p.phone, p.plate, p.school)]
    assert all(any(d in body for d in details) for body in bodies)


def test_forms_route_to_their_unit(parsed: list[tuple[DemoItem, IncomingMessage]]) -> None:
    forms = [m for item, m in parsed if item.channel == "form" and item.kind != "broken"]
    webforms = [m for m in forms if m.message_id and m.message_id.startswith("F-")]
    letters = [m for m in forms if m.message_id and m.message_id.startswith("L-")]
    assert webforms and letters
    assert all(m.unit for m in webforms)
    assert all("@" not in m.sender and m.subject.startswith("Brev: ") for m in letters)


def test_no_dev_set_sentence_is_reused(shared_dir: Path, items: list[DemoItem],
                                       parsed: list[tuple[DemoItem, IncomingMessage]]) -> None:
    texts = "\n".join(m.body_text for _, m in parsed)
    sentences = set()
    for line in (shared_dir / "triage" / "devset.jsonl").read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        sentences.update(s.strip() for s in re.split(r"(?<=[.!?])\s+", text)
                         if len(s.strip()) >= 40)
    assert sentences
    assert [s for s in sentences if s in texts] == []
