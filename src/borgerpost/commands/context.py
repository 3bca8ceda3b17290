"""What every sub-command shares: settings, opening the store, failing with a clear message."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NoReturn

import typer
from rich.console import Console

from borgerpost.config import Settings
from borgerpost.errors import BorgerpostError
from borgerpost.store.db import Store, open_store
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
