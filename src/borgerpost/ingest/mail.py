"""Raw RFC 5322 bytes → ``IncomingMessage``. Never raises: a problem quarantines the message.

Why compat32 and not ``policy.default``: the modern policy builds header objects for every
header on access and is several times slower; at a million messages that is the difference
between minutes and an hour. compat32 hands back raw strings, and ``charsets`` does the
decoding (RFC 2047, 8-bit headers, mislabelled charsets) with rules chosen for Danish mail.

What quarantines a message (it is still stored, with its raw bytes and the reason, and with
every field that could be read so a person can judge it): larger than the size limit,
no headers at all, headers cut off (no empty line before the body), no sender, a broken
MIME structure (missing or unclosed boundary), corrupt base64, an unknown charset, bytes
invalid in their declared charset, 8-bit header bytes that are not UTF-8, or any
unexpected failure of the parser.
"""

from __future__ import annotations

import email
import email.errors
import email.utils
import hashlib
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import compat32

from borgerpost.ingest.body import Part, extract_body
from borgerpost.ingest.charsets import clean_text, decode_header, header_bytes_to_text
from borgerpost.model import IncomingAttachment, IncomingMessage, ParseStatus, Source

DEFAULT_ATTACHMENT_MAX = 10 * 1024 * 1024
DEFAULT_MESSAGE_MAX = 50 * 1024 * 1024
HEADER_SCAN_BYTES = 256 * 1024
_FATAL_DEFECTS: dict[type[email.errors.MessageDefect], str] = {
    email.errors.NoBoundaryInMultipartDefect: "multipart uden boundary",
    email.errors.StartBoundaryNotFoundDefect: "multipart-boundary findes ikke i brødteksten",
    email.errors.CloseBoundaryNotFoundDefect: "multipart afsluttes ikke (afkortet besked?)",
    email.errors.MultipartInvariantViolationDefect: "ødelagt multipart-struktur",
    email.errors.MissingHeaderBodySeparatorDefect:
        "en linje i headerne er ikke en header (headerne er ødelagte)",
    email.errors.FirstHeaderLineIsContinuationDefect: "første header-linje er en fortsættelse",
    email.errors.InvalidBase64PaddingDefect: "base64-indhold er afkortet eller ødelagt",
    email.errors.InvalidBase64CharactersDefect: "base64-indhold har ugyldige tegn",
    email.errors.InvalidBase64LengthDefect: "base64-indhold er afkortet",
}
_AUTO_SUBJECT = re.compile(
    r"^\s*(?:fraværende|autosvar|automatisk svar|automatic reply|auto[- ]?reply|autoreply"
    r"|out of (?:the )?office|abwesend|frånvarande|fraværende melding)\s*[:\-]",
    re.IGNORECASE,
)
_MESSAGE_ID = re.compile(r"<[^<>\s]+>")
_HEADER_END = re.compile(rb"\r?\n\r?\n")
_ATOMS = r'[^\s<>@",;:()\\\[\]]+'
_SIMPLE_ADDRESS = re.compile(
    rf'\s*(?:([^"<>,;:@\\()\[\]\s][^"<>,;:@\\()\[\]]*?)\s*)?<({_ATOMS}@{_ATOMS})>\s*\Z'
    rf"|\s*({_ATOMS}@{_ATOMS})\s*\Z"
)


@dataclass
class _Fields:
    """What the headers say, and the problems met while reading them."""

    problems: list[str] = field(default_factory=list)
    sender: str = ""
    sender_name: str = ""
    recipients: tuple[str, ...] = ()
    subject: str = ""
    message_id: str | None = None
    received_at: datetime | None = None
    auto_submitted: bool = False


Headers = dict[str, list[str]]


def _raw_headers(message: Message) -> Headers:
    """Header values as parsed, 8-bit bytes still surrogate-escaped: compat32's ``get``
    would turn those into lossy ``Header`` objects."""
    found: Headers = {}
    for name, value in message.raw_items():
        found.setdefault(name.lower(), []).append(str(value))
    return found


def _first(headers: Headers, name: str) -> str:
    values = headers.get(name)
    return values[0] if values else ""


def _address_pairs(values: list[str]) -> list[tuple[str, str]]:
    """``getaddresses``, with a regex for the one-plain-address case most headers are
    (the library's tokenizer is a top cost at a million messages)."""
    pairs: list[tuple[str, str]] = []
    for value in values:
        match = _SIMPLE_ADDRESS.match(value)
        if match is None:
            pairs.extend(email.utils.getaddresses([value]))
        else:
            pairs.append((match.group(1) or "", match.group(2) or match.group(3)))
    return pairs


def _addresses(headers: Headers, names: tuple[str, ...],
               problems: list[str]) -> list[tuple[str, str]]:
    values = [header_bytes_to_text(v, name, problems)
              for name in names for v in headers.get(name.lower(), ())]
    pairs = _address_pairs(values)
    return [(decode_header(n, names[0], problems), clean_text(a.strip().lower()))
            for n, a in pairs if "@" in a]


def _parse_date(value: str) -> datetime | None:
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value.strip())
    except (ValueError, TypeError, IndexError, OverflowError):
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    if not 1900 <= parsed.year <= 2200:
        return None
    return parsed.astimezone(UTC)


def _received_at(headers: Headers, fallback: datetime | None) -> datetime | None:
    """The Date header; else the newest Received hop's timestamp; else ``fallback``."""
    date = _parse_date(_first(headers, "date"))
    hop = _first(headers, "received")
    if date is None and ";" in hop:
        date = _parse_date(hop.rsplit(";", 1)[1])
    return date or fallback


def _message_id(headers: Headers, problems: list[str]) -> str | None:
    value = header_bytes_to_text(_first(headers, "message-id"), "Message-ID", problems)
    match = _MESSAGE_ID.search(value)
    found = match.group(0) if match else " ".join(value.split())
    return clean_text(found)[:998] or None


def is_auto_submitted(headers: Headers, content_type: str, subject: str) -> bool:
    """RFC 3834 Auto-Submitted, the de-facto X-Autoreply/Precedence headers, delivery
    reports, and the subject prefixes Outlook and others put on out-of-office replies.
    ``headers`` maps lower-case names to values."""
    auto = _first(headers, "auto-submitted").strip().lower()
    if auto and not auto.startswith("no"):
        return True
    if "x-autoreply" in headers or "x-autorespond" in headers:
        return True
    if _first(headers, "precedence").strip().lower() in ("auto_reply", "bulk", "junk"):
        return True
    if content_type == "multipart/report":
        return True
    return bool(_AUTO_SUBJECT.match(subject))


def _read_headers(message: Message, fallback_received: datetime | None) -> _Fields:
    fields = _Fields()
    problems = fields.problems
    headers = _raw_headers(message)
    if not headers:
        problems.append("ingen gyldige headers: dette er ikke en e-mail")
        return fields
    senders = _addresses(headers, ("From",), problems) or _addresses(
        headers, ("Sender",), problems)
    if senders:
        fields.sender_name, fields.sender = senders[0]
    else:
        problems.append("afsender (From) mangler eller kan ikke læses")
    seen: dict[str, None] = {}
    for _name, address in _addresses(
        headers, ("To", "Cc", "Delivered-To", "X-Original-To"), problems
    ):
        seen.setdefault(address, None)
    fields.recipients = tuple(seen)
    fields.subject = decode_header(_first(headers, "subject"), "Subject", problems)
    fields.message_id = _message_id(headers, problems)
    fields.received_at = _received_at(headers, fallback_received)
    fields.auto_submitted = is_auto_submitted(
        headers, message.get_content_type(), fields.subject)
    return fields


def _defect_problems(message: Message) -> list[str]:
    found: dict[str, None] = {}
    for part in message.walk():
        for defect in part.defects:
            reason = _FATAL_DEFECTS.get(type(defect))
            if reason:
                found.setdefault(reason, None)
    return list(found)


def _has_body_separator(raw: bytes) -> bool:
    return raw.startswith((b"\n", b"\r\n")) or _HEADER_END.search(raw) is not None


def _attachments(found: list[Part], limit: int) -> tuple[IncomingAttachment, ...]:
    return tuple(
        IncomingAttachment(
            filename=clean_text(a.filename)[:500], content_type=a.content_type[:200],
            size=len(a.data), sha256=hashlib.sha256(a.data).hexdigest(),
            data=a.data if len(a.data) <= limit else None,
        )
        for a in found
    )


def _build(raw: bytes, source: Source, source_ref: str, fields: _Fields, *,
           body: str = "", attachments: tuple[IncomingAttachment, ...] = ()) -> IncomingMessage:
    problems = list(dict.fromkeys(fields.problems))
    return IncomingMessage(
        raw=raw, source=source, source_ref=source_ref, message_id=fields.message_id,
        sender=fields.sender, sender_name=fields.sender_name, recipients=fields.recipients,
        subject=fields.subject, body_text=clean_text(body), received_at=fields.received_at,
        auto_submitted=fields.auto_submitted,
        status=ParseStatus.QUARANTINED if problems else ParseStatus.OK,
        parse_error="; ".join(problems)[:2000] if problems else None,
        attachments=attachments,
    )


def _oversized(raw: bytes, source: Source, source_ref: str, limit: int,
               fallback_received: datetime | None) -> IncomingMessage:
    """Too big to parse: read only the headers, so a person can still see who sent it."""
    end = _HEADER_END.search(raw, 0, HEADER_SCAN_BYTES)
    head = raw[: end.end() if end else HEADER_SCAN_BYTES]
    fields = _read_headers(BytesHeaderParser(policy=compat32).parsebytes(head),
                           fallback_received)
    megabytes = len(raw) / (1024 * 1024)
    fields.problems.insert(0, f"beskeden er {megabytes:.1f} MB, over grænsen på "
                              f"{limit / (1024 * 1024):.1f} MB: gemt uden at blive læst")
    return _build(raw, source, source_ref, fields)


def _parse(raw: bytes, source: Source, source_ref: str, attachment_max_bytes: int,
           fallback_received: datetime | None) -> IncomingMessage:
    message = email.message_from_bytes(raw, policy=compat32)
    fields = _read_headers(message, fallback_received)
    if fields.problems and not message.keys():  # not mail at all: nothing more to read
        return _build(raw, source, source_ref, fields)
    if not _has_body_separator(raw):
        fields.problems.append("beskeden slutter inde i headerne (ingen tom linje og ingen "
                               "brødtekst): afkortet?")
    body = extract_body(message)
    fields.problems.extend(body.problems)
    fields.problems.extend(_defect_problems(message))
    return _build(raw, source, source_ref, fields, body=body.text,
                  attachments=_attachments(body.attachments, attachment_max_bytes))


def parse_message(
    raw: bytes,
    *,
    source: Source,
    source_ref: str = "",
    attachment_max_bytes: int = DEFAULT_ATTACHMENT_MAX,
    message_max_bytes: int = DEFAULT_MESSAGE_MAX,
    fallback_received: datetime | None = None,
) -> IncomingMessage:
    """Parse one message. Never raises: any failure yields status QUARANTINED + parse_error.

    ``fallback_received`` (e.g. an mbox ``From `` line's date) is used when neither the Date
    header nor a Received header gives a time.
    """
    raw = bytes(raw)
    try:
        if len(raw) > message_max_bytes:
            return _oversized(raw, source, source_ref, message_max_bytes, fallback_received)
        return _parse(raw, source, source_ref, attachment_max_bytes, fallback_received)
    except Exception as exc:  # the contract: one bad message never stops a run
        return IncomingMessage(
            raw=raw, source=source, source_ref=source_ref, status=ParseStatus.QUARANTINED,
            parse_error=clean_text(f"beskeden kunne ikke fortolkes: "
                                   f"{type(exc).__name__}: {exc}")[:2000],
            received_at=fallback_received,
        )
