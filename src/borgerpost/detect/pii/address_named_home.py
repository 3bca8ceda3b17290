"""A named person's home placed by its town (probe round 433, doxxing).

``address.home_in_town`` reads "hans hus i Skovby", a home placed by a pronoun. A home placed
by a name in the genitive is as private: "bilen ved Lises hus i Hinnerup", "SvS' villa i
Trige". The owner and the town both written with a capital; an institution in the genitive
("Folkets Hus i Aarhus", "Guds hus i Trige", "kommunens huse i Viby") and a plain genitive
("min mors hus i Lemvig", written small) stay out; whose home it is, the doxxing anchor
decides.
"""

from __future__ import annotations

import re

from borgerpost.detect.normalise import Normalised
from borgerpost.detect.pii.address_words import HOME, HOME_WORDS, LETTER
from borgerpost.detect.pii.base import Recognizer, pattern, recognizer

# genitives of institutions and of everyone, not of a person
_NOT_A_PERSON = frozenset(
    "folkets guds borgernes kommunens byens statens kirkens foreningens kulturens "  # noqa: SIM905
    "ungdommens børnenes sømandens håndværkernes".split()
)


@recognizer
class NamedHomeRecognizer(Recognizer):
    name = "address_named_home"
    version = "1"
    kind = "address"
    reason = "Privat adresse (en navngiven persons hjem og by)"
    patterns = (
        pattern(
            "named_home_in_town",
            rf"(?<!\w)(?P<v>(?P<owner>{LETTER}{{2,}}(?:s|'s|'))\s{HOME}\s(?:i|på)\s"
            rf"(?P<w1>{LETTER}{{3,}}))(?!\w)",
            0.55,
            HOME_WORDS,
        ),
    )

    def validate(self, match: re.Match[str], norm: Normalised) -> float | None:
        """Both the owner and the town with a capital, the owner no institution."""
        if match.group("owner") in _NOT_A_PERSON:
            return None
        if not (norm.capital_at(match.start("owner")) and norm.capital_at(match.start("w1"))):
            return None
        return 0.0
