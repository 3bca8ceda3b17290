"""A word-level view of one document that the label rules match against.

The normalised text becomes a string of space-separated words, ``" jeg ved hvor du bor "``,
with three substitutions that let rules speak about roles instead of spellings:

* every staff mention (from the staff matcher) is one word, ``@staff`` — or ``@staffs`` for a
  genitive ("Ulla Rasmussens bil") — so a rule says ``@staff skal bløde`` once for every
  register, every alias and every evasion spelling;
* the pronoun "I" (you, plural) is ``I``, while the preposition "i" stays ``i``; the two
  differ only in the raw capital letter, which normalising removes;
* sentences are separated by a ``¶`` word, which rule gaps never cross.

Each word keeps its span in the normalised text, so a match maps back to RAW offsets
through ``Normalised.to_raw``. The view is built once per document (``ensure_view``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property

from borgerpost.detect.base import Document
from borgerpost.detect.context import PipelineContext
from borgerpost.detect.normalise import Normalised, Token, ensure_normalised
from borgerpost.detect.staff import StaffMention, ensure_staff

STAFF = "@staff"
STAFF_GENITIVE = "@staffs"
SENTENCE = "¶"
YOU_PLURAL = "I"

# After the preposition "i" at the start of a sentence ("I går", "I morgen", "I forhold til").
_PREPOSITION_FOLLOWERS = frozenset(
    "går morgen morges dag dags aften aftes nat weekenden weekend år fjor sommer vinter "  # noqa: SIM905
    "foråret efteråret sommers løbet forbindelse forhold henhold stedet starten slutningen "
    "begyndelsen mellemtiden øvrigt alt alle mange flere lang lige sidste næste denne dette "
    "min mit mine din dit dine hans hendes vores jeres deres en et den det de januar "
    "februar marts april maj juni juli august september oktober november december mandags "
    "tirsdags onsdags torsdags fredags lørdags søndags ugen ugens uge princippet praksis "
    "virkeligheden".split()
)
_CLAUSE_PUNCT = re.compile(r"[,;:()\[\]\"“”«»–—]|\s-\s")


@dataclass(frozen=True)
class TokenView:
    """Words of a document with spans, sentence numbers and the match string."""

    norm: Normalised
    words: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]  # normalised [start, end) per word
    sentence: tuple[int, ...]  # sentence number per word
    clause_break: tuple[bool, ...]  # punctuation between word i-1 and word i
    mentions: dict[int, StaffMention]  # word index -> staff mention (for @staff words)

    @cached_property
    def string(self) -> str:
        """``" w0 w1 … wn ¶ "``: each word preceded by one space; a final ``¶`` lets a rule
        say "at the end of the text" the way it says "at the end of a sentence"."""
        return " " + " ".join(self.words) + f" {SENTENCE} "

    @cached_property
    def starts(self) -> tuple[int, ...]:
        """Offset in ``string`` of each word's first character."""
        out, pos = [], 1
        for word in self.words:
            out.append(pos)
            pos += len(word) + 1
        return tuple(out)

    def word_at(self, offset: int) -> int:
        """Index of the word that contains (or starts right after) ``string`` ``offset``."""
        return max(0, bisect_right(self.starts, offset) - 1)

    def words_in(self, start: int, end: int) -> tuple[int, int]:
        """First and last word index of the ``string`` slice ``[start, end)`` of a match."""
        return self.word_at(start + 1), self.word_at(end - 1)

    def raw_span(self, first: int, last: int) -> tuple[int, int]:
        """Raw offsets covering words ``first..last``."""
        return self.norm.to_raw(self.spans[first][0], self.spans[last][1])

    def word_at_raw(self, pos: int) -> int:
        """Index of the first word whose raw span ends after raw offset ``pos``."""
        for i, word in enumerate(self.words):
            if word != SENTENCE and pos < self.raw_span(i, i)[1]:
                return i
        return max(0, len(self.words) - 1)

    def sentence_window(self, index: int, next_too: bool = False) -> tuple[int, int]:
        """``string`` bounds of the sentence of word ``index`` (with the ``¶`` after it, and
        with the next sentence too when ``next_too``): where a pattern can match."""
        words = self.sentence_words(index)
        last = words[-1]
        if next_too and last + 2 < len(self.words):
            last = self.sentence_words(last + 2)[-1]
        return self.starts[words[0]] - 1, self.starts[last] + len(self.words[last]) + 3

    def sentence_words(self, index: int) -> range:
        """Indices of the words of the sentence that word ``index`` belongs to."""
        return self._sentence_of_word[index]

    @cached_property
    def _sentence_of_word(self) -> list[range]:
        """Per word index, the range of its sentence (a ``¶`` is its own one-word range)."""
        out: list[range] = []
        for sentence in self.sentence_ranges():
            while len(out) < sentence.start:
                out.append(range(len(out), len(out) + 1))  # the ¶ before this sentence
            out.extend([sentence] * len(sentence))
        while len(out) < len(self.words):
            out.append(range(len(out), len(out) + 1))
        return out

    def sentence_ranges(self) -> list[range]:
        """Every sentence as a range of word indices (separators excluded)."""
        out: list[range] = []
        start = 0
        for i, word in enumerate((*self.words, SENTENCE)):
            if word == SENTENCE:
                if i > start:
                    out.append(range(start, i))
                start = i + 1
        return out

    def is_question(self, sentence: range) -> bool:
        """True when the sentence ends with a question mark."""
        if not sentence:
            return False
        end = self.spans[sentence[-1]][1]
        tail = self.norm.text[end : end + 4]
        return tail.lstrip().startswith("?")


def build_view(norm: Normalised, mentions: list[StaffMention]) -> TokenView:
    """Turn normalised text and staff mentions into a ``TokenView``."""
    return _Builder(norm, mentions).build()


class _Builder:
    """One pass over the tokens: mentions folded into ``@staff``, ``¶`` between sentences."""

    def __init__(self, norm: Normalised, mentions: list[StaffMention]) -> None:
        self.norm = norm
        self.mentions = sorted(mentions, key=lambda m: m.norm_start)
        self.sentence_ends = [e for _, e in norm.sentence_spans]
        self.words: list[str] = []
        self.spans: list[tuple[int, int]] = []
        self.sentence: list[int] = []
        self.breaks: list[bool] = []
        self.found: dict[int, StaffMention] = {}
        self._number = 0
        self._last = -1  # sentence number of the last word added
        self._puncts = [m.start() for m in _CLAUSE_PUNCT.finditer(norm.text)]

    def build(self) -> TokenView:
        tokens = self.norm.words
        k = m = 0
        while k < len(tokens):
            tok = tokens[k]
            while m < len(self.mentions) and self.mentions[m].norm_end <= tok.start:
                m += 1
            mention = self.mentions[m] if m < len(self.mentions) else None
            if mention is not None and mention.norm_start <= tok.start:
                self._add(STAFF_GENITIVE if _genitive(self.norm, mention) else STAFF,
                          mention.norm_start, mention.norm_end, mention)  # fmt: skip
                while k < len(tokens) and tokens[k].start < mention.norm_end:
                    k += 1
                m += 1
                continue
            following = tokens[k + 1].text if k + 1 < len(tokens) else ""
            start_of_sentence = self._sentence_of(tok.start) != self._last
            self._add(_word(self.norm, tok, start_of_sentence, following), tok.start, tok.end)
            k += 1
        return TokenView(self.norm, tuple(self.words), tuple(self.spans), tuple(self.sentence),
                         tuple(self.breaks), self.found)  # fmt: skip

    def _add(self, word: str, start: int, end: int, mention: StaffMention | None = None) -> None:
        number = self._sentence_of(start)
        brk = True
        if self.words:
            if number != self._last:
                self.words.append(SENTENCE)
                self.spans.append((start, start))
                self.sentence.append(-1)
                self.breaks.append(True)
            else:
                brk = self._punct(self.spans[-1][1], start)
        if mention is not None:
            self.found[len(self.words)] = mention
        self.words.append(word)
        self.spans.append((start, end))
        self.sentence.append(number)
        self.breaks.append(brk)
        self._last = number

    def _sentence_of(self, pos: int) -> int:
        """Sentence number of ``pos``; positions only grow, so the pointer only moves on."""
        ends = self.sentence_ends
        while self._number < len(ends) - 1 and pos >= ends[self._number]:
            self._number += 1
        return self._number

    def _punct(self, prev_end: int, start: int) -> bool:
        """Punctuation between two words ("," ";" ":" "–" brackets quotes) = a clause break."""
        if start - prev_end == 1 and self.norm.text[prev_end] == " ":
            return False
        k = bisect_left(self._puncts, prev_end)
        return k < len(self._puncts) and self._puncts[k] < start


def ensure_view(doc: Document, context: PipelineContext) -> TokenView:
    """The ``TokenView`` of ``doc``, built once and kept in ``doc.data["view"]``."""
    view = doc.data.get("view")
    if not isinstance(view, TokenView):
        norm = ensure_normalised(doc)
        view = build_view(norm, ensure_staff(doc, context.staff_matcher))
        doc.data["view"] = view
    return view


def _genitive(norm: Normalised, mention: StaffMention) -> bool:
    text = norm.text[mention.norm_start : mention.norm_end]
    if text.endswith("'s"):
        return True
    names = [mention.member.name, *mention.member.aliases]
    ends_in_s = any(n.lower().rstrip(".").endswith("s") for n in names)
    return text.endswith("s") and not ends_in_s


def _word(norm: Normalised, tok: Token, sentence_start: bool, following: str) -> str:
    """The word as it goes into the view: ``I`` for the plural pronoun, else as is."""
    if tok.text != "i" or norm.raw[tok.raw_start : tok.raw_end] != "I":
        return tok.text
    if not sentence_start:
        return YOU_PLURAL
    return "i" if following in _PREPOSITION_FOLLOWERS else YOU_PLURAL
