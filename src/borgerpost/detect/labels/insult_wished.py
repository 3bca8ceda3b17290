"""``insult``: an epithet denied only of a person the writer asks to get instead.

probe round 329: "Kan I ikke skaffe mig en rådgiver, som ikke er en tåbe?" negates the
epithet, yet the request says the person the writer has now is one. The negation that
cancels "du er ikke en idiot" does not cancel it here: the denied epithet stands in a
relative clause on an indefinite person the writer wants found, sent or given. A plain
description ("vi har en rådgiver, der ikke er en idiot") asks for nothing and stays
cancelled.
"""

from __future__ import annotations

from borgerpost.detect.labels.insult_clause import is_person
from borgerpost.detect.labels.insult_lexicon import epithet_hit, person_nouns
from borgerpost.detect.textview import SENTENCE, TokenView

# the verbs of asking for a person: find, get, give, send, hire, assign
WISH_VERBS = frozenset(
    "finde find få give giv sende send skaffe skaf ansætte ansæt tildele tildel "  # noqa: SIM905
    "ønske ønsker beder bede".split()
)
DENIAL = ("ikke", "er")
ADJECTIVE_REACH = 2  # "ikke er en komplet, fuldstændig idiot"
WISH_REACH = 4  # words between the wish verb and the article ("finde mig bare en …")


def wished_other(view: TokenView, i: int) -> bool:
    """The strong epithet at ``i`` closes "<wish> … en <person> der/som ikke er en … X"."""
    hit = epithet_hit(view.words[i])
    if hit is None or hit.category != "strong":
        return False
    words = view.words
    k = i - 1
    steps = 0
    while k >= 0 and words[k] not in ("en", "et") and steps < ADJECTIVE_REACH:
        k, steps = k - 1, steps + 1
    if k < 4 or words[k] not in ("en", "et") or tuple(words[k - 2 : k]) != DENIAL:
        return False
    relative, noun = k - 3, k - 4
    if words[relative] not in ("der", "som"):
        return False
    if not (is_person(words[noun]) or words[noun] in person_nouns()) or noun < 1:
        return False
    if words[noun - 1] not in ("en", "et", "nogen", "anden", "ny"):
        return False
    for m in range(noun - 2, max(-1, noun - 2 - WISH_REACH), -1):
        if words[m] == SENTENCE:
            return False
        if words[m] in WISH_VERBS:
            return True
    return False
