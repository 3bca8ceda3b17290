"""Which exact hits of the staff automaton stand: the checks on a hit that the key alone
cannot make.

Initials ("KB", "D.K.") count in capitals, or written small right after an opening greeting
in a text with no capitals ("hej mk."); not as an abbreviation used as a noun ("et CV"), not
in a compound or a firm's name ("GF Forsikring"); initials made from a name only with their
dots and not before a capitalised word ("H.C. Andersen"). An initial L the normaliser read
as the pronoun "I" stands only where the raw text has the capital L. A name inside a word
stands only in a hashtag or handle, after a capital ("#StopMaiStorm").
"""

from __future__ import annotations

import re

from borgerpost.detect.normalise import Normalised
from borgerpost.detect.staff_keys import Entry
from borgerpost.detect.staff_place_words import is_jobcentre_place
from borgerpost.detect.staff_window import written_in_capitals
from borgerpost.detect.staff_words import CLAUSE_WORDS, IMPERATIVES, SUBJECT_PRONOUNS


def hit_stands(norm: Normalised, head: Entry, start: int) -> bool:
    """The hit of ``head``'s key at normalised ``start`` is the name form it looks like."""
    end = start + len(head.key)
    if head.ell and norm.raw_slice(end - 1, end) != "L":
        return False  # "kim i" is Kim L. only where the raw text has the capital L
    if not head.initials:
        return True
    return (
        (
            written_in_capitals(norm, start, end)
            or _greeted_in_small_text(norm, start)
            or _opens_small_text(norm, head, start, end)
        )
        and not (
            _ABBREVIATION_BEFORE.search(norm.text, max(0, start - _ABBREVIATION_REACH), start)
            and not _placed_in_a_unit(norm, end)
        )
        and not _PART_OF_A_NAME.match(norm.text, end)
        and (
            _dotted_initials(norm, start, end)
            if head.dotted
            else not _first_part_of_name(norm, start, end)
        )
    )


def camel_case_part(norm: Normalised, start: int) -> bool:
    """A capital after a small letter inside a hashtag or handle starts a word of it:
    "#StopMaiStorm", "@FyrKimLyng" hold the names written together."""
    if not (norm.capital_at(start) and start > 0 and not norm.capital_at(start - 1)):
        return False
    token_start = max(norm.text.rfind(" ", 0, start), norm.text.rfind("\n", 0, start)) + 1
    return norm.text[token_start : token_start + 1] in ("#", "@")


# Initials after an article or an adjective are an abbreviation used as a noun, not a
# person: "ny PB på 10 km" (a personal best), "et CV", "sin MF-bil"; after "spille" a
# game ("spillede CS hele natten", "spiller LoL"); after a number a unit ("2 MB data").
_ABBREVIATION_BEFORE = re.compile(
    r"(?<![^\W_])(?:ny|nyt|nye|en|et|sin|sit|sine|personlig|personligt|personlige|"
    r"spil|spille|spiller|spillede|spillet)\s$"
    r"|\d[.,]?\d*\s?$"  # a unit after a number: "2 MB data", "500 KB", "3GB"
)
_ABBREVIATION_REACH = len("personlige ")  # the longest word and its space: all to search
# stop 35: initials after an article, then a unit of the jobcentre ("en VAS i
# Sygedagpenge"): one of the staff, named by the letters, not an abbreviation
_UNIT_AFTER = re.compile(r"\s+(?:i|fra|på|hos)\s+(\w+)")


def _placed_in_a_unit(norm: Normalised, end: int) -> bool:
    match = _UNIT_AFTER.match(norm.text, end)
    return match is not None and is_jobcentre_place(match.group(1))


# "hej mk." in a text written all small: the greeting says who the initials are
_GREETING_BEFORE = re.compile(r"(?:^|[.!?\n]\s*)(?:hej|hejsa|kære|hallo|hey|hi|goddag)\s+$")


def _greeted_in_small_text(norm: Normalised, start: int) -> bool:
    """Initials written small right after an opening greeting, in a text with no capitals
    at all: an SMS writer writes the colleague's initials small like every other word."""
    if not norm.written_small:
        return False
    return _GREETING_BEFORE.search(norm.text, max(0, start - 12), start) is not None


# what follows initials that open a text written all small: a comma or a request, said to
# the person ("cj, hvor bliver pengene af", "cj ring til mig"), or a copula, said of them
# ("sf er en heks"); not any verb ("rk skrev til mig" may be anyone's initials)
_ADDRESSED_AFTER = re.compile(
    r"\s*[,:]|\s+(?:er|var|" + "|".join(sorted(IMPERATIVES)) + r")(?![^\W_])"
)
# small abbreviations a text may open with ("pt er jeg syg", "ift mødet"): no initials
_SMALL_ABBREVIATIONS = frozenset("pt ift mht iflg dvs osv bl st mm".split())  # noqa: SIM905


def _opens_small_text(norm: Normalised, head: Entry, start: int, end: int) -> bool:
    """Initials written small as the text's first word, in a text with no capitals at all,
    before a comma, a request or a copula: the phone writer speaks to the colleague or says
    what they are. Not an everyday abbreviation ("ok", "pt")."""
    if norm.text[:start].strip() or not norm.written_small:
        return False
    if head.ambiguity or head.key in _SMALL_ABBREVIATIONS:
        return False
    return _ADDRESSED_AFTER.match(norm.text, end) is not None


def _dotted_initials(norm: Normalised, start: int, end: int) -> bool:
    """Initials made from a member's name stand here with their dots ("D.K."; the
    normaliser joined the letters), and not before a word with a capital."""
    return _written_dotted(norm, start, end) and not _first_part_of_name(norm, start, end)


def _written_dotted(norm: Normalised, start: int, end: int) -> bool:
    """ "D.K.", not "DK" or "HC." (without dots between the letters: other abbreviations)."""
    return "." in norm.raw_slice(start, end).rstrip(".")


def _first_part_of_name(norm: Normalised, start: int, end: int) -> bool:
    """Dotted initials before a word with a capital are a name's first part: "H.C.
    Andersen", "A.P. Møller", "U.S. Open" — whoever's initials they also are. Not before a
    word that opens the next sentence: "Ring til H.C. Han ved det." """
    if not _written_dotted(norm, start, end):
        return False
    end += norm.text[end : end + 1] == "."
    if norm.text[end : end + 1] != " " or not norm.capital_at(end + 1):
        return False
    match = _NEXT_WORD.match(norm.text, end + 1)
    return match is not None and match.group() not in SENTENCE_OPENERS


_NEXT_WORD = re.compile(r"[^\W\d_]+")
# Words that open a sentence rather than finish a name
_OPENING_WORDS = (
    "det", "der", "den", "de", "dem", "hvis", "hvad", "hvem", "hvornår", "tak", "mvh", "hej",
    "ellers", "også",
)  # fmt: skip
SENTENCE_OPENERS = SUBJECT_PRONOUNS | CLAUSE_WORDS | IMPERATIVES | frozenset(_OPENING_WORDS)


# Initials in a compound or a firm's name: "VK-regeringen", "GF Forsikring", "KE Byg A/S"
_PART_OF_A_NAME = re.compile(
    r"-[^\W\d_]|\s(?:forsikring|bank|byg|gruppen|group|holding|revision|transport|service|"
    r"rengøring|el|vvs|auto|consult|a/s|aps|i/s)(?![^\W_])"
)
