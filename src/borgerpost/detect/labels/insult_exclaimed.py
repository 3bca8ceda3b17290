"""Epithets in an exclamation or fronted in their sentence, the person after them: "sikke en
klovn du er", "hvilket fjols er han", "Svin er hvad I er"; or tacked on to a clause said
to the person, without a comma ("du har ødelagt mit liv din so"). Part of the insult frames
(``insult_frames.framed``).
"""

from __future__ import annotations

from borgerpost.detect.labels.insult_clause import (
    COPULA,
    LIKENED_PERSONS,
    breaks_at,
    clause_before,
    stop_before_lower,
)
from borgerpost.detect.textview import SENTENCE, STAFF, TokenView

EXCLAIMERS = frozenset(("sikke", "hvilken", "hvilket", "hvilke", "sikken"))


def _what_for(before: list[str]) -> bool:
    """ "hvad for en/et/nogle": "for" right after "hvad" among the words before the noun
    (probe round 100: "ved, hvad for et stykke lort han er")."""
    return any(
        before[k] == "for" and before[k + 1] == "hvad" for k in range(len(before) - 1)
    )


EXCLAIMED_PERSONS = LIKENED_PERSONS | {"I", STAFF}


def exclaimed(view: TokenView, i: int) -> bool:
    """ "sikke en klovn du er", "hvilket fjols er han", "hvad for et stykke lort hun er": an
    exclamation about the word, with the person and the copula right after it (in either
    order)."""
    before = clause_before(view, i, 4)
    if not EXCLAIMERS.intersection(before[:3]) and not _what_for(before):
        return False
    after = view.words[i + 1 : i + 3]
    if len(after) < 2 or view.clause_break[i + 1]:
        return False
    first, second = after
    return (first in EXCLAIMED_PERSONS and second in COPULA) or (
        first in COPULA and second in EXCLAIMED_PERSONS
    )


FRONTED_LINKS = frozenset(("hvad", "det"))


def fronted(view: TokenView, i: int) -> bool:
    """round 165: the word fronted at the head of its sentence, with the person after it
    ("Svin er hvad I er", "Rotte, det er hvad han er", "Klovne er det, de er")."""
    if i > 0 and view.words[i - 1] != SENTENCE:
        return False
    after = [w for w in view.words[i + 1 : i + 6] if w not in (",", "-")]
    if len(after) < 4:
        return False
    if after[0] in COPULA:
        link, person, copula = after[1], after[2], after[3]
    elif after[0] == "det" and after[1] in COPULA:
        link, person, copula = after[2], after[3], after[4] if len(after) > 4 else ""
    else:
        return False
    return link in FRONTED_LINKS and person in EXCLAIMED_PERSONS and copula in COPULA


# probe round 243 (r243_insult): a vocative tacked on without a comma to a clause said to the
# person ("du har ødelagt mit liv din so", "du har taget mine penge dit svin"): the noun
# before "din" is already closed by its own determiner, so "din …" cannot be its object, and
# "du"/"I" before it shows whom the clause is said to; "du skal passe din ko" (a verb before
# "din") and "jeg har set din ko" (no "du") keep the animal
TACKED_OPENERS = frozenset(("din", "dit", "dine"))
CLOSED_BY = frozenset(
    "min mit mine vores dit din dine jeres hans hendes deres en et den det de "  # noqa: SIM905
    "hele alt alle".split()
)
ADDRESSED = frozenset(("du", "I", "do"))
# verbs with two objects: "du gav min søn din ko" hands the cow over
TWO_OBJECTS = frozenset(
    "gav giver give givet solgte sælger sælge solgt viste viser vise vist lånte låner låne "  # noqa: SIM905
    "lånt sendte sender sende sendt forærede forærer tilbød tilbyder overlod overlader".split()
)


def tacked_on(view: TokenView, i: int) -> bool:
    """A vocative tacked on to a clause said to the person, without a comma."""
    return _after_closed_noun(view, i) or _after_object_pronoun(view, i)


def _after_closed_noun(view: TokenView, i: int) -> bool:
    """The word ends its clause right after "din"/"dit"/"dine", which follows a noun closed
    by a determiner ("mit liv din so"), in a sentence that says "du"/"I" before it."""
    words = view.words
    j = i - 1
    if j < 3 or words[j] not in TACKED_OPENERS or view.clause_break[j] or view.clause_break[i]:
        return False
    if words[j - 2] not in CLOSED_BY or words[j - 1] in CLOSED_BY or SENTENCE in words[j - 2 : j]:
        return False
    if not (breaks_at(view, i + 1) or stop_before_lower(view, i + 1)):
        return False
    before = clause_before(view, j - 2, 8)
    return not ADDRESSED.isdisjoint(before) and TWO_OBJECTS.isdisjoint(before)


# probe round 377c: the vocative tacked on right after the object pronoun of the people it
# is said to ("jeg skubber dig din ko", "jeg hader jer alle sammen jeres rotter"): the
# clause already has "dig"/"jer" for its object, so "din"/"jeres …" closing it names them,
# not things of theirs; a verb that hands, fetches or finds something for them ("jeg sælger
# jer jeres svin", "jeg henter dig din ko") gives the pronoun a second object and keeps the
# animals
PRONOUN_OPENERS = {"dig": frozenset(("din", "dit", "dine")), "jer": frozenset(("jeres",))}
# a quantifier floated after the pronoun ("jer allesammen", "jer alle sammen")
FLOATED = (("allesammen",), ("alle", "sammen"), ("allihop",))
HANDED_OVER = TWO_OBJECTS | frozenset(
    "skaffe skaffer skaffede henter hente hentede bringer bringe bragte leverer levere "  # noqa: SIM905
    "leverede returnerer returnere købe køber købte finder finde fandt betaler betale".split()
)


def _after_object_pronoun(view: TokenView, i: int) -> bool:
    """The word ends its clause right after "din"/"jeres", which follows the object pronoun
    "dig"/"jer" (and a floated "allesammen"), with a verb before it that takes one object."""
    words = view.words
    j = i - 1
    if j < 2 or view.clause_break[j] or view.clause_break[i]:
        return False
    k = j - 1
    for floated in FLOATED:
        if tuple(words[k - len(floated) + 1 : k + 1]) == floated:
            k -= len(floated)
            break
    if k < 1 or words[j] not in PRONOUN_OPENERS.get(words[k], ()):
        return False
    if SENTENCE in words[k:j] or any(view.clause_break[m] for m in range(k + 1, j + 1)):
        return False
    if not (breaks_at(view, i + 1) or stop_before_lower(view, i + 1)):
        return False
    before = clause_before(view, k, 6)
    return bool(before) and HANDED_OVER.isdisjoint(before)
