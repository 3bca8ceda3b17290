"""``borgerpost monitor add-source|list-sources|run|items``: the public-post monitor.

``run`` reads every enabled source (or those given with ``--source``), scans what it has
not seen before and keeps only posts that name staff or reveal their private data. Rows
an export could not read are reported on stderr by row number and counted; the run goes
on. Exit codes: 0 when every source could be read (bad rows included); 1 when a source
could not be read at all (the others still ran); 2 when the input was refused.
``items`` lists kept items without their text: reading the text is done where it is
audited (the web app, or an evidence package). ``report ITEM…`` writes an evidence package
for a police report (audited as ``monitor.export``) and ``verify PACKAGE`` checks one:
exit code 0 when it is intact, 1 when any file was changed, 2 when it is not a package.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from borgerpost.commands.context import CliContext, fail
from borgerpost.errors import BorgerpostError
from borgerpost.monitor.model import KIND_DA, KINDS
from borgerpost.monitor.runner import RunSummary, run_sources
from borgerpost.monitor.sources import check_location
from borgerpost.store import monitor as repo
from borgerpost.store.staff import list_staff
from borgerpost.store.tables import MonitorItem, MonitorSource

app = typer.Typer(no_args_is_help=True)
_out = Console(highlight=False)
_err = Console(stderr=True, highlight=False)

By = Annotated[str, typer.Option("--by", help="Who does this (written to the audit log).")]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON.")]


def _actor(by: str) -> str:
    actor = by.strip()
    if not actor or len(actor) > 80 or any(c.isspace() for c in actor):
        fail("--by skal være et brugernavn uden mellemrum (højst 80 tegn)", code=2)
    return actor


@app.command("add-source")
def add_source(
    ctx: typer.Context,
    name: Annotated[str, typer.Option(help="A name for the source (unique).")],
    kind: Annotated[str, typer.Option(help=f"One of: {', '.join(KINDS)}.")],
    location: Annotated[str, typer.Option(
        help="The feed's or page's URL, or the path of an export file or saved page.")],
    by: By = "cli",
) -> None:
    """Register a source to monitor (a feed, an export of posts, or one saved page)."""
    context: CliContext = ctx.obj
    actor = _actor(by)
    try:
        checked = check_location(kind, location)
    except BorgerpostError as exc:
        fail(str(exc), code=2)
    store = context.open_migrated_store()
    try:
        with store.session() as session:
            row = repo.add_source(session, name=name, kind=kind, location=checked, actor=actor)
            number = row.id
    except BorgerpostError as exc:
        fail(str(exc), code=2)
    finally:
        store.dispose()
    _out.print(f"[green]Kilde nr. {number} tilføjet[/green] ({KIND_DA[kind]}: {checked})")


def _source_row(s: MonitorSource) -> dict[str, object]:
    return {"id": s.id, "name": s.name, "kind": s.kind, "location": s.location,
            "enabled": s.enabled, "created_by": s.created_by,
            "last_run_at": s.last_run_at.isoformat() if s.last_run_at else None,
            "last_error": s.last_error}


@app.command("list-sources")
def list_sources(ctx: typer.Context, as_json: AsJson = False) -> None:
    """The registered sources, when each was last read and how it last failed."""
    context: CliContext = ctx.obj
    store = context.open_migrated_store()
    try:
        with store.session() as session:
            rows = [_source_row(s) for s in repo.list_sources(session)]
    finally:
        store.dispose()
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False))
        return
    table = Table("Nr.", "Navn", "Type", "Adresse/fil", "Aktiv", "Sidst kørt", "Sidste fejl",
                  title="Overvågede kilder")
    for r in rows:
        last = str(r["last_run_at"] or "")[:16].replace("T", " ")
        table.add_row(str(r["id"]), str(r["name"]), KIND_DA.get(str(r["kind"]), str(r["kind"])),
                      str(r["location"]), "ja" if r["enabled"] else "nej", last,
                      str(r["last_error"] or ""))
    _out.print(table)


@app.command("run")
def run(
    ctx: typer.Context,
    source: Annotated[list[int] | None, typer.Option(
        "--source", metavar="ID", help="Only this source (repeat); default: every enabled one.")]
    = None,
    no_progress: Annotated[bool, typer.Option("--no-progress", help="No progress display.")]
    = False,
    by: By = "monitor",
) -> None:
    """Fetch and scan; keep only posts that name staff or reveal their private data."""
    context: CliContext = ctx.obj
    actor = _actor(by)
    store = context.open_migrated_store()
    progress = _progress() if not no_progress else None
    task = progress.add_task("Scanner", counts="") if progress is not None else None

    def on_error(message: str) -> None:
        (progress.console if progress is not None else _err).print(
            f"[yellow]fejl:[/yellow] {message}", highlight=False, markup=True)

    def on_progress(name: str, summary: RunSummary) -> None:
        if progress is not None and task is not None:
            progress.update(task, description=name, counts=_counts(summary))

    try:
        if progress is not None:
            progress.start()
        summary = run_sources(store, settings=context.settings, source_ids=source, actor=actor,
                              on_error=on_error, on_progress=on_progress)
    except BorgerpostError as exc:
        fail(str(exc), code=2)
    finally:
        if progress is not None:
            progress.stop()
        store.dispose()
    _out.print(summary.line())
    if summary.failed_sources:
        fail(f"kunne ikke læse: {', '.join(summary.failed_sources)}")


def _progress() -> Progress:
    return Progress(SpinnerColumn(), TextColumn("[bold]{task.description}"),
                    TextColumn("{task.fields[counts]}"), TimeElapsedColumn(),
                    console=_err, transient=True, refresh_per_second=4)


def _counts(summary: RunSummary) -> str:
    return (f"{summary.scanned} scannet, {summary.kept} gemt, {summary.skipped} set før, "
            f"{summary.errors} fejl")


def _item_row(
    item: MonitorItem, sources: dict[int, str], staff: dict[int, str]
) -> dict[str, object]:
    return {"id": item.id, "retrieved_at": item.retrieved_at.isoformat(),
            "source": sources.get(item.source_id, str(item.source_id)), "version": item.version,
            "previous_id": item.previous_id, "labels": list(item.labels),
            "staff": [staff.get(i, str(i)) for i in item.staff_ids], "status": item.status,
            "content_sha256": item.content_sha256}


@app.command("items")
def items(
    ctx: typer.Context,
    status: Annotated[str | None, typer.Option(help="ny, set or eksporteret.")] = None,
    source: Annotated[int | None, typer.Option("--source", metavar="ID")] = None,
    limit: Annotated[int, typer.Option(min=1, max=10_000)] = 200,
    as_json: AsJson = False,
) -> None:
    """Kept items, newest first: id, time, source, labels, staff — never the text."""
    context: CliContext = ctx.obj
    if status is not None and status not in repo.STATUSES:
        fail(f"ukendt status {status!r} (kendte: {', '.join(repo.STATUSES)})", code=2)
    store = context.open_migrated_store()
    try:
        with store.session() as session:
            sources = {s.id: s.name for s in repo.list_sources(session)}
            staff = {s.id: s.name for s in list_staff(session, include_inactive=True)}
            rows = [_item_row(i, sources, staff) for i in
                    repo.list_items(session, status=status, source_id=source, limit=limit)]
    finally:
        store.dispose()
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False))
        return
    table = Table("Nr.", "Hentet (UTC)", "Kilde", "Version", "Mærker", "Medarbejdere", "Status",
                  title="Gemte beviser")
    for r in rows:
        table.add_row(str(r["id"]), str(r["retrieved_at"])[:19].replace("T", " "),
                      str(r["source"]), str(r["version"]), _join(r["labels"]),
                      _join(r["staff"]), str(r["status"]))
    _out.print(table)


def _join(value: object) -> str:
    return ", ".join(str(v) for v in value) if isinstance(value, list) else str(value)


@app.command("report")
def report(
    ctx: typer.Context,
    item_ids: Annotated[list[int], typer.Argument(metavar="ITEM…", help="Kept items' ids.")],
    by: Annotated[str, typer.Option("--by", help="Who exports (written to the audit log).")],
    out: Annotated[Path, typer.Option("--out", help="Folder the package is written in.")]
    = Path("."),
) -> None:
    """Write an evidence package (PDF, HTML, texts, WARCs, manifest) and a .zip of it."""
    from borgerpost.monitor.package import build_package, zip_of  # the PDF library: ~0.6 s

    context: CliContext = ctx.obj
    actor = _actor(by)
    store = context.open_migrated_store()
    try:
        with store.session() as session:
            folder = build_package(session, item_ids=item_ids, actor=actor, out_dir=out)
            session.commit()
    except BorgerpostError as exc:
        fail(str(exc), code=2)
    finally:
        store.dispose()
    _out.print(f"[green]Bevispakke skrevet:[/green] {folder}  (og {zip_of(folder).name})")


@app.command("verify")
def verify(
    package: Annotated[Path, typer.Argument(help="A package folder or its .zip.")],
) -> None:
    """Check an evidence package: every file, the manifest, texts and WARC digests."""
    from borgerpost.monitor.verify import verify_package  # loaded here, as ``report`` does

    try:
        result = verify_package(package)
    except BorgerpostError as exc:
        fail(str(exc), code=2)
    if not result.ok:
        for problem in result.problems:
            _err.print(f"[red]ændret:[/red] {problem.line()}")
        fail(f"bevispakken {result.package_id or package} er ikke intakt "
             f"({len(result.failed_files)} filer fejler)", code=1)
    _out.print(f"[green]Bevispakken er intakt:[/green] {result.package_id} – "
               f"{result.files_checked} filer og {result.items_checked} opslag efterprøvet")
