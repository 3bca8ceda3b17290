"""A home in student or youth housing, told by its room (round 425, doxxing).

A dormitory ("kollegiet", "Ryssel Kollegiet", "ungdomsboligen") houses hundreds; the room in
it is one person's door: "bor i kollegiet på Ryssel Allé, værelse 312", "hun har værelse 14
på Egebjerg Kollegium", "bor på vær. 7B på kollegiet". The housing word and a room (værelse,
lejlighed, nr.) with its number, in either order and within one clause, tell where the
person sleeps. A dormitory alone ("bor på kollegium i Aarhus"), a room at work ("mødet er i
lokale 312") or a number with no room word ("kollegiet har 312 værelser") stay out; whose
home it is, the owner check decides ("jeg bor på kollegiet, værelse 12" is the writer's).
"""

from __future__ import annotations

import re

from borgerpost.detect.pii.base import Recognizer, pattern, recognizer

# the housing: a dormitory word (a compound or a name before it: "studenterkollegiet",
# "Ryssel Kollegiet"), youth or student housing; "kollegial" is no dormitory
_DORM = (
    r"(?:[^\W\d_]*kollegi(?:et|ets|um|ummet|e|er|erne|eværelse\w*|ebolig\w*|elejlighed\w*)?"
    r"|[^\W\d_]*(?:ungdomsbolig|studiebolig|studenterbolig|ungdomsboliger|kollegiebolig)\w*)(?!\w)"
)
# the room and its number: "værelse 312", "vær. 7B", "lejlighed nr. 4", "nr. 12"
_ROOM = (
    r"(?:værelse|værelsesnummer|vær\.|lejlighed|lejlighedsnummer|bolig|dør|nr\.?|nummer)"
    r"\s?(?:nr\.?\s?)?\d{1,4}(?:\s?[a-h])?(?![\w,.]\d|\w)"
)
_CLAUSE = r"(?:[^.!?\n]|\.(?=\w)|(?<=vær)\.|(?<=nr)\.)"
DORM_WORDS = ("kollegi", "ungdomsbolig", "studiebolig", "studenterbolig")


@recognizer
class DormRoomRecognizer(Recognizer):
    name = "address_dorm"
    version = "1"
    kind = "address"
    reason = "Privat adresse (værelse på kollegium)"
    prefilter = re.compile(r"kollegi|ungdomsbolig|studiebolig|studenterbolig")
    patterns = (
        pattern(
            # "bor i kollegiet på Ryssel Allé værelse 312": the housing, then its room
            "dorm_then_room",
            rf"(?<!\w)(?P<v>{_DORM}{_CLAUSE}{{0,50}}?(?<!\w){_ROOM})",
            0.6,
            DORM_WORDS,
        ),
        pattern(
            # "har værelse 14 på Egebjerg Kollegium": the room, then its housing
            "room_then_dorm",
            rf"(?<!\w)(?P<v>{_ROOM}\s(?:(?:oppe|nede|ude|henne)\s)?(?:på|i|ved)\s"
            rf"(?:(?:den|det)\s)?(?:[^\W\d_]+\s){{0,2}}?{_DORM})",
            0.6,
            DORM_WORDS,
        ),
    )
