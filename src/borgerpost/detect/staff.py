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

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from importlib import resources

import ahocorasick

from borgerpost.detect.base import Document
from borgerpost.detect.normalise import Normalised, ensure_normalised, normalise, stem
from borgerpost.detect.staff_cues import (
    CLAUSE_PUNCT,
    FORM_DA,
    GREETINGS,
    SIGNOFFS,
    THRESHOLD,
    TITLES,
    Cue,
    Subject,
    Window,
    deciding_cue,
    score,
)
from borgerpost.detect.staff_keys import (
    Entry,
    FuzzyIndex,
    dropped_double,
    member_entries,
    typo_of,
)
from borgerpost.register import StaffMember


@dataclass(frozen=True, slots=True)
class StaffMention:
    """A place where the text refers to a staff member (raw offsets), and why it counts."""

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

    @property
    def counts(self) -> bool:
        return self.confidence >= THRESHOLD


@dataclass(frozen=True, slots=True)
class _Candidate:
    entry: Entry
    start: int  # normalised offsets
    end: int
    fuzzy: bool


def load_word_list(name: str) -> frozenset[str]:
    """A shipped word list from ``detect/data`` (whitespace separated, '#' comments)."""
    text = resources.files("borgerpost.detect").joinpath("data", name).read_text("utf-8")
    return frozenset(
        normalise(word).text for line in text.splitlines() for word in line.split("#")[0].split()
    )


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
        words = frozenset(common_words) if common_words is not None else None
        self.common_words = words or load_word_list("common_words.txt")
        self.common_stems = frozenset(stem(w) for w in self.common_words)
        names = frozenset(common_names) if common_names is not None else None
        self.common_names = names or load_word_list("common_names.txt")
        self._automaton = ahocorasick.Automaton()
        self._fuzzy = FuzzyIndex()
        self._surnames: dict[int, list[Entry]] = {}
        self._build()

    def _build(self) -> None:
        by_key: dict[str, list[Entry]] = {}
        for index, member in enumerate(self.members):
            for entry in member_entries(index, member, self._ambiguity):
                by_key.setdefault(entry.collapsed, []).append(entry)
        for key, entries in by_key.items():
            self._automaton.add_word(key, (key, tuple(entries)))
            for entry in entries:
                if entry.single and entry.ambiguity != "common":
                    self._fuzzy.add(entry)
                if entry.single and entry.form == "surname":
                    self._surnames.setdefault(entry.member, []).append(entry)
        if by_key:
            self._automaton.make_automaton()

    def _ambiguity(self, word: str) -> str:
        if word in self.common_words or stem(word) in self.common_stems:
            return "word"
        return "common" if word in self.common_names else ""

    # --- matching ---------------------------------------------------------------------

    def find(self, norm: Normalised) -> list[StaffMention]:
        """The mentions that count, in text order."""
        return [m for m in self.candidates(norm) if m.counts]

    def candidates(self, norm: Normalised) -> list[StaffMention]:
        """Every scored candidate, counting or not (for explanations and tuning)."""
        if not self.members or not norm.text:
            return []
        found = _longest_first(self._exact(norm))
        found = self._merge_full(norm, found + self._typos(norm, found))
        named = {c.entry.member for c in found if c.entry.form in ("full", "alias") and not c.fuzzy}
        starts = [t.start for t in norm.words]
        scored = [(c, self._mention(norm, c, c.entry.member in named, starts)) for c in found]
        return _prefer_named(scored, named)

    def _exact(self, norm: Normalised) -> list[_Candidate]:
        ctext, cindex = norm.collapsed_index
        out = []
        for last, (key, entries) in self._automaton.iter(ctext):
            cs, ce = last - len(key) + 1, last + 1
            if cs > 0 and ctext[cs - 1].isalnum():
                continue
            ce = _genitive_end(ctext, ce)
            if ce is None:
                continue
            ns, ne = cindex[cs], (cindex[ce] if ce < len(ctext) else len(norm.text))
            for entry in entries:
                if entry.initials and not _written_in_capitals(norm, ns, ns + len(entry.key)):
                    continue
                typo = dropped_double(norm.text[ns:ne], entry.key)
                out.append(_Candidate(entry, ns, ne, typo))
        return out

    def _typos(self, norm: Normalised, exact: list[_Candidate]) -> list[_Candidate]:
        covered = [(c.start, c.end) for c in exact]
        out = []
        for tok in norm.words:
            if len(tok.text) < 5 or any(s <= tok.start < e for s, e in covered):
                continue
            if not norm.raw[tok.raw_start : tok.raw_start + 1].isupper():
                continue
            if self._ambiguity(tok.text) == "word" or tok.text.isdigit():
                continue
            for entry in self._fuzzy.lookup(tok.text):
                out.append(_Candidate(entry, tok.start, tok.end, True))
        return out

    def _merge_full(self, norm: Normalised, found: list[_Candidate]) -> list[_Candidate]:
        """First name + surname of one member side by side (one of them misspelt) is a full
        name; a misspelt short name alone (< 7 letters) is dropped as too uncertain."""
        found = sorted(found, key=lambda c: (c.start, -c.end))
        out: list[_Candidate] = []
        i = 0
        while i < len(found):
            a = found[i]
            b = next((c for c in found[i + 1 :] if c.start >= a.end), None)
            if b is not None and _full_pair(norm, a, b):
                entry = replace(a.entry, form="full", single=False)
                out.append(_Candidate(entry, a.start, b.end, True))
                i = found.index(b) + 1
                continue
            extended = self._surname_typo(norm, a) if a.entry.form == "first" else None
            if extended is not None:
                out.append(extended)
            elif not (a.fuzzy and a.entry.single and len(a.entry.collapsed) < 7):
                out.append(a)
            i += 1
        return _longest_first(out)

    def _surname_typo(self, norm: Normalised, first: _Candidate) -> _Candidate | None:
        """ "Kim Fredriksen" for Kim Frederiksen: the word after a first name is compared with
        that member's surnames only (so common surnames, left out of the typo index, and
        any register size cost the same)."""
        words = norm.words
        nxt = next((t for t in words if t.start >= first.end), None)
        gap = norm.text[first.end : nxt.start] if nxt else ""
        if nxt is None or gap.strip() or "\n" in gap or len(nxt.text) < 4:
            return None
        for entry in self._surnames.get(first.entry.member, ()):
            if typo_of(nxt.text, entry.collapsed):
                full = replace(first.entry, form="full", single=False, ambiguity="")
                return _Candidate(full, first.start, nxt.end, True)
        return None

    def _mention(
        self, norm: Normalised, c: _Candidate, named: bool, starts: list[int]
    ) -> StaffMention:
        member = self.members[c.entry.member]
        subject = Subject(
            form=c.entry.form,
            fuzzy=c.fuzzy,
            single=c.entry.single,
            ambiguity=c.entry.ambiguity,
            unit_words=_unit_words(member),
            name_words=frozenset(normalise(member.name).text.replace("-", " ").split()),
            named_in_full=named,
        )
        window = _window(norm, starts, c.start, c.end, subject.name_words)
        total, cues = score(subject, window)
        confidence = max(0.0, min(1.0, total))
        deciding = deciding_cue(cues)
        form = "fuzzy" if c.fuzzy else c.entry.form
        reason = f"Nævner medarbejderen {member.name} ({FORM_DA[form]}"
        reason += f"; {deciding.reason})" if deciding is not cues[0] else ")"
        start, end = norm.to_raw(c.start, c.end)
        return StaffMention(
            member, start, end, form, confidence, deciding.rule, reason, c.start, c.end, cues
        )


def ensure_staff(doc: Document, matcher: StaffMatcher) -> list[StaffMention]:
    """Staff mentions of ``doc`` (counting ones), computed once: ``doc.data["staff_mentions"]``."""
    mentions = doc.data.get("staff_mentions")
    if not isinstance(mentions, list):
        mentions = matcher.find(ensure_normalised(doc))
        doc.data["staff_mentions"] = mentions
    return mentions


# --- helpers ----------------------------------------------------------------------------


def _genitive_end(ctext: str, ce: int) -> int | None:
    """End of the match after an optional genitive ("Bøghs", "NEB's", "Mads'"), or None
    when the match runs on into a longer word ("Madsen" is not "Mads")."""
    for suffix in ("'s", "’s", "s", "'", "’", ""):
        if ctext.startswith(suffix, ce):
            end = ce + len(suffix)
            if end >= len(ctext) or not ctext[end].isalnum():
                return end
    return None


def _written_in_capitals(norm: Normalised, start: int, end: int) -> bool:
    letters = [c for c in norm.raw_slice(start, end) if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _longest_first(found: list[_Candidate]) -> list[_Candidate]:
    """Leftmost-longest, non-overlapping; several members on one span are all kept."""
    found = sorted(found, key=lambda c: (c.start, -(c.end - c.start), c.fuzzy))
    out: list[_Candidate] = []
    for c in found:
        if out and c.start < out[-1].end and (c.start, c.end) != (out[-1].start, out[-1].end):
            continue
        if out and (c.start, c.end) == (out[-1].start, out[-1].end) and c.fuzzy > out[-1].fuzzy:
            continue
        out.append(c)
    return out


def _full_pair(norm: Normalised, a: _Candidate, b: _Candidate) -> bool:
    gap = norm.text[a.end : b.start]
    return (
        a.entry.member == b.entry.member
        and a.entry.form == "first"
        and b.entry.form == "surname"
        and (a.fuzzy or b.fuzzy)
        and gap.strip() == ""
        and "\n" not in gap
    )


def _prefer_named(
    scored: list[tuple[_Candidate, StaffMention]], named: set[int]
) -> list[StaffMention]:
    """Where one span names several members ("Mads" with two Mads in the register), keep
    the one named in full elsewhere, else the best scored ones."""
    by_span: dict[tuple[int, int], list[tuple[_Candidate, StaffMention]]] = {}
    for c, m in scored:
        by_span.setdefault((c.start, c.end), []).append((c, m))
    out: list[StaffMention] = []
    for group in by_span.values():
        chosen = [m for c, m in group if c.entry.member in named] or [m for _c, m in group]
        best = max(m.confidence for m in chosen)
        out.extend(m for m in chosen if m.confidence == best)
    return sorted(out, key=lambda m: (m.start, m.member.name))


def _unit_words(member: StaffMember) -> tuple[str, ...]:
    words = normalise(f"{member.unit} {member.role}").text.split()
    return tuple(w for w in words if len(w) >= 4)


def _window(
    norm: Normalised, starts: list[int], start: int, end: int, name_words: frozenset[str]
) -> Window:
    words = norm.words
    i = bisect_left(starts, start)
    j = bisect_left(starts, end)
    prev = words[i - 1] if i > 0 else None
    nxt = words[j] if j < len(words) else None
    gap_before = norm.text[prev.end if prev else 0 : start]
    gap_after = norm.text[end : nxt.start if nxt else len(norm.text)]
    clause_start = prev is None or bool(CLAUSE_PUNCT.search(gap_before))
    raw_first = norm.raw_slice(start, start + 1)
    shouting = norm.raw_slice(start, end).isupper()
    prev_at_start = (
        prev is None or i < 2 or bool(CLAUSE_PUNCT.search(norm.text[words[i - 2].end : prev.start]))
    )
    skip = TITLES | GREETINGS | SIGNOFFS | name_words
    name_before = (
        prev is not None
        and not shouting
        and gap_before == " "
        and not prev_at_start
        and prev.text not in skip
        and norm.raw[prev.raw_start : prev.raw_start + 1].isupper()
    )
    name_after = (
        nxt is not None
        and not shouting
        and gap_after == " "
        and nxt.text not in skip
        and norm.raw[nxt.raw_start : nxt.raw_start + 1].isupper()
    )
    hyphen = (gap_before.endswith("-") and prev is not None and prev.end == start - 1) or (
        gap_after.startswith("-") and nxt is not None and nxt.start == end + 1
    )
    sentence = next(((s, e) for s, e in norm.sentence_spans if s <= start < e), (0, 0))
    return Window(
        before=tuple(t.text for t in words[max(0, i - 4) : i]),
        after=tuple(t.text for t in words[j : j + 4]),
        gap_before=gap_before,
        gap_after=gap_after,
        clause_start=clause_start,
        capitalised=raw_first.isupper(),
        name_before=name_before,
        name_after=name_after,
        hyphen_compound=hyphen,
        sentence_words=frozenset(t.text for t in words if sentence[0] <= t.start < sentence[1]),
    )
