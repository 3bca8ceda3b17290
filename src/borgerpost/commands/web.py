"""``borgerpost serve`` — filled in by the web app work."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add the web commands to the root app."""
