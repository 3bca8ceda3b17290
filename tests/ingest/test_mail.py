"""parse_message: every encoding real mail uses, and broken mail quarantined, never raised."""

from __future__ import annotations

import email.utils
from collections.abc import Callable
from datetime import UTC, datetime
from email.message import EmailMessage

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from borgerpost.ingest.mail import _address_pairs, parse_message
from borgerpost.model import ParseStatus, Source
from tests.ingest.conftest import LATIN1_TEXT, TEXT, make_mail

Mail = Callable[..., bytes]


def parse(raw: bytes, **kw: object) -> object:
    return parse_message(raw, source=Source.EML, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(("charset", "cte", "text"), [
    ("utf-8", "8bit", TEXT),
    ("utf-8", "quoted-printable", TEXT),
    ("utf-8", "base64", TEXT),
    ("iso-8859-1", "quoted-printable", LATIN1_TEXT),
    ("iso-8859-1", "8bit", LATIN1_TEXT),
    ("iso-8859-1", "base64", LATIN1_TEXT),
    ("windows-1252", "8bit", TEXT),
    ("windows-1252", "quoted-printable", TEXT),
    ("iso-8859-15", "quoted-printable", LATIN1_TEXT + "€\n"),
])
def test_every_charset_and_transfer_encoding_decodes(
    mail: Mail, charset: str, cte: str, text: str
) -> None:
    message = parse_message(mail(body=text, charset=charset, cte=cte), source=Source.EML)
    assert message.status is ParseStatus.OK, message.parse_error
    assert message.body_text.strip() == text.strip()


@pytest.mark.parametrize("subject", [
    "Ansøgning om befordring", "Klage over afgørelse – æøå ÆØÅ", "“Citat” og €uro",
    "Et meget langt emne om aktindsigt i min sag som strækker sig over flere kodede ord æøå",
])
def test_rfc2047_subject_and_sender_name(mail: Mail, subject: str) -> None:
    message = parse_message(mail(subject=subject), source=Source.EML)
    assert message.subject == subject
    assert message.sender == "soren.aero@example.dk"
    assert message.sender_name == "Søren Ærø"


@pytest.mark.parametrize(("header", "expected"), [
    ("=?iso-8859-1?q?Ans=F8gning_om_st=F8tte?=", "Ansøgning om støtte"),
    ("=?utf-8?b?w6bDuMOl?= =?utf-8?b?IMOG?=", "æøå Æ"),  # white space between words drops
    ("Re: =?windows-1252?q?=93Svar=94?=", "Re: “Svar”"),
    ("=?UTF-8?B?w6Y=?==?UTF-8?B?w7g=?=", "æø"),
])
def test_encoded_words(header: str, expected: str) -> None:
    raw = f"From: a@b.dk\nSubject: {header}\n\nhej\n".encode()
    assert parse_message(raw, source=Source.EML).subject == expected


@pytest.mark.parametrize(("header", "shown", "problem"), [
    ("=?utf-8?b?w?= tekst", "=?utf-8?b?w?= tekst", "ugyldigt kodet ord"),  # kept as written
    ("=?utf-8?b?w6?= tekst", "Ã tekst", "ikke gyldig utf-8"),  # half a character
    ("=?x-klingon?q?abc?=", "abc", "ukendt tegnsæt"),
])
def test_broken_encoded_words_quarantine(header: str, shown: str, problem: str) -> None:
    message = parse_message(f"From: a@b.dk\nSubject: {header}\n\nhej\n".encode(),
                            source=Source.EML)
    assert message.subject == shown
    assert message.status is ParseStatus.QUARANTINED and problem in (message.parse_error or "")


def test_utf8_character_split_across_encoded_words_is_joined() -> None:
    # "æ" is C3 A6; a sloppy mailer put the two bytes in two words
    raw = b"From: a@b.dk\nSubject: =?utf-8?q?K=C3?= =?utf-8?q?=A6re?=\n\nhej\n"
    message = parse_message(raw, source=Source.EML)
    assert (message.subject, message.status) == ("Kære", ParseStatus.OK)


def test_html_only_mail_becomes_readable_text(mail: Mail) -> None:
    html = ("<html><head><style>p {color:red}</style><script>x()</script></head><body>"
            "<p>Kære Jobcenter,</p><p>Se <a href='https://jobnet.dk/cv'>mit CV</a>.<br>"
            "Tak</p><ul><li>bilag 1</li><li>bilag 2</li></ul></body></html>")
    message = parse_message(mail(body=html, subtype="html"), source=Source.EML)
    assert message.body_text == ("Kære Jobcenter,\n\nSe mit CV (https://jobnet.dk/cv).\nTak"
                                 "\n\n- bilag 1\n- bilag 2")


def _alternative(plain: str, html: str) -> bytes:
    message = make_mail(body=plain)
    message.add_alternative(html, subtype="html")
    return message.as_bytes()


def test_alternative_prefers_plain_and_falls_back_to_html_when_plain_is_empty() -> None:
    assert parse(_alternative("ren tekst\n", "<p>html</p>")).body_text == "ren tekst"  # type: ignore[attr-defined]
    assert parse(_alternative("\n", "<p>kun html</p>")).body_text == "kun html"  # type: ignore[attr-defined]


def test_attachments_are_kept_with_name_type_size_and_hash() -> None:
    message = make_mail()
    message.add_attachment(b"%PDF-1.4 data", maintype="application", subtype="pdf",
                           filename="lønseddel maj.pdf")
    message.add_attachment(b"x" * 2000, maintype="image", subtype="png", filename="foto.png")
    parsed = parse_message(message.as_bytes(), source=Source.EML, attachment_max_bytes=1000)
    assert parsed.status is ParseStatus.OK
    assert parsed.body_text.strip() == TEXT.strip()
    pdf, png = parsed.attachments
    assert (pdf.filename, pdf.content_type, pdf.size, pdf.data) == (
        "lønseddel maj.pdf", "application/pdf", 13, b"%PDF-1.4 data")
    assert (png.size, png.data) == (2000, None)  # over the limit: metadata only
    assert len(png.sha256) == 64


def test_forwarded_message_is_an_attachment() -> None:
    outer = make_mail(body="Se vedhæftede\n")
    outer.add_attachment(make_mail(subject="Original"))
    parsed = parse_message(outer.as_bytes(), source=Source.EML)
    assert parsed.body_text == "Se vedhæftede"
    assert [a.content_type for a in parsed.attachments] == ["message/rfc822"]
    assert b"Subject: Original" in (parsed.attachments[0].data or b"")


@pytest.mark.parametrize(("raw", "problem"), [
    (b"From: a@b.dk\nContent-Transfer-Encoding: base64\n\naGVqIG1lZCBka", "base64"),
    (b"From: a@b.dk\nContent-Type: text/plain; charset=x-klingon\n\nhej\n", "ukendt tegnsæt"),
    (b"From: a@b.dk\nContent-Type: text/plain; charset=utf-8\n\nK\xe6re\n", "ikke gyldig utf-8"),
    (b"\x00\xff\xfe garbage \x01\x02\x03", "ingen gyldige headers"),
    (b"From: a@b.dk\nSubject: afkortet", "slutter inde i headerne"),
    (b"From: a@b.dk\nSubject: S\xf8ren\n\nhej\n", "8-bit"),
    (b"From: a@b.dk\nContent-Type: multipart/mixed\n\nhej\n", "uden boundary"),
    (b"From: a@b.dk\nContent-Type: multipart/mixed; boundary=X\n\n--X\n\nhej\n", "afsluttes ikke"),
    (b"Subject: ingen afsender\n\nhej\n", "afsender"),
    (b"From: a@b.dk\nSubject: x\nthis is not a header\nTo: c@d.dk\n\nhej\n", "headerne"),
])
def test_broken_mail_is_quarantined_with_the_reason(raw: bytes, problem: str) -> None:
    message = parse_message(raw, source=Source.EML)
    assert message.status is ParseStatus.QUARANTINED
    assert message.parse_error is not None and problem in message.parse_error
    assert message.raw == raw


@pytest.mark.parametrize("raw", [
    b"From: a@b.dk\nSubject: S\xc3\xb8ren\n\nhej\n",  # raw UTF-8 header: RFC 6532, fine
    b"From: a@b.dk\nContent-Type: text/plain; charset=us-ascii\n\nK\xc3\xa6re\n",  # mislabel
    b"From: a@b.dk\nContent-Type: text/plain; charset=iso-8859-1\n\n\x93Hej\x94 \x81\n",
    b"From: a@b.dk\nSubject: tom\n\n",  # empty body after the empty line is a message
    b"From a@b.dk Mon Jun  3 10:00:00 2024\nFrom: a@b.dk\n\nhej\n",  # envelope line first
])
def test_near_misses_are_not_quarantined(raw: bytes) -> None:
    message = parse_message(raw, source=Source.EML)
    assert message.status is ParseStatus.OK, message.parse_error


def test_quarantined_mail_keeps_what_could_be_read() -> None:
    raw = (b"From: Jens <jens@x.dk>\nSubject: Klage\nContent-Type: text/plain; "
           b"charset=x-klingon\n\nJeg klager\n")
    message = parse_message(raw, source=Source.EML)
    assert message.status is ParseStatus.QUARANTINED
    assert (message.sender, message.subject, message.body_text) == (
        "jens@x.dk", "Klage", "Jeg klager")


def test_oversized_message_is_kept_unparsed_with_its_headers(mail: Mail) -> None:
    raw = mail(body="x" * 5000 + "\n")
    message = parse_message(raw, source=Source.EML, message_max_bytes=1000)
    assert message.status is ParseStatus.QUARANTINED
    assert "over grænsen" in (message.parse_error or "")
    assert (message.sender, message.body_text, message.raw) == ("soren.aero@example.dk", "", raw)


@pytest.mark.parametrize(("headers", "expected"), [
    ("Date: Mon, 03 Jun 2024 10:15:00 +0200\n", datetime(2024, 6, 3, 8, 15, tzinfo=UTC)),
    ("Date: Mon, 03 Jun 2024 10:15:00 -0000\n", datetime(2024, 6, 3, 10, 15, tzinfo=UTC)),
    ("Date: i går\nReceived: from x by y; Tue, 04 Jun 2024 12:00:00 +0100\n",
     datetime(2024, 6, 4, 11, 0, tzinfo=UTC)),
    ("Date: 3 Jun 2024 10:15 CEST\n", datetime(2024, 6, 3, 10, 15, tzinfo=UTC)),
])
def test_received_at_is_utc_from_date_or_received(headers: str, expected: datetime) -> None:
    raw = f"From: a@b.dk\n{headers}\nhej\n".encode()
    received = parse_message(raw, source=Source.EML).received_at
    assert received == expected and received is not None and received.tzinfo is not None


def test_received_at_falls_back_to_the_given_time() -> None:
    fallback = datetime(2024, 1, 2, tzinfo=UTC)
    raw = b"From: a@b.dk\nDate: not a date\n\nhej\n"
    assert parse_message(raw, source=Source.EML, fallback_received=fallback).received_at == fallback
    assert parse_message(raw, source=Source.EML).received_at is None


def test_addresses_message_id_and_recipients() -> None:
    raw = (b'From: "Hansen, Jens" <Jens.Hansen@Example.DK>\nTo: Jobcenter <JC@kommune.dk>, '
           b"b@c.dk\nCc: =?utf-8?q?=C3=98rsted?= <o@x.dk>, jc@kommune.dk\n"
           b"Delivered-To: ydelse@kommune.dk\nMessage-ID:  <id-1@host>  \n\nhej\n")
    message = parse_message(raw, source=Source.EML)
    assert (message.sender, message.sender_name) == ("jens.hansen@example.dk", "Hansen, Jens")
    assert message.recipients == ("jc@kommune.dk", "b@c.dk", "o@x.dk", "ydelse@kommune.dk")
    assert message.message_id == "<id-1@host>"


@pytest.mark.parametrize(("extra", "subject", "auto"), [
    ({"Auto-Submitted": "auto-replied"}, "Re: møde", True),
    ({"Auto-Submitted": "no"}, "Re: møde", False),
    ({"X-Autoreply": "yes"}, "møde", True),
    ({"Precedence": "bulk"}, "Nyhedsbrev", True),
    ({"Precedence": "auto_reply"}, "x", True),
    ({"Precedence": "list"}, "Diskussion", False),
    ({}, "Fraværende: Ansøgning", True),
    ({}, "Autosvar: Ansøgning", True),
    ({}, "Automatisk svar: Ansøgning", True),
    ({}, "Out of Office: meeting", True),
    ({}, "Automatic reply: Ansøgning", True),
    ({}, "Fravær fra samtalen i morgen", False),
    ({}, "Jeg er fraværende i næste uge", False),
    ({}, "Re: Autosvar virker ikke", False),
    ({}, "Out of office hours contact", False),
])
def test_auto_submitted(mail: Mail, extra: dict[str, str], subject: str, auto: bool) -> None:
    assert parse_message(mail(extra=extra, subject=subject),
                         source=Source.EML).auto_submitted is auto


def test_text_never_holds_nul_or_lone_surrogates() -> None:
    raw = b"From: a@b.dk\nSubject: a\x00b\nContent-Type: text/plain; charset=utf-8\n\nx\x00y\n"
    message = parse_message(raw, source=Source.EML)
    assert "\x00" not in message.subject + message.body_text
    (message.subject + message.body_text).encode("utf-8")


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=3000))
def test_parse_message_never_raises_on_arbitrary_bytes(raw: bytes) -> None:
    message = parse_message(raw, source=Source.MBOX)
    assert message.raw == raw
    assert (message.status is ParseStatus.QUARANTINED) == (message.parse_error is not None)
    (message.subject + message.body_text + message.sender).encode("utf-8")


def _mutations() -> st.SearchStrategy[bytes]:
    base = make_mail()
    base.add_attachment(b"data", maintype="application", subtype="pdf", filename="a.pdf")
    raw = base.as_bytes()
    return st.tuples(st.integers(0, len(raw)), st.integers(0, 60), st.binary(max_size=40)).map(
        lambda t: raw[: t[0]] + t[2] + raw[t[0] + t[1]:])


@settings(max_examples=300, deadline=None)
@given(_mutations())
def test_parse_message_never_raises_on_damaged_mail(raw: bytes) -> None:
    message = parse_message(raw, source=Source.MBOX)
    assert message.raw == raw


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzæøå.-_0123456789", min_size=1, max_size=12)


@given(_WORD, _WORD, st.lists(_WORD, max_size=3))
def test_address_fast_path_agrees_with_the_library(local: str, domain: str,
                                                   name: list[str]) -> None:
    for value in (f"{local}@{domain}", f"{' '.join(name)} <{local}@{domain}>"):
        expected = [(n, a) for n, a in email.utils.getaddresses([value])]
        assert _address_pairs([value]) == expected


def test_message_from_generator_policy_default_bytes_round_trip() -> None:
    message: EmailMessage = make_mail(body=TEXT, cte="8bit")
    parsed = parse_message(message.as_bytes(), source=Source.EML)
    assert parsed.raw == message.as_bytes() and parsed.status is ParseStatus.OK
