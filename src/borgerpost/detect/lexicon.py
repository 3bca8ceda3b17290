"""Word lexicons shipped as data: epithets, profanity, degrading adjectives.

Each YAML file in ``detect/data/lexicon/`` lists entries as "base -suffix -suffix irregular"
(``"ko -en køer køerne"``): the base, forms built by appending suffixes, and full forms. The
genitive (``idiotens``) is added for every form. A ``WordLexicon`` answers one question per
word token — which entry, if any, does it belong to, also typed without æ, ø, å
("kaelling") — and knows Danish compounds: a word that ends with a long entry
("kontoridiot") or starts with a listed first part ("lortesystem") belongs to that entry.
The answers are cached per word, because texts repeat their words and the lexicons are
fixed for the life of the process.

Keeping the words in data files (not code) lets a linguist extend them without touching
Python, and lets the DKhate model and the label detectors share one source of truth.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import compress, repeat
from operator import is_not
from typing import Any

import yaml

from borgerpost.errors import ConfigError

MIN_COMPOUND_REST = 3  # "kontor|idiot": the other part of a compound has 3+ letters
MIN_COMPOUND_HEAD = 5  # only entries this long end compounds ("ko" must not match "disko")
LOOKUP_VERSION = "3"  # bump when the matching rules change: the model must be retrained
# Danish typed without a Danish keyboard: æ, ø, å as ae, oe, aa ("kaelling", "roevhul"), or
# as a, o, a in forms of MIN_PLAIN_LETTERS or more ("hjernedod"; "tabe" is no "tåbe")
AS_DIGRAPHS = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"})
AS_PLAIN_LETTERS = str.maketrans({"æ": "a", "ø": "o", "å": "a"})
MIN_PLAIN_LETTERS = 6


@dataclass(frozen=True, slots=True)
class Hit:
    """A word token that belongs to a lexicon entry, and how it was recognised."""

    entry: str  # the base form, e.g. "idiot"
    category: str  # the YAML section, e.g. "strong", "ambiguous", "words"
    how: str  # "form" | "compound"


def data_text(relative: str) -> str:
    """The text of a shipped data file under ``detect/data/``."""
    try:
        return (resources.files("borgerpost.detect") / "data" / relative).read_text("utf-8")
    except OSError as exc:
        raise ConfigError(f"datafil mangler: detect/data/{relative} ({exc})") from exc


# libyaml's parser (in PyYAML's wheels) reads the cue files 19x faster than the pure-Python
# one: 0.2 s against 3.5 s at start-up, the same data
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _UniqueKeys(_SAFE_LOADER):  # type: ignore[misc,valid-type]  # PyYAML ships no types
    """A safe loader that refuses a key given twice in one mapping: PyYAML would keep the
    last silently, and a cue's second ``patterns:`` would drop its first list unseen."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _value in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"nøglen {key!r} står to gange", key_node.start_mark
                )
            seen.add(key)
        mapping: dict[Any, Any] = super().construct_mapping(node, deep=deep)
        return mapping


@cache
def load_yaml(relative: str) -> dict[str, Any]:
    """Parse a shipped YAML data file once; a broken file (or a key given twice in one
    mapping) is a ``ConfigError``."""
    try:
        data = yaml.load(data_text(relative), Loader=_UniqueKeys)
    except yaml.YAMLError as exc:
        raise ConfigError(f"detect/data/{relative}: ugyldig YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"detect/data/{relative}: forventede en YAML-ordbog øverst")
    return data


def expand(entry: str) -> tuple[str, tuple[str, ...]]:
    """``"ko -en køer"`` -> ``("ko", ("ko", "koen", "køer"))`` (genitives added)."""
    parts = entry.lower().split()
    if not parts:
        raise ConfigError("tom linje i et leksikon")
    base = parts[0]
    forms = [base] + [base + p[1:] if p.startswith("-") else p for p in parts[1:]]
    forms = [f for f in forms if f and not f.endswith("-")]
    genitives = [f if f.endswith("s") else f + "s" for f in forms]
    return base, tuple(dict.fromkeys(forms + genitives))


def keyboard_spellings(form: str) -> tuple[str, ...]:
    """``form`` as typed without æ, ø, å (none when it has none of them)."""
    if form.isascii():
        return ()
    digraphs = form.translate(AS_DIGRAPHS)
    if digraphs == form:
        return ()
    if len(form) < MIN_PLAIN_LETTERS:
        return (digraphs,)
    return (digraphs, form.translate(AS_PLAIN_LETTERS))


class WordLexicon:
    """Word -> entry lookup over the sections of one lexicon file."""

    def __init__(
        self,
        sections: dict[str, Iterable[str]],
        *,
        prefixes: Iterable[str] = (),
        never: Iterable[str] = (),
        compound_heads: tuple[str, ...] = (),
    ) -> None:
        self.forms: dict[str, Hit] = {}
        self.heads: dict[str, Hit] = {}
        for category, entries in sections.items():
            for entry in entries:
                base, forms = expand(str(entry))
                for form in forms:
                    self.forms.setdefault(form, Hit(base, category, "form"))
                    if category in compound_heads:
                        self.heads.setdefault(form, Hit(base, category, "form"))
        for table in (self.forms, self.heads):  # written forms first, keyboard ones after
            for form, hit in list(table.items()):
                for typed in keyboard_spellings(form):
                    table.setdefault(typed, hit)
        self.head_lengths = sorted({len(f) for f in self.heads if len(f) >= MIN_COMPOUND_HEAD})
        # first part as typed -> as listed ("moeg" -> "møg")
        listed = {p.lower() for p in prefixes}
        self.prefix_of = {p: p for p in listed}
        for p in listed:
            for typed in keyboard_spellings(p):
                self.prefix_of.setdefault(typed, p)
        self.prefixes = tuple(sorted(self.prefix_of, key=len, reverse=True))
        self.never = frozenset(w.lower() for w in never)
        self.lookup = lru_cache(maxsize=65536)(self._lookup)

    def hits(self, words: Sequence[str]) -> list[tuple[int, Hit]]:
        """Index and hit of every word of ``words`` that belongs to the lexicon: the cached
        look-ups run in one C-level pass, and only the (few) hits reach Python code."""
        found = list(map(self.lookup, words))
        if found.count(None) == len(found):
            return []
        out: list[tuple[int, Hit]] = []
        for i in compress(range(len(found)), map(is_not, found, repeat(None))):
            hit = found[i]
            if hit is not None:
                out.append((i, hit))
        return out

    def _lookup(self, word: str) -> Hit | None:
        if word in self.never:
            return None
        hit = self.forms.get(word)
        if hit is not None:
            return hit
        for size in self.head_lengths:
            if len(word) - size < MIN_COMPOUND_REST:
                break
            head = self.heads.get(word[-size:])
            if head is not None:
                return Hit(head.entry, head.category, "compound")
        for prefix in self.prefixes:
            if word.startswith(prefix) and len(word) - len(prefix) >= MIN_COMPOUND_REST:
                return Hit(self.prefix_of[prefix], "prefix", "compound")
        return None


def _lexicon(relative: str, sections: tuple[str, ...], heads: tuple[str, ...]) -> WordLexicon:
    data = load_yaml(relative)
    missing = [s for s in sections if not isinstance(data.get(s), list)]
    if missing:
        raise ConfigError(f"detect/data/{relative}: mangler liste(r): {', '.join(missing)}")
    return WordLexicon(
        {s: data[s] for s in sections},
        prefixes=data.get("prefixes") or (),
        never=data.get("never") or (),
        compound_heads=heads,
    )


@cache
def epithets() -> WordLexicon:
    """Degrading nouns: ``strong`` ones in any frame, ``ambiguous`` ones in a personal one."""
    return _lexicon("lexicon/epithets.yaml", ("strong", "ambiguous"), ("strong",))


@cache
def profanity() -> WordLexicon:
    """Vulgar and profane words (``words``, compound ``heads``, ``mild`` ones that need the
    model's agreement), with compound first parts ("lorte-", "pisse-")."""
    return _lexicon("lexicon/profanity.yaml", ("words", "heads", "mild"), ("heads",))


@cache
def word_set(relative: str, section: str) -> frozenset[str]:
    """Every form of every entry in one section of a lexicon file (e.g. the praise words)."""
    entries = load_yaml(relative).get(section)
    if not isinstance(entries, list):
        raise ConfigError(f"detect/data/{relative}: mangler listen {section!r}")
    forms = {form for entry in entries for form in expand(str(entry))[1]}
    return frozenset(forms | {typed for form in forms for typed in keyboard_spellings(form)})


@cache
def degrading() -> WordLexicon:
    """Degrading adjectives: ``attributive`` before a noun, ``alone`` after "er"."""
    return _lexicon("lexicon/degrading.yaml", ("alone", "attributive"), ())


def lexicon_fingerprint() -> str:
    """A hash of the lexicon files, stored with the DKhate model that used them as features."""
    digest = hashlib.sha256(LOOKUP_VERSION.encode())
    for name in ("epithets", "profanity", "degrading"):
        digest.update(data_text(f"lexicon/{name}.yaml").encode("utf-8"))
    return digest.hexdigest()[:16]


@cache
def danish_words() -> frozenset[str]:
    """Ordinary Danish words (``data/danish_words.txt``: lower-case hunspell stems, already
    normalised, one a line): a name that is one of them is also a word ("Kold", "Fugl"), and
    "taabere" read as "tåbere" only where that is no word."""
    text = resources.files("borgerpost.detect").joinpath("data", "danish_words.txt")
    return frozenset(
        line for line in text.read_text("utf-8").splitlines() if line and line[0] != "#"
    )
