"""``borgerpost fuldmagt add|list|revoke``: the register of powers of attorney from a terminal.

For registering fuldmagter in bulk or from a script (a scanned post room, a migration from
an older system). The command line has no login, so ``--by`` names the person who acts:
it is written to the audit log with every change and listing, like a web user's name.
The input checks are the register's own (``route.fuldmagter``): a CPR number as reference
is refused, and so is a document that is not a PDF or an image or is larger than
``BORGERPOST_ATTACHMENT_MAX_BYTES``. Exit code 2 means the input was refused.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.table import Table

from borgerpost.commands.context import CliContext, fail
from borgerpost.errors import BorgerpostError
from borgerpost.route.fuldmagter import (
    Document,
    FuldmagtIn,
    add_fuldmagt,
    list_fuldmagter,
    revoke_fuldmagt,
)
from borgerpost.route.representation_config import REPRESENTATIVE_TYPES
from borgerpost.store import audit
from borgerpost.store.tables import Fuldmagt

app = typer.Typer(no_args_is_help=True)
_out = Console()

By = Annotated[str, typer.Option("--by", help="Who does this (written to the audit log).")]


def _actor(by: str) -> str:
    actor = by.strip()
    if not actor or len(actor) > 80 or any(c.isspace() for c in actor):
        fail("--by skal være et brugernavn uden mellemrum (højst 80 tegn)", code=2)
    return actor


def _validation(exc: ValidationError) -> str:
    parts = []
    for error in exc.errors():
        where = ".".join(str(p) for p in error.get("loc", ())) or "input"
        parts.append(f"{where}: {str(error.get('msg', '')).removeprefix('Value error, ')}")
    return "; ".join(parts)


def _document(path: Path | None) -> Document | None:
    if path is None:
        return None
    try:
        return Document(path.name, path.read_bytes())
    except OSError as exc:
        fail(f"{path}: kan ikke læse dokumentet ({exc.strerror})", code=2)


@app.command("add")
def add(
    ctx: typer.Context,
    representative: Annotated[str, typer.Option(help="The representative's name.")],
    type_: Annotated[str, typer.Option(
        "--type", help=f"One of: {', '.join(REPRESENTATIVE_TYPES)}.")],
    citizen: Annotated[str, typer.Option(help="The citizen's name.")],
    valid_from: Annotated[str, typer.Option("--from", metavar="YYYY-MM-DD")],
    by: By,
    email: Annotated[str | None, typer.Option(help="The representative's e-mail.")] = None,
    ref: Annotated[str, typer.Option(help="The jobcentre's case/person reference (no CPR).")]
    = "",
    whole: Annotated[bool, typer.Option("--all", help="The whole case.")] = False,
    kinds: Annotated[list[str] | None, typer.Option(
        "--kind", help="A case kind it covers (repeat).")] = None,
    cases: Annotated[list[str] | None, typer.Option(
        "--case", help="A case reference it covers (repeat).")] = None,
    valid_to: Annotated[str | None, typer.Option("--to", metavar="YYYY-MM-DD")] = None,
    document: Annotated[Path | None, typer.Option(help="The signed fuldmagt (PDF/image).")]
    = None,
) -> None:
    """Register a fuldmagt; the representative's messages are checked again at once."""
    context: CliContext = ctx.obj
    actor = _actor(by)
    try:
        data = FuldmagtIn.model_validate({
            "representative_name": representative, "representative_email": email,
            "representative_type": type_, "citizen_name": citizen, "citizen_ref": ref,
            "scope_all": whole, "scope_case_kinds": kinds or [], "scope_cases": cases or [],
            "valid_from": valid_from, "valid_to": valid_to})
    except ValidationError as exc:
        fail(_validation(exc), code=2)
    doc = _document(document)
    store = context.open_migrated_store()
    try:
        with store.session() as session:
            row = add_fuldmagt(session, data=data, actor=actor, document=doc,
                               max_bytes=context.settings.attachment_max_bytes)
            number = row.id
    except BorgerpostError as exc:
        fail(str(exc), code=2)
    _out.print(f"[green]Fuldmagt nr. {number} registreret[/green]")


def _row(f: Fuldmagt) -> dict[str, object]:
    return {"id": f.id, "representative": f.representative_name,
            "email": f.representative_email, "type": f.representative_type,
            "citizen": f.citizen_name, "citizen_ref": f.citizen_ref, "scope_all": f.scope_all,
            "case_kinds": list(f.scope_case_kinds or []), "cases": list(f.scope_cases or []),
            "valid_from": f.valid_from.isoformat(),
            "valid_to": f.valid_to.isoformat() if f.valid_to else None, "revoked": f.revoked,
            "document": f.document_sha256 is not None}


@app.command("list")
def list_(
    ctx: typer.Context,
    by: By,
    citizen_ref: Annotated[str, typer.Option("--citizen-ref", help="Part of the reference.")]
    = "",
    representative: Annotated[str, typer.Option(help="Part of the name or e-mail.")] = "",
    active: Annotated[bool, typer.Option("--active", help="Leave out revoked ones.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """The register, newest first (the listing is audited)."""
    context: CliContext = ctx.obj
    actor = _actor(by)
    store = context.open_migrated_store()
    table = Table("Nr.", "Repræsentant", "Type", "Borger", "Reference", "Omfang", "Gælder",
                  "Status", title="Fuldmagter")
    with store.session() as session:
        found = list_fuldmagter(session, citizen_ref=citizen_ref, representative=representative,
                                include_revoked=not active, limit=10_000)
        rows = [_row(f) for f in found]
        for f in found:
            table.add_row(*_cells(f))
        used = [n for n, v in (("citizen_ref", citizen_ref), ("representative", representative))
                if v.strip()]
        audit.record(session, actor=actor, action="fuldmagt.list", object_type="fuldmagt",
                     object_id="", detail={"filters": used, "channel": "cli"})
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False))
    else:
        _out.print(table)


def _cells(f: Fuldmagt) -> tuple[str, ...]:
    scope = "hele sagen" if f.scope_all else ", ".join([*(f.scope_case_kinds or []),
                                                        *(f.scope_cases or [])])
    until = f.valid_to.isoformat() if f.valid_to else ""
    return (str(f.id), f.representative_name, f.representative_type, f.citizen_name,
            f.citizen_ref, scope, f"{f.valid_from.isoformat()} – {until}",
            "tilbagekaldt" if f.revoked else "aktiv")


@app.command("revoke")
def revoke(
    ctx: typer.Context,
    fuldmagt_id: Annotated[int, typer.Argument(metavar="ID")],
    by: By,
) -> None:
    """Revoke a fuldmagt: its representative gets no case data from now on."""
    context: CliContext = ctx.obj
    actor = _actor(by)
    store = context.open_migrated_store()
    try:
        with store.session() as session:
            revoke_fuldmagt(session, fuldmagt_id=fuldmagt_id, actor=actor)
    except BorgerpostError as exc:
        fail(str(exc), code=2)
    _out.print(f"[green]Fuldmagt nr. {fuldmagt_id} er tilbagekaldt[/green]")
