"""The elements of a top-level JSON array, read from a byte stream in constant memory.

``json.load`` holds the whole file and every object at once; an export of a year of a
Facebook group does not fit that. Here the stream is decoded in chunks and each element
is cut out with ``JSONDecoder.raw_decode``; only the current element (at most
``max_element_bytes``) and one chunk are held. Each element comes with its exact text, for
the evidence.

A syntax error inside an element cannot say where the next one starts; the reader then
looks for the next ``,`` followed by ``{`` (how a flat array of objects separates them),
reports the broken element and goes on from there. Only when no such place follows is the
rest of the file lost, and that is reported too.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from borgerpost.errors import MonitorError

CHUNK = 256 * 1024
_SPACE = re.compile(r"[ \t\r\n]*")
_RESYNC = re.compile(r",[ \t\r\n]*(?=\{)")


@dataclass(frozen=True, slots=True)
class JsonElement:
    """Element ``number`` (1-based) of the array: its value and exact UTF-8 bytes, or the
    error that made it unreadable."""

    number: int
    value: Any = None
    raw: bytes = b""
    error: str | None = None


class _Buffer:
    """Decoded text of the stream from ``pos`` on, refilled a chunk at a time."""

    def __init__(self, stream: BinaryIO, name: str) -> None:
        self.stream = stream
        self.name = name
        self.decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self.text = ""
        self.pos = 0
        self.eof = False

    def more(self, size: int = CHUNK) -> bool:
        """Read ``size`` more bytes; False at the end of the stream."""
        if self.eof:
            return False
        data = self.stream.read(size)
        try:
            decoded = self.decoder.decode(data, final=not data)
        except UnicodeDecodeError as exc:
            raise MonitorError(f"{self.name}: er ikke gyldig UTF-8") from exc
        if self.pos > CHUNK:
            self.text, self.pos = self.text[self.pos :], 0
        self.text += decoded
        self.eof = not data
        return True

    def skip_space(self) -> str:
        """The next non-space character ('' at the end), reading more as needed."""
        while True:
            self.pos = _SPACE.match(self.text, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.text) or not self.more():
                return self.text[self.pos : self.pos + 1]


def json_array(
    stream: BinaryIO, *, max_element_bytes: int, name: str = "filen"
) -> Iterator[JsonElement]:
    """Yield the array's elements in order (see the module doc for broken elements)."""
    buf = _Buffer(stream, name)
    if buf.skip_space() != "[":
        raise MonitorError(f"{name}: er ikke et JSON-array")
    buf.pos += 1
    number = 0
    decoder = json.JSONDecoder()
    while True:
        char = buf.skip_space()
        if char == "]":
            return
        separated = number == 0
        if number and char == ",":
            buf.pos += 1
            separated = True
            char = buf.skip_space()
            if char == "]":
                return  # a trailing comma: harmless
        number += 1
        if not char:
            yield JsonElement(number, error="arrayet slutter uden ']'")
            return
        if separated:
            element = _decode(buf, decoder, number, max_element_bytes)
        else:
            element = JsonElement(number, error="mangler komma før elementet")
        yield element
        if element.error is not None and not _resync(buf):
            yield JsonElement(number + 1, error="resten af filen kan ikke læses efter fejlen")
            return


def _decode(buf: _Buffer, decoder: json.JSONDecoder, number: int, limit: int) -> JsonElement:
    want = CHUNK
    while True:
        try:
            value, end = decoder.raw_decode(buf.text, buf.pos)
        except json.JSONDecodeError as exc:
            if len(buf.text) - buf.pos > limit:
                return JsonElement(number, error=_too_big(limit))
            if buf.more(want):
                want *= 2  # perhaps only cut short: read on, in ever larger steps
                continue
            return JsonElement(number, error=f"er ikke gyldig JSON: {exc.msg}")
        except RecursionError:
            return JsonElement(number, error="JSON er for dybt indlejret")
        raw = buf.text[buf.pos : end].encode("utf-8")
        buf.pos = end
        if len(raw) > limit:
            return JsonElement(number, error=_too_big(limit))
        return JsonElement(number, value=value, raw=raw)


def _too_big(limit: int) -> str:
    return f"er over {limit / (1024 * 1024):g} MB"


def _resync(buf: _Buffer) -> bool:
    """Move to the separator before the next object; False when the stream has none."""
    while True:
        found = _RESYNC.search(buf.text, buf.pos)
        if found is not None:
            buf.pos = found.start()
            return True
        # what was searched can go (keeping a tail: a separator may straddle two chunks)
        buf.pos = max(buf.pos, len(buf.text) - 256)
        if not buf.more():
            return False
