"""Which recognizer patterns the keyword scan leaves to run, for all recognizers at once.

``Pattern.ruled_out`` answers for one pattern; asking each of a hundred patterns per message
costs more than the scan. The index files every pattern under the strings of its most
selective set (``Pattern.gates[0]``), so the strings a text holds name the few patterns
worth a closer look; only those are checked against their other sets.
"""

from __future__ import annotations

from collections.abc import Iterable

from borgerpost.detect.pii.base import Pattern, Recognizer

_Entry = tuple[type[Recognizer], int]  # (recognizer, position of the pattern in it)


class LiveIndex:
    """Patterns of ``recognizers`` filed under the strings of their first gate."""

    def __init__(self, recognizers: Iterable[type[Recognizer]]) -> None:
        self._ungated: list[_Entry] = []
        self._by_string: dict[str, list[_Entry]] = {}
        for cls in recognizers:
            for i, pat in enumerate(cls.patterns):
                if not pat.gates:
                    self._ungated.append((cls, i))
                for string in pat.gates[0] if pat.gates else ():
                    self._by_string.setdefault(string, []).append((cls, i))

    def live(self, present: frozenset[str]) -> dict[type[Recognizer], list[Pattern]]:
        """Per recognizer, in declared order, its patterns that ``present`` (the strings the
        text holds) does not rule out; a recognizer with none is absent."""
        entries = set(self._ungated)
        by_string = self._by_string
        for string in present:
            entries.update(by_string.get(string, ()))
        out: dict[type[Recognizer], list[Pattern]] = {}
        for cls, i in sorted(entries, key=_in_declared_order):
            pat = cls.patterns[i]
            if all(not present.isdisjoint(strings) for strings in pat.gates[1:]):
                out.setdefault(cls, []).append(pat)
        return out


def _in_declared_order(entry: _Entry) -> tuple[str, int]:
    return entry[0].name, entry[1]
