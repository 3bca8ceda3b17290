"""A full postal address whose street has no street word ("Ved Søen 4, 2. tv., 8600 Silkeborg").

Probe round 337: ``address`` finds a street by its suffix (vej, gade, allé …); a street named
otherwise ("Ved Kilden", "Under Linden", "Bag Kirken") was missed even when written out as on
an envelope. Here the whole envelope form must stand: a street of one to three words written
with a capital, a house number, a floor and side, a postcode and a town with a capital. The
floor and the postcode together are what a paragraph number or an amount never has.

Round 385 (t2): a street of any name right after a person's name and a comma, with its
number and then its town ("Hasib Haydari, Ellekrattet 12 i Hvidebæk", "Ida Holm – Skovbrynet
3, 4200 Slagelse"): the envelope's order again, the name standing in for the floor. Every
word written with a capital; a room, a team, a week or a paragraph ("Ida Holm, Lokale 12 i
Jobcentret") is no street.
"""

from __future__ import annotations

import re

from borgerpost.detect.normalise import Normalised
from borgerpost.detect.pii.address_words import LETTER, NUMBER
from borgerpost.detect.pii.base import Recognizer, capitalised, pattern, recognizer

# "1. th.", "st. tv", "2. sal", "3 mf": a floor and side (required here, unlike ``FLOOR``)
_FLOOR = r",?\s(?:\d{1,2}\.?\s?(?:sal|tv|th|mf)\.?|st\.?(?:\s?(?:tv|th|mf)\.?)?|kl\.?)"
_STREET = rf"(?P<w1>{LETTER}{{2,}})(?:[^\S\n](?P<w2>{LETTER}{{2,}})){{0,2}}"
_TOWN = rf"(?P<town>{LETTER}{{2,}})"
# words written with a capital before a number that are no street: rooms, teams, weeks,
# paragraphs and pages ("Ida Holm, Lokale 12 i Jobcentret", "Per Storm, Uge 12 i Aarhus")
_NO_STREET = frozenset(
    "lokale lokalet kontor kontoret rum rummet værelse bygning bygningen etage sal opgang "  # noqa: SIM905
    "indgang team teamet hold holdet gruppe gruppen afdeling uge ugen dag side siden bilag "
    "paragraf afsnit kapitel punkt linje stk klasse nummer sag sagen sagsnummer journal "
    "version runde fase trin niveau kursus modul pakke plads kl klokken".split()
)
# a sign-off shortly before the name: the writer's own card ("Venlig hilsen Hans Jensen, …")
_SIGNED = re.compile(r"\b(?:hilsen|hilsner|mvh|vh|kh|regards)\b[^.!?]{0,40}$")


@recognizer
class FullAddressRecognizer(Recognizer):
    name = "address_full"
    version = "1"
    kind = "address"
    reason = "Privat adresse"
    prefilter = re.compile(r"(?:sal|tv|th|mf|st|kl)\b.{0,5}\d{4}\s")
    patterns = (
        pattern(
            "envelope",
            # a lookahead, so a street may start at any word ("bor Under Linden 2, …")
            rf"(?<!\w)(?=(?P<v>{_STREET}\s{NUMBER}{_FLOOR},?\s(?P<zip>\d{{4}})\s{_TOWN}))",
            0.6,
        ),
    )

    def validate(self, match: re.Match[str], norm: Normalised) -> float | None:
        """Every word of the street and the town written with a capital, as on an envelope
        ("bor nede ved kilden 3, 1. th, 6950 Hedelund" in small letters is left to ``address``)."""
        v0 = match.start("v")
        number = re.search(r"\s\d", match["v"])
        street_end = v0 + (number.start() if number else 0)
        words = [
            v0 + m.start()
            for m in re.finditer(r"(?<!\S)\S", match["v"])
            if v0 + m.start() < street_end
        ]
        if not all(capitalised(norm, s) for s in [*words, match.start("town")]):
            return None
        return 0.0


@recognizer
class AddressAfterNameRecognizer(Recognizer):
    """A street of any name after a person's name and a comma or a dash, with its number
    and its town (see the module docstring)."""

    name = "address_after_name"
    version = "1"
    kind = "address"
    reason = "Privat adresse"
    prefilter = re.compile(r"\w(?:,| [–—-]) \w{4,} \d")
    patterns = (
        pattern(
            "after_name",
            rf"(?<!\w)(?P<name>{LETTER}{{2,}})(?:,| [–—-]) "
            rf"(?P<v>(?P<w1>{LETTER}{{4,}})\s{NUMBER}(?:,?\s(?P<zip>\d{{4}})|\si|,)\s{_TOWN})(?!\w)",
            0.6,
        ),
    )

    def validate(self, match: re.Match[str], norm: Normalised) -> float | None:
        """The name, the street and the town written with a capital; the street no room,
        team, week or paragraph (``_NO_STREET``); the name not the writer's own after a
        sign-off (``_SIGNED``)."""
        if match["w1"] in _NO_STREET:
            return None
        if _SIGNED.search(norm.text, max(0, match.start("name") - 60), match.start("name")):
            return None
        starts = (match.start("name"), match.start("w1"), match.start("town"))
        return 0.0 if all(capitalised(norm, s) for s in starts) else None
