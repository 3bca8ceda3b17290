"""CPR numbers: DDMMYY-SSSS, DDMMYYSSSS or DDMMYY SSSS, also typed digit by digit.

The date is validated, with the century read from the 7th digit as the CPR office assigns
it; the modulus-11 check is NOT applied (numbers without it have been issued since 2007).
"""

from __future__ import annotations

import re
from datetime import date

from borgerpost.detect.normalise import Normalised
from borgerpost.detect.pii.base import Recognizer, pattern, recognizer, words

_NUMBER = r"(?P<v>(?P<d>\d{2})(?P<m>\d{2})(?P<y>\d{2})SEP(?P<s>\d{4}))"


def century(year2: int, digit7: int) -> int | None:
    """The century (1800, 1900, 2000) of a CPR number from its 7th digit."""
    if digit7 <= 3:
        return 1900
    if digit7 in (4, 9):
        return 2000 if year2 <= 36 else 1900
    return 2000 if year2 <= 57 else 1800


def birth_date(digits: str) -> date | None:
    """The birth date coded in ten CPR digits, or None when there is no such date."""
    day, month, year2, digit7 = int(digits[:2]), int(digits[2:4]), int(digits[4:6]), int(digits[6])
    base = century(year2, digit7)
    if base is None:
        return None
    try:
        return date(base + year2, month, day)
    except ValueError:
        return None


@recognizer
class CprRecognizer(Recognizer):
    name = "cpr"
    version = "1"
    kind = "cpr"
    reason = "CPR-nummer"
    prefilter = re.compile(r"\d{6}|\d \d \d \d \d \d|\d\d \d\d \d\d ?[-‐–]")
    patterns = (
        pattern(
            "dash", r"(?<![\d\-/.,])" + _NUMBER.replace("SEP", r"\s?[-‐–]\s?") + r"(?![\d\-])", 0.7
        ),
        pattern(
            "space",
            r"(?<![\d\-/.,])(?<![\d,] )" + _NUMBER.replace("SEP", " ") + r"(?![\d\-]| \d)",
            0.5,
        ),
        pattern("plain", r"(?<![\d\-/.,])" + _NUMBER.replace("SEP", "") + r"(?![\d\-])", 0.4),
        # stop 33: the last digits partly masked, the number called a CPR number ("cpr-nummeret
        # på hende …: 030788-41x2"): the birth date and most of the number are out
        pattern(
            "masked",
            r"(?<![\d\-/.,])(?P<v>\d{6}\s?[-‐–]\s?(?=[\dxX*]{0,3}[xX*])[\dxX*]{4})(?![\w\-])"
            r"(?P<masked>)",
            0.7,
        ),
        # probe round 279: the birth date written in pairs, then the dash ("hans cpr er
        # 05 11 82-1937"): the date part as a date is written, the serial after the dash
        pattern(
            "paired",
            r"(?<![\d\-/.,])(?<!\d )"
            r"(?P<v>(?P<d>\d{2}) (?P<m>\d{2}) (?P<y>\d{2}) ?[-‐–] ?(?P<s>\d{4}))(?![\d\-])",
            0.7,
        ),
        # typed digit by digit to slip past a filter: "1 4 0 9 8 1 - 2 3 3 6" (probe round 409:
        # the CPR office's dash kept between the spaced digits says what the number is, and
        # counts alone; ten spaced digits without it need the word "cpr" near)
        pattern(
            "spaced_dash",
            r"(?<![\d\-/.,])(?P<v>\d(?: \d){5} ?[-‐–] ?\d(?: \d){3})(?![\d\-])",
            0.6,
        ),
        pattern("spaced", r"(?<![\d\-/.,])(?P<v>\d(?: \d){5} \d(?: \d){3})(?![\d\-])", 0.4),
    )
    context = words("cpr cprnr nr personnummer personnummeret personnr født fødselsdato")
    negative = words(
        "konto kontonummer kontonr reg regnr faktura ordre ordrenummer sagsnr sagsnummer "
        "journalnummer journalnr kundenummer telefon tlf"
    )

    def validate(self, match: re.Match[str], norm: Normalised) -> float | None:
        digits = re.sub(r"\D", "", match.group("v"))
        masked = "masked" in match.re.groupindex
        if not masked and birth_date(digits) is not None:
            return self._called_further_back(match, norm)
        # stop 29: a number the text itself calls a CPR number ("hendes CPR-nummer: 310478-3391")
        # is shared as one though its date is wrong (31 April; stop 33: month 13 written in the
        # CPR office's form with its dash, a made-up number posted to expose the person all
        # the same; a partly masked one, "030788-41x2", with a real day and month); day 32, or
        # month 13 without the dash, is no date at all
        day = 1 <= int(digits[:2]) <= 31
        month = 1 <= int(digits[2:4]) <= 12
        dashed = not masked and _DASHED.fullmatch(match.group("v")) is not None
        if not (day and (month or dashed)):
            return None
        before = norm.text[max(0, match.start() - CALLED_REACH) : match.start()]
        return 0.0 if _CALLED_CPR.search(before) else None

    def _called_further_back(self, match: re.Match[str], norm: Normalised) -> float:
        """probe round 417: a valid number the text called a CPR number a little before the
        context window ("X's CPR-nummer står på et papir han glemte. 0702851234.") is
        boosted as if the word stood beside it."""
        lo = max(0, match.start() - CALLED_REACH)
        if _CALLED_CPR.search(norm.text, lo, max(lo, match.start() - self.window)):
            return self.context_boost
        return 0.0


CALLED_REACH = 80  # characters before the number in which "cpr-nummer" may stand
# the CPR office's own form, not typed digit by digit
_DASHED = re.compile(r"\d{6}\s?[-‐–]\s?\d{4}")
_CALLED_CPR = re.compile(r"(?<!\w)(?:cpr|cpr-?nr|cpr-?nummer\w*|personnummer\w*|personnr)(?!\w)")
