"""Swear words and epithets written with letters masked: "i*iot", "sh*t", "l*rtesystem".

A writer who masks a word still means it, and a filter that only knows "idiot" would let
"i*iot" through. ``unmask_edits`` finds each masked token that spells exactly a listed
vulgar word or epithet (or a compound that starts with one) and says which letters the
masks stand for; the normaliser puts them in, mapping each inserted letter to the raw
mask it replaces, so evidence still quotes "i*iot" as typed.

A run of ``*`` or ``#`` stands for one letter more than its length at most ("f**king",
"sh*t", "k*lling"); between two letters it may hide none, a star typed into the word
("k*ælling"). Tokens that spell no listed word are left alone: stars for emphasis
("*meget*"), footnotes ("skal*") and hashtags keep their meaning.

Violence verbs are masked the same way ("dr*ber", "m*rder") and spelled out too, so a
masked threat reads as one. One mask can hide either kind: "sk*der" is "skider" (swearing)
or "skyder" (shooting). The next word decides: a person as object ("sk*der dig") makes it
violence; "på" ("sk*der på jer", not caring) or anything else leaves it the swear word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

from borgerpost.detect import lexicon

# Letters, then runs of "*"/"#" each followed by letters (or nothing): "sh*t", "fu**"; a
# whole token (a digit left after leet, "sk*0l", is no letter a mask could stand beside).
MASKED = re.compile(r"(?<![\w*#])[^\W\d_]+(?:[*#]+[^\W\d_]*)+(?![\w*#])")
MASK_RUN = re.compile(r"[*#]+")
MIN_MASKED = 3  # letters and masks together: "sh*t", "f*k"
MIN_LETTERS = 2  # letters left unmasked: "fu**", not "f**"
MIN_COMPOUND_REST = 3  # "l*rtesystem": what follows a listed first part

Edit = tuple[int, int, str]  # (start, end) of a mask run in the text, the letters it hides


# Forms of violence verbs a writer masks ("dr*ber", "sk*d") — spelled out like swear words.
VIOLENCE_FORMS = (
    "dræbe", "dræber", "dræbte", "dræbt", "dræbes", "myrde", "myrder", "myrdede", "myrdet",
    "myrdes", "skyde", "skyder", "skød", "skudt", "skydes", "kvæle", "kvæler", "kvalte", "kvalt",
    "slagte", "slagter", "slagtede", "slagtet", "knivstikke", "knivstikker", "knivstak",
    "knivstukket", "halshugge", "halshugger", "halshugget", "voldtage", "voldtager",
)  # fmt: skip
# The object that makes an ambiguous mask a violence verb ("sk*der dig"), not swearing.
PERSON_OBJECTS = frozenset(("dig", "jer", "ham", "hende", "dem", "du", "i", "hele"))
INVERTED_SUBJECTS = frozenset(("jeg", "vi", "han", "hun", "de", "man", "nogen"))
_NEXT_WORD = re.compile(r"[\s,]*([^\W\d_]+)")


def unmask_edits(text: str) -> list[Edit]:
    """The mask runs of ``text`` (lower case) to replace, in text order, with the letters
    of the listed word each masked token spells."""
    if "*" not in text and "#" not in text:
        return []
    edits: list[Edit] = []
    for m in MASKED.finditer(text):
        token = m.group()
        letters = _hidden_letters(token, "listed")
        violent = _hidden_letters(token, "violence")
        if violent is not None and (letters is None or _person_follows(text, m.end())):
            letters = violent
        if letters is None:
            letters = _hidden_letters(token, "compound")
        if letters is None:
            continue
        runs = [r.span() for r in MASK_RUN.finditer(token)]
        edits.extend(
            (m.start() + s, m.start() + e, hidden)
            for (s, e), hidden in zip(runs, letters, strict=True)
        )
    return edits


def _person_follows(text: str, end: int) -> bool:
    """The word after ``end`` is a person as object ("sk*der dig", "dr*ber jer"), or is
    after the subject of an inverted clause ("så sk*der jeg dig")."""
    m = _NEXT_WORD.match(text, end)
    if m is not None and m.group(1) in INVERTED_SUBJECTS:
        m = _NEXT_WORD.match(text, m.end())
    return m is not None and m.group(1) in PERSON_OBJECTS


@lru_cache(maxsize=4096)
def _hidden_letters(token: str, source: str) -> tuple[str, ...] | None:
    """Per mask run of ``token``, the letters it hides in the first form of ``source`` it
    spells: "listed" swear words and epithets, "violence" verbs, or "compound"s of a listed
    first part and the token's last letters (a guess, so tried last: "m*rdes" is "myrdes")."""
    if len(token) < MIN_MASKED or len(MASK_RUN.sub("", token)) < MIN_LETTERS:
        return None
    parts = MASK_RUN.split(token)
    runs = MASK_RUN.findall(token)
    # probe round 417: a mask between two letters may hide none ("k*ælling": a star typed
    # into the word, not over a letter); at a word's edge it hides one at least ("lort*")
    regex = re.compile(
        "".join(
            re.escape(part)
            + (f"([a-zæøå]{{{_least(parts, k)},{len(runs[k]) + 1}}})" if k < len(runs) else "")
            for k, part in enumerate(parts)
        )
    )
    for candidate in _candidates(source, parts[-1]):
        m = regex.fullmatch(candidate)
        if m:
            return m.groups()
    return None


def _least(parts: list[str], k: int) -> int:
    """The fewest letters the mask run after ``parts[k]`` hides: none between letters."""
    return 0 if parts[k] and parts[k + 1] else 1


def _candidates(source: str, tail: str) -> Iterable[str]:
    """The forms of ``source`` (see ``_hidden_letters``); a compound ends in ``tail``."""
    if source == "listed":
        return _forms()
    if source == "violence":
        return VIOLENCE_FORMS
    rests = [tail[j:] for j in range(len(tail) - MIN_COMPOUND_REST + 1)]
    return (head + rest for rest in rests for head in _heads())


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


# probe round 98: a listed vulgar word or epithet broken by a dot, an underscore or a hyphen
# typed inside it ("k.ælling", "idi_ot", "lu-der"): the writer hides the word, not a compound.
# Only where the letters joined spell a listed form (never a compound guessed from its parts:
# "lorte-system", "e-mail", "f.eks" stay as typed).
BROKEN = re.compile(r"(?<![\w.\-])[^\W\d_]+(?:[._\-][^\W\d_]+)+(?![\w]|[._\-][^\W\d_])")
BREAK = re.compile(r"[._\-]")
# a separator between two letters, which every ``BROKEN`` match has: one fast search (it
# starts with the separator) rules out most texts before the slow scan
_BREAK_IN_WORD = re.compile(r"[._\-](?<=[^\W\d_][._\-])(?=[^\W\d_])")


def broken_deletions(text: str, protected: Iterable[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """The separators to delete (sorted spans of ``text``, lower case) where a listed vulgar
    word or epithet is written with a dot, an underscore or a hyphen inside it."""
    if _BREAK_IN_WORD.search(text) is None:
        return []
    kept = list(protected)
    out: list[tuple[int, int]] = []
    for m in BROKEN.finditer(text):
        if not _broken_word(m.group()) or any(s < m.end() and m.start() < e for s, e in kept):
            continue
        out.extend((m.start() + b.start(), m.start() + b.end()) for b in BREAK.finditer(m.group()))
    return out


@lru_cache(maxsize=4096)
def _broken_word(token: str) -> bool:
    return _listed_form(BREAK.sub("", token))


# probe round 104: an "!" typed for an "i" inside a listed vulgar word or epithet
# ("p!kfjæs", "!d!ot"): read as the "i" only where the word so spelled is a listed form
# (an "!" between two words, "hej!du", or after one, "lort!", stays punctuation). A word
# that also has leet digits in it ("p!kh0veder") is read by ``evasion.undo_leet``.
BANGED = re.compile(r"(?<![\w!])!?[^\W\d_]+(?:![^\W\d_]+)*(?![\w])")


def bang_edits(text: str, protected: Iterable[tuple[int, int]] = ()) -> list[Edit]:
    """The "!" of ``text`` (lower case) to read as "i", in text order: those inside or
    before a word that spells a listed vulgar word or epithet with them so read."""
    if "!" not in text:
        return []
    kept = list(protected)
    out: list[Edit] = []
    for m in BANGED.finditer(text):
        token = m.group()
        if "!" not in token or any(s < m.end() and m.start() < e for s, e in kept):
            continue
        if _listed_form(token.replace("!", "i")):
            bangs = [k for k, c in enumerate(token) if c == "!"]
            out.extend((m.start() + k, m.start() + k + 1, "i") for k in bangs)
    return out


@lru_cache(maxsize=4096)
def _listed_form(word: str) -> bool:
    """A listed vulgar word or epithet (not a mild one), as a form of the lexicon, of more
    letters than a mask may hide."""
    if len(word) < MIN_MASKED + 1:
        return False
    for table in (lexicon.profanity(), lexicon.epithets()):
        hit = table.lookup(word)
        if hit is not None and hit.how == "form" and hit.category != "mild":
            return True
    return False
