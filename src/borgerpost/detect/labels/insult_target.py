"""Who an epithet is said of: the writer, the writer's own people, or someone else.

``insult`` never counts the writer naming themself ("jeg følte mig som en idiot", "idioten,
altså mig"), but an epithet on the writer's own people ("min nabo er en idiot") or in the
object of the writer's own verb ("vi har fået sådan en idiot") is about another person.
These helpers decide that target; they live apart from ``insult`` to keep it short.
"""

from __future__ import annotations

from collections.abc import Sequence

from borgerpost.detect import lexicon
from borgerpost.detect.labels.insult_between import hedge_length
from borgerpost.detect.labels.insult_clause import (
    COPULA,
    clause_before,
    gap_after,
    has_emoji,
    is_person,
)
from borgerpost.detect.labels.insult_frames import (
    ARTICLES,
    INTENSIFIERS,
    NOT_A_SUBJECT,
    likened_after,
)
from borgerpost.detect.labels.insult_institution import (
    APPOSITION_DETERMINERS,
    STAFFED_PLACE_ENDS,
    STAFFED_PLACES,
)
from borgerpost.detect.labels.insult_lexicon import degrading_hit, epithet_hit
from borgerpost.detect.labels.insult_subject import STAFF_GROUP_ENDS
from borgerpost.detect.rules import FIRST_PERSON, OTHER_PERSON, SELF, person_before
from borgerpost.detect.textview import SENTENCE, STAFF, TokenView

FIRST_POSSESSIVE = frozenset(("min", "mit", "mine", "vores"))
MODIFIERS_REACH = 3
# the writer's own people as the subject ("min nabo er en idiot", "vores udlejer er et svin",
# "min ekskæreste, den klamme kælling"): another person, not the writer
OWN_PEOPLE = frozenset(
    "nabo naboen naboer naboerne genbo genboen underbo overbo udlejer udlejeren vicevært "  # noqa: SIM905
    "viceværten chef chefen leder lederen mester mesteren mand eksmand kone ekskone kæreste "
    "ekskæreste eks svoger svigerinde svigermor svigerfar svigerforældre bror brødre søster "
    "søstre storebror lillebror storesøster lillesøster fætter kusine onkel tante nevø niece "
    "stedfar stedmor papfar papmor ven veninde venner veninder kollega kollegaer kolleger "
    "makker læge lægen advokat advokaten naboens udlejers "
    # probe round 96: the town's or the country's elected people ("vores rådmand er en kujon",
    # "vores kommunaldirektør er en usling"): someone else, as the writer's neighbour is
    "borgmester borgmesteren viceborgmester rådmand rådmanden byrådsmedlem byråd byrådet "
    "kommunalbestyrelse kommunalbestyrelsen kommunaldirektør kommunaldirektøren minister "
    "ministeren beskæftigelsesminister beskæftigelsesministeren socialminister "
    "socialministeren statsminister statsministeren folketingsmedlem politiker politikere "
    "politikerne lokalpolitiker lokalpolitikere lokalpolitikerne".split()
)
PERSON_WORD_REACH = 8
ATTRIBUTES_AFTER_POSSESSIVE = frozenset(("lille", "gamle", "nye", "kære", "egen", "elskede"))
# the writer's object frame ("jeg gider ikke have en perker som sagsbehandler")
OBJECT_REACH = 7
OBJECT_DETERMINERS = frozenset(("en", "et", "nogle", "sådan", "sådanne", "den", "de", "flere"))
# "man" too, the generic subject: "hvordan kan man ansætte sådan en idiot" (probe round 18)
WRITER_SUBJECTS = frozenset(("jeg", "vi", "man"))
# the writer so called, likened or become, or a topic: no object of the writer's verb
OBJECT_BLOCKERS = frozenset(
    "som mig os sig selv ligner lignede ligne lyder lød fremstår fremstod virker virkede "  # noqa: SIM905
    "ende ender endte om af til blive bliver blev er var være været".split()
)
COPULA_REACH = 4  # the adjective stands at most four words after the copula


def own_person_before(view: TokenView, i: int) -> bool:
    """The first-person word that made ``person_before`` say SELF is a possessive on one of
    the writer's people ("min nabo er en idiot"): the epithet is about them."""
    words = view.words
    k = i - 1
    while k >= 0 and i - k <= PERSON_WORD_REACH and words[k] != SENTENCE:
        if view.clause_break[k + 1] and k + 1 < i:
            return False
        if words[k] in FIRST_PERSON:
            return (
                words[k] in FIRST_POSSESSIVE
                and k + 1 < i
                and (words[k + 1] in OWN_PEOPLE or _shared_by_all(words, k + 1))
            )
        k -= 1
    return False


def _shared_by_all(words: Sequence[str], j: int) -> bool:
    """probe round 79: "vores alle sammens lille Napoleon", "vores allesammens chef": the
    ironic "everybody's own", said of someone the writer mocks, never of the writer."""
    return words[j] in ("allesammens", "alles") or tuple(words[j : j + 2]) == ("alle", "sammens")


STOPS = frozenset(".!?")


def who_before(view: TokenView, i: int) -> str:
    """``person_before``, but a full stop the view did not take for a sentence end (the next
    word in lower case: "… over mit liv. den kælling kan skride") ends the search too."""
    who = person_before(view, i)
    if who != SELF:
        return who
    k = i - 1
    while k >= 0 and view.words[k] not in FIRST_PERSON:
        k -= 1
    words = view.words
    if (start := _hedge_start(words, k)) is not None:
        return who_before(view, start)  # probe round 267: "hun er efter min mening en idiot"
    if any(_stop_gap(view, j) for j in range(k, i) if SENTENCE not in (words[j], words[j + 1])):
        return ""
    return who


def _hedge_start(words: Sequence[str], k: int) -> int | None:
    """probe round 267: the index where an opinion hedge that holds the writer's word ``k``
    opens ("er i mine øjne en klovn", "er for mig at se et dybt dumt menneske"): the writer
    only holds the opinion, the person it is said of stands before it."""
    for start in range(max(0, k - 2), k):
        if (n := hedge_length(words[start:])) and start + n > k:
            return start
    return None


def _stop_gap(view: TokenView, j: int) -> bool:
    """A full stop after word ``j``, or (probe round 37) an emoji before a capitalised word,
    which ends a sentence as well ("… afviste min ansøgning 😂 Sikke en sadist.")."""
    if STOPS & set(gap_after(view, j)):
        return True
    raw = view.norm.raw
    end, start = view.raw_span(j, j)[1], view.raw_span(j + 1, j + 1)[0]
    return raw[start : start + 1].isupper() and has_emoji(raw[end:start])


def about_other(view: TokenView, i: int) -> bool:
    """Not about the writer; "min lortesagsbehandler", "vores sølle lille taber af en chef":
    a possessive "min"/"vores" on the insulted noun itself points at someone else."""
    if who_before(view, i) != SELF or own_person_before(view, i):
        return True
    if _person_subject(view, i) or likened_after(view, i) or _named_after(view, i):
        return True
    k = i - 1
    while k >= 0 and i - k <= MODIFIERS_REACH and _modifier(view.words[k]):
        k -= 1
    if k >= 1 and view.words[k] in COMPARED_POINTERS and view.words[k - 1] == "end":
        return True  # probe round 397: "min hund er klogere end den røvbanan": the other
    return k >= 0 and view.words[k] in FIRST_POSSESSIVE


# probe round 397: the demonstratives that point at the other party of a comparison after
# "end" ("min hund har bedre dømmekraft end den røvbanan, der skrev min plan"); "end en
# idiot" likens, it points at no one
COMPARED_POINTERS = frozenset(("den", "dén", "de", "denne", "disse"))


NAME_CLOSERS = frozenset(
    ("i", "på", "paa", "om", "igen", "og", "fra", "til", "hos", "efter", "men", "næste", "nu")
)


def _named_after(view: TokenView, i: int) -> bool:
    """round 165: a demonstrative points at the word and a staff name follows as its
    apposition ("jeg skal til møde med den ko Bo Vind"): the word names the staff member, not
    the writer who is the clause's subject."""
    if i + 1 >= len(view.words) or view.words[i + 1] != STAFF:
        return False
    if not any(view.words[k] in APPOSITION_DETERMINERS for k in range(max(0, i - 2), i)):
        return False
    # the name closes the phrase: not the subject of a relative clause ("den ko Bo solgte")
    nxt = i + 2
    return (
        nxt >= len(view.words)
        or view.words[nxt] == SENTENCE
        or view.clause_break[nxt]
        or view.words[nxt] in NAME_CLOSERS
    )


def _person_subject(view: TokenView, i: int) -> bool:
    """ "den sagsbehandler I har sat på min sag er en psykopat", "chefen, som jeg skrev til i
    går, er en løgner": the copula's subject is a person noun or a name, with a relative
    clause between that may hold the writer's words; not when the writer stands right before
    the copula ("hun siger jeg er en idiot")."""
    before = _sentence_before(view, i, COPULA_REACH + 4)
    unknown = 0
    for k, word in enumerate(before):
        if word in COPULA:
            rest = before[k + 1 :]
            if not rest or rest[0] in FIRST_PERSON or rest[0] in NOT_A_SUBJECT:
                return False
            window = rest[:PERSON_WORD_REACH]
            if "at" in window or "om" in window:
                window = window[: min(window.index(w) for w in ("at", "om") if w in window)]
            return any(is_person(w) and w not in ("I", "jer", "dig") for w in window)
        if (
            word not in ARTICLES
            and word not in INTENSIFIERS
            and not degrading_hit(word)
            and (epithet_hit(word) is None)
        ):
            unknown += 1  # "er en bedrager og en psykopat": one other noun in the list
            if unknown > 1:
                return False
    return False


def _sentence_before(view: TokenView, i: int, reach: int) -> list[str]:
    """Up to ``reach`` words before ``i`` in its sentence (across commas), nearest first."""
    out: list[str] = []
    k = i - 1
    while k >= 0 and view.words[k] != SENTENCE and len(out) < reach + PERSON_WORD_REACH:
        out.append(view.words[k])
        k -= 1
    return out


# the writer naming themself ("fjolset her (mig)", "idioten, altså mig", "klaphatten her,
# undertegnede")
SELF_AFTER = frozenset(("mig", "undertegnede", "mig selv"))
SELF_AFTER_FILLERS = frozenset(("her", "altså", "dvs", "nemlig", "da", "selvfølgelig", "jo"))
# vermin in a home, a pet or a body ("der er parasitter i min lejlighed", "lus i håret")
VERMIN = frozenset(("parasit", "lus", "utøj", "kakerlak", "skadedyr", "væggelus"))
EXISTENTIAL = frozenset(("der", "findes", "fundet", "fandt", "fået", "fik", "har", "haft"))


def self_named(view: TokenView, i: int) -> bool:
    """The epithet is the writer's name for themself, or vermin in a place: no insult."""
    words = view.words
    k = i + 1
    while k < len(words) and k - i <= 3 and words[k] in SELF_AFTER_FILLERS:
        k += 1
    if k < len(words) and words[k] in SELF_AFTER:
        return True
    hit = epithet_hit(words[i])
    if hit is None or hit.entry not in VERMIN:
        return False
    before = clause_before(view, i, 3)
    if any(w in EXISTENTIAL for w in before):
        return True
    return (
        i + 2 < len(words)
        and words[i + 1] in ("i", "på")
        and words[i + 2]
        in (FIRST_POSSESSIVE | {"lejligheden", "huset", "køkkenet", "kælderen", "håret", "sengen"})
    )


def writer_object(view: TokenView, i: int) -> bool:
    """ "jeg gider ikke have en perker som sagsbehandler", "vi har fået sådan en idiot",
    "hvordan kan man ansætte sådan en tåbe": a strong epithet as the object of the writer's
    (or the generic "man"'s) own verb names someone else, and a negation
    there denies the verb, not the epithet. Not when the writer is the one so called or
    likened ("jeg er ikke en idiot", "jeg føler mig som en taber", "vi bliver kaldt
    snyltere", "jeg vil ikke ende som en taber") or the word names a topic ("om en psykopat").
    """
    hit = epithet_hit(view.words[i])
    if hit is None or hit.category != "strong":
        return False
    before = clause_before(view, i, OBJECT_REACH)
    for k, word in enumerate(before):
        if word in OBJECT_DETERMINERS:
            break
        if k >= MODIFIERS_REACH - 1 or word in OBJECT_BLOCKERS:
            return False
    else:
        return False
    rest = before[k + 1 :]
    for j, word in enumerate(rest):
        if word in WRITER_SUBJECTS:
            # "ellers er man da en idiot", "så bliver jeg en taber": the verb before the
            # subject (inverted order) is the copula, so the writer is the one so called
            verb = rest[j + 1] if j + 1 < len(rest) else ""
            return verb not in COPULA and verb not in OBJECT_BLOCKERS
        if word in OBJECT_BLOCKERS or word in COPULA or word in OTHER_PERSON:
            return False
        if word.startswith(("kald", "føl", "stempl", "behandl", "opfatt", "se")):
            return False
    return False


def _modifier(word: str) -> bool:
    return (
        word in ATTRIBUTES_AFTER_POSSESSIVE
        or degrading_hit(word) is not None
        or lexicon.profanity().lookup(word) is not None
    )


# probe round 67: the writer meeting the epithet's people at the office ("jeg har aldrig mødt
# så mange hjerneløse klovne samlet ét sted som hos jer", "aldrig har jeg set så mange idioter
# som på jobcentret", "jeg har mødt mange tosser i Kontanthjælp"): the object of the writer's
# verb of meeting, placed with others; after a negation only in a comparison ("så mange …
# som", "flere … end"), which affirms it ("jeg har aldrig mødt nogen idioter hos jer" denies)
MEETING_VERBS = frozenset(
    "mødt møder mødte møde set ser så se oplevet oplever oplevede opleve truffet træffer traf "  # noqa: SIM905
    "talt taler talte haft".split()
)
COMPARING = frozenset(("så", "flere", "større", "værre", "mere", "sådan", "sådanne", "dummere"))
MEETING_FILLERS = COMPARING | frozenset(
    "mange nogle nogen en et samlet samlede store stor totale komplette rene flok bande "  # noqa: SIM905
    "med".split()
)
MEETING_REACH = 6
TARGET_REACH = 8
OFFICE_UNITS = ("kontanthjælp", "sygedagpenge", "fleksjob", "ydelse", "ungeindsats",
                "jobafklaring", "ressourceforløb", "visitation", "integration")  # fmt: skip


def met_among_others(view: TokenView, i: int) -> bool:
    """The word at ``i`` names people the writer (``jeg``/``vi``) has met, seen or dealt
    with, and the sentence places them with others: "hos jer", "blandt jeres ansatte",
    "på jobcentret", "i Kontanthjælp", "som dig", "end ham"."""
    before = clause_before(view, i, MEETING_REACH + 4)
    v = _meeting_verb(before)
    if v < 0:
        return False
    subject = before[v + 1 : v + 4]
    if not WRITER_MEETERS.intersection(subject):
        return False
    if MEETING_NEGATORS.intersection(subject) and not COMPARING.intersection(before[:v]):
        return False
    return _placed_with_others(view, i)


def _meeting_verb(before: list[str]) -> int:
    """Where the verb of meeting stands in ``before`` (nearest first), past fillers; -1 when
    none. "så" is the verb ("jeg så mange idioter") or the adverb ("set så mange"): the
    adverb when a verb stands further back."""
    seen_saa = -1
    for v, word in enumerate(before[:MEETING_REACH]):
        if word == "så":
            seen_saa = v
            continue
        if word in MEETING_VERBS:
            return v
        if not (
            word in MEETING_FILLERS
            or word in INTENSIFIERS
            or degrading_hit(word)
            or epithet_hit(word)
        ):
            return seen_saa
    return seen_saa


WRITER_MEETERS = frozenset(("jeg", "vi"))
MEETING_NEGATORS = frozenset(("ikke", "aldrig", "ik"))


def _placed_with_others(view: TokenView, i: int) -> bool:
    words = view.words
    end = min(len(words), i + 1 + TARGET_REACH)
    for k in range(i + 1, end - 1):
        word, nxt = words[k], words[k + 1]
        if word == SENTENCE or nxt == SENTENCE:
            return False
        if nxt in FIRST_PERSON:
            continue
        if word in ("hos", "blandt") or (word in ("som", "end") and is_person(nxt)):
            return True
        if word in ("på", "paa", "i", "ved"):
            place = words[k + 2] if nxt in ("jeres", "den", "det") and k + 2 < end else nxt
            if place.startswith(OFFICE_UNITS) or _staffed(place):
                return True
    return False


def _staffed(word: str) -> bool:
    return word.startswith((*STAFFED_PLACES, "kontor", "afdeling")) or word.endswith(
        (*STAFFED_PLACE_ENDS, *STAFF_GROUP_ENDS)
    )
