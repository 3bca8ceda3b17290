"""The evasion steps that need most care, as pure string functions.

``spaced_deletions`` finds the separators to drop where letters are typed one by one;
``bang_for_i`` finds a "!" typed for an "i" inside a word; ``leet_padding`` finds a leet digit
put in as padding ("k4niv"); ``undo_leet`` swaps leet digits and symbols for letters inside
words. The normaliser (``normalise.py``) applies them and keeps the offset map; it stays exact
because each step only deletes or only substitutes one character for one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from borgerpost.detect import lexicon

# --- letters spaced out ---------------------------------------------------------

# A letter, a leet digit or sign, or any digit ("n r  2 7": a house number spaced out too;
# a run of digits alone is never joined, ``_is_spaced_word`` wants letters)
_SINGLE = r"(?:[^\W_]|[@$])"
# A run: single characters joined by ONE kind of separator ("k i r", "s-v-i-n", "o.s.v").
# A character that starts a run of ANOTHER separator stays out ("I s.v.i.n": the dotted "svin",
# not "Is" + "vin"; probe round 144).
_NOT_OTHER_RUN = r"(?!(?!\1)[.\-_*][\w@$](?![\w@$]))"
_RUN = re.compile(
    rf"(?<![\w@$]){_SINGLE}(?:([ .\-_*]){_SINGLE}{_NOT_OTHER_RUN}"
    rf"(?:\1{_SINGLE}{_NOT_OTHER_RUN})*)?(?![\w@$])"
)
_WORD_GAP = re.compile(r" {2,}")
_STEM_BEFORE = re.compile(r"(?<![\w@$])[^\W\d_]{2,}\Z")
# cheap pre-check: two single characters joined by a separator (every run starts so)
_ANY_RUN = re.compile(r"(?<![\w@$])[\w@$][ .\-_*][\w@$](?![\w@$])")
# Danish words of one letter: a pair of them ("i ø") is two words, not one spaced out
ONE_LETTER_WORDS = frozenset("iåøæaeo")

# --- leetspeak ------------------------------------------------------------------

LEET: dict[str, str] = dict(zip("013457@$", "oieastas", strict=True))
LEET_TABLE = str.maketrans(LEET)  # every leet digit read as its letter
_LEET_ANY = re.compile("[013457@$]")
# the same sign with a letter (or a letter-like sign) on one side: the one search that rules
# most texts out of ``_leet_next_to_letter`` (starting with the sign, the search skips fast)
_LEET_BY_LETTER = re.compile(r"[013457@$](?:(?<=[^\W\d_].)|(?=[^\W\d_]))")
# Two-letter words a writer half in leet spells with a digit ("Orla 3r en …", "d3 er …")
FUNCTION_WORDS = frozenset("er en et at de af os om du vi".split())  # noqa: SIM905
# probe round 104: an "!" for an "i" inside or before a word that has other leet in it
# ("p!kh0veder", "!d!0t"); an "!" in a word without leet digits ("hej!du") or at a word's
# end is punctuation
_TOKEN_WITH_LEET = re.compile(
    r"(?:(?<!\S)!|(?<![\w@$])(?=[\w@$]))(?=(?:[\w@$]|!(?=[\w@$]))*[013457@$])[\w@$]*(?:![\w@$]+)*"
)
BANG_TABLE = str.maketrans({**LEET, "!": "i"})  # the leet digits and an inner "!"
_HAS_LETTER = re.compile(r"[^\W\d_]")
_INTERIOR_LEET = re.compile(r"[^\W\d_][013457@$]+[^\W\d_]|^\$[^\W\d_]{2,}")
_LETTERS_THEN_DIGITS = re.compile(r"[^\W\d_]+(\d+)")
# "!" for "i" inside a word ("Kr!styna", "p!khoveder", "FUCK!NG"): a letter on each side
_BANG_I = re.compile(r"(?<=[^\W\d_])!(?=[^\W\d_])")
_PROTECTED = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+|(?:https?://|www\.)\S+", re.IGNORECASE)

# --- spaced letters -------------------------------------------------------------


def spaced_deletions(
    text: str, capital: Callable[[int], bool] | None = None
) -> list[tuple[int, int]]:
    """Spans to delete so letters typed one by one join ("K i r s t e n  e r" ->
    "Kirsten er"); two or more spaces between them mark a word boundary. ``capital`` tells
    whether the raw character at an index was a capital (the text may be lower-cased)."""
    if not _ANY_RUN.search(text):
        return []
    deletions: list[tuple[int, int]] = []
    is_capital = capital or (lambda i: text[i].isupper())
    for region in _regions(text, is_capital):
        if any(_is_spaced_word(text[s:e]) for s, e in region):
            deletions.extend(_region_deletions(text, region))
            if _ending_of_stub(text, region[0], is_capital):
                deletions.append((region[0][0] - 1, region[0][0]))
    return sorted(deletions)


def _ending_of_stub(text: str, run: tuple[int, int], capital: Callable[[int], bool]) -> bool:
    """Stop 36: a word's ending spaced out after its typed stem ("sky d e r jer"): the stem,
    one space before the run, and the run's small letters make a known word ("skyder"), so
    the space goes too; alone the ending would read as another word ("der")."""
    s, e = run
    if e - s < 3 or s < 3 or text[s - 1] != " " or any(capital(i) for i in range(s, e, 2)):
        return False
    stem = _STEM_BEFORE.search(text, 0, s - 1)
    if stem is None or any(capital(i) for i in range(*stem.span())):
        return False
    return (stem.group() + text[s:e:2]).lower() in lexicon.danish_words()


def _regions(text: str, capital: Callable[[int], bool]) -> list[list[tuple[int, int]]]:
    """Runs of single characters, chained where only a gap of 2+ spaces separates them."""
    regions: list[list[tuple[int, int]]] = []
    last_end = -1
    for m in _RUN.finditer(text):
        span = _trim_case_edges(text, m.span(), capital)
        if regions and _WORD_GAP.fullmatch(text[last_end : m.start()]):
            regions[-1].append(span)
        else:
            regions.append([span])
        last_end = span[1]
    return regions


def _trim_case_edges(
    text: str, span: tuple[int, int], capital: Callable[[int], bool]
) -> tuple[int, int]:
    """Probe round 128: capitals spaced out end where a small one-letter word stands beside
    them ("B O M B E i jeres …", "i K N I V"): that "i" is the Danish word, not a letter."""
    s, e = span
    chars = range(s, e, 2)
    if len(chars) < 4:
        return span
    if _small_word(text, e - 1, capital) and all(capital(i) for i in chars[:-1]):
        return s, e - 2
    if _small_word(text, s, capital) and all(capital(i) for i in chars[1:]):
        return s + 2, e
    if _pronoun_i_before(text, s, e, capital):
        return s + 2, e
    return span


def _pronoun_i_before(text: str, s: int, e: int, capital: Callable[[int], bool]) -> bool:
    """Probe round 147: the pronoun "I" before small letters spaced out ("så skal I f a n d m e
    …") is the word "I", not the word's capital: it stays out where the letters after it make
    a known or a swear word and all of them together make none ("I d i o t" is "Idiot")."""
    if text[s] not in "Ii" or not capital(s) or any(capital(i) for i in range(s + 2, e, 2)):
        return False
    rest = text[s + 2 : e : 2].lower()
    words = lexicon.danish_words()
    if ("i" + rest) in words:
        return False
    return rest in words or lexicon.profanity().lookup(rest) is not None


def _small_word(text: str, i: int, capital: Callable[[int], bool]) -> bool:
    return text[i] in ONE_LETTER_WORDS and not capital(i)


def _is_spaced_word(run: str) -> bool:
    """Three or more single characters, at least two of them letters; or two letters of
    which one is no word alone ("d ø" is "dø", "i ø" stays two words)."""
    if len(run) >= 5:
        return len(_HAS_LETTER.findall(run)) >= 2
    return (
        len(run) == 3
        and run[0].isalpha()
        and run[2].isalpha()
        and not (run[0].lower() in ONE_LETTER_WORDS and run[2].lower() in ONE_LETTER_WORDS)
    )


def _region_deletions(text: str, region: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Separators inside runs go; a gap between runs shrinks to one space, except between
    one-letter words that would otherwise form a new spaced run (keeps normalising
    idempotent)."""
    out = [(i, i + 1) for s, e in region for i in range(s + 1, e, 2)]
    glue = _glued_boundaries([(e - s + 1) // 2 for s, e in region])
    for k in range(len(region) - 1):
        gap_start, gap_end = region[k][1], region[k + 1][0]
        joins = glue[k] or _would_join(text, region[k], region[k + 1])
        out.append((gap_start if joins else gap_start + 1, gap_end))
    return sorted(out)


def _would_join(text: str, run: tuple[int, int], following: tuple[int, int]) -> bool:
    """Two one-letter words that, one space apart, would read as a spaced word on the next
    pass ("l  l" -> "l l" -> "ll"): glued now, so normalising stays idempotent."""
    (s, e), (s2, e2) = run, following
    return e - s == 1 and e2 - s2 == 1 and _is_spaced_word(f"{text[s]} {text[s2]}")


def _glued_boundaries(sizes: list[int]) -> list[bool]:
    """For each word boundary: True where it sits inside a run of >= 3 one-letter words."""
    glue = [False] * max(len(sizes) - 1, 0)
    i = 0
    while i < len(sizes):
        j = i
        while j < len(sizes) and sizes[j] == 1:
            j += 1
        if j - i >= 3:
            for k in range(i, j - 1):
                glue[k] = True
        i = max(j, i + 1)
    return glue


# --- leetspeak ------------------------------------------------------------------


def _is_code(token: str) -> bool:
    """Letters then two or more digits, or a digit that is no leet letter: a code, not a word."""
    m = _LETTERS_THEN_DIGITS.fullmatch(token)
    return m is not None and (len(m.group(1)) >= 2 or m.group(1) not in LEET)


def _leet_next_to_letter(text: str) -> bool:
    """Cheap pre-check: is any 0 1 3 4 5 7 @ $ beside a letter? (Most texts: no.)"""
    if _LEET_BY_LETTER.search(text) is None:
        return False
    for m in _LEET_ANY.finditer(text):
        i = m.start()
        if (i > 0 and text[i - 1].isalpha()) or text[i + 1 : i + 2].isalpha():
            return True
    return False


def protected_spans(text: str) -> list[tuple[int, int]]:
    """E-mail addresses and URLs: left as typed (no leet, no repeat cutting: "www")."""
    if "@" in text or "http" in text or "www." in text:
        return [m.span() for m in _PROTECTED.finditer(text)]
    return []


def capital_i_for_ell(raw: str, raw_word_at: Callable[[int, int], str], text: str) -> list[int]:
    """Stop 35: positions of a capital "I" typed for "l" inside a small-letter word
    ("kæIIing"): the word with "l" there is a known word and with "i" is none. ``text`` is the
    folded lower-case text, ``raw_word_at(start, end)`` the original letters of its span;
    ``raw`` (the whole original) tells at once whether any small letter has an "I" after it."""
    if _SMALL_THEN_I.search(raw) is None:
        return []
    found: list[int] = []
    for m in _WORD_RUN.finditer(text):
        letters = raw_word_at(m.start(), m.end())
        if "I" not in letters[1:] or len(letters) != m.end() - m.start() or letters.isupper():
            continue
        capitals = [k for k in range(1, len(letters)) if _ell_typed_as_i(letters, k)]
        if not capitals:
            continue
        word = m.group()
        as_ell = "".join("l" if k in capitals else ch for k, ch in enumerate(word))
        if _known(as_ell) and not _known(word):
            found.extend(m.start() + k for k in capitals)
    return found


def _ell_typed_as_i(letters: str, k: int) -> bool:
    """A capital "I" after a small letter or after another such "I" ("kæIIing")."""
    return letters[k] == "I" and (letters[k - 1].islower() or letters[k - 1] == "I")


_WORD_RUN = re.compile(r"[^\W\d_]{3,}")
_SMALL_THEN_I = re.compile(r"[a-zæøåäöüé]I")


def _known(word: str) -> bool:
    return word in lexicon.danish_words() or lexicon.epithets().lookup(word) is not None


def bang_for_i(text: str) -> list[int]:
    """Positions of a "!" that stands for "i" inside a word ("kr!styna", "w0zn!ak"). It stays
    punctuation where two ordinary words stand on either side, a new sentence typed without a
    space ("hej!du", "Tak!Jeg"), and in e-mail addresses and links. It reads the lower-case
    text only, so normalising twice gives the same text."""
    if "!" not in text:
        return []
    protected = protected_spans(text)
    return [
        m.start()
        for m in _BANG_I.finditer(text)
        if not any(s <= m.start() < e for s, e in protected) and not _two_words(text, m.start())
    ]


_LETTERS_BEFORE = re.compile(r"[^\W\d_]+$")
_LETTERS_AFTER = re.compile(r"[^\W\d_]+")


def _two_words(text: str, at: int) -> bool:
    """The letters on each side of the "!" at ``at`` are ordinary words of their own."""
    before = _LETTERS_BEFORE.search(text, 0, at)
    after = _LETTERS_AFTER.match(text, at + 1)
    words = lexicon.danish_words()
    return (
        before is not None and after is not None
        and before.group() in words and after.group() in words
    )  # fmt: skip


def undo_leet(text: str) -> str:
    """``text`` with leet undone inside words (same length), or ``text`` itself."""
    if not _leet_next_to_letter(text):
        return text
    candidates = _leet_candidates(text)
    if not candidates:
        return text
    leet_mode = any(strong for _m, strong in candidates)
    chars = list(text)
    for m, strong in candidates:
        if strong or leet_mode:
            chars[m.start() : m.end()] = _read_leet(m.group())
    return "".join(chars)


# probe round 259 (threatB): leet has no digit for "å" or "ø", so a "4" or a "0" is typed for
# them too ("hvor g4r du", "d1n s0n"). Read so in the common words whose plain reading is no
# word ("pa", "born"); a word either way ("f0r": "for" or "før") keeps the plain letter.
# Probe round 263 (threatB): "kører"/"køre" too ("h4n k0rer en hvid varevogn"); "kørte" stays
# out, its plain reading "korte" is a word
# Probe round 397 (t1): "æ" has no leet sign either, so a "3" (its "e"), a "4" or an "@" (its
# "a") stands for it ("n3st3 g4ng", "j3g kn@kk3r b3n3n3"), and an "@" for "å" like a "4" ("p@
# d1g"). Read so in the words whose plain readings, with "e" or "a" for "æ", are no words
# ("neste", "knakker", "kaft"); "hævn" read with an "a" is "havn", a word, and stays.
# Round 405 (t2): burning and thinking too ("d1n b1l br@nd3r", "t3nk 0v3r d3t"); "t4nk3" read
# with an "a" is "tanke", a word, and stays.
_DANISH_LETTER_WORDS = frozenset(
    "på så må går gør små børn børnene dør døren død døde søn sønnen sønner døtre "  # noqa: SIM905
    "kører køre slår slå "
    "næste knække knækker knækket væk hævn kæft kæften "
    "brænder brænde brændte tænk tænke tænker".split()
)
# the leet signs typed for each Danish letter
_LEET_FOR = {"å": "4@", "ø": "0", "æ": "34@"}
_PLAIN_READINGS = (str.maketrans("åøæ", "aoe"), str.maketrans("åøæ", "aoa"))
_WORDS_EITHER_WAY = frozenset({"havn", "tank", "tanke", "tanker"})
_PLAIN_TO_DANISH = {
    plain: w
    for w in _DANISH_LETTER_WORDS
    for plain in {w.translate(t) for t in _PLAIN_READINGS}
    if plain not in _WORDS_EITHER_WAY
}


def _read_leet(tok: str) -> str:
    """``tok`` with its leet read as letters, a leet sign as "å", "ø" or "æ" where the word
    is one of ``_DANISH_LETTER_WORDS`` and a sign for that letter (``_LEET_FOR``) stands just
    where its "å", "ø" or "æ" is."""
    read = tok.translate(BANG_TABLE)
    word = _PLAIN_TO_DANISH.get(read)
    if word is None:
        return read
    spots = [i for i, c in enumerate(word) if c in _LEET_FOR]
    return word if all(tok[i] in _LEET_FOR[word[i]] for i in spots) else read


def leet_padding(text: str) -> list[tuple[int, int]]:
    """Probe round 108: a leet digit put into a word as padding, for no letter at all ("k4niv"
    for "kniv"), in a text written in leet. A word's only digit, between two letters and
    before its last two, is dropped where reading it as its letter makes no Danish word and
    dropping it makes one of four letters or more (``lexicon.danish_words``). An ending stays
    ("f0rb4nd3t" is "forbandet", never "forbandt"), and so does a name ("g0r4n", not "gran").
    The spans to delete, sorted."""
    if not _leet_next_to_letter(text):
        return []
    candidates = _leet_candidates(text)
    if not any(strong for _m, strong in candidates):
        return []
    words = lexicon.danish_words()
    out = []
    for m, _strong in candidates:
        tok = m.group()
        read = tok.translate(BANG_TABLE)
        if len(read) < 5 or read in words or len(_LEET_ANY.findall(tok)) != 1:
            continue
        hits = [
            i for i in range(1, len(tok) - 2)
            if tok[i] in LEET and tok[i - 1].isalpha() and tok[i + 1].isalpha()
            and read[:i] + read[i + 1 :] in words
        ]  # fmt: skip
        if len(hits) == 1:
            out.append((m.start() + hits[0], m.start() + hits[0] + 1))
    return out


def _leet_candidates(text: str) -> list[tuple[re.Match[str], bool]]:
    """The words with leet in them, each with whether it is leet on its own (``strong``)."""
    protected = protected_spans(text)
    candidates = []
    for m in _TOKEN_WITH_LEET.finditer(text):
        tok = m.group()
        if not _HAS_LETTER.search(tok) or _is_code(tok):
            continue
        if any(s < m.end() and m.start() < e for s, e in protected):
            continue
        # "tr3" converts in a text that has other leet words; "covid19" and "cx47120" never.
        # A two-letter function word ("3r", "3n", "d3") converts alone: no code or class
        # name reads as one ("3g", "7b", "4c" stay).
        # An inner "!" counts as the letter it stands for ("d!0t").
        strong = (
            bool(_INTERIOR_LEET.search(tok.replace("!", "i")))
            or tok.translate(LEET_TABLE) in FUNCTION_WORDS
        )
        candidates.append((m, strong))
    return candidates
