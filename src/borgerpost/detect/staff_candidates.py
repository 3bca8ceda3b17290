"""A staff name found in a text, before its context is weighed: the spans the automaton and
the typo index give, how overlapping ones are chosen, and how a misspelt first name and
surname of one member join into a full name.

``staff.StaffMatcher`` finds these; ``staff_cues`` then decides which count.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from typing import NamedTuple

from borgerpost.detect.normalise import Normalised
from borgerpost.detect.repeats import collapse
from borgerpost.detect.staff_keys import Entry, dropped_double, typo_of, vowel_alike
from borgerpost.detect.staff_window import WORDLIKE


class Candidate(NamedTuple):
    """One span and the entries (one per member) of one name form that match it (a
    NamedTuple: every name the automaton finds becomes one)."""

    entries: tuple[Entry, ...]
    start: int  # normalised offsets
    end: int
    fuzzy: bool
    members: frozenset[int]

    @property
    def head(self) -> Entry:
        return self.entries[0]


def candidate(entries: tuple[Entry, ...], start: int, end: int, fuzzy: bool) -> Candidate:
    return Candidate(entries, start, end, fuzzy, frozenset(e.member for e in entries))


# An optional genitive ending, then no letter or digit: the alternatives are tried in order
# (probe round 409: an apostrophe and another ending makes a noun of the letters: "MP'erne",
# "MP'er" are members of parliament, not the caseworker MP)
_GENITIVE_END = re.compile(r"(?:'s|’s|s|(?<=[sxz])['’]|(?!['’][^\W\d_]))(?![^\W_])")


# "kim s." / "kim s": a first name and a surname's initial
FIRST_AND_INITIAL = re.compile(r"[^\W\d_][\w-]* [^\W\d_]\.?")


def is_genitive(spelt: str, key: str) -> bool:
    """ "Storms", "NEB's", and the apostrophe of a name that ends in s ("Magnus'", "Lars'")."""
    return spelt.endswith(("'", "’")) or (spelt.endswith("s") and not key.endswith("s"))


def genitive_end(ctext: str, ce: int) -> int | None:
    """End of the match after an optional genitive ("Bøghs", "NEB's", "Mads'"), or None
    when the match runs on into a longer word ("Madsen" is not "Mads")."""
    m = _GENITIVE_END.match(ctext, ce)
    return None if m is None else m.end()


def longest_first(found: Iterable[Candidate]) -> list[Candidate]:
    """Leftmost-longest, non-overlapping; several name forms on one span are all kept,
    exact ones before typos."""
    ordered = sorted(found, key=lambda c: (c.start, -(c.end - c.start), c.fuzzy))
    out: list[Candidate] = []
    for c in ordered:
        if out and c.start < out[-1].end:
            same = (c.start, c.end) == (out[-1].start, out[-1].end)
            if not same or c.fuzzy > out[-1].fuzzy:
                continue
        out.append(c)
    return out


def sounds_alike(
    norm: Normalised, candidate: Candidate, ambiguity: Callable[[str], str]
) -> bool:
    """A short name misspelt only by a single letter for a double ("Gyling" for Gylling,
    "Wulfs" for Wulffs) or by a vowel that sounds alike ("Kvernø" for Kværnø): it sounds
    the same, so it is kept for the context to weigh,
    unlike other typos of short names — unless the spelling is an ordinary word ("Hele"
    is no Helle)."""
    spelt = norm.text[candidate.start : candidate.end]
    key = candidate.head.key
    alike = (
        dropped_double(spelt, key)
        or vowel_alike(spelt, key)
        or vowel_alike(spelt.removesuffix("s"), key)  # "Kvernøs": the genitive of it
    )
    if len(candidate.head.collapsed) < 4 or not alike:
        return False
    return ambiguity(spelt) not in WORDLIKE and ambiguity(spelt.removesuffix("s")) not in WORDLIKE


# A nickname in quotes between first name and surname: "Kasper 'Holmeren' Holm"
_QUOTED_NICKNAME = re.compile(r" [\"'‘’“”»«„][^\W\d_][^\"'‘’“”»«„\n]{0,28}[\"'‘’“”»«] ")


def full_pair(norm: Normalised, a: Candidate, b: Candidate | None) -> Candidate | None:
    """A first name followed by a surname of the same member: one of them misspelt, or a
    nickname in quotes between them (a hate post's "Bo 'Hakkebøf' Hede")."""
    if b is None or a.head.form != "first" or b.head.form != "surname":
        return None
    gap = norm.text[a.end : b.start]
    common = a.members & b.members
    if not common:
        return None
    nickname = _QUOTED_NICKNAME.fullmatch(gap) is not None
    if not nickname and (not (a.fuzzy or b.fuzzy) or gap.strip() or "\n" in gap):
        return None
    entries = tuple(
        replace(e, form="full", single=False, ambiguity="") for e in a.entries if e.member in common
    )
    return candidate(entries, a.start, b.end, a.fuzzy or b.fuzzy)


SHORT_HALF = 3  # "Kristian Fog" for Kristian Fogh: a three-letter half with a letter dropped


def _half_typo(word: str, half: str) -> bool:
    """``word`` misspells the other half of the name; a three-letter word only as the half
    with one letter left out at the end ("fog" for "fogh", not "fig" for "fog")."""
    if len(word) < 4:
        return len(half) == len(word) + 1 and half.startswith(word)
    return typo_of(word, half)


def neighbour_typo(
    norm: Normalised, found: Candidate, others: Mapping[int, list[Entry]], *, after: bool
) -> Candidate | None:
    """The word right after a first name (``after``) or right before a surname, misspelt
    from the other half of the same member's name: "Kim Fredriksen" for Kim Frederiksen,
    "Nikolai Juhl" for Nikolaj Juhl. Only that member's other half is compared, so common
    names, left out of the typo index, are covered too. ``others``: member -> the entries
    of the other half (surnames when ``after``, first names otherwise)."""
    words = norm.columns
    if after:
        k = bisect_left(words.starts, found.end)
    else:
        k = bisect_left(words.starts, found.start) - 1
    if not 0 <= k < len(words.starts):
        return None
    between = (found.end, words.starts[k]) if after else (words.ends[k], found.start)
    gap = norm.text[between[0] : between[1]]
    if gap.strip() or "\n" in gap or len(words.texts[k]) < SHORT_HALF:
        return None
    if norm.mixed_case and not norm.raw[words.raw_starts[k] : words.raw_starts[k] + 1].isupper():
        return None  # a text written all small ("morten kile") writes the name small too
    word = collapse(words.texts[k])[0]
    checked: dict[str, bool] = {}
    matching = []
    for entry in found.entries:
        for other in others.get(entry.member, ()):
            if other.collapsed not in checked:
                checked[other.collapsed] = _half_typo(word, other.collapsed)
            if checked[other.collapsed]:
                matching.append(replace(entry, form="full", single=False, ambiguity=""))
                break
    if not matching:
        return None
    start, end = (found.start, words.ends[k]) if after else (words.starts[k], found.end)
    return candidate(tuple(matching), start, end, True)


def masked_with_initial(
    norm: Normalised, found: Candidate, surnames: Mapping[int, list[Entry]]
) -> Candidate | None:
    """A masked first name and the initial of the same member's surname: "K*m L." for Kim
    Lyng — a masked name alone could be many, the initial says which."""
    words = norm.columns
    k = bisect_left(words.starts, found.end)
    if not 0 <= k < len(words.starts) or len(words.texts[k]) != 1:
        return None
    end = words.ends[k]
    if norm.text[found.end : words.starts[k]] != " " or norm.text[end : end + 1] != ".":
        return None
    letter = words.texts[k]
    matching = tuple(
        replace(e, form="alias", single=False, ambiguity="")
        for e in found.entries
        if any(other.key[:1] == letter for other in surnames.get(e.member, ()))
    )
    return candidate(matching, found.start, end + 1, True) if matching else None
