"""``borgerpost ingest …`` — filled in by the ingest work (eml, mbox, jsonl, imap)."""

from __future__ import annotations

import typer

from borgerpost.commands import ingest_imap

app = typer.Typer(no_args_is_help=True)
ingest_imap.register(app)
