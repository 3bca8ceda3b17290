"""Danish street addresses: "Kastanievej 22", "Lærkestien 5, 7300 Byby", "Vester Allé 3, 2. tv".

A street is a word ending in a street suffix (vej, gade, allé, sti, vænget, parken, høj …)
followed by a house number, an optional floor and side, postcode and town. Weak suffixes
(have, høj, bakken …) are ordinary words too and need a context word (bor, adresse …) or a
postcode. A home described without a number counts where it says so: "bor på Birkevej";
a street of any name counts with a number after "bor på", a spot of a home or a home told
by sight ("bilen i indkørslen på Skovbrynet 14", "det røde hus med carport ved Lien 3").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from borgerpost.detect.normalise import Normalised
from borgerpost.detect.pii.address_words import (
    ADDRESS_WORD,
    ADDRESS_WORDS,
    ADVERB,
    AT_HOME_WORDS,
    BESIDE,
    BESIDE_ADVERB,
    COLOUR,
    FARM,
    FARM_WORDS,
    FIXTURE_HAD,
    FIXTURE_OWNED,
    FIXTURE_WORDS,
    FLOOR,
    GATE_WORDS,
    HAD,
    HOME,
    HOME_HAD,
    HOME_SEEN_AT_NUMBER,
    HOME_TO_WORDS,
    HOME_WORDS,
    KEEPS,
    LETTER,
    LIVES_OR_HOME,
    LIVES_WORDS,
    NEIGHBOUR_WORDS,
    NUMBER,
    NUMBER_WORDS,
    ON_FLOOR_BY_LANDMARK,
    OUT_THERE,
    OWNED,
    POSTCODE,
    SEPARATE,
    SPOT,
    SPOT_WORDS,
    STREET_OPENER,
    STRONG,
    STRONG_STREET,
    SUFFIXES,
    WEAK,
    WHERE,
    WHERE_LIVES,
    WHICH_HOME,
    WORD,
)
from borgerpost.detect.pii.base import Pattern, Recognizer, capitalised, pattern, recognizer, words

_FACING = re.compile(r"(?<!\w)(?:foran|overfor|over\sfor)\s$")
_SPACE_DIGIT = re.compile(r"\s\d")
_ANCHORED = ("street", "named_street", "two_words")


@recognizer
class AddressRecognizer(Recognizer):
    name = "address"
    version = "1"
    kind = "address"
    reason = "Privat adresse"
    patterns = (
        pattern("street", rf"(?<!\w)(?P<v>(?P<street>{WORD})\s{NUMBER}{FLOOR}{POSTCODE})", 0.6),
        pattern(
            # "Gammel Kongevej 3", "H.C. Andersens Boulevard 2"; the two words on one line
            # (a signature's "Mvh Inge Bruun⏎Søndergade 5" is no street "Bruun Søndergade")
            "named_street",
            rf"(?<!\w)(?P<v>(?P<w1>{LETTER}[\w.]*)[^\S\n](?P<street>{WORD})\s{NUMBER}{FLOOR}{POSTCODE})",
            0.6,
        ),
        pattern(
            "two_words",
            rf"(?<!\w)(?P<v>(?P<w1>{LETTER}{{3,}})[^\S\n](?P<sep>{SEPARATE})\s{NUMBER}{FLOOR}{POSTCODE})",
            0.45,
        ),
        pattern(
            "lives_at",
            rf"\b(?:bor|boede|flyttet|flyttede)\s{ADVERB}(?:på|pa|i)\s(?P<v>(?P<street>{WORD}))\b",
            0.6,
            LIVES_WORDS,
        ),
        pattern(
            # "bor på Skovbrynet 3", "ordner have hjemme på Skovbrynet 8": a street of any
            # name, with a number
            "lives_at_number",
            rf"\b(?:bor|boede|flyttet|flyttede|hjemme)\s{ADVERB}(?:på|pa|paa)\s"
            rf"(?P<v>(?:{STREET_OPENER}\s)?(?P<w1>{LETTER}{{3,}})\s{NUMBER}{FLOOR}{POSTCODE})",
            0.6,
            LIVES_WORDS + AT_HOME_WORDS,
        ),
        pattern(
            # "de bor jo lige overfor min svigerinde på Hyldebærvej 31": see ``BESIDE``
            "lives_beside_number",
            rf"\b(?:bor|boede)\s(?:{BESIDE_ADVERB}\s){{0,3}}{BESIDE}\s"
            r"(?:(?!\s(?:og|men|har|fik|får|er|var)\s)[^.!?\n]){0,40}?"
            rf"(?:på|pa|paa)\s(?P<v>(?P<w1>{LETTER}{{3,}})\s{NUMBER}{FLOOR}{POSTCODE})",
            0.55,
            LIVES_WORDS,
        ),
        pattern(
            # probe round 279: "hvor hun bor: Lindebakken 12" (``WHERE_LIVES``, w1: a capital)
            "where_lives_number",
            WHERE_LIVES,
            0.6,
            LIVES_WORDS,
        ),
        pattern(
            "home_spot_number",  # "i indkørslen på Skovbrynet 14", "postkassen på Lærkevej 3"
            rf"\b{SPOT}\s(?:på|pa|paa|ved)\s(?P<v>(?P<w1>{LETTER}{{3,}})\s{NUMBER}{FLOOR}{POSTCODE})",
            0.6,
            SPOT_WORDS,
        ),
        pattern(
            # "bor ved siden af kirken i Østby, nummer 4", "i opgang 3", "i Gellerup, blok 4"
            "lives_at_house_number",
            r"\b(?:bor|boede)\s(?:han\s|hun\s|de\s|vedkommende\s)?"
            rf"{ADVERB}(?P<v>(?:i|på|ved|nede|oppe|ude|henne|ovre|lige|over|overfor|"
            # "tre huse længere nede ad vejen, i nr. 15": houses counted from the writer's
            r"(?:et|to|tre|fire|fem|seks|et\spar|nogle|få)\shuse?)\s"
            r"(?:(?!\s(?:og|men|har|fik|får|er|var)\s)[^.!?\n]){0,40}?"
            rf"(?:nummer|nr\.?|opgang|blok|bygning)\s?\d{{1,4}}(?:\s?[a-h])?(?!\w){FLOOR})",
            0.55,
            LIVES_WORDS,
        ),
        pattern(
            # stop 31: a car kept in the driveway of a named street ("holder i indkørslen på
            # Kastanievej fra halv fem"): the street of a home, with or without its number
            "kept_at_spot",
            # (stop 37: "en rød Toyota du har holdende i indkørslen på Engtoften": the
            # participle, and a weak street word counts there, the spot says it is a street)
            rf"\b{KEEPS}\s(?:[^\W\d_]+\s)?"
            rf"(?:i|ved)\s{SPOT}\s(?:på|ved)\s(?P<v>(?P<w1>(?P<street>{WORD})))(?P<spot>)\b",
            0.55,
            SPOT_WORDS,
        ),
        pattern(
            # stop 31: "fulgt efter dig fra rådhuset hjem til Tranevænget": the street someone
            # goes home to is where they live (a street word with a capital; whose home it is
            # the owner check decides)
            "home_to",
            rf"\bhjem\stil\s(?P<v>(?P<w1>(?P<street>{WORD})))\b",
            0.55,
            HOME_TO_WORDS,
        ),
        pattern(
            "neighbours_on",  # "X's naboer på Rosenvænget": the neighbours' street is X's
            rf"(?<!\w)[^\W\d_]{{2,}}s'?\snabo(?:er|erne|en)?\s(?:på|pa|paa|i)\s"
            rf"(?P<v>(?P<street>{WORD}))\b",
            0.55,
            NEIGHBOUR_WORDS,
        ),
        pattern(
            "number_first",  # "hans hus er nr 27 på Bøgeallé": the number before the street
            rf"\b(?:nr\.?|nummer)\s?(?P<v>\d{{1,4}}(?:\s?[a-h])?\s(?:på|pa|paa|i)\s(?P<street>{WORD}))\b",
            0.55,
            NUMBER_WORDS,
        ),
        pattern(
            "named_address",  # "hendes adresse er Engdraget 3", "privatadresse: Lundbyvang 12"
            rf"\b(?:{ADDRESS_WORD})\s?(?:er\s|:\s?|=\s?|-\s)?(?:nu\s)?(?:på\s)?"
            rf"(?P<v>(?P<w1>{LETTER}{{3,}})\s{NUMBER}{FLOOR}{POSTCODE})",
            0.6,
            ADDRESS_WORDS,
        ),
        pattern(
            "lives_at_later",  # "bor på 3. sal i opgang 12 på Grenåvej": the street further on
            rf"\b(?:bor|boede)\s(?:[^\s!?]+\s){{1,6}}?(?:på|pa|paa)\s(?P<v>(?P<street>{WORD}))\b",
            0.55,
            LIVES_WORDS,
        ),
        pattern(
            "lives_in_area_street",  # "bor i Viby, Holmevej, det gule hus": town, then street
            rf"\b(?:bor|boede)\s{ADVERB}(?:i|på)\s{LETTER}{{3,}}(?:\s{LETTER}{{3,}})?,\s"
            rf"(?P<v>(?P<street>{WORD}))\b",
            0.55,
            LIVES_WORDS,
        ),
        pattern(
            "lives_on_floor",  # "bor sammen med sin kæreste på 3. sal over pizzeriaet på Torvet"
            rf"\b(?:bor|boede)\s(?:[^\s!?.]+\s){{0,6}}?(?P<v>{ON_FLOOR_BY_LANDMARK})",
            0.55,
            LIVES_WORDS,
        ),
        pattern(
            "lives_out_by",  # "I bor ude ved Engdraget nu": a named place, written with a capital
            rf"\b(?:bor|boede)\s(?:nu\s)?(?:ude|henne|nede|oppe|ovre|lige)\s(?:ved|på|i)\s"
            rf"(?P<v>(?P<w1>{LETTER}{{3,}}))\b",
            0.55,
            LIVES_WORDS,
        ),
        pattern(
            "lives_in_quarter",  # "bor vist i Vang-kvarteret": a neighbourhood, not a town
            rf"\b(?:bor|boede)\s{ADVERB}(?:et\ssted\s|lige\s|henne\s|ude\s|nede\s)?(?:i|på)\s"
            rf"(?:det\s|den\s)?(?P<v>(?P<w1>{LETTER}[\w-]*kvarter(?:et)?))(?!\w)",
            0.55,
            LIVES_WORDS,
        ),
        pattern(
            "home_in_town",  # "mød op ved hans hus i Skovby": someone's home, by its town
            rf"(?<!\w)(?:hans|hendes|dennes|deres|din|jeres)\s"
            rf"(?P<v>{HOME}\s(?:i|på)\s(?P<w1>{LETTER}{{3,}}))(?!\w)",
            0.55,
            HOME_WORDS,
        ),
        pattern(
            "home_described",  # "bor alene i det gule hus (lige) ved åen": the house told by sight
            rf"\b(?:bor|boede)\s{ADVERB}(?:alene\s|selv\s)?(?:i|på)\s"
            rf"(?P<v>(?:det|et|den|en)\s(?:{LETTER}+\s)?{COLOUR}\s{HOME}\s(?:lige\s|helt\s)?"
            rf"(?:ved|på|i|bag|overfor|over\sfor|for\senden\saf)\s{LETTER}+(?:\s{LETTER}+)?)",
            0.55,
            LIVES_WORDS,
        ),
        pattern(
            # round 223: a home told by its colour, perhaps by a thing it has, then its street
            # ("det røde hus med carporten på Egevej", "den hvide gård ude ved Møllevej"): the
            # street word's suffix is checked in validate
            # probe round 361: "det gule træhus med de grønne skodder på hjørnet af Lærkevej"
            "home_by_sight",
            rf"(?<!\w)(?P<v>(?:den|det)\s(?:{LETTER}+\s)?{COLOUR}\s(?:{LETTER}{{2,}})?(?:{HOME}|{FARM})\s"
            rf"(?:med\s(?:{LETTER}+\s){{1,3}}?)?(?:{OUT_THERE}\s)?(?:lige\s)?(?:{WHERE}|ved)\s"
            rf"(?P<street>{WORD}))\b",
            0.55,
            HOME_WORDS + FARM_WORDS,
        ),
        pattern("home_by_sight_at_number", HOME_SEEN_AT_NUMBER, 0.6, HOME_WORDS + FARM_WORDS),
        pattern(
            # stop 37: which house is the person's, claimed known ("alle i Fløjstrup ved,
            # hvilket gult hus med trampolin i haven der er hans"): the home given away by sight
            "home_known_by_sight",
            rf"(?<!\w)(?P<v>{WHICH_HOME}[^.!?\n]{{0,50}}?\s(?:der|som)\s(?:er|tilhører)\s"
            r"(?:hans|hendes|deres))(?!\w)",
            0.6,
            HOME_WORDS + FARM_WORDS,
        ),
        pattern(
            "home_at",
            rf"(?<!\w)(?P<v>{HOME}(?:et|en)?\s{WHERE}\s(?P<street>{WORD}))\b",
            0.6,
            HOME_WORDS,
        ),
        pattern(
            "home_at_number",  # "den gule villa på Skovbrynet 21": a street of any name
            rf"(?<!\w){HOME}(?:et|en)?\s(?:på|pa|paa)\s"
            rf"(?P<v>(?P<w1>{LETTER}{{3,}})\s{NUMBER}{FLOOR}{POSTCODE})",
            0.6,
            HOME_WORDS,
        ),
        pattern(
            # "den villa du har på Rævebakken", "huset, han har købt i Vestergade": a home
            # said to be someone's, then its street
            "home_owned_at",
            rf"(?<!\w)(?P<v>{HOME}{OWNED}(?P<owned>)\s{WHERE}\s(?P<street>{WORD}))\b",
            0.6,
            HOME_WORDS,
        ),
        pattern(
            # probe round 231 (r231_veiledb): the owned home, then a street of any name with
            # its number ("pænt hus, du har på Bakkedraget 4"; a capital wanted in validate)
            "home_owned_at_number",
            rf"(?<!\w){HOME}{OWNED}\s(?:på|pa|paa)\s"
            rf"(?P<v>(?P<w1>{LETTER}{{3,}})\s{NUMBER}{FLOOR}{POSTCODE})",
            0.6,
            HOME_WORDS,
        ),
        pattern(
            # probe round 259 (threatB): a home someone has, told by sight, then its street
            # ("I har et stort hus med udsigt over engen nede på Møllevej"); or a person named
            # has it ("Signe Holm har en villa …", the name with a capital: home_had_by_name)
            "home_had_at",
            rf"(?<!\w)(?:du|han|hun|de|i)\s{HAD}(?P<v>{HOME_HAD}(?P<owned>)(?P<street>{STRONG_STREET}))\b",
            0.55,
            HOME_WORDS,
        ),
        pattern(
            "home_had_by_name",
            rf"(?<!\w)(?P<w1>{LETTER}{{3,}}),?\s{HAD}(?P<v>{HOME_HAD}(?P<owned>)(?P<street>{STRONG_STREET}))\b",
            0.55,
            HOME_WORDS,
        ),
        pattern(
            "fixture_owned_at",
            rf"(?<!\w)(?P<v>{FIXTURE_OWNED}{WHERE}\s(?P<street>{WORD}))\b",
            0.6,
            FIXTURE_WORDS,
        ),
        pattern(
            "fixture_had_at",
            rf"(?<!\w)(?P<v>{FIXTURE_HAD}(?P<owned>){WHERE}\s(?P<street>{WORD}))\b",
            0.6,
            FIXTURE_WORDS,
        ),
    )
    context = words(
        "bor boede adresse adressen bopæl hjem hjemme hjemmeadresse hus huset dør døren "
        "rækkehus villa lejlighed flyttet opgang postkasse"
    )

    _starts_memo: tuple[str, list[int]] | None = None

    def can_match(self, text: str) -> bool:
        """A street word before a number, or "bor på"/"huset på" somewhere (the regex only
        where one of its words occurs: it is slow to scan)."""
        if self._street_starts(text):
            return True
        if not any(w in text for w in GATE_WORDS):
            return False
        return LIVES_OR_HOME.search(text) is not None

    def _street_starts(self, text: str) -> list[int]:
        """``_street_starts`` of ``text``, kept: every street pattern asks for them."""
        if self._starts_memo is None or self._starts_memo[0] is not text:
            self._starts_memo = (text, _street_starts(text))
        return self._starts_memo[1]

    def matches(self, pat: Pattern, text: str) -> Iterator[re.Match[str]]:
        """Street patterns are tried only at words that end in a street suffix and stand
        before a number (found with plain string operations: much faster than a scan)."""
        if pat.name not in _ANCHORED:
            yield from pat.regex.finditer(text)
            return
        for start in self._street_starts(text):
            if pat.name != "street":  # "Gammel Kongevej 3": begin one word earlier
                start = text.rfind(" ", 0, max(start - 1, 0)) + 1
            m = pat.regex.match(text, start)
            if m is not None:
                yield m

    def validate(self, match: re.Match[str], norm: Normalised) -> float | None:
        groups = match.re.groupindex
        weak = False
        if "street" in groups:
            street = match.group("street")
            suffix = next((x for x in SUFFIXES if street.endswith(x)), None)
            street_capital = capitalised(norm, match.start("street"))
            # a home said to be someone's ("hus du har på …") or a spot of one ("indkørslen
            # på …"), then its street with a capital
            home_street = ("owned" in groups or "spot" in groups) and street_capital
            # stop 37: a street named by the word alone ("Skrænten", "Bakken") counts there
            bare_street = street == suffix and home_street
            if suffix is None or (len(street) - len(suffix) < 2 and not bare_street):
                return None  # no street word: "ventet 11", "udvej" (stem too short)
            weak = suffix in WEAK and not street.endswith(STRONG)
            # stop 29: "Vidar Rydahl, Tjørnehaven 8": a name, a comma, then the street, as
            # on an envelope: a weak street word is a street there
            weak = weak and not _after_a_name(norm, match.start())
            # round 164: a home said to be the person's, then a street with a capital ("smukt
            # hus I har på Birkedalen"): a weak street word is a street there too
            weak = weak and not home_street
            # stop 35: a street with a capital right after "foran"/"overfor" ("holder ude
            # foran Rosenhaven 4 hver aften"): a house faced, a street there too
            weak = weak and not (
                _FACING.search(norm.text, max(0, match.start() - 10), match.start())
                and street_capital
            )
        named = 0.0
        if "w1" in groups:
            # "bor på X 3" in a text typed all in lower case has no capital to show
            lives_at = "street" not in groups and "sep" not in groups and norm.raw.islower()
            if not capitalised(norm, match.start("w1")) and not lives_at:
                return None  # a word before the street only as part of its name: "Vester Allé"
            named = 0.1
        bonus = 0.2 if "zip" in groups and match.group("zip") else 0.0
        return named + bonus - (0.3 if weak else 0.0)


# round 183: a dash between them as well ("Ida Holm – Æblehaven 7, Vesthavn")
_NAME_THEN_COMMA = re.compile(r"([^\W\d_]+)(?:,| [–—-]) $")


def _after_a_name(norm: Normalised, start: int) -> bool:
    """The match follows "Name, " (or "Name – ") where the name is written with a capital."""
    m = _NAME_THEN_COMMA.search(norm.text, max(0, start - 40), start)
    return m is not None and norm.capital_at(m.start(1))


def _street_starts(text: str) -> list[int]:
    """Starts of words that end in a street suffix and stand right before a number."""
    out = []
    for m in _SPACE_DIGIT.finditer(text):
        start = m.start()
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        word = text[start : m.start()]
        if len(word) >= 3 and word.endswith(SUFFIXES):
            out.append(start)
    return out
