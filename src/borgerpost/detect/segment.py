"""Words and sentences of a normalised text: the columns every detector reads, and the
sentence spans that bound cue windows, negation and staff cues.

Split out of ``normalise`` because it is a step of its own: normalising decides which
characters the text holds, segmenting where its words and sentences are.
"""

from __future__ import annotations

import re
from itertools import accumulate, compress, repeat
from operator import add
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from borgerpost.detect.normalise import Normalised

_MARKS = "\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
# A word keeps its combining marks, so a token never cuts a letter from its accent.
_WORD = re.compile(f"[^\\W_](?:[^\\W_]|[{_MARKS}])*")
_PLAIN_WORD = re.compile(r"[^\W_]+")
_WORD_SPLIT = re.compile(f"({_WORD.pattern})")
_PLAIN_SPLIT = re.compile(f"({_PLAIN_WORD.pattern})")
_W_SPLIT = re.compile(r"(\w+)")
_ANY_MARK = re.compile(f"[{_MARKS}]")


class Columns(NamedTuple):
    """The words of a text as parallel lists, one per ``Token`` field. Detectors on the
    hot path read these, so most texts never build a ``Token`` object at all."""

    texts: list[str]
    starts: list[int]
    ends: list[int]
    raw_starts: list[int]
    raw_ends: list[int]


def word_columns(norm: Normalised) -> Columns:
    """What ``tokens`` gives, column by column, computed without a Python loop."""
    text = norm.text
    found = _latin1_words(text)
    if found is None:
        found = _regex_words(text)
    texts, starts, ends = found
    raw_starts = list(map(norm.offsets.__getitem__, starts))
    raw_ends = list(map(norm.ends.__getitem__, map(add, ends, repeat(-1))))
    return Columns(texts, starts, ends, raw_starts, raw_ends)


# Latin-1 bytes that are letters or digits keep their value, every other byte becomes a space
_LATIN1_WORD_BYTES = bytes(b if chr(b).isalnum() else 0x20 for b in range(256))


def _latin1_words(text: str) -> tuple[list[str], list[int], list[int]] | None:
    r"""Words, starts and ends of a text that Latin-1 encodes (nearly every Danish text),
    found with ``bytes.translate`` and ``split``: each byte is one character, so byte
    offsets are character offsets. None for any other text. ``isalnum`` is what
    ``[^\W_]`` matches."""
    try:
        data = text.encode("latin-1")
    except UnicodeEncodeError:
        return None
    parts = data.translate(_LATIN1_WORD_BYTES).split(b" ")
    # every part is followed by one separator byte: a part's start is the lengths before it
    bounds = accumulate(map(add, map(len, parts), repeat(1)), initial=0)
    starts = list(compress(bounds, parts))
    ends = list(map(add, starts, map(len, filter(None, parts))))
    return list(map(text.__getitem__, map(slice, starts, ends))), starts, ends


def _regex_words(text: str) -> tuple[list[str], list[int], list[int]]:
    """The general case: the text split at its words (separators and words alternate),
    offsets summed from the lengths."""
    if _ANY_MARK.search(text):
        parts = _WORD_SPLIT.split(text)
    else:  # without "_", [^\W_]+ is \w+, which the regex engine scans faster
        parts = (_PLAIN_SPLIT if "_" in text else _W_SPLIT).split(text)
    bounds = list(accumulate(map(len, parts), initial=0))
    return parts[1::2], bounds[1:-1:2], bounds[2::2]


_SENTENCE_END = re.compile(r"[.!?]+[\"'”»«’]?(?=\s)|\n\s*")  # a closing quote may follow
_ABBREVIATIONS = frozenset(
    "kl nr ca hr fr dr tlf jf mv bl f eks evt inkl ift pga osv st th tv mf vh obs att vedr d dvs "  # noqa: SIM905
    "mht ifm iflg ang pkt stk "
    # place names: "Sdr. Omme", "Ndr. Strandvej", "Gl. Kongevej", "Ll. Næstved", "Skt. Hans"
    "sdr ndr gl ll skt sct".split()
)


def sentences(norm: Normalised) -> list[tuple[int, int]]:
    """Sentence spans of the normalised text (split at . ! ? before a capital, and newlines).

    A full stop after a number or a common abbreviation ("kl. 14", "3. marts", "hr. Jensen")
    or before a lower-case word does not end a sentence; capitalisation is read from ``raw``.
    A text written all in lower case ("ok. ring mig. tak") has no capitals to go by: there
    a full stop before a word ends the sentence. So does a full stop in a text whose writer
    opens no sentence with a capital, though a name or a country in it has one
    (``_opens_small``); a question or exclamation mark there still goes on before a small
    word ("hvad? nej …" may be one thought, and the name a caseworker's question points to,
    "kan jeg skifte sagsbehandler? mig og Mette …", stays in its sentence).
    """
    text, spans, start = norm.text, [], 0
    uncased = norm.raw.islower()
    small = not uncased and _opens_small(norm.raw)
    for m in _SENTENCE_END.finditer(text):
        mark = m.group()
        if not mark.startswith("\n") and not _ends_sentence(
            norm, m.start(), m.end(), uncased or (small and mark.startswith("."))
        ):
            continue
        if text[start : m.start()].strip():
            spans.append((start, m.end()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


# Where a sentence may open in the raw text: its start, after a line break, after . ! ? (a
# closing quote may follow) and a space; the group is the first letter there
_OPENING = re.compile(r"(?:\A|\n|[.!?]+[\"'”»«’]?\s)\s*([^\W\d_])")


def _opens_small(raw: str) -> bool:
    """The writer opens every sentence with a small letter, and at least one after a stop,
    while a capital stands elsewhere: "jeg kan ikke mere. jeg har ringet til Aarhus. hjælp"
    reads as three sentences, as it would with no capital at all. Probe round 251: such a text
    was one long sentence, and a sign that needs its sentence to end there ("jeg ønsker at
    dø." with more sentences after it) was lost. One capital opening (an abbreviation before
    a name too, "hr. Jensen") keeps the cased reading."""
    letters = [m.group(1) for m in _OPENING.finditer(raw)]
    return len(letters) > 1 and not any(c.isupper() for c in letters)


_SPACE = re.compile(r"\s*")
_HOUR_WORD = re.compile(r"\b(?:kl\.?|klokken)\s*$")
_LAST_WORD = re.compile(r"(\w+)$")
_WORD_RUN = re.compile(r"\w+")


def _ends_sentence(norm: Normalised, stop: int, after: int, uncased: bool = False) -> bool:
    text = norm.text
    nxt = _SPACE.match(text, after).end()  # type: ignore[union-attr]
    if nxt >= len(text):
        return True
    word = _last_word(text, max(0, stop - 30), stop)
    raw_next = norm.raw[norm.offsets[nxt] : norm.ends[nxt]]
    if word in _ABBREVIATIONS:
        return False
    if _initial_before_name(norm, stop, word, raw_next, nxt):
        return False
    if word.isdigit():
        # "3. marts", "2. sal": an ordinal goes on; a time or an amount ("kl. 8.00.", "12,50.")
        # ends the sentence where a capital follows
        clock = stop - len(word) - 1 >= 0 and text[stop - len(word) - 1] in ".:,"
        # "… fra 2021. Der er sket meget": a year is no ordinal, a capital opens a sentence;
        # so is an hour ("henter hende kl. 16. Måske …")
        year = len(word) == 4 and word[:2] in ("19", "20")
        hour = _HOUR_WORD.search(text, max(0, stop - len(word) - 10), stop - len(word)) is not None
        return (clock or year or hour) and raw_next[:1].isupper()
    return uncased or not raw_next[:1].islower()


# Words that open a new sentence after a one-letter word and a full stop ("plan B. Det …"),
# where a surname would follow an initial ("M. Storm", "J. Hansen")
_SENTENCE_OPENERS = frozenset(
    "det den der de dem jeg du han hun vi i men og så nu hvis når da hvad hvem hvor hvorfor "  # noqa: SIM905
    "hvordan hvornår kan vil skal må er har var tak mvh hej ja nej derfor desuden også min "
    "mit mine din dit dine hans hendes vores jeres deres en et alle ingen mange jo hermed "
    "venlig med til efter før dag".split()
)


def _initial_before_name(norm: Normalised, stop: int, word: str, raw_next: str, nxt: int) -> bool:
    """A capital letter alone before the stop and a capitalised word after it that opens
    no sentence: an initial before a surname ("M. Storm er …"), not a sentence end."""
    if len(word) != 1 or not word.isalpha() or not norm.capital_at(stop - 1):
        return False
    if not raw_next[:1].isupper():
        return False
    following = _WORD_RUN.match(norm.text, nxt)
    return following is not None and following.group() not in _SENTENCE_OPENERS


def _last_word(text: str, start: int, stop: int) -> str:
    r"""What ``_LAST_WORD.search(text, start, stop)`` captures ("" for no match): the word
    characters right before ``stop``. Read from the reversed window, because a search for
    ``(\w+)$`` tries every start position in it."""
    if stop > start and text[stop - 1] == "\n":  # "$" also matches before a final newline
        m = _LAST_WORD.search(text, start, stop)
        return m.group(1) if m else ""
    run = _WORD_RUN.match(text[start:stop][::-1])
    return run.group()[::-1] if run else ""
