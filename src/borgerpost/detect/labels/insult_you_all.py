"""The plural "I"/"jer" and an ambiguous epithet ("klovne", "svin", "aber") said right after
it: the epithet calls the addressees what it says.

Three frames. The vocative closing a clause that opens on "I" ("…, I svin", "I rotter!",
probe round 116); "jer" after a preposition closing its clause ("slut med møder med jer
klovne.", probe round 267); and, probe round 389, the epithet in apposition to "I" or "jer"
in a clause that goes on ("Hvor lang tid tager det jer klovne at læse et brev?", "I klovne
kan ikke læse", "gider I aber svare?"). Not a question or a statement where the word is what
"I" eat, keep or are handed ("spiser I svin?", "har I svin på gården?", "jeg kan sælge jer
svin"): the word there ends its clause or a preposition or a conjunction follows it.
"""

from __future__ import annotations

from borgerpost.detect.labels.insult_clause import breaks_at
from borgerpost.detect.textview import SENTENCE, TokenView

# "jer" and the word after a preposition, closing the clause: the plural vocative as an
# object; a verb that hands something over ("jeg kan sælge jer svin") has no preposition
YOU_ALL_PREPOSITIONS = frozenset("med til fra for af hos om på mod over uden".split())  # noqa: SIM905
# what goes on after "I" and the epithet as its subject: its verb ("I klovne kan ikke læse",
# "I svin har ødelagt mit liv", "I klovne aner intet"); a particle there makes the word the
# verb ("I svin jo bare til", round 63)
SUBJECT_GOES_ON = frozenset(
    "kan kunne skal skulle vil ville må måtte gider gad burde bør tør turde har havde er var "  # noqa: SIM905
    "får fik tror troede bilder bildte forstår forstod fatter fattede aner anede vidste "
    "læser læste svarer svarede sidder sad gør gjorde lader lod mener mente tænker tænkte "
    "skriver skrev sender sendte tager tog ødelægger ødelagde der".split()
)
# after an inverted "I" and the epithet: a negation or a particle too ("kan I klovne ikke
# læse?"), "jer" ("hvad bilder I klovne jer ind?") or an infinitive (checked by its ending)
INVERTED_GOES_ON = SUBJECT_GOES_ON | frozenset(
    "jer ikke aldrig da dog jo sgu fandme nogensinde overhovedet bare altid virkelig også "  # noqa: SIM905
    "selv".split()
)
# the modal or the question's verb before an inverted "I", its infinitive after the epithet
# ("gider I klovne svare?", "kan I aber ikke læse?")
INVERTING = frozenset(
    "kan kunne skal skulle vil ville må gider gad burde bør tør har havde er var får bilder "  # noqa: SIM905
    "laver tror mener tænker gør".split()
)
# what "jer" and the epithet go on with as the object of a verb of time or need: the
# infinitive marker, "til at" and the time it takes ("det tager jer klovne lang tid")
OBJECT_GOES_ON = frozenset("at til lang så ikke aldrig".split())  # noqa: SIM905
# the verb of time, need or cause before that "jer" ("tager det jer", "hvad får jer"); a verb
# that hands something over ("give jer ko at malke") is none
TAKES = frozenset(
    "det tager tog taget kræver krævede koster kostede får fik fået gør gjorde tvinger".split()  # noqa: SIM905
)
# what ends the noun phrase of a thing eaten, kept or handed over ("svin på gården", "svin
# og køer", "får eller geder")
ENDS_A_THING = YOU_ALL_PREPOSITIONS | frozenset("i ved og eller samt som".split())  # noqa: SIM905


def you_all(view: TokenView, i: int) -> bool:
    """probe round 116: "I" called by the word at the end of a clause that opens on it ("…
    smadre jeres ruder, I svin", "I rotter!"): the plural vocative; not a question or a
    statement where "I" is the subject ("spiser I svin?", "I svin jo til")."""
    k = i - 1
    if k < 0 or view.words[k] != "I":
        return False
    if k > 0 and view.words[k - 1] != SENTENCE and not view.clause_break[k]:
        return False
    return breaks_at(view, i + 1)


def you_all_object(view: TokenView, i: int) -> bool:
    """probe round 267: "jer" after a preposition and the word closing the clause."""
    k = i - 1
    if k < 1 or view.words[k] != "jer" or view.clause_break[i] or view.clause_break[k]:
        return False
    return view.words[k - 1] in YOU_ALL_PREPOSITIONS and breaks_at(view, i + 1)


def you_all_apposed(view: TokenView, i: int) -> bool:
    """probe round 389: the epithet right after "I" or "jer" in a clause that goes on (see
    the module docstring)."""
    words = view.words
    k, nxt = i - 1, i + 1
    if k < 0 or nxt >= len(words) or view.clause_break[i] or view.clause_break[nxt]:
        return False
    after = words[nxt]
    if after == SENTENCE or after in ENDS_A_THING - {"til"}:
        return False
    if words[k] == "jer":
        return k > 0 and words[k - 1] in TAKES and after in OBJECT_GOES_ON
    if words[k] != "I":
        return False
    opens = k == 0 or words[k - 1] == SENTENCE or view.clause_break[k]
    if opens:
        return after in SUBJECT_GOES_ON
    return words[k - 1] in INVERTING and (after in INVERTED_GOES_ON or after.endswith("e"))
