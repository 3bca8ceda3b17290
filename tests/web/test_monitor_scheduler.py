"""The web app's lifespan runs the monitor's scheduler only when
``BORGERPOST_MONITOR_SCHEDULER`` is on: started on startup, stopped on shutdown (SQLite and
PostgreSQL). The runner is a stand-in with ``run_sources``' signature, so no feed is
fetched; the scheduler, the due check and the database are real."""

from __future__ import annotations

import threading

from fastapi.testclient import TestClient

from borgerpost.config import Settings
from borgerpost.monitor.schedule import ACTOR, Scheduler, set_interval
from borgerpost.store.db import Store
from borgerpost.store.monitor import add_source
from borgerpost.web.app import create_app
from tests.monitor.test_schedule import RecordingRunner
from tests.web.monitor_seed import monitor_app

THREAD = "monitor-scheduler"


def _scheduled_source(store: Store) -> int:
    with store.session() as session:
        source_id = int(add_source(session, name="Feed", kind="rss", actor="sif",
                                   location="https://social.example/feed").id)
        set_interval(session, source_id=source_id, minutes=5, actor="sif")
    return source_id


def _scheduler_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == THREAD]


def test_scheduler_starts_with_the_app_and_stops_with_it(store: Store) -> None:
    source_id = _scheduled_source(store)
    runner = RecordingRunner()
    made: list[Scheduler] = []

    def factory(store: Store, settings: Settings) -> Scheduler:
        made.append(Scheduler(store, settings, tick_s=0.02, runner=runner))
        return made[-1]

    app = monitor_app(store, monitor_scheduler=True)
    app.state.make_scheduler = factory
    assert app.state.scheduler is None and not _scheduler_threads()
    with TestClient(app):
        assert app.state.scheduler is made[0] and len(_scheduler_threads()) == 1
        assert runner.called.wait(10), "the scheduler never read the due source"
    assert runner.calls[0] == ([source_id], ACTOR)
    assert app.state.scheduler is None and not _scheduler_threads()


def test_create_app_takes_the_scheduler_factory(store: Store) -> None:
    runner = RecordingRunner()
    _scheduled_source(store)
    app = create_app(Settings(db="sqlite://", secret_key="x" * 40, monitor_scheduler=True),
                     store=store, scheduler=lambda s, c: Scheduler(s, c, tick_s=0.02,
                                                                   runner=runner))
    with TestClient(app):
        assert runner.called.wait(10)
    assert not _scheduler_threads()


def test_nothing_starts_when_the_setting_is_off(store: Store) -> None:
    _scheduled_source(store)
    asked: list[object] = []
    app = monitor_app(store)  # monitor_scheduler defaults to false
    app.state.make_scheduler = lambda *args: asked.append(args)
    with TestClient(app) as client:
        assert app.state.scheduler is None and not _scheduler_threads()
        assert client.get("/login").status_code == 200
    assert asked == []
