"""Trash that is trash: "samle skrald i parken", "sortere affald på genbrugspladsen".

"skrald" and "affald" are epithets said of a person ("du er noget skrald"), and the DKhate
model reads them so wherever they stand. As the object of a verb of gathering, sorting or
carrying ("samle skrald", "sortere affaldet", "bære skraldet ud") they are the rubbish a
job or an activation has someone handle: the model reads a plain word in their place
(``insult_homographs.neutral_readings``). Probe round 389 (cr).
"""

from __future__ import annotations

from borgerpost.detect.textview import SENTENCE, TokenView

TRASH = frozenset(("skrald", "skraldet", "affald", "affaldet"))
# the verbs of handling rubbish, as the stems their forms begin with ("samle", "samler",
# "indsamlede", "sorterer", "ryddede")
HANDLING = (
    "samle", "samlet", "indsaml", "opsaml", "sorter", "rydde", "ryddet", "fjerne", "fjernet",
    "hente", "hentet", "bære", "bærer", "tømme", "tømt", "smide", "smid", "smed", "feje",
    "fejet", "plukke", "plukket", "køre", "kørte", "slæbe", "slæbt", "skovle",
)  # fmt: skip
# words that may stand between the verb and the rubbish ("samle alt det skrald", "sortere
# andres affald")
BETWEEN = frozenset(("alt", "det", "noget", "andres", "folks", "mere", "op", "ud", "en", "masse"))
REACH = 3
# the plain word the model reads instead
PLAIN = "papir"


def literal_trash(view: TokenView) -> dict[int, str]:
    """The indices of rubbish words handled by a verb before them, with ``PLAIN``."""
    out: dict[int, str] = {}
    if TRASH.isdisjoint(view.words):
        return out
    words = view.words
    for i, word in enumerate(words):
        if word not in TRASH:
            continue
        for j in range(i - 1, max(i - 1 - REACH, -1), -1):
            before = words[j]
            if before == SENTENCE:
                break
            if before.startswith(HANDLING):
                out[i] = PLAIN
                break
            if before not in BETWEEN:
                break
    return out
