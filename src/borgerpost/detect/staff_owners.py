"""Staff-name cues from a genitive: what the name owns says it is a person.

"Fugls opfølgningsplan" (casework), "Smeds fine hus" (private life), "Hjelms små lakajer"
(their own people), "Trangs skyld" (blame): a bird, a smith's trade, a helmet or a craving
owns none of these; nor does a word "own" a thing as its owner ("den er Kæmpes") or have a
partner ("Hjul og kæresten"). Part of the cue rules in ``staff_cues``.
"""

from __future__ import annotations

from borgerpost.detect.staff_window import Cue, Subject, Window
from borgerpost.detect.staff_words import OWN_PEOPLE_AFTER, PRIVATE_BELONGINGS


def _owner_of_casework(s: Subject, w: Window) -> Cue | None:
    if not w.owns_casework():
        return None
    return Cue("owner_of_casework", 0.35, f"ejer sagsbehandlingen («… {w.after[0]}»)")


def _owned(w: Window, words: frozenset[str]) -> str | None:
    """The word of ``words`` right after a bare name in the genitive, or after one word
    between ("Smeds fine hus"); None for the genitive of another person's full name ("Tove
    Ravns mand": a capitalised word before it)."""
    if not w.genitive or w.gap_after != " " or w.prev_capitalised:
        return None
    return next((word for word in w.after[:2] if word in words), None)


def _owner_of_belongings(s: Subject, w: Window) -> Cue | None:
    """A name in the genitive before a private belonging, perhaps with one word between:
    "Smeds fine hus", "Tangs kone" — a person's home and family, not a smith's or a town's."""
    owned = _owned(w, PRIVATE_BELONGINGS)
    if owned is None:
        return None
    return Cue("owner_of_belongings", 0.35, f"ejer noget privat («… {owned}»)")


def _owner_of_people(s: Subject, w: Window) -> Cue | None:
    """ "Hjelms små lakajer", "Lyngs folk": a person's own people, in the genitive."""
    people = _owned(w, OWN_PEOPLE_AFTER)
    if people is None:
        return None
    return Cue("owner_of_people", 0.35, f"har sine egne folk («… {people}»)")


# stop 39: only a person behaves: "Krogs arrogante opførsel", "Vangs nedladende tone" (a
# town or a verb has no manners; "holdning" is left out: a municipality has a stance)
CONDUCT = frozenset((
    "opførsel", "opførslen", "adfærd", "adfærden", "optræden", "væremåde", "væremåden",
    "attitude", "attituden", "facon", "manerer", "arrogance", "nedladenhed", "frækhed",
    "uhøflighed", "respektløshed", "tone", "tonen", "tonefald", "kropssprog",
))


def _owner_of_conduct(s: Subject, w: Window) -> Cue | None:
    """A name in the genitive before a way of behaving, perhaps after one adjective."""
    conduct = _owned(w, CONDUCT)
    if conduct is None:
        return None
    return Cue("owner_of_conduct", 0.35, f"personens opførsel («… {conduct}»)")


# Only a person is to blame: "det er ikke Trangs skyld", "Krogs fejl"
BLAME_OWNED = frozenset(("skyld", "fejl", "ansvar"))


def _owner_of_blame(s: Subject, w: Window) -> Cue | None:
    """A name in the genitive right before a fault or a responsibility ("Trangs skyld"), or
    days that are counted ("Storms dage er talte": said only of a person)."""
    if not w.genitive or w.gap_after != " " or w.prev_capitalised:
        return None
    if w.after[:3] == ("dage", "er", "talte"):
        return Cue("owner_of_blame", 0.35, "personens dage er talte")
    if not w.after or w.after[0] not in BLAME_OWNED:
        return None
    return Cue("owner_of_blame", 0.35, f"bærer skylden eller ansvaret («… {w.after[0]}»)")


def _owner_predicate(s: Subject, w: Window) -> Cue | None:
    """Stop 36: "… den er Kæmpes.": a word-name in the genitive with a capital, alone after
    "er"/"var" at its clause's end, owns the thing spoken of; a word or a place owns nothing."""
    if not (w.genitive and w.capitalised and s.ambiguity == "word" and not w.clause_start):
        return None
    if w.before[-1:] not in (("er",), ("var",)) or w.gap_after.strip()[:1] not in (".", "!", "?"):
        return None
    return Cue("owner_predicate", 0.2, f"ejer det omtalte («{w.before[-1]} …s»)")


# stop 36: "Hjul og kæresten bor på …": a word-name joined to the person's own household
HOUSEHOLD = frozenset(
    "kæresten konen manden hustruen samleveren familien børnene ungerne pigerne drengene "  # noqa: SIM905
    "datteren sønnen".split()
)


def _with_household(s: Subject, w: Window) -> Cue | None:
    """A name opening its clause, then "og" and a definite word for the household
    ("Hjul og kæresten bor …"): a thing or a place has no partner or children."""
    if not (s.single and w.clause_start and w.after[:1] == ("og",)):
        return None
    partner = w.after[1] if len(w.after) > 1 else ""
    if partner in HOUSEHOLD:
        return Cue("with_household", 0.35, f"nævnt med sin husstand («og {partner}»)")
    return None


OWNERS = (
    _owner_of_casework,
    _owner_of_belongings,
    _owner_of_people,
    _owner_of_blame,
    _owner_of_conduct,
    _owner_predicate,
    _with_household,
)
