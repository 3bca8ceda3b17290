"""``borgerpost serve`` and ``borgerpost users add|list|deactivate``.

``serve`` migrates the database first, so a fresh checkout serves at once. Uvicorn's
access log is off: URLs carry search terms and sender addresses, which are personal data
and must not end up in log files.
"""

from __future__ import annotations

import os
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from borgerpost.commands.context import CliContext, fail
from borgerpost.errors import BorgerpostError
from borgerpost.model import Role
from borgerpost.store.logins import end_all_sessions
from borgerpost.store.tables import User
from borgerpost.store.users import create_user

users_app = typer.Typer(no_args_is_help=True)
PASSWORD_ENV = "BORGERPOST_NEW_PASSWORD"

_out = Console()


def default_port() -> int:
    """``$PORT`` when set (``PORT=8765 make run``), else 8000."""
    raw = os.environ.get("PORT", "").strip()
    if not raw:
        return 8000
    if not raw.isdigit() or not 0 < int(raw) < 65536:
        fail(f"PORT={raw!r} er ikke et gyldigt portnummer")
    return int(raw)


def serve(
    ctx: typer.Context,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[
        int | None, typer.Option(help="Port (default: $PORT, else 8000).", show_default=False)
    ] = None,
) -> None:
    """Migrate the database and serve the web app."""
    import uvicorn

    from borgerpost.web.app import create_app

    context: CliContext = ctx.obj
    store = context.open_migrated_store()
    try:
        app = create_app(context.settings, store=store)
    except BorgerpostError as exc:
        fail(str(exc))
    chosen = port if port is not None else default_port()
    _out.print(f"borgerpost kører på http://{host}:{chosen}/  (stop med Ctrl+C)")
    uvicorn.run(app, host=host, port=chosen, access_log=False, log_level="info")


def _new_password() -> str:
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env:
        return from_env
    password: str = typer.prompt("Adgangskode", hide_input=True, confirmation_prompt=True)
    return password


@users_app.command("add")
def users_add(
    ctx: typer.Context,
    username: Annotated[str, typer.Argument(help="Login name (stored in lower case).")],
    role: Annotated[str, typer.Option(help="sagsbehandler, teamleder, sikkerhed or leder.")],
    unit: Annotated[str, typer.Option(help="The user's unit (scopes what they see).")] = "",
    name: Annotated[str, typer.Option(help="Display name.")] = "",
    can_read_bodies: Annotated[
        bool, typer.Option("--can-read-bodies", help="Let a leder read message texts.")
    ] = False,
) -> None:
    """Add a login; the password is asked twice (or read from $BORGERPOST_NEW_PASSWORD)."""
    context: CliContext = ctx.obj
    if role in (Role.SAGSBEHANDLER, Role.TEAMLEDER) and not unit:
        fail(f"rollen {role} kræver --unit (den enhed brugeren arbejder i)")
    store = context.open_migrated_store()
    password = _new_password()
    try:
        with store.session() as session:
            user = create_user(session, username=username, password=password, role=role,
                               unit=unit, display_name=name, can_read_bodies=can_read_bodies)
            created = user.username
    except IntegrityError:
        fail(f"brugeren {username.strip().lower()!r} findes allerede")
    except BorgerpostError as exc:
        fail(str(exc))
    _out.print(f"[green]Bruger oprettet[/green]: {created} ({role}{', ' + unit if unit else ''})")


@users_app.command("list")
def users_list(ctx: typer.Context) -> None:
    """Show every login (never password hashes)."""
    context: CliContext = ctx.obj
    store = context.open_migrated_store()
    with store.session() as session:
        users = list(session.scalars(select(User).order_by(User.username)))
    table = Table("Brugernavn", "Navn", "Rolle", "Enhed", "Leder læser tekster", "Aktiv")
    for user in users:
        reads = ("ja" if user.can_read_bodies else "nej") if user.role == Role.LEDER else "–"
        table.add_row(user.username, user.display_name, user.role, user.unit or "–", reads,
                      "ja" if user.active else "nej")
    _out.print(table)


@users_app.command("deactivate")
def users_deactivate(
    ctx: typer.Context, username: Annotated[str, typer.Argument(help="Login name.")]
) -> None:
    """Take a login's access away at once (its audit history stays)."""
    context: CliContext = ctx.obj
    store = context.open_migrated_store()
    with store.session() as session:
        user = session.scalar(select(User).where(User.username == username.strip().lower()))
        if user is None:
            fail(f"ingen bruger hedder {username!r}")
        user.active = False
        ended = end_all_sessions(session, user.id, "deactivated")
    _out.print(f"[yellow]Bruger deaktiveret[/yellow]: {username.strip().lower()} "
               f"({ended} aktive login afsluttet)")


def register(app: typer.Typer) -> None:
    """Add ``serve`` to the root app."""
    app.command("serve")(serve)
