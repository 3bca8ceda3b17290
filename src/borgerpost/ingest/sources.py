"""The three file inputs as message streams the runner can drive: eml, mbox, jsonl.

Each ``open_*`` checks up front that its input can be read at all (a missing file or a
folder without .eml is an ``IngestError`` before anything is stored) and returns an
``Input``: the lazy message stream plus how many bytes it will read and has read, for the
progress bar. Nothing here holds more than one message in memory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from borgerpost.config import Settings
from borgerpost.errors import IngestError
from borgerpost.ingest.jsonl import JsonlReader
from borgerpost.ingest.mail import parse_message
from borgerpost.ingest.mbox import MboxReader, envelope_date
from borgerpost.model import IncomingMessage, Source

MAX_INPUT_BYTES = 900 * 1024 * 1024  # what one database value can hold, with room to spare


@dataclass
class Input:
    """A message stream and its size in bytes; ``position()`` is how far it has read."""

    messages: Iterable[IncomingMessage]
    byte_total: int
    position: Callable[[], int]


def hard_limit(settings: Settings) -> int:
    """Above this one "message" is taken as a broken file, not a big letter: the run stops.

    Between ``message_max_bytes`` and this, a message is stored unparsed (quarantined)."""
    return min(MAX_INPUT_BYTES, 10 * settings.message_max_bytes)


def _parse(raw: bytes, source: Source, ref: str, settings: Settings,
           **extra: object) -> IncomingMessage:
    return parse_message(raw, source=source, source_ref=ref,
                         attachment_max_bytes=settings.attachment_max_bytes,
                         message_max_bytes=settings.message_max_bytes, **extra)  # type: ignore[arg-type]


def eml_files(paths: Sequence[Path]) -> list[Path]:
    """The files named, and every ``*.eml`` under the folders named, in a stable order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.suffix.lower() == ".eml" and p.is_file())
            if not files:
                raise IngestError(f"{path}: mappen indeholder ingen .eml-filer")
            found.extend(files)
        elif path.is_file():
            found.append(path)
        else:
            raise IngestError(f"{path}: findes ikke")
    return found


def open_eml(paths: Sequence[Path], settings: Settings) -> Input:
    """Files or folders of ``.eml`` files, one message per file."""
    files = eml_files(paths)
    sizes = {}
    for path in files:
        try:
            sizes[path] = path.stat().st_size
        except OSError as exc:
            raise IngestError(f"{path}: kan ikke læses ({exc.strerror})") from exc
    done = [0]

    def messages() -> Iterator[IncomingMessage]:
        limit = hard_limit(settings)
        for path in files:
            if sizes[path] > limit:
                raise IngestError(f"{path}: filen er {sizes[path] // (1024 * 1024)} MB, over "
                                  f"{limit // (1024 * 1024)} MB; indlæsningen er stoppet")
            try:
                raw = path.read_bytes()
            except OSError as exc:
                raise IngestError(f"{path}: kan ikke læses ({exc.strerror})") from exc
            done[0] += sizes[path]
            yield _parse(raw, Source.EML, str(path), settings)

    return Input(messages(), sum(sizes.values()), lambda: done[0])


def open_mbox(path: Path, settings: Settings) -> Input:
    """One mbox file, streamed."""
    reader = MboxReader(path, max_entry_bytes=hard_limit(settings))
    total = reader.size()
    if path.is_dir():
        raise IngestError(f"{path}: er en mappe, ikke en mbox-fil")

    def messages() -> Iterator[IncomingMessage]:
        for entry in reader:
            yield _parse(entry.raw, Source.MBOX, f"{path.name}@{entry.offset}", settings,
                         fallback_received=envelope_date(entry.envelope))

    return Input(messages(), total, lambda: reader.position)


def open_jsonl(path: Path, settings: Settings) -> Input:
    """One form/letter export, one JSON object per line."""
    reader = JsonlReader(path, max_line_bytes=hard_limit(settings))
    total = reader.size()
    if path.is_dir():
        raise IngestError(f"{path}: er en mappe, ikke en JSONL-fil")
    return Input(iter(reader), total, lambda: reader.position)
