"""Epithets in an exclamation or fronted in their sentence, the person after them: "sikke en
klovn du er", "hvilket fjols er han", "Svin er hvad I er". Part of the insult frames
(``insult_frames.framed``).
"""

from __future__ import annotations

from borgerpost.detect.labels.insult_clause import COPULA, LIKENED_PERSONS, clause_before
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
