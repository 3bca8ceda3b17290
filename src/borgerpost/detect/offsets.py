"""Index maps for texts that lost characters, built cheaply because every text needs them.

The normaliser and the staff matcher delete characters (invisible ones, repeated letters)
and must still point back into the original text. ``positions`` hands out counting tuples
without building new int objects; ``IndexMap`` answers "where did character i come from"
by bisection over the deletions instead of storing one number per character.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

_COUNTING: tuple[int, ...] = ()


def positions(start: int, stop: int) -> tuple[int, ...]:
    """``tuple(range(start, stop))`` cut from one shared tuple: a slice copies references,
    where ``range`` would build a new int object for every position of every text."""
    global _COUNTING
    if len(_COUNTING) < stop:
        _COUNTING = tuple(range(max(stop, 2 * len(_COUNTING), 4096)))
    return _COUNTING[start:stop]


def cut(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` without the characters in ``spans`` (sorted, disjoint)."""
    parts, pos = [], 0
    for s, e in spans:
        parts.append(text[pos:s])
        pos = e
    parts.append(text[pos:])
    return "".join(parts)


class IndexMap:
    """For a text with ``spans`` deleted: the index in the original text of each character.

    Found by bisection over the deletions rather than stored per character: building the
    whole map cost more than the few look-ups a matcher makes (one per name it finds).
    """

    __slots__ = ("_at", "_length", "_shift")

    def __init__(self, spans: Sequence[tuple[int, int]], length: int) -> None:
        self._at: list[int] = []  # where each deletion sits in the shortened text
        self._shift: list[int] = []  # characters deleted up to and including it
        total = 0
        for s, e in spans:
            self._at.append(s - total)
            total += e - s
            self._shift.append(total)
        self._length = length - total

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, index: int) -> int:
        if not 0 <= index < self._length:
            raise IndexError(index)
        k = bisect_right(self._at, index)
        return index + (self._shift[k - 1] if k else 0)
