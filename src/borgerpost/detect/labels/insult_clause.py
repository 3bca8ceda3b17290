"""Clause reading shared by the insult frames: the words before a word in its clause,
whether a word ends its clause, and whether a word names a person. ``insult_frames`` and
``insult_apposition`` both read sentences this way, so it lives below both."""

from __future__ import annotations

import unicodedata

from borgerpost.detect.rules import OTHER_PERSON
from borgerpost.detect.staff_words import is_title
from borgerpost.detect.textview import SENTENCE, STAFF, STAFF_GENITIVE, TokenView

COPULA = frozenset(("er", "var", "bliver", "blev", "være", "været"))
# "sådan en tumpe som Bo", "en idiot som ham", "de klovne som sagsbehandlerne": the person
# the word is said of stands after "som" (not the writer: "en idiot som mig")
LIKENED_PERSONS = frozenset(("dig", "jer", "ham", "hende", "dem", "han", "hun", "de", "du"))

FRAME_REACH = 4


# probe round 35: the article of a noun phrase whose adjectives a comma lists ("en fej,
# løgnagtig rotte")
LIST_ARTICLES = frozenset(("en", "et", "nogle", "den", "det", "de", "sådan", "din", "dit", "dine"))


def clause_before(
    view: TokenView, i: int, reach: int = FRAME_REACH, *, adjective_list: bool = False
) -> list[str]:
    """Up to ``reach`` words before ``i`` in the same clause, nearest first. With
    ``adjective_list`` a comma between adjectives of one noun ("er en fej, løgnagtig
    rotte") does not end the clause."""
    out: list[str] = []
    k = i - 1
    skipped = False
    while k >= 0 and len(out) < reach and view.words[k] != SENTENCE:
        if view.clause_break[k + 1] and not skipped and gap_after(view, k).strip() == ")":
            opened = _opening_bracket(view, k)
            if opened is not None:  # "X fra fleksjob (ja, ham X) er en slange": an aside
                k, skipped = opened - 1, True
                continue
        if (
            view.clause_break[k + 1]
            and not skipped
            and view.words[k] not in ("og",)
            and not (adjective_list and _listed_adjective(view, k, i))
        ):
            break
        skipped = False
        out.append(view.words[k])
        k -= 1
    return out


ASIDE_REACH = 6  # words in a bracketed aside skipped by ``clause_before``


def gap_after(view: TokenView, k: int) -> str:
    """The text between word ``k`` and the next word (punctuation, spaces, emoji)."""
    return view.norm.text[view.spans[k][1] : view.spans[k + 1][0]]


def _opening_bracket(view: TokenView, k: int) -> int | None:
    """stop 32: the first word of a short bracketed aside that ends after word ``k``, when
    the "(" stands right before it within ``ASIDE_REACH`` words ("… (ja, ham Ikast) er …")."""
    for j in range(k, max(0, k - ASIDE_REACH), -1):
        if view.words[j] == SENTENCE:
            return None
        if "(" in gap_after(view, j - 1):
            return j
    return None


def _listed_adjective(view: TokenView, k: int, i: int) -> bool:
    """A bare comma after ``k`` inside a noun phrase: at most two words from the comma to
    the noun ``i``, and an article one or two words before ``k``."""
    if i - (k + 1) > 2 or gap_after(view, k).strip() != ",":
        return False
    return any(k - d >= 0 and view.words[k - d] in LIST_ARTICLES for d in (1, 2))


def clause_end(view: TokenView, i: int) -> bool:
    """The word ends its clause: the text or sentence ends, punctuation follows, or an emoji
    stands after it like a full stop ("Bo = klovn 🤡 han fatter intet")."""
    nxt = i + 1
    if breaks_at(view, nxt):
        return True
    return has_emoji(gap_after(view, i))


def breaks_at(view: TokenView, k: int) -> bool:
    """A clause ends before word ``k``: the text or the sentence ends there, or punctuation
    stands before it (no emoji counted, unlike ``clause_end``)."""
    return k >= len(view.words) or view.words[k] == SENTENCE or view.clause_break[k]


def has_emoji(text: str) -> bool:
    """A symbol such as an emoji ("🤡", "😂") in ``text``: between words it ends a clause."""
    return any(unicodedata.category(c) == "So" for c in text)


# probe round 271: a title's plural in "-er" ("konsulenter", "chefer", "koordinatorerne")
# names people as much as "sagsbehandlere" does
TITLE_ENDINGS = ("", "ne", "e", "er", "erne")


def is_person(word: str) -> bool:
    if word in OTHER_PERSON or word in (STAFF, STAFF_GENITIVE):
        return True
    return any(is_title(word.removesuffix(end)) for end in TITLE_ENDINGS if word.endswith(end))


def small_sentence_after(view: TokenView, k: int) -> bool:
    """Stop 39: word ``k`` is the mark between two sentences and the next begins in lower
    case ("… din ko. nu går jeg"): a text that writes no capitals at its sentence starts,
    where a full stop ends the sentence (``segment``) but the clause is read as
    ``stop_before_lower`` reads it."""
    if k + 1 >= len(view.words) or view.words[k] != SENTENCE:
        return False
    start, end = view.spans[k + 1]
    first = view.norm.to_raw(start, end)[0]
    return view.norm.raw[first : first + 1].islower()


def stop_before_lower(view: TokenView, k: int) -> bool:
    """round 187: a full stop, "!" or "?" before word ``k``, the next sentence begun in lower
    case ("din lille lort. vi ses", "dit svin! bare vent"): the segmenter keeps the sentence
    open there (an abbreviation may end so), but the clause before it ends."""
    if k >= len(view.words) or k == 0 or view.words[k] == SENTENCE:
        return False
    gap = gap_after(view, k - 1)
    return gap[:1] in (".", "!", "?") and gap[1:2].isspace()
