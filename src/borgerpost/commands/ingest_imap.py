"""``borgerpost ingest imap`` — filled in by the IMAP work."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add the ``imap`` command to the ``ingest`` group."""
