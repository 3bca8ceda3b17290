"""What several demo tests share: the demo loaded as `make run` loads it."""

from __future__ import annotations

from datetime import date

from borgerpost.commands.context import CliContext
from borgerpost.config import Settings
from borgerpost.demo.loader import _ref, load_demo
from borgerpost.demo.messages import generate
from borgerpost.store.db import Store

ANCHOR = date(2026, 4, 7)


def load_routed_demo(store: Store, anchor: date = ANCHOR) -> dict[str, str]:
    """Load the demo into ``store``, triaged and routed as the CLI does; return each
    message's source reference -> the kind of demo item it was generated as."""
    settings = Settings(db=str(store.engine.url))
    load_demo(store, settings=settings, anchor=anchor,
              on_batch=CliContext(settings=settings).triage_hook(store))  # fmt: skip
    return {_ref(anchor, n): item.kind for n, item in enumerate(generate(anchor), start=1)}
