"""Builders for test mail: real messages made with the stdlib ``email`` package."""

from __future__ import annotations

from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

import pytest

from borgerpost.ingest.mbox import format_entry

TEXT = "Kære Jobcenter – jeg har søgt 12 stillinger i maj, se “listen” på Jobnet. Mvh Søren\n"
LATIN1_TEXT = "Kære Jobcenter, jeg har søgt 12 stillinger i maj. Mvh Søren Ærø\n"


def make_mail(
    body: str = TEXT,
    *,
    charset: str = "utf-8",
    cte: str = "quoted-printable",
    subtype: str = "plain",
    subject: str = "Ansøgning om befordring",
    sender: str = "Søren Ærø <Soren.Aero@Example.dk>",
    to: str = "Jobcenter <jobcenter@kommune.dk>",
    message_id: str | None = "<abc-123@example.dk>",
    date: str | None = "Mon, 03 Jun 2024 10:15:00 +0200",
    extra: dict[str, str] | None = None,
) -> EmailMessage:
    """One single-part message, encoded as asked."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    if date:
        message["Date"] = date
    if message_id:
        message["Message-ID"] = message_id
    for name, value in (extra or {}).items():
        message[name] = value
    message.set_content(body, subtype=subtype, charset=charset, cte=cte)
    return message


@pytest.fixture
def mail() -> Callable[..., bytes]:
    """``mail(**kw)`` → the bytes of ``make_mail(**kw)``."""
    return lambda **kw: make_mail(**kw).as_bytes()


def write_mbox(path: Path, raws: list[bytes]) -> Path:
    """An mbox file holding ``raws``, as the writer under test formats it."""
    with path.open("wb") as stream:
        for raw in raws:
            stream.write(format_entry(raw, sender="test@example.dk"))
    return path
