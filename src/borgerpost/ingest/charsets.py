"""Bytes → text the way real Danish mail needs it, reporting what could not be trusted.

Rules, in the order real mail breaks them:

* no label, ``us-ascii`` or ``unknown-8bit`` with 8-bit bytes: UTF-8 if it is valid UTF-8,
  else Windows-1252 — old Danish mailers send raw "æøå" under any label, and guessing right
  silently is better than quarantining a citizen's letter;
* ``iso-8859-1`` is read as Windows-1252 (its superset, as every browser does), with the
  five bytes cp1252 leaves undefined kept as their Latin-1 control characters, so it never
  fails;
* any other label is decoded strictly; bytes that are not valid in the declared charset, an
  unknown label, or 8-bit bytes in a header that are not UTF-8 are *problems*: the text is
  still decoded as well as possible, and the caller quarantines the message with the
  problem named.

``clean_text`` removes what no database column can hold (NUL, lone surrogates).
"""

from __future__ import annotations

import binascii
import codecs
import re

_CP1252_TABLE = "".join(bytes([i]).decode("cp1252", "ignore") or chr(i) for i in range(256))
_LENIENT = frozenset({"", "us-ascii", "ascii", "unknown-8bit", "x-unknown", "unknown",
                      "default", "8bit", "binary", "us"})
_ALIASES = {"x-cp1252": "cp1252", "cp-1252": "cp1252", "win-1252": "cp1252",
            "iso-8859-8-i": "iso8859-8", "gb2312": "gb18030", "x-gbk": "gb18030",
            "x-mac-roman": "mac-roman", "windows-874": "cp874", "x-sjis": "shift_jis"}
_WESTERN = frozenset({"cp1252", "iso8859-1", "ascii"})
_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=")
_FOLD = re.compile(r"\r?\n(?=[ \t])")


def western(data: bytes) -> str:
    """Windows-1252 with Latin-1 for its undefined bytes: total, never raises."""
    return codecs.charmap_decode(data, "strict", _CP1252_TABLE)[0]


def utf8_or_western(data: bytes) -> str:
    """UTF-8 when the bytes are valid UTF-8, else Windows-1252."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return western(data)


def _codec(label: str) -> str | None:
    """Python's codec name for a MIME charset label, or None when it is not a text codec."""
    label = _ALIASES.get(label, label)
    try:
        info = codecs.lookup(label)
    except (LookupError, ValueError, TypeError):
        return None
    return info.name if info._is_text_encoding else None


def decode_bytes(data: bytes, charset: str | None, where: str) -> tuple[str, str | None]:
    """Decode ``data`` declared as ``charset``; the second value names a problem, if any."""
    label = (charset or "").strip().strip('"').lower()
    if label in _LENIENT:
        return (data.decode("ascii") if data.isascii() else utf8_or_western(data)), None
    name = _codec(label)
    if name is None:
        return utf8_or_western(data), f"{where}: ukendt tegnsæt {label[:40]!r}"
    if name in _WESTERN:
        return western(data), None
    try:
        return data.decode(name), None
    except UnicodeDecodeError as exc:
        fallback = western(data) if name == "utf-8" else data.decode(name, "replace")
        return fallback, (f"{where}: erklæret som {label}, men byte {exc.start} "
                          f"(0x{data[exc.start]:02x}) er ikke gyldig {label}")


def header_bytes_to_text(value: str, name: str, problems: list[str]) -> str:
    """Undo the parser's surrogate-escaping of 8-bit header bytes (RFC 6532 allows UTF-8)."""
    if value.isascii():
        return value
    try:
        data = value.encode("ascii", "surrogateescape")
    except UnicodeEncodeError:
        return value.encode("utf-8", "replace").decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        problems.append(f"header {name}: 8-bit-tegn, der ikke er utf-8 og ikke er kodet (RFC 2047)")
        return western(data)


def _word_bytes(encoding: str, payload: str) -> bytes:
    if encoding in "qQ":
        return binascii.a2b_qp(payload.encode("ascii", "replace"), header=True)
    padded = payload + "=" * (-len(payload) % 4)
    return binascii.a2b_base64(padded.encode("ascii", "replace"), strict_mode=False)


def _decode_words(value: str, name: str, problems: list[str]) -> str:
    """RFC 2047: adjacent words of one charset are joined before decoding, because many
    mailers split a UTF-8 character across two encoded words."""
    out: list[str] = []
    pending: list[bytes] = []
    pending_charset = ""
    position = 0

    def flush() -> None:
        if pending:
            text, problem = decode_bytes(b"".join(pending), pending_charset, f"header {name}")
            out.append(text)
            if problem:
                problems.append(problem)
            pending.clear()

    for match in _ENCODED_WORD.finditer(value):
        between = value[position:match.start()]
        position = match.end()
        charset = match.group(1).split("*", 1)[0].lower()
        try:
            data = _word_bytes(match.group(2), match.group(3))
        except (binascii.Error, ValueError):
            problems.append(f"header {name}: ugyldigt kodet ord (RFC 2047)")
            flush()
            out.append(between + match.group(0))
            continue
        if between.strip():  # real text between two words is kept
            flush()
            out.append(between)
        elif pending and charset != pending_charset:  # white space between words is not
            flush()
        elif not pending:
            out.append(between)
        pending_charset = charset
        pending.append(data)
    flush()
    out.append(value[position:])
    return "".join(out)


def decode_header(value: str | None, name: str, problems: list[str]) -> str:
    """A header value as text: 8-bit bytes, folding and RFC 2047 encoded words undone."""
    if not value:
        return ""
    text = _FOLD.sub("", header_bytes_to_text(str(value), name, problems))
    if "=?" in text:
        text = _decode_words(text, name, problems)
    return clean_text(text).strip()


def clean_text(text: str) -> str:
    """Drop what PostgreSQL text columns refuse: NUL characters and lone surrogates."""
    if "\x00" in text:
        text = text.replace("\x00", "")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text
