"""Drive a stream of parsed messages into the store: batches, progress, a summary.

Exactly-once rests on the store (unique sha256, ON CONFLICT DO NOTHING, one transaction
per batch); the runner only has to never hold more than one batch and to commit what it
has when its input fails part-way. A run killed with ``kill -9`` loses at most the
uncommitted batch, and the re-run skips everything already committed.

Triage is not called here: it plugs in through ``on_batch``, which sees each committed
batch's new row ids.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rich.console import Console
from rich.progress import (
    BarColumn,
    DownloadColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from borgerpost.config import Settings
from borgerpost.errors import IngestError
from borgerpost.model import IncomingMessage
from borgerpost.store.db import Store
from borgerpost.store.messages import BatchResult, store_batch


@dataclass(frozen=True, slots=True)
class IngestSummary:
    """What one run did. ``error`` is set when the input failed part-way (what came before
    it is stored)."""

    new: int = 0
    duplicates: int = 0
    quarantined: int = 0
    seconds: float = 0.0
    error: str | None = None

    @property
    def seen(self) -> int:
        """Messages read from the input: new plus duplicates."""
        return self.new + self.duplicates

    @property
    def rate(self) -> float:
        """Messages per second over the whole run."""
        return self.seen / self.seconds if self.seconds > 0 else 0.0

    def line(self) -> str:
        """The closing line the CLI prints (Danish: it is for the operator)."""
        return (f"Nye: {self.new}, dubletter: {self.duplicates}, "
                f"i karantæne: {self.quarantined} ({self.seen} beskeder på "
                f"{self.seconds:.1f} s, {self.rate:.0f}/s)")


@dataclass
class _Totals:
    new: int = 0
    duplicates: int = 0
    quarantined: int = 0

    def add(self, result: BatchResult) -> None:
        self.new += result.new
        self.duplicates += result.duplicates
        self.quarantined += result.quarantined


def _progress(by_bytes: bool) -> Progress:
    count = DownloadColumn() if by_bytes else MofNCompleteColumn()
    return Progress(
        SpinnerColumn(), TextColumn("[bold]{task.description}"), BarColumn(), count,
        TextColumn("{task.fields[stored]}"), TimeElapsedColumn(), TimeRemainingColumn(),
        console=Console(stderr=True), transient=False, refresh_per_second=4,
    )


class _Meter:
    """A Rich progress bar in messages, or in bytes when the input can say how far it got."""

    def __init__(self, enabled: bool, total: int | None,
                 byte_total: int | None, byte_position: Callable[[], int] | None) -> None:
        self.by_bytes = byte_total is not None and byte_position is not None
        self.byte_position = byte_position
        self.progress = _progress(self.by_bytes) if enabled else None
        self.task = None
        if self.progress is not None:
            self.progress.start()
            self.task = self.progress.add_task(
                "Indlæser", total=byte_total if self.by_bytes else total, stored="")

    def update(self, seen: int, totals: _Totals) -> None:
        if self.progress is None or self.task is None:
            return
        done = self.byte_position() if self.by_bytes and self.byte_position else seen
        stored = f"{seen} læst, {totals.new} nye, {totals.quarantined} i karantæne"
        self.progress.update(self.task, completed=done, stored=stored)

    def stop(self) -> None:
        if self.progress is not None:
            self.progress.stop()


def ingest_stream(
    store: Store,
    messages: Iterable[IncomingMessage],
    *,
    settings: Settings,
    total: int | None = None,
    progress: bool = True,
    on_batch: Callable[[BatchResult], None] | None = None,
    byte_total: int | None = None,
    byte_position: Callable[[], int] | None = None,
) -> IngestSummary:
    """Store ``messages`` in batches of ``settings.ingest_batch_size`` messages, or
    fewer when the batch's raw bytes reach ``settings.ingest_batch_bytes`` (so a mailbox of
    large mails never holds hundreds of them in memory at once).

    ``total`` (messages) or ``byte_total`` + ``byte_position`` (how far a file reader has
    got) size the progress bar. An ``IngestError`` from the input ends the run after the
    messages read so far are committed; it is returned in ``IngestSummary.error``.
    """
    started = time.perf_counter()
    totals = _Totals()
    batch: list[IncomingMessage] = []
    size = max(1, settings.ingest_batch_size)
    max_bytes = max(1, settings.ingest_batch_bytes)
    batch_bytes = 0
    meter = _Meter(progress, total, byte_total, byte_position)
    seen = 0
    error: str | None = None

    def flush() -> None:
        nonlocal batch_bytes
        result = store_batch(store, batch, default_unit=settings.default_unit)
        totals.add(result)
        batch.clear()
        batch_bytes = 0
        if on_batch is not None:
            on_batch(result)
        meter.update(seen, totals)

    try:
        try:
            for message in messages:
                batch.append(message)
                batch_bytes += len(message.raw)
                seen += 1
                if len(batch) >= size or batch_bytes >= max_bytes:
                    flush()
        except IngestError as exc:
            error = str(exc)
        if batch:
            flush()
    finally:
        meter.stop()
        close = getattr(messages, "close", None)
        if callable(close):
            close()  # a generator's cleanup (closing a file, stopping a worker) runs now
    return IngestSummary(totals.new, totals.duplicates, totals.quarantined,
                         time.perf_counter() - started, error)
