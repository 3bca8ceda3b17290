"""Does a name in a text point to the staff member? A small, explainable score.

Every candidate mention starts from a base weight given by its form (a full name is strong,
a lone first name that is also an ordinary word — "Bo", "Skov" — is weak) and collects cues
from the words around it: a title or greeting before it, the member's unit nearby, "X er ..."
(the name as subject), the full name elsewhere in the text raise it; "min nabo X", "i Rold
X", "X-salen", "X og jeg", a sign-off ("Mvh X") or another capitalised name beside it lower
it. A mention counts at ``THRESHOLD``; it carries the cues, so a reader sees why.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

from borgerpost.detect.normalise import Normalised

THRESHOLD = 0.5


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


FORM_DA = {
    "full": "fulde navn",
    "first": "fornavn",
    "surname": "efternavn",
    "alias": "alias",
    "fuzzy": "stavevariant",
}

TITLES = _words(
    "sagsbehandler socialrådgiver rådgiver teamleder leder chef jobcenterchef "
    "afdelingsleder konsulent jobkonsulent virksomhedskonsulent medarbejder mentor "
    "kontaktperson fuldmægtig direktør sekretær koordinator hr fru frk"
)
TITLE_SUFFIXES = ("sagsbehandler", "rådgiver", "leder", "chef", "konsulent", "medarbejder")
GREETINGS = _words("hej hejsa kære goddag davs hallo til att tak")
SIGNOFFS = _words("mvh vh kh hilsen hilsner venlig venligst kærlig")
RELATIONS = _words(
    "nabo naboen naboer ven vennen veninde kammerat bror søster mor far mormor farmor "
    "morfar farfar onkel tante fætter kusine søn datter barn kæreste mand kone hustru "
    "svoger svigerinde svigermor svigerfar nevø niece kollega makker genbo udlejer "
    "bekendt lillebror storebror lillesøster storesøster barnebarn papfar papmor "
    "ekskæreste eksmand ekskone hund kat"
)
PLACE_WORDS = _words("i på ved nær gennem omkring mod over under bag langs")
CLAUSE_WORDS = _words("at som da når hvis fordi men så mens selvom hvor og eller")
ADVERBS = _words(
    "aldrig altid ikke godt jo nok bare også lige allerede stadig heller kun vist sikkert "
    "tit ofte tydeligvis åbenbart virkelig faktisk helt nu"
)
VERBS = _words(
    "er var har havde skal skulle kan kunne vil ville må måtte bør burde får fik gør "
    "gjorde sagde skrev ved vidste tror troede synes mente tog gik kom så bad lod gav "
    "hjalp blev bliver sad stod lå fandt holdt sendte ringede lovede glemte"
)
SECOND_PERSON = _words("du dig din dit dine")
YOUR = _words("din dit dine")
_NOT_A_NAME = TITLES | GREETINGS | SIGNOFFS  # words beside a name that are no other name
POINTERS = (
    ("her", "er"), ("det", "er"), ("kender", "i"), ("kender", "du"), ("ring", "til"),
    ("skriv", "til"), ("spørg",), ("se",), ("husk",), ("hils",), ("om",), ("sig", "til"),
    ("fortæl",), ("bed",), ("giv",), ("hende", "der"), ("ham", "der"), ("ringer", "til"),
    ("ringede", "til"), ("skriver", "til"), ("skrev", "til"), ("spurgte",),
)  # fmt: skip
# What a caseworker's name in the genitive is often the owner of: "Fugls opfølgningsplan"
CASEWORK_PREFIXES = (
    "afgørelse", "vurdering", "plan", "opfølgning", "indstilling", "beslutning", "notat",
    "referat", "svar", "mail", "brev", "sagsbehandling", "behandling", "afslag", "udtalelse",
    "journal", "regel", "regler", "ledelse", "team", "afdeling", "kontor", "begrundelse",
)  # fmt: skip
CASE_WORDS = _words(
    "sagsbehandler sagsbehandleren jobcenter jobcentret jobcenteret sag sagen afgørelse "
    "afgørelsen afslag afslaget møde mødet samtale samtalen ydelse ydelsen kontanthjælp "
    "sygedagpenge fleksjob ressourceforløb plan planen kommunen ansøgning ansøgningen "
    "klage klagen opfølgning indstilling"
)
# Finite verbs that, clause-initial (a question: "Kan X ringe?") or second after one fronted
# word ("Det kommer X til at …", "I går sagde X …"), put the subject right after them
FINITE_VERBS = VERBS | _words(
    "kommer siger skriver ringer sender tager giver lover mener hjælper svarer plejer "
    "gider nåede når husker huskede"
)
# Verbs whose object is a person seen, met, followed or sought out: "filmet X", "mødte X"
OBJECT_VERBS = _words(
    "så set ser mødte mødt møder fulgte fulgt følger filmede filmet filmer fotograferede "
    "fotograferet fotograferer spurgte spurgt fandt fundet finder kontaktede kontaktet "
    "besøgte besøgt opsøgte opsøgt opsøger ventede overvåger overvågede genkendte genkender "
    # violence is done to a person: "jeg stikker Anne ned", "slår X ihjel"
    "slår slog stikker stak skyder skød dræber dræbte tæver banker bankede smadrer kvæler "
    "give giver gav"  # "give Leila en lussing": the one given to is a person
)
# "ser den Lyng", "finder ham Skov": a pronoun or "den" between the verb and the name
_DETERMINERS = frozenset(("den", "ham", "hende"))
TALKED = _words("talte talt taler snakkede snakket snakker mødtes aftalte")  # "talte med X"
# "en ny tid hos X", "mødet med X": the one a meeting is with is a person
MEETINGS = _words(
    "tid tiden møde mødet møder samtale samtalen samtaler aftale aftalen opfølgning "
    "opfølgningen opfølgningssamtale opfølgningssamtalen"
)
# What a person in the genitive owns in private life: "Smeds fine hus", "Tangs kone"
PRIVATE_BELONGINGS = _words(
    "hus huset bil bilen børn kone mand hustru kæreste datter søn familie adresse have "
    "lejlighed villa sommerhus hund unger"
)
MY = _words("min mit vores")
WH_WORDS = _words("hvilken hvilket hvilke hvem hvad hvornår hvordan hvorfor hvorhen")
_VERB_ENDING = re.compile(r"\w{2,}(?:er|ede|te)$")
CLAUSE_PUNCT = re.compile(r"[.!?:;\n]")
_VOCATIVE_AFTER = re.compile(r"^\s*[,:!?.]")


@dataclass(frozen=True, slots=True)
class Cue:
    """One reason a mention counts more or less: a rule name, a weight, a Danish reason."""

    rule: str
    weight: float
    reason: str


@dataclass(frozen=True, slots=True)
class Window:
    """The words around a candidate mention, as the cue rules need them."""

    before: tuple[str, ...]  # nearest last
    after: tuple[str, ...]  # nearest first
    gap_before: str  # text between the previous word and the mention
    gap_after: str  # text between the mention and the next word
    clause_start: bool  # first word of the text or of a sentence/clause
    prev_clause_start: bool  # the word before starts its clause ("Hej X", "Til X")
    capitalised: bool  # the raw mention starts with a capital
    name_before: bool  # the previous word is a mid-sentence capitalised word
    name_after: bool  # the next word is a mid-sentence capitalised word
    hyphen_compound: bool  # "Dahl-salen", "Rold-Skov"
    sentence_words: frozenset[str]
    into_clause: int = 0  # words of its clause before the mention (at most 4 counted)
    shouting: bool = False  # the mention is written in capitals ("SIG TIL HELLE")
    cased_text: bool = True  # the text uses capitals (not all lower case, not all capitals)
    prev_capitalised: bool = False  # the word right before starts with a capital (not shouting)
    genitive: bool = False  # the name carries a genitive -s ("Fugls")


@dataclass(frozen=True, slots=True)
class Subject:
    """What the rules need to know about the candidate itself (not which member it is)."""

    form: str  # full | first | surname | alias
    fuzzy: bool  # spelt with a typo
    single: bool  # one name alone (first or surname), not a full name or alias
    ambiguity: str  # "word" (also an ordinary word/place) | "common" (very common name) | ""


def score(subject: Subject, win: Window | None) -> tuple[float, tuple[Cue, ...]]:
    """Sum the base weight and every cue that applies; return the score and the cues.
    Only a single name or a misspelt one reads the window (None is fine for the rest)."""
    cues = [_base(subject)]
    if subject.single or subject.fuzzy:
        assert win is not None, "a single or misspelt name is scored from its window"
        for rule in _RULES:
            cue = rule(subject, win)
            if cue is not None:
                cues.append(cue)
    return round(sum(c.weight for c in cues), 3), tuple(cues)


def member_cues(subject: Subject, unit: str | None, named_in_full: bool) -> tuple[Cue, ...]:
    """The cues that depend on which member is meant: the member's unit or role named near
    the name (``unit``, found by the matcher), or the member named in full in the text."""
    if not (subject.single or subject.fuzzy):
        return ()
    cues = []
    if unit:
        cues.append(Cue("unit_near", 0.4, f"medarbejderens enhed eller rolle («{unit}») nævnes"))
    if named_in_full:
        cues.append(Cue("named_in_full", 0.45, "samme medarbejder er nævnt med fulde navn"))
    return tuple(cues)


def unit_key(unit: str) -> str:
    """Index key of a unit/role word: its first 8 letters (long words), else itself."""
    return unit[:8] if len(unit) >= 5 else unit


def lookup_keys(word: str) -> tuple[str, ...]:
    """Keys to look a window word up under: itself and its first 5..8 letters, so
    "fleksjobteamet" finds the unit "Fleksjob" and "ledelsen" the unit "Ledelse"."""
    return (word, *(word[:k] for k in range(5, 9) if k < len(word)))


def window_at(
    norm: Normalised,
    starts: list[int],
    span: tuple[int, int],
    is_own_name: Callable[[str], bool],
    *,
    genitive: bool = False,
) -> Window:
    """The words around normalised ``span``; ``starts`` are the word starts of ``norm``;
    ``is_own_name`` tells a neighbouring word that belongs to the name itself."""
    start, end = span
    words = norm.columns  # the word before is index i - 1, the word after is index j
    texts, text, raw = words.texts, norm.text, norm.raw
    i, j = bisect_left(starts, start), bisect_left(starts, end)
    has_prev, has_next = i > 0, j < len(texts)
    gap_before = text[words.ends[i - 1] if has_prev else 0 : start]
    gap_after = text[end : words.starts[j] if has_next else len(text)]
    shouting = norm.raw_slice(start, end).isupper()
    prev_at_start = has_prev and (
        i < 2 or bool(CLAUSE_PUNCT.search(text[words.ends[i - 2] : words.starts[i - 1]]))
    )
    name_before = (
        has_prev
        and not shouting
        and gap_before == " "
        and not prev_at_start
        and texts[i - 1] not in _NOT_A_NAME
        and not is_own_name(texts[i - 1])
        and raw[words.raw_starts[i - 1] : words.raw_starts[i - 1] + 1].isupper()
    )
    name_after = (
        has_next
        and not shouting
        and gap_after == " "
        and texts[j] not in _NOT_A_NAME
        and not is_own_name(texts[j])
        and raw[words.raw_starts[j] : words.raw_starts[j] + 1].isupper()
    )
    hyphen = (gap_before.endswith("-") and has_prev and words.ends[i - 1] == start - 1) or (
        gap_after.startswith("-") and has_next and words.starts[j] == end + 1
    )
    sentence = _sentence_at(norm.sentence_spans, start)
    lo, hi = bisect_left(starts, sentence[0]), bisect_left(starts, sentence[1])
    return Window(
        before=tuple(texts[max(0, i - 4) : i]),
        after=tuple(texts[j : j + 4]),
        gap_before=gap_before,
        gap_after=gap_after,
        clause_start=not has_prev or bool(CLAUSE_PUNCT.search(gap_before)),
        prev_clause_start=prev_at_start,
        capitalised=norm.raw_slice(start, start + 1).isupper(),
        name_before=bool(name_before),
        name_after=name_after,
        hyphen_compound=hyphen,
        sentence_words=frozenset(texts[lo:hi]),
        into_clause=_words_into_clause(text, words.starts, words.ends, i, start),
        shouting=shouting,
        genitive=genitive,
        cased_text=norm.mixed_case,
        prev_capitalised=has_prev
        and not shouting
        and gap_before == " "
        and raw[words.raw_starts[i - 1] : words.raw_starts[i - 1] + 1].isupper(),
    )


def _words_into_clause(text: str, starts: list[int], ends: list[int], i: int, at: int) -> int:
    """How many words (up to 4) stand between the clause start and the word ``i`` that
    begins at ``at``: walking back while the gap holds no clause punctuation."""
    count = 0
    while i - count > 0 and count < 4:
        gap = text[ends[i - count - 1] : at if count == 0 else starts[i - count]]
        if CLAUSE_PUNCT.search(gap):
            break
        count += 1
    return count


def _sentence_at(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    """The sentence span holding ``pos``, or (0, 0); spans are sorted and disjoint, so a
    bisection finds it (a scan per candidate made long texts cost quadratic time)."""
    k = bisect_right(spans, pos, key=itemgetter(0)) - 1
    if k >= 0 and spans[k][0] <= pos < spans[k][1]:
        return spans[k]
    return (0, 0)


def deciding_cue(cues: tuple[Cue, ...]) -> Cue:
    """The cue that made a mention count: the base if strong alone, else the strongest cue."""
    base = cues[0]
    if base.weight >= THRESHOLD or len(cues) == 1:
        return base
    return max(cues[1:], key=lambda c: c.weight)


@lru_cache(maxsize=64)
def _base(s: Subject) -> Cue:
    form = FORM_DA["fuzzy"] + " af " + FORM_DA[s.form] if s.fuzzy else FORM_DA[s.form]
    typo = 0.2 if s.fuzzy else 0.0
    if not s.single:
        weight = {"full": 0.9, "alias": 0.85}.get(s.form, 0.7)
        return Cue(f"base_{s.form}", weight - typo / 1.5, form)
    if s.ambiguity == "word":
        return Cue("base_word", 0.15, f"{form}, som også er et almindeligt ord eller sted")
    if s.ambiguity == "common":
        return Cue("base_common", 0.45 - typo, f"{form}, som er meget almindeligt")
    return Cue("base_name", 0.6 - typo, form)


def _title_before(s: Subject, w: Window) -> Cue | None:
    for word in w.before[-2:]:
        if word in TITLES or word.endswith(TITLE_SUFFIXES):
            return Cue("title_before", 0.45, f"titlen «{word}» står foran")
    return None


def _greeting_before(s: Subject, w: Window) -> Cue | None:
    """ "Hej X", "Kære X", "Til X:" open a clause; "tak til X" may stand anywhere."""
    if not w.before or w.before[-1] not in GREETINGS or CLAUSE_PUNCT.search(w.gap_before):
        return None
    if w.prev_clause_start or w.before[-2:] == ("tak", "til"):
        return Cue("greeting", 0.45, f"tiltales direkte («{w.before[-1]} …»)")
    return None


def _vocative(s: Subject, w: Window) -> Cue | None:
    if not _VOCATIVE_AFTER.match(w.gap_after) and w.after:
        return None
    if w.clause_start or w.gap_before.strip() == ",":
        return Cue("vocative", 0.45, "tiltales direkte (navnet står for sig selv)")
    return None


def _addressed(s: Subject, w: Window) -> Cue | None:
    """A name closing a clause that speaks to "du"/"dig": "jeg finder dig, Omar" without
    the comma, "JEG SLÅR DIG IHJEL CHARLOTTE!!!" — the person spoken to."""
    if w.clause_start or w.gap_before.strip() == "," or w.prev_capitalised:
        return None
    if not w.sentence_words & SECOND_PERSON:
        return None
    if w.after and not _VOCATIVE_AFTER.match(w.gap_after) and w.after[0] not in YOUR:
        return None  # "… dig Ribe dit svin": an epithet after the name also addresses it
    return Cue("addressed", 0.45, "tiltales direkte (navnet afslutter en sætning til «du»)")


def _pointed_at(s: Subject, w: Window) -> Cue | None:
    if CLAUSE_PUNCT.search(w.gap_before) or w.gap_before.strip(" ,"):
        return None
    for pointer in POINTERS:
        if w.before[-len(pointer) :] == pointer:
            return Cue("pointed_at", 0.15, f"der peges på personen («{' '.join(pointer)} …»)")
    return None


def _subject_verb(s: Subject, w: Window) -> Cue | None:
    """The name opens its clause (or follows "at", "som", a question word: "hvilken bil X
    kører i") and a verb follows: the name is the subject."""
    if w.genitive:
        return None  # "Skives borgmester": an owner, not a subject
    starts = w.clause_start or (bool(w.before) and w.before[-1] in CLAUSE_WORDS)
    if not starts:
        starts = not WH_WORDS.isdisjoint(w.before[-2:])
    if not starts or w.gap_after.strip():
        return None
    after = [a for a in w.after[:3] if a not in ADVERBS][:1]
    if after and (after[0] in VERBS or _VERB_ENDING.match(after[0])):
        return Cue("subject_verb", 0.35, f"navnet er grundled («… {after[0]}»)")
    return None


def _inverted_subject(s: Subject, w: Window) -> Cue | None:
    """The name right after a finite verb that opens its clause or follows one fronted
    word: the verb's subject ("Kan X ringe mig op?", "Det kommer X til at …"). Another
    capitalised name beside it is left to ``_other_name``."""
    if not w.before or w.gap_before != " " or not 1 <= w.into_clause <= 3:
        return None
    verb = w.before[-1]
    if verb not in FINITE_VERBS:
        return None
    return Cue("inverted_subject", 0.35, f"navnet er grundled efter udsagnsordet («{verb} …»)")


def _capitalised_mid_clause(s: Subject, w: Window) -> Cue | None:
    """A name that is also an ordinary word ("Helle", "Bo"), written with a capital inside
    a clause, is used as a name: the capital outweighs part of the doubt. Places and other
    names beside it are weighed by their own rules."""
    if s.ambiguity != "word" or not w.capitalised or w.shouting or w.clause_start:
        return None
    if w.prev_capitalised:
        return None  # "Tove Ravn": part of another person's name
    return Cue("capital_mid_clause", 0.2, "skrevet med stort midt i sætningen: et navn")


def _object_of_verb(s: Subject, w: Window) -> Cue | None:
    """The name right after a verb of seeing, meeting, following or seeking someone out:
    a person ("har filmet X", "mødte X i Netto"), not a place or a thing."""
    if w.gap_before != " " or not w.before:
        return None
    verb_before = w.before[-2] if len(w.before) >= 2 else ""
    talked_with = w.before[-1] == "med" and verb_before in TALKED
    determined = w.before[-1] in _DETERMINERS and verb_before in OBJECT_VERBS
    if w.before[-1] not in OBJECT_VERBS and not talked_with and not determined:
        return None
    if not w.capitalised or w.prev_capitalised:
        return None
    verb = " ".join(w.before[-2:]) if talked_with or determined else w.before[-1]
    return Cue("object_of_verb", 0.15, f"en person, man «{verb}»")


def _owner_of_casework(s: Subject, w: Window) -> Cue | None:
    """A name in the genitive before a word of casework: "Fugls opfølgningsplan", "Skovs
    afgørelse" — a caseworker's work, not a bird's or a forest's."""
    if not w.genitive or not w.after or w.gap_after != " ":
        return None
    if not w.after[0].startswith(CASEWORK_PREFIXES):
        return None
    return Cue("owner_of_casework", 0.35, f"ejer sagsbehandlingen («… {w.after[0]}»)")


def _met_with(s: Subject, w: Window) -> Cue | None:
    """The name after a meeting and "hos" or "med": "en ny tid hos X", "mødet med X" —
    the person one has an appointment with."""
    if w.gap_before != " " or not w.before or not w.capitalised or w.prev_capitalised:
        return None
    if w.before[-1] not in ("hos", "med"):
        return None
    if len(w.before) < 2 or w.before[-2] not in MEETINGS:
        return None  # "købte fisk hos Smed": a shop as often as a person
    said = " ".join(w.before[-2:])
    return Cue("met_with", 0.3, f"en person, man har en aftale med («{said} …»)")


def _owner_of_belongings(s: Subject, w: Window) -> Cue | None:
    """A name in the genitive before a private belonging, perhaps with one word between:
    "Smeds fine hus", "Tangs kone" — a person's home and family, not a smith's or a town's."""
    if not w.genitive or w.gap_after != " " or w.prev_capitalised:
        return None  # "Tove Ravns mand": the genitive of another person's full name
    owned = next((word for word in w.after[:2] if word in PRIVATE_BELONGINGS), None)
    if owned is None:
        return None
    return Cue("owner_of_belongings", 0.35, f"ejer noget privat («… {owned}»)")


def _casework(s: Subject, w: Window) -> Cue | None:
    if w.sentence_words & CASE_WORDS:
        return Cue("casework", 0.1, "sætningen handler om sagsbehandling")
    return None


def _relation_before(s: Subject, w: Window) -> Cue | None:
    """ "min nabo X", "X, min søster": someone of the writer's own life — the relation must
    stand in the name's clause ("… for min bror. Hvis X …" is someone else)."""
    for word in w.before[-min(2, w.into_clause) :] if w.into_clause else ():
        if word in RELATIONS:
            return Cue("relation", -0.8, f"en privat relation («{word}») står foran")
    apposition = w.gap_after.strip() == "," and len(w.after) > 1 and w.after[0] in MY
    if apposition and w.after[1] in RELATIONS:  # "Anne, min søster, …"
        return Cue("relation", -0.8, f"en privat relation («{w.after[1]}») står efter")
    return None


def _private_life(s: Subject, w: Window) -> Cue | None:
    if w.after[:2] in (("og", "jeg"), ("og", "mig")) or w.before[-2:] in (
        ("jeg", "og"),
        ("mig", "og"),
    ):
        return Cue("private_life", -0.5, "privatliv («… og jeg»)")
    if w.after[:1] == ("fra",) and w.after[1:2] in (("min",), ("mit",), ("mine",), ("vores",)):
        return Cue("private_life", -0.5, "en person fra skribentens eget liv")
    return None


def _signoff_before(s: Subject, w: Window) -> Cue | None:
    if any(word in SIGNOFFS for word in w.before[-3:]):
        return Cue("signoff", -0.8, "står i en hilsen: skribentens eget navn")
    return None


def _other_name(s: Subject, w: Window) -> Cue | None:
    if w.name_before or w.name_after:
        return Cue("other_name", -0.6, "står ved et andet navn: en anden person eller et sted")
    return None


def _place_before(s: Subject, w: Window) -> Cue | None:
    if s.ambiguity == "word" and w.before and w.before[-1] in PLACE_WORDS:
        return Cue("place", -0.5, f"stedsangivelse («{w.before[-1]} …»)")
    return None


def _compound(s: Subject, w: Window) -> Cue | None:
    if w.hyphen_compound:
        return Cue("compound", -0.8, "del af et sammensat ord")
    return None


def _lowercase(s: Subject, w: Window) -> Cue | None:
    if w.capitalised:
        return None
    if s.ambiguity == "word":
        return Cue("lowercase_word", -1.0, "skrevet med lille: et almindeligt ord")
    if w.cased_text:
        return Cue("lowercase_cased", -0.4, "skrevet med lille i en tekst med store bogstaver")
    return Cue("lowercase", -0.1, "skrevet med lille begyndelsesbogstav")


_RULES = (
    _title_before,
    _greeting_before,
    _vocative,
    _addressed,
    _pointed_at,
    _subject_verb,
    _inverted_subject,
    _capitalised_mid_clause,
    _object_of_verb,
    _owner_of_casework,
    _met_with,
    _owner_of_belongings,
    _casework,
    _relation_before,
    _private_life,
    _signoff_before,
    _other_name,
    _place_before,
    _compound,
    _lowercase,
)
