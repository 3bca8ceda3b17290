"""Run the monitor: every enabled source (or the ones named), in batches, incrementally.

For each batch of items read from a source (``BORGERPOST_MONITOR_BATCH_SIZE``, 5,000):

1. the versions already scanned are looked up in ``monitor_seen`` by hash — they are not
   scanned again, only their ``last_seen_at`` moves;
2. the rest are scanned (``scan.Scanner``): kept or discarded;
3. in one transaction the batch's hashes are remembered and the kept items are frozen
   (``evidence.freeze``) and stored with their spans, each audited as ``monitor.keep``
   (``store.monitor.add_items``: one query and a few flushes per batch, not per item).

A discarded post leaves its two hashes and nothing else. A source that cannot be read is
an error of that source only (``last_error``); the other sources still run, and what a
source yielded before breaking off is stored. Only one batch is held at a time, so an
export of any size runs in constant memory. The triage engine is built on the first post
not seen before, so a run that finds nothing new costs only reading, hashing and lookups.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from borgerpost.config import Settings
from borgerpost.errors import MonitorError
from borgerpost.monitor.evidence import FrozenEvidence, freeze
from borgerpost.monitor.fetch import fetch
from borgerpost.monitor.model import RawItem, RowError
from borgerpost.monitor.scan import Scanner, Verdict
from borgerpost.monitor.sources import Fetcher, open_source
from borgerpost.store import audit
from borgerpost.store import monitor as repo
from borgerpost.store.db import Store
from borgerpost.store.tables import MonitorSource, utcnow

MAX_MESSAGES = 1000


@dataclass
class RunSummary:
    """What one run did, over all its sources."""

    scanned: int = 0
    kept: int = 0
    discarded: int = 0
    skipped: int = 0  # seen before: not scanned again
    errors: int = 0
    sources: int = 0
    seconds: float = 0.0
    kept_ids: list[int] = field(default_factory=list)
    failed_sources: list[str] = field(default_factory=list)  # could not be read at all
    messages: list[str] = field(default_factory=list)  # the first MAX_MESSAGES errors

    def line(self) -> str:
        """The closing line (Danish: it is for the operator)."""
        return (f"Scannet: {self.scanned}, gemt: {self.kept}, kasseret: {self.discarded}, "
                f"fejl: {self.errors} (allerede set: {self.skipped}; {self.sources} kilder "
                f"på {self.seconds:.1f} s)")

    @property
    def rate(self) -> float:
        """Items read per second (scanned and skipped)."""
        done = self.scanned + self.skipped
        return done / self.seconds if self.seconds > 0 else 0.0


ErrorHook = Callable[[str], None]
ProgressHook = Callable[[str, RunSummary], None]


@dataclass
class _Run:
    store: Store
    settings: Settings
    summary: RunSummary
    actor: str
    batch_size: int
    on_error: ErrorHook | None
    on_progress: ProgressHook | None
    _scanner: Scanner | None = None

    def scanner(self) -> Scanner:
        """Built from the register on first need: a run that meets nothing new (the usual
        scheduled run) never pays for building the triage engine (1–3 s)."""
        if self._scanner is None:
            with self.store.session() as session:
                self._scanner = Scanner.from_session(session, self.settings)
        return self._scanner

    def error(self, message: str) -> None:
        self.summary.errors += 1
        if len(self.summary.messages) < MAX_MESSAGES:
            self.summary.messages.append(message)
        if self.on_error is not None:
            self.on_error(message)


def run_sources(
    store: Store,
    *,
    settings: Settings,
    source_ids: Sequence[int] | None = None,
    actor: str = "monitor",
    fetcher: Fetcher = fetch,
    on_error: ErrorHook | None = None,
    on_progress: ProgressHook | None = None,
    batch_size: int | None = None,
) -> RunSummary:
    """Read, scan and keep from every enabled source (or exactly ``source_ids``, enabled
    or not). Errors are counted and reported through ``on_error``, never raised, except an
    unknown source id (``MonitorError``)."""
    started = time.perf_counter()
    with store.session() as session:
        if source_ids is None:
            sources = repo.list_sources(session, enabled_only=True)
        else:
            sources = [repo.get_source(session, source_id=i) for i in source_ids]
    run = _Run(store, settings, RunSummary(), actor, max(1, batch_size or
               settings.monitor_batch_size), on_error, on_progress)
    for source in sources:
        _run_source(run, source, fetcher)
        run.summary.sources += 1
    run.summary.seconds = time.perf_counter() - started
    return run.summary


def _run_source(run: _Run, source: MonitorSource, fetcher: Fetcher) -> None:
    before = (run.summary.scanned, run.summary.kept, run.summary.discarded, run.summary.errors)
    problem: str | None = None
    batch: list[RawItem] = []
    try:
        for record in open_source(source.kind, source.location, fetcher=fetcher):
            if isinstance(record, RowError):
                run.error(f"{source.name}: {record.line()}")
                continue
            batch.append(record)
            if len(batch) >= run.batch_size:
                _flush(run, source, batch)
                batch = []
    except MonitorError as exc:
        problem = str(exc)
        run.summary.failed_sources.append(source.name)
        run.error(f"{source.name}: {problem}")
    if batch:
        _flush(run, source, batch)  # what the source gave before it broke off is kept too
    after = (run.summary.scanned, run.summary.kept, run.summary.discarded, run.summary.errors)
    counts = dict(zip(("scanned", "kept", "discarded", "errors"),
                      (b - a for a, b in zip(before, after, strict=True)), strict=True))
    with run.store.session() as session:
        repo.mark_run(session, source_id=source.id, at=utcnow(), error=problem)
        audit.record(session, actor=run.actor, action="monitor.run",
                     object_type="monitor_source", object_id=source.id, detail=counts)


def _flush(run: _Run, source: MonitorSource, batch: list[RawItem]) -> None:
    unique: dict[tuple[str, str], RawItem] = {}
    for item in batch:
        unique.setdefault((item.item_key, item.version_hash), item)
    run.summary.skipped += len(batch) - len(unique)
    with run.store.session() as session:
        seen = repo.seen_pairs(session, source_id=source.id, keys=[k for k, _ in unique])
        repo.touch_seen(session, ids=[seen[p] for p in unique if p in seen], at=utcnow())
    fresh = {pair: item for pair, item in unique.items() if pair not in seen}
    run.summary.skipped += len(unique) - len(fresh)
    if not fresh:
        if run.on_progress is not None:
            run.on_progress(source.name, run.summary)
        return
    scanner = run.scanner()
    verdicts = {pair: scanner.assess(item.text) for pair, item in fresh.items()}
    decided = [pair for pair, v in verdicts.items() if not v.undecided]
    for pair, verdict in verdicts.items():
        if verdict.failed:
            run.error(f"{source.name}: {fresh[pair].ref}: triage fejlede "
                      f"({'; '.join(verdict.failed)[:300]})"
                      + ("" if verdict.keep else "; scannes igen ved næste kørsel"))
    frozen = {pair: freeze(fresh[pair]) for pair in decided if verdicts[pair].keep}
    with run.store.session() as session:
        mine = repo.record_seen(session, source_id=source.id, pairs=decided, at=utcnow())
        kept = [pair for pair in decided if pair in mine and verdicts[pair].keep]
        rows = repo.add_items(session, source_id=source.id, actor=run.actor, items=[
            _new_item(fresh[pair], verdicts[pair], frozen[pair]) for pair in kept])
    meanwhile = sum(1 for pair in decided if pair not in mine)  # another run scanned it
    run.summary.kept_ids.extend(row.id for row in rows)
    run.summary.kept += len(rows)
    run.summary.discarded += len(decided) - meanwhile - len(rows)
    run.summary.skipped += meanwhile
    run.summary.scanned += len(verdicts) - meanwhile
    if run.on_progress is not None:
        run.on_progress(source.name, run.summary)


def _new_item(item: RawItem, verdict: Verdict, frozen: FrozenEvidence) -> repo.NewItem:
    return repo.NewItem(
        item_key=item.item_key, url=item.url, author_handle=item.author,
        posted_at=item.posted_at, retrieved_at=frozen.retrieved_at, parent_url=item.parent_url,
        text=frozen.text, content_sha256=frozen.content_sha256, warc=frozen.warc_bytes,
        warc_sha256=frozen.warc_sha256, labels=verdict.labels, staff_ids=verdict.staff_ids,
        spans=verdict.spans,
    )
