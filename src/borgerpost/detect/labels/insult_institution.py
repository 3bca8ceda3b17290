"""Animal epithets that name the people of an institution: "jobcenter svin" (a compound
written apart), "den møgko skal ikke slippe" (a vulgar animal pointed at and acting), "de
svin på jobcentret" (an animal placed at the office where it works). No such animal lives
there, so the word is said of people; a real pest or a farm keeps the animal. Frames of
``insult_frames``, kept apart so each file stays small.
"""

from __future__ import annotations

from collections.abc import Sequence

from borgerpost.detect.labels.insult_clause import clause_before, gap_after, is_person
from borgerpost.detect.labels.insult_lexicon import (
    STAFF_STEMS,
    animal_head,
    degrading_hit,
    vulgar_animal,
)
from borgerpost.detect.textview import TokenView

APPOSITION_DETERMINERS = frozenset(("den", "det", "de", "denne", "dette", "disse"))


def institution_compound(view: TokenView, i: int) -> bool:
    """ "jobcenter svin", "kommune rotter": the compound written apart, an institution
    right before the word and in the same clause names the people who work there; a noun
    for staff hyphened to it ("sagsbehandler-svin") names the staff member."""
    if i == 0 or view.clause_break[i]:
        return False
    before = view.words[i - 1]
    if before not in INSTITUTION_WORDS and not (before in STAFF_STEMS and _hyphened(view, i)):
        return False
    return animal_head(view.words[i]) is not None


def _hyphened(view: TokenView, i: int) -> bool:
    """probe round 120: word ``i`` is hyphened to the word before ("sagsbehandler-svin"): a
    compound, not two words of a sentence."""
    return gap_after(view, i - 1) in ("-", "‐", "–")


# probe round 42: finite verbs after which the word is the subject that acts ("den møgko
# skal ikke slippe", "det lortesvin har smidt mig af", "de skiderotter sidder og griner")
ACTOR_VERBS = frozenset(
    "skal skulle kan kunne vil ville må måtte har havde burde sidder sad får fik gider "  # noqa: SIM905
    "slipper slap løj lyver".split()
)


def pointed_actor(view: TokenView, i: int) -> bool:
    """ "den møgko skal ikke slippe": a vulgar compound on an animal ("møgko", "lortesvin"),
    pointed at with a demonstrative and acting as the subject of a finite verb, is a person
    sworn at; a plain animal so pointed at ("den ko på marken skal ud") is the animal."""
    if not vulgar_animal(view.words[i]):
        return False
    before = clause_before(view, i, 2)
    if before and before[0] in ("her", "der"):
        before = before[1:]
    nxt = i + 1
    if not before or before[0] not in APPOSITION_DETERMINERS or nxt >= len(view.words):
        return False
    return not view.clause_break[nxt] and view.words[nxt] in ACTOR_VERBS


INSTITUTION_WORDS = frozenset(("jobcenter", "kommune", "system", "skranke", "kommunal"))


# probe round 63: the animal pointed at and placed at the office where it works ("de svin på
# jobcentret har taget min kontanthjælp", "rotterne nede på rådhuset", "det svin i
# kommunen"): no such animal lives there, so the word names its people; a real pest there
# ("rotterne i kælderen på rådhuset skal bekæmpes") or a farm is the animal
STAFFED_PLACES = ("jobcent", "kommun", "rådhus", "raadhus", "forvaltning", "borgerservice",
                  "ydelsesservice", "ankestyrelse", "udbetaling", "kontoret", "kontorerne",
                  "skranken", "christiansborg", "folketing")  # fmt: skip
STAFFED_PLACE_ENDS = ("jobcenter", "jobcentret", "jobcenteret", "kommunen", "forvaltningen")
LOCATIVE_ADVERBS = frozenset(
    "nede inde oppe ude ovre henne derinde dernede deroppe derude "  # noqa: SIM905
    "derovre derhenne herinde".split()
)
AT_PREPOSITIONS = frozenset(("på", "paa", "i", "hos", "fra", "ved"))
POINTING = APPOSITION_DETERMINERS | {"dem", "alle"}
LITERAL_ANIMAL_WORDS = ("skadedyr", "rottefæng", "fælde", "gift", "gnav", "kælder", "loft",
                        "bekæmp", "ekskrement", "kloak", "rottehul", "stald", "gård", "mark",
                        "zoo", "dyrepark", "farm", "slagt", "foder", "fodre", "bur", "mus",
                        "kakerlak")  # fmt: skip
LITERAL_ANIMAL_ENDS = ("gård", "gården", "stald", "stalden", "farm", "farmen", "fold", "folden")


def _staffed_place(words: Sequence[str], k: int) -> bool:
    """Word ``k`` is the institution; a genitive ("kommunens") only before an office of it
    ("kommunens kontor"), not before a thing it owns ("kommunens bondegård")."""
    word = words[k]
    if not (word.startswith(STAFFED_PLACES) or word.endswith(STAFFED_PLACE_ENDS)):
        return False
    if word.endswith("s") and not word.endswith("kontors"):
        return k + 1 < len(words) and words[k + 1].startswith(OFFICES)
    return True


OFFICES = ("kontor", "skranke", "afdeling", "ledelse", "sagsbehandler", "medarbejder", "folk")


def _plain_modifier(word: str) -> bool:
    """A plain adjective between the pointing word and the animal ("grå", "gamle"): a word of
    letters that is no person, no pointing word and no small word."""
    return (
        word.isalpha()
        and len(word) > 2
        and not is_person(word)
        and word not in POINTING
        and word not in ("her", "der", "som", "og", "eller")
    )


def at_institution(view: TokenView, i: int) -> bool:
    """ "de svin på jobcentret", "rotterne inde på kommunen": an animal epithet, pointed at
    by a demonstrative or in its definite form, then a preposition and the institution whose
    people it names (a locative adverb may come between)."""
    word = view.words[i]
    head = animal_head(word)
    if head is None:
        return False
    before = clause_before(view, i, 3)
    while before and degrading_hit(before[0]):
        before = before[1:]  # "de klamme svin", "de lede rotter"
    if before and before[0] in ("her", "der"):
        before = before[1:]  # "de her svin på kommunen"
    if len(before) > 1 and before[1] in POINTING and _plain_modifier(before[0]):
        before = before[1:]  # round 405 (t1): "det grå svin i skranken", "den gamle ko på kontoret"
    pointed = bool(before) and before[0] in POINTING
    if not pointed and (word == head.entry or not word.endswith(("ene", "erne", "en", "et"))):
        return False
    k = i + 1
    words = view.words
    if k < len(words) and words[k] in LOCATIVE_ADVERBS and not view.clause_break[k]:
        k += 1
    if k + 1 >= len(words) or words[k] not in AT_PREPOSITIONS or view.clause_break[k]:
        return False
    if not _staffed_place(words, k + 1) and not (
        words[k + 1] in ("den", "det") and k + 2 < len(words) and _staffed_place(words, k + 2)
    ):
        return False
    sentence = [words[j] for j in view.sentence_words(i)]
    return not any(
        w.startswith(LITERAL_ANIMAL_WORDS) or w.endswith(LITERAL_ANIMAL_ENDS) for w in sentence
    )
