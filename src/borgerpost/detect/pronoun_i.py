"""Is a small "i" the preposition (in) or the plural pronoun "I" (you)?

Normalising lower-cases everything, and many citizens write the pronoun small ("i skal
betale"), so the text view decides per token from the raw capital, the sentence position
and the words around it (``textview`` turns the pronoun into the view word ``I``).
"""

from __future__ import annotations

from borgerpost.detect.normalise import Normalised

YOU_PLURAL = "I"

# After the preposition "i" at the start of a sentence ("I går", "I morgen", "I forhold til").
_PREPOSITION_FOLLOWERS = frozenset(
    "går morgen morges dag dags aften aftes nat weekenden weekend år fjor sommer vinter "  # noqa: SIM905
    "foråret efteråret sommers løbet forbindelse forhold henhold stedet starten slutningen "
    "begyndelsen mellemtiden øvrigt alt alle mange flere lang lige sidste næste denne dette "
    "min mit mine din dit dine hans hendes vores jeres deres en et den det de januar "
    "februar marts april maj juni juli august september oktober november december mandags "
    "tirsdags onsdags torsdags fredags lørdags søndags ugen ugens uge princippet praksis "
    "virkeligheden".split()
)
# Finite verbs after which a lower-case "i" is the pronoun many write for "I": "i skal
# betale", "hvorfor har i ikke svaret" ("i går", "i så fald" are left as prepositions).
_PRONOUN_VERBS = frozenset(
    "er var har havde skal skulle kan kunne vil ville må måtte bør burde får fik gør gjorde "  # noqa: SIM905
    "tror troede ved vidste gider gad tør turde trækker trak stopper stoppede tager tog "
    "sender sendte lover lovede behandler behandlede ødelægger ødelagde "
    # round 59 A: where the office is, "hvor i holder til", "ved hvor i bor"
    "holder bor sidder "
    # probe round 307 (threatA): the office's hours, "ved hvornår i lukker", "når i åbner"
    "lukker åbner låser".split()
)
# Modal verbs: after one, "i" before an infinitive is the subject ("kan i sende brevet");
# not "skal" ("skal i skole", "skal i kirke")
_MODALS = frozenset("kan kunne vil ville gider gad må tør turde bør burde".split())  # noqa: SIM905


def _infinitive(word: str) -> bool:
    """Looks like an infinitive ("sende", "ringe"), not "i dag", "i morgen", "i denne"."""
    return len(word) >= 4 and word.endswith("e") and word not in _PREPOSITION_FOLLOWERS


# After verb + "i": words that show "i" is the subject ("har i ikke", "kan i nu")
_SUBJECT_FOLLOWERS = frozenset("ikke aldrig nok da jo bare virkelig overhovedet stadig også nu fandme fanme satme sgu sku gerne".split())  # noqa: SIM905,E501


def shouted(norm: Normalised, starts: list[int], ends: list[int], k: int) -> bool:
    """Token ``k`` stands beside a word written in capitals ("HAR I", "I HELVEDE")."""
    for j in (k - 1, k + 1):
        if 0 <= j < len(starts):
            word = norm.raw[starts[j] : ends[j]]
            if len(word) >= 2 and word.isupper():
                return True
    return False


# probe round 369: a quantifier floated after the capital pronoun, a finite verb next ("I
# alle har fået brevet", "I begge var der"): "I alle tilfælde" has a noun there instead
_FLOATED = frozenset(("alle", "begge", "allesammen"))


def pronoun_or_preposition(
    raw: str, sentence_start: bool, following: str, before: str = "", then: str = ""
) -> str:
    """The view's word for a token "i" written ``raw``: ``I`` for the plural pronoun.
    Written small, it is the pronoun before a finite verb ("i skal betale") or between a
    verb and an adverb ("har i ikke svaret"); otherwise the preposition. A lone "l" is a
    scanned capital "I" (``ocr.py``) and reads as one."""
    if raw not in ("I", "l", "L"):
        if following in _PRONOUN_VERBS:
            return YOU_PLURAL
        if before in _PRONOUN_VERBS and following in _SUBJECT_FOLLOWERS:
            return YOU_PLURAL
        if before in _MODALS and _infinitive(following):
            return YOU_PLURAL  # "kan i sende", "vil i ringe"
        return "i"
    if not sentence_start:
        return YOU_PLURAL
    if following in _FLOATED and then in _PRONOUN_VERBS:
        return YOU_PLURAL
    return "i" if following in _PREPOSITION_FOLLOWERS else YOU_PLURAL
