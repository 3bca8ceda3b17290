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

# (pattern, crosses, key ids of its first gate word, of the others): most have one
_Gated = tuple[int, bool, frozenset[int], tuple[frozenset[int], ...]]
# Per cue set a key triggers: (slot, ungated patterns searched in the sentence, ungated
# patterns searched in it and the next, gated patterns).
_Trigger = tuple[int, tuple[int, ...], tuple[int, ...], tuple[_Gated, ...]]
_Payload = tuple[int, tuple[_Trigger, ...]]  # (key id, what the key triggers)
_Pair = tuple[int, tuple[int, int]]  # (pattern, window)


class CueIndex:
    """The anchor and gate keys of several cue sets in one automaton (module docstring)."""

    def __init__(self, sets: Sequence[CueSet]) -> None:
        self.sets = tuple(sets)
        key_ids: dict[str, int] = {}
        triggers: dict[str, dict[int, tuple[list[int], list[int], list[_Gated]]]] = {}
        for slot, cues in enumerate(self.sets):
            for k, anchors, crosses, gate in cues.anchored():
                gate_ids = tuple(
                    frozenset(key_ids.setdefault(key, len(key_ids)) for key in keys)
                    for keys in gate
                )
                for key in anchors:
                    key_ids.setdefault(key, len(key_ids))
                    lists = triggers.setdefault(key, {}).setdefault(slot, ([], [], []))
                    if gate_ids:
                        lists[2].append((k, crosses, gate_ids[0], gate_ids[1:]))
                    elif crosses:
                        lists[1].append(k)
                    else:
                        lists[0].append(k)
        self._automaton: ahocorasick.Automaton | None = None
        if key_ids:
            self._automaton = ahocorasick.Automaton()
            for key, kid in key_ids.items():
                by_slot = triggers.get(key, {})
                payload: _Payload = (kid, tuple(
                    (slot, tuple(within), tuple(crossing), tuple(gated))
                    for slot, (within, crossing, gated) in sorted(by_slot.items())
                ))  # fmt: skip
                self._automaton.add_word(key, payload)
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
            group.triggers.update((kid, triggered) for kid, triggered in payloads if triggered)
            groups.append(group)
            i = j
        return groups


class _Group(NamedTuple):
    """The anchor hits of one sentence (or of one ``¶``)."""

    words: range  # the sentence's word indices
    word: int  # the first word with a hit
    keys: set[int]  # key ids found in the sentence
    triggers: dict[int, tuple[_Trigger, ...]]  # key id -> what it triggers


def _add_pairs(
    view: TokenView, group: _Group, keys_from: dict[int, set[int]], todo: list[set[_Pair]]
) -> None:
    """Add the (pattern, window) pairs the triggers of ``group`` ask for, gated patterns
    only where every gate word occurs in the window's sentences. A ``¶`` is not gated: its
    window reaches into the next word."""
    here, with_next = view.anchor_windows(group.word)
    ungated = view.words[group.word] == SENTENCE
    keys = group.keys
    keys_next: set[int] | None = None
    for triggered in group.triggers.values():
        for slot, within, crossing, gated in triggered:
            pairs = todo[slot]
            if within:
                pairs.update(zip(within, repeat(here)))
            if crossing:
                pairs.update(zip(crossing, repeat(with_next)))
            for k, crosses, first, rest in gated:
                if not crosses:
                    found, window = keys, here
                else:
                    if keys_next is None:
                        keys_next = keys | _neighbour_keys(view, group.words, keys_from)
                    found, window = keys_next, with_next
                if ungated or (
                    not first.isdisjoint(found)
                    and (not rest or all(not ids.isdisjoint(found) for ids in rest))
                ):
                    pairs.add((k, window))


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
