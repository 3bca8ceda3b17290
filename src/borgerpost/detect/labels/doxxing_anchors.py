"""Who private data in a text can be about: the anchors ``doxxing`` reads back to. A staff
mention, a staff title in a definite or possessive form ("sagsbehandleren", "min
sagsbehandler"), or a person pointed out by the register's unit ("ham den skaldede fra
Fleksjob").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from borgerpost.detect.normalise import Normalised, Token
from borgerpost.detect.staff import StaffMatcher, StaffMention
from borgerpost.detect.staff_words import TITLES, is_title

_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True, slots=True)
class Anchor:
    """Who the data is about: a staff mention or a staff title, as a normalised span."""

    start: int
    end: int
    raw_start: int
    raw_end: int
    who: str  # "Mads Overgaard" or "en medarbejder (sagsbehandleren)"
    rule: str
    reason: str
    confidence: float


def find_anchors(
    norm: Normalised, mentions: list[StaffMention], matcher: StaffMatcher
) -> list[Anchor]:
    out = [
        Anchor(
            m.norm_start, m.norm_end, m.start, m.end, m.member.name,
            f"staff:{m.rule}", m.reason, m.confidence,
        )
        for m in mentions
    ]  # fmt: skip
    taken = [(a.start, a.end) for a in out]
    words = norm.words
    for k, tok in enumerate(words):
        if any(s <= tok.start < e for s, e in taken):
            continue
        if _role_reference(norm, tok):
            who = f"en medarbejder ({norm.raw[tok.raw_start : tok.raw_end]})"
        elif _unit_reference(words, k, matcher):
            who = f"en medarbejder (fra {norm.raw[tok.raw_start : tok.raw_end]})"
        else:
            continue
        anchor = Anchor(
            tok.start, tok.end, tok.raw_start, tok.raw_end, who, "role", f"Henviser til {who}", 0.6
        )
        out.append(anchor)
    out.extend(_staff_car_park(norm))
    return sorted(out, key=lambda a: a.start)


# "Den røde Golf med pladen BT 55 210 på medarbejderparkeringen – jeg ved godt, hvis den
# er": a car on the staff's own car park, whose owner the writer says they know
STAFF_CAR_PARKS = ("medarbejderparkering", "personaleparkering", "medarbejderpladsen")
_OWNER_KNOWN = re.compile(
    r"\b(?:ved|kender)\s(?:\w+,?\s){0,2}?(?:hvis|hvem)\s(?:den|bilen|vognen)\s(?:er|tilhører)\b"
    r"|\b(?:ved|kender)\s(?:\w+,?\s){0,2}?hvem\sder\s(?:ejer|kører\si)\s(?:den|bilen)\b"
)
CAR_PARK_RULE = "staff_car_park"  # an anchor for a car's data only (``VEHICLE_KINDS``)
VEHICLE_KINDS = frozenset(("plate", "routine"))


def _staff_car_park(norm: Normalised) -> list[Anchor]:
    """The staff car park as the anchor of a car's plate, where the text says the writer
    knows whose car it is (a car reported for blocking the exit is nobody's data)."""
    if not _OWNER_KNOWN.search(norm.text):
        return []
    return [
        Anchor(tok.start, tok.end, tok.raw_start, tok.raw_end,
               "en medarbejder (bil på personalets parkeringsplads)", CAR_PARK_RULE,
               "Bil på personalets parkeringsplads, hvis ejer skribenten kender", 0.6)
        for tok in norm.words
        if tok.text.startswith(STAFF_CAR_PARKS)
    ]  # fmt: skip


# the titles of a work placement's own people ("praktikvejleder", "praktikmentoren"): the firm's
_PLACEMENT_ROLES = ("praktik",)


def _role_reference(norm: Normalised, tok: Token) -> bool:
    """A staff title that points to one person: "sagsbehandleren", "min sagsbehandler",
    also in the genitive ("min sagsbehandlers bil", "konsulentens kone")."""
    word = tok.text
    if word.startswith(_PLACEMENT_ROLES):
        return False  # probe round 409: "min praktikvejleder i Kvickly" is the firm's person
    if (word.endswith("ne") and is_title(word[:-2])) or (
        word.endswith("erne") and is_title(word[:-4])
    ):
        return _one_of(norm, tok.start)  # "en af sagsbehandlerne (konsulenterne) …"
    if not is_title(word):
        if not (word.endswith("s") and is_title(word[:-1])):
            return False
        word = word[:-1]
    return (
        _definite(word)
        or _possessed(norm, tok.start)
        or _pointed(norm, tok.start)
        or _as_the_head(norm, tok.start, word)
    )


def _definite(word: str) -> bool:
    """A title in its definite form ("sagsbehandleren", "chefen"). Probe round 307: a title
    that itself ends in n ("kontaktperson") is indefinite: "jeg er kontaktperson på
    bostedet" is the writer's own post, so the institution's address after it is nobody's
    private data; "kontaktpersonen" still points to one person."""
    return word.endswith(("en", "n")) and word not in TITLES


# round 191: a one-holder post ("jobcenterchef", "afdelingsleder") said as what "man" is where
# the data is told ("bor man på Kirkevej som afdelingsleder, …"): the generic "man" is the one
# person in that post
_HEAD_POSTS = ("chef", "leder", "direktør")
_GENERIC_MAN = re.compile(r"(?<!\w)man(?!\w)")


def _as_the_head(norm: Normalised, pos: int, word: str) -> bool:
    """ "bor man på Kirkevej som jobcenterchef": a head's post after "som", with "man" shortly
    before."""
    before = _words_before(norm, pos, 48)
    if not before or before[-1] != "som" or not word.endswith(_HEAD_POSTS):
        return False
    return _GENERIC_MAN.search(" ".join(before[:-1])) is not None


def _one_of(norm: Normalised, pos: int) -> bool:
    """ "en af sagsbehandlerne", "én af konsulenterne": one person out of the staff (stop 32)."""
    before = _words_before(norm, pos, 12)[-2:]
    return len(before) == 2 and before[0] in ("en", "én", "et", "ét") and before[1] == "af"


# "ham den skaldede fra Fleksjob", "hende i Sygedagpenge": a person pointed out by unit
DEMONSTRATIVES = frozenset(("den", "denne"))
PERSON_POINTERS = frozenset("ham hende den manden kvinden damen fyren typen".split())  # noqa: SIM905
# the jobcentre itself as the place a pointed-out person is from ("ham fra jobcentret")
JOBCENTRE_WORDS = frozenset(
    ("jobcentret", "jobcenteret", "jobcentrene",
     # stop 33: a jobcentre's units that a register may not list ("ham den høje fra
     # virksomhedsservice")
     "virksomhedsservice", "virksomhedsservicen", "jobservice", "ydelse", "ydelseskontoret",
     "ydelsesafdelingen", "visitationen", "integrationsafdelingen", "beskæftigelsesafdelingen")
)  # fmt: skip
UNIT_REACH = 6  # "hende den lyshårede fra skranke 2 i kontanthjælpen"


# probe round 173: "kvinden i skranke 2", "manden ved skranke 4": a numbered desk of the
# jobcentre's front office places its staff member as a unit does
DESK_WORDS = frozenset(("skranke", "skrankeplads"))
_DESK_PREPOSITIONS = ("fra", "i", "på", "ved", "bag")


def _unit_reference(words: list[Token], k: int, matcher: StaffMatcher) -> bool:
    """A unit of the register, or the jobcentre itself ("ham fra jobcentret"), after
    "fra/i/på", or a numbered desk ("i skranke 2"), with a pointer to a person shortly
    before: a staff member identified without a name."""
    if k < 1:
        return False
    word = words[k].text
    desk = (
        word in DESK_WORDS
        and words[k - 1].text in _DESK_PREPOSITIONS
        and k + 1 < len(words)
        and words[k + 1].text.isdigit()
    )
    if not desk and words[k - 1].text not in ("fra", "i", "på"):
        return False
    if not desk and matcher.unit_named(word) is None and word not in JOBCENTRE_WORDS:
        return False
    return any(w.text in PERSON_POINTERS for w in words[max(0, k - 1 - UNIT_REACH) : k - 1])


def _pointed(norm: Normalised, pos: int) -> bool:
    """ "den teamleder, der afviste mig", "den rødhårede sagsbehandler": a demonstrative,
    perhaps with an adjective, points out one person by title."""
    before = _words_before(norm, pos, 24)[-2:]
    if before[-1:] and before[-1] in DEMONSTRATIVES:
        return True
    return len(before) == 2 and before[0] in DEMONSTRATIVES and before[1].endswith("e")


def _possessed(norm: Normalised, pos: int) -> bool:
    before = _words_before(norm, pos, 12)
    return bool(before) and before[-1] in ("min", "mit", "din", "jeres", "hans", "hendes")


def _words_before(norm: Normalised, pos: int, reach: int) -> list[str]:
    """The words in the ``reach`` characters before ``pos`` (the first may be cut)."""
    return _WORD.findall(norm.text[max(0, pos - reach) : pos])


# "att. Navn, Torvegade 10", "v/ Navn", "c/o Navn": a letterhead, the name is the addressee;
# up to two words between, for a title (``for_attention``)
_FOR_ATTENTION = re.compile(
    r"(?:\batt\b|\bv/|\bc/o\b)[.:]*\s*(?P<between>(?:[^\W\d_]+[^\S\n]+){0,2})$"
)
_ATTENTION_REACH = 50  # characters back from the name to "att."


def for_attention(text: str, name_start: int) -> bool:
    """The name at ``name_start`` follows "att." (or "v/", "c/o"): an envelope's addressee,
    so an address after it is the office's. Probe round 267: the addressee's title may stand
    between ("att. teamleder Bo Kragh, Torvegade 12", "att. fungerende afdelingsleder …"),
    the last word a staff title; "att. min nabo Bo Kragh" is no letterhead of the office."""
    m = _FOR_ATTENTION.search(text, max(0, name_start - _ATTENTION_REACH), name_start)
    if m is None:
        return False
    between = m.group("between").split()
    return not between or is_title(between[-1])


# probe round 353 (threatA): a sentence headed "Privat:" (or "Privatadresse:", "Hjemme:")
# lists the private data of the person the text is about, a staff member named before it
# ("Ole Berg, som lukkede min sag. Privat: Engvej 4, 4000 Roskilde"), whatever "min" the
# sentence about him held: the writer does not head his own data so
_PRIVATE_HEADER = re.compile(
    r"\s*(?:privat|privatadresse|privatnummer|privatmobil|hjemme|hjemmeadresse|bopæl)\s?:"
)


def headed_private(
    text: str, sentence_start: int, at: int, anchors: list[Anchor]
) -> Anchor | None:
    """The anchor last before a "Privat:" header that opens the sentence the data at ``at``
    is in, or None where there is no such header (or no anchor before it)."""
    header = _PRIVATE_HEADER.match(text, sentence_start, at)
    if header is None:
        return None
    before = [a for a in anchors if a.end <= sentence_start]
    return before[-1] if before else None
