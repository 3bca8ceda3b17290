"""``borgerpost retriage`` — run the engine again over stored messages, then re-route them.

Needed after the staff register, the official contact list or the engine changed: a
message that named nobody yesterday may name a newly registered caseworker today. The
findings of each message are replaced as a whole; caseworkers' corrections are kept
(they live in their own table and still apply on top).
"""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

from borgerpost.commands.context import CliContext, fail
from borgerpost.errors import BorgerpostError
from borgerpost.store.triage import messages_to_retriage, triage_counts, triage_messages

CHUNK = 500
_out = Console(stderr=True)


def retriage(
    ctx: typer.Context,
    pending: Annotated[bool, typer.Option(
        "--pending", help="Only messages never triaged or whose triage failed.")] = False,
    no_progress: Annotated[bool, typer.Option("--no-progress", help="No progress bar.")] = False,
) -> None:
    """Triage stored messages again with the current register and engine, and re-route them."""
    from borgerpost.detect.pipeline import Pipeline
    from borgerpost.route.apply import active_rules, route_stored
    from borgerpost.store.staff import active_members

    context: CliContext = ctx.obj
    settings = context.settings
    store = context.open_migrated_store()
    try:
        rules = active_rules(settings)
        with store.session() as session:
            members = active_members(session)
        pipeline = Pipeline.from_register(
            members, official_contacts=settings.official_contacts or None)
        pks = messages_to_retriage(store, only_pending=pending)
        with Progress("[bold]Triage", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                      console=_out, disable=no_progress) as progress:
            task = progress.add_task("triage", total=len(pks))
            for start in range(0, len(pks), CHUNK):
                chunk = pks[start:start + CHUNK]
                triage_messages(store, pipeline, chunk)
                route_stored(store, chunk, rules=rules, settings=settings)
                progress.advance(task, len(chunk))
        counts = triage_counts(store)
    except BorgerpostError as exc:
        fail(str(exc))
    finally:
        store.dispose()
    _out.print(
        f"Triage kørt på {len(pks)} beskeder ({len(members)} aktive medarbejdere i registret). "
        f"Færdige: {counts.get('done', 0)}, fejlede (til manuel gennemsyn): "
        f"{counts.get('failed', 0)}, ventende: {counts.get('pending', 0)}"
    )


def register(app: typer.Typer) -> None:
    """Add ``retriage`` to the root app."""
    app.command("retriage")(retriage)
