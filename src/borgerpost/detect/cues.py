"""Phrase cues: small word patterns, shipped as YAML, matched against a ``TokenView``.

Each pattern is written in the pattern language of ``cue_patterns`` ("ved hvor {YOU} bor",
"slå*|dræb* {TARGET} ihjel", ``~N`` gaps, ``¶`` sentence boundaries, ``@staff`` mentions).

A cue has an ``id``, a Danish ``reason``, a ``weight`` (a detector sums the weights of the
distinct cues it found and labels at 1.0), whether a negation before it cancels it
(``negatable``, default true), ``unless`` patterns that veto a match they overlap (searched in
the match's sentence) and ``unless_text`` patterns that veto every match of the cue when they
occur anywhere in the text: a half sign of a farewell ("I behøver ikke ringe") is void in a
mail that tells of a holiday, wherever the holiday is told. A cue marked ``rules_out: true``
only rules its label out where it matches (``rules.CueDetector.matches``): a neighbour's
household chore is no case request, whatever a learned head reads into "bedt om hjælp".

Matching is fast because each pattern is compiled to one regex over ``TokenView.string``
and only runs when one of its anchor words occurs: the anchors of every pattern of a cue set
go into one Aho-Corasick automaton, so a text costs one scan plus the few patterns it
triggers, however many patterns the YAML holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import repeat
from typing import Any

import ahocorasick

from borgerpost.detect.cue_patterns import CompiledPattern, Macros, compile_pattern
from borgerpost.detect.lexicon import load_yaml
from borgerpost.detect.pronoun_i import YOU_PLURAL
from borgerpost.detect.textview import SENTENCE, TokenView
from borgerpost.errors import ConfigError

NEGATORS = frozenset(("ikke", "aldrig", "ingen", "intet", "ej", "hverken", "næppe", "ingenting"))
# "ikke andet end", "ikke kun": the negation does not deny what follows.
NOT_NEGATING_AFTER = frozenset(("andet", "kun", "bare", "blot", "engang", "mindst", "mere"))
CLAUSE_WORDS = frozenset(("men", "og", "så", "fordi", "hvis", "når", "da", "selvom", "mens"))
NEGATION_REACH = 4
RAISED_REACH = 10  # how far back the comma after "jeg synes ikke" may be (see OPINION)
# Factive verbs: "min læge ved ikke, at jeg skærer i mig" denies the knowing, not the cutting
FACTIVE = frozenset(
    ("ved", "vidste", "aner", "anede", "opdager", "opdagede", "opdaget", "forstår", "forstod",
     "mærker", "mærkede", "bemærker", "bemærkede", "fortalt", "fortæller", "fortalte")
)  # fmt: skip
# Opinion verbs raise their negation into the clause they govern: "jeg synes ikke, det er
# urimeligt" denies the unreasonableness across the comma ("I think it is not unreasonable").
OPINION = frozenset(
    ("synes", "syntes", "mener", "mente", "tror", "troede", "finder", "fandt", "føler", "følte",
     "oplever", "tænker", "vurderer", "ser")
)  # fmt: skip


@dataclass(frozen=True)
class Cue:
    """One named phenomenon and the patterns that show it."""

    id: str
    reason: str
    weight: float
    negatable: bool
    patterns: tuple[str, ...]
    unless: tuple[str, ...] = ()
    unless_text: tuple[str, ...] = ()  # vetoes every match when found anywhere in the text
    each: bool = False  # every distinct pattern adds the weight (independent weak signs)
    extra: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class CueMatch:
    """A cue found in a view: word indices ``first..last`` and whether negation cancels it."""

    cue: Cue
    first: int
    last: int
    negated: bool
    pattern: int = 0  # index into ``cue.patterns``

    @property
    def key(self) -> tuple[str, int]:
        """What counts once towards a label: the cue, or the pattern of an ``each`` cue."""
        return (self.cue.id, self.pattern if self.cue.each else -1)

    def overlaps(self, other: CueMatch) -> bool:
        return self.first <= other.last and other.first <= self.last


Windows = list[tuple[int, tuple[int, int]]]  # (pattern number, string window) to search


class CueSet:
    """Every cue of one YAML file, compiled, with its anchor automaton."""

    def __init__(self, cues: Sequence[Cue], macros: dict[str, str]) -> None:
        self.cues = tuple(cues)
        self._macros = Macros(macros)
        self._patterns: list[tuple[int, int, CompiledPattern]] = []
        self._unless: dict[int, _Vetoes] = {}
        self._unless_text: dict[int, tuple[CompiledPattern, ...]] = {}
        for i, cue in enumerate(self.cues):
            for j, source in enumerate(cue.patterns):
                self._patterns.append((i, j, self._compile(source, cue.id)))
            if cue.unless:
                self._unless[i] = _Vetoes([self._compile(s, cue.id) for s in cue.unless])
            if cue.unless_text:
                self._unless_text[i] = tuple(self._compile(s, cue.id) for s in cue.unless_text)
        self._always = [k for k, (_, _, c) in enumerate(self._patterns) if not c.anchors]
        self._automaton = _automaton(
            (a, k, c.crosses) for k, (_, _, c) in enumerate(self._patterns) for a in c.anchors
        )

    @classmethod
    def from_yaml(cls, relative: str) -> CueSet:
        """Load ``detect/data/<relative>``; macros from ``cues/macros.yaml`` and the file."""
        data = load_yaml(relative)
        macros = {**parse_macros(load_yaml("cues/macros.yaml")), **parse_macros(data)}
        raw = data.get("cues")
        if not isinstance(raw, list):
            raise ConfigError(f"detect/data/{relative}: mangler listen 'cues'")
        return cls([_cue(item, relative) for item in raw], macros)

    def find(
        self, view: TokenView, windows: Windows | None = None, vetoed: list[int] | None = None
    ) -> list[CueMatch]:
        """Every match of every cue in ``view``, in text order (vetoed ones dropped).
        ``windows``: this set's share of a ``CueIndex`` scan, when the caller has one;
        ``vetoed``: gets the number of each cue whose match an ``unless`` vetoed."""
        if not view.words:
            return []
        found: dict[tuple[int, int, int], CueMatch] = {}
        voided: dict[int, bool] = {}  # cue -> an ``unless_text`` pattern occurs in the text
        window_words = view.window_words
        for k, window in self._windows(view) if windows is None else windows:
            i, j, compiled = self._patterns[k]
            if compiled.words_gate:
                words = window_words(window)
                if not compiled.gate_all <= words or (
                    compiled.gate_any and any(spec.isdisjoint(words) for spec in compiled.gate_any)
                ):
                    continue  # a word the pattern needs is absent: cheaper than the regex
            lo, hi = window
            cue = self.cues[i]
            for m in compiled.regex.finditer(view.string, lo, hi):
                if m.end() <= m.start():
                    continue
                first, last = view.words_in(m.start(), m.end())
                if self._vetoed(i, view, first, last) or self._voided(i, view, voided):
                    if vetoed is not None:
                        vetoed.append(i)
                    continue
                negated = cue.negatable and is_negated(view, first, last, compiled.words)
                found.setdefault((i, first, last), CueMatch(cue, first, last, negated, j))
        return sorted(found.values(), key=lambda c: (c.first, c.last))

    def compile_all(self) -> int:
        """Compile every regex of the set now (patterns, ``unless`` and ``unless_text``),
        which ``find`` otherwise does on first use; the number of patterns compiled. For a
        worker that would rather pay at start-up, and for the test that every shipped
        pattern compiles."""
        compiled = [c for _, _, c in self._patterns]
        compiled += [c for vetoes in self._unless.values() for c in vetoes.patterns]
        compiled += [c for voids in self._unless_text.values() for c in voids]
        for pattern in compiled:
            pattern.regex  # noqa: B018  # the property compiles it
        return len(compiled)

    @property
    def always(self) -> list[int]:
        """Patterns without an anchor: searched in the whole text."""
        return self._always

    def anchored(self) -> Iterator[tuple[int, CompiledPattern]]:
        """(pattern number, compiled pattern) of every anchored pattern: what a ``CueIndex``
        combines across cue sets (its anchors, whether it crosses a ``¶``, its gates)."""
        for k, (_, _, compiled) in enumerate(self._patterns):
            if compiled.anchors:
                yield k, compiled

    def _windows(self, view: TokenView) -> Windows:
        """(pattern, string window) pairs to search: for an anchored pattern, the sentence
        its anchor word is in (and the next one, for a pattern that crosses a ``¶``), so
        the cost follows the anchor hits, not the text length times the patterns."""
        whole = (0, len(view.string))
        todo: set[tuple[int, tuple[int, int]]] = {(k, whole) for k in self._always}
        if self._automaton is None:
            return sorted(todo)
        for end, (within, crossing) in self._automaton.iter(view.string):
            here, with_next = view.anchor_windows(view.word_at(end - 1))
            todo.update(zip(within, repeat(here)))
            todo.update(zip(crossing, repeat(with_next)))
        return sorted(todo)

    def _voided(self, i: int, view: TokenView, seen: dict[int, bool]) -> bool:
        """An ``unless_text`` pattern of cue ``i`` occurs anywhere in the text (searched
        once per text, and only once the cue has matched)."""
        if i not in self._unless_text:
            return False
        if i not in seen:
            string = view.string
            seen[i] = any(c.regex.search(string) for c in self._unless_text[i])
        return seen[i]

    def _vetoed(self, i: int, view: TokenView, first: int, last: int) -> bool:
        vetoes = self._unless.get(i)
        if vetoes is None:
            return False
        sentence = view.sentence_words(first)
        lo, hi = (
            view.starts[sentence[0]] - 1,
            view.starts[sentence[-1]] + len(view.words[sentence[-1]]),
        )
        for compiled in vetoes.candidates(view.string[lo : hi + 1]):
            for m in compiled.regex.finditer(view.string, lo, hi + 1):
                a, b = view.words_in(m.start(), m.end())
                if a <= last and first <= b:
                    return True
        return False

    def _compile(self, source: str, cue_id: str) -> CompiledPattern:
        try:
            return compile_pattern(source, self._macros)
        except (ConfigError, re.error) as exc:
            raise ConfigError(f"cue {cue_id!r}: mønsteret {source!r} er ugyldigt: {exc}") from exc


def is_negated(view: TokenView, first: int, last: int, meant: frozenset[str] = frozenset()) -> bool:
    """A negator in the match or up to ``NEGATION_REACH`` words before it, same clause."""
    words = view.words
    for k in range(first, last + 1):
        if words[k] in NEGATORS and words[k] not in meant and not _not_negating(words, k):
            return True
    if words[first] in CLAUSE_WORDS:
        return False  # "…, når jeg er væk": the match opens its own clause
    k = first - 1
    while k >= 0 and first - k <= RAISED_REACH:
        if view.clause_break[k + 1]:
            return _raised_negation(view, k)
        if words[k] == "fordi" and k > 0 and words[k - 1] == "ikke":
            return True  # stop 37: "ikke fordi hun er et dårligt menneske, men …" denies it
        if words[k] == SENTENCE or words[k] in CLAUSE_WORDS:
            return False
        if words[k] == "at" and not FACTIVE.isdisjoint(words[max(0, k - 3) : k]):
            return False  # "… ved ikke, at <match>": the match is said to be true
        if first - k <= NEGATION_REACH and words[k] in NEGATORS and not _not_negating(words, k):
            return not _main_clause_after_if(words, k, first)
        k -= 1
    return False


# the subject pronouns that follow the finite verb when a main clause opens after a fronted
# subordinate clause without a comma ("Hvis hun ikke får hjælp står jeg …")
_INVERTED_SUBJECT = frozenset(("jeg", "vi", "æ", "du", "i", "han", "hun", "de", "man"))
_SUBORDINATORS = frozenset(("hvis", "såfremt", "når", "naar"))
# words before a pronoun that make it the subject of a relative clause, not an inversion
_NO_VERB = frozenset(("det", "den", "de", "hvad", "som", "der", "at", "end", "og", "eller"))
# a pronoun after one of these is no inverted subject
_NOT_BEFORE_INVERTED = _INVERTED_SUBJECT | NEGATORS | _NO_VERB


def _main_clause_after_if(words: Sequence[str], k: int, first: int) -> bool:
    """The negator at ``k`` sits in a fronted "hvis … ikke …" clause and the match opens the
    main clause after it, verb before subject ("hvis min datter ikke får hjælp står jeg foran
    hans hus"): the negation stays in its own clause."""
    opener = next((j for j in range(k - 1, max(-1, k - 6), -1) if words[j] in _SUBORDINATORS), None)
    if opener is None or any(w == SENTENCE for w in words[opener:k]):
        return False
    for j in range(k + 3, min(first + 2, len(words))):
        if (
            words[j] in _INVERTED_SUBJECT
            and words[j - 1] not in _NOT_BEFORE_INVERTED
        ):
            return True
    return False


# round 156: "tror du ikke, jeg ved …?" — a question opened by the opinion verb and "du"/"I"
# asserts what follows, it denies nothing
_ASKED = frozenset(("du", "i", YOU_PLURAL, "do"))


def _raised_negation(view: TokenView, k: int) -> bool:
    """The clause before a comma at word ``k`` ends in an opinion verb and its negator
    ("jeg synes ikke, …", "jeg tror faktisk ikke, …"): the negation reaches past the comma.
    Not in a question that opens its clause with the verb ("Tror du ikke, jeg ved …?")."""
    words = view.words
    if words[k] not in NEGATORS or words[k] in ("ingen", "intet", "ingenting"):
        return False
    if (
        k >= 2
        and words[k - 1] in _ASKED
        and words[k - 2] in OPINION
        and (k == 2 or words[k - 3] == SENTENCE or view.clause_break[k - 2])
    ):
        return False
    return not OPINION.isdisjoint(words[max(0, k - 3) : k])


def _not_negating(words: Sequence[str], k: int) -> bool:
    return k + 1 < len(words) and words[k + 1] in NOT_NEGATING_AFTER


class _Vetoes:
    """The ``unless`` patterns of one cue, with one automaton of their anchor keys: a veto
    check scans the match's sentence once for every anchor instead of once per pattern,
    and searches only the patterns whose anchor occurs there (and those without one)."""

    def __init__(self, patterns: Sequence[CompiledPattern]) -> None:
        self.patterns = tuple(patterns)
        self._always = tuple(k for k, p in enumerate(self.patterns) if not p.anchors)
        self._automaton: ahocorasick.Automaton | None = None
        by_key: dict[str, list[int]] = {}
        for k, pattern in enumerate(self.patterns):
            for key in pattern.anchors:
                by_key.setdefault(key, []).append(k)
        if by_key:
            self._automaton = ahocorasick.Automaton()
            for key, found in by_key.items():
                self._automaton.add_word(key, tuple(found))
            self._automaton.make_automaton()

    def candidates(self, window: str) -> list[CompiledPattern]:
        """The patterns that can match in ``window``, in their YAML order."""
        todo = set(self._always)
        if self._automaton is not None:
            for _end, found in self._automaton.iter(window):
                todo.update(found)
        return [self.patterns[k] for k in sorted(todo)]


def _automaton(triples: Iterable[tuple[str, int, bool]]) -> ahocorasick.Automaton | None:
    """Anchor key -> (patterns searched in the anchor's sentence, patterns that cross a
    ``¶`` and are searched in the next sentence too): split once here, not per hit."""
    keys: dict[str, tuple[list[int], list[int]]] = {}
    for key, k, crosses in triples:
        keys.setdefault(key, ([], []))[crosses].append(k)
    if not keys:
        return None
    automaton = ahocorasick.Automaton()
    for key, (within, crossing) in keys.items():
        automaton.add_word(key, (tuple(within), tuple(crossing)))
    automaton.make_automaton()
    return automaton


def parse_macros(data: dict[str, Any]) -> dict[str, str]:
    """A cue file's ``macros``: name -> its ``a | b | c`` alternatives, spaces dropped (YAML
    folds the long lists). Each alternative is one word, so a phrase or a comment line inside
    a folded list is refused instead of silently glued into a word no text holds."""
    raw = data.get("macros") or {}
    if not isinstance(raw, dict):
        raise ConfigError("'macros' skal være en ordbog")
    for name, value in raw.items():
        split = [alt.strip() for alt in str(value).split("|") if len(alt.split()) > 1]
        if split:  # a "#" comment inside a folded list, or a phrase: neither is one word
            raise ConfigError(f"makroen {name}: hvert alternativ skal være ét ord: {split[0]!r}")
    return {str(k): "".join(str(v).split()) for k, v in raw.items()}


def _cue(item: Any, relative: str) -> Cue:
    if not isinstance(item, dict) or not item.get("id") or not item.get("patterns"):
        raise ConfigError(f"detect/data/{relative}: en cue mangler 'id' eller 'patterns'")
    known = {"id", "reason", "weight", "negatable", "patterns", "unless", "unless_text", "each"}
    return Cue(
        id=str(item["id"]),
        reason=str(item.get("reason") or item["id"]),
        weight=float(item.get("weight", 1.0)),
        negatable=bool(item.get("negatable", True)),
        patterns=tuple(str(p) for p in item["patterns"]),
        unless=tuple(str(p) for p in item.get("unless") or ()),
        unless_text=tuple(str(p) for p in item.get("unless_text") or ()),
        each=bool(item.get("each", False)),
        extra={k: v for k, v in item.items() if k not in known},
    )


@cache
def cue_set(relative: str) -> CueSet:
    """The compiled cue set of a shipped YAML file, built once per process."""
    return CueSet.from_yaml(relative)
