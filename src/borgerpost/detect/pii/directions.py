"""Probe round 389: the way to a person's home told as driving or walking directions, ending
where the person lives ("Hvis man kører ud ad Landevejen og drejer til venstre efter tanken,
er det tredje hus med trampolin. Det er der, Ida Holm bor.").

No street and no number need be named: the directions pin the house down all the same. The
directions must turn or count the houses ("til venstre", "det tredje hus"), and the way must
end on someone living there ("det er der, X bor", "hvor hun bor"). A way to a town alone ("kør
mod Skovby, det er der, han bor") pins nothing down; the writer's own home ("det er der, jeg
bor", "hvor min mor bor") is none of the staff's.
"""

from __future__ import annotations

import re

from borgerpost.detect.normalise import Normalised
from borgerpost.detect.pii.base import Recognizer, pattern, recognizer

# the verb a way is told with ("kør ud ad …", "hvis man drejer …", "du går forbi …")
_GO = (
    r"(?:kør|kører|køre|kørte|drej|drejer|dreje|drejede|tag|tager|tage|følg|følger|følge|gå|går"
    r"|cykl|cykler|cykle|fortsæt|fortsætter|fortsætte)"
)
# what pins the house down on the way: a turn, or the houses counted
_PIN = (
    r"(?:til\s(?:venstre|højre)|(?:første|andet|anden|tredje|fjerde|femte|sjette|sidste)\s"
    r"(?:hus|huset|gård|villa|rækkehus|dør|opgang|indkørsel|ejendom))"
)
PIN_WORDS = (
    "venstre", "højre", "første", "andet", "anden", "tredje", "fjerde", "femte", "sjette", "sidste",
)  # fmt: skip
# the end of the way: someone lives there ("det er der, Ida Holm bor", "hvor hun bor")
_LIVES = (
    r"(?:der|dér|her|hvor)\s?,?\s(?:at\s)?(?P<who>[^\W\d_]+(?:\s[^\W\d_]+){0,2}?)\s"
    r"(?:bor|boede)(?!\w)"
)
# the writer's own or a relative's home, or anyone's at all: no staff member's home told
_NOT_STAFF = frozenset(
    "jeg vi min mit mine vores mig os man folk nogen ingen alle de".split()  # noqa: SIM905
)
# at most this many sentence ends between the first turn and the end of the way
MAX_SENTENCES = 2
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


@recognizer
class DirectionsRecognizer(Recognizer):
    name = "directions"
    version = "1"
    kind = "address"
    reason = "Vejbeskrivelse til en privat bolig"
    prefilter = re.compile(rf"(?:{'|'.join(PIN_WORDS)})\s")
    patterns = (
        pattern(
            "way_home",
            rf"(?<!\w)(?P<v>{_GO}\s[^\n]{{0,120}}?{_PIN}[^\n]{{0,160}}?{_LIVES})",
            0.6,
            PIN_WORDS,
        ),
    )

    def validate(self, match: re.Match[str], norm: Normalised) -> float | None:
        """Someone other than the writer lives there, and the way is told in a few sentences."""
        if set(match["who"].split()) & _NOT_STAFF:
            return None
        if len(_SENTENCE_END.findall(match["v"])) > MAX_SENTENCES:
            return None
        return 0.0
