"""An epithet set after the person it is said of: in apposition closing the sentence ("Bo
har afvist mig igen, det klamme svin") or as the definite object of a verb of telling that
refers back to a person named before ("skriv til ham og fortæl hvad I mener om svinet").
Kept apart from ``insult_frames``, which asks these after its own frames."""

from __future__ import annotations

from borgerpost.detect.labels.insult_clause import COPULA, clause_before, clause_end, is_person
from borgerpost.detect.labels.insult_lexicon import epithet_hit
from borgerpost.detect.rules import FIRST_PERSON
from borgerpost.detect.staff_words import is_title
from borgerpost.detect.textview import SENTENCE, STAFF, STAFF_GENITIVE, TokenView

# probe round 29: "Bo har afvist mig igen, det klamme svin.", "Tariq er skyld i det hele, den
# kolde skid": the word closes its sentence in apposition to a person in the clause before
APPENDED_DETERMINERS = frozenset(("den", "det", "de", "denne", "dette", "disse"))
# persons the clause before may name ("du", "I" are the vocative's: "din ko!")
APPENDED_PERSONS = frozenset(("han", "hun", "ham", "hende", "de", "dem", STAFF, STAFF_GENITIVE))
APPENDED_REACH = 16
# probe round 417: an indefinite apposition after a clause that says what the person is
# ("Bo er den værste chef i byen, en rigtig heks"): the clause must have its person and a
# copula right after it ("Bo har en gård, en gris og to køer" says no one is one)
INDEFINITE = frozenset(("en", "et"))


def _copula_clause(view: TokenView, head: int) -> bool:
    """The clause before the comma at ``head`` opens with a person and a copula."""
    k = head - 1
    while k > 0 and head - k <= APPENDED_REACH and view.words[k - 1] != SENTENCE:
        k -= 1
    words = view.words
    return k + 1 < head and (words[k] in APPENDED_PERSONS or is_title(words[k])) and (
        words[k + 1] in COPULA
    )


def appended(view: TokenView, i: int, *, adjective: bool = False) -> bool:
    """A comma, a determiner, up to two adjectives (at least one when ``adjective``) and the
    word, which ends the sentence; the clause before names a person and is no list of things
    of the word's kind ("han solgte koen, den gamle ko")."""
    if not clause_end(view, i):
        return False
    before = clause_before(view, i, 3)
    if not before or before[-1] not in APPENDED_DETERMINERS | INDEFINITE:
        return False
    head = i - len(before)
    if before[-1] in INDEFINITE and not _copula_clause(view, head):
        return False
    if head < 2 or not view.clause_break[head] or view.words[head - 1] == SENTENCE:
        return False
    between = before[:-1]
    if adjective and not between:
        return False
    if any(is_person(w) or w in FIRST_PERSON or w in ("som", "der", "at") for w in between):
        return False
    entry = epithet_hit(view.words[i])
    # "han kører en gammel bil, den gamle skid": a thing of the determiner's gender before
    article = {"den": "en", "denne": "en", "det": "et", "dette": "et"}.get(before[-1])
    person = False
    k = head - 1
    while k >= 0 and head - k <= APPENDED_REACH and view.words[k] != SENTENCE:
        word = view.words[k]
        hit = epithet_hit(word)
        if word == view.words[i] or (
            entry is not None and hit is not None and (hit.entry == entry.entry)
        ):
            return False  # "koen, den gamle ko": the animal itself
        if word == article:
            return False
        person = person or word in APPENDED_PERSONS or (is_title(word) and word not in FIRST_PERSON)
        k -= 1
    return person


# stop 45 (round 353): the epithet set right after a staff name as its apposition, the
# sentence going on ("Hansen den ko har …", "Per Holm det gamle svin sagde …")
NAMED_REACH = 2  # adjectives between the determiner and the word


def named_then(view: TokenView, i: int) -> bool:
    """A staff name, "den"/"det", up to ``NAMED_REACH`` adjectives in their "-e" form and
    the word in its bare form ("Per Holm den dag koen kælvede" is no epithet)."""
    hit = epithet_hit(view.words[i])
    if hit is None or view.words[i] != hit.entry:
        return False
    k = i - 1
    while k >= 0 and i - k <= NAMED_REACH + 1 and view.words[k] not in ("den", "det"):
        if not view.words[k].endswith("e") or is_person(view.words[k]):
            return False
        k -= 1
    return k >= 1 and view.words[k] in ("den", "det") and view.words[k - 1] == STAFF


# probe round 29: "skriv til ham og fortæl hvad I mener om svinet", "sig det til koen":
# the definite word, object of a verb of telling or thinking, stands for a person named or
# pointed at before it in the text
REFERRING_PREPOSITIONS = frozenset(("om", "til", "på", "ad"))
REFERRING_VERBS = frozenset(
    "mener mente synes syntes tænker tænkte skriv skriver skrev sig siger sagde fortæl "  # noqa: SIM905
    "fortæller send sender ring ringer råb råber spyt spytter klag klager hils giv".split()
)
REFERRED_PERSONS = frozenset(("han", "hun", "ham", "hende", STAFF, STAFF_GENITIVE))
REFERRED_REACH = 30
DEFINITE_ENDINGS = ("en", "et", "n", "t")


def referring(view: TokenView, i: int) -> bool:
    """The word is in its definite singular form, right after "om"/"til"/"på"/"ad" that
    follows a verb of telling or thinking in its clause, and a third person ("ham", a staff
    name) stands before it in the text."""
    word = view.words[i]
    hit = epithet_hit(word)
    if hit is None or word == hit.entry or word.removeprefix(hit.entry) not in DEFINITE_ENDINGS:
        return False
    if i < 2 or view.words[i - 1] not in REFERRING_PREPOSITIONS:
        return False
    if not REFERRING_VERBS.intersection(clause_before(view, i - 1, 4)):
        return False
    start = max(0, i - REFERRED_REACH)
    return any(w in REFERRED_PERSONS for w in view.words[start : i - 1])
