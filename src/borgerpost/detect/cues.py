"""Phrase cues: small word patterns, shipped as YAML, matched against a ``TokenView``.

A pattern is a sequence of word specs separated by spaces::

    ved hvor {YOU} bor              literal words and a macro (alternatives from macros.yaml)
    slå*|dræb* {TARGET} ihjel       ``*`` = any ending ("slår", "slog" need their own entry)
    *kontor|*center                 ``*`` first = any beginning (compounds: "jobcenter")
    pas godt? på                    ``?`` = optional word
                                    (the whole spec: ``op|ind?``; ``op?|ind`` is an error)
    ikke (i orden / godt nok)       ``( … / … )`` = alternative word sequences, ``)?`` optional

A hyphenated word ("e-boks", "it-system*") stands for its parts in a row, the way the view
splits it ("e boks"). ``|`` binds tighter than the space: ``ende ~1 det|mit ~1 liv`` is
"ende", then "det" or "mit", then "liv" — alternatives of several words need a group:
``ende (det hele / mit liv)``, and a group is never joined to words with ``|`` (``(a b / c)|d``
is an error: ``(a b / c / d)``).
    fulgt* efter ~2 hjem            ``~N`` = up to N words in between (never across sentences)
    passe på !med|at|selv           ``!`` = the next word is none of these (not consumed;
                                    after ``~N`` the gap may first skip words, so
                                    ``til ~1 !tre`` still matches "til tre børn")
    er han ikke ¶ det               ``¶`` = a sentence boundary (the start and the end of a
                                    text are none), ``@staff`` = a staff mention

A cue has an ``id``, a Danish ``reason``, a ``weight`` (a detector sums the weights of the
distinct cues it found and labels at 1.0), whether a negation before it cancels it
(``negatable``, default true) and ``unless`` patterns that veto it when they overlap it.

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

from borgerpost.detect.lexicon import AS_DIGRAPHS, load_yaml
from borgerpost.detect.textview import SENTENCE, YOU_PLURAL, TokenView
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
_MACRO = re.compile(r"\{([A-Z_]+)\}")
_GAP = re.compile(r"~(\d+)$")


@dataclass(frozen=True)
class Cue:
    """One named phenomenon and the patterns that show it."""

    id: str
    reason: str
    weight: float
    negatable: bool
    patterns: tuple[str, ...]
    unless: tuple[str, ...] = ()
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


@dataclass(frozen=True)
class _Compiled:
    regex: re.Pattern[str]
    anchors: tuple[str, ...]  # empty: run on every text
    words: frozenset[str]  # literal words of the pattern (a negator written in it is meant)
    crosses: bool = False  # a ``¶`` inside the pattern: it spans two sentences
    # The anchor keys of the pattern's OTHER selective required words, one tuple per word
    # (any of its keys will do): a window that lacks one of them cannot match.
    gate: tuple[tuple[str, ...], ...] = ()
    # The pattern's required specs made of whole words only ("ikke", "jeg|vi"), common ones
    # included: a window whose words include none of a spec's words cannot match. Checked
    # against the window's word set, so a very common word costs no automaton hits.
    words_gate: tuple[frozenset[str], ...] = ()
    # ``words_gate`` split for a fast check: the one-word specs as one set (all must be in
    # the window: a subset test), the specs with alternatives apart
    gate_all: frozenset[str] = field(init=False, repr=False, compare=False)
    gate_any: tuple[frozenset[str], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        single = frozenset(w for spec in self.words_gate if len(spec) == 1 for w in spec)
        object.__setattr__(self, "gate_all", single)
        object.__setattr__(self, "gate_any", tuple(s for s in self.words_gate if len(s) > 1))


class CueSet:
    """Every cue of one YAML file, compiled, with its anchor automaton."""

    def __init__(self, cues: Sequence[Cue], macros: dict[str, str]) -> None:
        self.cues = tuple(cues)
        self._macros = macros
        self._patterns: list[tuple[int, int, _Compiled]] = []
        # an unless pattern, and one regex for its anchor keys (None: it has none)
        self._unless: dict[int, tuple[tuple[_Compiled, re.Pattern[str] | None], ...]] = {}
        for i, cue in enumerate(self.cues):
            for j, source in enumerate(cue.patterns):
                self._patterns.append((i, j, self._compile(source, cue.id)))
            self._unless[i] = tuple(
                (compiled, _any_of(compiled.anchors))
                for compiled in (self._compile(s, cue.id) for s in cue.unless)
            )
        self._always = [k for k, (_, _, c) in enumerate(self._patterns) if not c.anchors]
        self._automaton = _automaton(
            (a, k, c.crosses) for k, (_, _, c) in enumerate(self._patterns) for a in c.anchors
        )

    @classmethod
    def from_yaml(cls, relative: str) -> CueSet:
        """Load ``detect/data/<relative>``; macros from ``cues/macros.yaml`` and the file."""
        data = load_yaml(relative)
        macros = {**_macros(load_yaml("cues/macros.yaml")), **_macros(data)}
        raw = data.get("cues")
        if not isinstance(raw, list):
            raise ConfigError(f"detect/data/{relative}: mangler listen 'cues'")
        return cls([_cue(item, relative) for item in raw], macros)

    def find(self, view: TokenView, windows: Windows | None = None) -> list[CueMatch]:
        """Every match of every cue in ``view``, in text order (vetoed ones dropped).
        ``windows``: this set's share of a ``CueIndex`` scan, when the caller has one."""
        if not view.words:
            return []
        found: dict[tuple[int, int, int], CueMatch] = {}
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
                if self._vetoed(i, view, first, last):
                    continue
                negated = cue.negatable and is_negated(view, first, last, compiled.words)
                found.setdefault((i, first, last), CueMatch(cue, first, last, negated, j))
        return sorted(found.values(), key=lambda c: (c.first, c.last))

    @property
    def always(self) -> list[int]:
        """Patterns without an anchor: searched in the whole text."""
        return self._always

    def anchored(self) -> Iterator[tuple[int, tuple[str, ...], bool, tuple[tuple[str, ...], ...]]]:
        """(pattern number, anchor keys, crosses a ``¶``, gate) of every anchored pattern:
        what a ``CueIndex`` combines across cue sets."""
        for k, (_, _, compiled) in enumerate(self._patterns):
            if compiled.anchors:
                yield k, compiled.anchors, compiled.crosses, compiled.gate

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

    def _vetoed(self, i: int, view: TokenView, first: int, last: int) -> bool:
        if not self._unless[i]:
            return False
        sentence = view.sentence_words(first)
        lo, hi = (
            view.starts[sentence[0]] - 1,
            view.starts[sentence[-1]] + len(view.words[sentence[-1]]),
        )
        window = view.string[lo : hi + 1]
        for compiled, anchor in self._unless[i]:
            if anchor is not None and not anchor.search(window):
                continue  # its anchor word is not in the sentence: it cannot match there
            for m in compiled.regex.finditer(view.string, lo, hi + 1):
                a, b = view.words_in(m.start(), m.end())
                if a <= last and first <= b:
                    return True
        return False

    def _compile(self, source: str, cue_id: str) -> _Compiled:
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
            return _raised_negation(words, k)
        if words[k] == SENTENCE or words[k] in CLAUSE_WORDS:
            return False
        if words[k] == "at" and not FACTIVE.isdisjoint(words[max(0, k - 3) : k]):
            return False  # "… ved ikke, at <match>": the match is said to be true
        if first - k <= NEGATION_REACH and words[k] in NEGATORS and not _not_negating(words, k):
            return True
        k -= 1
    return False


def _raised_negation(words: Sequence[str], k: int) -> bool:
    """The clause before a comma at word ``k`` ends in an opinion verb and its negator
    ("jeg synes ikke, …", "jeg tror faktisk ikke, …"): the negation reaches past the comma."""
    if words[k] not in NEGATORS or words[k] in ("ingen", "intet", "ingenting"):
        return False
    return not OPINION.isdisjoint(words[max(0, k - 3) : k])


def _not_negating(words: Sequence[str], k: int) -> bool:
    return k + 1 < len(words) and words[k + 1] in NOT_NEGATING_AFTER


# --- the pattern language -----------------------------------------------------------------


def compile_pattern(source: str, macros: dict[str, str]) -> _Compiled:
    """Compile one pattern (see the module docstring) to a regex and its anchors."""
    tokens = _GROUP_TOKEN.findall(source)
    pos, pieces, required, literal = _sequence(tokens, 0, macros)
    if pos != len(tokens):
        raise ConfigError(f"uventet {tokens[pos]!r}")
    if not required and "(" not in tokens:
        raise ConfigError("mønsteret har intet påkrævet ord")
    regex = re.compile("".join(pieces))
    crosses = any(t.removesuffix("?") == SENTENCE for t in tokens[:-1])  # "¶" or "¶?"
    best = _best(required) if required else []
    anchors = _anchors(best) if best else ()
    gate = _gate(required, best) if anchors else ()
    words_gate = _words_gate(required, best, gate)
    return _Compiled(regex, anchors, frozenset(literal), crosses, gate, words_gate)


_GROUP_TOKEN = re.compile(r"\(|\)\??|(?<=\s)/(?=\s)|[^\s()]+")


def _sequence(
    tokens: list[str], pos: int, macros: dict[str, str]
) -> tuple[int, list[str], list[list[tuple[str, str]]], set[str]]:
    """Parse specs and ``( a b / c )`` groups up to a ``/`` or ``)``; return regex pieces."""
    pieces: list[str] = []
    required: list[list[tuple[str, str]]] = []
    literal: set[str] = set()
    while pos < len(tokens) and tokens[pos] not in ("/", ")", ")?"):
        token = tokens[pos]
        if token == "(":
            pos, group, anchors = _group(tokens, pos + 1, macros, literal)
            pieces.append(group)
            if anchors and not tokens[pos - 1].endswith("?"):
                required.append(anchors)
            continue
        piece, alts = _spec(token, macros)
        pieces.append(piece)
        if alts is not None:
            required.append(alts)
            literal.update(w for kind, w in alts if kind == "word")
        pos += 1
    return pos, pieces, required, literal


def _group(
    tokens: list[str], pos: int, macros: dict[str, str], literal: set[str]
) -> tuple[int, str, list[tuple[str, str]]]:
    """A group; its anchor alternatives are the best required spec of every branch (none
    when a branch has no required word)."""
    branches: list[str] = []
    anchors: list[tuple[str, str]] | None = []
    while True:
        pos, pieces, required, words = _sequence(tokens, pos, macros)
        if not pieces:
            raise ConfigError("tom gruppe")
        branches.append("".join(pieces))
        literal.update(words)
        if anchors is not None and required:
            anchors.extend(_best(required))
        else:
            anchors = None
        if pos >= len(tokens):
            raise ConfigError("gruppe uden )")
        if tokens[pos] == "/":
            pos += 1
            continue
        optional = tokens[pos] == ")?"
        group = "(?:" + "|".join(branches) + ")" + ("?" if optional else "")
        return pos + 1, group, anchors or []


def _spec(spec: str, macros: dict[str, str]) -> tuple[str, list[tuple[str, str]] | None]:
    """One word spec as a regex piece, and its alternatives when it is required."""
    gap = _GAP.match(spec)
    if gap:
        return rf"(?: [^ {SENTENCE}]+){{0,{int(gap.group(1))}}}", None
    negative = spec.startswith("!")
    optional = spec.endswith("?") and len(spec) > 1
    body = spec.lstrip("!").removesuffix("?") if optional else spec.lstrip("!")
    alts = _alternatives(body, macros)
    group = "|".join(_alt_regex(kind, word) for kind, word in alts)
    if negative:
        return f"(?! (?:{group})(?= ))", None
    if optional:
        return f"(?: (?:{group})(?= ))?", None
    return f" (?:{group})(?= )", alts


def _alternatives(body: str, macros: dict[str, str], depth: int = 0) -> list[tuple[str, str]]:
    if depth > 8:
        raise ConfigError("makroer refererer til sig selv")
    if depth == 0 and (body.startswith("|") or body.endswith("|")):
        # "(a b / c)|d" tokenises as a group and the spec "|d": say what is wrong
        raise ConfigError(
            f"{body!r}: en gruppe kan ikke forbindes med '|'; skriv alternativet som en gren "
            "i gruppen, fx (a b / c / d)"
        )
    if depth == 0 and "?|" in body:
        # "op?|ind" would be the literal word "op?": "?" makes the whole spec optional
        raise ConfigError(
            f"{body!r}: '?' gælder hele ordet med alle dets alternativer; skriv fx (op / ind)? "
            "eller op|ind?"
        )
    out: list[tuple[str, str]] = []
    for alt in body.split("|"):
        # the view splits "e-boks" into "e boks": a hyphenated word is its parts in a row
        alt = alt.replace("-", " ") if "-" in alt and not alt.startswith("{") else alt
        macro = _MACRO.fullmatch(alt)
        if macro:
            name = macro.group(1)
            if name not in macros:
                raise ConfigError(f"ukendt makro {{{name}}}")
            out.extend(_alternatives(macros[name], macros, depth + 1))
        elif alt.startswith("*") and alt.endswith("*") and len(alt) > 2:
            out.append(("infix", alt[1:-1]))
        elif alt.startswith("*") and len(alt) > 1:
            out.append(("suffix", alt[1:]))
        elif alt.endswith("*") and len(alt) > 1:
            out.append(("prefix", alt[:-1]))
        elif alt:
            out.append(("word", alt))
        else:
            raise ConfigError("tomt alternativ")
        if not macro and alt != YOU_PLURAL and alt != alt.lower():
            # the view is lower case but for the pronoun "I": "De" could never match
            raise ConfigError(f"{alt!r} har store bogstaver og kan aldrig matche (kun 'I')")
    return _with_keyboard_spellings(out) if depth == 0 else out


def _with_keyboard_spellings(alts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Every alternative with æ, ø or å also as typed without them ("får" -> "faar"): a
    citizen on a foreign keyboard or a phone writes the same words."""
    seen = set(alts)
    out = list(alts)
    for kind, word in alts:
        typed = word.translate(AS_DIGRAPHS)  # "hoere", "faaet", "paa"
        if typed != word and (kind, typed) not in seen:
            seen.add((kind, typed))
            out.append((kind, typed))
    return out


def _alt_regex(kind: str, word: str) -> str:
    w = re.escape(word)
    return {"word": w, "prefix": w + "[^ ]*", "suffix": "[^ ]*" + w, "infix": f"[^ ]*{w}[^ ]*"}[
        kind
    ]


def _anchor_key(kind: str, word: str) -> str:
    return {"word": f" {word} ", "prefix": f" {word}", "suffix": f"{word} ", "infix": word}[kind]


# Words in almost every Danish text make poor anchors: a pattern anchored on "jeg" would run
# on nearly every message. The anchor is taken from another required word where possible.
COMMON = frozenset(
    "jeg du dig I jer mig vi os han hun ham hende de dem den det der er var har have at og "  # noqa: SIM905
    "i på en et til med for af som ikke så kan vil skal min mit mine din dit dine sig selv "
    "om men når hvis nu jo da også bare ved her alle kommer komme nogen man noget hvad hvor "
    "meget mere".split()
)


def _anchors(best: list[tuple[str, str]]) -> tuple[str, ...]:
    """The anchor keys of the most selective required spec (``_best``); none when it has a
    one-letter alternative (the pattern then runs on every text)."""
    return _keys(best) if _long_enough(best) else ()


def _gate(
    required: list[list[tuple[str, str]]], best: list[tuple[str, str]]
) -> tuple[tuple[str, ...], ...]:
    """The anchor keys of every required spec but the anchor's own (``best``) that is as
    selective as an anchor (no one-letter alternative, no very common word): each must
    occur in a window for the pattern to match there, so a window without one is never
    searched."""
    return tuple(
        _keys(alts)
        for alts in required
        if alts is not best and _long_enough(alts) and not _has_common_word(alts)
    )


def _words_gate(
    required: list[list[tuple[str, str]]],
    best: list[tuple[str, str]],
    gate: tuple[tuple[str, ...], ...],
) -> tuple[frozenset[str], ...]:
    """The word sets of the required specs that only take whole words and that neither the
    anchor nor the key gate already checks: "jeg", "ikke", "det|den". A ``¶`` is left out
    (a window's edges are sentence ends that are no words)."""
    gated = set(gate)
    return tuple(
        frozenset(word for _, word in alts)
        for alts in required
        if alts is not best
        and all(kind == "word" and word != SENTENCE and " " not in word for kind, word in alts)
        and _keys(alts) not in gated
    )


def _keys(alts: list[tuple[str, str]]) -> tuple[str, ...]:
    return tuple(sorted({_anchor_key(kind, word) for kind, word in alts}))


def _long_enough(alts: list[tuple[str, str]]) -> bool:
    return min(len(w) for _, w in alts) >= 2


def _has_common_word(alts: list[tuple[str, str]]) -> bool:
    return any(kind == "word" and w in COMMON for kind, w in alts)


def _best(required: list[list[tuple[str, str]]]) -> list[tuple[str, str]]:
    """The most selective required spec: one that can anchor at all (no one-letter
    alternative, such as ``¶``), then no very common word among its alternatives, then the
    longest shortest alternative, then the fewest alternatives."""
    return max(
        required,
        key=lambda alts: (
            _long_enough(alts),
            not _has_common_word(alts),
            min(len(w) for _, w in alts),
            -len(alts),
        ),
    )


def _any_of(keys: tuple[str, ...]) -> re.Pattern[str] | None:
    """One regex that finds any of ``keys`` in a string (a C scan, not a loop per key)."""
    return re.compile("|".join(map(re.escape, keys))) if keys else None


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


def _macros(data: dict[str, Any]) -> dict[str, str]:
    raw = data.get("macros") or {}
    if not isinstance(raw, dict):
        raise ConfigError("'macros' skal være en ordbog")
    return {str(k): " ".join(str(v).split()).replace(" ", "") for k, v in raw.items()}


def _cue(item: Any, relative: str) -> Cue:
    if not isinstance(item, dict) or not item.get("id") or not item.get("patterns"):
        raise ConfigError(f"detect/data/{relative}: en cue mangler 'id' eller 'patterns'")
    known = {"id", "reason", "weight", "negatable", "patterns", "unless", "each"}
    return Cue(
        id=str(item["id"]),
        reason=str(item.get("reason") or item["id"]),
        weight=float(item.get("weight", 1.0)),
        negatable=bool(item.get("negatable", True)),
        patterns=tuple(str(p) for p in item["patterns"]),
        unless=tuple(str(p) for p in item.get("unless") or ()),
        each=bool(item.get("each", False)),
        extra={k: v for k, v in item.items() if k not in known},
    )


@cache
def cue_set(relative: str) -> CueSet:
    """The compiled cue set of a shipped YAML file, built once per process."""
    return CueSet.from_yaml(relative)
