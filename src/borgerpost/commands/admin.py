"""``borgerpost staff …`` and ``demo`` — filled in by the admin/demo work."""

from __future__ import annotations

import typer

staff_app = typer.Typer(no_args_is_help=True)


def register(app: typer.Typer) -> None:
    """Add the admin commands to the root app."""
