"""Swear words and epithets written with letters masked: "i*iot", "sh*t", "l*rtesystem".

A writer who masks a word still means it, and a filter that only knows "idiot" would let
"i*iot" through. ``unmask_edits`` finds each masked token that spells exactly a listed
vulgar word or epithet (or a compound that starts with one) and says which letters the
masks stand for; the normaliser puts them in, mapping each inserted letter to the raw
mask it replaces, so evidence still quotes "i*iot" as typed.

A run of ``*`` or ``#`` stands for one letter more than its length at most ("f**king",
"sh*t", "k*lling"). Tokens that spell no listed word are left alone: stars for emphasis
("*meget*"), footnotes ("skal*") and hashtags keep their meaning.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from borgerpost.detect import lexicon

# Letters, then runs of "*"/"#" each followed by letters (or nothing): "sh*t", "fu**".
MASKED = re.compile(r"(?<![\w*#])[^\W\d_]+(?:[*#]+[^\W\d_]*)+")
MASK_RUN = re.compile(r"[*#]+")
MIN_MASKED = 3  # letters and masks together: "sh*t", "f*k"
MIN_LETTERS = 2  # letters left unmasked: "fu**", not "f**"
MIN_COMPOUND_REST = 3  # "l*rtesystem": what follows a listed first part

Edit = tuple[int, int, str]  # (start, end) of a mask run in the text, the letters it hides


def unmask_edits(text: str) -> list[Edit]:
    """The mask runs of ``text`` (lower case) to replace, in text order, with the letters
    of the listed word each masked token spells."""
    if "*" not in text and "#" not in text:
        return []
    edits: list[Edit] = []
    for m in MASKED.finditer(text):
        letters = _hidden_letters(m.group())
        if letters is None:
            continue
        runs = [r.span() for r in MASK_RUN.finditer(m.group())]
        edits.extend(
            (m.start() + s, m.start() + e, hidden)
            for (s, e), hidden in zip(runs, letters, strict=True)
        )
    return edits


@lru_cache(maxsize=4096)
def _hidden_letters(token: str) -> tuple[str, ...] | None:
    """Per mask run of ``token``, the letters it hides in the first listed form it spells."""
    if len(token) < MIN_MASKED or len(MASK_RUN.sub("", token)) < MIN_LETTERS:
        return None
    parts = MASK_RUN.split(token)
    runs = MASK_RUN.findall(token)
    regex = re.compile(
        "".join(
            re.escape(part) + (f"([a-zæøå]{{1,{len(runs[k]) + 1}}})" if k < len(runs) else "")
            for k, part in enumerate(parts)
        )
    )
    for candidate in _candidates(parts[-1]):
        m = regex.fullmatch(candidate)
        if m:
            return m.groups()
    return None


def _candidates(tail: str) -> list[str]:
    """Listed forms, then compounds of a listed first part and the token's last letters."""
    rests = [tail[j:] for j in range(len(tail) - MIN_COMPOUND_REST + 1)]
    return [*_forms(), *(head + rest for rest in rests for head in _heads())]


@cache
def _forms() -> tuple[str, ...]:
    """Every listed form of the vulgar words and the epithets (as written, not as typed
    without æøå: a masked word is matched letter by letter, æøå included)."""
    found = [
        form
        for table in (lexicon.profanity().forms, lexicon.epithets().forms)
        for form, hit in table.items()
        if hit.category != "mild"
    ]
    return tuple(dict.fromkeys(found))


@cache
def _heads() -> tuple[str, ...]:
    """First parts of vulgar compounds ("lorte", "pisse") and the strong epithets."""
    found = [*lexicon.profanity().prefix_of.values(), *lexicon.profanity().heads,
             *lexicon.epithets().heads]  # fmt: skip
    return tuple(dict.fromkeys(head for head in found if len(head) >= MIN_MASKED))
