"""The jobcentre's own letter quoted in a reply or forwarded: not the writer's words.

Citizens answer from their mail program, which puts the jobcentre's letter below the answer
("Den 2. nov. 2026 kl. 10.14 skrev Jobcenter Vesthavn:⏎> Du er indkaldt …") or forwards it
("---------- Videresendt besked ----------⏎Fra: Jobcenter …"). That letter names its
caseworker in the signature, tells the citizen how to complain and warns that threats are
reported to the police; read as the writer's, it would give the writer labels for words the
jobcentre wrote (a staff member "named", a "klage", a "threat").

``quoted_letters`` finds such blocks when their header names the jobcentre or the
municipality, an official e-mail address, or a staff member by full name. Everything else
quoted stays: a post or a mail from someone else that the writer forwards ("Fra: Mikkel R."
with a home address, "send det videre") is passed on by the writer and judged as theirs.

The pipeline blanks the blocks (same length, line breaks kept), so every offset into the
text still points at the original characters.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from borgerpost.detect.pii.official import OfficialContacts

# "Den 23. okt. 2026 kl. 10.14 skrev Jobcenter Vesthavn <jobcenter@vesthavn.dk>:",
# "On Mon, 2 Nov 2026 at 10:14, Jobcenter <…> wrote:", "Jobcenter … skrev følgende:"
_REPLY_HEADER = re.compile(
    r"^[ \t>]*(?P<who>[^\n]{0,200}?\b(?:skrev|wrote|schrieb)\b[^\n]{0,120}?):[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
# "---------- Videresendt besked ----------", "-----Oprindelig meddelelse-----",
# "-------- Videresendt --------", then "Fra: …"
_FORWARD_HEADER = re.compile(
    r"^[ \t>]*-{2,}[ \t]*(?:videresendt|forwarded|oprindelig|original)(?:[ \t]+"
    r"(?:besked|meddelelse|message|mail|e-mail))?[ \t]*-{2,}[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
# A mail client writes the hour in the reply header ("kl. 10.14", "at 10:14"); a writer
# telling what the jobcentre "skrev" to them does not
_MAIL_TIME = re.compile(r"\d{1,2}[.:]\d{2}")
# Outlook's block without a dashed line: "Fra: …⏎Sendt: …" (or "Dato:", "Date:", "Sent:")
_OUTLOOK_HEADER = re.compile(
    r"^[ \t>]*(?:fra|from):[ \t]*(?P<who>[^\n]*)\n[ \t>]*(?:sendt|dato|date|sent):[^\n]*$",
    re.MULTILINE | re.IGNORECASE,
)
_FROM_LINE = re.compile(r"^[ \t>]*(?:fra|from):[ \t]*(?P<who>[^\n]*)$", re.IGNORECASE)
_FROM_REACH = 3  # lines after a forward header within which "Fra:" names the sender
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Words in a sender's name that make it the authority itself
AUTHORITY_WORDS = ("jobcenter", "jobcentret", "kommune", "borgerservice", "ydelsesservice",
                   "udbetaling danmark", "a-kasse", "ankestyrelsen")  # fmt: skip
_QUICK = re.compile(
    r"skrev|wrote|schrieb|videresendt|forwarded|oprindelig|original|fra:|from:", re.IGNORECASE
)


def quoted_letters(
    text: str, official: OfficialContacts, staff_names: Iterable[str] = ()
) -> list[tuple[int, int]]:
    """``(start, end)`` of every block in ``text`` that quotes a letter from the jobcentre."""
    if not _QUICK.search(text):
        return []
    names = tuple(n.lower() for n in staff_names if " " in n.strip())
    blocks: list[tuple[int, int]] = []
    for start, body, who in _headers(text):
        if _from_authority(who, official, names):
            blocks.append((start, _block_end(text, body)))
    return _merged(blocks)


def blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each span's characters made spaces, line breaks kept (same length)."""
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def _headers(text: str) -> Iterable[tuple[int, int, str]]:
    """(header start, where the quoted body starts, the sender as written) of each header."""
    for m in _REPLY_HEADER.finditer(text):
        if _MAIL_TIME.search(m.group()) or _quote_follows(text, m.end()):
            yield m.start(), m.end(), m.group("who")
    for m in _FORWARD_HEADER.finditer(text):
        following = text[m.end() :].split("\n", _FROM_REACH + 1)[: _FROM_REACH + 1]
        found = (_FROM_LINE.match(line) for line in following)
        who = next((f.group("who") for f in found if f), "")
        yield m.start(), m.end(), who
    for m in _OUTLOOK_HEADER.finditer(text):
        yield m.start(), m.end(), m.group("who")


def _quote_follows(text: str, end: int) -> bool:
    """The first non-empty line after ``end`` is quoted with ">"."""
    rest = text[end:].lstrip()
    return rest.startswith(">")


def _from_authority(who: str, official: OfficialContacts, staff_names: tuple[str, ...]) -> bool:
    lowered = who.lower()
    if any(word in lowered for word in AUTHORITY_WORDS):
        return True
    if official.name and official.name.lower() in lowered:
        return True
    if any(official.lists_email(m.group()) for m in _EMAIL.finditer(lowered)):
        return True
    return any(name in lowered for name in staff_names)


def _block_end(text: str, body: int) -> int:
    """Where the quoted letter ends: at the first line of the writer's own after lines
    quoted with ">" (an answer written between or below the quote), else at the end."""
    lines = text[body:].split("\n")
    pos = body
    seen_quote = False
    for line in lines:
        stripped = line.strip()
        if stripped.startswith(">"):
            seen_quote = True
        elif stripped and seen_quote:
            return pos
        pos += len(line) + 1
    return len(text)


def _merged(blocks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(blocks):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out
