"""The public-post monitor in the demo: an export of a local debate group, read once.

``opslag.jsonl`` (shipped with the package) holds nine invented posts and comments from
"Vestby Debat": a caseworker called an incompetent clown and her post edited later (two
versions), a colleague's home address with an invitation to visit, a veiled threat, a
comment naming a team leader — and four posts that name nobody on the register (a
question about opening hours, abuse of politicians, someone's own address for a sofa,
fair criticism of waiting times). They go through the real runner, so the demo shows
what production keeps and what it discards: the security lead (``sikkerhed``) finds the
kept posts at ``/overvaagning``; the four others leave only their hashes.

Loading again adds nothing: a source that exists and has run is not read again.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from sqlalchemy import select

from borgerpost.config import Settings
from borgerpost.monitor.runner import RunSummary, run_sources
from borgerpost.monitor.sources import check_location
from borgerpost.store.db import Store
from borgerpost.store.monitor import add_source
from borgerpost.store.tables import MonitorSource

SOURCE_NAME = "Vestby Debat (demo-eksport)"
EXPORT_FILE = "opslag.jsonl"
KIND = "export_json"
ACTOR = "demo"


def export_path() -> Path:
    """The shipped export file (the package is installed as plain files, never zipped)."""
    return Path(str(files("borgerpost.demo").joinpath(EXPORT_FILE)))


def add_demo_monitor(store: Store, *, settings: Settings) -> RunSummary | None:
    """Register the demo source and read it once; None when that was done before."""
    with store.session() as session:
        row = session.scalar(select(MonitorSource).where(MonitorSource.name == SOURCE_NAME))
        if row is not None and row.last_run_at is not None:
            return None
        if row is None:
            row = add_source(session, name=SOURCE_NAME, kind=KIND, actor=ACTOR,
                             location=check_location(KIND, str(export_path())))
        source_id = row.id
    return run_sources(store, settings=settings, source_ids=[source_id], actor=ACTOR)
