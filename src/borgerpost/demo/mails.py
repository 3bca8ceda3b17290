"""Build RFC 5322 mails with the standard library, the way real mail clients send them.

The demo exercises the real ingest path, so the mails vary like real post does: UTF-8
as 8bit, quoted-printable or base64; ISO-8859-1 from old clients (with RFC 2047 subjects);
HTML-only and multipart/alternative mails; attachments with non-ASCII file names;
auto-replies. Output is byte-for-byte deterministic (fixed MIME boundaries, no random
Message-IDs), which is what makes ``borgerpost demo`` safe to run twice.
"""

from __future__ import annotations

import html
import quopri
import struct
import zlib
from dataclasses import dataclass, field
from datetime import datetime
from email import policy
from email.header import Header
from email.message import EmailMessage, Message
from email.utils import format_datetime, formataddr

STYLES = ("utf8-8bit", "utf8-qp", "utf8-b64", "latin1-qp", "latin1-8bit", "html-only",
          "alternative")


@dataclass(frozen=True, slots=True)
class AttachmentSpec:
    """An attachment to add: bytes, MIME type and a (possibly non-ASCII) file name."""

    filename: str
    content_type: str
    data: bytes


@dataclass(frozen=True, slots=True)
class MailSpec:
    """Everything one demo mail is made of."""

    sender: str
    sender_name: str
    to: tuple[str, ...]
    subject: str
    body: str
    date: datetime
    message_id: str
    style: str = "utf8-qp"
    attachments: tuple[AttachmentSpec, ...] = ()
    in_reply_to: str = ""
    reply_to: str = ""
    extra_headers: tuple[tuple[str, str], ...] = field(default_factory=tuple)


def build_mail(spec: MailSpec) -> bytes:
    """The raw bytes of ``spec`` as a mail client would have sent them."""
    if spec.style.startswith("latin1") and not spec.attachments and _latin1_safe(spec):
        return _legacy_latin1(spec)
    message = EmailMessage(policy=policy.SMTP)
    _headers(message, spec)
    _content(message, spec)
    for attachment in spec.attachments:
        maintype, subtype = attachment.content_type.split("/", 1)
        message.add_attachment(attachment.data, maintype=maintype, subtype=subtype,
                               filename=attachment.filename)
    _fix_boundaries(message, spec.message_id)
    return message.as_bytes()


def _latin1_safe(spec: MailSpec) -> bool:
    try:
        (spec.subject + spec.body + spec.sender_name).encode("iso-8859-1")
    except UnicodeEncodeError:
        return False
    return True


def _headers(message: Message, spec: MailSpec) -> None:
    message["From"] = formataddr((spec.sender_name, spec.sender))
    message["To"] = ", ".join(spec.to)
    message["Subject"] = spec.subject
    message["Date"] = format_datetime(spec.date)
    message["Message-ID"] = spec.message_id
    if spec.reply_to:
        message["Reply-To"] = spec.reply_to
    if spec.in_reply_to:
        message["In-Reply-To"] = spec.in_reply_to
        message["References"] = spec.in_reply_to
    for name, value in spec.extra_headers:
        message[name] = value
    message["MIME-Version"] = "1.0"


def _content(message: EmailMessage, spec: MailSpec) -> None:
    if spec.style == "html-only":
        message.set_content(_as_html(spec.body), subtype="html", cte="quoted-printable")
    elif spec.style == "alternative":
        message.set_content(spec.body, cte="quoted-printable")
        message.add_alternative(_as_html(spec.body), subtype="html", cte="quoted-printable")
    elif spec.style == "utf8-8bit":
        message.set_content(spec.body, cte="8bit")
    elif spec.style == "utf8-b64":
        message.set_content(spec.body, cte="base64")
    else:
        message.set_content(spec.body, cte="quoted-printable")


def _legacy_latin1(spec: MailSpec) -> bytes:
    """An old client's mail: ISO-8859-1 body, RFC 2047 Q-encoded ISO-8859-1 headers."""
    cte = "8bit" if spec.style == "latin1-8bit" else "quoted-printable"
    body = spec.body.encode("iso-8859-1")
    if cte == "quoted-printable":
        body = quopri.encodestring(body)
    subject = Header(spec.subject, "iso-8859-1", header_name="Subject").encode()
    lines = [
        ("From", formataddr((spec.sender_name, spec.sender), charset="iso-8859-1")),
        ("To", ", ".join(spec.to)),
        ("Subject", subject),
        ("Date", format_datetime(spec.date)),
        ("Message-ID", spec.message_id),
    ]
    if spec.reply_to:
        lines.append(("Reply-To", spec.reply_to))
    if spec.in_reply_to:
        lines += [("In-Reply-To", spec.in_reply_to), ("References", spec.in_reply_to)]
    lines += [*spec.extra_headers, ("MIME-Version", "1.0"),
              ("Content-Type", 'text/plain; charset="iso-8859-1"'),
              ("Content-Transfer-Encoding", cte)]
    head = "".join(f"{name}: {value}\n" for name, value in lines).encode("ascii")
    return (head + b"\n" + body).replace(b"\n", b"\r\n")


def _as_html(text: str) -> str:
    paragraphs = "".join(
        f"<p>{html.escape(part).replace(chr(10), '<br>')}</p>" for part in text.split("\n\n")
    )
    return (
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
        f"<body style=\"font-family: Calibri, sans-serif\">{paragraphs}</body></html>\n"
    )


def _fix_boundaries(message: Message, message_id: str) -> None:
    """Replace the random MIME boundaries with ones derived from the Message-ID."""
    token = zlib.crc32(message_id.encode()) & 0xFFFFFFFF
    for depth, part in enumerate(message.walk()):
        if part.is_multipart():
            part.set_boundary(f"----=_demo_{token:08x}_{depth}")


def demo_pdf(title: str, lines: tuple[str, ...]) -> bytes:
    """A small, valid one-page PDF (Helvetica, WinAnsi) standing in for a scanned document."""
    text = [f"BT /F1 16 Tf 72 760 Td ({_pdf_escape(title)}) Tj ET"]
    text += [f"BT /F1 11 Tf 72 {730 - 18 * i} Td ({_pdf_escape(line)}) Tj ET"
             for i, line in enumerate(lines)]
    stream = "\n".join(text).encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def _pdf_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def demo_png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A small solid-colour PNG standing in for a photo or a screenshot."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    row = b"\x00" + bytes(rgb) * width
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(row * height, 9)) + chunk(b"IEND", b""))
