"""``insult``: a degrading personal attack on a person or a group.

Three kinds of evidence, all judged against who they are about (``rules.person_before``):
the writer ("jeg følte mig som en idiot", "de kaldte mig en snylter") is never insulted.

* Epithets (``lexicon/epithets.yaml``): ``strong`` ones degrade in any frame ("idiot",
  "kælling", compounds such as "kontoridiot"); ``ambiguous`` ones are also ordinary words
  ("ko", "svin", "rotter") and need a personal frame — a degrading adjective before them
  ("lede rotter", "klamme svin"), a copula on a person ("Kirsten er en ko"), a vocative
  at the end of a clause ("din ko!"), or a sentence that is little more than the word
  ("Svin!").
* Degrading adjectives said of a person ("du er hjernedød", "I er åndssvage").
* Phrases of contempt (``cues/insult.yaml``): "fatter ikke en skid", "blottet for skam".

An epithet is also known written without a Danish keyboard ("kaelling", "r0vslikker";
the lexicons know those spellings, ``lexicon.keyboard_spellings``), and a vulgar first
part before a noun for a person makes an epithet of its own ("lortesagsbehandler",
"skidespræller"; ``person_nouns`` in the epithet lexicon). An ambiguous epithet that is
also a swear word ("lort", "pik") is an expletive when it stands alone ("Lort lort lort.",
"sikke noget lort"): it insults only in a copula or "din …" frame ("du er et lort", "dit
lille lort").

A negation cancels an epithet ("du er ikke en idiot") but "ikke andet end" does not.
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache
from itertools import compress

from borgerpost.detect import lexicon
from borgerpost.detect.base import Document, Evidence, Finding, evidence, register
from borgerpost.detect.cues import NEGATORS, is_negated
from borgerpost.detect.lexicon import Hit
from borgerpost.detect.rules import (
    FIRST_PERSON,
    OTHER_PERSON,
    SELF,
    CueDetector,
    finding,
    match_evidence,
    person_before,
    quote,
)
from borgerpost.detect.staff_words import is_title
from borgerpost.detect.textview import SENTENCE, STAFF, STAFF_GENITIVE, TokenView

COPULA = frozenset(("er", "var", "bliver", "blev", "være", "været"))
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
# "Anne fra kontanthjælp er uduelig": a place or team said of the person before the copula
ATTRIBUTE_PREPOSITIONS = frozenset(("fra", "i", "på", "hos", "ved", "under"))
NOT_A_SUBJECT = frozenset(("det", "den", "der", "dette", "her", "hvad", "hvilket", "som"))
EPITHETS = "lexicon/epithets.yaml"
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
    "makker læge lægen advokat advokaten naboens udlejers".split()
)
PERSON_WORD_REACH = 8
ATTRIBUTES_AFTER_POSSESSIVE = frozenset(("lille", "gamle", "nye", "kære", "egen", "elskede"))
# The devil as a name for a person ("han er en led satan", "din satan", "den lede djævel"):
# swear words on their own ("Satan!", "Satan er det dig?"), so they need a person's frame.
# Kept here, not in the epithet lexicon, whose words are features of the DKhate model.
DEVILS = {
    form: base
    for base, forms in (("satan", "satan satanen satans"), ("djævel", "djævel djævelen"))
    for form in forms.split()
}
# Vulgar adjectives that degrade the person noun they stand before ("skide sagsbehandler").
VULGAR_ATTRIBUTES = frozenset(
    "lorte skide møg skod forbandede forbandet forpulede forpulet fucking fuckede satans "  # noqa: SIM905
    "fandens helvedes pisse".split()
)
FRAME_REACH = 4
CALLED_FILLERS = ARTICLES | {"for", "til", "ligefrem", "direkte", "bare", "lille", "gamle"}
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
EQUATED_REACH = 3  # an article and two adjectives between the person and the word
# a pronoun object or a preposition's person opens no verbless "X = svin" clause
NOT_EQUATED = frozenset(("dig", "jer", "ham", "hende", "dem", "din", "dit", "dine", "jeres",
                         "hans", "hendes", "deres", "dennes", "I"))
APPOSITION_DETERMINERS = frozenset(("den", "det", "de", "denne", "dette", "disse"))
SHORT_SENTENCE = 3


@register
class InsultDetector(CueDetector):
    name = "insult"
    labels = ("insult",)
    version = "1"
    cue_file = "cues/insult.yaml"

    def detect(self, doc: Document) -> list[Finding]:
        view, matches = self.matches(doc)
        spans = [
            match_evidence(doc, view, m, "insult")
            for m in matches
            if person_before(view, m.first) != SELF or _own_person_before(view, m.first)
            or m.cue.extra.get("writer_object")  # "vi vil ikke have mere pak": others
        ]
        spans += list(self._words(doc, view))
        if not spans:
            return []
        return [finding(self.name, self.version, "insult", spans, 1.0)]

    def _words(self, doc: Document, view: TokenView) -> list[Evidence]:
        out: list[Evidence] = []
        candidates = list(map(_candidate, view.words))  # cached per word: one C-level pass
        if True not in candidates:
            return out
        for i in compress(range(len(candidates)), candidates):
            why = (
                _epithet(view, i)
                or _degrading_alone(view, i)
                or _vulgar_attribute(view, i)
                or _degrading_list(view, i)
            )
            if why and _self_named(view, i):
                continue
            if why and (_writer_object(view, i) or (not is_negated(view, i, i)
                                                     and _about_other(view, i))):
                first = i - 1 if " " in why[0] else i  # "skide sagsbehandler": both words
                start, end = view.raw_span(first, i)
                out.append(
                    evidence(doc.raw, start, end, rule=f"insult:{why[0]}",
                             reason=f"{why[1]}: {quote(doc.raw[start:end])}")
                )  # fmt: skip
        return out


@lru_cache(maxsize=65536)
def _candidate(word: str) -> bool:
    """Whether a word is in the epithet or degrading-adjective lists at all (cheap filter)."""
    if word.startswith("@") or word == SENTENCE:
        return False
    return (
        epithet_hit(word) is not None or degrading_hit(word) is not None or word in _person_nouns()
    )


def _own_person_before(view: TokenView, i: int) -> bool:
    """The first-person word that made ``person_before`` say SELF is a possessive on one of
    the writer's people ("min nabo er en idiot"): the epithet is about them."""
    words = view.words
    k = i - 1
    while k >= 0 and i - k <= PERSON_WORD_REACH and words[k] != SENTENCE:
        if view.clause_break[k + 1] and k + 1 < i:
            return False
        if words[k] in FIRST_PERSON:
            return words[k] in FIRST_POSSESSIVE and k + 1 < i and words[k + 1] in OWN_PEOPLE
        k -= 1
    return False


def _about_other(view: TokenView, i: int) -> bool:
    """Not about the writer; "min lortesagsbehandler", "vores sølle lille taber af en chef":
    a possessive "min"/"vores" on the insulted noun itself points at someone else."""
    if person_before(view, i) != SELF or _own_person_before(view, i):
        return True
    if _person_subject(view, i) or _likened_after(view, i):
        return True
    k = i - 1
    while k >= 0 and i - k <= MODIFIERS_REACH and _modifier(view.words[k]):
        k -= 1
    return k >= 0 and view.words[k] in FIRST_POSSESSIVE


# "sådan en tumpe som Bo", "en idiot som ham", "de klovne som sagsbehandlerne": the person
# the word is said of stands after "som" (not the writer: "en idiot som mig")
LIKENED_PERSONS = frozenset(("dig", "jer", "ham", "hende", "dem", "han", "hun", "de", "du"))


def _likened_after(view: TokenView, i: int) -> bool:
    words = view.words
    k = i + 1
    if k + 1 >= len(words) or words[k] != "som" or view.clause_break[k]:
        return False
    nxt = words[k + 1]
    if nxt in ("den", "det", "de") and k + 2 < len(words) and _is_person(words[k + 2]):
        return True  # "en idiot som den sagsbehandler"
    return nxt in (STAFF, STAFF_GENITIVE) or nxt in LIKENED_PERSONS or (
        nxt not in FIRST_PERSON and is_title(nxt)
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
            return any(_is_person(w) and w not in ("I", "jer", "dig") for w in window)
        if word not in ARTICLES and word not in INTENSIFIERS and not degrading_hit(word) and (
            epithet_hit(word) is None
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


def _self_named(view: TokenView, i: int) -> bool:
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
    before = _before(view, i, 3)
    if any(w in EXISTENTIAL for w in before):
        return True
    return i + 2 < len(words) and words[i + 1] in ("i", "på") and words[i + 2] in (
        FIRST_POSSESSIVE | {"lejligheden", "huset", "køkkenet", "kælderen", "håret", "sengen"}
    )


LIST_CONNECTORS = frozenset(("og", "eller", "samt", "men", "plus"))
LIST_MAX_WORDS = 7


def _degrading_list(view: TokenView, i: int) -> tuple[str, str] | None:
    """ "Kirsten Vind … Dum, doven og ligeglad.": a verbless sentence that is a list of at
    least two degrading adjectives, after a sentence that names or points at a person."""
    if degrading_hit(view.words[i]) is None:
        return None
    sentence = view.sentence_words(i)
    if len(sentence) > LIST_MAX_WORDS or sentence.start == 0:
        return None
    words = [view.words[k] for k in sentence]
    hits = [w for w in words if degrading_hit(w) is not None]
    others = [w for w in words if degrading_hit(w) is None and w not in LIST_CONNECTORS
              and w not in INTENSIFIERS]
    if len(hits) < 2 or len(others) > 1 or not any(
        degrading_hit(w).category == "alone" for w in hits  # type: ignore[union-attr]
    ):
        return None
    prev = sentence.start - 1
    if prev <= 0 or view.words[prev] != SENTENCE:
        return None
    if not any(_is_person(view.words[k]) for k in view.sentence_words(prev - 1)):
        return None
    return f"degrading:{degrading_hit(view.words[i]).entry}", "Nedsættende om person"  # type: ignore[union-attr]


def _writer_object(view: TokenView, i: int) -> bool:
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
    before = _before(view, i, OBJECT_REACH)
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


def _vulgar_attribute(view: TokenView, i: int) -> tuple[str, str] | None:
    """ "en skide sagsbehandler", "de forbandede sagsbehandlere": a vulgar adjective right
    before a noun for a person."""
    if i == 0 or view.words[i] not in _person_nouns():
        return None
    if view.words[i - 1] not in VULGAR_ATTRIBUTES:
        return None
    return f"epithet:{view.words[i - 1]} {view.words[i]}", "Nedsættende betegnelse for person"


@lru_cache(maxsize=65536)
def epithet_hit(word: str) -> Hit | None:
    """The epithet entry of a word: a listed form or compound (also as typed without æ, ø,
    å: "rovhul", "kaelling"), or a vulgar first part on a person ("lortechef")."""
    hit = lexicon.epithets().lookup(word)
    if hit is None and word in DEVILS:
        return Hit(DEVILS[word], "ambiguous", "form")
    return hit if hit is not None else _vulgar_person(word)


def degrading_hit(word: str) -> Hit | None:
    """The degrading-adjective entry of a word (the lexicon caches its look-ups)."""
    return lexicon.degrading().lookup(word)


@cache
def _person_nouns() -> frozenset[str]:
    return lexicon.word_set(EPITHETS, "person_nouns")


def _vulgar_person(word: str) -> Hit | None:
    """ "lortesagsbehandler", "skidespræller": a vulgar first part, then a person."""
    nouns = _person_nouns()
    for prefix in lexicon.profanity().prefixes:
        if word.startswith(prefix) and word[len(prefix) :] in nouns:
            return Hit(word, "strong", "compound")
    return None


def _epithet(view: TokenView, i: int) -> tuple[str, str] | None:
    hit = epithet_hit(view.words[i])
    if hit is None:
        return None
    if hit.category == "strong":
        return f"epithet:{hit.entry}", "Skældsord om person"
    if lexicon.profanity().lookup(view.words[i]) is not None:
        # "lort", "pik": a swear word unless said of a person ("du er et lort", "dit lort")
        framed = _copula_frame(view, i) or _vocative(view, i, VOCATIVE) or _equated(view, i)
    else:
        framed = (
            _degraded(view, i)
            or _copula_frame(view, i)
            or _vocative(view, i)
            or _alone(view, i)
            or _called(view, i)
            or _equated(view, i)
            or _pointed_named(view, i)
            or _such_as(view, i)
        )
    if framed:
        return f"epithet:{hit.entry}", "Nedsættende betegnelse for person"
    return None


def _degrading_alone(view: TokenView, i: int) -> tuple[str, str] | None:
    hit = degrading_hit(view.words[i])
    if hit is None or hit.category != "alone" or not _said_of_person(view, i):
        return None
    if i + 1 < len(view.words) and epithet_hit(view.words[i + 1]):
        return None  # "klamme svin": the noun is the evidence
    return f"degrading:{hit.entry}", "Nedsættende om person"


def _before(view: TokenView, i: int, reach: int = FRAME_REACH) -> list[str]:
    """Up to ``reach`` words before ``i`` in the same clause, nearest first."""
    out: list[str] = []
    k = i - 1
    while k >= 0 and len(out) < reach and view.words[k] != SENTENCE:
        if view.clause_break[k + 1] and view.words[k] not in ("og",):
            break
        out.append(view.words[k])
        k -= 1
    return out


def _degraded(view: TokenView, i: int) -> bool:
    """A degrading adjective or a vulgar word shortly before: "lede rotter", "skide ko"."""
    for word in _before(view, i, 3):
        if degrading_hit(word) or lexicon.profanity().lookup(word):
            return True
    return False


def _copula_frame(view: TokenView, i: int) -> bool:
    """ "<person> er en (…) X", "I er nogle (…) X", "han er X" — not "det er en ko".

    Between the copula and the noun: nothing, or an article and up to two adjectives.
    """
    before = _before(view, i, FRAME_REACH + 2)
    for k, word in enumerate(before):
        if word in COPULA:
            between = before[:k][::-1]  # copula .. noun, in text order
            if between and between[0] not in ARTICLES and len(between) > 1:
                return False
            if len(between) > 3:
                return False
            subject = before[k + 1] if k + 1 < len(before) else ""
            after = before[k - 1] if k >= 1 else ""
            if subject in NOT_A_SUBJECT:
                return False
            # "Sagsbehandlerne derinde er …": the person may stand two words back
            return any(_is_person(w) for w in (*before[k + 1 : k + 3], after))
    return bool(before) and before[0] in ("flok", "bande", "sikke")


def _equated(view: TokenView, i: int) -> bool:
    """ "ILB = 1 koldt svin", "Bent Ravn: et svin", "Hanne – en gammel ko": a person opens
    the clause and is set equal to the word without a verb (a sign, a colon or a dash stand
    for "er"). Between them only an article and up to two adjectives."""
    before = _before(view, i, EQUATED_REACH + 1)
    head = i - len(before)
    if before and head > 1 and view.words[head - 1] == SENTENCE and _name_alone(view, head - 2):
        head -= 1  # "Jakob B. – et svin uden …", "Rikke Hjelm. En kold ko.": a name as heading
    if before and head > 0 and view.words[head - 1] == STAFF and view.clause_break[head]:
        # "Kofoed, et svin der …", "Lotte, den ko": the word in apposition to the name
        if len(before) > EQUATED_REACH or (
            before[-1] not in ARTICLES and before[-1] not in APPOSITION_DETERMINERS
        ):
            return False
        return _clause_end(view, i) or view.words[i + 1] in ("uden", "der", "som", "med")
    if not before or not _is_person(before[-1]) or before[-1] in NOT_EQUATED:
        return False
    if head > 0 and view.words[head - 1] != SENTENCE and not view.clause_break[head]:
        return False  # the person is no clause opener ("så de en ko")
    between = before[:-1][::-1]
    if not between:
        return view.words[head] in (STAFF, STAFF_GENITIVE) and _clause_end(view, i)
    if between[0] not in ARTICLES and not degrading_hit(between[0]):
        return False
    return _clause_end(view, i) or view.words[i + 1] in ("uden", "der", "som", "med")


def _such_as(view: TokenView, i: int) -> bool:
    """ "sådan en klovn som Bo", "sådanne svin som jer": "sådan" before the word and the
    person it is said of after "som"."""
    before = _before(view, i, 3)
    if not any(w in ("sådan", "sådanne", "sikke") for w in before) or not _likened_after(
        view, i
    ):
        return False
    # "sådan en klovn som dem fra cirkus", "som dem der laver balloner": a kind, not a person
    k = i + 3
    return view.words[i + 2] not in LIKENED_PERSONS or k >= len(view.words) or (
        view.words[k] not in SUCH_AS_KIND
    )


SUCH_AS_KIND = frozenset(("fra", "i", "på", "hos", "med", "der", "som", "til", "af", "man"))


def _pointed_named(view: TokenView, i: int) -> bool:
    """ "Den her klovn, Bo Vind, …", "det svin Hansen", "disse klovne, Kim og Lis": a
    demonstrative points at the word and a staff name stands right after it as its
    apposition (a comma or a dash may come between)."""
    before = _before(view, i, 3)
    if before and before[0] in ("her", "der"):
        before = before[1:]
    if before and degrading_hit(before[0]):
        before = before[1:]  # "den lede klovn"
    if not before or before[0] not in APPOSITION_DETERMINERS:
        return False
    nxt = i + 1
    if nxt >= len(view.words) or view.words[nxt] != STAFF:
        return False
    # after a comma the name must close its own clause too ("den ko, Bo har på marken" is
    # a relative clause: Bo's cow)
    return not view.clause_break[nxt] or _clause_end(view, nxt)


def _name_alone(view: TokenView, k: int) -> bool:
    """Word ``k`` is a staff mention that is its sentence on its own."""
    return view.words[k] == STAFF and len(view.sentence_words(k)) == 1


def _clause_end(view: TokenView, i: int) -> bool:
    """The word ends its clause: the text or sentence ends, punctuation follows, or an emoji
    stands after it like a full stop ("Bo = klovn 🤡 han fatter intet")."""
    nxt = i + 1
    if nxt >= len(view.words) or view.words[nxt] == SENTENCE or view.clause_break[nxt]:
        return True
    gap = view.norm.text[view.spans[i][1] : view.spans[nxt][0]]
    return any(unicodedata.category(c) == "So" for c in gap)


def _called(view: TokenView, i: int) -> bool:
    """ "kalder Bo for en heks", "kaldte dem nogle svin": a person called the word."""
    before = _before(view, i, FRAME_REACH + 1)
    for k, word in enumerate(before):
        if word.startswith("kald"):
            between = before[:k]
            return any(map(_is_person, between)) and all(
                w in CALLED_FILLERS or w in INTENSIFIERS or _is_person(w) or degrading_hit(w)
                for w in between
            )
    return False


def _vocative(view: TokenView, i: int, openers: frozenset[str] = VOCATIVE | {"sikke"}) -> bool:
    """ "din ko!", "dine svin" ending a clause (a name may follow: "dit svin Bo!"), or
    "sikke en/nogle … X"."""
    before = _before(view, i, 3)
    if not any(w in openers for w in before):
        return False
    nxt = i + 1
    if nxt < len(view.words) and view.words[nxt] == STAFF:
        nxt += 1  # "dit fede svin Farhan.", "din ko Pia": the name called after the word
    return nxt >= len(view.words) or view.words[nxt] == SENTENCE or view.clause_break[nxt]


def _alone(view: TokenView, i: int) -> bool:
    """The epithet is (nearly) the whole sentence: "Svin!", "Sorte aber.", "Syge ko"."""
    sentence = view.sentence_words(i)
    return len(sentence) <= SHORT_SENTENCE and sentence[-1] == i


def _said_of_person(view: TokenView, i: int) -> bool:
    """ "<person> er (helt) X" or "er <person> X" — an adjective said of a person."""
    before = _before(view, i, 6)
    for k, word in enumerate(before):
        if k >= COPULA_REACH:
            return False
        if word in COPULA:
            subject = before[k + 1] if k + 1 < len(before) else ""
            after = before[k - 1] if k >= 1 else ""
            return _is_person(subject) or _is_person(after) or _attributed(before[k + 2 :])
        if word not in INTENSIFIERS and word not in NEGATORS and not _is_person(word):
            return False
    return False


def _attributed(before: list[str]) -> bool:
    """ "<person> fra kontanthjælp er …": ``before`` (backwards, from the word before the
    copula's nearest noun) starts with a preposition and then the person."""
    return len(before) > 1 and before[0] in ATTRIBUTE_PREPOSITIONS and _is_person(before[1])


def _is_person(word: str) -> bool:
    if word in OTHER_PERSON or word in (STAFF, STAFF_GENITIVE):
        return True
    return any(is_title(word.removesuffix(end)) for end in ("", "ne", "e"))
