"""Where a person's family or second home is: "din mand og drengene … derude i Bovrup",
"sommerhuset i Lohals", "hans kolonihave ved Utterslev".

The label guide counts the home address as private; the village where a caseworker's family
lives and the cottage where they spend the summer tell the same to someone who wants to find
them. A town alone is weak, so the patterns need the family or the retreat told with it:
"din mand bor i Aarhus" is not matched (a place, not a home), "derude i Bovrup" is. The
writer's own ("vi har lejet sommerhuset i Lohals", "min mand og børnene derude i …") is
not matched (``PrivateLife``).
"""

from __future__ import annotations

import re

from borgerpost.detect.normalise import Normalised
from borgerpost.detect.pii.base import capitalised, pattern, recognizer
from borgerpost.detect.pii.family import PrivateLife
from borgerpost.detect.pii.family_words import POSS

_FAMILY = (
    r"(?:mand|manden|kone|konen|hustru|kæreste|kæresten|familie|familien|børn|børnene|"
    r"drenge|drengene|piger|pigerne|unger|ungerne|datter|søn|forældre)"
)
# out there, at home: the place where the family is, not where it went
_OUT_THERE = r"(?:derude|derhjemme|derovre|deroppe|derhenne|ude|hjemme)"
# a home away from home
_RETREAT = (
    r"(?:sommerhus|sommerhuset|fritidshus|fritidshuset|feriehus|feriehuset|kolonihave|"
    r"kolonihaven|kolonihavehus|kolonihavehuset|hytte|hytten)"
)
# a town or an area; a street with its number is the address recognizer's ("sommerhus på
# Klitvej 41")
_PLACE = r"(?P<place>[^\W\d_]+)(?!\w|\s\d)"
RETREAT_WORDS = ("sommerhus", "fritidshus", "feriehus", "kolonihave", "hytte")
FAMILY_OUT_THERE_WORDS = ("derude", "derhjemme", "derovre", "deroppe", "derhenne", "ude", "hjemme")


@recognizer
class WhereaboutsRecognizer(PrivateLife):
    name = "whereabouts"
    version = "1"
    kind = "whereabouts"
    reason = "Familiens opholdssted eller fritidshus"
    prefilter = re.compile(
        r"sommerhus|fritidshus|feriehus|kolonihave|hytte|der(?:ude|hjemme|ovre|oppe|henne)|ude\s|hjemme\s"
    )
    patterns = (
        pattern(
            # "din mand og drengene får en tryg jul derude i Bovrup"
            "family_out_there",
            rf"(?<!\w)(?P<v>(?P<owner>{POSS})\s{_FAMILY}(?:\sog\s(?:[^\W\d_]+\s)?{_FAMILY})?\s"
            rf"(?:[^\W\d_]+\s){{0,6}}?{_OUT_THERE}\s(?:i|på)\s{_PLACE})",
            0.6,
            FAMILY_OUT_THERE_WORDS,
        ),
        pattern(
            # "Sommerhuset i Lohals er ikke svært at finde", "hans kolonihave ved Utterslev"
            "retreat_at",
            rf"(?<!\w)(?P<v>(?:(?P<owner>{POSS})\s)?{_RETREAT}\s(?:i|på|ved)\s{_PLACE})",
            0.6,
            RETREAT_WORDS,
        ),
    )

    def validate(self, match: re.Match[str], norm: Normalised) -> float | None:
        """The place must be a name (a capital: "i Lohals", not "i weekenden"); the owner is
        the possessive before it, else the nearest person before it in its clause
        ("Sommerhuset i Lohals …" after "hvor han holder sommerferie")."""
        if not capitalised(norm, match.start("place")):
            return None
        if match.group("owner") is None:
            return self.nearest_owner(match, norm)
        return super().validate(match, norm)
