"""``borgerpost ingest …`` — filled in by the ingest work (eml, mbox, jsonl, imap)."""

from __future__ import annotations

import typer

app = typer.Typer(no_args_is_help=True)
