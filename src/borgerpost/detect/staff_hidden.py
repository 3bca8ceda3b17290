"""Staff names hidden from a plain name match: in an e-mail address, or behind masks.

* ``tage.munk@hotmail.com``, ``tage.munk87@…``, ``tage.munk (at) hotmail (dot) com``: the
  user part of an address spells the full name with dots, underscores or hyphens between
  the words (a year or a number may follow). Only a
  full name counts: ``tage@…`` alone could be anyone; the initial with the surname
  (``t.munk@…``) counts as the "T. Munk" alias does.
* ``Ulrik B***n``, ``T**e``: a name written with letters masked, the way hate posts dodge
  a filter. A run of ``*`` or ``#`` stands for as many letters or one more (as in
  ``masking.py``), the first letter must be shown, and at least two letters in all. Such a
  match is uncertain like a typo: the matcher keeps a masked short name only beside the
  member's other name ("Ulrik B***n"), never alone.
* ``Ros borg``, ``Kir ubakaran``, ``Hjort-dal``: a name broken in two by a space or a hyphen,
  so that a filter reading whole words misses it. Two neighbouring words count when together
  they spell a register name of six letters or more that neither is alone; the match is
  uncertain like a typo, so the words around it must still point at the person.
* ``Nu m an``: a name broken in three around a lone consonant, which no Danish word is: the
  letters spaced out in groups, read as the name spelt (probe round 433).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Container, Iterable, Iterator

from borgerpost.detect.evasion import LEET_TABLE
from borgerpost.detect.masking import MASKED
from borgerpost.detect.normalise import Normalised
from borgerpost.detect.pii.email import AT_SIGN

# The user part of an e-mail address made of two or more words ("tage.munk", "liv_s_p"),
# before "@" or a spelt-out "(at)" / "[at]"
ADDRESS_NAME = re.compile(
    rf"(?<![\w.\-])(?P<local>[^\W\d_]+(?:[._\-][^\W\d_]+)+)(?:[._\-]?\d{{1,4}})?\s*(?:{AT_SIGN})"
)
NAME_JOINERS = re.compile(r"[._\-]")
MIN_SHOWN = 2  # letters a masked name must show

# (normalised start, end, the name words it stands for, masked: True like a typo, False
# an address's full name, None a single name read as spelt — a name broken in three)
Hidden = tuple[int, int, str, bool | None]


def hidden_names(norm: Normalised, name_words: Collection[str]) -> list[Hidden]:
    """Address, masked, leet and broken-in-two spans of ``norm`` and the name they may spell."""
    return [*_in_addresses(norm), *_masked(norm, name_words), *_leet_pairs(norm),
            *_split(norm, name_words), *_split_in_three(norm, name_words)]


MIN_SPLIT_NAME = 6  # letters of a name found broken in two ("Ros borg" for Rosborg)


def _split(norm: Normalised, name_words: Container[str]) -> list[Hidden]:
    """Two neighbouring words, a space or a hyphen apart, that join into a name word."""
    words = norm.columns
    return [
        (words.starts[k], words.ends[k + 1], words.texts[k] + words.texts[k + 1], True)
        for k in _neighbours(norm, (" ", "-"), name_words)
        if words.texts[k] not in name_words and words.texts[k + 1] not in name_words
    ]


def _neighbours(
    norm: Normalised, gaps: tuple[str, ...], joined_in: Container[str] | None = None
) -> Iterator[int]:
    """Each ``k`` where word ``k`` and the next have one of ``gaps`` between them and
    together ``MIN_SPLIT_NAME`` letters or more (shared by ``_split`` and
    ``hyphened_pairs``); with ``joined_in``, only where the two joined are in it (looked up
    before the gap is sliced: almost every pair fails the lookup)."""
    text, words = norm.text, norm.columns
    texts, starts, ends = words.texts, words.starts, words.ends
    for k in range(len(texts) - 1):
        joined = texts[k] + texts[k + 1]
        if (
            len(joined) >= MIN_SPLIT_NAME
            and (joined_in is None or joined in joined_in)
            and text[ends[k] : starts[k + 1]] in gaps
        ):
            yield k


# probe round 433: a name broken in three with a lone letter in the middle ("Nu m an" for
# Numan, "Ki r sten"): a consonant standing alone is no Danish word, so this is the letters
# spaced out in groups, and the pieces join where together they spell a name word of five
# letters or more that none of them is alone. Read like letters spaced one by one: the name
# itself, not a typo
MIN_THREE_SPLIT_NAME = 5
LONE_WORD_LETTERS = frozenset("iåøae")  # "i", "å", "ø" and dialect "a", "e" are words


def _split_in_three(norm: Normalised, name_words: Container[str]) -> list[Hidden]:
    """Each such three-piece name, read as spelt (masked ``None``)."""
    text, words = norm.text, norm.columns
    texts, starts, ends = words.texts, words.starts, words.ends
    out: list[Hidden] = []
    for k in range(1, len(texts) - 1):
        middle = texts[k]
        if len(middle) != 1 or not middle.isalpha() or middle in LONE_WORD_LETTERS:
            continue
        joined = texts[k - 1] + middle + texts[k + 1]
        if (
            len(joined) >= MIN_THREE_SPLIT_NAME
            and joined in name_words
            and text[ends[k - 1] : starts[k]] == " "
            and text[ends[k] : starts[k + 1]] == " "
            and texts[k - 1] not in name_words
            and texts[k + 1] not in name_words
        ):
            out.append((starts[k - 1], ends[k + 1], joined, None))
    return out


# Two or three words side by side, one with a leet digit beside a letter ("B0 3ng", "M4i
# H3de"): the normaliser reads a digit as a letter only inside a word, so such a name
# stays hidden from the plain match
_LETTER_BY_LEET = re.compile(r"[^\W\d_][013457]|[013457][^\W\d_]")


def _leet_pairs(norm: Normalised) -> list[Hidden]:
    """Each run of two or three words (one space apart) that holds a word with leet
    digits, read as letters: only a full name found in it counts (the matcher keeps the
    full-name entries of such a span)."""
    text = norm.text
    if not _LETTER_BY_LEET.search(text):
        return []
    words = list(zip(norm.columns.starts, norm.columns.ends, strict=True))
    out: list[Hidden] = []
    for i, (start, end) in enumerate(words):
        if not _LETTER_BY_LEET.search(text, start, end):
            continue
        for first in range(max(0, i - 2), i + 1):
            for last in range(max(first + 1, i), min(len(words), first + 3)):
                s, e = words[first][0], words[last][1]
                if all(text[words[k][1] : words[k + 1][0]] == " " for k in range(first, last)):
                    out.append((s, e, text[s:e].translate(LEET_TABLE), False))
    return out


def _in_addresses(norm: Normalised) -> list[Hidden]:
    text = norm.text
    if "@" not in text and "(at" not in text and "[at" not in text:
        return []
    return [
        (m.start("local"), m.end("local"), _address_words(m.group("local")), False)
        for m in ADDRESS_NAME.finditer(text)
    ]


def _address_words(local: str) -> str:
    """The name words an address's user part spells. Probe round 441: a first letter
    alone before the surname ("n.risum83@…") is the first name's initial, read as the
    register's "N. Risum" alias, so it points to the member whose first name starts so
    ("k.risum@…" points to no Nolwenn Risum); a lone letter elsewhere stays as it is."""
    words = NAME_JOINERS.sub(" ", local)
    if len(words) > 2 and words[1] == " " and words[2] != " ":
        return f"{words[0]}. {words[2:]}"
    return words


def _masked(norm: Normalised, name_words: Iterable[str]) -> list[Hidden]:
    raw = norm.raw
    if "*" not in raw and "#" not in raw:
        return []
    out: list[Hidden] = []
    words: list[str] | None = None
    for m in MASKED.finditer(raw.lower()):
        token = m.group()
        if sum(ch.isalpha() for ch in token) < MIN_SHOWN or not token[0].isalpha():
            continue
        if words is None:
            words = list(name_words)
        shape = re.compile(_shape(token))
        start, end = _normalised_span(norm, m.start(), m.end())
        out += [(start, end, word, True) for word in words if shape.fullmatch(word)]
    return out


def _shape(token: str) -> str:
    """The regex of the names a masked token may stand for: "b***n" -> "b.{3,4}n"."""
    return "".join(
        f".{{{len(part)},{len(part) + 1}}}" if part[0] in "*#" else re.escape(part)
        for part in re.findall(r"[*#]+|[^*#]+", token)
    )


def _normalised_span(norm: Normalised, raw_start: int, raw_end: int) -> tuple[int, int]:
    """The normalised characters that came from raw ``[raw_start, raw_end)``."""
    offsets = norm.offsets
    return bisect_left(offsets, raw_start), bisect_left(offsets, raw_end)


def hyphened_pairs(norm: Normalised) -> list[tuple[int, int, str]]:
    """Two capitalised words joined by a hyphen ("Grete-Lise"), as one word ("gretelise"):
    a double name the register writes together, to be looked up with its typos."""
    if "-" not in norm.text:
        return []
    raw, words = norm.raw, norm.columns
    return [
        (words.starts[k], words.ends[k + 1], words.texts[k] + words.texts[k + 1])
        for k in _neighbours(norm, ("-",))
        if raw[words.raw_starts[k] : words.raw_starts[k] + 1].isupper()
        and raw[words.raw_starts[k + 1] : words.raw_starts[k + 1] + 1].isupper()
    ]


def spells_person(form: str, key: str) -> bool:
    """Whether a name key found in an e-mail address's user part points to one person: a
    full name, or (probe round 307) a two-word alias such as the first name with the
    surname's initial ("ida.k@…" for an Ida K.); a first name alone could be anyone."""
    return form == "full" or (form == "alias" and " " in key.strip())
