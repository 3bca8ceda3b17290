"""Private life around a person: children's classes, schools and institutions.

"hans datter går i 3.b på Byskolen", "henter hende i børnehaven" (a partner's or close
relative's workplace is ``spouse``; routines are ``routine``). The writer's own
life ("mit barn går i børnehave", "jeg tager bussen hver dag kl. 8") is not matched.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from borgerpost.detect.normalise import Normalised
from borgerpost.detect.pii.base import (
    Pattern,
    Recognizer,
    first_matches,
    pattern,
    recognizer,
    words,
)
from borgerpost.detect.pii.family_words import (
    ADVERBS,
    CHILD,
    CHILD_GENITIVE,
    CHILD_THEN_FROM,
    CLASS_AT_SCHOOL,
    CLAUSE,
    GAME,
    GROUNDS_OF,
    HAS_ACTIVITY_WHEN,
    HAS_ADVERBS,
    INSTITUTION,
    NAMED_INSTITUTION_TAIL,
    NOT_A_NAME,
    POSS,
    SEEN_DOING,
    WHEN,
)
from borgerpost.detect.pii.owner import FIRST_PERSON, WRITER, nearest_person

# Pattern keywords (``Pattern.keywords``): every match of the group above contains one.
CHILD_WORDS = ("datter", "døtre", "søn", "barn", "børn", "dreng", "pige", "unger", "knægt",
               "tvilling", "lille", "yngste", "ældste", "mellemste")  # fmt: skip
# ("lillesøster", "lillebror", "barnebarn", "børnebørn" contain "lille", "barn", "børn")
PICK_UP_WORDS = ("hente", "aflevere")  # "henter", "hentede", "afleverer" contain them
_PICK_UP = r"henter|hente|hentede|afleverer|aflevere|afleverede"
# where a child goes: "i/på" and, within the clause, its class or institution ("i 2.c på
# Bakkeskolen", "i samme klasse som min niece, 2.c"), perhaps with the school after it
_AT_INSTITUTION = (
    rf"(?:i|på)\s{CLAUSE}{{0,40}}?{INSTITUTION}(?:\s(?:på|i)\s{CLAUSE}{{0,30}}?(?:skole|skolen)\b)?"
)


# Where a child pattern can start: a child word, or a possessive right before one.
_CHILD_AT = re.compile(rf"(?<!\w)(?={CHILD})")
_PICK_UP_AT = re.compile(rf"(?<!\w)(?={_PICK_UP})")
_HAS_AT = re.compile(r"(?<!\w)(?=har\s|fik\s)")
_POSSESSIVE_CHAR = re.compile(r"[^\W\d_]|'")
_WORD_CHAR = re.compile(r"\w")
_FIRST_WORD = re.compile(r"[\w'-]+")


class PrivateLife(Recognizer):
    """Shared hook: the writer's own family and habits are not matched."""

    def validate(self, match: re.Match[str], norm: Normalised) -> float | None:
        if "owner" in match.re.groupindex:  # "ved din bil": the possessive says whose
            return None if match.group("owner") in FIRST_PERSON else 0.0
        return self.nearest_owner(match, norm)

    @staticmethod
    def nearest_owner(match: re.Match[str], norm: Normalised) -> float | None:
        """None where the person nearest before the match in its clause is the writer."""
        start = match.start("v")
        # the first word without a full stop after it ("kone. Hun arbejder …"), so the
        # sentence it closes is read for its owner
        first_word = _FIRST_WORD.match(match.group("v"))
        end = start + (first_word.end() if first_word else 0)
        return None if nearest_person(norm, end) == WRITER else 0.0


@recognizer
class ChildRecognizer(PrivateLife):
    name = "child"
    version = "1"
    kind = "child"
    reason = "Barns skole/institution"
    context = words("skole skolen klasse børnehave vuggestue sfo træning hver")
    prefilter = re.compile(
        r"datter|døtre|søn|barn|børn|dreng|pige|unge|knægt|tvilling|lille|hent|aflever|hvilk"
        r"|yngste|ældste|mellemste"
    )
    patterns = (
        pattern(
            "goes_to",
            rf"(?<!\w)(?P<v>(?:{POSS}\s)?{CHILD}\s(?:går|gaar|gående|er|kommer|starter|begynder)\s"
            rf"{ADVERBS}{_AT_INSTITUTION})",
            0.6,
            CHILD_WORDS,
        ),
        pattern(
            # probe round 279: an institution told by its own name and street, no
            # institution word ("hans søn går i Troldehøjen på Skovvej"): both capitals
            "goes_to_named",
            rf"(?<!\w)(?P<v>{POSS}\s{CHILD}\s(?:går|gaar)\s{ADVERBS}(?:i|på)\s"
            r"(?P<street>[^\W\d_]{3,})\s(?:på|i)\s(?P<road>[^\W\d_]{3,}))",
            0.6,
            CHILD_WORDS,
        ),
        pattern(
            # the verb first ("Sjovt nok går Hulda Grønnings drenge i samme klasse som min
            # niece, 2.c på Bakkeskolen"): the child and its class or school after "går"
            "goes_to_inverted",
            rf"(?P<inv>)(?P<v>{POSS}\s{CHILD}\s{_AT_INSTITUTION})",
            0.6,
            CHILD_WORDS,
        ),
        pattern(
            # a person described by the child they have ("sagsbehandleren med den lille pige
            # i Blåhvalens Børnehave"): the child's institution tells who she is
            "described_by_child",
            rf"(?<!\w)(?P<v>med\s(?:den|de|sin|sine|hendes|hans)\s{CHILD}\s{_AT_INSTITUTION})",
            0.6,
            CHILD_WORDS,
        ),
        pattern(
            "seen_at",  # "dine drenge ved Vestskolen", "jeres børn ved Rosenhøj Skole"
            # "dine unger derude på Bakkeskolen": a "there" before the place
            # stop 35: how they look or what they do there between ("dine to små piger ser så
            # glade ud på legepladsen ved Lindevej")
            rf"(?<!\w)(?P<v>{POSS}\s{CHILD}\s{SEEN_DOING}?(?:(?:derude|derhenne|dernede|ude|henne|nede)\s)?"
            rf"(?:ved|på|i|uden\sfor|udenfor|foran)\s{GROUNDS_OF}?"
            rf"(?:[^\W\d_]+\s){{0,2}}?[^\W\d_]*{INSTITUTION})",
            0.6,
            CHILD_WORDS,
        ),
        pattern(
            # stop 29: children mentioned, then seen at their school ("Du har også børn, har
            # du ikke? Jeg har set dem ved skolen på Engvej"), probe round 307: "set dem gå ind på"
            "seen_them_at",
            rf"(?<!\w)(?P<v>{CHILD}(?:{CLAUSE}|[.?!]\s){{0,80}}?(?:set|så|ser|mødt)\s"
            rf"(?:dem|ham|hende)\s(?:(?:derude|derhenne|dernede|ude|henne|nede|gå\sind|gå\sud)\s)?"
            rf"(?:ved|på|uden\sfor|udenfor|foran)\s(?:[^\W\d_]+\s){{0,2}}?[^\W\d_]*{INSTITUTION}"
            rf"(?:\s(?:på|i)\s[^\W\d_]+)?)(?P<seen>)",
            0.6,
            CHILD_WORDS,
        ),
        pattern(
            # stop 29: someone's child, then the institution it comes home from, named by its
            # street ("Sød lille pige du har … hvis hun en dag ikke kom hjem fra børnehaven på
            # Kastanjevej")
            "institution_later",
            # (round 183: a spot of its grounds between, "venter ved lågen til børnehaven på …")
            rf"(?<!\w)(?P<v>{CHILD_THEN_FROM}{GROUNDS_OF}?{INSTITUTION}\s(?:på|i)\s"
            r"(?P<street>[^\W\d_]{3,}))"
            r"(?P<seen>)",
            0.6,
            CHILD_WORDS,
        ),
        pattern(
            # stop 30: the same, the institution named by its own compound ("… søde tvillinger.
            # … hvis der skete dem noget på vej hjem fra Rønnebærskolen")
            "named_institution_later",
            # probe round 223: or by a name of its own before "Skole" ("… Han går stadig på
            # Vestervang Skole, ikke?"; the capital is checked in ``validate``)
            rf"(?<!\w)(?P<v>{CHILD_THEN_FROM}(?P<street>[^\W\d_]{{2,}}{NAMED_INSTITUTION_TAIL}"
            rf"|[^\W\d_]{{3,}}\s{NAMED_INSTITUTION_TAIL}))"
            r"(?P<seen>)",
            0.6,
            CHILD_WORDS,
        ),
        pattern(
            # probe round 377b: someone's children, then the place they go to by its name
            # alone ("Dine drenge er søde. De går vist på Myretuen?"): a capital (validate)
            "named_place_later",
            rf"(?<!\w)(?P<v>{CHILD}(?:{CLAUSE}|[.?!]\s){{0,80}}?(?:de|dem|han|ham|hun|hende)\s"
            rf"(?:(?:der|som)\s)?(?:går|gaar)\s{ADVERBS}(?:i|på)\s(?!jobcent|kommune)"
            # round 425: or the class, perhaps with its school ("Hun går vist i 2.a på …")
            rf"(?:(?P<street>[^\W\d_]{{4,}})|{CLASS_AT_SCHOOL}))(?!\w)(?P<seen>)",
            0.6,
            CHILD_WORDS,
        ),
        pattern(
            # "Kornums søn, 4.a på Tornby Friskole": the class or school told in apposition
            "apposition",
            rf"(?<!\w)(?P<v>{POSS}\s{CHILD},\s(?:(?:i|på)\s)?(?:[^\W\d_]+\s){{0,2}}?"
            rf"[^\W\d_]*{INSTITUTION}(?:\s(?:på|i)\s{CLAUSE}{{0,30}}?(?:skole|skolen)\b)?)",
            0.6,
            CHILD_WORDS,
        ),
        pattern(
            "activity",  # "hans søn går til fodbold i Byens IF"
            rf"(?<!\w)(?P<v>(?:{POSS}\s)?{CHILD}\s(?:går\stil|spiller|træner|dyrker|{HAS_ACTIVITY_WHEN})\s"
            rf"[^\W\d_]+(?:\s(?:i|hos|på)\s[^\W\d_]+(?:\s[^\W\d_]+)?)?)",
            0.5,
            CHILD_WORDS,
        ),
        pattern(
            # round 183: the child seen at an activity in a place ("så din søn til håndbold i
            # hallen", "har set hans datter til ridning på Egely"): where and when it is found
            "seen_at_activity",
            rf"(?<!\w)(?P<v>{POSS}\s{CHILD}\s(?:til|ved)\s[^\W\d_]{{4,}}\s(?:i|på|ved|hos)\s"
            rf"(?!{NOT_A_NAME}\b|{WHEN}\b|jobcent)[^\W\d_]{{3,}})(?P<seen_doing>)",
            0.6,
            CHILD_WORDS,
        ),
        pattern(
            # stop 32: the child's sport in a relative clause, with its team or ground ("har en
            # søn, der spiller fodbold på U11-holdet på Vestervang Stadion")
            "has_child_who_plays",
            rf"(?<!\w)(?P<v>(?:har|fik)\s{HAS_ADVERBS}(?:en\s|et\s)?"
            rf"(?:[^\W\d_]+\s){{0,2}}?{CHILD},?\s(?:der|som)\s(?:går\still|spiller|træner|dyrker)\s"
            r"[^\W\d_]+\s(?:på|i|hos|ved)\s[\w-]+(?:\s(?:på|i|ved)\s[^\W\d_]+)?)",
            0.6,
            CHILD_WORDS,
        ),
        pattern(
            "club_of",  # "din søns fodboldklub", "hendes datters skole": the child's place
            rf"(?<!\w)(?P<v>{POSS}\s{CHILD_GENITIVE}\s[^\W\d_]*(?:{INSTITUTION}|hold\b|holdet\b))",
            0.6,
            CHILD_WORDS,
        ),
        pattern(
            # probe round 293: the child's match or a practice with the children, placed
            # ("hendes datters håndboldkamp i Vejen", "Hansens løbetræning med pigerne på Ådalen")
            "game_with_child",
            rf"(?<!\w)(?P<v>{POSS}\s(?:{CHILD_GENITIVE}\s[^\W\d_]*{GAME}|[^\W\d_]*{GAME}\smed\s"
            rf"(?:sine\s|hans\s|hendes\s)?(?:drengene|pigerne|{CHILD}))\s(?:i|på|ved)\s(?!{NOT_A_NAME}\b|{WHEN}\b|jobcent)"
            r"[^\W\d_]{3,})",
            0.6,
            CHILD_WORDS,
        ),
        pattern(
            "has_at",  # "har selv to børn på Hedegårdsskolen", "har en datter i 3.b"
            # "har en sød lille datter på Vestre Skole": adjectives before the child, a
            # named school of two words
            rf"(?<!\w)(?P<v>(?:har|fik)\s{HAS_ADVERBS}(?:en\s|et\s)?"
            # (stop 35: a team as well, "har en søn på håndboldholdet i Veksø")
            rf"(?:[^\W\d_]+\s){{0,2}}?{CHILD}\s(?:på|i|ved)\s"
            rf"(?:[^\W\d_]+\s)?[^\W\d_]*(?:{INSTITUTION}|holdet\b))",
            0.6,
            CHILD_WORDS,
        ),
        pattern(
            # "har to små piger, der går i børnehaven Mælkebøtten": the child in a relative
            # clause, the institution named (a bare "går i børnehaven" names none)
            "has_child_who_goes",
            rf"(?<!\w)(?P<v>(?:har|fik)\s{HAS_ADVERBS}(?:en\s|et\s)?"
            rf"(?:[^\W\d_]+\s){{0,2}}?{CHILD},?\s(?:der|som)\s(?:går|gaar|er)\s(?:på|i)\s"
            # "har en søn, der går i 2.b på Engtoftskolen": a class is one child's own
            rf"(?:[^\W\d_]+{INSTITUTION}|{INSTITUTION}\s(?!{NOT_A_NAME}\b)[^\W\d_]{{3,}}|"
            rf"\d\.\s?[a-z](?!\w)|"
            # round 195: the institution placed by its street ("går i SFO på skolen ved
            # Ellemosevej")
            rf"{INSTITUTION}\s(?:på|ved|i)\s(?:{INSTITUTION}\s(?:på|ved|i)\s)?"
            r"[^\W\d_]{3,}(?:vej|gade|allé|alle|stien|vænget|parken|plads)\b|"
            # "to små piger der går i Bakkebo Børnehus": a named institution of two words
            rf"(?!(?:den|det|de|en|et|sin|sit|hans|hendes|min|mit|vores|jeres)\s)[^\W\d_]{{3,}}\s{INSTITUTION}))",
            0.6,
            CHILD_WORDS,
        ),
        pattern(
            "picks_up",
            rf"(?<!\w)(?P<v>(?:{_PICK_UP})\s(?:hende|ham|dem|{POSS}\s{CHILD}|{CHILD}|sin\s\w+|sine\s\w+)"
            rf"\s{CLAUSE}{{0,30}}?(?:i|fra|på|ved)\s{CLAUSE}{{0,20}}?{INSTITUTION})",
            0.6,
            PICK_UP_WORDS,
        ),
        pattern(
            # stop 32: a child picked up at an institution told by its own name and street
            # ("hente sin lille pige i Solsikken på Møllevej"): both capitals (validate)
            "picks_up_named",
            rf"(?<!\w)(?P<v>(?:{_PICK_UP})\s(?:{POSS}\s)?{CHILD}\s(?:i|fra|på)\s"
            r"(?P<street>[^\W\d_]{3,})\s(?:på|i)\s(?P<road>[^\W\d_]{3,}))",
            0.6,
            PICK_UP_WORDS,
        ),
        pattern(
            "which_institution",  # "(ved) hvilken vuggestue hun henter sin søn i"
            rf"(?<!\w)(?P<v>(?:hvilken|hvilket|hvilke)\s{INSTITUTION}\s(?P<who>[^\W\d_]+)\s"
            r"(?:[^\W\d_]+\s){0,2}?"  # round 441: "Katalins lille pige"
            rf"(?:{_PICK_UP}|går\si|gaar\si)(?:\s(?:hende|ham|dem|{POSS}\s{CHILD}|{CHILD}|"
            r"sin\s\w+|sine\s\w+))?)(?!\w)",
            0.6,
            ("hvilk",),
        ),
    )

    def validate(self, match: re.Match[str], norm: Normalised) -> float | None:
        """ "hvilken skole hun henter …" names its subject after the institution: the
        writer's own only when that is "jeg" or "vi"."""
        if "who" in match.re.groupindex:
            return None if match.group("who") in FIRST_PERSON else 0.0
        if (
            "seen" in match.re.groupindex
            and not _OWNED_BEFORE.search(norm.text, max(0, match.start() - 30), match.start())
            and not _OWNED_AFTER.match(norm.text, match.start())
        ):
            return None  # "børnene fra 3.b …, jeg så dem ved skolen": nobody's children
        if "seen_doing" in match.re.groupindex and not _SEEN_BEFORE.search(
            norm.text, max(0, match.start() - 20), match.start()
        ):
            return None  # "din datter til svømning i hallen" needs someone who saw her there
        street = match.start("street") if "street" in match.re.groupindex else -1
        if street >= 0 and not norm.capital_at(street):
            return None  # "kommer hjem fra skole i morgen": a time, not where the school is
        if "road" in match.re.groupindex and not norm.capital_at(match.start("road")):
            return None  # "henter sin søn i Netto på vej hjem": no institution's street
        if "inv" in match.re.groupindex and not _GOES_BEFORE.search(
            norm.text, max(0, match.start() - 30), match.start()
        ):
            return None  # "… drenge i 2.c" needs the "går" before the owner
        if _BARE_INSTITUTION.search(match.group("v")) and not _named_after(norm.text, match.end()):
            return None  # "hvor hendes børn går i skole": which school is not said
        return super().validate(match, norm)

    def matches(self, pat: Pattern, text: str) -> Iterator[re.Match[str]]:
        """Tried only where a match can start (``first_matches``): the optional possessive
        before the child word made a full scan try a match at every word of the text."""
        if pat.name in ("which_institution", "game_with_child"):
            return pat.regex.finditer(text)
        if pat.name in ("picks_up", "picks_up_named"):
            return first_matches(pat.regex, text, _starts(_PICK_UP_AT, text))
        if pat.name in ("has_at", "has_child_who_goes", "has_child_who_plays"):
            return first_matches(pat.regex, text, _starts(_HAS_AT, text))
        if pat.name == "described_by_child":
            return first_matches(pat.regex, text, _starts(_WITH, text))
        return first_matches(pat.regex, text, _child_starts(text))


_WITH = re.compile(r"(?<!\w)med\s")
# "Sød lille pige du har": the child word, then who has it
_OWNED_AFTER = re.compile(rf"{CHILD}\s(?:du|I|han|hun|de)\s(?:har|fik)(?!\w)")
# "Du har også (to) børn", "hendes drenge": children someone has, right before the child word
_OWNED_BEFORE = re.compile(
    rf"(?<!\w)(?:har|{POSS})\s(?:(?:også|selv|jo|vist|nok|en|et|to|tre|fire|små|store|nogle|"
    # stop 30: "har nogle søde tvillinger"
    rf"søde|dejlige|skønne|fine|smukke)\s){{0,3}}$"
    # probe round 223: the children a second thing someone has ("har vist en rød Fiat og to
    # små piger"): a short object, then "og"
    rf"|(?<!\w)har\s(?:[^\W\d_]+\s){{1,4}}og\s(?:(?:også|to|tre|fire|små|store|nogle|"
    rf"søde|dejlige)\s){{0,2}}$"
)
# "(jeg) så din datter til …": someone saw the child, right before its owner
_SEEN_BEFORE = re.compile(r"(?<!\w)(?:set|så|ser|mødt|mødte|møder)\s(?:[^\W\d_]+\s)?$")
# "går (Hulda) Grønnings drenge i …": the verb right before the owner, a first name between
_GOES_BEFORE = re.compile(r"(?<!\w)(?:går|gaar)\s(?:[^\W\d_]+\s)?$")
# A child "går i skole" names no school, nor (round 377) "har børn i institution"; "går i 3.b" does
_BARE_INSTITUTION = re.compile(
    r"\s(?:går|gaar|gående|er|kommer|starter|begynder|børn|barn)\s(?:i|på)\s(?:skole|børnehave|"
    r"vuggestue|sfo|dagpleje|gymnasium|efterskole|institution|klub)$"
)
_PLACE_AFTER = re.compile(r"(?:'?\w*)\s(?:på|i|ved|hos|ude\spå|nede\spå|henne\spå)\s\w")
# the school named soon after: "går i skole, Rahimi. Det er Nørrebro Friskole, 3.B."
_NAMED_INSTITUTION = re.compile(
    r"\w(?:skole|skolen|børnehave|børnehaven|børnehus|vuggestue|vuggestuen)\b|\b\d\.\s?[a-z]\b"
)
_NAMED_REACH = 80


def _named_after(text: str, end: int) -> bool:
    """Where the child goes is said right after a bare "går i skole": a place, or a named
    institution or a class within ``_NAMED_REACH`` characters."""
    return bool(
        _PLACE_AFTER.match(text, end) or _NAMED_INSTITUTION.search(text, end, end + _NAMED_REACH)
    )


@lru_cache(maxsize=8)
def _starts(regex: re.Pattern[str], text: str) -> tuple[int, ...]:
    """Where ``regex`` matches in ``text``: the same few start scans serve every pattern of
    the recognizer, so each is done once per text, not once per pattern."""
    return tuple(m.start() for m in regex.finditer(text))


@lru_cache(maxsize=2)
def _child_starts(text: str) -> tuple[int, ...]:
    """Each child word, and each place a possessive (``POSS``: letters and apostrophes,
    after no word character) can start in the word right before it; sorted, once per text
    (a dozen patterns start there)."""
    found: list[int] = []
    for at in _starts(_CHILD_AT, text):
        found.append(at)
        if at < 2 or not text[at - 1].isspace():
            continue
        first = at - 1
        while first > 0 and _POSSESSIVE_CHAR.match(text, first - 1):
            first -= 1
        found.extend(
            start
            for start in range(first, at - 1)
            if start == 0 or not _WORD_CHAR.match(text, start - 1)
        )
    return tuple(sorted(set(found)))
