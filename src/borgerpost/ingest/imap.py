"""Fetch new mail from one IMAP folder (stdlib ``imaplib``), a bounded chunk at a time.

Why it works the way it does:

- The folder is opened read-only (EXAMINE) and bodies are fetched with ``BODY.PEEK[]``,
  so ingest never marks a citizen's mail as read: staff still work the mailbox.
- Mail is addressed by UID, which stays put between sessions as long as the folder's
  UIDVALIDITY does. The caller remembers the last UID stored; when UIDVALIDITY changes
  (folder recreated, server migrated) the old UIDs mean nothing and the folder is read
  from the start again, which is safe because the store dedups by sha256.
- ``UID SEARCH UID n:*`` returns the highest message even when ``n`` is above every UID
  (``*`` is "the largest UID in use", and ``n:*`` equals ``*:n``), so UIDs not above
  the asked-for start are dropped. The search runs in windows of UIDs because imaplib
  refuses a response line over 1 MB (about 150,000 UIDs in one line).
- Message sizes are fetched first, then bodies in groups of at most ``FETCH_UIDS`` UIDs
  and ``FETCH_BYTES`` bytes: imaplib holds a whole FETCH response in memory, so this is
  what keeps memory flat however big the mailbox is. A message above ``max_message_bytes``
  gets only its first ``max_message_bytes`` fetched (``truncated``): it is kept and
  quarantined rather than dropped or allowed to exhaust memory.

Every library error (socket, TLS, IMAP protocol) leaves this module as ``IngestError``
with the server and what was being done; passwords are never part of any message.
"""

from __future__ import annotations

import base64
import imaplib
import re
import ssl
from array import array
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from enum import StrEnum
from types import TracebackType
from typing import Any

from borgerpost.errors import IngestError

FETCH_UIDS = 200
FETCH_BYTES = 32 * 1024 * 1024
SEARCH_WINDOW = 50_000
DEFAULT_TIMEOUT_S = 120.0

_UID = re.compile(rb"\bUID (\d+)")
_SIZE = re.compile(rb"\bRFC822\.SIZE (\d+)")


class Security(StrEnum):
    """How the connection is protected: implicit TLS (993), STARTTLS (143), or not at all."""

    TLS = "tls"
    STARTTLS = "starttls"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class ImapAccount:
    """Where and as whom to log in. The password is left out of ``repr`` so it cannot
    reach a log or a traceback by accident."""

    host: str
    user: str
    password: str = field(repr=False)
    port: int | None = None
    security: Security = Security.TLS
    timeout: float = DEFAULT_TIMEOUT_S

    @property
    def effective_port(self) -> int:
        """The port given, else the standard one for the security mode."""
        if self.port is not None:
            return self.port
        return 993 if self.security is Security.TLS else 143

    @property
    def key(self) -> str:
        """``user@host:port``: the account's name in the saved IMAP state."""
        return f"{self.user}@{self.host.lower()}:{self.effective_port}"


@dataclass(frozen=True, slots=True)
class FetchedMail:
    """One message as the server holds it; ``size`` is the server's RFC822.SIZE."""

    uid: int
    raw: bytes
    size: int
    truncated: bool = False


def encode_mailbox(name: str) -> str:
    """A folder name as an IMAP quoted string in modified UTF-7 (RFC 3501 5.1.3), so
    Danish folder names ("Klager/Ærø") reach the server as the server spells them."""
    out: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            encoded = base64.b64encode("".join(pending).encode("utf-16-be")).decode("ascii")
            out.append("&" + encoded.rstrip("=").replace("/", ",") + "-")
            pending.clear()

    for char in name:
        if 0x20 <= ord(char) <= 0x7E:
            flush()
            out.append("&-" if char == "&" else char)
        else:
            pending.append(char)
    flush()
    quoted = "".join(out).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{quoted}"'


def sequence_set(uids: Sequence[int]) -> str:
    """Ascending UIDs as an IMAP sequence set with runs collapsed: 1,2,3,7 → ``1:3,7``."""
    if not uids:
        raise ValueError("sequence_set needs at least one UID")
    parts: list[str] = []
    start = previous = uids[0]
    for uid in uids[1:]:
        if uid == previous + 1:
            previous = uid
            continue
        parts.append(str(start) if start == previous else f"{start}:{previous}")
        start = previous = uid
    parts.append(str(start) if start == previous else f"{start}:{previous}")
    return ",".join(parts)


def _reason(exc: BaseException) -> str:
    """A library error as readable text (imaplib often carries the server's bytes)."""
    arg = exc.args[0] if exc.args else exc
    if isinstance(arg, bytes):
        return arg.decode("utf-8", "replace")
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(arg) or type(exc).__name__


def _text(data: list[Any]) -> str:
    """The server's text from a tagged response's data, for error messages."""
    parts = [item.decode("utf-8", "replace") for item in data if isinstance(item, bytes)]
    return " ".join(parts) or "intet svar"


def _ascii(text: str) -> bool:
    return all(ord(char) < 0x80 for char in text)


class ImapFolder:
    """One folder opened read-only on a logged-in connection; use it as a context manager.

    After ``open()`` (or entering the ``with``), ``uidvalidity`` and ``uidnext`` hold
    what the server said about the folder."""

    def __init__(self, account: ImapAccount, folder: str) -> None:
        self.account = account
        self.folder = folder
        self.uidvalidity = 0
        self.uidnext: int | None = None
        self._conn: imaplib.IMAP4 | None = None

    @property
    def where(self) -> str:
        """``host:port`` for messages."""
        return f"{self.account.host}:{self.account.effective_port}"

    @contextmanager
    def _translate(self, doing: str) -> Iterator[None]:
        try:
            yield
        except (imaplib.IMAP4.error, OSError, EOFError) as exc:
            raise IngestError(f"IMAP {self.where}: {doing}: {_reason(exc)}") from exc

    def __enter__(self) -> ImapFolder:
        self.open()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

    def open(self) -> None:
        """Connect, log in and EXAMINE the folder; any failure is an ``IngestError``."""
        try:
            self._connect()
            self._login()
            self._examine()
        except BaseException:
            self.close()
            raise

    def _connect(self) -> None:
        account = self.account
        context = ssl.create_default_context()  # honours SSL_CERT_FILE for a private CA
        with self._translate("kan ikke forbinde"):
            if account.security is Security.TLS:
                self._conn = imaplib.IMAP4_SSL(account.host, account.effective_port,
                                               ssl_context=context, timeout=account.timeout)
            else:
                self._conn = imaplib.IMAP4(account.host, account.effective_port,
                                           timeout=account.timeout)
        if account.security is Security.STARTTLS:
            with self._translate("STARTTLS mislykkedes"):
                self._connection.starttls(ssl_context=context)

    def _login(self) -> None:
        account, conn = self.account, self._connection
        try:
            if _ascii(account.user) and _ascii(account.password):
                conn.login(account.user, account.password)
            else:  # LOGIN is ASCII-only; SASL PLAIN carries UTF-8 (a password with æøå)
                secret = f"\0{account.user}\0{account.password}".encode()
                conn.authenticate("PLAIN", lambda _challenge: secret)
        except imaplib.IMAP4.abort as exc:
            raise IngestError(f"IMAP {self.where}: forbindelsen blev afbrudt under login: "
                              f"{_reason(exc)}") from exc
        except (imaplib.IMAP4.error, OSError) as exc:
            raise IngestError(f"IMAP {self.where}: login afvist for brugeren "
                              f"{account.user!r}: {_reason(exc)}") from exc

    def _examine(self) -> None:
        conn = self._connection
        with self._translate(f"kan ikke åbne mappen {self.folder!r}"):
            kind, data = conn.select(encode_mailbox(self.folder), readonly=True)
            if kind != "OK":
                raise IngestError(f"IMAP {self.where}: mappen {self.folder!r} kan ikke "
                                  f"åbnes: {_text(data)}")
            self.uidvalidity = self._number(conn.response("UIDVALIDITY"), "UIDVALIDITY")
            self.uidnext = self._number(conn.response("UIDNEXT"), "UIDNEXT") or None
        if not self.uidvalidity:
            raise IngestError(f"IMAP {self.where}: serveren oplyste ingen UIDVALIDITY "
                              f"for mappen {self.folder!r}")

    def _number(self, response: tuple[str, list[Any]], name: str) -> int:
        """The last number the server sent as ``[NAME n]``, or ``STATUS (NAME)``, or 0."""
        values = [item for item in response[1] if isinstance(item, bytes) and item.isdigit()]
        if values:
            return int(values[-1])
        kind, data = self._connection.status(encode_mailbox(self.folder), f"({name})")
        found = re.search(rb"\b" + name.encode() + rb" (\d+)", b" ".join(
            item for item in data if isinstance(item, bytes)))
        return int(found.group(1)) if kind == "OK" and found else 0

    @property
    def _connection(self) -> imaplib.IMAP4:
        if self._conn is None:
            raise IngestError(f"IMAP {self.where}: forbindelsen er lukket")
        return self._conn

    def close(self) -> None:
        """Log out; errors are ignored (the connection may already be gone)."""
        conn, self._conn = self._conn, None
        if conn is None:
            return
        try:
            conn.logout()
        except (imaplib.IMAP4.error, OSError, EOFError):
            with suppress(OSError):
                conn.shutdown()

    def new_uids(self, after: int) -> array[int]:
        """UIDs above ``after``, ascending, searched in windows of ``SEARCH_WINDOW`` UIDs;
        the last window is open-ended so mail delivered since EXAMINE is included."""
        found: array[int] = array("L")
        start = after + 1
        while True:
            end = start + SEARCH_WINDOW - 1
            if self.uidnext is None or end >= self.uidnext - 1:
                found.extend(self._search(f"{start}:*", start))
                return found
            found.extend(self._search(f"{start}:{end}", start))
            start = end + 1

    def _search(self, spec: str, start: int) -> list[int]:
        with self._translate("UID SEARCH mislykkedes"):
            kind, data = self._connection.uid("SEARCH", "UID", spec)
        if kind != "OK":
            raise IngestError(f"IMAP {self.where}: UID SEARCH {spec} mislykkedes: {_text(data)}")
        words = b" ".join(item for item in data if isinstance(item, bytes)).split()
        return sorted(uid for uid in map(int, words) if uid >= start)  # n:* quirk

    def fetch(self, uids: Sequence[int], *, max_message_bytes: int,
              chunk: int = FETCH_UIDS, max_bytes: int = FETCH_BYTES) -> Iterator[FetchedMail]:
        """The messages with these (ascending) UIDs, in order, without setting \\Seen.

        UIDs expunged since the search are skipped: they are gone from the folder."""
        for first in range(0, len(uids), max(1, chunk)):
            part = list(uids[first:first + max(1, chunk)])
            sizes = self._sizes(part)
            group: list[int] = []
            total = 0
            for uid in part:
                size = sizes.get(uid)
                if size is None:
                    continue
                if group and (size > max_message_bytes or total + size > max_bytes):
                    yield from self._bodies(group, sizes)
                    group, total = [], 0
                if size > max_message_bytes:
                    yield from self._bodies([uid], sizes, prefix=max_message_bytes)
                    continue
                group.append(uid)
                total += size
            if group:
                yield from self._bodies(group, sizes)

    def _fetch(self, uids: Sequence[int], items: str) -> list[Any]:
        spec = sequence_set(uids)
        with self._translate(f"UID FETCH {spec} mislykkedes"):
            kind, data = self._connection.uid("FETCH", spec, f"(UID {items})")
        if kind != "OK":
            raise IngestError(f"IMAP {self.where}: UID FETCH {spec} mislykkedes: {_text(data)}")
        return list(data)

    def _sizes(self, uids: Sequence[int]) -> dict[int, int]:
        wanted = set(uids)
        sizes: dict[int, int] = {}
        for item in self._fetch(uids, "RFC822.SIZE"):
            line = item[0] if isinstance(item, tuple) else item
            if not isinstance(line, bytes):
                continue
            uid, size = _UID.search(line), _SIZE.search(line)
            if uid and size and int(uid.group(1)) in wanted:
                sizes[int(uid.group(1))] = int(size.group(1))
        return sizes

    def _bodies(self, uids: Sequence[int], sizes: dict[int, int],
                prefix: int | None = None) -> Iterator[FetchedMail]:
        section = "BODY.PEEK[]" if prefix is None else f"BODY.PEEK[]<0.{prefix}>"
        data = self._fetch(uids, section)
        bodies: dict[int, bytes] = {}
        for index, item in enumerate(data):
            if not isinstance(item, tuple) or len(item) < 2:
                continue
            found = _UID.search(item[0])
            after = data[index + 1] if index + 1 < len(data) else b""
            if found is None and isinstance(after, bytes):
                found = _UID.search(after)  # some servers put UID after the literal
            if found is not None:
                bodies[int(found.group(1))] = bytes(item[1])
        for uid in uids:
            if uid in bodies:
                yield FetchedMail(uid=uid, raw=bodies.pop(uid), size=sizes[uid],
                                  truncated=prefix is not None)
