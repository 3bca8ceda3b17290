"""The readable body and the attachments of a parsed (compat32) MIME tree.

Body text: the text/plain parts the sender meant to be read, in order; in a
multipart/alternative the plain alternative wins and HTML is converted only when there is
no non-empty plain one (decoding is lazy: an unused HTML alternative is never parsed).
Everything else — files, images, forwarded messages, calendar invitations — is an
attachment. Problems (bad charset, unknown charset) are returned, not raised, so the
caller can quarantine the message while still keeping all that was read.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, field
from email.errors import InvalidBase64LengthDefect
from email.generator import BytesGenerator
from email.message import Message
from io import BytesIO

from borgerpost.ingest.charsets import decode_bytes, decode_header, header_bytes_to_text
from borgerpost.ingest.htmltext import html_to_text

_BODY_TYPES = ("text/plain", "text/html")
_PARAM_HEADERS = ("content-type", "content-disposition")
MAX_DEPTH = 50


@dataclass(frozen=True, slots=True)
class Part:
    """An attachment's decoded bytes with its (decoded) name and type."""

    filename: str
    content_type: str
    data: bytes


@dataclass
class Body:
    """Text, attachments and the problems met while decoding them."""

    texts: list[str] = field(default_factory=list)
    attachments: list[Part] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n\n".join(t for t in (t.strip("\n") for t in self.texts) if t.strip())


def _is_body_part(part: Message, content_type: str) -> bool:
    if content_type not in _BODY_TYPES:
        return False
    disposition = str(part.get("Content-Disposition") or "").strip().lower()
    return not disposition.startswith("attachment") and not part.get_param(
        "filename", header="content-disposition") and not part.get_param("name")


def _fix_8bit_params(part: Message, out: Body) -> None:
    """Raw UTF-8 in Content-Type/-Disposition (file names, mostly) made readable, so the
    library's parameter parsing gets text instead of a lossy ``Header`` object."""
    broken = [(key, str(value)) for key, value in part.raw_items()
              if not str(value).isascii() and key.lower() in _PARAM_HEADERS]
    for key, value in broken:
        part.replace_header(key, header_bytes_to_text(value, key, out.problems))


def _truncated_base64(part: Message) -> bytes | None:
    """What can be saved of base64 cut off mid-quantum (the library gives up on it)."""
    if not any(isinstance(d, InvalidBase64LengthDefect) for d in part.defects):
        return None
    encoded = "".join(str(part.get_payload()).split())
    try:
        return base64.b64decode(encoded[: len(encoded) // 4 * 4], validate=False)
    except (binascii.Error, ValueError):
        return None


def _payload_bytes(part: Message) -> bytes:
    data = part.get_payload(decode=True)
    if isinstance(data, bytes):
        return _truncated_base64(part) or data
    payload = part.get_payload()
    return payload.encode("ascii", "surrogateescape") if isinstance(payload, str) else b""


def _text_of(part: Message, content_type: str, out: Body) -> str:
    text, problem = decode_bytes(_payload_bytes(part), part.get_content_charset(),
                                 f"del {content_type}")
    if problem:
        out.problems.append(problem)
    text = text.replace("\r\n", "\n")
    return html_to_text(text) if content_type == "text/html" else text


def _filename(part: Message, out: Body) -> str:
    name = part.get_filename() or part.get_param("name") or ""
    if isinstance(name, tuple):  # an RFC 2231 value the library did not collapse
        name = str(name[2])
    return decode_header(str(name), "filnavn", out.problems)


def _attachment(part: Message, out: Body) -> None:
    content_type = part.get_content_type()
    payload = part.get_payload()
    inner = payload[0] if isinstance(payload, list) and payload else None
    if content_type == "message/rfc822" and isinstance(inner, Message):
        buffer = BytesIO()
        BytesGenerator(buffer, mangle_from_=False).flatten(inner)
        subject = decode_header(inner.get("Subject"), "Subject", out.problems)
        name = _filename(part, out) or f"{subject or 'videresendt besked'}.eml"
        out.attachments.append(Part(name, content_type, buffer.getvalue()))
        return
    out.attachments.append(Part(_filename(part, out), content_type, _payload_bytes(part)))


def _alternative_order(children: list[Message]) -> list[Message]:
    """Plain first (or a branch holding plain), then the rest in the sender's order."""
    def rank(child: Message) -> int:
        kinds = {p.get_content_type() for p in child.walk()}
        return 0 if "text/plain" in kinds else 1 if "text/html" in kinds else 2
    return sorted(children, key=rank)


def _walk_alternative(part: Message, out: Body, depth: int) -> None:
    children = [c for c in part.get_payload() if isinstance(c, Message)]
    chosen: Message | None = None
    for child in _alternative_order(children):
        trial = Body()
        _walk(child, trial, depth + 1, want_text=True)
        if trial.text.strip():
            chosen = child
            out.texts.extend(trial.texts)
            out.attachments.extend(trial.attachments)
            out.problems.extend(trial.problems)
            break
    for child in children:
        if child is not chosen:
            _walk(child, out, depth + 1, want_text=False)


def _walk(part: Message, out: Body, depth: int, *, want_text: bool) -> None:
    if depth > MAX_DEPTH:
        out.problems.append(f"MIME-strukturen er dybere end {MAX_DEPTH} niveauer")
        return
    _fix_8bit_params(part, out)
    content_type = part.get_content_type()
    if part.is_multipart() and content_type != "message/rfc822":
        if part.get_content_subtype() == "alternative":
            _walk_alternative(part, out, depth)
            return
        for child in part.get_payload():
            if isinstance(child, Message):
                _walk(child, out, depth + 1, want_text=want_text)
    elif _is_body_part(part, content_type) or content_type.startswith("multipart/"):
        if want_text:  # a multipart without boundary is read as text
            out.texts.append(_text_of(part, content_type, out))
    else:
        _attachment(part, out)


def extract_body(message: Message) -> Body:
    """Readable text, attachments and decoding problems of ``message``."""
    out = Body()
    _walk(message, out, 0, want_text=True)
    return out
