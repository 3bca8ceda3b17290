"""``borgerpost staff …``, ``borgerpost units …`` and ``borgerpost demo``.

A register that cannot be read loads nothing and exits 2 with the line named: a
half-loaded register would silently stop protecting the people left out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from borgerpost.commands.context import CliContext, fail
from borgerpost.errors import BorgerpostError, StaffRegisterError
from borgerpost.register import read_register
from borgerpost.store.staff import list_staff, list_units, load_register, set_unit_mailbox

staff_app = typer.Typer(no_args_is_help=True)
units_app = typer.Typer(no_args_is_help=True)

_out = Console()


@staff_app.command("load")
def staff_load(
    ctx: typer.Context,
    csv_path: Annotated[Path, typer.Argument(metavar="CSV", help="name,role,unit,aliases")],
) -> None:
    """Load the staff register; people missing from the file become inactive."""
    context: CliContext = ctx.obj
    try:
        members = read_register(csv_path)
    except StaffRegisterError as exc:
        fail(f"{csv_path}: {exc}", code=2)
    store = context.open_migrated_store()
    try:
        with store.session() as session:
            result = load_register(session, members)
    except BorgerpostError as exc:
        fail(f"{csv_path}: {exc}", code=2)
    _out.print(
        f"[green]Medarbejderregister indlæst[/green]: {result.active} aktive "
        f"({result.added} nye, {result.updated} ændrede, {result.unchanged} uændrede), "
        f"{result.deactivated} gjort inaktive, {result.units_created} nye enheder"
    )


@staff_app.command("list")
def staff_list(
    ctx: typer.Context,
    include_inactive: Annotated[
        bool, typer.Option("--all", help="Include people no longer in the register.")
    ] = False,
) -> None:
    """Show the staff register."""
    context: CliContext = ctx.obj
    store = context.open_migrated_store()
    with store.session() as session:
        rows = list_staff(session, include_inactive=include_inactive)
    table = Table("Navn", "Rolle", "Enhed", "Aliaser", "Aktiv", title="Medarbejdere")
    for row in rows:
        table.add_row(row.name, row.role, row.unit, row.aliases.replace(";", ", "),
                      "ja" if row.active else "nej")
    _out.print(table)


@units_app.command("set-mailbox")
def units_set_mailbox(
    ctx: typer.Context,
    unit: Annotated[str, typer.Argument(metavar="UNIT", help="Unit name, as in the register.")],
    address: Annotated[str, typer.Argument(metavar="ADDRESS", help="Empty string clears it.")],
    create: Annotated[
        bool, typer.Option("--create", help="Create the unit if it does not exist.")
    ] = False,
) -> None:
    """Set a unit's shared mailbox: mail to that address is routed to the unit."""
    context: CliContext = ctx.obj
    store = context.open_migrated_store()
    try:
        with store.session() as session:
            row = set_unit_mailbox(session, unit=unit, mailbox=address, create=create)
            mailbox = row.mailbox
    except BorgerpostError as exc:
        fail(str(exc), code=2)
    _out.print(f"[green]{unit}[/green]: postkasse {mailbox or '(ingen)'}")


@units_app.command("set-colleague")
def units_set_colleague(
    ctx: typer.Context,
    unit: Annotated[str, typer.Argument(metavar="UNIT", help="Unit name, as in the register.")],
    username: Annotated[str, typer.Argument(metavar="USERNAME", help="Empty string clears it.")],
) -> None:
    """Set who gets the unit's mail about a shielded (insulted, threatened) staff member."""
    from borgerpost.route.shielding import set_designated_colleague

    context: CliContext = ctx.obj
    store = context.open_migrated_store()
    try:
        with store.session() as session:
            row = set_designated_colleague(session, unit=unit, username=username)
            chosen = row.designated_colleague
    except BorgerpostError as exc:
        fail(str(exc), code=2)
    _out.print(f"[green]{unit}[/green]: udpeget kollega {chosen or '(ingen)'}")


@units_app.command("list")
def units_list(ctx: typer.Context) -> None:
    """Show units and their mailboxes."""
    context: CliContext = ctx.obj
    store = context.open_migrated_store()
    with store.session() as session:
        rows = [(u.name, u.mailbox or "", u.designated_colleague or "")
                for u in list_units(session)]
    table = Table("Enhed", "Postkasse", "Udpeget kollega", title="Enheder")
    for name, mailbox, colleague in rows:
        table.add_row(name, mailbox, colleague)
    _out.print(table)


def demo(ctx: typer.Context) -> None:
    """Load demo data: register, units, a user per role, ~300 Danish messages. Safe to re-run."""
    from borgerpost.demo.loader import DEMO_USERS, load_demo  # not paid for by other commands

    context: CliContext = ctx.obj
    store = context.open_migrated_store()
    try:
        result = load_demo(store, settings=context.settings, on_batch=context.triage_hook(store))
    except BorgerpostError as exc:
        fail(str(exc))
    _out.print(
        f"[green]Demodata[/green]: {result.messages_new} nye beskeder "
        f"({result.messages_known} fandtes i forvejen, {result.quarantined} i karantæne), "
        f"{result.users_new} nye brugere, register {result.register.active} aktive"
    )
    if result.posts_kept or result.posts_discarded:
        _out.print(f"Overvågning: {result.posts_kept} offentlige opslag gemt, "
                   f"{result.posts_discarded} kasseret")
    table = Table("Bruger", "Adgangskode", "Rolle", "Enhed", title="Demobrugere")
    for user in DEMO_USERS:
        table.add_row(user.username, user.password, user.role, user.unit or "(alle)")
    _out.print(table)


def register(app: typer.Typer) -> None:
    """Add the admin commands to the root app."""
    app.command("demo")(demo)
