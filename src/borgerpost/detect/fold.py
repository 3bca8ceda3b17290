"""Step 2 of normalising: fold a string to NFKC lower case with look-alike letters from
other scripts (Cyrillic "а", Greek "Η") read as the Latin ones they imitate.

String-level only: ``normalise._fold`` applies it to a ``Normalised`` and keeps the offset
map, segment by segment where folding changes the number of characters.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Capitals first (before lower-casing): Greek "Η" looks like H, but its lower case "η" like n.
# Pairs of (look-alike, Latin letter): Cyrillic, then Greek.
HOMOGLYPHS_UPPER: dict[str, str] = dict(
    zip("АВЕКМНОРСТХУІЈЅΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", "ABEKMHOPCTXYIJSABEZHIKMNOPTYX", strict=True)
)
_UPPER_TABLE = str.maketrans(HOMOGLYPHS_UPPER)

# Lower case: Cyrillic, Greek, then Latin look-alikes that NFKC keeps (dotless ı, ɑ ...).
HOMOGLYPHS: dict[str, str] = dict(
    zip(
        "авеёкмнорстухіїјѕԁԛԝһӏɡαβεηικνορτυχϲıɑɩʏ",
        "abeekmhopctyxiijsdqwhlgabenikvoptuxciaiy",
        strict=True,
    )
)
_HOMOGLYPH_TABLE = str.maketrans(HOMOGLYPHS)
_UPPER_ANY = re.compile("[" + "".join(HOMOGLYPHS_UPPER) + "]")
_HOMOGLYPH_ANY = re.compile("[" + "".join(HOMOGLYPHS) + "]")


def _translate(s: str, table: dict[int, str], any_of: re.Pattern[str]) -> str:
    """``str.translate`` is slow on non-ASCII text; a regex search first skips it mostly."""
    return s.translate(table) if any_of.search(s) else s


@lru_cache(maxsize=1)
def plain_latin() -> re.Pattern[str]:
    """Texts made only of characters that fold one-to-one to their lower case.

    Almost every Danish text is ASCII plus æ ø å é, dashes and quotes: for such a text
    NFKC changes nothing and no character turns into another count of characters, so
    folding is plain ``str.lower()`` (the general path costs several NFKC passes). The
    class is computed from the general path itself, so the two cannot disagree.
    """
    ranges = (range(0x80, 0x250), range(0x2010, 0x2070), range(0x20A0, 0x20C1))
    safe = [chr(cp) for r in ranges for cp in r if _folds_to_lower(chr(cp))]
    return re.compile("[\\x00-\\x7f" + re.escape("".join(safe)) + "]*")


def _folds_to_lower(c: str) -> bool:
    low = c.lower()
    return (
        unicodedata.category(c)[0] not in "CZM"
        and unicodedata.combining(c) == 0
        and unicodedata.normalize("NFKC", c) == c
        and len(low) == 1
        and unicodedata.normalize("NFKC", low) == low == low.lower()
        and not {c, low} & (HOMOGLYPHS.keys() | HOMOGLYPHS_UPPER.keys())
        and fold_str(c) == low
    )


def fold_str(s: str) -> str:
    out = unicodedata.normalize("NFKC", s)
    for _ in range(3):
        low = _translate(
            _translate(out, _UPPER_TABLE, _UPPER_ANY).lower(), _HOMOGLYPH_TABLE, _HOMOGLYPH_ANY
        )
        nxt = unicodedata.normalize("NFKC", low)
        if nxt == out:
            break
        out = nxt
    return out


def same_shape(text: str, folded: str) -> bool:
    """True when folding turned no character into more or fewer characters."""
    return all(folds_to_one(c) for c in set(text) if not c.isascii())


@lru_cache(maxsize=4096)
def folds_to_one(c: str) -> bool:
    return len(fold_str(c)) == 1


def is_starter(c: str) -> bool:
    return unicodedata.combining(c) == 0


def is_ascii(c: str) -> bool:
    return c.isascii()
