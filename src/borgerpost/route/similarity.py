"""Text fingerprints for duplicate detection: what a person actually wrote, and its MinHash.

Pure: no database. A message is split into its *own* text and the *quoted* text it carries
(``>`` lines, "Den … skrev:", "On … wrote:", "-----Oprindelig meddelelse-----", an Outlook
"Fra: … Sendt: …" block); the signature after a "-- " line is dropped. The own text is
normalised (Unicode NFKC, case folded, words only, so whitespace and punctuation do not
matter) and hashed for exact duplicates. For near duplicates it is cut into word
5-shingles and summarised by a 64-value MinHash (256 bytes), so the store can compare a new message
with a sender's recent ones from 256 bytes each instead of re-reading their texts; the
few candidates the MinHash estimate lets through are verified with the exact Jaccard.

Why the quoted part is kept apart: a citizen who hears nothing re-sends with one line on
top ("Jeg sender igen …") and the old mail below. The own text of that mail is short and
new; the *quoted* own text is the earlier mail, which is how the thread is linked to it.
"""

from __future__ import annotations

import hashlib
import random
import re
import unicodedata
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

SHINGLE_WORDS = 5
NUM_PERM = 64
_SHIFT = np.uint64(32)
_rng = random.Random(5_2026)  # fixed: signatures must agree across processes and versions
# Multiply-shift hashing (Dietzfelbinger): h_i(x) = high 32 bits of (a_i * x + b_i) mod 2**64,
# a_i odd. uint64 arithmetic wraps, which is exactly the mod 2**64 wanted.
_A = np.array([_rng.randrange(1, 1 << 64) | 1 for _ in range(NUM_PERM)], dtype=np.uint64)
_B = np.array([_rng.randrange(0, 1 << 64) for _ in range(NUM_PERM)], dtype=np.uint64)

_WORD = re.compile(r"\w+")
_SEPARATOR = re.compile(
    r"^\s*-{2,}\s*(?:oprindelig meddelelse|original message|original meddelelse"
    r"|videresendt meddelelse|forwarded message|opprinnelig melding|ursprüngliche nachricht)"
    r"\s*-{2,}\s*$", re.IGNORECASE)
_WROTE = re.compile(r"^\s*(?:den|d\.|on|am)\s.{3,200}?\s(?:skrev|wrote|schrieb)\b[^:]{0,120}:\s*$",
                    re.IGNORECASE)
_STARTS_WROTE = re.compile(r"^\s*(?:den|d\.|on|am)\s", re.IGNORECASE)
_WROTE_EVIDENCE = re.compile(r"@|\bkl\.?\s*\d|\d{1,2}[:.]\d{2}")
_HEADER = re.compile(r"^\s*(?:fra|from|sendt|sent|til|to|cc|emne|subject|dato|date|von)\s*:",
                     re.IGNORECASE)
_HEADER_FROM = re.compile(r"^\s*(?:fra|from|von)\s*:", re.IGNORECASE)
_HEADER_SENT = re.compile(r"^\s*(?:sendt|sent|dato|date|gesendet)\s*:", re.IGNORECASE)
_UNDERSCORES = re.compile(r"^\s*_{8,}\s*$")
_QUOTE_PREFIX = re.compile(r"^\s*>\s?")


@dataclass(frozen=True, slots=True)
class Parts:
    """A message text split into what the sender wrote now and what it quotes."""

    own: str
    quoted: str


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """The comparable form of one text: normalised words, their hash and MinHash."""

    tokens: tuple[str, ...]
    content_hash: str
    minhash: bytes | None

    @property
    def empty(self) -> bool:
        """True when there are no words to compare (never a duplicate of anything)."""
        return not self.tokens


def _thread_start(lines: list[str]) -> int | None:
    """Index of the first line that opens a quoted thread, else None."""
    for i, line in enumerate(lines):
        if _SEPARATOR.match(line) or (_UNDERSCORES.match(line) and _outlook_block(lines, i + 1)):
            return i
        if _wrote_line(line) or (i + 1 < len(lines) and _STARTS_WROTE.match(line)
                                 and _wrote_line(f"{line} {lines[i + 1].strip()}")):
            return i
        if _HEADER_FROM.match(line) and _outlook_block(lines, i):
            return i
    return None


def _wrote_line(line: str) -> bool:
    """ "Den 7. mar. 2024 kl. 09.15 skrev Jens <jens@…>:" — with an address or a clock, so
    a citizen's own "Den 5. marts skrev jeg til jer:" does not open a quote."""
    return bool(_WROTE.match(line)) and bool(_WROTE_EVIDENCE.search(line))


def _outlook_block(lines: list[str], start: int) -> bool:
    """A "Fra:" line with a "Sendt:" (or "Date:") line among the next four: a quoted header."""
    if start >= len(lines) or not _HEADER_FROM.match(lines[start]):
        return False
    return any(_HEADER_SENT.match(line) for line in lines[start + 1:start + 5])


def _without_signature(lines: list[str]) -> list[str]:
    for i, line in enumerate(lines):
        if line.rstrip() in ("--", "-- "):
            return lines[:i]
    return lines


def split_quoted(text: str) -> Parts:
    """The sender's own text (no quotes, no signature) and the quoted thread below it."""
    lines = text.splitlines()
    start = _thread_start(lines)
    head, tail = (lines, []) if start is None else (lines[:start], lines[start:])
    own = [line for line in head if not _QUOTE_PREFIX.match(line)]
    inline = [line for line in head if _QUOTE_PREFIX.match(line)]
    quoted = inline + tail
    return Parts("\n".join(_without_signature(own)), "\n".join(quoted))


def quoted_own_text(quoted: str) -> str:
    """The own text of the message directly quoted: header lines and one ``>`` level off."""
    lines = quoted.splitlines()
    if lines and (_SEPARATOR.match(lines[0]) or _UNDERSCORES.match(lines[0])
                  or _wrote_line(lines[0])):
        lines = lines[1:]
    elif len(lines) > 1 and _wrote_line(f"{lines[0]} {lines[1].strip()}"):
        lines = lines[2:]
    while lines and (not lines[0].strip() or _HEADER.match(lines[0])):
        lines = lines[1:]
    unquoted = [_QUOTE_PREFIX.sub("", line, count=1) for line in lines]
    return split_quoted("\n".join(unquoted)).own


def words(text: str) -> tuple[str, ...]:
    """NFKC, case-folded words: whitespace, punctuation and case never matter."""
    return tuple(_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


def shingles(tokens: tuple[str, ...], size: int = SHINGLE_WORDS) -> set[str]:
    """Word ``size``-grams; a shorter text is one shingle of all its words."""
    if not tokens:
        return set()
    if len(tokens) <= size:
        return {" ".join(tokens)}
    return {" ".join(tokens[i:i + size]) for i in range(len(tokens) - size + 1)}


def _hash64(part: str) -> int:
    return int.from_bytes(hashlib.blake2b(part.encode("utf-8"), digest_size=8).digest(), "little")


def minhash(parts: set[str]) -> npt.NDArray[np.uint32]:
    """``NUM_PERM`` minima of multiply-shift hashes of the shingles' 64-bit BLAKE2b.

    A strong base hash matters: with a weak one (CRC-32, linear) and ``(a*x + b) mod p`` the
    permutations all pick the same few shingles and the estimate of a 0.9 Jaccard came out
    near 0.5. Measured with this one: mean error 0.004, standard deviation 0.03.
    """
    hashes = np.fromiter((_hash64(s) for s in parts), dtype=np.uint64, count=len(parts))
    mixed = (_A[:, None] * hashes[None, :] + _B[:, None]) >> _SHIFT
    minima: npt.NDArray[np.uint32] = mixed.min(axis=1).astype(np.uint32)
    return minima


def fingerprint(text: str) -> Fingerprint:
    """Hash and MinHash of ``text`` (already the own text, or any text to compare)."""
    tokens = words(text)
    digest = hashlib.sha256(" ".join(tokens).encode("utf-8")).hexdigest()
    signature = minhash(shingles(tokens)).tobytes() if tokens else None
    return Fingerprint(tokens, digest, signature)


def estimate(a: bytes | None, b: bytes | None) -> float:
    """MinHash estimate of the Jaccard similarity of two signatures (0 when one is missing)."""
    if not a or not b or len(a) != len(b):
        return 0.0
    left = np.frombuffer(a, dtype=np.uint32)
    right = np.frombuffer(b, dtype=np.uint32)
    return float(np.count_nonzero(left == right)) / len(left)


def estimates(signature: bytes | None, others: list[bytes | None]) -> npt.NDArray[np.float64]:
    """``estimate(signature, o)`` for every ``o`` in ``others`` at once (one matrix compare)."""
    result = np.zeros(len(others), dtype=np.float64)
    width = NUM_PERM * 4
    if not signature or len(signature) != width:
        return result
    usable = [i for i, o in enumerate(others) if o is not None and len(o) == width]
    if usable:
        matrix = np.frombuffer(b"".join(others[i] or b"" for i in usable), dtype=np.uint32)
        mine = np.frombuffer(signature, dtype=np.uint32)
        result[usable] = (matrix.reshape(len(usable), NUM_PERM) == mine).mean(axis=1)
    return result


def jaccard(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """Exact Jaccard similarity of the two texts' shingle sets."""
    left, right = shingles(a), shingles(b)
    if not left or not right:
        return 0.0
    return len(left & right) / len(left | right)
