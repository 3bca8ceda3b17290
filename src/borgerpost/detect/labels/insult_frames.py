"""When a word degrades a person: the frames in which an ambiguous word ("ko", "svin",
"klovn") is said of a person (the look-ups of such words are in ``insult_lexicon``).

A frame is a few words around the word: a copula on a person ("Kirsten er en ko"), a
vocative at the end of a clause ("din ko!"), "sikke en klovn du er", a name set equal to
it ("Bo = klovn"), "kalder Bo for en heks", "sådan en klovn som Bo", a demonstrative with
the name in apposition ("den klovn, Bo Vind, …"), or a sentence that is little more than
the word ("Svin!"). ``insult.py`` asks these; kept apart so each rule reads on its own.
"""

from __future__ import annotations

from borgerpost.detect import lexicon
from borgerpost.detect.labels.insult_apposition import appended, named_then, referring
from borgerpost.detect.labels.insult_between import after_copula, ranked_genitive
from borgerpost.detect.labels.insult_clause import (
    COPULA,
    FRAME_REACH,
    LIKENED_PERSONS,
    breaks_at,
    clause_before,
    clause_end,
    is_person,
    small_sentence_after,
    stop_before_lower,
)
from borgerpost.detect.labels.insult_exclaimed import exclaimed, fronted, tacked_on
from borgerpost.detect.labels.insult_hired import hired
from borgerpost.detect.labels.insult_institution import (
    APPOSITION_DETERMINERS,
    at_institution,
    institution_compound,
    pointed_actor,
)
from borgerpost.detect.labels.insult_lexicon import (
    degrading_hit,
    epithet_hit,
)
from borgerpost.detect.labels.insult_subject import (
    ANIMAL_PLACES,
    DESCRIBED_REACH,
    attributed,
    contact_clause,
    described,
    staff_group,
    thing_subject,
)
from borgerpost.detect.labels.insult_you_all import you_all, you_all_apposed, you_all_object
from borgerpost.detect.rules import FIRST_PERSON
from borgerpost.detect.staff_words import is_title
from borgerpost.detect.textview import SENTENCE, STAFF, STAFF_GENITIVE, TokenView

ARTICLES = frozenset(
    # "1" is the article written as a digit ("du er 1 svin", "ILB = 1 koldt svin")
    ("en", "et", "nogle", "noget", "sådan", "sådanne", "sikke", "flok", "bande", "ligner", "1")
)
VOCATIVE = frozenset(("din", "dit", "dine"))
INTENSIFIERS = frozenset(
    "fuldstændig fuldstændigt totalt helt så simpelthen bare virkelig komplet aldeles ret "  # noqa: SIM905
    "meget mega dybt da jo sgu fandme godt noget nogle en et og mest mere allermest lille "
    "af det stor store stort gammel gamle "
    # probe round 8: "pinligt inkompetent", "tydeligvis uduelig", "notorisk doven"
    "pinligt tydeligvis åbenlyst utroligt ufatteligt groteskt skræmmende notorisk decideret "
    "direkte aldeles ganske".split()
)
NOT_A_SUBJECT = frozenset(("det", "den", "der", "dette", "her", "hvad", "hvilket", "som"))
# "Anne fra kontanthjælp er uduelig": a place or team said of the person before the copula
CALLED_FILLERS = ARTICLES | {"for", "til", "ligefrem", "direkte", "bare", "lille", "gamle"}
EQUATED_REACH = 3  # an article and two adjectives between the person and the word
# a pronoun object or a preposition's person opens no verbless "X = svin" clause
NOT_EQUATED = frozenset(("dig", "jer", "ham", "hende", "dem", "din", "dit", "dine", "jeres",
                         "hans", "hendes", "deres", "dennes", "I"))
SHORT_SENTENCE = 3


def likened_after(view: TokenView, i: int) -> bool:
    words = view.words
    k = i + 1
    if k + 1 >= len(words) or words[k] != "som" or view.clause_break[k]:
        return False
    nxt = words[k + 1]
    if nxt in ("den", "det", "de") and k + 2 < len(words) and is_person(words[k + 2]):
        return True  # "en idiot som den sagsbehandler"
    return nxt in (STAFF, STAFF_GENITIVE) or nxt in LIKENED_PERSONS or (
        nxt not in FIRST_PERSON and is_title(nxt)
    )


def _degraded(view: TokenView, i: int) -> bool:
    """A degrading adjective or a vulgar word shortly before: "lede rotter", "skide ko";
    round 160: also first in a list of adjectives ("en flok ækle, nærige rotter")."""
    for word in clause_before(view, i, 3, adjective_list=True):
        if degrading_hit(word) or lexicon.profanity().lookup(word):
            return True
    return False


# probe round 271: "til at" after the noun makes a skill of it ("damen i kiosken er en heks
# til at bage", "han er et bæst til at løbe"): the idiom praises how good someone is at it
SKILL_IDIOM = ("til", "at")


_JOINERS = frozenset(str.split("med og eller på i til fra af for om hos ved uden som der mange"))


def _copula_frame(view: TokenView, i: int, *, swear: bool = False) -> bool:
    """ "<person> er en (…) X", "I er nogle (…) X", "han er X" — not "det er en ko".

    Between the copula and the noun: nothing, or an article and up to two adjectives.
    """
    if tuple(view.words[i + 1 : i + 3]) == SKILL_IDIOM:
        return False
    before = clause_before(view, i, FRAME_REACH + 4 + DESCRIBED_REACH, adjective_list=True)
    for k, word in enumerate(before[: FRAME_REACH + 2]):
        if word in COPULA:
            # copula .. noun, in text order; "er den største lort (af dem alle)" is ranked
            between, ranked = after_copula(before[:k][::-1])
            if not ranked and between and between[0] not in ARTICLES and len(between) > 1:
                return False
            # probe round 369: an article and three adjectives ("en sur, doven lille lort"),
            # not a noun or a joining word among them ("en landmand med mange køer")
            if len(between) > 4 or (
                len(between) == 4 and any(is_person(w) or w in _JOINERS for w in between[1:])
            ):
                return False
            subject = before[k + 1] if k + 1 < len(before) else ""
            after = before[k - 1] if k >= 1 else ""
            if k + 1 == len(before) and _after_apposition(view, i - 1 - k):
                return True  # "Bo Vind, chef i Ydelser, er en slange"
            if ranked and subject.lower() == "hvem" and len(between) <= 1:
                return _answered_by_name(view, i)
            if subject in NOT_A_SUBJECT or thing_subject(before[k + 1 : k + 3]):
                return False
            if ANIMAL_PLACES.intersection(before[k + 1 : k + 1 + DESCRIBED_REACH]):
                return False  # "de (to) i stalden er nogle køer": the animals there
            # "Sagsbehandlerne derinde er …": the person may stand two words back;
            # "Lis fra kontanthjælp er en gammel heks": a team or place after the person
            return (
                any(is_person(w) for w in (*before[k + 1 : k + 3], after))
                or (subject in DEFINITE_PERSONS and k + 2 == len(before))
                or attributed(before[k + 2 :])
                or described(before[k + 1 :], groups=not swear)
                or (not swear and any(map(staff_group, before[k + 1 : k + 4])))
                or contact_clause(before[k + 1 :])
            )
    return bool(before) and before[0] in ("flok", "bande", "sikke")


# probe round 329: the words a comma-closed apposition or relative clause between a staff
# name and its copula may hold ("Bo Vind, teamleder i Ydelser, er …")
APPOSITION_REACH = 8


def _after_apposition(view: TokenView, j: int) -> bool:
    """The copula at ``j`` opens its clause right after one that is set off by commas and
    follows a staff name: that name is its subject ("Lis Ravn, chef i Ydelser, er en
    slange"; "Bo, der har min sag, er et svin")."""
    if j < 2 or view.words[j] not in COPULA or not view.clause_break[j]:
        return False
    for m in range(j - 1, max(0, j - 1 - APPOSITION_REACH), -1):
        if view.words[m] == SENTENCE:
            return False
        if view.clause_break[m]:
            return view.words[m - 1] == STAFF
    return False


# round 187: a definite noun for a person that opens the clause right before the copula
# ("Manden er en lille lort", "Kvinden er et kryb"): the person just named
DEFINITE_PERSONS = frozenset(("manden", "kvinden", "fyren", "damen", "mandslingen", "typen"))


# round 128: "Hvem er den største lort på jobcentret? <navn>": the question ranks someone
# first among the word's kind and the next sentence answers with a named staff member
ANSWER_OPENERS = (("det", "er"), ("det", "var"), ("svaret", "er"))


def _answered_by_name(view: TokenView, i: int) -> bool:
    words = view.words
    j = next((k for k in range(i + 1, len(words)) if words[k] == SENTENCE), len(words)) + 1
    if view.lowered[j : j + 2] in ANSWER_OPENERS:
        j += 2  # "Det er Sabine Holm."
    if j >= len(words) or words[j] not in (STAFF, STAFF_GENITIVE):
        return False
    # the name is the whole answer ("Sabine Holm.", "Sabine Holm, og …"), not a subject
    # that goes on ("Sabine Holm ved det ikke")
    return breaks_at(view, j + 1)


# a plural subject makes a bare plural noun a name ("I er svin", "de er rotter")
PLURAL_SUBJECTS = frozenset(("I", "de", "vi", "jer", "dem"))


def _status(word: str, subject: str) -> bool:
    """ "hun er analfabet", "han er klovn i cirkus": a bare singular noun after the copula
    names a status or a trade, not a name for the person ("hun er en analfabet")."""
    hit = epithet_hit(word)
    return hit is not None and word == hit.entry and subject not in PLURAL_SUBJECTS


def _equated(view: TokenView, i: int) -> bool:
    """ "ILB = 1 koldt svin", "Bent Ravn: et svin", "Hanne – en gammel ko": a person opens
    the clause and is set equal to the word without a verb (a sign, a colon or a dash stand
    for "er"). Between them only an article and up to two adjectives."""
    before = clause_before(view, i, EQUATED_REACH + 1)
    head = i - len(before)
    if before and head > 1 and view.words[head - 1] == SENTENCE and _name_alone(view, head - 2):
        head -= 1  # "Jakob B. – et svin uden …", "Rikke Hjelm. En kold ko.": a name as heading
    if before and head > 0 and view.words[head - 1] == STAFF and view.clause_break[head]:
        # "Kofoed, et svin der …", "Lotte, den ko": the word in apposition to the name
        if len(before) > EQUATED_REACH or (
            before[-1] not in ARTICLES
            and before[-1] not in APPOSITION_DETERMINERS
            and not ranked_genitive(before[::-1])
        ):
            return False
        return clause_end(view, i) or view.words[i + 1] in ("uden", "der", "som", "med")
    if not before or not is_person(before[-1]) or before[-1] in NOT_EQUATED:
        return False
    if head > 0 and view.words[head - 1] != SENTENCE and not view.clause_break[head]:
        return False  # the person is no clause opener ("så de en ko")
    between = before[:-1][::-1]
    if not between:
        return view.words[head] in (STAFF, STAFF_GENITIVE) and clause_end(view, i)
    if between[0] not in ARTICLES and not (degrading_hit(between[0]) or ranked_genitive(between)):
        return False
    return clause_end(view, i) or view.words[i + 1] in ("uden", "der", "som", "med")


def _such_as(view: TokenView, i: int) -> bool:
    """ "sådan en klovn som Bo", "sådanne svin som jer": "sådan" before the word and the
    person it is said of after "som"."""
    before = clause_before(view, i, 3)
    if not any(w in ("sådan", "sådanne", "sikke") for w in before) or not likened_after(
        view, i
    ):
        return False
    # "sådan en klovn som dem fra cirkus", "som dem der laver balloner": a kind, not a person
    k = i + 3
    return view.words[i + 2] not in LIKENED_PERSONS or k >= len(view.words) or (
        view.words[k] not in SUCH_AS_KIND
    )


SUCH_AS_KIND = frozenset(("fra", "i", "på", "hos", "med", "der", "som", "til", "af", "man"))


def _pointed_named(view: TokenView, i: int, *, swear: bool = False) -> bool:
    """ "Den her klovn, Bo Vind, …", "det svin Hansen", "disse klovne, Kim og Lis": a
    demonstrative points at the word and a staff name stands right after it as its
    apposition (a comma or a dash may come between).

    probe round 329: a swear word ("lort") so placed only with an adjective and the
    common-gender "den" before it ("den sølle lort Bo Vind har …"): the neuter word takes
    "den" only as a name for a person; "det lort Bo sendte" is the thing Bo sent."""
    before = clause_before(view, i, 3)
    if before and before[0] in ("her", "der"):
        before = before[1:]
    # probe round 86: "den kolde heks Lilly Bojesen"; probe round 307: two adjectives
    # stacked ("den sure gamle ko Mette Lund"), a degrading one or plain ones
    stripped = 0
    for _ in range(2):
        if before and degrading_hit(before[0]):
            before, stripped = before[1:], stripped + 1  # "den lede klovn"
        elif len(before) > 1 and _plain_adjective(before[0]):
            before, stripped = before[1:], stripped + 1
    if not before or before[0] not in APPOSITION_DETERMINERS:
        return False
    if swear and (not stripped or before[0] != "den"):
        return False
    nxt = i + 1
    if nxt >= len(view.words) or view.words[nxt] != STAFF:
        return False
    # after a comma the name must close its own clause too ("den ko, Bo har på marken" is
    # a relative clause: Bo's cow)
    return not view.clause_break[nxt] or clause_end(view, nxt)


def _plain_adjective(word: str) -> bool:
    """A definite adjective ("kolde", "gamle", "magtsyge") between a demonstrative and the
    word: no person, no demonstrative, no small word."""
    return (
        word.isalpha()
        and len(word) > 3
        and word.endswith("e")
        and not is_person(word)
        and word not in FIRST_PERSON
        and word not in APPOSITION_DETERMINERS
        and word not in ("denne", "disse", "samme", "eneste", "anden", "andre")
    )


def _name_alone(view: TokenView, k: int) -> bool:
    """Word ``k`` is a staff mention that is its sentence on its own."""
    return view.words[k] == STAFF and len(view.sentence_words(k)) == 1


def _called(view: TokenView, i: int) -> bool:
    """ "kalder Bo for en heks", "kaldte dem nogle svin": a person called the word."""
    before = clause_before(view, i, FRAME_REACH + 1)
    for k, word in enumerate(before):
        if word.startswith("kald"):
            between = before[:k]
            return any(map(is_person, between)) and all(
                w in CALLED_FILLERS or w in INTENSIFIERS or is_person(w) or degrading_hit(w)
                for w in between
            )
    return False


def _vocative(view: TokenView, i: int, openers: frozenset[str] = VOCATIVE | {"sikke"}) -> bool:
    """ "din ko!", "dine svin" ending a clause (a name may follow: "dit svin Bo!"), or
    "sikke en/nogle … X"."""
    before = clause_before(view, i, 3)
    if not any(w in openers for w in before):
        return False
    nxt = i + 1
    if nxt < len(view.words) and view.words[nxt] == STAFF:
        nxt += 1  # "dit fede svin Farhan.", "din ko Pia": the name called after the word
    if breaks_at(view, nxt) and not small_sentence_after(view, nxt):
        return True
    # a text written small: "din" must open the clause ("du gav min søn din ko. nu …")
    lower = stop_before_lower(view, nxt) or small_sentence_after(view, nxt)
    return lower and _opens_clause(view, i, openers)


# probe round 409: a greeting that opens the text or a sentence on the epithet ("Kære små
# bureaukratiske klovne: …", "Hej klovne,"): the readers addressed are called so; a greeting
# on to a name or a role ("Kære sagsbehandler,") has no epithet, and a clown told of later
# in the sentence ("Kære Bo, tak for klovnen") stands past the greeting's clause
GREETINGS = frozenset(("kære", "kaere", "hej", "hallo", "halløj", "goddag"))
GREETING_REACH = 3


def _greeted(view: TokenView, i: int) -> bool:
    before = clause_before(view, i, GREETING_REACH + 1)
    if not before or before[-1] not in GREETINGS:
        return False
    k = i - len(before)
    if k > 0 and view.words[k - 1] != SENTENCE:
        return False
    nxt = i + 1
    return breaks_at(view, nxt) or (nxt < len(view.words) and view.words[nxt] == STAFF)


def _opens_clause(view: TokenView, i: int, openers: frozenset[str]) -> bool:
    """The vocative's "din"/"dit" opens its clause ("…, din lille lort"), not an object
    ("jeg har hentet din ko")."""
    for j in range(i - 1, max(-1, i - 4), -1):
        if view.words[j] in openers:  # probe round 417: or the name before it ("Bo din rotte.")
            return any(k == 0 or view.words[k - 1] == SENTENCE or view.clause_break[k]
                       for k in (j, j - 1) if k == j or view.words[k] == STAFF)
    return False


def _alone(view: TokenView, i: int) -> bool:
    """The epithet is (nearly) the whole sentence: "Svin!", "Sorte aber.", "Syge ko"."""
    sentence = view.sentence_words(i)
    return len(sentence) <= SHORT_SENTENCE and sentence[-1] == i


def framed(view: TokenView, i: int, *, swear: bool) -> bool:
    """Whether the ambiguous epithet at ``i`` is said of a person. A word that is also a
    swear word (``swear``: "lort", "pik") is an expletive unless a copula, a vocative or an
    equation ties it to a person."""
    if i > 1 and view.words[i - 1] in COPULA and _status(view.words[i], view.words[i - 2]):
        return False  # "Bo er analfabet": a status, in whatever frame
    if swear:
        return (
            _copula_frame(view, i, swear=True)
            or _vocative(view, i, VOCATIVE)
            or _equated(view, i)
            or exclaimed(view, i)
            or _pointed_named(view, i, swear=True)
        )
    return (
        exclaimed(view, i)
        or fronted(view, i)
        or _degraded(view, i)
        or _copula_frame(view, i)
        or _vocative(view, i)
        or _greeted(view, i)
        or tacked_on(view, i)
        or you_all(view, i)
        or you_all_object(view, i)
        or you_all_apposed(view, i)  # probe round 389: "det tager jer klovne at læse"
        or _alone(view, i)
        or _called(view, i)
        or _equated(view, i)
        or _pointed_named(view, i)
        or _such_as(view, i)
        or institution_compound(view, i)
        or at_institution(view, i)
        or pointed_actor(view, i)
        or appended(view, i)
        or referring(view, i)
        or named_then(view, i)
        or hired(view, i)  # probe round 263: "sikke en klovn I har ansat"
    )
