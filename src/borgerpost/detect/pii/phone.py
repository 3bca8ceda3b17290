"""Danish phone numbers: eight digits, in the groupings people write them.

"41 52 63 74", "4152 6374", "41526374", "+45 41 52 63 74", "0045 41526374", "41-52-63-74",
"4 1 5 2 6 3 7 4".
A bare run of eight digits needs a context word (mobil, tlf, ring …) to count: it may be a
case or customer number.
"""

from __future__ import annotations

import re

from borgerpost.detect.normalise import Normalised
from borgerpost.detect.pii.base import Recognizer, pattern, recognizer, words

_BEFORE = r"(?<![\d\-+/.,:])(?<!\d[ .\-])"
# stop 36: digits written as words to slip past a filter ("to fire, otte otte, tre en, nul
# seks"): eight digit words, the first no "nul" or "en" (a Danish number starts at 2)
_FIRST_DIGIT_WORD = r"(?:to|tre|fire|fem|seks|syv|otte|ni)"
_DIGIT_WORD = r"(?:nul|en|et|to|tre|fire|fem|seks|syv|otte|ni)"
_WORDED = rf"(?<![^\W\d_])(?P<v>{_FIRST_DIGIT_WORD}(?:[ ,.\-]+{_DIGIT_WORD}){{7}})(?![^\W\d_])"
_AFTER = r"(?![\d\-/]|[.,:]\d| \d)"
# no more digits after a spaced dash: "12 34 56 78 - 90" is no phone number
_NO_DASH_ON = r"(?! ?[–—-] ?\d)"
# stop 37: a capital O typed for a zero to slip past a filter ("5O 12 88 O4"): four pairs of
# digits and o's, at least one o and six digits (checked in ``validate``), and, like a bare
# run of digits, it counts only beside a context word
_PAIR_OR_O = r"[\do]{2}"
_LETTERED = (
    rf"(?<![^\W_])(?P<v>[2-9o][\do](?P<sep>[ .\-]){_PAIR_OR_O}(?:(?P=sep){_PAIR_OR_O}){{2}})"
    r"(?![^\W_])"
)


# "j.nr.", "j. nr.", "jnr.": the authority's journal number of a case
_JOURNAL_BEFORE = re.compile(r"(?<![^\W_])j\.?\s?nr\.?:?\s*$")


@recognizer
class PhoneRecognizer(Recognizer):
    name = "phone"
    version = "1"
    kind = "phone"
    reason = "Privat telefonnummer"
    prefilter = re.compile(
        r"\d\d[ .\-]?\d\d[ .\-]?\d\d[ .\-]?\d\d|\d {1,2}\d {1,2}\d {1,2}\d|\d ?[–—-] ?\d {1,2}\d"
        r"|\d\d [–—-] \d\d|\d[–—-]\d[–—-]\d"
        r"|[\do]{2}[ .\-][\do]{2}[ .\-][\do]{2}"
        rf"|{_FIRST_DIGIT_WORD}[ ,]+(?:nul|en|to|tre|fire|fem|seks|syv|otte|ni)[ ,]"
    )
    patterns = (
        pattern(
            "international",
            r"(?<![\d+])(?P<v>(?:\+|00)45[\s\-]?(?:\d{2}[\s\-]?){3}\d{2})" + _AFTER,
            0.8,
        ),
        # probe round 389: the pairs parted by a spaced dash too ("42 - 17 - 66 - 03")
        pattern(
            "pairs",
            _BEFORE
            + r"(?P<v>[2-9]\d(?:([ .\-]| [–—-] )\d{2})(?:\2\d{2}){2})"
            + _AFTER
            + _NO_DASH_ON,
            0.6,
        ),
        pattern("quads", _BEFORE + r"(?P<v>[2-9]\d{3}[ \-]\d{4})" + _AFTER, 0.55),
        pattern("plain", _BEFORE + r"(?P<v>[2-9]\d{7})" + _AFTER, 0.35),
        pattern(  # "5 2 1 8 3 3 9 0": one digit at a time, to slip past filters
            # (the halves may be parted by a dash: "2 2 4 1 – 8 8 7 0"; probe round 385: the
            # pairs by a wider gap, the way a whole text is spaced out: "2 6  9 3  0 4  1 8";
            # probe round 389: any two digits by a dash: "4 2 - 1 7 - 6 6 - 0 3")
            "spaced",
            r"(?<![\d\-+/.,:])(?<!\d )(?<!\d  )(?<![–—-] )"
            r"(?P<v>[2-9](?: {1,2}\d| ?[–—-] ?\d){7})(?! {0,2}\d)" + _NO_DASH_ON,
            0.45,
        ),
        pattern("worded", _WORDED, 0.35),
        pattern("lettered", _LETTERED, 0.35),
    )
    context = words(
        "mobil mobilnummer mobilnr mobilen tlf telefon telefonnummer telefonnr ring ringe "
        "ringer nummer nummeret sms opkald tel nr privatnummer privatnr hjemmenummer "
        # probe round 389: the number told as private ("til Pia privat: 4 2 - 1 7 …")
        "privat privatnummeret"
    )
    negative = words(
        "konto kontonummer kontonr reg faktura sag sagen sagsnr sagsnummer kr kroner "
        "journalnummer journalnr cpr cvr kundenummer ordrenummer år årstal"
    )

    def validate(self, match: re.Match[str], norm: Normalised) -> float | None:
        """Four digits that read as a year ("2024-1234", "1998 2003") need a context word;
        a journal number ("j.nr. 2024-4471") is no phone number at all."""
        if _JOURNAL_BEFORE.search(norm.text, max(0, match.start("v") - 12), match.start("v")):
            return None
        if match.re.pattern == _LETTERED and not _lettered_number(match.group("v")):
            return None
        digits = re.sub(r"\D", "", match.group("v").replace("o", "0"))[-8:]
        return -0.2 if re.fullmatch(r"(?:19|20)\d\d", digits[:4]) else 0.0


def _lettered_number(value: str) -> bool:
    """Eight characters of which one to two are o's and the rest digits: a number with a
    zero or two disguised ("5o 12 88 o4"), not words ("oo")."""
    chars = re.sub(r"[ .\-]", "", value)
    return 1 <= chars.count("o") <= 2
