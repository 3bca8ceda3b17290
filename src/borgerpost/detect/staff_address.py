"""Staff-name cues of being spoken to: "Sten, …", "Og Bo: …", "jeg finder dig, Omar",
"Tak for hjælpen Ask!", "det var ikke rettet mod Kim." The person a text addresses or aims
at is a person, whatever else the name means. Part of the cue rules in ``staff_cues``.
"""

from __future__ import annotations

import re

from borgerpost.detect.staff_place_words import PREPOSITIONS
from borgerpost.detect.staff_window import WORDLIKE, Cue, Subject, Window, aimed_at
from borgerpost.detect.staff_words import (
    CLOSING_WORDS,
    MY,
    RELATIONS,
    SECOND_PERSON,
    TAG_WORDS,
    YOUR,
    epithet_after,
)

# (stop 37: or an emoji, which closes a clause as a mark does: "…, Tønde 😉 Du ved …")
VOCATIVE_AFTER = re.compile(r"^\s*[,:!?.\u2600-\u27bf\U0001f300-\U0001faff]")
_DASH_TO_YOU = re.compile(r"^\s+[-–—]\s+$")  # a spaced dash, then "du"
_ASKING_VERBS = frozenset(("kan", "vil", "gider", "må", "kunne", "ville", "skal"))
REASSURANCES = (("bare", "rolig"), ("bare", "roligt"), ("det", "roligt"), ("slap", "af"))


def vocative(s: Subject, w: Window) -> Cue | None:
    """The name alone before a comma or "!" ("Sten, …"), or opening its clause right before
    "du" without the comma ("Fatima du skal …"): the person spoken to."""
    if w.clause_start and w.gap_after == " " and w.after[:1] in (("du",), ("dig",)):
        return Cue("vocative", 0.45, "tiltales direkte («… du»)")
    if (
        w.clause_start
        and w.gap_after == " "
        and w.after[1:2] in (("du",), ("i",))
        and w.after[0] in _ASKING_VERBS
        and s.ambiguity not in WORDLIKE
    ):
        # stop 37: "Kamiil kan du ringe mig op …": the name, then a question to "du" with
        # the verb first and no comma (not a word-name: "Skov kan du godt glemme")
        return Cue("vocative", 0.45, f"tiltales direkte («… {w.after[0]} {w.after[1]}»)")
    if w.clause_start and w.gap_after == " " and w.after[:1] in (("din",), ("dit",), ("dine",)):
        # stop 33: "Florin din klamme nar, …": the name opens its clause, "your" and an
        # epithet follow without a comma
        return Cue("vocative", 0.45, f"tiltales direkte («… {w.after[0]}»)")
    if _DASH_TO_YOU.match(w.gap_after) and w.after[:1] in (("du",), ("dig",)) and (
        w.clause_start or w.gap_before.strip() == ","
    ):
        return Cue("vocative", 0.45, "tiltales direkte («… – du»)")  # "Sjovt, Sol – du går …"
    if _DASH_TO_YOU.match(w.gap_after) and w.after[:1] and w.after[0] in YOUR and w.clause_start:
        # "Holmer – dine børn går vel stadig på …": the name opens the text, "your" follows
        return Cue("vocative", 0.45, f"tiltales direkte («… – {w.after[0]}»)")
    if _DASH_TO_YOU.match(w.gap_after) and w.gap_before.strip() == "," and w.capitalised:
        # "Vi klarer det sammen, Kim – tak for hjælpen": set off by a comma and a dash
        return Cue("vocative", 0.45, "tiltales direkte («…, X – …»)")
    if w.before[-1:] in (("du",), ("dig",)) and w.gap_before == " " and w.capitalised:
        # "jeg henter dig Karen", "hvad laver du Jytte": the "you" named in apposition
        return Cue("vocative", 0.45, f"tiltales direkte («{w.before[-1]} …»)")
    if not VOCATIVE_AFTER.match(w.gap_after) and w.after:
        return None
    if _interjection(s, w):
        return None
    # probe round 323 (privreq): unless the sentence speaks to "du" ("Lis, min nabo kender
    # din datter"): the relation opens a clause told to the person named, who is addressed
    apposed = len(w.after) > 1 and w.after[1] in RELATIONS and not w.speaks_to_you()
    if w.after[:1] and w.after[0] in MY and apposed:
        return None  # "Mathias, min søn på 4, har feber": an apposition, not a greeting
    if w.gap_after.strip() == "," and w.after[1:2] in (("og",), ("eller",)):
        return None  # "Sol, sommer og endelig et arbejde": the first of a list
    if s.ambiguity in WORDLIKE and _answers_own_question(w):
        return None  # "hvad fik jeg ud af det? Nada.": the answer to "what", a thing
    if w.clause_start or w.gap_before.strip() == "," or _after_opening_and(w):
        return Cue("vocative", 0.45, "tiltales direkte (navnet står for sig selv)")
    if w.before[-1:] and w.before[-1] in CLOSING_WORDS and w.gap_before == " ":
        # "…, undskyld Palle.", "det var alt, tak Mona": the name closes an apology or thanks
        return Cue("vocative", 0.45, f"tiltales direkte («{w.before[-1]} …»)")
    if w.before[-2:] in REASSURANCES and w.gap_before == " ":
        # "Men bare rolig August, vi ses": a reassurance said to the person, however
        # ordinary the name is as a word
        return Cue("vocative", 0.45, f"tiltales direkte («{' '.join(w.before[-2:])} …»)")
    if w.before[-1:] and w.before[-1] in TAG_WORDS and w.gap_after.lstrip().startswith("?"):
        return Cue("vocative", 0.45, f"tiltales direkte («{w.before[-1]} …?»)")
    formula = _closing_formula(w)
    if formula:
        return Cue("vocative", 0.45, f"tiltales direkte («{formula} … X»)")
    if _closes_small_text(w):
        return Cue("vocative", 0.45, "tiltales direkte (navnet med stort slutter en tekst i småt)")
    return None


def _answers_own_question(w: Window) -> bool:
    """stop 32: a name that is also a word, alone as a sentence right after a question,
    answers it ("og hvad har jeg fået ud af det? Nada."): the word, not a person spoken to
    ("Hvem har min sag? Nada." names one)."""
    return (
        w.gap_before.strip() == "?"
        and w.gap_after.strip()[:1] in (".", "!")
        and "hvem" not in w.before
    )


def _closes_small_text(w: Window) -> bool:
    """ "vi ses på p-pladsen Jens 👊": in a text typed small, the one capitalised name as
    its last word, with no comma before it, is the person spoken to — not after a
    preposition ("hos Jens") or a relation ("min søn Jens"), where it is someone's name."""
    return (
        not w.after
        and not w.cased_text
        and w.capitalised
        and w.gap_before == " "
        and bool(w.before)
        and w.before[-1] not in PREPOSITIONS
        and w.before[-1] not in RELATIONS
        and w.before[-1] not in ("og", "eller", "end", "som")
    )


def aimed_at_cue(s: Subject, w: Window) -> Cue | None:
    """ "det var ikke rettet mod Kim.": the name alone closes the clause ("rettet mod Skov og
    Naturstyrelsen" goes on into an agency's name)."""
    if not aimed_at(w) or (w.after and not VOCATIVE_AFTER.match(w.gap_after)):
        return None
    aim = f"{w.before[-2]} {w.before[-1]}"
    return Cue("aimed_at", 0.2, f"noget er rettet mod personen («{aim} …»)")


def _after_opening_and(w: Window) -> bool:
    """ "Og Bo: pas godt på …", "Men Sol, …": a conjunction opens the clause, then the name
    before its comma or colon."""
    return w.prev_clause_start and w.gap_before == " " and w.before[-1:] in (("og",), ("men",))


def _closing_formula(w: Window) -> str:
    """ "Tak for hjælpen Ask!", "Vi ses snart Mads.": the name ends a clause that is a
    thanks or a see-you formula, with no preposition right before it ("vi ses i Lund" is a
    place). Returns the formula's opening words, "" when there is none."""
    if w.gap_before != " " or not w.before or w.before[-1] in PREPOSITIONS:
        return ""
    reach = w.before[-min(w.into_clause, 4) :] if w.into_clause else ()
    if reach[:1] == ("tak",):
        return "tak"
    if reach[:2] in (("vi", "ses"), ("ses", "vi")):
        return " ".join(reach[:2])
    return ""


def addressed(s: Subject, w: Window) -> Cue | None:
    """A name closing a clause that speaks to "du"/"dig": "jeg finder dig, Omar" without
    the comma, "JEG SLÅR DIG IHJEL CHARLOTTE!!!" — the person spoken to."""
    if w.clause_start or w.gap_before.strip() == "," or w.prev_capitalised:
        return None
    if not w.speaks_to_you():
        return None
    if w.after and not VOCATIVE_AFTER.match(w.gap_after) and w.after[0] not in YOUR:
        return None  # "… dig Ribe dit svin": an epithet after the name also addresses it
    return Cue("addressed", 0.45, "tiltales direkte (navnet afslutter en sætning til «du»)")


# "er en idiot", "er et klamt svin", "er sådan en nar": the copula, an article, at most one
# word between, then the epithet
_PREDICATE_ARTICLES = frozenset(("en", "et", "den", "det", "sådan", "saadan", "bare", "da"))


def called_names(s: Subject, w: Window) -> Cue | None:
    """ "Falck er en idiot", "Skov er sådan en nar": the name as the subject a degrading
    word is said of. A firm or a place is not called an idiot; a person is."""
    if not w.clause_start or w.gap_after != " " or w.after[:1] != ("er",):
        return None
    rest = [a for a in w.after[1:5] if a not in _PREDICATE_ARTICLES]
    if not rest[:2] or not any(epithet_after(word) for word in rest[:2]):
        return None
    return Cue("called_names", 0.45, "der siges et skældsord om navnet («X er en …»)")


# probe round 287: words that open a reply on their own ("Okay, jeg har forstået det nu")
DISCOURSE_OPENERS = frozenset(("okay", "ok", "oki", "nå", "ja", "jo", "nej", "fint", "super"))
# what follows such an opener: the writer goes on about himself or the matter
_OPENER_FOLLOWERS = frozenset((w,) for w in ("jeg", "vi", "så", "men", "det", "der", "æ", "a"))


def _interjection(s: Subject, w: Window) -> bool:
    """ "Bang! Så var der lukket for pengene": a word-name exclaimed alone, with nobody
    spoken to after it, is the word (an interjection), not a call to the person. Probe round
    287: a word that opens a reply, then a comma and the writer's own clause ("Okay, jeg har
    forstået det"), is that reply word too; "Okay, du skal ringe til mig" may call the person."""
    if s.ambiguity not in WORDLIKE or not w.clause_start:
        return False
    nobody_addressed = SECOND_PERSON.isdisjoint(w.after[:6]) and YOUR.isdisjoint(w.after[:6])
    if w.gap_after.lstrip().startswith("!"):
        return nobody_addressed
    return (
        w.spelt.lower() in DISCOURSE_OPENERS
        and w.gap_after.strip() == ","
        and w.after[:1] in _OPENER_FOLLOWERS
        and nobody_addressed
    )
