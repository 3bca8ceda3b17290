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
from borgerpost.detect.pii.family_words import CLAUSE, POSS

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
# probe round 401 (oth): a campsite or a marina where one stays off work ("holder til på
# Tinghøj Camping hver weekend", "ligger i Skovly Campings vogn nr. 38"): the site named,
# then the pitch, the caravan or the berth by its number, or the weekends spent there
_SITE = (
    r"(?:[^\W\d_]*(?:camping|lystbådehavn|kolonihaveforening|havneforening)[^\W\d_]*)"
)
_STAYS = (
    r"(?:holder\stil(?!\w)|opholder\ssig|bor|boede|ligger|lå|står|stod|sidder|camperer|er|var|"
    r"tilbringer\s(?:[^\W\d_]+\s)?(?:weekender|weekenderne|sommer|somre|ferier|fridage))"
)
# "vogn nr 38", "plads nr. 112", "bådplads 14", "have nummer 7"
_PITCH = (
    r"(?:vogn|vognen|campingvogn|campingvognen|plads|pladsen|bådplads|bådpladsen|have|haven|"
    r"hytte|hytten|bås|bro)\s(?:nr\.?\s?|nummer\s)?\d{1,4}(?!\w)"
)
_WEEKENDS = (
    r"(?:hver\s(?:eneste\s)?(?:weekend|fredag|lørdag|søndag)|alle\sweekender|om\sweekenden)"
)
SITE_WORDS = ("camping", "lystbådehavn", "kolonihaveforening", "havneforening")
FAMILY_OUT_THERE_WORDS = ("derude", "derhjemme", "derovre", "deroppe", "derhenne", "ude", "hjemme")


@recognizer
class WhereaboutsRecognizer(PrivateLife):
    name = "whereabouts"
    version = "1"
    kind = "whereabouts"
    reason = "Familiens opholdssted eller fritidshus"
    prefilter = re.compile(
        r"sommerhus|fritidshus|feriehus|kolonihave|hytte|der(?:ude|hjemme|ovre|oppe|henne)|ude\s|hjemme\s"
        r"|camping|lystbådehavn|havneforening"
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
        pattern(
            # probe round 401 (oth): "holder til på Tinghøj Camping hver weekend, vogn nr 38"
            "stays_at_site",
            rf"(?<!\w)(?P<v>{_STAYS}\s(?:(?:altid|jo|også|gerne|tit|fast)\s)?(?:på|i|ved|ude\spå|nede\spå)"
            rf"\s(?:[^\W\d_]+\s){{0,2}}?{_SITE}{CLAUSE}{{0,40}}?(?:{_PITCH}|{_WEEKENDS}))",
            0.6,
            SITE_WORDS,
        ),
    )

    def validate(self, match: re.Match[str], norm: Normalised) -> float | None:
        """The place must be a name (a capital: "i Lohals", not "i weekenden"); the owner is
        the possessive before it, else the nearest person before it in its clause
        ("Sommerhuset i Lohals …" after "hvor han holder sommerferie")."""
        if "place" in match.re.groupindex and not capitalised(norm, match.start("place")):
            return None
        if "owner" not in match.re.groupindex or match.group("owner") is None:
            return self.nearest_owner(match, norm)  # probe round 401: a site has no owner group
        return super().validate(match, norm)
