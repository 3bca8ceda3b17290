"""What every sub-command shares: settings, opening the store, failing with a clear message."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import NoReturn

import typer
from rich.console import Console

from borgerpost.config import Settings
from borgerpost.errors import BorgerpostError
from borgerpost.store.db import Store, open_store
from borgerpost.store.messages import BatchResult
from borgerpost.store.migrate import upgrade

_stderr = Console(stderr=True)


def fail(message: str, code: int = 1) -> NoReturn:
    """Print ``message`` in red on stderr and exit with ``code``."""
    _stderr.print(f"[red]fejl:[/red] {message}", highlight=False)
    raise typer.Exit(code)


@dataclass
class CliContext:
    """Per-invocation state handed to every sub-command through ``ctx.obj``."""

    settings: Settings

    def open_migrated_store(self) -> Store:
        """Open the database and bring its schema up to date (cheap when already current)."""
        try:
            store = open_store(self.settings.db)
            upgrade(store)
        except BorgerpostError as exc:
            fail(str(exc))
        return store

    def triage_hook(self, store: Store) -> Callable[[BatchResult], None]:
        """An ingest ``on_batch`` hook: triage, then route, each batch's new messages.

        The engine is built on the first batch from the register as stored THEN, so a
        command that loads the register first (``demo``) triages with it. The rules file
        is read now, so a broken one stops the run before any mail is stored.
        """
        from borgerpost.detect.pipeline import Pipeline
        from borgerpost.route.apply import active_rules, triage_and_route_in_batch
        from borgerpost.store.staff import active_members

        settings = self.settings
        rules = active_rules(settings)
        built: list[Callable[[BatchResult], None]] = []

        def hook(result: BatchResult) -> None:
            if not built:
                with store.session() as session:
                    members = active_members(session)
                pipeline = Pipeline.from_register(
                    members, official_contacts=settings.official_contacts or None)
                built.append(triage_and_route_in_batch(store, pipeline, rules=rules,
                                                       settings=settings))
            built[0](result)

        return hook
