"""A thing named in the plural or the definite form, where the dictionary of short words
knows only the bare noun ("jeres breve", "kurserne", "jeres samtalemøder"): round 425 (cr).

``thing_subject`` (``insult_subject``) reads a copula's subject after a possessive or a
demonstrative as a thing when the dictionary knows it; "Jeres samtalemøder er noget værre
møg" judges the meetings, not the people, yet "samtalemøder" and "breve" are no dictionary
words. Here a noun is a thing when taking off an inflection leaves a dictionary noun that is
no person ("breve" - "brev", "møderne" - "møde"), or when it is a compound whose inflected
head is one of the things a citizen meets at the jobcentre (``SERVICE_HEADS``). A person
in the plural ("hans drenge", "jeres naboer", "politikerne") stays a person: the stem is
checked against the nouns for people as well as the dictionary.
"""

from __future__ import annotations

from functools import lru_cache

from borgerpost.detect import lexicon
from borgerpost.detect.labels.insult_clause import is_person
from borgerpost.detect.labels.insult_lexicon import epithet_hit, person_nouns

# the endings of the plural and the definite form, longest first
_ENDINGS = ("erne", "ene", "rne", "ne", "er", "et", "en", "e", "r")
_MIN_STEM = 3

# bare nouns for people the dictionary holds as plain words ("dreng", "nabo", "lærer"):
# their plural is people ("hans drenge er nogle aber")
PERSON_STEMS = frozenset(
    str.split(
        "søn datter barn far mor unge knægt dreng pige mand kvinde dame fyr type person "
        "menneske bror søster nabo ven veninde kollega kollege lærer elev borger kunde chef "
        "leder politiker pave kone kæreste onkel tante fætter kusine tøs folk"
    )
)

# probe round 425: the things of the jobcentre a compound may end on ("samtalemøder",
# "jobsøgningskurserne", "afklaringsforløbene"); a closed list, so a compound epithet
# ("kontorsvin") never passes as a thing
SERVICE_HEADS = frozenset(
    ("møde", "samtale", "kursus", "kurs", "forløb", "tilbud", "brev", "workshop", "aktivitet")
)
_MIN_PREFIX = 3


def _stems(noun: str) -> list[str]:
    return [
        noun[: -len(end)]
        for end in _ENDINGS
        if noun.endswith(end) and len(noun) - len(end) >= _MIN_STEM
    ]


def _people(word: str) -> bool:
    return (
        word in PERSON_STEMS
        or is_person(word)
        or word in person_nouns()
        or epithet_hit(word) is not None
    )


@lru_cache(maxsize=4096)
def inflected_thing(noun: str) -> bool:
    """Whether ``noun`` is a dictionary noun for a thing in an inflected form, or a
    compound on an inflected jobcentre thing (``SERVICE_HEADS``); never a person."""
    if _people(noun):
        return False
    stems = _stems(noun)
    if any(map(_people, stems)):
        return False
    words = lexicon.danish_words()
    if any(stem in words for stem in stems):
        return True
    return any(
        stem.endswith(head) and len(stem) - len(head) >= _MIN_PREFIX
        for stem in (noun, *stems)
        for head in SERVICE_HEADS
    )
