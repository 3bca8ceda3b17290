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
from itertools import accumulate
from operator import add

from borgerpost.detect.base import Document
from borgerpost.detect.context import PipelineContext
from borgerpost.detect.normalise import Normalised, ensure_normalised
from borgerpost.detect.pronoun_i import pronoun_or_preposition, shouted
from borgerpost.detect.staff import StaffMention, ensure_staff

STAFF = "@staff"
STAFF_GENITIVE = "@staffs"
SENTENCE = "¶"

# Quick spellings that stand for one word everywhere: negation and cues see "ikke"
SHORT_FORMS = {"ik": "ikke", "ikk": "ikke", "ike": "ikke"}
# A clause break: one of these characters, or a dash between spaces (see clause_punctuation).
CLAUSE_PUNCT = re.compile(r"[,;:()\[\]\"“”«»–—]|\s-\s")
_PUNCT_CHAR = re.compile(r"[,;:()\[\]\"“”«»–—]")


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
    def lowered(self) -> tuple[str, ...]:
        """The words in lower case, for rules that read a word's meaning, not its role: the
        normaliser lowers the text, so only the pronoun ``I`` differs from ``words``."""
        return tuple(word.lower() for word in self.words)

    @cached_property
    def starts(self) -> tuple[int, ...]:
        """Offset in ``string`` of each word's first character: 1 + the lengths of the words
        before it + one space for each of them."""
        before = accumulate(map(len, self.words), initial=1)
        return tuple(map(add, before, range(len(self.words))))

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
        indices, raw_ends = self._raw_ends
        k = bisect_right(raw_ends, pos)
        return indices[k] if k < len(indices) else max(0, len(self.words) - 1)

    @cached_property
    def _raw_ends(self) -> tuple[list[int], list[int]]:
        """Index and raw end of every word but ``¶``, for ``word_at_raw``. Raw ends never
        decrease (the normaliser keeps its offset map in order), so a bisection finds the
        first that ends after a position."""
        indices = [i for i, word in enumerate(self.words) if word != SENTENCE]
        return indices, [self.raw_span(i, i)[1] for i in indices]

    def sentence_window(self, index: int, next_too: bool = False) -> tuple[int, int]:
        """``string`` bounds of the sentence of word ``index`` (with the ``¶`` after it):
        where a pattern can match. With ``next_too`` (a pattern that crosses a ``¶``) the
        sentences before and after are added: its anchor word may be in either part."""
        words = self.sentence_words(index)
        first, last = words[0], words[-1]
        if next_too:
            if last + 2 < len(self.words):
                last = self.sentence_words(last + 2)[-1]
            if first >= 2:
                first = self.sentence_words(first - 2)[0]
        return self.starts[first] - 1, self.starts[last] + len(self.words[last]) + 3

    def anchor_windows(self, index: int) -> tuple[tuple[int, int], tuple[int, int]]:
        """``sentence_window`` of word ``index`` without and with the next sentence, kept:
        every cue set asks for the windows of the same few anchor words."""
        memo = self._anchor_windows
        found = memo.get(index)
        if found is None:
            found = memo[index] = (self.sentence_window(index), self.sentence_window(index, True))
        return found

    @cached_property
    def _anchor_windows(self) -> dict[int, tuple[tuple[int, int], tuple[int, int]]]:
        return {}

    def window_words(self, window: tuple[int, int]) -> frozenset[str]:
        """The words of the ``string`` window ``(lo, hi)``, one more on each side (a
        superset is safe for what it serves: ruling out a pattern whose words are absent)."""
        found = self._window_words.get(window)
        if found is None:
            lo, hi = window
            first = max(0, self.word_at(lo + 1) - 1)
            found = frozenset(self.words[first : self.word_at(hi - 1) + 2])
            self._window_words[window] = found
        return found

    @cached_property
    def _window_words(self) -> dict[tuple[int, int], frozenset[str]]:
        return {}

    @cached_property
    def memo(self) -> dict[object, object]:
        """Results that several detectors need from this view (a ``CueIndex`` scan), keyed
        by whoever computed them: the view is built once per text and read by all."""
        return {}

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
        """Every sentence as a range of word indices (separators excluded); the ``¶`` words
        are found with ``list.index``, not a loop over every word."""
        words = [*self.words, SENTENCE]
        out: list[range] = []
        start = 0
        while start < len(words):
            end = words.index(SENTENCE, start)
            if end > start:
                out.append(range(start, end))
            start = end + 1
        return out

    def is_question(self, sentence: range) -> bool:
        """True when the sentence ends with a question mark."""
        if not sentence:
            return False
        end = self.spans[sentence[-1]][1]
        # probe round 69: a closing bracket or quote may stand before the mark ("(arabisk)?")
        tail = self.norm.text[end : end + 8]
        return tail.lstrip(" )]}\"'»”’").startswith("?")


# The heading of a public letter as a text's first word ("Læserbrev: …", "Debatindlæg")
PUBLIC_LETTER = frozenset(("læserbrev", "laeserbrev", "debatindlæg", "debatindlaeg", "kronik"))


def opens_as_public_letter(view: TokenView) -> bool:
    """The text is headed as a public letter: it tells the readers, it acts in no case."""
    return bool(view.words) and view.words[0] in PUBLIC_LETTER


def build_view(norm: Normalised, mentions: list[StaffMention]) -> TokenView:
    """Turn normalised text and staff mentions into a ``TokenView``.

    Built column by column (words, spans, sentence numbers, clause breaks) with slices,
    bisection and a few insertions rather than word by word: every text goes through here,
    and a per-word Python loop was a tenth of the whole engine's time.
    """
    items = _Items(norm, sorted(mentions, key=lambda m: m.norm_start))
    starts = items.starts
    numbers = _sentence_numbers(norm, starts)
    words = items.words(norm, numbers)
    spans = list(zip(starts, items.ends, strict=True))
    breaks = _clause_breaks(norm, starts, items.ends)
    first_of = [bisect_left(numbers, n) for n in sorted(set(numbers))]
    for a in first_of:
        breaks[a] = True  # a sentence's first word starts a clause
    found = {i + bisect_right(first_of, i) - 1: m for i, m in items.mentions.items()}
    for a in reversed(first_of[1:]):  # a ¶ word between sentences
        words.insert(a, SENTENCE)
        spans.insert(a, (starts[a], starts[a]))
        numbers.insert(a, -1)
        breaks.insert(a, True)
    return TokenView(norm, tuple(words), tuple(spans), tuple(numbers), tuple(breaks), found)


class _Items:
    """The view's words before sentence marks go in: each token, except that the tokens a
    staff mention covers become one ``@staff`` item (columns, in text order)."""

    def __init__(self, norm: Normalised, mentions: list[StaffMention]) -> None:
        tokens = norm.columns
        self.tokens = tokens
        texts, starts, ends = tokens.texts, tokens.starts, tokens.ends
        if not mentions:
            self.texts, self.starts, self.ends = list(texts), list(starts), list(ends)
            self.token_index: list[int] = list(range(len(texts)))
            self.mentions: dict[int, StaffMention] = {}
            return
        self.texts, self.starts, self.ends, self.token_index, self.mentions = [], [], [], [], {}
        k = m = 0
        while k < len(texts):
            while m < len(mentions) and mentions[m].norm_end <= starts[k]:
                m += 1
            nxt = len(texts)
            if m < len(mentions):
                nxt = bisect_left(starts, mentions[m].norm_start, lo=k)
            if nxt > k:  # plain tokens up to the next mention
                self._tokens(texts, starts, ends, k, nxt)
                k = nxt
                continue
            mention = mentions[m]  # it covers this token: one item for all it covers
            self.mentions[len(self.starts)] = mention
            self.texts.append("")
            self.starts.append(mention.norm_start)
            self.ends.append(mention.norm_end)
            self.token_index.append(-1)
            k = bisect_left(starts, mention.norm_end, lo=k)
            m += 1

    def _tokens(self, texts: list[str], starts: list[int], ends: list[int], a: int, b: int) -> None:
        self.texts += texts[a:b]
        self.starts += starts[a:b]
        self.ends += ends[a:b]
        self.token_index += range(a, b)

    def words(self, norm: Normalised, numbers: list[int]) -> list[str]:
        """The word of each item: ``@staff``/``@staffs``, ``I`` for the plural pronoun,
        "ikke" for its quick spellings ("ik", "ikk"), else the token text."""
        tokens, index, words = self.tokens, self.token_index, self.texts
        if not SHORT_FORMS.keys().isdisjoint(words):
            words[:] = [SHORT_FORMS.get(w, w) for w in words]
        for i, mention in self.mentions.items():
            words[i] = STAFF_GENITIVE if _genitive(norm, mention) else STAFF
        i = -1
        while True:
            try:
                i = words.index("i", i + 1)
            except ValueError:
                return words
            k = index[i]
            following = tokens.texts[k + 1] if k + 1 < len(tokens.texts) else ""
            start_of_sentence = i == 0 or numbers[i] != numbers[i - 1]
            raw = norm.raw[tokens.raw_starts[k] : tokens.raw_ends[k]]
            if raw == "I" and shouted(norm, tokens.raw_starts, tokens.raw_ends, k):
                raw = "i"  # "SATAN I HELVEDE": a capital says nothing in shouted text
            before = words[i - 1] if i > 0 and not start_of_sentence else ""
            # probe round 267: a capital after a colon opens a clause as a sentence does
            # ("Det står fast: I aften ringer jeg til lægen"), so "I aften" is the time there
            after_colon = k > 0 and ":" in norm.raw[tokens.raw_ends[k - 1] : tokens.raw_starts[k]]
            opens = start_of_sentence or after_colon
            then = tokens.texts[k + 2] if k + 2 < len(tokens.texts) else ""
            words[i] = pronoun_or_preposition(raw, opens, following, before, then)


def _sentence_numbers(norm: Normalised, starts: list[int]) -> list[int]:
    """Sentence number of each item start (the last sentence takes anything after it):
    one bisection per sentence end, not one per word."""
    ends = [e for _, e in norm.sentence_spans]
    numbers: list[int] = []
    done = 0
    for number, end in enumerate(ends):
        first_after = bisect_left(starts, end)
        numbers += [number] * (first_after - done)
        done = max(done, first_after)
    numbers += [max(len(ends) - 1, 0)] * (len(starts) - done)
    return numbers


def _clause_breaks(norm: Normalised, starts: list[int], ends: list[int]) -> list[bool]:
    """Per item: punctuation ("," ";" ":" "–" brackets quotes) between it and the item
    before (the first item always starts a clause). Each punctuation mark is placed by
    bisection: texts have far fewer marks than words."""
    if not starts:
        return []
    breaks = [True] + [False] * (len(starts) - 1)
    for pos in clause_punctuation(norm.text):
        k = bisect_right(starts, pos)
        if 0 < k < len(starts) and ends[k - 1] <= pos:
            breaks[k] = True
    return breaks


def clause_punctuation(text: str) -> list[int]:
    """Where ``CLAUSE_PUNCT`` matches in ``text`` (the starts ``finditer`` gives), found
    with a plain character class plus a ``find`` loop for the rare " - ": the regex's
    whitespace alternative made the engine try a match at every space."""
    found = [m.start() for m in _PUNCT_CHAR.finditer(text)]
    if "-" not in text:
        return found
    dashes, last = [], -1
    i = text.find("-", 1)
    while 0 < i < len(text) - 1:
        if i - 1 >= last and text[i - 1].isspace() and text[i + 1].isspace():
            dashes.append(i - 1)
            last = i + 2  # a match takes three characters: the next may not overlap it
        i = text.find("-", i + 1)
    return sorted(found + dashes) if dashes else found


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
    if text.endswith(("'s", "s'", "s’")):
        return True  # "Per's", "Mogens' afgørelse": an apostrophe marks the genitive
    if not text.endswith("s"):
        return False
    # the name itself ends in s ("Mogens", "Lars Bruus"): no genitive -s. Only the form the
    # mention was written in counts: initials "ES" do not make "Ebba Stenstrups" a bare name
    names = [mention.member.name, *mention.member.aliases]
    own_s = {w for n in names for w in n.lower().replace(".", " ").split() if w.endswith("s")}
    written = text.lower()
    return not any(written.endswith(word) for word in own_s)
