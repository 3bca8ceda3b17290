"""``insult``: degrading adjectives said of a person, alone or in a list.

"du er hjernedød", "Bo er arrogant, uforskammet og fuldstændig inkompetent", and a verbless
list after a sentence that names someone ("Kirsten Vind … Dum, doven og ligeglad."). Split
from ``insult`` so each file holds one way an insult is framed; the detector asks these
first for a degrading word, then for an epithet.
"""

from __future__ import annotations

from borgerpost.detect.cues import NEGATORS
from borgerpost.detect.labels.insult_clause import COPULA, clause_before, is_person
from borgerpost.detect.labels.insult_frames import ARTICLES, INTENSIFIERS
from borgerpost.detect.labels.insult_lexicon import degrading_hit, epithet_hit
from borgerpost.detect.labels.insult_subject import attributed
from borgerpost.detect.labels.insult_target import COPULA_REACH, PERSON_WORD_REACH
from borgerpost.detect.rules import FIRST_PERSON, OTHER_PERSON
from borgerpost.detect.textview import SENTENCE, STAFF, TokenView

LIST_CONNECTORS = frozenset(("og", "eller", "samt", "men", "plus"))
LIST_MAX_WORDS = 7
# probe round 57: vices only a person can have (a letter or a rule is never lazy or greedy):
# a verbless list of degrading words with one of them is about the person named before it
# ("Verner Bak i kontanthjælp. Arrogant, doven og ligeglad."), even with no "alone" word
PERSON_VICES = frozenset(
    "doven dovne dovent magtsyg magtsyge grådig grådige graadig graadige fordrukken "  # noqa: SIM905
    "fordrukne selvfed selvfede selvglad selvglade hoven hovne forkælet forkælede".split()
)
# probe round 235 (r235_insult): a swear word that only strengthens the adjective after the
# copula ("X er fucking inkompetent", "hun er pisse arrogant"): the adjective is still said
# of the person
SWEAR_INTENSIFIERS = frozenset(
    "fucking fuckin fucken fcking fuking pisse skide hamrende satans fandens".split()  # noqa: SIM905
)


def degrading_list(view: TokenView, i: int) -> tuple[str, str] | None:
    """ "Kirsten Vind … Dum, doven og ligeglad.": a verbless sentence that is a list of at
    least two degrading adjectives, after a sentence that names or points at a person."""
    if degrading_hit(view.words[i]) is None:
        return None
    sentence = view.sentence_words(i)
    if len(sentence) > LIST_MAX_WORDS or sentence.start == 0:
        return None
    words = [view.words[k] for k in sentence]
    hits = [w for w in words if degrading_hit(w) is not None]
    others = [w for w in words if degrading_hit(w) is None and w not in LIST_CONNECTORS
              and w not in INTENSIFIERS]
    if (
        len(hits) < 2
        or len(others) > 1
        or not any(
            degrading_hit(w).category == "alone" or w in PERSON_VICES  # type: ignore[union-attr]
            for w in hits
        )
    ):
        return None
    prev = sentence.start - 1
    if prev <= 0 or view.words[prev] != SENTENCE:
        return None
    if not any(is_person(view.words[k]) for k in view.sentence_words(prev - 1)):
        return None
    return f"degrading:{degrading_hit(view.words[i]).entry}", "Nedsættende om person"  # type: ignore[union-attr]


def degrading_alone(view: TokenView, i: int) -> tuple[str, str] | None:
    hit = degrading_hit(view.words[i])
    if hit is None or hit.category != "alone" or not said_of_person(view, i):
        return None
    if i + 1 < len(view.words) and epithet_hit(view.words[i + 1]):
        return None  # "klamme svin": the noun is the evidence
    return f"degrading:{hit.entry}", "Nedsættende om person"


# probe round 267: a count in the article's place, said of two or more people ("Bo og Lis er
# to dumme kvinder", "de er begge to tåbelige mænd")
COUNTS = frozenset(("to", "tre", "fire", "fem", "2", "3", "4", "5", "begge"))
# a quantifier floated between the subject and the copula ("I alle er …", "de begge var …")
FLOATED = frozenset(("alle", "allesammen", "begge", "sammen"))


def said_of_person(view: TokenView, i: int) -> bool:
    """ "<person> er (helt) X" or "er <person> X" — an adjective said of a person."""
    if listed_after_copula(view, i):
        return True
    before = clause_before(view, i, 6, adjective_list=True)
    for k, word in enumerate(before):
        if k >= COPULA_REACH:
            return False
        if word in COPULA:
            subject = before[k + 1] if k + 1 < len(before) else ""
            if subject in FLOATED and k + 2 < len(before):
                subject = before[k + 2]  # probe round 369: "de alle er dumme folk"
            after = before[k - 1] if k >= 1 else ""
            return (
                is_person(subject) or is_person(after) or attributed(before[k + 2 :])
                or (k + 1 == len(before) and relative_head(view, i - 1 - k))
            )
        if (
            word not in INTENSIFIERS and word not in NEGATORS and word not in SWEAR_INTENSIFIERS
            and word not in COUNTS
            and not is_person(word) and not first_adjective(before, k)
        ):
            return False
    return False


def relative_head(view: TokenView, j: int) -> bool:
    """probe round 43: the copula at ``j`` opens its clause after a comma that closes a
    relative clause ("den sagsbehandler, I har sat på min sag, er så dum"): the word before
    the comma that opens that clause is a person (not the writer). A decision so described
    ("afgørelsen, som hun traf, er dum") has a thing for its head."""
    if j < 1 or not view.clause_break[j]:
        return False
    m = j - 1
    while m > 0 and j - m <= PERSON_WORD_REACH and view.words[m] != SENTENCE:
        if view.clause_break[m]:
            head = view.words[m - 1]
            return is_person(head) and head not in FIRST_PERSON and head not in ("I", "jer", "dig")
        m -= 1
    return False


LISTED_MAX = 4  # adjectives in one list ("er arrogant, uforskammet og fuldstændig inkompetent")


def listed_after_copula(view: TokenView, i: int) -> bool:
    """probe round 37: the adjective closes a list of adjectives said of a person ("Bo er
    arrogant, uforskammet og fuldstændig inkompetent"): back from it, items of one word
    (an intensifier before it allowed) parted by commas or "og"/"eller", then the copula,
    its person subject right before it. At least one other item degrades too."""
    words = view.words
    k, items, degrading = i - 1, 1, 0
    while k >= 0 and words[k] != SENTENCE:
        word = words[k]
        if word in COPULA:
            if items < 2 or degrading < 1:
                return False
            # probe round 329: the person with a team or place after it ("Rådgiverne i
            # Ydelser er arrogante og dumme"), as ``said_of_person`` allows one
            return (k > 0 and is_person(words[k - 1]) and words[k - 1] not in FIRST_PERSON) or (
                k > 2 and attributed([words[k - 2], words[k - 3]])
            )
        if word in INTENSIFIERS and word not in LIST_CONNECTORS:
            k -= 1
            continue
        parted = word in LIST_CONNECTORS or view.clause_break[k + 1]
        if word in LIST_CONNECTORS:
            k -= 1
            if k < 0:
                return False
            word = words[k]
        if not parted or not word.isalpha() or is_person(word) or word in NEGATORS:
            return False
        items += 1
        degrading += degrading_hit(word) is not None
        if items > LISTED_MAX:
            return False
        k -= 1
    return False


def first_adjective(before: list[str], k: int) -> bool:
    """probe round 34: one more adjective right after the article ("er en tyk dum …",
    "er en fed, doven …"); the word must not be a person or a clause word."""
    word = before[k]
    return (
        k == 0 and len(before) > 2 and before[1] in ARTICLES and before[2] in COPULA
        and word.isalpha() and word not in FIRST_PERSON and word not in OTHER_PERSON
    )


# probe round 271: a degrading adjective in a vocative that opens its clause (or follows the
# name it is said to) and closes it with whatever noun ("Bo, din dumme torsk!", "@staff dit
# klamme kryb, …"): the adjective insults even where the noun is no epithet of its own; "jeg
# fandt din dumme nøgle" (no opener) and "din dumme printer virker ikke" (no end) do not
VOCATIVE_OPENERS = frozenset(("din", "dit", "dine"))


def addressed_adjective(view: TokenView, i: int) -> tuple[str, str] | None:
    """ "<name> din dumme X," / "Din klamme X!": vocative, degrading adjective, noun, end."""
    words, noun = view.words, i + 1
    hit = degrading_hit(words[i])
    if hit is None or i == 0 or noun >= len(words) or words[i - 1] not in VOCATIVE_OPENERS:
        return None
    j = i - 1
    if not (j == 0 or words[j - 1] in (SENTENCE, STAFF) or view.clause_break[j]):
        return None
    if view.clause_break[noun] or not words[noun].isalpha() or words[noun] in FIRST_PERSON:
        return None
    end = noun + 1
    if end < len(words) and words[end] == STAFF:
        end += 1  # "din dumme torsk Bo!": the name called after the noun
    if not (end >= len(words) or words[end] == SENTENCE or view.clause_break[end]):
        return None
    return f"degrading:{hit.entry}", "Nedsættende tiltale"
