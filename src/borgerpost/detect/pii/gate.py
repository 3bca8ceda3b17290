"""Which recognizer patterns the keyword scan leaves to run, for all recognizers at once.

``Pattern.ruled_out`` answers for one pattern; asking each of a hundred patterns per message
costs more than the scan. The index files every pattern under the strings of its most
selective set (``Pattern.gates[0]``), so the strings a text holds name the few patterns
worth a closer look; only those are checked against their other sets.
"""

from __future__ import annotations

from collections.abc import Iterable

from borgerpost.detect.pii.base import Pattern, Recognizer

# (recognizer, pattern, the pattern's other gates), filed by its rank in declared order
_Entry = tuple[type[Recognizer], Pattern, tuple[frozenset[str], ...]]


class LiveIndex:
    """Patterns of ``recognizers`` filed under the strings of their first gate."""

    def __init__(self, recognizers: Iterable[type[Recognizer]]) -> None:
        self._entries: list[_Entry] = []
        self._ungated: list[int] = []
        self._by_string: dict[str, list[int]] = {}
        for cls in recognizers:
            for pat in cls.patterns:
                rank = len(self._entries)
                self._entries.append((cls, pat, pat.gates[1:]))
                if not pat.gates:
                    self._ungated.append(rank)
                for string in pat.gates[0] if pat.gates else ():
                    self._by_string.setdefault(string, []).append(rank)

    def live(self, present: frozenset[str]) -> dict[type[Recognizer], list[Pattern]]:
        """Per recognizer, in declared order, its patterns that ``present`` (the strings the
        text holds) does not rule out; a recognizer with none is absent."""
        ranks = set(self._ungated)
        by_string = self._by_string
        for string in present:
            ranks.update(by_string.get(string, ()))
        entries = self._entries
        out: dict[type[Recognizer], list[Pattern]] = {}
        for rank in sorted(ranks):
            cls, pat, rest = entries[rank]
            for strings in rest:  # a loop, not all(…): cheaper on the few it runs for
                if present.isdisjoint(strings):
                    break
            else:
                out.setdefault(cls, []).append(pat)
        return out
