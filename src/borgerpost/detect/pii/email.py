"""E-mail addresses. Any address whose domain is not the jobcentre's own is private data;
a free-mail domain (hotmail, gmail …) makes that certain. Official domains are filtered by
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


@recognizer
class EmailRecognizer(Recognizer):
    name = "email"
    version = "1"
    kind = "email"
    reason = "Privat e-mail"
    patterns = (
        pattern(
            "address",
            r"(?<![\w.+\-])(?P<v>[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)*\.[a-z]{2,})(?![\w\-])",
            0.6,
        ),
    )
    context = words("mail mailadresse email privat private privatmail hotmail gmail skriv")

    def validate(self, match: re.Match[str], norm: Normalised) -> float | None:
        domain = match.group("v").rsplit("@", 1)[1]
        return 0.3 if any(f in domain for f in FREE_MAIL) else 0.0
