"""A person's birth date, and the last four digits of a CPR number.

"født 12.04.1983", "fødselsdag den 3. maj 1979", "cpr slutter på -2416", "cpr starter med
120388", "cpr er 120388-xxxx": together they are the CPR number, and either narrows down
who a person is. The writer's own ("jeg er født …", "mit cpr ender på …") is not matched;
the date must be a real date.
"""

from __future__ import annotations

import re
from datetime import date

from borgerpost.detect.normalise import Normalised
from borgerpost.detect.pii.base import Recognizer, pattern, recognizer
from borgerpost.detect.pii.owner import WRITER, nearest_person

MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip
_MONTH = "|".join(MONTHS)
# stop 31: a numeric date may give the year in two digits ("fødselsdag den 14.03.78")
_DATE = (
    rf"(?P<d>\d{{1,2}})(?:[./-]\s?(?P<m>\d{{1,2}})[./-](?P<yy>(?:19|20)?\d{{2}})|"
    rf"\.?\s(?P<mn>{_MONTH})\s(?P<y>(?:19|20)\d{{2}}))"
)
# the CPR number's name, in any form ("cpr-nr.", "personnummeret", "cprnummer")
_CPR_WORD = r"(?:cpr|cprnr|cpr-nummer|cpr-nr|personnummer|personnummeret)\w*"


@recognizer
class BirthRecognizer(Recognizer):
    name = "birth"
    version = "1"
    kind = "birth"
    reason = "Fødselsdato eller CPR-cifre"
    prefilter = re.compile(r"født|fødsels|cpr|personnummer")
    patterns = (
        pattern(
            "born",  # "født 12.04.1983", "fødselsdato: 3. maj 1979"
            # (probe round 377c: told with a copula, "hendes fødselsdag er den 2. juli 1984")
            rf"(?<!\w)(?:født|fødselsdato|fødselsdag|f\.)(?:\s(?:er|var))?(?:\s(?:den|d\.))?"
            rf"[\s:]+(?P<v>{_DATE})(?!\d)",
            0.6,
            ("født", "fødsels"),
        ),
        pattern(
            "cpr_tail",  # "cpr slutter på -2416", "personnummeret ender med 2416"
            rf"(?<!\w){_CPR_WORD}"
            r"(?:\s\w+){0,2}\s(?:slutter|ender)\s(?:på|med)\s(?P<v>[-‐–]?\d{4})(?!\d)",
            0.6,
            ("cpr", "personnummer"),
        ),
        pattern(
            # probe round 377c: the serial told as "the last four digits" of the number ("de
            # sidste 4 tal af hendes personnummer er 1736", "cpr-nummeret, de sidste fire
            # cifre: 1736"); with a birth date told beside it the whole number is out. Whose
            # it is is read back from the digits ("i mit cpr" is the writer's own)
            "cpr_last4",
            r"(?<!\w)(?:(?:de\s)?sidste\s(?:fire|4)\s(?:cifre|tal)\s(?:i|af|på|fra)\s"
            rf"(?:\w+\s){{0,2}}?{_CPR_WORD}|"
            rf"{_CPR_WORD},?(?:\s\w+){{0,2}}?,?\s"
            r"(?:de\s)?sidste\s(?:fire|4)(?:\s(?:cifre|tal))?)"
            r"(?:\s(?:er|var|lyder\spå)\s|\s?:\s?)(?P<v>\d{4})(?![\d\-])(?P<last4>)",
            0.6,
            ("cpr", "personnummer"),
        ),
        pattern(
            # "hendes CPR er 120483-xxxx": the date part, the rest masked; the masked tail
            # tells on its own, so the CPR word may stand further off in the sentence ("CPR
            # ligger i en mail hun sendte ved en fejl: 120379-XXXX")
            "cpr_masked",
            rf"(?<!\w){_CPR_WORD}"
            r"(?:[\s,]+\w+){0,10}?[\s:]+(?P<v>(?P<d6>\d{6})\s?[-‐–]\s?(?:x{2,4}|\*{4}|#{4}|\?{4}))"
            r"(?![\w*#?])",
            0.6,
            ("cpr", "personnummer"),
        ),
        pattern(
            "cpr_head",  # "hans cpr starter med 120388": the birth date part
            # (stop 35: where it was found between, "cpr-nummer på et gammelt papir, det
            # starter med 120384")
            rf"(?<!\w){_CPR_WORD}"
            r"(?:[\s,]+\w+){0,8}?\s(?:starter|begynder)\s(?:med|på)\s(?P<v>(?P<d6>\d{6}))(?!\d)",
            0.6,
            ("cpr", "personnummer"),
        ),
    )

    def validate(self, match: re.Match[str], norm: Normalised) -> float | None:
        # (the last four digits are read back from the digits: "i mit cpr er …" is the writer's)
        start = match.start("v") if "last4" in match.re.groupindex else match.start()
        if nearest_person(norm, start) == WRITER:
            return None  # "jeg er født 12.04.1983": the writer's own
        if "d" in match.re.groupindex and not _real_date(match):
            return None
        if "d6" in match.re.groupindex and not _ddmmyy(match.group("d6")):
            return None
        return 0.0


def _ddmmyy(digits: str) -> bool:
    """Six digits that are a date: day, month, two-digit year (any century)."""
    try:
        date(2000 + int(digits[4:]), int(digits[2:4]), int(digits[:2]))
    except ValueError:
        return digits[:4] == "2902"  # 29 February of a leap year of the 1900s
    return True


def _real_date(match: re.Match[str]) -> bool:
    month = MONTHS.index(match.group("mn")) + 1 if match.group("mn") else int(match.group("m"))
    try:
        year = match.group("y") or match.group("yy")
        date(int(year) if len(year) == 4 else 1900 + int(year), month, int(match.group("d")))
    except ValueError:
        return False
    return True
