"""Undo the tricks people use to slip words past filters, keeping a map back to the raw text.

``normalise(raw)`` returns a ``Normalised``: the text lower-cased with evasion undone, and for
every character of it the span of ``raw`` it came from. Detectors match on ``text`` and quote
``raw`` through ``to_raw``, so evidence always shows what the writer actually typed.

The steps, in order (each is a 1:1 substitution or a deletion, which is what keeps the
offset map exact and cheap — but for unmasking, whose letters all map to their mask):

1. invisible characters removed (zero-width, soft hyphen, bidi controls, C0/C1 controls);
2. NFKC + lower-case + look-alike letters from Cyrillic/Greek mapped to Latin (æ ø å kept;
   ``fold.py``);
3. letters spaced out one by one joined ("K i r s t e n  e r" -> "kirsten er");
4. a "!" between letters read as "i" ("kr!styna", "p!kh0veder"; not "hej!du", two words
   with no space after the "!"); leetspeak undone inside words that mix letters with
   0 1 3 4 5 7 @ $ ("1di0t" -> "idiot"), never in numbers, e-mails, URLs or letter+digit
   codes ("kl. 14", "cx47120", "covid19");
   then masked swear words spelled out ("i*iot" -> "idiot", see ``masking.py``), each
   inserted letter mapped to the mask it replaces, and a dot, underscore or hyphen typed
   inside a listed swear word or epithet dropped ("k.ælling" -> "kælling"); weapon, pill
   and grave emoji read as words ("henter dig 🔪" -> "henter dig , med kniv "), the words
   mapped to the emoji, because a knife drawn after "jeg henter dig" says what the words leave out;
5. two OCR artefacts of scanned letters repaired (``ocr.py``), on the letters as they will
   stay: a word hyphenated at a line end joined ("sagsbe-\\nhandler"), a lone "l" read as
   the pronoun "I";
6. runs of three or more equal letters cut to two ("lortttt" -> "lortt", "maaads" ->
   "maads"), or to one for a vowel Danish never doubles ("døøøø" -> "dø", "idioooot" ->
   "idiot"; ``repeats.py``); ``collapse`` there cuts every run to one, for matchers that
   want "maads" = "mads".

Words and sentences of the result are found by ``segment.py``.

Normalising is idempotent on the text: ``normalise(normalise(x).text).text == normalise(x).text``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import chain, repeat
from operator import itemgetter
from typing import TYPE_CHECKING, NamedTuple

from borgerpost.detect.evasion import (
    bang_for_i,
    capital_i_for_ell,
    leet_padding,
    protected_spans,
    spaced_deletions,
    undo_leet,
)
from borgerpost.detect.fold import fold_str, is_ascii, is_starter, plain_latin, same_shape
from borgerpost.detect.masking import Edit, bang_edits, broken_deletions, unmask_edits
from borgerpost.detect.ocr import ell_for_i, hyphen_breaks
from borgerpost.detect.offsets import IndexMap, positions
from borgerpost.detect.repeats import collapse, doubled_spans, has_triple, stretch_spans
from borgerpost.detect.segment import Columns, sentences, word_columns

if TYPE_CHECKING:
    from borgerpost.detect.base import Document

# --- step 1: invisible characters -------------------------------------------------------

_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5"
    "\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff"
    "\uffa0\ufff0-\ufffb\U0001d173-\U0001d17a\U000e0000-\U000e0fff]+"
)


_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class Normalised:
    """Normalised text and, per character, the raw span [offsets[i], ends[i]) it came from."""

    raw: str
    text: str
    offsets: tuple[int, ...]
    ends: tuple[int, ...]

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """The raw span covering normalised ``[start, end)``."""
        if start >= end:
            pos = self.offsets[start] if start < len(self.offsets) else len(self.raw)
            return pos, pos
        return self.offsets[start], self.ends[end - 1]

    def capital_at(self, i: int) -> bool:
        """The raw character behind normalised position ``i`` is a capital letter."""
        return i < len(self.offsets) and self.raw[self.offsets[i] : self.ends[i]].isupper()

    def raw_slice(self, start: int, end: int) -> str:
        """The raw text behind normalised ``[start, end)``."""
        rs, re_ = self.to_raw(start, end)
        return self.raw[rs:re_]

    @cached_property
    def written_small(self) -> bool:
        """The raw text has no capital letter at all (an SMS writer's "hej mk. …"): read
        once per text, not per name hit."""
        return self.raw == self.raw.lower()

    @cached_property
    def capitals(self) -> tuple[int, int] | None:
        """Raw offsets of the first and the last capital letter, or None where there is
        none: read once per text, not per name hit (``staff_window`` asks whether a name
        holds the text's only capitals)."""
        raw = self.raw
        first = next((i for i, c in enumerate(raw) if c.isupper()), None)
        if first is None:
            return None
        last = next(i for i in range(len(raw) - 1, first - 1, -1) if raw[i].isupper())
        return first, last

    @cached_property
    def mixed_case(self) -> bool:
        """The writer uses capitals, but not only capitals: a name written small then says
        something (read once per text, not per name). A text whose sentences mostly start
        small ("hej kan jeg … mvh Sara") is written in lower case, whatever a signature says."""
        if self.written_small or self.raw == self.raw.upper():
            return False
        firsts = [c for c in map(self._first_letter, self.sentence_spans) if c]
        return not firsts or 2 * sum(c.isupper() for c in firsts) >= len(firsts)

    def _first_letter(self, span: tuple[int, int]) -> str:
        """The raw first letter of a sentence, or "" when it has none."""
        found = _LETTER.search(self.text, *span)
        return self.raw[self.offsets[found.start()]] if found else ""

    @cached_property
    def collapsed(self) -> Normalised:
        """Every run of one repeated letter cut to a single letter ("maaads" -> "mads")."""
        return _delete_spans(self, doubled_spans(self.text))

    @cached_property
    def collapsed_index(self) -> tuple[str, IndexMap]:
        """``collapse(self.text)``: collapsed text and, per character, its index in ``text``."""
        return collapse(self.text)

    @cached_property
    def words(self) -> list[Token]:
        """``tokens(self)``, computed once."""
        return list(map(_new_tuple, repeat(Token), zip(*self.columns, strict=True)))

    @cached_property
    def columns(self) -> Columns:
        """``word_columns(self)``, computed once: what the hot paths read."""
        return word_columns(self)

    @cached_property
    def sentence_spans(self) -> list[tuple[int, int]]:
        """``sentences(self)``, computed once."""
        return sentences(self)

    def sentence_index(self, pos: int) -> int | None:
        """The index of the sentence span holding normalised position ``pos``, or None
        between sentences; the spans are sorted and disjoint, so a bisection finds it (a
        scan per staff candidate made long texts cost quadratic time)."""
        spans = self.sentence_spans
        k = bisect_right(spans, pos, key=itemgetter(0)) - 1
        return k if k >= 0 and spans[k][0] <= pos < spans[k][1] else None


class Token(NamedTuple):
    """A word: its normalised text and span, and the raw span it came from (a NamedTuple:
    a text has dozens of words and these are built for every text)."""

    text: str
    start: int
    end: int
    raw_start: int
    raw_end: int

    @property
    def stem(self) -> str:
        return stem(self.text)


_new_tuple = tuple.__new__


def normalise(raw: str) -> Normalised:
    """Lower-case ``raw`` and undo evasion; never raises, whatever the input."""
    norm = _identity(raw, raw)
    norm = _delete_spans(norm, [m.span() for m in _INVISIBLE.finditer(raw)])
    norm = _fold(norm)
    norm = _delete_spans(norm, spaced_deletions(norm.text, norm.capital_at))
    norm = _substitute(norm, [(i, i + 1, "i") for i in bang_for_i(norm.text)])
    ell = capital_i_for_ell(raw, norm.raw_slice, norm.text)  # "kæIIing": "kælling"
    norm = _substitute(norm, [(i, i + 1, "l") for i in ell])
    # a leet digit that stands for no letter goes first ("k4niv": "kniv", round 108)
    norm = _delete_spans(norm, leet_padding(norm.text))
    leet = _undo_leet(norm)
    if leet is not norm:  # a leet digit read as a letter may complete a spaced run: "0_B"
        leet = _delete_spans(leet, spaced_deletions(leet.text, leet.capital_at))
    norm = leet
    norm = _substitute(norm, unmask_edits(norm.text))
    norm = _delete_spans(norm, broken_deletions(norm.text, protected_spans(norm.text)))
    norm = _substitute(norm, bang_edits(norm.text, protected_spans(norm.text)))
    norm = _substitute(norm, _emoji_edits(norm.text))
    # OCR repairs last, on letters as they will stay (a leet "0" before the hyphen is an "o")
    norm = _delete_spans(norm, hyphen_breaks(norm.text, norm.capital_at))
    norm = _substitute(norm, [(i, i + 1, "i") for i in ell_for_i(norm.text)])
    if not has_triple(norm.text):
        return norm
    repeats = stretch_spans(norm.text)
    protected = protected_spans(norm.text)
    if protected:
        repeats = [r for r in repeats if not any(s < r[1] and r[0] < e for s, e in protected)]
    norm = _delete_spans(norm, repeats, absorb=True)
    if repeats and ("*" in norm.text or "#" in norm.text):
        # a stretched masked word spells its listed word once cut ("shiii*" -> "shi*")
        norm = _substitute(norm, unmask_edits(norm.text))
    return norm


# Emoji that stand for a weapon, read as ", with <weapon>": the way they are used after a
# threat ("jeg finder dig 🔪"); pills and a grave read as the words. The comma keeps a name
# before the emoji at the end of its clause ("… henter dig Karen 🔪": Karen is spoken to),
# the spaces keep the words apart.
EMOJI_WORDS = {
    "🔪": ", med kniv ", "🗡": ", med kniv ", "⚔": ", med sværd ", "🔫": ", med pistol ",
    "🪓": ", med økse ",
    # pills and death: "sidste opslag herinde 💊💊🪦" says what the words leave out
    "💊": " piller ", "🪦": " gravsten ", "⚰": " kiste ",
}  # fmt: skip  (a bomb 💣 also says "wow" and stays unread)
_EMOJI = re.compile("|".join(EMOJI_WORDS))


def _emoji_edits(text: str) -> list[Edit]:
    if text.isascii():
        return []
    return [(m.start(), m.end(), EMOJI_WORDS[m.group()]) for m in _EMOJI.finditer(text)]


def ensure_normalised(doc: Document) -> Normalised:
    """The normalised text of ``doc``, computed once and kept in ``doc.data["normalised"]``."""
    norm = doc.data.get("normalised")
    if not isinstance(norm, Normalised) or norm.raw != doc.raw:
        norm = normalise(doc.raw)
        doc.data["normalised"] = norm
    return norm


def tokens(norm: Normalised) -> list[Token]:
    """Word tokens (letters and digits) of the normalised text, with their raw spans."""
    return list(map(_new_tuple, repeat(Token), zip(*word_columns(norm), strict=True)))


@lru_cache(maxsize=1)
def _stemmer() -> object:
    import snowballstemmer

    return snowballstemmer.stemmer("danish")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Danish Snowball stem of one lower-case word (cached: texts repeat their words)."""
    return str(_stemmer().stemWord(word))  # type: ignore[attr-defined]


# --- offset bookkeeping -----------------------------------------------------------------


def _identity(raw: str, text: str) -> Normalised:
    n = len(text)
    return Normalised(raw, text, positions(0, n), positions(1, n + 1))


def _delete_spans(
    norm: Normalised, spans: list[tuple[int, int]], *, absorb: bool = False
) -> Normalised:
    """Drop the characters in ``spans`` (sorted, disjoint) from text and maps alike. With
    ``absorb`` the character before each span keeps its raw text too: a letter cut from
    "døøøø" still quotes all of the run."""
    if not spans:
        return norm
    if absorb:
        stretched = list(norm.ends)
        for s, e in spans:
            if s > 0:
                stretched[s - 1] = norm.ends[e - 1]
        norm = Normalised(norm.raw, norm.text, norm.offsets, tuple(stretched))
    keep: list[tuple[int, int]] = []
    pos = 0
    for s, e in spans:
        if s > pos:
            keep.append((pos, s))
        pos = e
    if pos < len(norm.text):
        keep.append((pos, len(norm.text)))
    text = "".join(norm.text[s:e] for s, e in keep)
    offsets = tuple(chain.from_iterable(norm.offsets[s:e] for s, e in keep))
    ends = tuple(chain.from_iterable(norm.ends[s:e] for s, e in keep))
    return Normalised(norm.raw, text, offsets, ends)


def _substitute(norm: Normalised, edits: list[Edit]) -> Normalised:
    """Replace each span of ``edits`` (sorted, disjoint) by its letters; every letter put in
    maps to the raw span of the characters it replaces."""
    if not edits:
        return norm
    text: list[str] = []
    offsets: list[int] = []
    ends: list[int] = []
    pos = 0
    for s, e, letters in edits:
        text.append(norm.text[pos:s])
        offsets.extend(norm.offsets[pos:s])
        ends.extend(norm.ends[pos:s])
        text.append(letters)
        offsets.extend([norm.offsets[s]] * len(letters))
        ends.extend([norm.ends[e - 1]] * len(letters))
        pos = e
    text.append(norm.text[pos:])
    offsets.extend(norm.offsets[pos:])
    ends.extend(norm.ends[pos:])
    return Normalised(norm.raw, "".join(text), tuple(offsets), tuple(ends))


# --- step 2: NFKC, lower case, homoglyphs -----------------------------------------------


def _fold(norm: Normalised) -> Normalised:
    text = norm.text
    if text.isascii() or plain_latin().fullmatch(text):
        return Normalised(norm.raw, text.lower(), norm.offsets, norm.ends)
    folded = fold_str(text)
    if len(folded) == len(text) and fold_str(folded) == folded and same_shape(text, folded):
        return Normalised(norm.raw, folded, norm.offsets, norm.ends)
    for boundary in (is_starter, is_ascii):
        result = _fold_segments(norm, boundary)
        if fold_str(result.text) == result.text:
            return result
    folded = fold_str(text)
    n = len(folded)
    first = norm.offsets[0] if norm.offsets else 0
    last = norm.ends[-1] if norm.ends else 0
    return Normalised(norm.raw, folded, (first,) * n, (last,) * n)


def _fold_segments(norm: Normalised, boundary: object) -> Normalised:
    """Fold segment by segment; each output character maps to its whole segment."""
    text, parts, offsets, ends = norm.text, [], [], []
    starts = [i for i, c in enumerate(text) if i == 0 or boundary(c)]  # type: ignore[operator]
    for k, s in enumerate(starts):
        e = starts[k + 1] if k + 1 < len(starts) else len(text)
        out = fold_str(text[s:e])
        parts.append(out)
        offsets.extend([norm.offsets[s]] * len(out))
        ends.extend([norm.ends[e - 1]] * len(out))
    return Normalised(norm.raw, "".join(parts), tuple(offsets), tuple(ends))


# --- step 4: leetspeak (the rules are in evasion.py) ------------------------------------


def _undo_leet(norm: Normalised) -> Normalised:
    text = undo_leet(norm.text)
    if text == norm.text:
        return norm
    out = Normalised(norm.raw, text, norm.offsets, norm.ends)
    # "0" + a combining mark becomes "o" + mark, which NFKC would compose: fold again.
    return out if text.isascii() else _fold(out)
