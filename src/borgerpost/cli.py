"""The ``borgerpost`` command line (Typer + Rich).

Global option ``--db URL`` (or ``BORGERPOST_DB``) picks the database; every sub-command
gets it through ``CliContext``. Sub-command groups live in ``commands/`` so this file only
assembles them:

    borgerpost init | stats | serve | demo
    borgerpost ingest eml|mbox|jsonl|imap …
    borgerpost staff load | users add
    borgerpost classify | eval | retriage
    borgerpost deadlines overdue
    borgerpost fuldmagt add|list|revoke
    borgerpost monitor add-source|list-sources|run|items
"""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.console import Console

from borgerpost.commands import (
    admin,
    deadlines,
    fuldmagt,
    ingest,
    monitor,
    retriage,
    triage,
    web,
)
from borgerpost.commands.context import CliContext, fail
from borgerpost.config import Settings
from borgerpost.errors import BorgerpostError
from borgerpost.store.db import open_store
from borgerpost.store.migrate import upgrade
from borgerpost.store.stats import message_stats

app = typer.Typer(
    name="borgerpost",
    help="borgerpost: the jobcentre's front door for written contact.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
app.add_typer(ingest.app, name="ingest", help="Take in mail: eml, mbox, jsonl, imap.")
app.add_typer(admin.staff_app, name="staff", help="The staff register.")
app.add_typer(admin.units_app, name="units", help="Units and their shared mailboxes.")
app.add_typer(web.users_app, name="users", help="Logins of the web app.")
app.add_typer(deadlines.app, name="deadlines", help="Case-request deadlines.")
app.add_typer(fuldmagt.app, name="fuldmagt", help="Powers of attorney (fuldmagter).")
app.add_typer(monitor.app, name="monitor", help="Public-post monitor: sources, runs, evidence.")
triage.register(app)
retriage.register(app)
web.register(app)
admin.register(app)

console = Console(stderr=True)


@app.callback()
def main(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option("--db", envvar="BORGERPOST_DB", help="Database URL or SQLite path."),
    ] = None,
) -> None:
    """Open the settings once; sub-commands read them from the context."""
    settings = Settings() if db is None else Settings(db=db)
    ctx.obj = CliContext(settings=settings)


@app.command()
def init(ctx: typer.Context) -> None:
    """Create or migrate the database. Safe to run again."""
    context: CliContext = ctx.obj
    try:
        store = open_store(context.settings.db)
        upgrade(store)
    except BorgerpostError as exc:
        fail(str(exc))
    console.print(f"[green]Database ready[/green] ({store.dialect})")


@app.command()
def stats(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Counts of stored messages (quarantined included)."""
    context: CliContext = ctx.obj
    store = context.open_migrated_store()
    figures = message_stats(store)
    if as_json:
        typer.echo(json.dumps(figures))
        return
    for key, value in figures.items():
        typer.echo(f"{key}: {value}")
