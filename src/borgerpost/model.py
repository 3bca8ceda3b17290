"""Plain domain objects shared by ingest, detect, route and store.

They carry no database state: ingest produces ``IncomingMessage`` values and the store
decides how to keep them. Kept deliberately dumb (frozen dataclasses) so every layer can
construct them in tests without a database.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class ParseStatus(StrEnum):
    """How far ingest got with a message's bytes."""

    OK = "ok"
    QUARANTINED = "quarantined"


class Source(StrEnum):
    """Where a message came in."""

    EML = "eml"
    MBOX = "mbox"
    JSONL = "jsonl"
    IMAP = "imap"
    DEMO = "demo"


class Role(StrEnum):
    """The four roles of the web app; see ``web/access.py`` for what each may see."""

    SAGSBEHANDLER = "sagsbehandler"
    TEAMLEDER = "teamleder"
    SIKKERHED = "sikkerhed"
    LEDER = "leder"


@dataclass(frozen=True, slots=True)
class IncomingAttachment:
    """One attachment as parsed; ``data`` is None when it exceeded the size limit."""

    filename: str
    content_type: str
    size: int
    sha256: str
    data: bytes | None


@dataclass(frozen=True, slots=True)
class IncomingMessage:
    """A message as ingest hands it to the store: raw bytes always, parsed fields if possible.

    A message that could not be parsed still becomes an ``IncomingMessage`` with
    ``status=QUARANTINED`` and ``parse_error`` set: nothing is ever dropped.
    """

    raw: bytes
    source: Source
    source_ref: str = ""
    message_id: str | None = None
    sender: str = ""
    sender_name: str = ""
    recipients: tuple[str, ...] = ()
    subject: str = ""
    body_text: str = ""
    received_at: datetime | None = None
    auto_submitted: bool = False
    status: ParseStatus = ParseStatus.OK
    parse_error: str | None = None
    attachments: tuple[IncomingAttachment, ...] = field(default_factory=tuple)
    unit: str | None = None  # None: the store routes by recipient mailbox, else the default unit

    @property
    def sha256(self) -> str:
        """Hash of the exact bytes received: the key that makes ingest exactly-once."""
        return hashlib.sha256(self.raw).hexdigest()
