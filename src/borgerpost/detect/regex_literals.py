"""The literal strings a text must hold for a regex to match in it: a cheap necessary test.

Python's ``re`` tries a pattern at every position of a text; a recognizer with a dozen long
patterns pays that for each of them on every message, though most messages hold none of the
words the patterns are built around. ``required_sets(regex)`` reads the parsed pattern and
returns sets of strings such that, wherever the regex matches, the text holds at least one
string of EACH set ("(?:går|løber) tur kl\\.\\s\\d" → {"går", "løber"}, {" tur kl."}). One
Aho–Corasick scan finds which of all the recognizers' strings a text holds; a pattern with a
set none of whose strings is there is skipped, with exactly the matches it would have found
(none). Lookarounds count: what they require must stand in the text too.

Only what is certain is kept: a node that may match nothing (``x?``, ``x*``), a branch with
an alternative that promises no string, a negative lookaround, a back reference or a class
gives no set; case-insensitive parts give none either (the shipped patterns run on
lower-cased text without ``re.IGNORECASE``). Strings shorter than ``MIN_LENGTH`` are too
common to be worth a key, so a set holding one is dropped (an emoji or another sign far
from the letters is rare enough alone). The parser is the standard
library's own (``re._parser``); a pattern it cannot read gives no sets, never a wrong one.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

MIN_LENGTH = 3
_SIGNS = 0x2000  # general punctuation, symbols and emoji from here on
_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT}
_Sets = list[frozenset[str]]


def required_sets(regex: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """Sets of strings the text must hold one of each for ``regex`` to match (module
    docstring); the most selective first (longest shortest string). Empty: no promise."""
    if regex.flags & re.IGNORECASE:
        return ()
    try:
        parsed = _parser.parse(regex.pattern, regex.flags)
    except (re.error, RecursionError, ValueError, TypeError):
        return ()
    found = {s for s in _sequence(list(parsed)) if all(map(_selective, s))}
    return tuple(sorted(found, key=lambda s: (-min(map(len, s)), len(s), sorted(s))))


def _selective(string: str) -> bool:
    """Rare enough to be worth a key: ``MIN_LENGTH`` characters, or a sign such as an emoji."""
    return len(string) >= MIN_LENGTH or any(ord(c) >= _SIGNS for c in string)


def _sequence(nodes: list[tuple[Any, Any]]) -> _Sets:
    """The sets of a sequence of nodes: its runs of literal characters (zero-width nodes
    between them keep a run whole) and the sets of each node that must match."""
    sets: _Sets = []
    run: list[str] = []
    for op, av in nodes:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if op not in _ZERO_WIDTH:
            _close(run, sets)
        sets.extend(_node(op, av))
    _close(run, sets)
    return sets


def _close(run: list[str], sets: _Sets) -> None:
    if run:
        sets.append(frozenset(("".join(run),)))
        run.clear()


def _node(op: Any, av: Any) -> _Sets:
    """The sets a node needs when it matches."""
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, body = av
        return [] if add_flags & sre.SRE_FLAG_IGNORECASE else _sequence(list(body))
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(av))
    if op in _REPEATS:
        low, _high, body = av
        return _sequence(list(body)) if low >= 1 else []
    if op is sre.ASSERT:
        _direction, body = av
        return _sequence(list(body))
    if op is sre.BRANCH:
        return _branch(av[1])
    return []


def _branch(alternatives: list[Any]) -> _Sets:
    """One set for a branch: the union of each alternative's best set; none when an
    alternative promises nothing (it could match without any of the others' strings)."""
    union: set[str] = set()
    for alternative in alternatives:
        best = _best(_sequence(list(alternative)))
        if best is None:
            return []
        union |= best
    return [frozenset(union)]


def _best(sets: _Sets) -> frozenset[str] | None:
    """The most selective of ``sets``: its shortest string longest, then fewest strings."""
    usable = [s for s in sets if all(map(_selective, s))]
    if not usable:
        return None
    return max(usable, key=lambda s: (min(map(len, s)), -len(s)))
