"""Scheduled monitor runs: a source with ``interval_minutes`` is read again when that much
time has passed since its last run.

When a source is due is a pure function (``is_due``, ``next_run``), tested as a table.
``Scheduler`` is the small background thread the web app starts when
``BORGERPOST_MONITOR_SCHEDULER=true``: every ``tick_s`` seconds it reads the due sources
through ``run_sources``, one tick at a time. Run it in ONE process only (one web worker,
or a separate ``borgerpost serve``): two schedulers would read a source twice, which the
hash memory absorbs but which costs fetches.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Protocol

from sqlalchemy.orm import Session

from borgerpost.config import Settings
from borgerpost.errors import MonitorError
from borgerpost.monitor.runner import RunSummary, run_sources
from borgerpost.store import audit
from borgerpost.store import monitor as repo
from borgerpost.store.db import Store
from borgerpost.store.tables import MonitorSource, utcnow

log = logging.getLogger(__name__)

ACTOR = "planlaegger"
MIN_INTERVAL = 5
MAX_INTERVAL = 7 * 24 * 60

Runner = Callable[..., RunSummary]


class Timed(Protocol):
    """What the schedule needs to know about a source."""

    @property
    def id(self) -> int: ...
    @property
    def enabled(self) -> bool: ...
    @property
    def interval_minutes(self) -> int | None: ...
    @property
    def last_run_at(self) -> datetime | None: ...


def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


def next_run(last_run_at: datetime | None, interval_minutes: int | None,
             now: datetime) -> datetime | None:
    """When a source should be read next: None when it is not scheduled, ``now`` when it
    has never run, else its last run plus the interval."""
    if not interval_minutes or interval_minutes <= 0:
        return None
    if last_run_at is None:
        return _utc(now)
    return _utc(last_run_at) + timedelta(minutes=interval_minutes)


def is_due(source: Timed, now: datetime) -> bool:
    """Is ``source`` enabled, scheduled, and its next run not in the future?"""
    due = next_run(source.last_run_at, source.interval_minutes, now)
    return source.enabled and due is not None and due <= _utc(now)


def due_ids(sources: Iterable[Timed], now: datetime) -> list[int]:
    """The ids of the due sources, in the given order."""
    return [s.id for s in sources if is_due(s, now)]


def check_interval(minutes: int | None) -> int | None:
    """An interval a person typed: None (not scheduled) or 5 minutes to a week."""
    if minutes is None:
        return None
    if not MIN_INTERVAL <= minutes <= MAX_INTERVAL:
        raise MonitorError(f"interval skal være mellem {MIN_INTERVAL} og {MAX_INTERVAL} "
                              "minutter (eller tomt: kun når den køres manuelt)")
    return minutes


def set_interval(session: Session, *, source_id: int, minutes: int | None,
                 actor: str) -> MonitorSource:
    """Schedule a source every ``minutes`` (None: by hand only); audited."""
    row = repo.get_source(session, source_id=source_id)
    row.interval_minutes = check_interval(minutes)
    audit.record(session, actor=actor, action="monitor.schedule", object_type="monitor_source",
                 object_id=row.id, detail={"interval_minutes": row.interval_minutes})
    return row


class Scheduler:
    """A daemon thread that reads due sources every ``tick_s`` seconds until ``stop``."""

    def __init__(self, store: Store, settings: Settings, *, tick_s: float = 60.0,
                 runner: Runner = run_sources) -> None:
        self.store, self.settings, self.tick_s, self.runner = store, settings, tick_s, runner
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def run_due(self, now: datetime | None = None) -> Sequence[int]:
        """Read the sources due at ``now`` (default: now); returns their ids."""
        with self.store.session() as session:
            due = due_ids(repo.list_sources(session, enabled_only=True), now or utcnow())
        if due:
            summary = self.runner(self.store, settings=self.settings, source_ids=due,
                                  actor=ACTOR)
            log.info("monitor: %d kilder kørt efter plan, %d gemt", len(due), summary.kept)
        return due

    def _loop(self) -> None:
        while not self._stop.wait(self.tick_s):
            try:
                self.run_due()
            except Exception as exc:  # the thread must outlive one bad tick
                log.error("monitor: planlagt kørsel fejlede (%s)", type(exc).__name__)

    def start(self) -> None:
        """Start the thread (once)."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name="monitor-scheduler",
                                            daemon=True)
            self._thread.start()

    def stop(self) -> None:
        """Ask the thread to stop and wait for the current tick to end."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=self.tick_s + 5)
            self._thread = None
