"""The demo mail builder: real, parseable MIME, byte-for-byte repeatable."""

from __future__ import annotations

import re
import zlib
from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy

import pytest

from borgerpost.demo.mails import STYLES, AttachmentSpec, MailSpec, build_mail, demo_pdf, demo_png

WHEN = datetime(2026, 3, 2, 9, 15, tzinfo=timezone(timedelta(hours=1)))
BODY = "Hej Søren\n\nJeg vil gerne klage over afgørelsen. Æbler, øl og ål.\n\nMvh\nBørge\n"


def _spec(style: str, subject: str = "Klage over afgørelse", **kw: object) -> MailSpec:
    return MailSpec("borge@example.net", "Børge Ærø", ("post@jc.example",), subject, BODY, WHEN,
                    "<demo-1@example.net>", style=style, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize("style", STYLES)
def test_every_style_parses_back(style: str) -> None:
    raw = build_mail(_spec(style))
    assert raw == build_mail(_spec(style))
    message = message_from_bytes(raw, policy=policy.default)
    assert message["Subject"] == "Klage over afgørelse"
    assert message["From"].addresses[0].display_name == "Børge Ærø"
    text = message.get_body(("plain", "html")).get_content()
    assert "Æbler, øl og ål" in text


@pytest.mark.parametrize(("style", "charset", "cte"), [
    ("utf8-8bit", "utf-8", "8bit"),
    ("utf8-qp", "utf-8", "quoted-printable"),
    ("utf8-b64", "utf-8", "base64"),
    ("latin1-qp", "iso-8859-1", "quoted-printable"),
    ("latin1-8bit", "iso-8859-1", "8bit"),
])
def test_declared_encoding(style: str, charset: str, cte: str) -> None:
    message = message_from_bytes(build_mail(_spec(style)), policy=policy.default)
    assert message.get_content_charset() == charset
    assert message["Content-Transfer-Encoding"] == cte


def test_latin1_subject_is_rfc2047_latin1() -> None:
    raw = build_mail(_spec("latin1-qp"))
    assert b"Subject: =?iso-8859-1?q?Klage_over_afg=F8relse?=" in raw


def test_latin1_falls_back_to_utf8_when_text_does_not_fit() -> None:
    raw = build_mail(_spec("latin1-qp", subject="Klage – afgørelse"))
    assert message_from_bytes(raw, policy=policy.default).get_content_charset() == "utf-8"


def test_attachment_with_non_ascii_name_and_fixed_boundaries() -> None:
    pdf = demo_pdf("Lægeerklæring", ("Demo",))
    spec = _spec("alternative", attachments=(AttachmentSpec("lægeerklæring.pdf",
                                                            "application/pdf", pdf),))
    raw = build_mail(spec)
    assert raw == build_mail(spec)
    message = message_from_bytes(raw, policy=policy.default)
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == "lægeerklæring.pdf"
    assert attachment.get_content() == pdf
    token = zlib.crc32(b"<demo-1@example.net>") & 0xFFFFFFFF
    assert set(re.findall(rb'boundary="([^"]+)"', raw)) == {
        f"----=_demo_{token:08x}_{i}".encode() for i in (0, 1)}


def test_extra_headers_and_reply() -> None:
    raw = build_mail(_spec("utf8-qp", in_reply_to="<x@jc.example>",
                           extra_headers=(("Auto-Submitted", "auto-replied"),)))
    message = message_from_bytes(raw, policy=policy.default)
    assert message["Auto-Submitted"] == "auto-replied"
    assert message["In-Reply-To"] == message["References"] == "<x@jc.example>"


def test_demo_pdf_is_well_formed() -> None:
    pdf = demo_pdf("Fuldmagt (demo)", ("Linje (1)", "Æ ø å"))
    assert pdf.startswith(b"%PDF-1.4") and pdf.endswith(b"%%EOF\n")
    xref_at = int(pdf.rsplit(b"startxref\n", 1)[1].split()[0])
    assert pdf[xref_at:].startswith(b"xref")
    offsets = [int(line[:10]) for line in pdf[xref_at:].splitlines()[3:8]]
    for number, offset in enumerate(offsets, start=1):
        assert pdf[offset:].startswith(b"%d 0 obj" % number)
    assert b"(Linje \\(1\\))" in pdf and "Æ ø å".encode("cp1252") in pdf


def test_demo_png_is_well_formed() -> None:
    png = demo_png(4, 3, (10, 20, 30))
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    assert png[12:16] == b"IHDR" and png[16:24] == b"\x00\x00\x00\x04\x00\x00\x00\x03"
    idat = png.index(b"IDAT")
    length = int.from_bytes(png[idat - 4:idat], "big")
    row = b"\x00" + bytes((10, 20, 30)) * 4
    assert zlib.decompress(png[idat + 4:idat + 4 + length]) == row * 3
