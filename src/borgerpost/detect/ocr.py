"""Scanned letters: repair the two OCR artefacts that break words apart or hide a pronoun.

A paper letter run through OCR keeps the typesetter's line breaks, so a word split at the
margin arrives as "sagsbe-\\nhandler" or "kla- \\nge", and the capital "I" (the plural "you")
is often read as a small "l" ("l er heldige", "Når l læser det her"). Neither is evasion,
but both hide words from every detector. ``hyphen_breaks`` gives the spans to delete so the
halves join; ``ell_for_i`` the positions of a lone "l" to read as "i" — the normaliser
applies both, a deletion and a one-for-one substitution, so the offset map stays exact.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# two letters, a hyphen, then spaces and one line break (group 1), then two letters (a
# single letter on either side is no split word: "e-\nboks", and "l-L" would read as spaced)
_HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_]{2})-([ \t]*\r?\n[ \t]*)(?=[^\W\d_]{2})")
# "Jobcenter- og Ydelsesservice": a hyphen standing for a shared last part, not a break
# (the conjunction a word of its own: "og-⏎…" is itself split at the margin)
_SUSPENDED_BEFORE = re.compile(r"(?:og|eller|samt|til)(?![\w-])")
# a lone "l" between a start, a space or an opening mark and a space before a word;
# "2 l mælk" (litres) has a digit before it
_LONE_ELL = re.compile(r"(?:(?<=^)|(?<=[\s(\"'«»„“]))(?<!\d\s)l(?= [^\W\d_]{2})", re.MULTILINE)
# a single letter just before: "k l er" is letters spaced out, not the pronoun
_SINGLE_BEFORE = re.compile(r"(?:^|\s)[^\W\d_]\s+$")


def hyphen_breaks(text: str, capital_at: Callable[[int], bool]) -> list[tuple[int, int]]:
    """Spans to delete where a word was split at the margin: the hyphen and the line break
    before a small letter ("sagsbe-\\nhandler"), only the line break before a capital
    ("Hans-\\nPeter" stays hyphenated). ``capital_at(i)``: the raw text has a capital at
    text position ``i`` (the text itself is already lower-cased)."""
    if "\n" not in text or "-" not in text:
        return []
    spans = []
    for m in _HYPHEN_BREAK.finditer(text):
        if _SUSPENDED_BEFORE.match(text, m.end()):
            continue
        spans.append(m.span(1) if capital_at(m.end()) else m.span())
    return spans


def ell_for_i(text: str) -> list[int]:
    """Positions of a lone "l" that stands for the pronoun "I" (never a Danish word alone)."""
    if " l " not in text and "\nl " not in text and not text.startswith("l "):
        return []
    return [
        m.start()
        for m in _LONE_ELL.finditer(text)
        if not _SINGLE_BEFORE.search(text, max(0, m.start() - 4), m.start())
    ]
