"""Danish street addresses: "Kastanievej 22", "Lærkestien 5, 7300 Byby", "Vester Allé 3, 2. tv".

A street is a word ending in a street suffix (vej, gade, allé, sti, vænget, parken, plads,
torv, boulevard, have, toften, høj, bakken …) followed by a house number, an optional floor
and side and an optional postcode and town. Weak suffixes (have, høj, bakken …) are ordinary
words too and need a context word (bor, adresse, hjem …) or a postcode. A home described
without a number counts where it says so: "bor på Birkevej", "rækkehuset for enden af X".
"""

from __future__ import annotations

import re

from borgerpost.detect.normalise import Normalised
from borgerpost.detect.pii.base import Recognizer, pattern, recognizer, words

STRONG = (
    "vej", "vejen", "gade", "gaden", "allé", "alle", "alléen", "stien", "sti", "vænge",
    "vænget", "plads", "pladsen", "torv", "torvet", "boulevard", "stræde", "strædet",
    "parken", "kaj", "kajen", "passage", "stien",
)  # fmt: skip
WEAK = (
    "have", "haven", "toften", "toft", "høj", "højen", "bakken", "bakke", "vang", "vangen",
    "løkke", "løkken", "hegnet", "engen", "marken", "lunden", "dalen", "krogen", "gården",
    "ager", "agre", "kær", "holm", "park", "ring", "ringen", "bro", "broen", "skrænten",
)  # fmt: skip
_L = r"[^\W\d_]"
_STREET_WORD = rf"{_L}{{2,}}(?:{'|'.join(STRONG + WEAK)})"
_SEPARATE = r"(?:allé|alle|vej|gade|plads|torv|boulevard|stræde|have|park)"
_NUMBER = r"\d{1,4}(?:\s?[a-h])?(?![\d\w])"
_FLOOR = r"(?:,?\s(?:\d{1,2}\.?\s?(?:sal|tv|th|mf)\.?|st\.?(?:\s?(?:tv|th|mf)\.?)?|kl\.?))?"
_POSTCODE = rf"(?:,?\s(?P<zip>\d{{4}})\s{_L}+(?:\s{_L}+)?)?"
_HOME = r"(?:rækkehus|hus|huset|villa|villaen|lejlighed|lejligheden|parcelhus|bolig|boligen)"
_WHERE = r"(?:for enden af|på hjørnet af|overfor|over for|ved siden af|nede ad|oppe ad|på|pa|i)"


@recognizer
class AddressRecognizer(Recognizer):
    name = "address"
    version = "1"
    kind = "address"
    reason = "Privat adresse"
    patterns = (
        pattern("street", rf"(?<!\w)(?P<v>{_STREET_WORD}\s{_NUMBER}{_FLOOR}{_POSTCODE})", 0.6),
        pattern(
            "named_street",  # "Gammel Kongevej 3", "H.C. Andersens Boulevard 2"
            rf"(?<!\w)(?P<v>(?P<w1>{_L}[\w.]*)\s{_STREET_WORD}\s{_NUMBER}{_FLOOR}{_POSTCODE})",
            0.6,
        ),
        pattern(
            "two_words",
            rf"(?<!\w)(?P<v>(?P<w1>{_L}{{3,}})\s{_SEPARATE}\s{_NUMBER}{_FLOOR}{_POSTCODE})",
            0.45,
        ),
        pattern(
            "lives_at",
            rf"\b(?:bor|boede|flyttet|flyttede)\s(?:nu\s)?(?:på|pa|i)\s(?P<v>{_STREET_WORD})\b",
            0.6,
        ),
        pattern("home_at", rf"(?<!\w)(?P<v>{_HOME}(?:et|en)?\s{_WHERE}\s{_STREET_WORD})\b", 0.6),
    )
    context = words(
        "bor boede adresse adressen bopæl hjem hjemme hjemmeadresse hus huset dør døren "
        "rækkehus villa lejlighed flyttet opgang postkasse"
    )

    def validate(self, match: re.Match[str], norm: Normalised) -> float | None:
        text = match.group("v")
        street = next((w for w in text.split() if re.search(_STREET_WORD + "$", w)), "")
        weak = bool(street) and street.endswith(WEAK) and not street.endswith(STRONG)
        named = 0.0
        if match.re.groupindex.get("w1"):
            if not _capitalised(norm, match.start("w1")):
                return None  # a word before the street only as part of its name: "Vester Allé"
            named = 0.1
        bonus = 0.2 if "zip" in match.re.groupindex and match.group("zip") else 0.0
        return named + bonus - (0.3 if weak else 0.0)


def _capitalised(norm: Normalised, pos: int) -> bool:
    return norm.raw_slice(pos, pos + 1).isupper()
