"""A person followed home, and their home then described: "jeg har fulgt dig hjem. Flot
rækkehus", "kørte efter ham hjem – den gule villa med carport". The writer shows where the
person lives, the home address told without its street. Following someone home without a
word of the home ("jeg fulgte hende hjem fra festen") is not matched, nor the writer
followed home ("min mor fulgte mig hjem"): the pattern wants dig, ham, hende or jer.
"""

from __future__ import annotations

import re

from borgerpost.detect.pii.base import Recognizer, pattern, recognizer

_FOLLOWED = (
    r"(?:fulgt|fulgte|kørt|kørte|gået|gik|cyklet|cyklede|listet|listede)\s(?:efter\s)?"
    r"(?:dig|ham|hende|jer)\s(?:(?:hele\svejen|helt)\s)?hjem(?!\w)"
)
# the home, said by its kind or a part of it a follower sees from the road
_HOME = (
    r"(?:rækkehus|rækkehuset|hus|huset|villa|villaen|parcelhus|parcelhuset|lejlighed|"
    r"lejligheden|opgang|opgangen|hoveddør|hoveddøren|carport|carporten|indkørsel|"
    r"indkørslen|hæk|hækken|have|haven|dørskilt|dørskiltet|postkasse|postkassen)(?!\w)"
)


@recognizer
class FollowedHomeRecognizer(Recognizer):
    name = "followed_home"
    version = "1"
    kind = "followed_home"
    reason = "Har fulgt personen hjem og beskriver hjemmet"
    prefilter = re.compile(r"(?:fulg|kør|gå|gik|cykl|list)\w*\s(?:efter\s)?(?:dig|ham|hende|jer)\s")
    patterns = (
        pattern(
            "followed_home",
            rf"(?<!\w)(?P<v>{_FOLLOWED}[^\n]{{0,60}}?{_HOME})",
            0.6,
            ("hjem",),
        ),
    )
