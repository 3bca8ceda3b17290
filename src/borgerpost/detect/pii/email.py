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


# "@", or spelt out to slip past filters: "(at)", "[at]"
AT_SIGN = r"@|[(\[]\s*at\s*[)\]]"
_AT = re.compile(AT_SIGN)


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
            r"(?:(?:\s*[(\[]\s*(?:dot|punktum|prik)\s*[)\]]\s*|\.)[\w\-]+)*"
            r"(?:\s*[(\[]\s*(?:dot|punktum|prik)\s*[)\]]\s*|\.)[a-z]{2,})(?![\w\-])",
            0.45,
            ("(at", "[at"),
        ),
    )
    context = words("privat private privatmail personlig personlige hjemme hjemmemail")

    def validate(self, match: re.Match[str], norm: Normalised) -> float | None:
        domain = _AT.split(match.group("v"))[-1]
        return 0.35 if any(f in domain for f in FREE_MAIL) else 0.0
