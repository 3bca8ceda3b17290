"""One anchor scan per text for every cue set of a pipeline.

Each ``CueSet`` can find its own anchor words (``CueSet.find(view)``), but a pipeline runs
eight of them over the same view: eight automaton scans, and the sentence of each anchor
hit looked up eight times. A ``CueIndex`` puts the anchor keys of all the sets into one
automaton, scans the view once, and hands each set the (pattern, window) pairs it would
have found itself — the same pairs, so the matches are the same.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from itertools import repeat
from typing import cast

import ahocorasick

from borgerpost.detect.cues import CueSet, Windows, cue_set
from borgerpost.detect.textview import TokenView

_Entry = tuple[int, tuple[int, ...], tuple[int, ...]]  # (slot, within, crossing)


class CueIndex:
    """The anchor keys of several cue sets in one automaton (see the module docstring)."""

    def __init__(self, sets: Sequence[CueSet]) -> None:
        self.sets = tuple(sets)
        keys: dict[str, list[_Entry]] = {}
        for slot, cues in enumerate(self.sets):
            for key, within, crossing in cues.anchor_entries():
                keys.setdefault(key, []).append((slot, within, crossing))
        self._automaton: ahocorasick.Automaton | None = None
        if keys:
            self._automaton = ahocorasick.Automaton()
            for key, entries in keys.items():
                self._automaton.add_word(key, tuple(entries))
            self._automaton.make_automaton()

    def slot(self, cues: CueSet) -> int:
        """The position of ``cues`` among the index's sets (``windows(view)[slot]``)."""
        return next(i for i, s in enumerate(self.sets) if s is cues)

    def windows(self, view: TokenView) -> list[Windows]:
        """Per cue set, what ``CueSet._windows(view)`` gives; scanned once per view."""
        found = view.memo.get(self)
        if found is None:
            found = view.memo[self] = self._scan(view)
        return cast(list[Windows], found)

    def _scan(self, view: TokenView) -> list[Windows]:
        whole = (0, len(view.string))
        todo = [{(k, whole) for k in cues.always} for cues in self.sets]
        if self._automaton is not None:
            for end, entries in self._automaton.iter(view.string):
                here, with_next = view.anchor_windows(view.word_at(end - 1))
                for slot, within, crossing in entries:
                    todo[slot].update(zip(within, repeat(here)))
                    todo[slot].update(zip(crossing, repeat(with_next)))
        return [sorted(pairs) for pairs in todo]


@cache
def cue_index(files: tuple[str, ...]) -> CueIndex:
    """The index of the shipped cue files ``files`` (each ``cue_set``), built once."""
    return CueIndex([cue_set(f) for f in files])
