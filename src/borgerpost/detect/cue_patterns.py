"""The cue pattern language: one pattern written in YAML, compiled to one regex over
``TokenView.string`` with the anchor words that trigger it and the gates that rule it out.

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
    ^ fatter ikke                   ``^`` = the next word opens its sentence (the text's
                                    first sentence too): a subject left out there is the
                                    writer's ("fatter ikke en skid af det")

A pattern's anchor is its most selective required word (``_best``): the pattern runs only
where that word occurs. Its other selective required words are its ``gate``, its whole-word
required specs its ``words_gate``: a window lacking one of them is never searched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, cached_property

from borgerpost.detect.lexicon import AS_DIGRAPHS
from borgerpost.detect.pronoun_i import YOU_PLURAL
from borgerpost.detect.textview import SENTENCE
from borgerpost.errors import ConfigError

_MACRO = re.compile(r"\{([A-Z_]+)\}")
SENTENCE_START = "^"
_GAP = re.compile(r"~(\d+)$")


@dataclass(frozen=True)
class CompiledPattern:
    """One pattern, compiled (``compile_pattern``). Its regex is compiled on first use
    (``regex``): the 1,300 cues make 4 MB of regex source, and compiling it all took 11 s of
    every start-up while a text reaches only the patterns its anchor words point to. The
    source is built from escaped words and fixed pieces, so a pattern the parser accepted
    always compiles (``tests/detect/test_cues.py`` compiles every shipped one)."""

    source: str
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

    @cached_property
    def regex(self) -> re.Pattern[str]:
        """The compiled regex, shared by every pattern with the same source."""
        return _compiled(self.source)


@cache
def _compiled(source: str) -> re.Pattern[str]:
    return re.compile(source)


class Macros(dict[str, str]):
    """Macro name -> its alternatives, remembering every word spec compiled with them: the
    cue files repeat specs such as ``{YOU}`` and ``{STAFF}`` thousands of times, and
    expanding each again was a third of the start-up. A plain dict works too, unremembered."""

    def __init__(self, macros: dict[str, str]) -> None:
        super().__init__(macros)
        self.specs: dict[str, tuple[str, list[tuple[str, str]] | None]] = {}


def compile_pattern(source: str, macros: dict[str, str]) -> CompiledPattern:
    """Compile one pattern (see the module docstring) to a regex and its anchors."""
    tokens = _GROUP_TOKEN.findall(source)
    pos, pieces, required, literal = _sequence(tokens, 0, macros)
    if pos != len(tokens):
        raise ConfigError(f"uventet {tokens[pos]!r}")
    if not required and "(" not in tokens:
        raise ConfigError("mønsteret har intet påkrævet ord")
    source = "".join(pieces)
    crosses = any(t.removesuffix("?") == SENTENCE for t in tokens[:-1])  # "¶" or "¶?"
    best = _best(required) if required else []
    anchors = _anchors(best) if best else ()
    gate = _gate(required, best) if anchors else ()
    words_gate = _words_gate(required, best, gate)
    return CompiledPattern(source, anchors, frozenset(literal), crosses, gate, words_gate)


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
        piece, alts = _remembered_spec(token, macros)
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


def _remembered_spec(spec: str, macros: dict[str, str]) -> tuple[str, list[tuple[str, str]] | None]:
    if not isinstance(macros, Macros):
        return _spec(spec, macros)
    if spec not in macros.specs:
        macros.specs[spec] = _spec(spec, macros)
    return macros.specs[spec]


def _spec(spec: str, macros: dict[str, str]) -> tuple[str, list[tuple[str, str]] | None]:
    """One word spec as a regex piece, and its alternatives when it is required."""
    gap = _GAP.match(spec)
    if gap:
        return rf"(?: [^ {SENTENCE}]+){{0,{int(gap.group(1))}}}", None
    if spec == SENTENCE_START:  # a lookbehind: a search from a sentence's start still sees it
        return rf"(?:(?<=^)|(?<={SENTENCE}))(?= [^ {SENTENCE}])", None
    negative = spec.startswith("!")
    optional = spec.endswith("?") and len(spec) > 1
    body = spec.lstrip("!").removesuffix("?") if optional else spec.lstrip("!")
    alts = _alternatives(body, macros)
    group = alternatives_regex(alts)
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


def alternatives_regex(alts: list[tuple[str, str]]) -> str:
    """The alternatives of one word spec as a regex for one ``(?:…)(?= )`` group.

    Written naively, a suffix or infix alternative (``[^ ]*jobcentret``) makes the regex run
    to the word's end and back again, letter by letter, once for each such alternative: a
    macro of thirty compounds cost 28 µs a sentence, the dearest part of a cue search.
    Alternatives of one word (no space) all end at the word's end (the ``(?= )`` after the
    group), so a run of them in a row may be tried in any order: their words and prefixes
    stay as they are, their suffixes become lookbehinds after the whole word is taken, their
    infixes one lookahead. Alternatives of several words (a hyphenated "a-kasse*") keep their
    place in the order, so every match spans the same words as before (tested)."""
    out: list[str] = []
    run: list[tuple[str, str]] = []
    for kind, word in alts:
        if " " in word:
            out.extend(_one_word_run(run))
            run = []
            out.append(_alt_regex(kind, word))
        else:
            run.append((kind, word))
    out.extend(_one_word_run(run))
    return "|".join(out)


def _one_word_run(run: list[tuple[str, str]]) -> list[str]:
    """Regex alternatives for one-word alternatives in a row (``alternatives_regex``)."""
    by_kind: dict[str, list[str]] = {"word": [], "prefix": [], "suffix": [], "infix": []}
    for kind, word in run:
        by_kind[kind].append(re.escape(word))
    out = [*by_kind["word"], *(w + "[^ ]*+" for w in by_kind["prefix"])]
    if by_kind["suffix"]:
        # the word before the group ends in a space, which no suffix holds: a lookbehind
        # cannot reach past the word's start
        out.append("[^ ]*+(?:" + "|".join(f"(?<={w})" for w in by_kind["suffix"]) + ")")
    if by_kind["infix"]:
        out.append("(?=[^ ]*?(?:" + "|".join(by_kind["infix"]) + "))[^ ]*+")
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
