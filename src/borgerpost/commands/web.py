"""``borgerpost serve`` and ``borgerpost users …`` — filled in by the web app work."""

from __future__ import annotations

import typer

users_app = typer.Typer(no_args_is_help=True)


def register(app: typer.Typer) -> None:
    """Add the web commands to the root app."""
