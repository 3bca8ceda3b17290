"""The name forms of a staff member, as keys for the matcher, and the typo index.

For "Kirsten Dahl Jensen" with alias "KDJ" the keys are: the full name and first + last
("kirsten jensen"); the first name; the middle name alone ("dahl"); every surname tail
("dahl jensen", "jensen"); the
first name with a surname's initial ("kirsten j."); each alias; the names run together as in
a tag ("@KirstenDahlJensen"). Hyphens get a spaced
variant ("niels-erik" / "niels erik"), å/aa both spellings, and ø/æ as written without a
Danish keyboard (oe/o, ae).
Keys are normalised like texts and their letter runs collapsed, so "Overgaard" is found in
"Overgaaaard" and "Overgård"; ``run_lengths`` then tells a collapsed match that dropped a
double letter ("Overgard") — a typo, scored as such.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import groupby

from rapidfuzz.distance import OSA

from borgerpost.detect.normalise import normalise
from borgerpost.detect.repeats import collapse
from borgerpost.detect.staff_words import EVERYDAY_ABBREVIATIONS
from borgerpost.register import StaffMember

MIN_FUZZY = 5  # shorter names are never matched with a typo


@dataclass(frozen=True, slots=True)
class Entry:
    """One name form of one member."""

    member: int  # index into the matcher's members
    form: str  # full | first | middle | surname | alias
    key: str  # normalised
    collapsed: str  # normalised, letter runs cut to one (what the automaton holds)
    single: bool  # a first name or surname standing alone
    ambiguity: str  # "word" | "common" | ""
    initials: bool  # an alias like "NEB" that counts only in capitals
    keyboard: bool = False  # ø/æ written as oe/o/ae: matched exactly, never a typo base
    dotted: bool = False  # initials made from the name ("D.K."): they count only with dots
    ell: bool = False  # an initial L the normaliser read as "i": counts only as a raw "L"


def member_entries(
    index: int, member: StaffMember, ambiguity: Callable[[str], str]
) -> Iterator[Entry]:
    """Every key of ``member`` (duplicates removed)."""
    parts = member.name.split()
    surfaces: list[tuple[str, str]] = []
    if len(parts) >= 2:
        surfaces.append(("full", member.name))
        if len(parts) > 2:
            surfaces.append(("full", f"{parts[0]} {parts[-1]}"))
            # "Hanne Kjeldgaard" for Hanne Kjeldgaard Poulsen: the first of a double
            # surname (not "Anne Mette" for Anne Mette Lund: two first names)
            if ambiguity(normalise(parts[1]).text) != "common":
                surfaces.append(("full", " ".join(parts[:-1])))
    surfaces.append(("first", parts[0]))
    # a middle name alone: "Trang" for Thu Trang Pham (a double given name called by its
    # second part), "Munk" for Lisbeth Munk Rasmussen (a family name used as a surname)
    surfaces.extend(("middle", middle) for middle in parts[1:-1])
    for i in range(1, len(parts)):
        surfaces.append(("surname", " ".join(parts[i:])))
    if "-" in parts[-1] and len(parts) > 1:
        surfaces.append(("surname", parts[-1].rsplit("-", 1)[1]))
    for surname in parts[1:]:  # "Lars H.": first name and a surname's initial
        if surname[:1].isalpha():
            surfaces.append(("alias", f"{parts[0]} {surname[0]}."))
    if len(parts) >= 2 and parts[0][:1].isalpha():  # stop 36: "E. Hylde", the initial first
        surfaces.append(("alias", f"{parts[0][0]}. {parts[-1]}"))
    for alias in member.aliases:
        surfaces.append(("alias", alias))
    for form, alias in list(surfaces):
        if form == "alias" and alias.endswith(".") and len(alias) > 2:
            surfaces.append(("alias", alias[:-1]))
    if len(parts) >= 2:  # a tag or handle: "@PiaStorm", "#KimFrost", "@pia_storm"
        surfaces.extend(("full", joint.join(parts)) for joint in ("", "_", "."))
    seen: set[tuple[str, str]] = set()
    for form, surface in surfaces:
        spelt = normalise(surface).text
        for key, keyboard in _variants(spelt).items():
            if key and (form, key) not in seen:
                seen.add((form, key))
                entry = _entry(index, form, key, surface, ambiguity, spelt, keyboard=keyboard)
                yield entry
                ell = _ell_variant(entry)
                if ell is not None and (form, ell.key) not in seen:
                    seen.add((form, ell.key))
                    yield ell
    if len(parts) >= 2:  # "D.K." for Dorthe Kjeldgaard: initials, counted only with dots
        for dotted in sorted({_dotted((parts[0], parts[-1])), _dotted(tuple(parts))}):
            # "d.k." -> "dk.": the normaliser joins the letters; the key keeps the last dot,
            # so a big register's two-letter keys do not hit inside every other word
            key = spelt = normalise(dotted).text
            if ("alias", key) not in seen and ("alias", key.rstrip(".")) not in seen:
                # a registered "DK" counts without dots and is read as such
                seen.add(("alias", key))
                yield replace(_entry(index, "alias", key, dotted, ambiguity, spelt), dotted=True)
            # stop 32: the initials spaced ("Z. L. fra sygedagpengeteamet"), which the
            # normaliser leaves apart; counted only with their dots, as above
            spaced = dotted.replace(".", ". ").strip()
            key = normalise(spaced).text
            if ("alias", key) not in seen:
                seen.add(("alias", key))
                yield replace(_entry(index, "alias", key, dotted, ambiguity, key), dotted=True)


def _ell_variant(entry: Entry) -> Entry | None:
    """ "Kim L er …": the normaliser reads a lone "l" before a word as the pronoun "I" (an
    OCR error), so "kim l" is also looked for as "kim i" — counted only where the raw text
    has the capital L."""
    if not entry.key.endswith(" l"):
        return None
    key = entry.key[:-1] + "i"
    return replace(entry, key=key, collapsed=collapse(key)[0], ell=True)


def _dotted(parts: tuple[str, ...]) -> str:
    """ "D.K." from ("Dorthe", "Kjeldgaard"); a hyphenated part gives its first letter."""
    return "".join(f"{p[0].upper()}." for p in parts)


def _entry(
    index: int,
    form: str,
    key: str,
    surface: str,
    ambiguity: Callable[[str], str],
    spelt: str,
    *,
    keyboard: bool = False,
) -> Entry:
    """``spelt``: the name as the register spells it, whose ambiguity every variant shares
    ("hoej" is the word "høj" written without ø)."""
    letters = surface.replace(".", "")
    initials = form == "alias" and " " not in surface and letters.isupper() and len(letters) <= 5
    # a one-word nickname ("Abdi", "Malou") is read like a first name: "min fætter Abdi"
    nickname = form == "alias" and not initials and " " not in key and "." not in surface
    # "CV", "PS": initials that are an everyday abbreviation are weighed like a word-name
    everyday = initials and letters.lower() in EVERYDAY_ABBREVIATIONS
    single = (form in ("first", "middle", "surname") or nickname or everyday) and " " not in key
    return Entry(
        member=index,
        form=form,
        key=key,
        collapsed=collapse(key)[0],
        single=single,
        ambiguity="word" if everyday else ambiguity(spelt.replace("-", " ")) if single else "",
        initials=initials,
        keyboard=keyboard,
    )


# Danish letters as written without a Danish keyboard: "Høj" as "Hoej" or "Hoj", "Kjær" as
# "Kjaer". Such a spelling is matched exactly but is no base for typos ("Fogh" is one letter
# from "Bogh", two from "Bøgh").
# The German and Turkish umlauts are written the same way ("Özkan" as "Oezkan" or "Øzkan",
# "Müller" as "Mueller", "Jäger" as "Jaeger" or "Jæger").
_KEYBOARD = (
    ("ö", ("oe", "ø")), ("ü", ("ue",)), ("ä", ("ae", "æ")), ("ø", ("oe", "o")), ("æ", ("ae",))
)  # fmt: skip


def without_marks(key: str) -> str:
    """``key`` with the accents of other alphabets left off, as typed on a Danish keyboard:
    "şahin" -> "sahin", "petrović" -> "petrovic"; æ, ø and å stay (they are letters here)."""
    return "".join(ch if ch in "æøå" else _unmarked(ch) for ch in key)


# Letters whose mark is a stroke, not a combining accent: Unicode does not decompose them
# ("Łukasz" is typed "Lukasz", "Đorđe" "Dorde", "Yıldız" "Yildiz").
# probe round 271: the Faroese and Icelandic eth and thorn have no mark to drop either; a
# Danish keyboard types "Guðrun" as "Gudrun" and "Þóra" as "Thora"
_STROKED = {"ł": "l", "đ": "d", "ı": "i", "ħ": "h", "ŧ": "t", "ƶ": "z", "ð": "d", "þ": "th"}


def _unmarked(ch: str) -> str:
    if ch in _STROKED:
        return _STROKED[ch]
    return "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))


def _variants(key: str) -> dict[str, bool]:
    """Spellings of ``key`` -> whether it is a keyboard spelling (no typo base)."""
    out = {key}
    if "-" in key:
        out.add(key.replace("-", " "))
    for k in list(out):
        if "aa" in k:
            out.add(k.replace("aa", "å"))
        if "å" in k:
            out.add(k.replace("å", "aa"))
    spellings = dict.fromkeys(out, False)
    spellings.update(dict.fromkeys((without_marks(k) for k in out if without_marks(k) != k), True))
    for letter, written in _KEYBOARD:
        for k in list(spellings):
            if letter in k:
                spellings.update(dict.fromkeys((k.replace(letter, w) for w in written), True))
    for k in list(spellings):
        spellings.update(dict.fromkeys((v for v in _name_spellings(k) if v not in spellings), True))
    for k in list(spellings):
        spellings.setdefault(_danish_transliteration(k), True)
    # "E11a", "Pe11e": the leet "1" is read as "i" (as in "k1ælling"), so a double "l" typed
    # as "11" arrives as "ii" — which no Danish name or word has, so the spelling is safe
    for k in list(spellings):
        if "ll" in k and k.replace("ll", "ii") not in spellings:
            spellings[k.replace("ll", "ii")] = True
    return spellings


# Spellings a name is written in both ways: "Jacob"/"Jakob", "Carsten"/"Karsten",
# "Christian"/"Kristian", "Stephan"/"Stefan", "Mathias"/"Matias", "Hussein"/"Hussain".
# Only words of five letters or more: a short word has too many neighbours ("Klit" must
# not become an English word).
_NAME_SPELLINGS = (
    (re.compile(r"^ch(?=r)"), "k"),
    (re.compile(r"^k(?=r)"), "ch"),
    (re.compile(r"(?<![ck])c(?=[aoulr]|$)"), "k"),
    (re.compile(r"(?<![ck])k(?=[aoulr]|$)(?!k)"), "c"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"(?<=[aeiouy])f(?=[aeiouy])"), "ph"),
    (re.compile(r"th"), "t"),
    # names from Arabic in their several Latin spellings: "Hussein"/"Hussain",
    # "Ahmed"/"Ahmad", "Mohammed"/"Muhammad"
    (re.compile(r"ei"), "ai"),
    (re.compile(r"ai"), "ei"),
    (re.compile(r"(?<=m)ed$"), "ad"),
    (re.compile(r"(?<=m)ad$"), "ed"),
    (re.compile(r"^mo(?=h)"), "mu"),
    (re.compile(r"^mu(?=h)"), "mo"),
)
_MIN_RESPELT = 5


def _name_spellings(key: str) -> set[str]:
    """Other spellings of the name words of ``key`` (one word respelt at a time)."""
    words = key.split()
    out = set()
    for i, word in enumerate(words):
        if len(word) < _MIN_RESPELT:
            continue
        for pattern, written in _NAME_SPELLINGS:
            respelt = pattern.sub(written, word)
            if respelt != word:
                out.add(" ".join([*words[:i], respelt, *words[i + 1 :]]))
    return out


# Stop 36: Ukrainian and Russian names as Danish spells them from Cyrillic ("Hennadii
# Marchuk" written "Henadij Martjuk", "Shevchenko" "Sjevtjenko", "Yaremchuk" "Jaremtjuk"):
# every word of the name at once, so a full name matches as one key
_TRANSLITERATION = (
    (re.compile(r"shch"), "sjtj"),
    (re.compile(r"ch"), "tj"),
    (re.compile(r"sh"), "sj"),
    (re.compile(r"zh"), "zj"),
    (re.compile(r"i[iy]$"), "ij"),
    (re.compile(r"^y(?=[aeiou])"), "j"),
)


def _danish_transliteration(key: str) -> str:
    """``key`` with each name word of five letters or more spelt the Danish way."""
    return " ".join(_transliterated(w) if len(w) >= _MIN_RESPELT else w for w in key.split())


def _transliterated(word: str) -> str:
    for pattern, written in _TRANSLITERATION:
        word = pattern.sub(written, word)
    return word


def run_lengths(text: str) -> tuple[int, ...]:
    """Lengths of the runs of equal characters: "anne" -> (1, 2, 1)."""
    return tuple(len(list(g)) for _c, g in groupby(text))


@lru_cache(maxsize=65536)
def dropped_double(text: str, key: str) -> bool:
    """True when ``text`` spells a double letter of ``key`` single ("Overgard" for
    "Overgaard"): both collapse alike, so compare run by run. Cached: the same names are
    found in text after text."""
    return any(t < k for t, k in zip(run_lengths(text), run_lengths(key), strict=False))


# stop 37: vowels that sound alike and are written for each other ("Kvernø" for Kværnø,
# "Jørid" for Jorid, a Swedish or German letter for the Danish one)
_VOWELS_ALIKE = frozenset(
    ("eæ", "æe", "oø", "øo", "öø", "øö", "äæ", "æä", "üy", "yü")
)


@lru_cache(maxsize=65536)
def vowel_alike(text: str, key: str) -> bool:
    """True when ``text`` differs from ``key`` in one letter only, a vowel written for one
    that sounds alike."""
    if len(text) != len(key):
        return False
    diffs = [t + k for t, k in zip(text, key, strict=True) if t != k]
    return len(diffs) == 1 and diffs[0] in _VOWELS_ALIKE


class FuzzyIndex:
    """Typo look-up in time independent of register size: every key and every key with one
    letter deleted point to the key; a word is looked up the same way (SymSpell)."""

    def __init__(self) -> None:
        self._index: dict[str, list[Entry]] = {}
        self._i_for_y: dict[str, list[Entry]] = {}

    def add(self, entry: Entry) -> None:
        word = entry.collapsed
        if len(word) < MIN_FUZZY or not word.isalpha():
            return
        for variant in _deletions(word):
            self._index.setdefault(variant, []).append(entry)
        if "y" in word or "i" in word:
            self._i_for_y.setdefault(word.replace("y", "i"), []).append(entry)

    def lookup(self, token: str) -> list[Entry]:
        """Entries within one edit (two for names of nine letters or more) of ``token`` or
        of ``token`` without a genitive -s; exact equality is not a typo."""
        word = collapse(token)[0]
        words = [word, word[:-1]] if word.endswith("s") else [word]
        found: dict[tuple[int, str], Entry] = {}
        for w in words:
            if len(w) < MIN_FUZZY:
                continue
            for variant in _deletions(w):
                for entry in self._index.get(variant, ()):
                    if _within_typo(w, entry.collapsed):
                        found.setdefault((entry.member, entry.form), entry)
            # stop 38: "Kirilenko" for Kyrylenko (or the other way): a transliterated
            # name's y written i, as often as it comes
            for entry in self._i_for_y.get(w.replace("y", "i"), ()):
                if w != entry.collapsed:
                    found.setdefault((entry.member, entry.form), entry)
        return list(found.values())


def typo_of(word: str, collapsed_key: str) -> bool:
    """Collapsed ``word`` (or it without a genitive -s) misspells the key, is not the key."""
    words = [word, word[:-1]] if word.endswith("s") else [word]
    return any(_within_typo(w, collapsed_key) for w in words)


def _within_typo(word: str, key: str) -> bool:
    limit = 2 if len(key) >= 9 else 1
    return 0 < OSA.distance(word, key, score_cutoff=limit) <= limit


def _deletions(word: str) -> set[str]:
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


# --- unit and role words ------------------------------------------------------


def unit_key(unit: str) -> str:
    """Index key of a unit/role word: its first 8 letters (long words), else itself."""
    return unit[:8] if len(unit) >= 5 else unit


def lookup_keys(word: str) -> tuple[str, ...]:
    """Keys to look a window word up under: itself and its first 5..8 letters, so
    "fleksjobteamet" finds the unit "Fleksjob" and "ledelsen" the unit "Ledelse"."""
    return (word, *(word[:k] for k in range(5, 9) if k < len(word)))


def group_by_form(entries: Iterable[Entry]) -> list[tuple[Entry, ...]]:
    """Entries split by name form, one entry per member in each."""
    groups: dict[tuple[object, ...], dict[int, Entry]] = {}
    for e in entries:
        groups.setdefault((e.form, e.single, e.ambiguity), {}).setdefault(e.member, e)
    return [tuple(g.values()) for g in groups.values()]


def presorted(
    entries: list[Entry],
) -> tuple[tuple[Entry, tuple[Entry, ...], frozenset[int]], ...]:
    """Entries of one automaton key grouped once, at build time, by what matching needs
    to tell apart (form, spelling, initials): matching then costs per group, not per
    member, however many members share a name."""
    groups: dict[tuple[object, ...], list[Entry]] = {}
    for e in entries:
        groups.setdefault((e.form, e.single, e.ambiguity, e.key, e.initials), []).append(e)
    return tuple((g[0], tuple(g), frozenset(e.member for e in g)) for g in groups.values())
