"""One anchor scan per text for every cue set of a pipeline, and a gate on each pattern.

Each ``CueSet`` can find its own anchor words (``CueSet.find(view)``), but a pipeline runs
eight of them over the same view: eight automaton scans, and the sentence of each anchor
hit looked up eight times. A ``CueIndex`` puts the anchor keys of all the sets into one
automaton and scans the view once.

It also gates: most patterns need more than their anchor word ("slå*" … "ihjel"), and most
anchor hits are in sentences that lack the rest, where the pattern's regex would run and
fail. The index adds the keys of each pattern's other selective required words (its
``gate``) to the automaton; a pattern is searched in a window only when every gate word
occurs in the window's sentences. A gated-out window could not have matched, so each set
gets a subset of the (pattern, window) pairs it would find alone, and exactly the same
matches (tested).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from functools import cache
from itertools import repeat
from typing import NamedTuple, cast

import ahocorasick

from borgerpost.detect.cues import CueSet, Windows, cue_set
from borgerpost.detect.textview import SENTENCE, TokenView

_Rest = tuple[frozenset[int], ...]  # key ids of each further gate word (most have none)
_Pair = tuple[int, tuple[int, int]]  # (pattern, window)


class _Triggers(NamedTuple):
    """What one anchor key asks the cue sets to search, built once per key.

    A gated pattern is filed under every key id of its first gate word, so the patterns whose
    gate a sentence satisfies come from one set intersection of those ids with the keys found
    in the sentence, not from a check per pattern."""

    ungated: tuple[tuple[int, tuple[int, ...], tuple[int, ...]], ...]  # (slot, within, crossing)
    gated: tuple[tuple[int, int, bool], ...]  # (slot, pattern, crosses): all gated patterns
    within_by_gate: dict[int, tuple[tuple[int, int, _Rest], ...]]  # gate key id -> (slot, k, rest)
    crossing_by_gate: dict[int, tuple[tuple[int, int, _Rest], ...]]


class CueIndex:
    """The anchor and gate keys of several cue sets in one automaton (module docstring)."""

    def __init__(self, sets: Sequence[CueSet]) -> None:
        self.sets = tuple(sets)
        key_ids: dict[str, int] = {}
        triggers: dict[str, _TriggerLists] = {}
        for slot, cues in enumerate(self.sets):
            for k, anchors, crosses, gate in cues.anchored():
                gate_ids = tuple(
                    frozenset(key_ids.setdefault(key, len(key_ids)) for key in keys)
                    for keys in gate
                )
                for key in anchors:
                    key_ids.setdefault(key, len(key_ids))
                    triggers.setdefault(key, _TriggerLists()).add(slot, k, crosses, gate_ids)
        self._automaton: ahocorasick.Automaton | None = None
        if key_ids:
            self._automaton = ahocorasick.Automaton()
            for key, kid in key_ids.items():
                found = triggers.get(key)
                self._automaton.add_word(key, (kid, found.freeze() if found else None))
            self._automaton.make_automaton()

    def slot(self, cues: CueSet) -> int:
        """The position of ``cues`` among the index's sets (``windows(view)[slot]``)."""
        return next(i for i, s in enumerate(self.sets) if s is cues)

    def windows(self, view: TokenView) -> list[Windows]:
        """Per cue set, the (pattern, window) pairs worth searching; scanned once per view."""
        found = view.memo.get(self)
        if found is None:
            found = view.memo[self] = self._scan(view)
        return cast(list[Windows], found)

    def _scan(self, view: TokenView) -> list[Windows]:
        whole = (0, len(view.string))
        todo = [{(k, whole) for k in cues.always} for cues in self.sets]
        if self._automaton is not None:
            groups = self._hits_by_sentence(view)
            keys_from = {group.words[0]: group.keys for group in groups}
            for group in groups:
                _add_pairs(view, group, keys_from, todo)
        return [sorted(pairs) for pairs in todo]

    def _hits_by_sentence(self, view: TokenView) -> list[_Group]:
        """The automaton's hits grouped by sentence: the keys found in each, and what each
        key triggers (once per sentence: a second hit gives the same windows). Hits come
        in text order, so a sentence's hits are consecutive: one bisection finds where a
        sentence's hits end, and they are added as one slice."""
        assert self._automaton is not None
        hits = list(self._automaton.iter(view.string))
        ends = [end for end, _payload in hits]
        starts, words = view.starts, view.words
        groups: list[_Group] = []
        i = 0
        while i < len(hits):
            word = max(0, bisect_right(starts, ends[i] - 1) - 1)
            sentence = view.sentence_words(word)
            last = sentence[-1]
            # a hit is in the sentence while its last letter (end - 1) is at most the
            # space right after the sentence's last word
            j = bisect_right(ends, starts[last] + len(words[last]) + 1, lo=i)
            payloads = [payload for _end, payload in hits[i:j]]
            group = _Group(sentence, word, {kid for kid, _ in payloads}, {})
            group.triggers.update((kid, found) for kid, found in payloads if found)
            groups.append(group)
            i = j
        return groups


class _Group(NamedTuple):
    """The anchor hits of one sentence (or of one ``¶``)."""

    words: range  # the sentence's word indices
    word: int  # the first word with a hit
    keys: set[int]  # key ids found in the sentence
    triggers: dict[int, _Triggers]  # key id -> what it triggers


def _add_pairs(
    view: TokenView, group: _Group, keys_from: dict[int, set[int]], todo: list[set[_Pair]]
) -> None:
    """Add the (pattern, window) pairs the triggers of ``group`` ask for, gated patterns
    only where every gate word occurs in the window's sentences. A ``¶`` is not gated: its
    window reaches into the next word."""
    here, with_next = view.anchor_windows(group.word)
    keys = group.keys
    keys_next: set[int] | None = None
    ungated = view.words[group.word] == SENTENCE
    for found in group.triggers.values():
        for slot, within, crossing in found.ungated:  # inline: the hottest loop of a scan
            pairs = todo[slot]
            if within:
                pairs.update(zip(within, repeat(here)))
            if crossing:
                pairs.update(zip(crossing, repeat(with_next)))
        if ungated:
            for slot, k, crosses in found.gated:
                todo[slot].add((k, with_next if crosses else here))
            continue
        if found.within_by_gate:
            _add_gated(found.within_by_gate, keys, here, todo)
        if found.crossing_by_gate:
            if keys_next is None:
                keys_next = keys | _neighbour_keys(view, group.words, keys_from)
            _add_gated(found.crossing_by_gate, keys_next, with_next, todo)


def _add_gated(
    by_gate: dict[int, tuple[tuple[int, int, _Rest], ...]],
    keys: set[int],
    window: tuple[int, int],
    todo: list[set[_Pair]],
) -> None:
    """The patterns filed under a gate key found in the window, less those missing a
    further gate word."""
    for gid in by_gate.keys() & keys:
        for slot, k, rest in by_gate[gid]:
            if not rest or all(not ids.isdisjoint(keys) for ids in rest):
                todo[slot].add((k, window))


class _TriggerLists:
    """``_Triggers`` while the index is built."""

    def __init__(self) -> None:
        self.ungated: dict[int, tuple[list[int], list[int]]] = {}
        self.gated: list[tuple[int, int, bool]] = []
        self.by_gate: tuple[dict[int, list[tuple[int, int, _Rest]]], ...] = ({}, {})

    def add(self, slot: int, k: int, crosses: bool, gate_ids: tuple[frozenset[int], ...]) -> None:
        if not gate_ids:
            self.ungated.setdefault(slot, ([], []))[crosses].append(k)
            return
        self.gated.append((slot, k, crosses))
        for gid in gate_ids[0]:
            self.by_gate[crosses].setdefault(gid, []).append((slot, k, gate_ids[1:]))

    def freeze(self) -> _Triggers:
        return _Triggers(
            tuple((slot, tuple(w), tuple(c)) for slot, (w, c) in sorted(self.ungated.items())),
            tuple(self.gated),
            {gid: tuple(v) for gid, v in self.by_gate[False].items()},
            {gid: tuple(v) for gid, v in self.by_gate[True].items()},
        )


def _neighbour_keys(
    view: TokenView, sentence: range, keys_from: dict[int, set[int]]
) -> set[int]:
    """The key ids of the sentences before and after ``sentence``, where ``anchor_windows``
    lets a crossing pattern reach."""
    found: set[int] = set()
    last, first = sentence[-1], sentence[0]
    if last + 2 < len(view.words):
        found |= keys_from.get(view.sentence_words(last + 2)[0], set())
    if first >= 2:
        found |= keys_from.get(view.sentence_words(first - 2)[0], set())
    return found


@cache
def cue_index(files: tuple[str, ...]) -> CueIndex:
    """The index of the shipped cue files ``files`` (each ``cue_set``), built once."""
    return CueIndex([cue_set(f) for f in files])
