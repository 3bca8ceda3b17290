"""``borgerpost ingest imap``: fetch new mail from one IMAP folder, incrementally.

The password is read from ``BORGERPOST_IMAP_PASSWORD`` only: an option would put it in
the shell history and in ``ps`` output for every user on the machine. The user name may
come from ``--user`` or ``BORGERPOST_IMAP_USER``. For a server whose certificate is signed
by a private CA, point ``SSL_CERT_FILE`` at that CA's certificate.

Exit codes as for the file inputs: 0 when every message found was stored (quarantined
ones included); 1 when the server could not be reached or refused the login, or the
connection broke part-way (what came before is stored; the next run carries on).
"""

from __future__ import annotations

import os
from typing import Annotated

import typer
from rich.console import Console

from borgerpost.commands.context import CliContext, fail
from borgerpost.errors import BorgerpostError
from borgerpost.ingest.imap import ImapAccount, Security
from borgerpost.ingest.imap_sync import FolderRun, ingest_folder

PASSWORD_ENV = "BORGERPOST_IMAP_PASSWORD"
USER_ENV = "BORGERPOST_IMAP_USER"

_out = Console(highlight=False)


def security_mode(*, tls: bool, starttls: bool) -> Security:
    """``--starttls`` wins over the default ``--tls``; ``--no-tls`` with it is a mistake."""
    if starttls and not tls:
        fail("--starttls og --no-tls udelukker hinanden")
    if starttls:
        return Security.STARTTLS
    return Security.TLS if tls else Security.NONE


def _account(host: str, port: int | None, user: str | None, security: Security) -> ImapAccount:
    if not user:
        fail(f"angiv brugernavnet med --user eller miljøvariablen {USER_ENV}")
    password = os.environ.get(PASSWORD_ENV)
    if not password:
        fail(f"miljøvariablen {PASSWORD_ENV} med IMAP-adgangskoden er ikke sat")
    return ImapAccount(host=host, user=user, password=password, port=port, security=security)


def _report(run: FolderRun, folder: str, account: ImapAccount) -> None:
    if run.uidvalidity_changed:
        _out.print(f"Mappen {folder!r} har fået ny UIDVALIDITY ({run.uidvalidity}): den er "
                   "hentet forfra, og beskeder der allerede er gemt, er sprunget over.")
    _out.print(f"{account.key} {folder}: {run.summary.line()}; sidste UID {run.last_uid}")


def register(app: typer.Typer) -> None:
    """Add the ``imap`` command to the ``ingest`` group."""

    @app.command("imap")
    def imap(
        ctx: typer.Context,
        host: Annotated[str, typer.Option("--host", help="The IMAP server's name or address.")],
        port: Annotated[int | None, typer.Option(
            "--port", min=1, max=65535, help="Default: 993 with --tls, else 143.")] = None,
        user: Annotated[str | None, typer.Option(
            "--user", envvar=USER_ENV, help="Login name (or BORGERPOST_IMAP_USER).")] = None,
        folder: Annotated[str, typer.Option("--folder", help="The folder to read.")] = "INBOX",
        tls: Annotated[bool, typer.Option(
            "--tls/--no-tls", help="Implicit TLS (993); --no-tls sends the password in "
                                   "clear text: only for a server on this machine.")] = True,
        starttls: Annotated[bool, typer.Option(
            "--starttls", help="Connect in clear text and switch to TLS (143).")] = False,
        batch_size: Annotated[int | None, typer.Option(
            "--batch-size", min=1, help="Messages per transaction (default: the "
                                        "ingest_batch_size setting).")] = None,
        no_progress: Annotated[bool, typer.Option(
            "--no-progress", help="No progress bar (for logs and cron).")] = False,
    ) -> None:
        """Fetch new mail from an IMAP folder (read-only: nothing is marked as read).

        The password is read from the environment variable BORGERPOST_IMAP_PASSWORD."""
        context: CliContext = ctx.obj
        account = _account(host, port, user, security_mode(tls=tls, starttls=starttls))
        settings = context.settings
        if batch_size is not None:
            settings = settings.model_copy(update={"ingest_batch_size": batch_size})
        store = context.open_migrated_store()
        try:
            run = ingest_folder(store, account, folder, settings=settings,
                                progress=not no_progress, on_batch=context.triage_hook(store))
        except BorgerpostError as exc:
            fail(str(exc))
        finally:
            store.dispose()
        _report(run, folder, account)
        if run.summary.error:
            fail(f"{run.summary.error} (de {run.summary.seen} beskeder før fejlen er gemt; "
                 "næste kørsel fortsætter derfra)")
