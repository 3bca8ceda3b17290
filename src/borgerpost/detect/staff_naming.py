"""Who a name is given to: the staff-name doubt that the text names someone else ("en kat
der hedder Per"), with the exceptions where the one so named is a member of staff ("min
sagsbehandler hedder X", "en konsulent fra Fleksjob, der hedder X", "hun hedder X og er
teamleder i Sygedagpenge") or the one spoken to ("…, hvad din datter hedder, Vivi").
Part of ``staff_doubts.DOUBTS``.
"""

from __future__ import annotations

from itertools import pairwise

from borgerpost.detect.staff_place_words import (
    AT_WORK_PREPOSITIONS,
    WORK_VERBS,
    is_jobcentre_place,
)
from borgerpost.detect.staff_window import CLAUSE_PUNCT, Cue, Subject, Window
from borgerpost.detect.staff_words import (
    MY,
    NAMING_ADVERBS,
    OWN_BOSS,
    PARENTS,
    RELATIONS,
    YOUR,
    is_title,
)

_INDEFINITE = frozenset(("en", "et"))


def closing_vocative(w: Window) -> bool:
    """The name closes its sentence after a comma ("…, hvad din datter hedder, Vivi"): the
    person spoken to, whatever the words before the comma say about others — but "min
    veninde, Vivi." names the friend (a relation right before the comma) — unless the
    relation is said indefinitely ("Du har en sød datter, Gitte.": Gitte is spoken to) or is
    the reader's own ("Pas godt på din søn, Gitte.": Gitte is spoken to, about her son)."""
    if "," not in w.gap_before:
        return False
    spoken_of = _INDEFINITE | YOUR
    if w.before and w.before[-1] in RELATIONS and spoken_of.isdisjoint(w.before[-3:-1]):
        return False
    return not w.after or CLAUSE_PUNCT.search(w.gap_after) is not None


def named_someone_else(s: Subject, w: Window) -> Cue | None:
    """ "en kat der hedder Per. Per er syg": the text gives the name to someone else."""
    if (
        w.given_name
        and not closing_vocative(w)
        and not _staff_so_named(w)
        and not (w.asks_for_name())
        and not _named_like_parent(w)
        and not _placed_at_the_jobcentre(w)
    ):
        return Cue("named_someone_else", -0.8, "navnet gives til en anden i teksten («hedder …»)")
    if christened(w):
        return Cue("named_someone_else", -0.8, "et barn, der får navn eller døbes")
    if relation_apposed(w):
        return Cue("relation", -0.8, "navnet står som tilføjelse til en privat relation")
    return None


# probe round 401 (oth): the name set off by a comma after the writer's own relation and
# where he or she belongs ("Min kollega på lageret, Pavel, har lovet …", "min gode nabo fra
# nr. 7, Ib, hjælper mig"): the name is the relation's. Only a place or a group after the
# relation: "min nabo siger, Ib, at …" or "min nabo og jeg, Ib, …" is no apposition, and
# a relation at the jobcentre ("min kollega på jobcentret, X") may be staff
APPOSED_REACH = 3  # words between the relation and the comma ("på lageret", "fra nr. 7")
_APPOSED_PLACE = frozenset(("på", "i", "fra", "hos", "ved", "over", "under", "nede", "oppe"))


def relation_apposed(w: Window) -> bool:
    """The name stands after a comma after "min|mit|vores (adjective) RELATION" and a place
    of at most ``APPOSED_REACH`` words ("på lageret")."""
    if "," not in w.gap_before:
        return False
    before = w.sentence_before  # nearest last
    for k in range(len(before) - 1, max(-1, len(before) - 2 - APPOSED_REACH), -1):
        if before[k] in RELATIONS:
            place = before[k + 1 :]
            return (
                not MY.isdisjoint(before[max(0, k - 2) : k])
                and bool(place)  # right after the relation: ``staff_doubts._relation_before``
                and place[0] in _APPOSED_PLACE
                and not any(map(is_jobcentre_place, place))
            )
    return False


# probe round 397 (sh): a child given the name ("lille Eja får navn efter min mormor", "Noah
# blev døbt i søndags"): a caseworker is named by no one in a citizen's mail. The naming
# right after the name: after a relative ("… er opkaldt efter det, der foregår mellem ørerne"
# mocks a caseworker) or christened at a time or place ("X er døbt 'Hr. Nej'" is a
# nickname); a little one ("lille", "nyfødte") only with a christening or a birth in the
# sentence ("lille Hansen" alone may belittle a caseworker). "døbe" before the name is left
# out: "jeg har døbt Holm 'robotten'" gives a caseworker a nickname
_NAMED_AFTER = frozenset(
    (verb, word)
    for verb in ("får", "fik", "fået", "skal", "bliver", "blev", "er")
    for word in ("navn", "navnet", "opkaldt", "døbt", "døbes")
)
_CHRISTENED_WHEN = frozenset(
    "i på om ved næste sidste søndag lørdag fredag samme dagen".split()  # noqa: SIM905
)
_OWNERS = frozenset("min mit sin sit hans hendes vores deres din jeres".split())  # noqa: SIM905
_KIN_ENDS = ("mor", "far", "søster", "bror", "onkel", "tante", "moster", "faster", "fætter")
_LITTLE = frozenset(("lille", "nyfødte", "nybagte"))
_CHRISTENING = frozenset(
    "dåb dåben barnedåb barnedåben navnefest navnefesten navngivning navngivningen døbes døbt "  # noqa: SIM905
    "døbe født fødsel fødslen nyfødt".split()
)


def christened(w: Window) -> bool:
    """The name is a child's being named or christened (see ``_NAMED_AFTER``)."""
    if w.after[:2] in _NAMED_AFTER:
        if w.after[1] in ("døbt", "døbes"):
            return w.after[2:3] != () and w.after[2] in _CHRISTENED_WHEN
        # "får navn efter sin oldemor", "er opkaldt efter morfar"
        kin = [word for word in w.after[3:5] if word not in _OWNERS][:1]
        return (
            w.after[2:3] == ("efter",)
            and bool(kin)
            and (kin[0] in RELATIONS or kin[0].endswith(_KIN_ENDS))
        )
    little = bool(w.before[-1:]) and w.before[-1] in _LITTLE
    return little and not _CHRISTENING.isdisjoint(w.sentence_words)


def _named_like_parent(w: Window) -> bool:
    """ "Han hedder Kvorning til efternavn ligesom far": the name given to a child is its
    parent's, the one the text is about — not someone else's."""
    after = w.after[:5]
    if "ligesom" not in after:
        return False
    rest = after[after.index("ligesom") + 1 :][:2]
    return bool(rest) and (rest[0] in PARENTS or (len(rest) > 1 and rest[1] in PARENTS))


# the adults a sentence may place at the jobcentre before it gives a name
ADULTS = frozenset(("mand", "dame", "kvinde", "fyr", "herre", "medarbejder", "person"))
# (stop 37: and the adults already met, "Manden med skægget i skranken, ham der hedder …")
_ANY_ADULT = ADULTS | {"manden", "damen", "kvinden", "fyren", "herren", "medarbejderen"}


def _placed_at_the_jobcentre(w: Window) -> bool:
    """ "Hun hedder Jakobsen til efternavn og sidder i sygedagpenge": the person so named
    works at the jobcentre, which is what a member of staff does."""
    after = w.after[:8]
    for k, word in enumerate(after[:-2]):
        if word in WORK_VERBS and after[k + 1] in AT_WORK_PREPOSITIONS:
            return is_jobcentre_place(after[k + 2])
        # stop 36: "… hedder Ellisiv og sidder med fleksjob": handles the unit's cases
        if word in ("sidder", "sad") and after[k + 1] == "med":
            return is_jobcentre_place(after[k + 2])
    if _given_a_title(after) or _placed_before_named(w.sentence_before) or _first_name_of(w):
        return True
    if _placed_then_named(w.sentence_before) or _opened_at_work(w):
        return True
    # stop 38: "… den høje kvinde på kontanthjælp …? Hun hedder vist X": the pronoun opens
    # the naming sentence, its person placed at the jobcentre in the sentence before
    if w.sentence_before[:2] in (("hun", "hedder"), ("han", "hedder")):
        return _adult_placed_there(w.before_sentence)
    # stop 29: an adult placed there in the same sentence ("Der sidder en mand i
    # Ungeindsatsen, han hedder Axel"); a son "sidder i kontanthjælp" names no adult
    words = w.sentence_words
    if _ANY_ADULT.isdisjoint(words):
        return False
    return (
        not WORK_VERBS.isdisjoint(words) and any(map(is_jobcentre_place, words))
    ) or _adult_placed_there(w.sentence_before)


def _first_name_of(w: Window) -> bool:
    """Probe round 377c: "han hedder X til fornavn" in a sentence that described a member of
    staff at any length before ("den høje rådgiver med skæg i Ydelse, som altid kommer for
    sent – han hedder X til fornavn"): the first name given outright is that member's. The
    sentence must hold no relation ("min søn hedder X til fornavn") and the title must not
    be the writer's own boss."""
    if w.after[:2] != ("til", "fornavn") or w.before[-2:-1] not in (("hun",), ("han",)):
        return False
    words = w.sentence_words
    if any(map(_relation, words)):
        return False
    return any(is_title(word) and word not in OWN_BOSS for word in words)


def _adult_placed_there(words: tuple[str, ...]) -> bool:
    """ "Manden med skægget i skranken, ham der hedder …" (stop 37): the adult, then within
    four words "i"/"ved"/"på" and a place of the jobcentre, with no work verb needed.
    Probe round 329: a staff title stands for the adult too ("Konsulenten i Fleksjob med
    den røde cykel … Hun hedder Lis til fornavn")."""
    for k, word in enumerate(words):
        if word not in _ANY_ADULT and not (is_title(word) and word not in OWN_BOSS):
            continue
        ahead = words[k + 1 : k + 6]
        for j, prep in enumerate(ahead[:-1]):
            if prep in AT_WORK_PREPOSITIONS and is_jobcentre_place(ahead[j + 1]):
                return True
    return False


def _placed_before_named(words: tuple[str, ...]) -> bool:
    """ "Hun sidder i Sygedagpenge, hedder Vendela", "en socialrådgiver i Kontanthjælp der
    hedder Netta" (stop 35): a work verb or a staff title, then a unit of the jobcentre,
    right before the naming verb ("der"/"som" between) places the one so named there.
    (probe round 271: "og" between too, "han arbejder i Jobafklaring og hedder Bo")"""
    for k, word in enumerate(words[:-3]):
        if not (word in WORK_VERBS or is_title(word)) or words[k + 1] not in AT_WORK_PREPOSITIONS:
            continue
        naming = [a for a in words[k + 3 : k + 5] if a not in ("der", "som", "og")][:1]
        if naming in (["hedder"], ["hed"]) and is_jobcentre_place(words[k + 2]):
            return True
    return False


def _placed_then_named(words: tuple[str, ...]) -> bool:
    """Probe round 271: "Han står i receptionen i Ydelse hver fredag og hedder Bo til
    fornavn": the naming verb joined with "og" to a clause that placed its subject at the
    jobcentre ("i"/"på" and a place of it), a time between; the subject is the one named.
    A relative in the clause ("min søn går i Ungeindsatsen og hedder …") is no adult there."""
    if words[-2:] not in (("og", "hedder"), ("og", "hed")) or not RELATIONS.isdisjoint(words):
        return False
    return any(
        prep in AT_WORK_PREPOSITIONS and is_jobcentre_place(place)
        for prep, place in pairwise(words[:-2])
    )


def _opened_at_work(w: Window) -> bool:
    """Probe round 315: the sentence opens by placing a pronoun's person at the jobcentre,
    then tells more of him or her and ends "og hedder X" ("Hun sidder i Ydelse, bruger briller
    og taler jysk og hedder X"): the one so named is that person, however long the
    description (``sentence_before`` reads only eight words)."""
    opening = w.sentence_opening
    if len(opening) < 4 or w.sentence_before[-2:] not in (("og", "hedder"), ("og", "hed")):
        return False
    return (
        opening[0] in ("hun", "han")
        and opening[1] in WORK_VERBS
        and opening[2] in AT_WORK_PREPOSITIONS
        and is_jobcentre_place(opening[3])
    )


def _given_a_title(after: tuple[str, ...]) -> bool:
    """ "hun hedder Ellemarie og er teamleder i sygedagpenge" (stop 30): the one so named has a
    staff title, at the jobcentre or at no place said ("… og er teamleder i Netto" is not)."""
    for k, word in enumerate(after[:4]):
        if word not in ("er", "var"):
            continue
        rest = [a for a in after[k + 1 : k + 6] if a not in ("en", "ansat", "som")]
        if not rest or not is_title(rest[0]):
            return False
        place = rest[2:3] if rest[1:2] in (["i"], ["på"], ["hos"]) else []
        return not place or is_jobcentre_place(place[0])
    return False


def _staff_so_named(w: Window) -> bool:
    """The name is given to a member of staff: "min sagsbehandler hedder X", "en konsulent
    der hed X", or the one the letter is addressed to ("Til den der hedder X:")."""
    before = list(w.before)
    while before and before[-1] in NAMING_ADVERBS:
        before.pop()  # "min sagsbehandler hedder også X"
    if before[-1:] not in (["hedder"], ["hed"]) or len(before) < 2:
        return False
    named = before[-2]
    if named in ("der", "som") and len(before) >= 3:
        named = before[-3]
        if named == "den" and before[-4:-3] == ["til"]:
            return True  # "Til den der hedder Falk: …"
        if before[-4:-3] == ["fra"] and is_jobcentre_place(before[-3]):
            return True  # stop 31: "en konsulent fra Fleksjob, der hedder Luqman"
    if is_title(named) and named not in OWN_BOSS:
        return True
    return before[-2] in ("der", "som") and _title_then_described(w.sentence_before)


# words that go on describing the person a title names ("sagsbehandleren i Ydelse med
# briller og skæg, der hedder …"): prepositions of a unit or a look, "og" between them
_DESCRIBING = frozenset(("i", "på", "fra", "ved", "med", "uden", "og"))


def _title_then_described(words: tuple[str, ...]) -> bool:
    """Probe round 293: a staff title followed by what describes its person — unit, hair,
    glasses, accent — before "der hedder X" ("den skaldede rådgiver fra Ydelse med
    tatoveringen, der hedder Bo"): the one named is that member of staff. The description
    starts with a preposition right after the title and holds no relation or pet
    ("rådgiveren med sin søn, der hedder …" names the son). Only the eight words of
    ``sentence_before`` are read, so a longer description is not reached."""
    if words[-2:] not in (("der", "hedder"), ("som", "hedder"), ("der", "hed"), ("som", "hed")):
        return False
    head = words[:-2]
    for k in range(len(head) - 2, -1, -1):
        word = head[k]
        if _relation(word) or word in ("der", "som", "hedder", "hed"):
            return False
        if is_title(word) and word not in OWN_BOSS:
            return head[k + 1] in _DESCRIBING
    return False


def _relation(word: str) -> bool:
    """A relation or pet, also in definite form ("hunden", "sønnen", "naboen")."""
    forms = (word, word.removesuffix("en"), word.removesuffix("nen"))
    return any(form in RELATIONS for form in forms)
