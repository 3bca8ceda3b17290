"""Triage of stored messages: run the engine over message text and keep its findings.

Used in three places: ingest (each committed batch's new messages, through the runner's
``on_batch``), the demo loader, and ``borgerpost retriage`` after the staff register or the
engine changed. A message whose triage failed in some detector is marked ``failed`` with
the detector's error, which puts it in front of a person (manual review) instead of
silently passing as clean.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Protocol

from sqlalchemy import func, select

from borgerpost.detect.base import Finding as DetectedFinding
from borgerpost.store.db import Store
from borgerpost.store.findings import replace_findings, triage_text
from borgerpost.store.messages import BatchResult
from borgerpost.store.tables import Message


class TriageOutcome(Protocol):
    """What the engine returns per text (``detect.pipeline.TriageResult``)."""

    @property
    def findings(self) -> Sequence[DetectedFinding]: ...

    @property
    def failed(self) -> Sequence[str]: ...


class TextTriager(Protocol):
    """Anything that triages texts in input order (``detect.pipeline.Pipeline``)."""

    def pipe(self, texts: Iterable[str]) -> Iterator[TriageOutcome]: ...


TRIAGE_CHUNK = 200


def triage_messages(store: Store, triager: TextTriager, message_pks: Sequence[int]) -> int:
    """Triage the given messages (quarantined ones too: their readable part may threaten)."""
    done = 0
    for start in range(0, len(message_pks), TRIAGE_CHUNK):
        chunk = list(message_pks[start:start + TRIAGE_CHUNK])
        with store.session() as session:
            rows = session.execute(
                select(Message.id, Message.subject, Message.body_text)
                .where(Message.id.in_(chunk)).order_by(Message.id)
            ).all()
            texts = (triage_text(subject or "", body or "") for _, subject, body in rows)
            for (pk, subject, _), outcome in zip(rows, triager.pipe(texts), strict=True):
                replace_findings(session, message_pk=pk, subject=subject or "",
                                 findings=list(outcome.findings), failed=list(outcome.failed))
                done += 1
    return done


def triage_new_in_batch(store: Store, triager: TextTriager) -> Callable[[BatchResult], None]:
    """An ``on_batch`` hook for the ingest runner: triage what the batch newly stored."""

    def hook(result: BatchResult) -> None:
        if result.stored_ids:
            triage_messages(store, triager, sorted(result.stored_ids.values()))

    return hook


def messages_to_retriage(store: Store, *, only_pending: bool) -> list[int]:
    """Ids to re-run: every message, or only those never triaged or whose triage failed."""
    query = select(Message.id).order_by(Message.id)
    if only_pending:
        query = query.where(Message.triage_status != "done")
    with store.session() as session:
        return list(session.scalars(query))


def triage_counts(store: Store) -> dict[str, int]:
    """How many messages are pending, done or failed."""
    with store.session() as session:
        rows = session.execute(
            select(Message.triage_status, func.count()).group_by(Message.triage_status)
        ).all()
    return {status: int(count) for status, count in rows}
