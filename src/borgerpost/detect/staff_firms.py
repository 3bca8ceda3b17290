"""Staff names that are a firm's: "Falck hentede min mor" (a firm that is also a surname,
``data/firm_names.txt``) and "Staal & Beslag ApS" (any name inside a firm's name). Part of
the cue rules in ``staff_cues``.
"""

from __future__ import annotations

from borgerpost.detect.lexicon import danish_words
from borgerpost.detect.staff_window import CLAUSE_PUNCT, Cue, Subject, Window

# cues a firm's name has as well as a person's: a firm acts ("Falck hentede min mor"),
# is phoned, met, written by, owns cars and assessments, and turns up in casework
FIRM_FITS = frozenset((
    "subject_verb", "inverted_subject", "object_of_verb", "met_with", "on_the_phone", "sender",
    "casework", "identified", "pointed_at", "owner_of_casework", "owner_of_belongings",
    "owner_of_people", "owner_of_blame",
))  # fmt: skip

# the legal forms after a Danish firm's name, as the normaliser splits them ("A/S" is
# "a s"), and words that end a firm's name
FIRM_FORMS = frozenset(("aps", "ivs", "amba", "holding", "gruppen", "group", "koncernen"))
SLASHED_FORMS = frozenset((("a", "s"), ("i", "s"), ("k", "s"), ("p", "s")))
FIRM_NOUNS = frozenset(("firmaet", "virksomheden", "selskabet", "butikken", "forretningen"))
_PARTNERS = frozenset((("co",), ("søn",), ("sønner",), ("partnere",)))
FIRM_REACH = 3  # "Staal & Beslag ApS": the name, one or two more words, the legal form


def firm_name_part(s: Subject, w: Window) -> Cue | None:
    """ "Staal & Beslag ApS", "Brygger Transport A/S", "firmaet Staal": the name is part
    of a firm's name, not the caseworker who shares it."""
    if not s.single or CLAUSE_PUNCT.search(w.gap_after):
        return None  # "Hej Esben. Skjern Tømrer ApS …": the firm is the next sentence's
    after = w.after[: FIRM_REACH + 1]
    formal = any(word in FIRM_FORMS for word in after[:FIRM_REACH]) or any(
        after[k : k + 2] in SLASHED_FORMS for k in range(FIRM_REACH)
    )
    # "Staal & Beslag", "Staal & Co.", "Staal & Søn" (not "Staal & hendes kollega")
    joined = w.gap_after.strip() == "&" and (
        w.name_after or w.after[:1] in _PARTNERS or _trade_after_partner(w)
    )
    if formal or joined or (w.before[-1:] and w.before[-1] in FIRM_NOUNS and w.capitalised):
        return Cue("firm_name", -1.0, "del af et firmanavn")
    return None


def _trade_after_partner(w: Window) -> bool:
    """Probe round 377c: "&", a capitalised partner word and then a capitalised ordinary
    word, the firm's trade ("jobsamtale hos Sol & Vind Byg", "Skov & Have Service kom"): the
    three words are one firm's name. A couple is no such name ("Lise & Bo Hansen": the
    surname is no ordinary word)."""
    capitals = w.after_capitals[:2]
    return capitals == (True, True) and len(w.after) > 1 and w.after[1] in danish_words()
