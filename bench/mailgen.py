"""Realistic, varied Danish citizen mail for the ingest benchmark and tests.

Deterministic for a seed: message ``i`` is the same bytes on every run, and every message
has its own Message-ID, so N generated messages are N distinct messages. The mix covers
what a jobcentre mailbox really receives: UTF-8 as 8bit, quoted-printable and base64,
ISO-8859-1 and Windows-1252 from old mailers, HTML-only mail, plain+HTML alternatives,
small attachments, RFC 2047 subjects and names, and a few out-of-office replies.

Messages are assembled from byte templates rather than ``email.message`` objects: the
stdlib builder would make generating a million messages slower than ingesting them.

    python bench/mailgen.py N OUT.mbox
"""

from __future__ import annotations

import base64
import binascii
import random
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

FIRST = ["Søren", "Mette", "Jens", "Hanne", "Ahmad", "Birgitte", "Mads", "Fatima", "Lars",
         "Åse", "Kirsten", "Ømer", "Niels", "Louise", "Henrik", "Pia", "Jørgen", "Amalie"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Sørensen", "Kristensen", "Østergaard",
        "Møller", "Larsen", "Ærenlund", "Holm", "Khan", "Thomsen", "Bæk"]
TOPICS = ["min kontanthjælp", "sygedagpenge", "mit ressourceforløb", "jobsamtalen i næste uge",
          "mit CV på Jobnet", "ledighedsydelse", "aktiveringstilbuddet", "mit praktikforløb",
          "afgørelsen om sanktion", "min fuldmagt til min datter", "aktindsigt i min sag",
          "partshøring i min sag", "mødet med rådgiveren", "lægeerklæringen"]
OPENINGS = ["Kære sagsbehandler", "Hej", "Til Jobcentret", "Goddag", "Kære rådgiver"]
SENTENCES = [
    "Jeg skriver angående {topic}, som jeg stadig ikke har hørt noget om.",
    "Kan I fortælle mig, hvornår jeg får svar på {topic}?",
    "Jeg har været syg i denne uge og kan derfor ikke møde op torsdag kl. 10.",
    "Vedhæftet er den dokumentation, I bad om i jeres brev af {day}. maj.",
    "Min telefon er gået i stykker, så det er bedst at skrive til mig på mail.",
    "Jeg vil gerne have flyttet min samtale til en anden dag, da jeg skal til tandlæge.",
    "Jeg har søgt {count} stillinger den sidste måned, se listen på Jobnet.",
    "Jeg forstår ikke brevet om {topic} – kan nogen ringe mig op?",
    "Mit barn er syg, så jeg er nødt til at blive hjemme i morgen.",
    "Jeg er uenig i afgørelsen og vil gerne vide, hvordan jeg klager.",
    "Tak for en god samtale i går, jeg har fået meget ud af den.",
    "Jeg har fået tilbudt et job på lageret fra den 1. og stopper derfor min ydelse.",
    "Hvordan søger jeg om hjælp til transport til mit praktiksted i Ølstykke?",
    "Beløbet på min konto passer ikke med det, der står i jeres brev.",
    "Jeg har vedlagt lønsedlen fra mit fleksjob for sidste måned.",
]
CLOSINGS = ["Med venlig hilsen", "Venlig hilsen", "Mvh.", "Hilsen", "De bedste hilsner"]
DOMAINS = ["gmail.com", "hotmail.com", "outlook.dk", "mail.dk", "live.dk", "yahoo.dk"]
MAILBOXES = ["jobcenter@kommune.dk", "ydelse@kommune.dk", "sygedagpenge@kommune.dk"]
KINDS = ["utf8_qp"] * 6 + ["utf8_8bit"] * 3 + ["utf8_b64"] * 2 + ["latin1_qp"] * 2 + \
    ["cp1252_8bit"] * 2 + ["html_only"] * 2 + ["alternative"] * 2 + ["attachment"]
MAILERS = ["Microsoft Outlook 16.0", "Apple Mail (2.3731)", "Mozilla Thunderbird 115.6",
           "Gmail", "Roundcube Webmail 1.6"]
_EPOCH = datetime(2024, 1, 1, tzinfo=UTC)
_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _token(rng: random.Random, length: int) -> str:
    return "".join(rng.choices(_B64, k=length))


def _name(rng: random.Random) -> tuple[str, str]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    local = f"{first}.{last}".lower().translate(str.maketrans("æøåé", "eoae"))
    return f"{first} {last}", f"{local}{rng.randrange(100)}@{rng.choice(DOMAINS)}"


def _text(rng: random.Random, name: str) -> str:
    topic = rng.choice(TOPICS)
    lines = [rng.choice(SENTENCES).format(topic=topic, day=rng.randint(1, 28),
                                          count=rng.randint(2, 30))
             for _ in range(rng.randint(2, 7))]
    paragraphs = [" ".join(lines[i:i + 2]) for i in range(0, len(lines), 2)]
    return f"{rng.choice(OPENINGS)},\n\n" + "\n\n".join(paragraphs) + \
        f"\n\n{rng.choice(CLOSINGS)}\n{name}\n"


def _encoded_word(text: str, charset: str) -> str:
    """RFC 2047 words of at most 75 characters, split between characters."""
    if text.isascii():
        return text
    words, chunk = [], ""
    for char in text:
        if len((chunk + char).encode(charset, "replace")) > 40:
            words.append(chunk)
            chunk = ""
        chunk += char
    words.append(chunk)
    if charset == "utf-8":
        return "\n ".join(
            f"=?utf-8?b?{base64.b64encode(w.encode()).decode()}?=" for w in words)
    return "\n ".join(
        "=?iso-8859-1?q?" + binascii.b2a_qp(w.encode(charset, "replace"), header=True)
        .decode().replace("?", "=3F") + "?=" for w in words)


def _html(text: str) -> str:
    paragraphs = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in text.split("\n\n"))
    return ("<html><head><style>p{font-family:Calibri}</style></head><body>"
            f"{paragraphs}<p><a href=\"https://www.jobnet.dk\">Jobnet</a></p></body></html>")


def _leaf(content_type: str, charset: str, cte: str, text: str) -> bytes:
    data = text.encode(charset, "replace")
    if cte == "quoted-printable":
        data = binascii.b2a_qp(data)
    elif cte == "base64":
        data = base64.encodebytes(text.replace("\n", "\n").encode(charset, "replace"))
    head = (f"Content-Type: {content_type}; charset=\"{charset}\"\n"
            f"Content-Transfer-Encoding: {cte}\n\n")
    return head.encode() + data


def _attachment(rng: random.Random, index: int) -> bytes:
    payload = bytes(rng.getrandbits(8) for _ in range(rng.randint(1500, 6000)))
    name = _encoded_word(f"lønseddel-{index % 97}.pdf", "utf-8")
    return (f"Content-Type: application/pdf; name=\"{name}\"\n"
            f"Content-Disposition: attachment; filename=\"{name}\"\n"
            "Content-Transfer-Encoding: base64\n\n").encode() + \
        base64.encodebytes(payload)


def _multipart(subtype: str, boundary: str, parts: list[bytes]) -> bytes:
    head = f"Content-Type: multipart/{subtype}; boundary=\"{boundary}\"\n\n".encode()
    sep = f"--{boundary}\n".encode()
    return head + b"".join(sep + p + b"\n" for p in parts) + f"--{boundary}--\n".encode()


def _body(kind: str, rng: random.Random, index: int, text: str) -> bytes:
    simple = {"utf8_qp": ("utf-8", "quoted-printable"), "utf8_8bit": ("utf-8", "8bit"),
              "utf8_b64": ("utf-8", "base64"), "latin1_qp": ("iso-8859-1", "quoted-printable"),
              "cp1252_8bit": ("windows-1252", "8bit")}
    if kind in simple:
        return _leaf("text/plain", *simple[kind], text)
    if kind == "html_only":
        return _leaf("text/html", "utf-8", "quoted-printable", _html(text))
    alternative = _multipart("alternative", f"alt-{index}", [
        _leaf("text/plain", "utf-8", "quoted-printable", text),
        _leaf("text/html", "utf-8", "quoted-printable", _html(text))])
    if kind == "alternative":
        return alternative
    return _multipart("mixed", f"mix-{index}", [alternative, _attachment(rng, index)])


def message(index: int, seed: int = 0) -> bytes:
    """Message number ``index`` of the stream for ``seed``: the same bytes every time."""
    rng = random.Random(seed * 1_000_003 + index)
    name, address = _name(rng)
    kind = KINDS[rng.randrange(len(KINDS))]
    text = _text(rng, name)
    subject = f"Vedr. {rng.choice(TOPICS)}"
    when = _EPOCH + timedelta(seconds=index * 37 + rng.randrange(30))
    domain = address.split("@")[1]
    stamp = when.strftime("%a, %d %b %Y %H:%M:%S +0000")
    headers = [
        f"Received: from mx.{domain} (mx.{domain} [192.0.2.{index % 250}]) by mx.kommune.dk "
        f"(Postfix) with ESMTPS id {rng.getrandbits(40):X}; {stamp}",
        f"Received: from [10.0.{index % 200}.{index % 97}] by smtp.{domain} with ESMTPSA "
        f"id {rng.getrandbits(48):x}; {stamp}",
        f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain}; s=s1;\n"
        f" h=from:to:subject:date:message-id; bh={_token(rng, 44)};\n"
        f" b={_token(rng, 60)}\n {_token(rng, 60)}\n {_token(rng, 52)}",
        f"From: {_encoded_word(name, 'utf-8')} <{address}>",
        f"To: {rng.choice(MAILBOXES)}",
        f"Subject: {_encoded_word(subject, 'utf-8' if index % 3 else 'iso-8859-1')}",
        f"Date: {stamp}",
        f"Message-ID: <{seed}.{index}.{rng.getrandbits(40):x}@{domain}>",
        "MIME-Version: 1.0",
        "Content-Language: da-DK",
        f"X-Mailer: {rng.choice(MAILERS)}",
    ]
    if index % 50 == 7:
        headers[5] = f"Subject: {_encoded_word('Fraværende: ' + subject, 'utf-8')}"
        headers.append("Auto-Submitted: auto-replied")
    return ("\n".join(headers) + "\n").encode() + _body(kind, rng, index, text)


def messages(count: int, seed: int = 0, start: int = 0) -> Iterator[bytes]:
    """Messages ``start`` … ``start + count - 1`` of the stream for ``seed``."""
    for index in range(start, start + count):
        yield message(index, seed)


def write_mbox(path: Path, count: int, seed: int = 0) -> int:
    """Write ``count`` messages as an mbox file; returns its size in bytes."""
    from borgerpost.ingest.mbox import format_entry

    with path.open("wb") as stream:
        for raw in messages(count, seed):
            stream.write(format_entry(raw, sender="generator@bench"))
    return path.stat().st_size


if __name__ == "__main__":
    total = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("/tmp/borgerpost-mailgen.mbox")
    size = write_mbox(out, total)
    print(f"{total} beskeder, {size / 1e6:.1f} MB -> {out}")
