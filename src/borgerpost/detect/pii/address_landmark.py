"""A home found by landmarks, and a home "i" a street with its floor (round 397, t2).

``address`` reads a home told by sight ("det røde hus med carporten på Egevej") only where the
street follows the house. People who give a home away by sight also place it by what stands
near it: "det røde murstenshus lige over for købmanden, nr. 3", "det gule hus lige før
rundkørslen på Møllevej", "hendes villa bag kirken på Kirkevej". A house told by its colour
(or said to be the person's), a landmark it faces, follows or stands by, then a house number or
a street with a street word: that is where the person lives. A house by a landmark with
neither ("det gule hus ved åen" is ``address``'s only after "bor"), a building that is no home
("den røde bygning over for stationen") and a landmark in a town with no street stay out.

A street of any name after "bor … i" ("bor lige over for mig i Skovbrynet 3, 2. th."): Danish
says "i" of many streets as of towns, so the floor and side must stand after the number: "bor
i Aarhus 3 år" is no address, "boede i Valby 2 måneder" neither.
"""

from __future__ import annotations

import re

from borgerpost.detect.normalise import Normalised
from borgerpost.detect.pii.address_words import (
    ADVERB,
    BESIDE,
    BESIDE_ADVERB,
    COLOUR,
    FARM,
    FARM_WORDS,
    HOME,
    HOME_WORDS,
    LETTER,
    LIVES_WORDS,
    NUMBER,
    OUT_THERE,
    POSTCODE,
    STRONG,
    SUFFIXES,
    WORD,
)
from borgerpost.detect.pii.base import Recognizer, capitalised, pattern, recognizer

# the house told by its colour ("det røde murstenshus", "den hvide gård med stråtag"), or said
# to be the person's ("hendes nye hus", "hans villa"), perhaps said to lie there ("ligger")
_SEEN_HOME = (
    rf"(?:(?:den|det)\s(?:{LETTER}+\s)?{COLOUR}\s(?:{LETTER}{{2,}})?(?:{HOME}|{FARM})"
    rf"|(?:hans|hendes|deres|dennes|dit|din|jeres)\s(?:{LETTER}+\s)?(?:{HOME}|{FARM}))\s"
    rf"(?:med\s(?:{LETTER}+\s){{1,3}}?)?(?:ligger\s|står\s|lå\s)?(?:{OUT_THERE}\s)?"
)
# where the house stands by its landmark: "lige over for", "lige før", "bag", "ved siden af"
_BY = (
    r"(?:lige\s|helt\s|skråt\s|tæt\s)?"
    r"(?:over\sfor|overfor|ved\ssiden\saf|før|efter|bag|bagved|ved|for\senden\saf|"
    r"på\shjørnet\saf|nær|på|ovenover|oven\sover|ovenpå|over|under)\s"
)
# the landmark: a noun, perhaps with its article and an adjective ("købmanden", "den gamle
# kirke", "rundkørslen", "Netto")
_LANDMARK = rf"(?:(?:den|det|de)\s)?(?:{LETTER}+\s)?{LETTER}{{3,}}"
_HOUSE_NUMBER = r"(?:nr\.?|nummer)\s?\d{1,4}(?:\s?[a-h])?(?![\w,.]\d)"
# "1. th.", "st. tv", "2. sal": a floor and side, required after a street of any name
_FLOOR_SAID = r",?\s(?:\d{1,2}\.?\s?(?:sal|tv|th|mf)\.?|st\.?\s?(?:tv|th|mf)\.?)"
_BESIDE_WAY = (
    rf"(?:{BESIDE_ADVERB}\s){{0,3}}{BESIDE}\s"
    r"(?:(?!\s(?:og|men|har|fik|får|er|var)\s)[^.!?\n]){0,40}?"
)
_CAN_MATCH = re.compile(
    rf"{COLOUR}\s(?:{LETTER}{{2,}})?(?:{HOME}|{FARM})\s|"
    rf"(?:hans|hendes|deres|dennes|dit|din|jeres)\s(?:{LETTER}+\s)?(?:{HOME}|{FARM})\s|"
    r"\b(?:bor|boede)\s"
)


@recognizer
class LandmarkHomeRecognizer(Recognizer):
    name = "address_landmark"
    version = "1"
    kind = "address"
    reason = "Privat adresse"
    patterns = (
        pattern(
            "home_by_landmark_street",
            rf"(?<!\w)(?P<v>{_SEEN_HOME}{_BY}{_LANDMARK},?\s(?:på|pa|paa|i|ved)\s"
            rf"(?P<street>{WORD}))(?!\w)",
            0.6,
            HOME_WORDS + FARM_WORDS,
        ),
        pattern(
            "home_by_landmark_number",
            rf"(?<!\w)(?P<v>{_SEEN_HOME}{_BY}{_LANDMARK},?\s{_HOUSE_NUMBER})",
            0.6,
            HOME_WORDS + FARM_WORDS,
        ),
        pattern(
            "lives_in_floor",
            rf"\b(?:bor|boede)\s(?:{_BESIDE_WAY}|{ADVERB})i\s"
            rf"(?P<v>(?P<w1>{LETTER}{{3,}})\s{NUMBER}{_FLOOR_SAID}{POSTCODE})",
            0.6,
            LIVES_WORDS,
        ),
    )

    def can_match(self, text: str) -> bool:
        return _CAN_MATCH.search(text) is not None

    def validate(self, match: re.Match[str], norm: Normalised) -> float | None:
        """The street of a landmark's home ends in a street word (a weak one, "bakken",
        written with a capital); the street after "bor i" is written with a capital
        (unless the whole text is in small letters)."""
        groups = match.re.groupindex
        if "street" in groups:
            street = match.group("street")
            suffix = next((x for x in SUFFIXES if street.endswith(x)), None)
            if suffix is None or len(street) - len(suffix) < 2:
                return None
            if not street.endswith(STRONG) and not capitalised(norm, match.start("street")):
                return None
        if "w1" in groups and not capitalised(norm, match.start("w1")) and not norm.raw.islower():
            return None
        return 0.0
