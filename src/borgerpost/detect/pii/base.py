"""What a private-data recognizer is, and what it returns.

A recognizer (Presidio style) declares its ``patterns`` (regex + base score) and ``context``
words as class data and has one ``validate`` hook that may reject a match or adjust its
score (a CPR number's date, a plate's capitals). Context words within ``window`` characters
of a match raise its score by ``context_boost``; a match counts at ``threshold``. Patterns run
on the normalised text (lower case, evasion undone) and results carry RAW offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import ClassVar, TypeVar

import ahocorasick

from borgerpost.detect.normalise import Normalised
from borgerpost.detect.regex_literals import required_sets


@dataclass(frozen=True, slots=True)
class PiiMatch:
    """Private data found in a text; ``start``/``end`` are raw offsets."""

    # cpr phone address plate email image child spouse_work routine private_media birth social
    # whereabouts
    kind: str
    start: int
    end: int
    rule: str
    reason: str  # Danish, names the kind: "Privat telefonnummer"
    score: float
    norm_start: int
    norm_end: int
    value: str  # the normalised text matched
    official: bool = False  # the jobcentre's own contact data: never doxxing
    owner: str = ""  # "writer" when the text says it is the writer's own ("mit nummer")


@dataclass(frozen=True, slots=True)
class Pattern:
    """A named regex, the score a match of it starts from, and ``keywords``: strings one of
    which every match contains (empty: no such promise). ``required``: the sets of strings
    the regex itself needs, one of each, read off it (``regex_literals``). A text that
    lacks them is not searched at all: one keyword scan over the text decides that for
    every pattern."""

    name: str
    regex: re.Pattern[str]
    score: float
    keywords: frozenset[str] = frozenset()
    required: tuple[frozenset[str], ...] = ()  # read off the regex (``required_sets``)
    gates: tuple[frozenset[str], ...] = field(default=(), init=False)

    def ruled_out(self, present: frozenset[str] | None) -> bool:
        """True when the keyword scan (``present``) shows this pattern cannot match: the
        text lacks every keyword, or every string of one of the ``required`` sets."""
        return lacks_a_set(present, self.gates)

    def __post_init__(self) -> None:
        # the sets a text must hold a string of each of: ``required`` (most selective
        # first), then ``keywords``; read per message, so kept
        gates = self.required + ((self.keywords,) if self.keywords else ())
        object.__setattr__(self, "gates", gates)

    @property
    def scan_keys(self) -> frozenset[str]:
        """Every string the keyword scan must look for to decide ``ruled_out``."""
        return frozenset().union(*self.gates)


def lacks_a_set(present: frozenset[str] | None, sets: tuple[frozenset[str], ...]) -> bool:
    """The keyword scan's strings (``present``; None: no scan) miss every string of one of
    ``sets``, so a regex that needs one of each cannot match."""
    return present is not None and any(present.isdisjoint(s) for s in sets)


def pattern(name: str, regex: str, score: float, keywords: tuple[str, ...] = ()) -> Pattern:
    compiled = re.compile(regex)
    return Pattern(name, compiled, score, frozenset(keywords), required_sets(compiled))


_WORDS = re.compile(r"[^\W_]+")


def capitalised(norm: Normalised, pos: int) -> bool:
    """The raw character behind normalised ``pos`` is a capital: a name, not a word."""
    return norm.raw_slice(pos, pos + 1).isupper()


def words(text: str) -> frozenset[str]:
    """Context-word set from a space-separated string (keeps class data readable)."""
    return frozenset(text.split())


class Recognizer:
    """Base class: subclasses set the class data and may override ``validate``."""

    name: ClassVar[str]
    version: ClassVar[str] = "1"
    kind: ClassVar[str]
    reason: ClassVar[str]
    patterns: ClassVar[tuple[Pattern, ...]]
    context: ClassVar[frozenset[str]] = frozenset()
    context_boost: ClassVar[float] = 0.35
    negative: ClassVar[frozenset[str]] = frozenset()
    negative_penalty: ClassVar[float] = 0.4
    window: ClassVar[int] = 40
    window_in_sentence: ClassVar[bool] = False  # context and negative words: own sentence only
    threshold: ClassVar[float] = 0.5
    prefilter: ClassVar[re.Pattern[str] | None] = None  # cheap test: can the text match?

    def validate(self, match: re.Match[str], norm: Normalised) -> float | None:
        """Reject a match (None) or adjust its score (a delta); default: keep as is."""
        return 0.0

    def can_match(self, text: str) -> bool:
        """Cheap pre-check (``prefilter``) so most texts skip the full patterns."""
        return self.prefilter is None or self.prefilter.search(text) is not None

    @classmethod
    def ruled_out(cls, present: frozenset[str] | None) -> bool:
        """True when the keyword scan shows that none of the patterns can match."""
        return present is not None and bool(cls.patterns) and all(
            p.ruled_out(present) for p in cls.patterns
        )

    @classmethod
    def prefilter_sets(cls) -> tuple[frozenset[str], ...]:
        """``required_sets`` of the ``prefilter``: the keyword scan can stand in for it."""
        if cls.prefilter is None:
            return ()
        found = _PREFILTER_SETS.get(cls)
        if found is None:
            found = _PREFILTER_SETS[cls] = required_sets(cls.prefilter)
        return found

    @classmethod
    def scan_keys(cls) -> frozenset[str]:
        """Every string the keyword scan must look for on behalf of this recognizer."""
        return frozenset().union(*(p.scan_keys for p in cls.patterns), *cls.prefilter_sets())

    def analyze(
        self,
        norm: Normalised,
        present: frozenset[str] | None = None,
        live: Sequence[Pattern] | None = None,
    ) -> list[PiiMatch]:
        """Every match that reaches ``threshold``; overlapping ones keep the best score.
        ``present``: the pattern keywords in the text (``keywords_in``), when known;
        ``live``: the patterns ``present`` leaves, when the caller knows them (``gate``)."""
        if live is None:
            live = [pat for pat in self.patterns if not pat.ruled_out(present)]
        if not live or lacks_a_set(present, self.prefilter_sets()) or not self.can_match(norm.text):
            return []
        found: list[PiiMatch] = []
        for pat in live:
            for m in self.matches(pat, norm.text):
                result = self._score(pat, m, norm)
                if result is not None:
                    found.append(result)
        return _best_per_overlap(found)

    def matches(self, pat: Pattern, text: str) -> Iterator[re.Match[str]]:
        """Where ``pat`` matches; a recognizer may anchor the search at likely places."""
        return pat.regex.finditer(text)

    def _score(self, pat: Pattern, m: re.Match[str], norm: Normalised) -> PiiMatch | None:
        delta = self.validate(m, norm)
        if delta is None:
            return None
        start, end = _span(m)
        nearby = self.nearby_words(norm, start, end)
        score = pat.score + delta
        if nearby & self.context:
            score += self.context_boost
        if nearby & self.negative:
            score -= self.negative_penalty
        if score < self.threshold:
            return None
        rs, re_ = norm.to_raw(start, end)
        return PiiMatch(
            self.kind,
            rs,
            re_,
            f"{self.name}:{pat.name}",
            self.reason,
            round(min(score, 1.0), 3),
            start,
            end,
            norm.text[start:end],
        )

    def nearby_words(self, norm: Normalised, start: int, end: int) -> frozenset[str]:
        """Words within ``window`` characters before and after the match (and in it), cut
        at the sentence's ". " where ``window_in_sentence``."""
        text = norm.text
        lo, hi = max(0, start - self.window), min(len(text), end + self.window)
        if self.window_in_sentence:
            stop = text.rfind(". ", lo, start)
            lo = lo if stop < 0 else stop + 2
            stop = text.find(". ", end, hi)
            hi = hi if stop < 0 else stop
        return frozenset(_WORDS.findall(text[lo:hi]))


_PREFILTER_SETS: dict[type[Recognizer], tuple[frozenset[str], ...]] = {}


def first_matches(
    regex: re.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """What ``regex.finditer(text)`` yields, for a regex that can only match at one of
    ``starts`` and never matches empty: each start is tried alone, in order, skipping those
    inside an earlier match. Far cheaper than a scan that tries every position."""
    pos = 0
    for start in sorted(set(starts)):
        if start < pos:
            continue
        m = regex.match(text, start)
        if m is not None:
            yield m
            pos = m.end()


def keyword_automaton(keywords: Iterable[str]) -> ahocorasick.Automaton | None:
    """One automaton over pattern keywords, so a text is scanned once for all of them."""
    keys = sorted(set(keywords))
    if not keys:
        return None
    automaton = ahocorasick.Automaton()
    for key in keys:
        automaton.add_word(key, key)
    automaton.make_automaton()
    return automaton


def keywords_in(automaton: ahocorasick.Automaton | None, text: str) -> frozenset[str]:
    """The keywords of ``automaton`` that occur in ``text``."""
    if automaton is None:
        return frozenset()
    return frozenset(key for _end, key in automaton.iter(text))


def _span(m: re.Match[str]) -> tuple[int, int]:
    """The named group ``v`` if the pattern has one (the value without its lead-in)."""
    if "v" in m.re.groupindex and m.start("v") >= 0:
        return m.start("v"), m.end("v")
    return m.start(), m.end()


def _best_per_overlap(found: list[PiiMatch]) -> list[PiiMatch]:
    out: list[PiiMatch] = []
    for m in sorted(found, key=lambda m: (-m.score, m.norm_start)):
        if all(m.norm_end <= o.norm_start or o.norm_end <= m.norm_start for o in out):
            out.append(m)
    return sorted(out, key=lambda m: m.norm_start)


R = TypeVar("R", bound=type[Recognizer])

RECOGNIZERS: dict[str, type[Recognizer]] = {}


def recognizer(cls: R) -> R:
    """Class decorator: make a recognizer known under its ``name``."""
    if cls.name in RECOGNIZERS and RECOGNIZERS[cls.name] is not cls:
        raise ValueError(f"recognizer name {cls.name!r} registered twice")
    RECOGNIZERS[cls.name] = cls
    return cls
