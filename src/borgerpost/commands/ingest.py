"""``borgerpost ingest eml|mbox|jsonl …`` (and ``imap``, from ``ingest_imap``).

Exit codes: 0 when every message was stored — quarantined ones included, they are kept and
counted; 1 when the input could not be read at all, or broke off part-way (what came before
is stored and counted, and a re-run stores the rest exactly once).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from borgerpost.commands import ingest_imap
from borgerpost.commands.context import CliContext, fail
from borgerpost.config import Settings
from borgerpost.errors import BorgerpostError
from borgerpost.ingest.pipeline import maybe_in_worker
from borgerpost.ingest.runner import IngestSummary, ingest_stream
from borgerpost.ingest.sources import Input, open_eml, open_jsonl, open_mbox

app = typer.Typer(no_args_is_help=True)
ingest_imap.register(app)

_out = Console(highlight=False)

NoProgress = Annotated[
    bool, typer.Option("--no-progress", help="No progress bar (for logs and cron).")
]
Workers = Annotated[
    int | None, typer.Option(
        "--workers", min=0, max=1,
        help="0: parse in this process; 1: parse in a second process. Default: 1 for "
             "big inputs on a multi-core machine.")
]


NoTriage = Annotated[bool, typer.Option(
    "--no-triage", help="Store only; triage later with 'borgerpost retriage --pending' "
                        "(fastest for a one-off bulk import).")]


def _run(ctx: typer.Context, opener: Callable[[Settings], Input], no_progress: bool,
         workers: int | None, no_triage: bool = False) -> None:
    context: CliContext = ctx.obj
    settings = context.settings
    store = context.open_migrated_store()
    try:
        on_batch = None if no_triage else context.triage_hook(store)
        source = maybe_in_worker(partial(opener, settings), workers=workers)
        summary: IngestSummary = ingest_stream(
            store, source.messages, settings=settings, progress=not no_progress,
            byte_total=source.byte_total, byte_position=source.position, on_batch=on_batch,
        )
    except BorgerpostError as exc:
        fail(str(exc))
    finally:
        store.dispose()
    _out.print(summary.line())
    if summary.error:
        fail(f"{summary.error} (de {summary.seen} beskeder før fejlen er gemt)")


@app.command("eml")
def eml(
    ctx: typer.Context,
    paths: Annotated[list[Path], typer.Argument(metavar="PATH…",
                                                help=".eml files or folders of them.")],
    no_progress: NoProgress = False,
    workers: Workers = None,
    no_triage: NoTriage = False,
) -> None:
    """Ingest .eml files (folders are searched for *.eml)."""
    _run(ctx, partial(open_eml, paths), no_progress, workers, no_triage)


@app.command("mbox")
def mbox(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(metavar="FILE", help="An mbox file.")],
    no_progress: NoProgress = False,
    workers: Workers = None,
    no_triage: NoTriage = False,
) -> None:
    """Ingest an mbox file, streamed (any size)."""
    _run(ctx, partial(open_mbox, file), no_progress, workers, no_triage)


@app.command("jsonl")
def jsonl(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(
        metavar="FILE", help='Web-form/letter export: {"id","sender","received","subject",'
                             '"text"} per line; optional "unit", "recipients".')],
    no_progress: NoProgress = False,
    workers: Workers = None,
    no_triage: NoTriage = False,
) -> None:
    """Ingest a JSONL export of web forms or scanned letters."""
    _run(ctx, partial(open_jsonl, file), no_progress, workers, no_triage)
