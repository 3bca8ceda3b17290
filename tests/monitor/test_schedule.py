"""When a scheduled source is due (a pure table), and the scheduler thread that reads them."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from borgerpost.config import Settings
from borgerpost.errors import MonitorError
from borgerpost.monitor.runner import RunSummary
from borgerpost.monitor.schedule import (
    ACTOR,
    Scheduler,
    check_interval,
    due_ids,
    is_due,
    next_run,
    set_interval,
)
from borgerpost.store import audit
from borgerpost.store.db import Store
from borgerpost.store.monitor import add_source, mark_run

NOW = datetime(2026, 3, 5, 12, 0, tzinfo=UTC)


@dataclass
class Src:
    id: int
    enabled: bool
    interval_minutes: int | None
    last_run_at: datetime | None


@pytest.mark.parametrize(("enabled", "interval", "last", "due"), [
    (True, 60, None, True),                                   # never run: due at once
    (True, 60, NOW - timedelta(minutes=60), True),            # exactly one interval ago
    (True, 60, NOW - timedelta(minutes=59, seconds=59), False),
    (True, 60, NOW - timedelta(days=3), True),                # missed runs: one run, now
    (True, None, None, False),                                # by hand only
    (True, 0, None, False),
    (False, 60, None, False),                                 # switched off
    (True, 15, (NOW - timedelta(minutes=20)).replace(tzinfo=None), True),  # SQLite: naive
    (True, 15, NOW + timedelta(minutes=1), False),            # clock moved back
])
def test_is_due(enabled: bool, interval: int | None, last: datetime | None, due: bool) -> None:
    assert is_due(Src(1, enabled, interval, last), NOW) is due


def test_next_run_and_due_ids() -> None:
    assert next_run(None, None, NOW) is None
    assert next_run(None, 30, NOW) == NOW
    assert next_run(NOW, 30, NOW) == NOW + timedelta(minutes=30)
    an_hour_ago = NOW - timedelta(hours=1)
    sources = [Src(1, True, 30, NOW), Src(2, True, 30, None), Src(3, True, 30, an_hour_ago)]
    assert due_ids(sources, NOW) == [2, 3]


@pytest.mark.parametrize("minutes", [4, 0, -5, 7 * 24 * 60 + 1])
def test_interval_bounds(minutes: int) -> None:
    with pytest.raises(MonitorError, match="mellem 5 og 10080"):
        check_interval(minutes)
    assert check_interval(None) is None and check_interval(5) == 5


class RecordingRunner:
    """Stands in for ``run_sources`` with its signature; records what it was asked to read."""

    def __init__(self) -> None:
        self.calls: list[tuple[list[int], str]] = []
        self.called = threading.Event()

    def __call__(self, store: Store, *, settings: Settings, source_ids: list[int],
                 actor: str, **_: Any) -> RunSummary:
        self.calls.append((list(source_ids), actor))
        self.called.set()
        return RunSummary(sources=len(source_ids))


def _sources(store: Store) -> list[int]:
    with store.session() as session:
        ids = [add_source(session, name=name, kind="rss", location=f"https://x.example/{name}",
                          actor="sif").id for name in ("a", "b", "c", "d")]
        set_interval(session, source_id=ids[0], minutes=60, actor="sif")
        set_interval(session, source_id=ids[1], minutes=60, actor="sif")
        set_interval(session, source_id=ids[3], minutes=5, actor="sif")
        mark_run(session, source_id=ids[1], at=NOW - timedelta(minutes=10), error=None)
        session.commit()
    return ids


def test_run_due_reads_only_due_sources(store: Store) -> None:
    a, _, _, d = _sources(store)
    runner = RecordingRunner()
    scheduler = Scheduler(store, Settings(), runner=runner)
    assert list(scheduler.run_due(NOW)) == [a, d]
    assert runner.calls == [([a, d], ACTOR)]
    with store.session() as session:
        logged = audit.entries(session, action="monitor.schedule")
        assert [(e.object_id, e.detail["interval_minutes"]) for e in logged] == [
            (str(a), 60), (str(a + 1), 60), (str(d), 5)]


def test_thread_ticks_and_stops(sqlite_store: Store) -> None:
    _sources(sqlite_store)
    runner = RecordingRunner()
    scheduler = Scheduler(sqlite_store, Settings(), tick_s=0.01, runner=runner)
    scheduler.start()
    try:
        assert runner.called.wait(10), "the scheduler never ran"
    finally:
        scheduler.stop()
    assert runner.calls[0][1] == ACTOR
