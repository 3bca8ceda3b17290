"""Private-data recognizers, one per file, and the function that runs them all.

``analyze_pii(norm, official)`` returns every match in text order, each marked
``official=True`` when it is the jobcentre's own contact data and with ``owner="writer"``
when the text says it is the writer's own ("mit nummer er …"). ``ensure_pii(doc, official)``
does the same once per document and keeps the result in ``doc.data["pii"]``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

import ahocorasick

from borgerpost.detect.base import Document
from borgerpost.detect.normalise import Normalised, ensure_normalised
from borgerpost.detect.pii import (
    address,
    address_dorm,
    address_full,
    address_landmark,
    address_named_home,
    birth,
    cpr,
    directions,
    email,
    family,
    followed,
    image,
    media,
    phone,
    plate,
    routine,
    social,
    spouse,
    whereabouts,
)
from borgerpost.detect.pii.base import (
    RECOGNIZERS,
    PiiMatch,
    Recognizer,
    keyword_automaton,
    keywords_in,
)
from borgerpost.detect.pii.gate import LiveIndex
from borgerpost.detect.pii.official import OfficialContacts, official_reason
from borgerpost.detect.pii.owner import WRITER, in_signature, named_owner_after, nearest_person

__all__ = [
    "RECOGNIZERS",
    "OfficialContacts",
    "PiiMatch",
    "Recognizer",
    "address",
    "address_dorm",
    "address_full",
    "address_landmark",
    "address_named_home",
    "analyze_pii",
    "birth",
    "cpr",
    "directions",
    "email",
    "ensure_pii",
    "family",
    "followed",
    "image",
    "media",
    "phone",
    "plate",
    "routine",
    "social",
    "spouse",
    "whereabouts",
]

# Kinds whose owner is read from the words before them ("ring til mig på …"); the family
# recognizers already refuse the writer's own life in their validate hook.
_OWNED_KINDS = ("phone", "address", "email", "cpr", "plate")


def analyze_pii(norm: Normalised, official: OfficialContacts) -> list[PiiMatch]:
    """Run every registered recognizer over ``norm``; overlaps keep the higher score.
    One keyword scan first tells which patterns can match at all (most texts: few)."""
    recognizers = tuple(RECOGNIZERS.values())
    present = keywords_in(_automaton(recognizers), norm.text)
    live = _live_index(recognizers).live(present)
    found: list[PiiMatch] = []
    for cls in recognizers:
        if cls in live:
            found.extend(cls().analyze(norm, present, live[cls]))
    out: list[PiiMatch] = []
    for m in sorted(found, key=lambda m: (-m.score, m.norm_start)):
        if all(m.norm_end <= o.norm_start or o.norm_end <= m.norm_start for o in out):
            out.append(_mark(m, norm, official))
    return _office_hours(sorted(out, key=lambda m: m.norm_start), norm)


_HOUR_SPAN = re.compile(r"\s*[-–]\s*\d")  # "kl. 10-12": the hour a span of hours opens


def _office_hours(matches: list[PiiMatch], norm: Normalised) -> list[PiiMatch]:
    """Probe round 329: a weekly span of hours told in one sentence with the jobcentre's own
    address or phone ("åben rådgivning på Jobcentret, Torvet 3, onsdag kl. 9-11, tlf. …") is
    the office's opening hours, published to citizens, not a person's routine. A single hour
    ("går tur kl. 6") is a person's, whatever address stands beside it."""
    official = [m.norm_start for m in matches if m.official and m.kind in ("address", "phone")]
    if not official:
        return matches
    places = {norm.sentence_index(pos) for pos in official}
    return [
        replace(m, official=True)
        if m.kind == "routine"
        and not m.official
        and _HOUR_SPAN.match(norm.text, m.norm_end)
        and norm.sentence_index(m.norm_start) in places
        else m
        for m in matches
    ]


@lru_cache(maxsize=4)
def _live_index(recognizers: tuple[type[Recognizer], ...]) -> LiveIndex:
    return LiveIndex(recognizers)


@lru_cache(maxsize=4)
def _automaton(recognizers: tuple[type[Recognizer], ...]) -> ahocorasick.Automaton | None:
    return keyword_automaton(k for cls in recognizers for k in cls.scan_keys())


def _mark(match: PiiMatch, norm: Normalised, official: OfficialContacts) -> PiiMatch:
    why = official_reason(match, norm, official)
    start = match.norm_start
    owned = (
        match.kind in _OWNED_KINDS
        and (nearest_person(norm, start) == WRITER or in_signature(norm, start))
        and not named_owner_after(norm, match.norm_end)
    )
    owner = WRITER if owned else ""
    if why or owner:
        return replace(match, official=bool(why), owner=owner)
    return match


def ensure_pii(doc: Document, official: OfficialContacts) -> list[PiiMatch]:
    """PII matches of ``doc``, computed once and kept in ``doc.data["pii"]``."""
    matches = doc.data.get("pii")
    if not isinstance(matches, list):
        matches = analyze_pii(ensure_normalised(doc), official)
        doc.data["pii"] = matches
    return matches
