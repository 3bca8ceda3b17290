"""``borgerpost classify | eval | retriage`` — filled in by the triage engine work."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add the triage commands to the root app."""
