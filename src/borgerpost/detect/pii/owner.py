"""Whose data is it? The nearest person reference before a match, within its clause.

"Mit barn går i børnehave" and "ring til mig på 41 52 63 74" are the writer's own data;
"hendes mobil 41 52 63 74", "Pernille tager toget kl. 16.12" are someone else's. Reading
back from the match to the start of the clause, the first first-person word (jeg, mig, min,
vi …) makes it the writer's, the first third/second-person word (han, hendes, din …) or
mid-sentence capitalised name or a staff title ("sagsbehandleren") makes it another
person's.
"""

from __future__ import annotations

import re

from borgerpost.detect.normalise import Normalised
from borgerpost.detect.pii.base import capitalised
from borgerpost.detect.staff_words import is_title

FIRST_PERSON = frozenset("jeg mig min mit mine vi os vores".split())  # noqa: SIM905
POSSESSIVES = frozenset(("min", "mit", "mine", "vores"))
OTHER_PERSON = frozenset(
    "han hun hans hendes ham hende dennes deres sin sit sine du dig din dit dine jeres i".split()  # noqa: SIM905
)
_CLAUSE_END = re.compile(r"[.!?;\n]\s|[.!?;\n]$|\n")
_WORD = re.compile(r"[^\W_]+")

WRITER = "writer"
OTHER = "other"


def nearest_person(norm: Normalised, pos: int, *, clause_only: bool = True) -> str:
    """``WRITER``, ``OTHER`` or "" (no person named before ``pos`` in its clause)."""
    text = norm.text[:pos]
    if clause_only:
        ends = list(_CLAUSE_END.finditer(text))
        text_start = ends[-1].end() if ends else 0
    else:
        text_start = 0
    following = ""
    for m in reversed(list(_WORD.finditer(text, text_start))):
        word = m.group()
        if word in FIRST_PERSON:
            # "min sagsbehandler bor på …" is the caseworker's address, not the writer's
            return OTHER if word in POSSESSIVES and is_title(following) else WRITER
        if word in OTHER_PERSON and (word != "i" or capitalised(norm, m.start())):
            return OTHER
        if is_title(word):
            return OTHER  # "receptionisten med det røde hår bor …": staff named by role
        if capitalised(norm, m.start()) and not _clause_initial(norm, m.start(), text_start):
            return OTHER
        following = word
    return ""



def _clause_initial(norm: Normalised, pos: int, clause_start: int) -> bool:
    return not norm.text[clause_start:pos].strip()
