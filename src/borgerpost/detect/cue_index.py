"""One anchor scan per text for every cue set of a pipeline, and a gate on each pattern.

Each ``CueSet`` can find its own anchor words (``CueSet.find(view)``), but a pipeline runs
eight of them over the same view: eight automaton scans, and the sentence of each anchor
hit looked up eight times. A ``CueIndex`` puts the anchor keys of all the sets into one
automaton and scans the view once.

It also gates: most patterns need more than their anchor word ("slå*" … "ihjel"), and most
anchor hits are in sentences that lack the rest, where the pattern's regex would run and
fail. The index adds the keys of each pattern's other selective required words (its
``gate``) to the automaton, and gives the whole words of its ``words_gate`` ("jeg", "ikke":
too common to scan for) ids of their own, looked up among the words of each sentence with a
hit; a pattern is searched in a window only when a word of every gate spec occurs in the
window's sentences. A gated-out window could not have matched, so each set gets a subset
of the (pattern, window) pairs it would find alone, and exactly the same matches (tested).
Gating on the common words here, per sentence, rather than per (pattern, window) pair in
``CueSet.find`` spares the pairs that would fail there: about 280 of 320 per 300-character
message.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection, Sequence
from functools import cache
from itertools import repeat
from typing import NamedTuple, cast

import ahocorasick

from borgerpost.detect.cues import CueSet, Windows, cue_set
from borgerpost.detect.textview import SENTENCE, TokenView

_Rest = tuple[frozenset[int], ...]  # ids of each further gate spec (most have none)
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
        word_ids: dict[str, int] = {}  # whole gate words, negative ids: never scanned for
        triggers: dict[str, _TriggerLists] = {}
        for slot, cues in enumerate(self.sets):
            for k, compiled in cues.anchored():
                specs = sorted(
                    [(_KEY_SPEC, keys) for keys in compiled.gate]
                    + [(_WORD_SPEC, spec) for spec in compiled.words_gate],
                    key=lambda kind_spec: _commonness(*kind_spec),
                )  # the rarest first: the pattern is filed under it, and the rest fail early
                gate_ids = tuple(
                    frozenset(key_ids.setdefault(key, len(key_ids)) for key in spec)
                    if kind == _KEY_SPEC
                    else frozenset(word_ids.setdefault(w, -1 - len(word_ids)) for w in spec)
                    for kind, spec in specs
                )
                for key in compiled.anchors:
                    key_ids.setdefault(key, len(key_ids))
                    lists = triggers.setdefault(key, _TriggerLists())
                    lists.add(slot, k, compiled.crosses, gate_ids)
        self._word_ids = word_ids
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
            keys_of = _SentenceKeys(view, self._word_ids, groups)
            for group in groups:
                _add_pairs(view, group, keys_of, todo)
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


class _SentenceKeys:
    """The gate ids found in each sentence of a view: the automaton's key hits there and
    the ids of the gate words among its words (looked up once per sentence)."""

    def __init__(self, view: TokenView, word_ids: dict[str, int], groups: list[_Group]) -> None:
        self._view, self._word_ids = view, word_ids
        self._found: dict[int, set[int]] = {}
        for group in groups:
            group.keys.update(self._words(group.words))
            self._found[group.words[0]] = group.keys

    def __call__(self, sentence: range) -> set[int]:
        found = self._found.get(sentence[0])
        if found is None:
            found = self._found[sentence[0]] = self._words(sentence)
        return found

    def _words(self, sentence: range) -> set[int]:
        word_ids = self._word_ids
        words = self._view.words[sentence.start : sentence.stop]
        return {word_ids[w] for w in word_ids.keys() & words}


def _add_pairs(
    view: TokenView, group: _Group, keys_of: _SentenceKeys, todo: list[set[_Pair]]
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
                keys_next = keys | _neighbour_keys(view, group.words, keys_of)
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
            for ids in rest:  # a loop, not all(…): ~300 checks a message, most fail
                if ids.isdisjoint(keys):
                    break
            else:
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


def _neighbour_keys(view: TokenView, sentence: range, keys_of: _SentenceKeys) -> set[int]:
    """The gate ids of the sentences before and after ``sentence``, where
    ``anchor_windows`` lets a crossing pattern reach."""
    found: set[int] = set()
    last, first = sentence[-1], sentence[0]
    if last + 2 < len(view.words):
        found |= keys_of(view.sentence_words(last + 2))
    if first >= 2:
        found |= keys_of(view.sentence_words(first - 2))
    return found


_KEY_SPEC, _WORD_SPEC = 0, 1
# Danish's commonest words, the commonest first (the Snowball stemmer's stop-word list is in
# this order); a gate spec made of them is met in most sentences
_COMMON = str.split(
    "og i jeg det at en den til er som på de med han af for ikke der var mig sig men et har om "
    "vi min havde ham hun nu over da fra du ud sin dem os op man hans hvor eller hvad skal "
    "selv her alle vil blev kunne ind når være dog noget ville jo deres efter ned skulle denne "
    "end dette mit også under have dig anden hende mine alt meget sit sine vor mod disse hvis "
    "din nogle hos blive mange ad bliver hendes været thi jer sådan"
)
_RANK = {word: rank for rank, word in enumerate(_COMMON)}


def _commonness(kind: int, spec: Collection[str]) -> float:
    """How often a sentence may hold a word of ``spec``, roughly (Zipf: the word ranked r
    among ``_COMMON`` 1/(r+1); any other word 1/200; an automaton key, chosen for being
    selective, 1/1000). Only the order of a pattern's gates depends on it, never a match."""
    if kind == _KEY_SPEC:
        return len(spec) / 1000
    return sum(1 / (_RANK[w] + 1) if w in _RANK else 1 / 200 for w in spec)


@cache
def cue_index(files: tuple[str, ...]) -> CueIndex:
    """The index of the shipped cue files ``files`` (each ``cue_set``), built once."""
    return CueIndex([cue_set(f) for f in files])
