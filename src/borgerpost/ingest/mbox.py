"""A streaming mbox reader (and the matching writer), byte-exact and memory-flat.

Python's ``mailbox.mbox`` builds a table of contents of the whole file first and reads
text lines; a jobcentre's export can be many gigabytes. This reader reads fixed-size binary
chunks, finds message boundaries with one C-level regex search per chunk, and yields each
message's raw bytes and the byte offset of its ``From `` line, holding at most one message
plus one chunk in memory.

Format (mboxrd, which reads mboxo files too):

* a message starts at a line beginning ``From `` that opens the file or follows an empty
  line — requiring the empty line keeps an unescaped "From " in a sloppy export's body
  from splitting a letter in two;
* the empty line before the next ``From `` line belongs to the file, not the message;
* body lines ``>From ``, ``>>From `` … lose one ``>`` (the writer adds one).
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from borgerpost.errors import IngestError

CHUNK_BYTES = 1 << 20
_SEPARATOR = re.compile(rb"\n\r?\nFrom ")
_ESCAPED = re.compile(rb"(?m)^>(>*From )")
_TO_ESCAPE = re.compile(rb"(?m)^(>*From )")
_BLANK_START = re.compile(rb"(?:\r?\n)*")


@dataclass(frozen=True, slots=True)
class MboxEntry:
    """One message of an mbox: its bytes, where its ``From `` line starts, and that line."""

    raw: bytes
    offset: int
    envelope: bytes


def _entry(content: bytes | bytearray, offset: int) -> MboxEntry:
    """Split the ``From `` line off, drop the separator line, undo ``>From`` quoting."""
    newline = content.find(b"\n")
    if newline < 0:
        return MboxEntry(b"", offset, bytes(content).rstrip(b"\r"))
    envelope = bytes(content[:newline]).rstrip(b"\r")
    body = bytes(content[newline + 1 :])
    if body.endswith(b"\n\n") or body == b"\n":
        body = body[:-1]
    elif body.endswith(b"\n\r\n"):
        body = body[:-2]
    if b">From " in body:
        body = _ESCAPED.sub(rb"\1", body)
    return MboxEntry(body, offset, envelope)


class MboxReader:
    """Iterate the messages of one mbox file; ``position`` tells how far it has read.

    ``max_entry_bytes`` stops a run on a "message" so large that the file is surely not an
    mbox (or is damaged) instead of reading gigabytes into memory.
    """

    def __init__(self, path: Path, *, max_entry_bytes: int | None = None,
                 chunk_bytes: int = CHUNK_BYTES) -> None:
        self.path = path
        self.max_entry_bytes = max_entry_bytes
        self.chunk_bytes = chunk_bytes
        self.position = 0

    def size(self) -> int:
        """The file's size in bytes (for a progress bar)."""
        try:
            return self.path.stat().st_size
        except OSError as exc:
            raise IngestError(f"{self.path}: kan ikke læses ({exc.strerror})") from exc

    def __iter__(self) -> Iterator[MboxEntry]:
        try:
            stream = self.path.open("rb")
        except OSError as exc:
            raise IngestError(f"{self.path}: kan ikke åbnes ({exc.strerror})") from exc
        with stream:
            yield from self._entries(stream)

    def _read(self, stream: BinaryIO) -> bytes:
        try:
            chunk = stream.read(self.chunk_bytes)
        except OSError as exc:
            raise IngestError(f"{self.path}: læsefejl ved byte {self.position} "
                              f"({exc.strerror})") from exc
        self.position += len(chunk)
        return chunk

    def _first(self, stream: BinaryIO, buffer: bytearray) -> int:
        """Index of the first ``From `` line, after any leading empty lines."""
        while True:
            chunk = self._read(stream)
            buffer.extend(chunk)
            start = _BLANK_START.match(buffer).end()  # type: ignore[union-attr]
            if len(buffer) - start >= 5 or not chunk:
                break
        if buffer[start:start + 5] != b"From ":
            if not buffer[start:].strip():
                return -1
            raise IngestError(f"{self.path}: er ikke en mbox-fil (første linje begynder ikke "
                              "med 'From ')")
        return start

    def _entries(self, stream: BinaryIO) -> Iterator[MboxEntry]:
        buffer = bytearray()
        start = self._first(stream, buffer)
        if start < 0:
            return
        base = 0  # file offset of buffer[0]
        scan = start + 1
        eof = False
        while True:
            match = _SEPARATOR.search(buffer, scan)
            if match is not None:
                end = match.end() - 5
                yield _entry(buffer[start:end], base + start)
                start, scan = end, end + 1
                continue
            if eof:
                if start < len(buffer):
                    yield _entry(buffer[start:], base + start)
                return
            if start:
                del buffer[:start]
                base, start = base + start, 0
            self._check_size(len(buffer), base)
            scan = max(1, len(buffer) - 8)
            chunk = self._read(stream)
            eof = not chunk
            buffer.extend(chunk)

    def _check_size(self, size: int, offset: int) -> None:
        if self.max_entry_bytes is not None and size > self.max_entry_bytes:
            raise IngestError(
                f"{self.path}: beskeden ved byte {offset} er over "
                f"{self.max_entry_bytes // (1024 * 1024)} MB — filen er beskadiget eller "
                "ikke en mbox-fil; indlæsningen er stoppet her"
            )


def envelope_date(envelope: bytes) -> datetime | None:
    """The delivery time on a ``From sender Sat Jan  3 01:05:34 1996`` line, as UTC."""
    words = envelope.decode("ascii", "replace").split()
    if len(words) < 7:
        return None
    try:
        parsed = time.strptime(" ".join(words[-5:]), "%a %b %d %H:%M:%S %Y")
    except ValueError:
        return None
    return datetime(*parsed[:6], tzinfo=UTC)


def format_entry(raw: bytes, *, sender: str = "MAILER-DAEMON",
                 when: datetime | None = None) -> bytes:
    """One message as mboxrd: ``From `` line, quoted body, newline-terminated, empty line."""
    stamp = (when or datetime(1970, 1, 1, tzinfo=UTC)).strftime("%a %b %d %H:%M:%S %Y")
    body = _TO_ESCAPE.sub(rb">\1", raw) if b"From " in raw else raw
    if body and not body.endswith(b"\n"):
        body += b"\n"
    return b"From " + sender.encode("ascii", "replace") + b" " + stamp.encode() + b"\n" + \
        body + b"\n"


def write_mbox(stream: BinaryIO, messages: Iterable[bytes]) -> int:
    """Write ``messages`` to ``stream`` in mbox format; returns how many."""
    count = 0
    for raw in messages:
        stream.write(format_entry(raw))
        count += 1
    return count
