"""The words around a candidate staff mention, read once for the cue rules (``Window``).

``window_at`` looks at the normalised text around a span: the words before and after it,
the gaps between them, capitals in the raw text, whether the name opens its clause — all
that the rules in ``staff_cues`` weigh, so each rule is a few comparisons.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass

from borgerpost.detect.lexicon import epithets
from borgerpost.detect.normalise import Normalised
from borgerpost.detect.staff_words import (
    AIMED,
    MOCKING_TITLES,
    MY,
    NAMING_ADVERBS,
    NAMING_VERBS,
    NOT_A_NAME,
    PERSON_PARTS,
    SECOND_PERSON,
    is_casework,
)

# stop 31: an emoji ends a clause as a full stop does ("… igen 😍 Kan Palmer undersøge …")
CLAUSE_PUNCT = re.compile(r"[.!?:;\n\u2600-\u27bf\U0001f300-\U0001faff]")


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
    initials_after: bool  # ... and it is one or two capitals ("Ludmilla V-T", "Bo K.")
    hyphen_compound: bool  # "Dahl-salen", "Rold-Skov"
    sentence_words: frozenset[str]
    into_clause: int = 0  # words of its clause before the mention (at most 4 counted)
    shouting: bool = False  # the mention is written in capitals ("SIG TIL HELLE")
    cased_text: bool = True  # the text uses capitals (not all lower case, not all capitals)
    prev_capitalised: bool = False  # the word right before starts with a capital (not shouting)
    genitive: bool = False  # the name carries a genitive -s ("Fugls")
    given_name: bool = False  # the text names someone else so ("en kat der hedder Per")
    # the same word stands elsewhere in the text with a small letter ("Lange køer …, lange
    # køer …"): the writer uses it as an ordinary word
    small_elsewhere: bool = False
    # the first word of the next sentence, where the mention's sentence ends within three
    # words after it ("… med til Frost på mandag. Hun har …"), else ""
    next_opener: str = ""
    # probe round 353: a comma before the previous word ("Jeg ringede, og Bo hjalp"): that
    # word opens a new clause, and the name belongs to it, not to a pair with the writer
    comma_before_prev: bool = False
    # up to eight words of the mention's sentence before it, nearest last (stop 35: "en
    # socialrådgiver i Kontanthjælp der hedder X" places the one named beyond ``before``)
    sentence_before: tuple[str, ...] = ()
    # the name typed letter by letter ("S k a r p"): spelt out so a filter misses it, which
    # is done to a person's name, not to an ordinary word
    spaced_out: bool = False
    spelt: str = ""  # the mention itself, normalised
    # stop 38: the mention's capital is the only one in a text otherwise written small, even
    # at its sentence starts ("hvis du stopper min dagpenge Krum så …"): chosen on purpose
    lone_capital: bool = False
    # stop 38: the same word names a municipality or a jobcentre elsewhere in the text ("fra
    # Favrskov Kommune … Kan I kontakte Favrskov"): the bare word is that place again
    place_elsewhere: bool = False
    # stop 38: up to twelve words before the mention's sentence ("… den høje kvinde på
    # kontanthjælp …? Hun hedder X"): where a pronoun's person was placed
    before_sentence: tuple[str, ...] = ()
    # stop 39: which of ``before`` start with a capital in the raw text (the same order)
    before_capitals: tuple[bool, ...] = ()
    # probe round 315: the first four words of the mention's sentence, when it stands later
    # ("Han sidder i Ydelse, har skæg og briller og hedder X": who was placed where)
    sentence_opening: tuple[str, ...] = ()
    # probe round 377c: which of the first four ``after`` words start with a capital ("Sol &
    # Vind Byg", "Sol og Måne på …": a firm's or a title's further words)
    after_capitals: tuple[bool, ...] = ()

    def owns_casework(self) -> bool:
        """The name in the genitive right before a word of casework: "Fugls
        opfølgningsplan", "Dams kursus", "Brøndstedts nye effektiviseringsplan" (the
        compound's last part) — a caseworker's work, not a bird's or a pond's."""
        return (  # one word may stand between: "Lyngs nye ordning"
            self.genitive and self.gap_after == " "
            and any(map(is_casework, self.after[:2]))
        )  # fmt: skip

    def speaks_to_you(self) -> bool:
        """The mention's sentence has a "du", "dig" or "din" in it: it speaks to someone,
        often the person named ("Storm: hvorfor svarer du ikke?")."""
        return not self.sentence_words.isdisjoint(SECOND_PERSON)

    def asks_for_name(self) -> bool:
        """ "hvem er det der hedder Eng derinde?": the writer asks who has the name given
        in the text, so the name is not given to someone else."""
        return self.given_name and "hvem" in self.sentence_words

    def relays_message(self) -> bool:
        """ "sig til Sol at jeg ikke kommer": a message passed on to the person named."""
        return self.before[-2:] == ("sig", "til") and self.after[:1] == ("at",)


def aimed_at(w: Window) -> bool:
    """ "rettet mod Kim", "vred på Sol": words, complaints and anger are aimed at a person."""
    return len(w.before) >= 2 and w.before[-1] in ("mod", "imod", "på") and w.before[-2] in AIMED


def joined_to_person(w: Window) -> bool:
    """ "Vilje-kvindfolk", "Lund-typen": the name hyphened to a word for a person; a
    mocking title mid-sentence ("et billede af Kilde-dronningen")."""
    if not w.hyphen_compound or w.after[:1] == ():
        return False
    if w.after[0] in PERSON_PARTS or (w.after[0] in MOCKING_TITLES and not w.clause_start):
        return True
    if w.after[0] in _NAME_NOUNS:
        return True  # probe round 307: "ham med Dahl-efternavnet": the name called a name
    if w.after[0] in _NAME_THINGS:
        return True  # round 433: "ham med Dahl-skiltet": the person's name plate
    # stop 29: an epithet hyphened to the name ("Tranbjerg-pikhovedet"): a nickname of abuse
    return _strong_epithet(w.after[0])


_NAME_NOUNS = frozenset(("efternavnet", "efternavn", "fornavnet", "fornavn", "navnet"))
# round 433: a thing named after the person, never after a place or a word: the name plate
# on the door ("ham med Dahl-skiltet på døren"). Not "Dahl-sagen": a case is called after
# the citizen, a place or a firm as often as after its handler (stored near miss, round 307)
_NAME_THINGS = frozenset(("skiltet", "navneskiltet", "dørskiltet"))


def _strong_epithet(word: str) -> bool:
    hit = epithets().lookup(word)
    return hit is not None and hit.category == "strong"


@dataclass(frozen=True, slots=True)
class Cue:
    """One reason a mention counts more or less: a rule name, a weight, a Danish reason."""

    rule: str
    weight: float
    reason: str


# the ambiguities of a name that is also something else than a person: the doubts of an
# ordinary word (written small, after a place word, as a label) hold for a firm's name too
WORDLIKE = frozenset(("word", "firm"))


@dataclass(frozen=True, slots=True)
class Subject:
    """What the rules need to know about the candidate itself (not which member it is)."""

    form: str  # full | first | surname | alias
    fuzzy: bool  # spelt with a typo
    single: bool  # one name alone (first or surname), not a full name or alias
    # "word" (also an ordinary word/place) | "firm" (also a firm's name: "Falck") |
    # "common" (very common name) | ""
    ambiguity: str


# stop 36: a name in the genitive before a social site owns the profile ("Mahlets
# Instagram"); before another capitalised word it is a firm's name ("Salehs Pizza")
SOCIAL_SITES = frozenset(
    ("instagram", "insta", "facebook", "tiktok", "snapchat", "linkedin", "twitter", "youtube")
)


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
        and texts[i - 1] not in NOT_A_NAME
        and texts[i - 1] != "i"  # a capital "I" mid-sentence is the pronoun ("Kender I …")
        and not is_own_name(texts[i - 1])
        and raw[words.raw_starts[i - 1] : words.raw_starts[i - 1] + 1].isupper()
    )
    name_after = (
        has_next
        and not (genitive and texts[j] in SOCIAL_SITES)
        and not shouting
        and gap_after == " "
        and texts[j] not in NOT_A_NAME
        and texts[j] != "i"  # "Sig til Kim I kan …", English "Tell Kim I will …": a pronoun
        and not is_own_name(texts[j])
        and raw[words.raw_starts[j] : words.raw_starts[j] + 1].isupper()
    )
    hyphen = (gap_before.endswith("-") and has_prev and words.ends[i - 1] == start - 1) or (
        gap_after.startswith("-") and has_next and words.starts[j] == end + 1
    )
    k = norm.sentence_index(start)
    sentence = norm.sentence_spans[k] if k is not None else (0, 0)
    lo, hi = bisect_left(starts, sentence[0]), bisect_left(starts, sentence[1])
    return Window(
        before=tuple(texts[max(0, i - 4) : i]),
        after=tuple(texts[j : j + 8]),
        gap_before=gap_before,
        gap_after=gap_after,
        clause_start=not has_prev or bool(CLAUSE_PUNCT.search(gap_before)),
        prev_clause_start=prev_at_start,
        comma_before_prev=i >= 2 and "," in text[words.ends[i - 2] : words.starts[i - 1]],
        # a leetspeak first letter ("4sk" for Ask) hides the case: read it as a capital
        capitalised=not norm.raw_slice(start, start + 1).islower(),
        name_before=bool(name_before),
        name_after=name_after,
        # stop 31: one or two capitals ("Ludmilla V-T", "Bo K."), a surname's initials
        initials_after=name_after
        and len(texts[j]) <= 2
        and written_in_capitals(norm, words.starts[j], words.ends[j]),
        hyphen_compound=hyphen,
        sentence_words=frozenset(texts[lo:hi]),
        sentence_before=tuple(texts[max(lo, i - 8) : i]),
        into_clause=_words_into_clause(text, words.starts, words.ends, i, start),
        shouting=shouting,
        genitive=genitive,
        cased_text=norm.mixed_case,
        given_name=text[start:end] in _given_names(texts),
        small_elsewhere=_small_elsewhere(norm, i),
        prev_capitalised=has_prev
        and not shouting
        and gap_before == " "
        and raw[words.raw_starts[i - 1] : words.raw_starts[i - 1] + 1].isupper(),
        next_opener=texts[hi] if hi < len(texts) and hi - j <= 3 else "",
        spaced_out=_spaced_out(norm, start, end),
        spelt=text[start:end],
        lone_capital=_lone_capital(norm, start, end),
        place_elsewhere=_place_elsewhere(texts, i, j),
        # probe round 329: 20 words, so a long description before reaches its title
        before_sentence=tuple(texts[max(0, lo - 20) : lo]),
        sentence_opening=tuple(texts[lo : min(lo + 4, i)]),
        before_capitals=tuple(
            raw[k : k + 1].isupper() for k in words.raw_starts[max(0, i - 4) : i]
        ),
        after_capitals=tuple(
            not shouting and raw[k : k + 1].isupper() for k in words.raw_starts[j : j + 4]
        ),
    )


# the words that make the word before them a place: "Favrskov Kommune", "Lyngby Station"
PLACE_HEADS = frozenset(
    "kommune kommunes jobcenter jobcenters station stations havn sogn sogns amt".split()  # noqa: SIM905
)


def _place_elsewhere(texts: list[str], i: int, j: int) -> bool:
    """The mention's words (``texts[i:j]``) stand again in the text before a word for a
    municipality, jobcentre or other place, or after "jobcenter" ("Jobcenter Favrskov")."""
    spelt = texts[i:j]
    n = len(spelt)
    return n > 0 and any(
        texts[k : k + n] == spelt
        and ((k + n < len(texts) and texts[k + n] in PLACE_HEADS)
             or (k > 0 and texts[k - 1] in ("jobcenter", "jobcentret", "kommune")))
        for k, word in enumerate(texts)
        if word == spelt[0] and k != i
    )


def _lone_capital(norm: Normalised, start: int, end: int) -> bool:
    """The mention starts with a capital and holds every capital of the raw text, which is
    at least 30 characters long (in a shorter one a lone capital proves nothing)."""
    rs, re_ = norm.to_raw(start, end)
    capitals = norm.capitals
    if capitals is None or len(norm.raw) < 30 or not norm.raw[rs : rs + 1].isupper():
        return False
    return rs <= capitals[0] and capitals[1] < re_


def _spaced_out(norm: Normalised, start: int, end: int) -> bool:
    """The raw mention is one word typed letter by letter ("S k a r p", "K-y-s-t-e-r")."""
    return " " not in norm.text[start:end] and bool(
        _SPACED_LETTERS.fullmatch(norm.raw_slice(start, end))
    )


_SPACED_LETTERS = re.compile(r"\w(?:[ .\-_*]\w){2,}")


def _small_elsewhere(norm: Normalised, i: int) -> bool:
    """Word ``i`` occurs again in the text, there written with a small first letter."""
    words = norm.columns
    texts, raw = words.texts, norm.raw
    word = texts[i]
    return any(
        texts[k] == word and k != i and raw[words.raw_starts[k]].islower()
        for k in range(len(texts))
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




_NAMED = frozenset(("hende", "ham", "den", "det", "dem"))
# stop 37: "har kaldt sin bamse X", "døbte vores hvalp X": a name given to a pet, a toy or a
# child (not "min knytnæve har jeg døbt X", which names a fist after the person)
_CALLING = frozenset(("kalder", "kaldte", "kaldt", "døber", "døbte", "døbt"))
_OWNERS = MY | {"sin", "sit", "hans", "hendes", "deres"}
_NAMED_THINGS = frozenset(
    "bamse dukke hund hvalp kat killing hest pony kanin marsvin undulat fisk guldfisk "  # noqa: SIM905
    "datter søn barn baby pige dreng".split()
)
_GIVING = NAMING_VERBS | _CALLING  # one scan tells whether a text gives any name


def _given_names(texts: list[str]) -> frozenset[str]:
    """The words a text gives as someone's name: the word after "hedder", "kaldet" …, and
    the word before "hedder min/vores …" ("Bo hedder min hund")."""
    if _GIVING.isdisjoint(texts):
        return frozenset()
    after = {_name_after(texts, k) for k, word in enumerate(texts) if word in NAMING_VERBS}
    after.discard("")
    # "vi har fået en hvalp og kalder hende Lykke": a name given to a pet or a child
    # stop 38: "fået en lille pige … og kaldt hende X efter sin oldemor": any tense of the
    # verb, where the text speaks of a child or a pet
    child_or_pet = not _NAMED_THINGS.isdisjoint(texts)
    after |= {
        texts[k + 2]
        for k in range(len(texts) - 2)
        if (texts[k] == "kalder" or (child_or_pet and texts[k] in _CALLING))
        and texts[k + 1] in _NAMED
    }
    after |= {
        texts[k + 3]
        for k in range(len(texts) - 3)
        if texts[k] in _CALLING and texts[k + 1] in _OWNERS and texts[k + 2] in _NAMED_THINGS
    }
    before = {
        texts[k - 1]
        for k in range(1, len(texts) - 1)
        if texts[k] in NAMING_VERBS and texts[k + 1] in MY
    }
    return frozenset(after | before)


def _name_after(texts: list[str], k: int) -> str:
    """The word named by the naming verb at ``k``, past any adverbs ("" at the end)."""
    j = k + 1
    while j < len(texts) and texts[j] in NAMING_ADVERBS:
        j += 1
    return texts[j] if j < len(texts) else ""


def nickname_from_surname(w: Window, surname: str) -> bool:
    """ "Plov-Kim", "Strandvasker-Niels": the first name after a hyphen, joined to a word
    that begins like the member's surname — a nickname made from the surname, which points
    at this member, where a plain "Pizza-Kim" points at nobody in particular."""
    if not (w.hyphen_compound and w.gap_before.endswith("-") and w.before):
        return False
    head = w.before[-1]
    return len(surname) >= 4 and len(head) >= 3 and head[:3] == surname[:3]


def written_in_capitals(norm: Normalised, start: int, end: int) -> bool:
    """Every letter of the normalised span ``start:end`` is a capital in the raw text."""
    letters = [c for c in norm.raw_slice(start, end) if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)
