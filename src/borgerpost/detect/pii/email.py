"""E-mail addresses. A free-mail address (hotmail, gmail …) is private data; an address at
another domain (a workplace, a municipality) counts when the text calls it private
("privat", "personlig", "hjemme"). Official domains are filtered by
``official.OfficialContacts``, not here."""

from __future__ import annotations

import re

from borgerpost.detect.normalise import Normalised
from borgerpost.detect.pii.base import Recognizer, pattern, recognizer, words

FREE_MAIL = (
    "hotmail", "gmail", "googlemail", "yahoo", "live", "outlook", "msn", "icloud", "me.com",
    "mail.dk", "jubii", "protonmail", "proton.me", "gmx", "aol", "webspeed", "privat",
    "youmail", "stofanet", "get2net", "post.tele.dk", "email.dk", "ofir",
)  # fmt: skip


# "@", or spelt out to slip past filters: "(at)", "[at]"; probe round 389: the Danish name
# of the sign, bracketed or not ("(snabel-a)", "snabel a")
AT_SIGN = r"@|[(\[]\s*(?:at|snabel[\s\-]?a)\s*[)\]]|(?<!\w)snabel[\s\-]?a(?!\w)"
_AT = re.compile(AT_SIGN)
# the dot spelt out, bracketed or, probe round 389, as a word of its own ("gmail punktum com")
_DOT = r"(?:\s*[(\[]\s*(?:dot|punktum|prik)\s*[)\]]\s*|\s+(?:dot|punktum|prik)\s+|\.)"


@recognizer
class EmailRecognizer(Recognizer):
    name = "email"
    version = "1"
    kind = "email"
    reason = "Privat e-mail"
    prefilter = _AT
    patterns = (
        pattern(
            "address",
            r"(?<![\w.+\-])(?P<v>[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)*\.[a-z]{2,})(?![\w\-])",
            0.45,
            ("@",),
        ),
        # spelt out to slip past filters: "tage.munk (at) hotmail (dot) com"
        pattern(
            "spelt",
            r"(?<![\w.+\-])(?P<v>[\w.+\-]+\s*[(\[]\s*at\s*[)\]]\s*[\w\-]+"
            rf"(?:{_DOT}[\w\-]+)*{_DOT}[a-z]{{2,}})(?![\w\-])",
            0.45,
            ("(at", "[at"),
        ),
        # probe round 389: the sign by its Danish name ("jens.b76 (snabel-a) gmail punktum com")
        pattern(
            "snabel",
            r"(?<![\w.+\-])(?P<v>[\w.+\-]+\s*(?:[(\[]\s*)?snabel[\s\-]?a(?:\s*[)\]])?\s*"
            rf"[\w\-]+(?:{_DOT}[\w\-]+)*{_DOT}[a-z]{{2,}})(?![\w\-])",
            0.45,
            ("snabel",),
        ),
    )
    context = words("privat private privatmail personlig personlige hjemme hjemmemail")

    def validate(self, match: re.Match[str], norm: Normalised) -> float | None:
        domain = _AT.split(match.group("v"))[-1]
        return 0.35 if any(f in domain for f in FREE_MAIL) else 0.0
