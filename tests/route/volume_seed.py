"""Seed helpers for the volume-control tests: messages through ``store_batch``, then routing.

Messages go in through the real store path (``store_batch``) and are routed with the real
``route_stored``; findings are written as rows where a test needs a label, so the tests do
not depend on what the triage engine happens to find in a text.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import UTC, datetime

from borgerpost.model import IncomingAttachment, IncomingMessage, Source
from borgerpost.route.apply import route_stored
from borgerpost.store.db import Store
from borgerpost.store.messages import store_batch
from borgerpost.store.tables import Finding, Message

FLOODER = "flood@example.test"
UNIT = "Kontanthjælp"
_counter = itertools.count()


def at(day: int, hour: int = 9, minute: int = 0, month: int = 3) -> datetime:
    """An aware UTC moment in 2026."""
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


def incoming(
    body: str, *, when: datetime, sender: str = FLOODER, subject: str = "Henvendelse",
    unit: str | None = UNIT, attachments: tuple[IncomingAttachment, ...] = (),
    auto: bool = False,
) -> IncomingMessage:
    """One message as ingest would hand it over (unique raw bytes per call)."""
    key = next(_counter)
    return IncomingMessage(
        raw=f"volume-{key}|{sender}|{when.isoformat()}|{subject}|{body}".encode(),
        source=Source.EML, source_ref=f"volume-{key}", message_id=f"<volume-{key}@test>",
        sender=sender, sender_name=sender.split("@")[0].title(), recipients=("post@test",),
        subject=subject, body_text=body, received_at=when, auto_submitted=auto,
        attachments=attachments, unit=unit,
    )


def store_only(store: Store, messages: Sequence[IncomingMessage]) -> list[int]:
    """Store ``messages``; their new ids in the same order."""
    result = store_batch(store, list(messages))
    assert result.stored_ids is not None
    return [result.stored_ids[m.sha256] for m in messages]


def store_and_route(store: Store, messages: Sequence[IncomingMessage]) -> list[int]:
    """Store ``messages`` and route them (in id order, as the ingest hook does)."""
    ids = store_only(store, messages)
    route_stored(store, sorted(ids))
    return ids


def add_label(store: Store, message_pk: int, label: str, case_kind: str | None = None,
              detector: str | None = None) -> None:
    """One triage finding row of ``label`` (by ``detector``, default the label's own) on a
    stored message."""
    with store.session() as session:
        session.add(Finding(message_pk=message_pk, label=label, case_kind=case_kind,
                            detector=detector or label, detector_version="1", field="body",
                            start=0, end=1, quote="x", reason="test", rule="test"))


def duplicate_of(store: Store, message_pk: int) -> int | None:
    """The stored duplicate link of a message."""
    with store.session() as session:
        message = session.get(Message, message_pk)
        assert message is not None
        return message.duplicate_of


def text(n: int, start: int = 0) -> str:
    """``n`` distinct Danish-looking words (no shingle repeats), from word ``start``."""
    return " ".join(f"ord{i}" for i in range(start, start + n))
