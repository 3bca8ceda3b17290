"""Danish number plates: two letters and five digits, "AB 12 345", "AB12345", "AB 12345".

Capitals in the raw text or a context word (nummerplade, bil, reg.nr …) make it count; two
lower-case letters before five digits are usually a word and an amount ("på 12 345 kr").
"""

from __future__ import annotations

import re

from borgerpost.detect.normalise import Normalised
from borgerpost.detect.pii.base import Recognizer, pattern, recognizer, words

_AMOUNT_AFTER = re.compile(r"\s*(?:kr|kroner|dkk|€|euro|,-)\b", re.IGNORECASE)


@recognizer
class PlateRecognizer(Recognizer):
    name = "plate"
    version = "1"
    kind = "plate"
    reason = "Nummerplade"
    prefilter = re.compile(r"\d\d\s?\d{3}")
    patterns = (
        # probe round 329: Danish letters too, written in capitals ("ØR 48 213", "ÅB 12 345")
        pattern("spaced", r"(?<![\w.,])(?P<v>[a-zæøå]{2}\s?\d{2}\s\d{3})(?![\w]|[.,]\d)", 0.45),
        pattern("compact", r"(?<![\w.,])(?P<v>[a-zæøå]{2}\s?\d{5})(?![\w]|[.,]\d)", 0.4),
    )
    context = words(
        "nummerplade nummerpladen nummerplader plade pladen reg regnr registreringsnummer "
        "bil bilen bilens kører køre parkeret parkerer toyota vw volkswagen skoda ford opel "
        "peugeot citroën citroen tesla volvo kia hyundai audi bmw mercedes nissan renault "
        "suzuki mazda fiat varevogn"
    )

    def validate(self, match: re.Match[str], norm: Normalised) -> float | None:
        start, end = match.span("v")
        if _AMOUNT_AFTER.match(norm.text, end):
            return None
        letters = norm.raw_slice(start, start + 2)
        if not letters.isupper() and not letters.isascii():
            return None  # "på 48 213": a word with æ, ø or å, written small, and an amount
        return 0.2 if letters.isupper() else -0.2
