"""Find staff members in a text: full names, first names, surnames, aliases, typos.

``StaffMatcher`` is built once per register: every name form of every member is normalised
(the same way texts are), repeated letters collapsed ("Overgaard" -> "overgard") and put in
one Aho-Corasick automaton, so matching a text costs the same for 10 names as for 10,000.
Typos are found through a deletion index (SymSpell style), also independent of register
size. Each candidate is then scored by ``staff_cues`` from the words around it: "Bo" or
"Skov" alone needs a title, a greeting or the full name elsewhere to count, "min nabo
Hassan" or "Rold Skov" does not count. Spans are raw offsets; every mention says why.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, repeat
from operator import ge

import ahocorasick

from borgerpost.detect.base import Document
from borgerpost.detect.normalise import Normalised, ensure_normalised, normalise
from borgerpost.detect.repeats import collapse
from borgerpost.detect.staff_ambiguity import NameAmbiguity
from borgerpost.detect.staff_candidates import (
    FIRST_AND_INITIAL,
    Candidate,
    candidate,
    full_pair,
    genitive_end,
    is_genitive,
    longest_first,
    masked_with_initial,
    neighbour_typo,
    sounds_alike,
)
from borgerpost.detect.staff_cues import (
    FORM_DA,
    THRESHOLD,
    deciding_cue,
    member_cues,
    score,
    score_initial_alias,
)
from borgerpost.detect.staff_hidden import hidden_names, hyphened_pairs, spells_person
from borgerpost.detect.staff_hits import camel_case_part, hit_stands
from borgerpost.detect.staff_keys import (
    Entry,
    FuzzyIndex,
    dropped_double,
    group_by_form,
    lookup_keys,
    member_entries,
    presorted,
    unit_key,
)
from borgerpost.detect.staff_place_words import same_unit
from borgerpost.detect.staff_places import MEDIA_LETTERS
from borgerpost.detect.staff_window import (
    WORDLIKE,
    Cue,
    Subject,
    Window,
    nickname_from_surname,
    window_at,
)
from borgerpost.register import StaffMember


@dataclass(frozen=True, slots=True)
class StaffMention:
    """A place where the text refers to a staff member (raw offsets), and why it counts.

    Where several members share the name ("Mads" alone, two Mads in the register), the
    mention names the one the context singles out (unit nearby, named in full), else the
    first in the register, and ``shared_with`` counts the others.
    """

    member: StaffMember
    start: int
    end: int
    form: str  # full | first | surname | alias | fuzzy
    confidence: float
    rule: str
    reason: str
    norm_start: int
    norm_end: int
    cues: tuple[Cue, ...] = ()
    shared_with: int = 0

    @property
    def counts(self) -> bool:
        return self.confidence >= THRESHOLD


# "kontanthjælpsteamet", "sygedagpengeafdelingen": a unit's team or department
# ("kontanthjælpen": the unit in its definite form)
UNIT_TAILS = frozenset(("team", "teamet", "afdeling", "afdelingen", "gruppen", "kontoret", "en"))


class StaffMatcher:
    """All staff name forms compiled once; ``find`` returns the mentions that count."""

    def __init__(
        self,
        members: Sequence[StaffMember],
        *,
        common_words: Iterable[str] | None = None,
        common_names: Iterable[str] | None = None,
    ) -> None:
        self.members = tuple(members)
        self._ambiguity = NameAmbiguity(common_words, common_names)
        self._automaton = ahocorasick.Automaton()
        self._fuzzy = FuzzyIndex()
        self._surnames: dict[int, list[Entry]] = {}
        self._firsts: dict[int, list[Entry]] = {}
        self._name_index: dict[str, set[int]] = {}
        self._units: dict[str, tuple[str, set[int]]] = {}
        self._build()
        # per word, fixed for the life of the matcher: capitalised words recur across texts
        self._typo_groups = lru_cache(maxsize=65536)(self._typo_groups_uncached)

    def _build(self) -> None:
        by_key: dict[str, list[Entry]] = {}
        for index, member in enumerate(self.members):
            for word in normalise(member.name).text.replace("-", " ").split():
                self._name_index.setdefault(word, set()).add(index)
            for unit in normalise(f"{member.unit} {member.role}").text.split():
                if len(unit) >= 4:
                    self._units.setdefault(unit_key(unit), (unit, set()))[1].add(index)
            for entry in member_entries(index, member, self._ambiguity):
                by_key.setdefault(entry.collapsed, []).append(entry)
        for key, entries in by_key.items():
            self._automaton.add_word(key, (key, presorted(entries)))
            for entry in entries:
                if entry.keyboard:
                    continue  # a spelling without ø/æ is matched as it is, not with typos
                if entry.single and entry.ambiguity != "common":
                    self._fuzzy.add(entry)
                if entry.single and entry.form == "surname":
                    self._surnames.setdefault(entry.member, []).append(entry)
                if entry.single and entry.form == "first":
                    self._firsts.setdefault(entry.member, []).append(entry)
        if by_key:
            self._automaton.make_automaton()

    # --- matching ---------------------------------------------------------------------

    def find(self, norm: Normalised) -> list[StaffMention]:
        """The mentions that count, in text order."""
        return [m for m in self.candidates(norm) if m.counts]

    def candidates(self, norm: Normalised) -> list[StaffMention]:
        """Every scored candidate span, counting or not (for explanations and tuning)."""
        if not self.members or not norm.text:
            return []
        found = longest_first(self._exact(norm))
        found = self._merge_full(norm, found + self._typos(norm, found) + self._hidden(norm))
        naming: dict[int, set[tuple[int, int]]] = {}
        for c in found:
            # not "CV" or "PS" (initials that are an everyday abbreviation): weighed alone
            if (
                c.head.form in ("full", "alias")
                and not c.fuzzy
                and not (c.head.initials and c.head.single)
                # an alias written small in a cased text ("sin første kata") may be a word
                and not (c.head.form == "alias" and norm.mixed_case and _small(norm, c))
            ):
                for e in c.entries:
                    naming.setdefault(e.member, set()).add((c.start, c.end))
        starts = norm.columns.starts
        best: dict[tuple[int, int], StaffMention] = {}
        for c in found:
            mention = self._mention(norm, c, naming, starts)
            kept = best.get((c.start, c.end))
            if kept is None or mention.confidence > kept.confidence:
                best[(c.start, c.end)] = mention
        return sorted(best.values(), key=lambda m: m.start)

    def _exact(self, norm: Normalised) -> Iterator[Candidate]:
        ctext, cindex = norm.collapsed_index
        for last, (key, groups) in self._automaton.iter(ctext):
            cs, ce = last - len(key) + 1, last + 1
            # inside a word only as a full name written together in a hashtag or handle
            inside = cs > 0 and ctext[cs - 1].isalnum()
            if inside and not camel_case_part(norm, cindex[cs]):
                continue
            end = genitive_end(ctext, ce)
            if end is None:
                continue
            ns, ne = cindex[cs], (cindex[end] if end < len(ctext) else len(norm.text))
            typo: dict[str, bool] = {}
            merged: dict[tuple[str, bool, str, bool], list[Entry]] = {}
            members: dict[tuple[str, bool, str, bool], frozenset[int]] = {}
            for head, group, group_members in groups:
                if (inside and head.form != "full") or not hit_stands(norm, head, ns):
                    continue
                if self._doubled_into_a_word(norm.text[ns:ne], head):
                    continue
                if head.key not in typo:
                    typo[head.key] = dropped_double(norm.text[ns:ne], head.key)
                kind = (head.form, head.single, head.ambiguity, typo[head.key])
                merged.setdefault(kind, []).extend(group)
                members[kind] = members.get(kind, frozenset()) | group_members
            for kind, found in merged.items():
                yield Candidate(tuple(found), ns, ne, kind[3], members[kind])

    def _hidden(self, norm: Normalised) -> list[Candidate]:
        """Names hidden in an e-mail address or behind masks (``staff_hidden``)."""
        spans = hidden_names(norm, self._name_index)
        out: list[Candidate] = []
        for start, end, word, masked in spans:
            _key, groups = self._automaton.get(collapse(word)[0], (word, ()))
            out += [  # masked None: a name broken in three, read as spelt ("Nu m an")
                Candidate(group, start, end, masked is True, members)
                for head, group, members in groups
                if (head.single if masked is not False else spells_person(head.form, head.key))
            ]
        return out

    def _typos(self, norm: Normalised, exact: list[Candidate]) -> list[Candidate]:
        out = []
        raw, words = norm.raw, norm.columns
        for k in compress(range(len(words.texts)), map(ge, map(len, words.texts), repeat(5))):
            if not raw[words.raw_starts[k] : words.raw_starts[k] + 1].isupper():
                continue  # only words of five letters or more, written with a capital
            start = words.starts[k]
            if any(c.start <= start < c.end for c in exact):
                continue
            for group in self._typo_groups(words.texts[k]):
                out.append(candidate(group, start, words.ends[k], True))
        for start, end, joined in hyphened_pairs(norm):  # "Grete-Lise" for Grethelise
            out += [candidate(group, start, end, True) for group in self._typo_groups(joined)]
        return out

    def _doubled_into_a_word(self, spelt: str, head: Entry) -> bool:
        """Stop 33: a name found only by collapsing a double letter the register does not
        have, where the spelling is an ordinary word: "ikke" is no "Ike" ("Overgaaaard",
        no word, stays Overgaard's evasion)."""
        if not head.single or spelt == head.key or spelt.removesuffix("s") == head.key:
            return False
        return head.ambiguity not in WORDLIKE and self._ambiguity(spelt) in WORDLIKE

    def _typo_groups_uncached(self, word: str) -> tuple[tuple[Entry, ...], ...]:
        """Register entries ``word`` may misspell, by name form (none for ordinary words)."""
        if self._ambiguity(word) in WORDLIKE or word.isdigit():
            return ()
        return tuple(group_by_form(self._fuzzy.lookup(word)))

    def _merge_full(self, norm: Normalised, found: list[Candidate]) -> list[Candidate]:
        """First name + surname of one member side by side (one of them misspelt) is a full
        name; a misspelt short name alone (< 7 letters) is dropped as too uncertain."""
        found = sorted(found, key=lambda c: (c.start, -c.end))
        out: list[Candidate] = []
        i = 0
        while i < len(found):
            a = found[i]
            b = next((c for c in found[i + 1 :] if c.start >= a.end), None)
            pair = full_pair(norm, a, b) if b is not None else None
            if pair is not None and b is not None:
                out.append(pair)
                i = found.index(b) + 1
                continue
            extended = None
            if a.head.form == "first" and a.fuzzy:
                extended = masked_with_initial(norm, a, self._surnames)
            if a.head.form == "first" and extended is None:
                extended = neighbour_typo(norm, a, self._surnames, after=True)
            elif a.head.form == "surname" and not a.fuzzy:
                extended = neighbour_typo(norm, a, self._firsts, after=False)
            if extended is not None:
                out.append(extended)
            elif not (a.fuzzy and a.head.single and len(a.head.collapsed) < 7) or (
                sounds_alike(norm, a, self._ambiguity)
            ):
                out.append(a)
            i += 1
        return longest_first(out)

    def _mention(
        self,
        norm: Normalised,
        c: Candidate,
        naming: dict[int, set[tuple[int, int]]],
        starts: list[int],
    ) -> StaffMention:
        """``naming``: each member named in full, with the spans that name them. A register
        alias names its member by itself ("Flemming", "Jolle"), except where the words around
        it make it a place ("vi var i Jels", "bor i Jels"; probe round 409)."""
        members = c.members
        subject = _subject(c.head.form, c.fuzzy, c.head.single, c.head.ambiguity)
        if not (subject.single or subject.fuzzy) and len(members) == 1:
            # a full name or alias of one member, spelt right: the words around it change
            # neither its score nor who is meant, so they are not read — except the
            # doubts of the writer's own life for a first name and an initial ("Kim S."),
            # and of a news outlet for its letters ("i BT")
            own_life = bool(FIRST_AND_INITIAL.fullmatch(c.head.key)) or c.head.key in MEDIA_LETTERS
            if own_life or c.head.initials:
                gen = is_genitive(norm.text[c.start : c.end], c.head.key)
                window = window_at(norm, starts, (c.start, c.end), lambda _w: False, genitive=gen)
                total, cues = score_initial_alias(subject, window, own_life)
            else:
                total, cues = score(subject, None)
            return self._build_mention(
                norm, c, next(iter(members)), cues, max(0.0, min(1.0, round(total, 3)))
            )
        spelt = norm.text[c.start : c.end]
        window = window_at(
            norm,
            starts,
            (c.start, c.end),
            lambda w: not members.isdisjoint(self._name_index.get(w, ())),
            genitive=is_genitive(spelt, c.head.key),
        )
        total, cues = score(subject, window)
        at_place = any(cue.rule == "place" for cue in cues)
        here = {(c.start, c.end)}
        named = {m for m, spans in naming.items() if not at_place or spans - here}
        units = self._units_near(window.before[-4:] + window.after[:4], members)
        with_unit = frozenset().union(*units.values()) if units else frozenset()
        in_full = members & named
        punned = (
            frozenset(m for m in members if self._nickname(window, m))
            if window.hyphen_compound
            else frozenset()
        )
        chosen = min(punned or with_unit & in_full or in_full or with_unit or members)
        unit = next((u for u, who in units.items() if chosen in who), None)
        after_fra = (
            unit is not None
            and window.after[:1] == ("fra",)
            and unit in self._units_near(window.after[1:2], frozenset((chosen,)))
        )
        best_extra = member_cues(subject, unit, chosen in named, chosen in punned, after_fra)
        best_weight = sum(x.weight for x in best_extra)
        best_index = chosen
        cues += best_extra
        confidence = max(0.0, min(1.0, round(total + best_weight, 3)))
        return self._build_mention(norm, c, best_index, cues, confidence)

    def _nickname(self, window: Window, member: int) -> bool:
        return nickname_from_surname(window, self.members[member].name.split()[-1].lower())

    def unit_named(self, word: str) -> str | None:
        """The register's unit or role that ``word`` (normalised) names, if any: the word
        itself, or the unit's team or department ("kontanthjælpsteamet")."""
        hit = self._units.get(unit_key(word))
        if hit is None or not word.startswith(hit[0]):
            return None
        tail = word[len(hit[0]) :]
        return hit[0] if not tail or tail.removeprefix("s") in UNIT_TAILS else None

    def _units_near(
        self, words: tuple[str, ...], members: frozenset[int]
    ) -> dict[str, frozenset[int]]:
        """Unit or role words among ``words`` -> those of ``members`` who have them."""
        out: dict[str, frozenset[int]] = {}
        for word in words:
            for key in lookup_keys(word):
                hit = self._units.get(key)
                if hit is None or not same_unit(word, hit[0]):
                    continue
                if word == hit[0] or len(key) >= 5:
                    who = members & hit[1]
                    if who:
                        out[hit[0]] = out.get(hit[0], frozenset()) | who
        return out

    def _build_mention(
        self, norm: Normalised, c: Candidate, index: int, cues: tuple[Cue, ...], confidence: float
    ) -> StaffMention:
        member = self.members[index]
        deciding = deciding_cue(cues)
        form = "fuzzy" if c.fuzzy else c.head.form
        reason = f"Nævner medarbejderen {member.name} ({FORM_DA[form]}"
        if deciding is not cues[0]:
            reason += f"; {deciding.reason}"
        shared = len(c.members) - 1
        if shared:
            reason += f"; {shared} andre i registret har samme navn"
        start, end = norm.to_raw(c.start, c.end)
        return StaffMention(
            member, start, end, form, confidence, deciding.rule, reason + ")",
            c.start, c.end, cues, shared,
        )  # fmt: skip


def ensure_staff(doc: Document, matcher: StaffMatcher) -> list[StaffMention]:
    """Staff mentions of ``doc`` (counting ones), computed once: ``doc.data["staff_mentions"]``."""
    mentions = doc.data.get("staff_mentions")
    if not isinstance(mentions, list):
        mentions = matcher.find(ensure_normalised(doc))
        doc.data["staff_mentions"] = mentions
    return mentions


# --- helpers ----------------------------------------------------------------------------


_subject = lru_cache(maxsize=64)(Subject)  # a handful of distinct subjects, made once each


def _small(norm: Normalised, c: Candidate) -> bool:
    return norm.raw_slice(c.start, c.end).islower()
