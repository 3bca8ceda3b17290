"""``doxxing``: private information about a staff member is revealed.

A private-data match (not the jobcentre's own contact data, not the writer's own) counts
when it is about a staff member: read back from it to the nearest person reference — a
staff mention ("Mads Overgaards cpr er …"), or a pronoun (han, hendes, din …) that refers
back to one ("…Kirsten Dahl Jensen, så er hendes mobil …") — in its sentence, else after it
in the sentence, else in the two sentences before. A first-person word on the way ("mig",
"jeg") means the data is the writer's own and stops the search. A staff title with a
definite or possessive form ("sagsbehandleren", "min sagsbehandler") anchors too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from borgerpost.detect.base import Document, Evidence, Finding, evidence, register
from borgerpost.detect.context import PipelineContext
from borgerpost.detect.labels.doxxing_anchors import (
    CAR_PARK_RULE,
    VEHICLE_KINDS,
    Anchor,
    find_anchors,
    for_attention,
    headed_private,
)
from borgerpost.detect.normalise import Normalised, ensure_normalised
from borgerpost.detect.pii import PiiMatch, ensure_pii
from borgerpost.detect.pii.owner import (
    FIRST_PERSON,
    OWNED_RIGHT_AFTER,
    OWNING_VERB,
    RELATIVE_ASIDE,
    WRITER,
    data_word_owner,
    knower,
    object_of_named,
    observer,
    owns_a_neighbour,
    told_from,
)
from borgerpost.detect.staff import StaffMention, ensure_staff
from borgerpost.detect.staff_words import THIRD_SINGULAR

POINTING = frozenset("han hun hans hendes ham hende dennes du din dit dine dig jer jeres".split())  # noqa: SIM905
# "deres": the named person and a partner named with them ("Lunds kone er …, og deres datter
# går på …"); not the formal "Deres" a letter uses for the authority ("Deres j.nr.")
THEIR = "deres"
# probe round 24: a staff member spoken to ("Hej Thomas …") is "du", never "han"
THIRD_PERSON = THIRD_SINGULAR | {"dennes"}
ADDRESSED = frozenset({"staff:greeting", "staff:vocative"})
_WORD = re.compile(r"[^\W_]+")
LOOK_BACK_SENTENCES = 2
# "Navn, Gade 7", "Navn: Gade 7", "Navn – Gade 7": only punctuation between
ATTACHED_GAP = 4
_ATTACHING = re.compile(r"[\s,:=–—-]*")


@register
class DoxxingDetector:
    name = "doxxing"
    labels = ("doxxing",)
    version = "1"

    def __init__(self, context: PipelineContext) -> None:
        self.context = context

    def detect(self, doc: Document) -> list[Finding]:
        norm = ensure_normalised(doc)
        found = [m for m in ensure_pii(doc, self.context.official_contacts) if m.owner != "writer"]
        if not found:
            return []
        mentions = ensure_staff(doc, self.context.staff_matcher)
        private = [m for m in found if not m.official or self._attached_to_name(norm, m, mentions)]
        anchors = find_anchors(norm, mentions, self.context.staff_matcher) if private else []
        if not anchors:
            return []
        spans: list[Evidence] = []
        scores: list[float] = []
        for match in private:
            # the staff car park anchors a car's data, never an address or a phone
            usable = [a for a in anchors if a.rule != CAR_PARK_RULE or match.kind in VEHICLE_KINDS]
            anchor = _anchor_for(norm, match, usable)
            if anchor is not None:
                spans.extend(_evidence(doc.raw, match, anchor))
                scores.append(min(match.score, anchor.confidence))
        if not spans:
            return []
        return [
            Finding(self.name, "doxxing", max(scores), tuple(dict.fromkeys(spans)), self.version)
        ]

    def _attached_to_name(
        self, norm: Normalised, match: PiiMatch, mentions: list[StaffMention]
    ) -> bool:
        """An address written right after a staff member's name ("Jørn Hessellund,
        Enghavevej 7") is that person's home, though the sentence speaks of the jobcentre —
        unless it is the jobcentre's own listed address. (A number after a name may be a
        direct work line in a letter's signature: it keeps the sentence's verdict.)"""
        if match.kind != "address" or self.context.official_contacts.lists(match):
            return False
        return any(
            0 <= match.norm_start - m.norm_end <= ATTACHED_GAP
            and _ATTACHING.fullmatch(norm.text, m.norm_end, match.norm_start) is not None
            and not for_attention(norm.text, m.norm_start)
            for m in mentions
        )


def _anchor_for(norm: Normalised, match: PiiMatch, anchors: list[Anchor]) -> Anchor | None:
    """The staff member the data is about, or None (the writer's own, or nobody's)."""
    for a in anchors:
        if a.start < match.norm_end and match.norm_start < a.end:
            return a  # "Ulla Rasmussens mand er …": the name is part of the match
    inner = list(_WORD.finditer(norm.text, match.norm_start, match.norm_end))
    pointing = [_points(norm, w) or (not k and _pronoun_i(norm, w)) for k, w in enumerate(inner)]
    if inner and (
        pointing[0]
        # stop 35: a match that ends on its person ("billedet tog jeg i Netto, hvor hun"):
        # the "jeg" inside took the picture
        or pointing[-1]
        or (any(pointing) and FIRST_PERSON.isdisjoint(w.group() for w in inner))
    ):
        # "hans private Instagram" names its owner; "billeder af hende og børnebørnene"
        # points at its person itself, so a "vi har" before it is the one who holds the
        # pictures: either way the person last mentioned
        before = [a for a in anchors if a.end <= match.norm_start]
        if before:
            return before[-1]
        ahead = _named_next(norm, match, anchors)  # "Hendes datter går … . Lise Berg skal …"
        if ahead is not None:
            return ahead
    spans = norm.sentence_spans
    here = norm.sentence_index(match.norm_start)
    if here is None:
        return None
    owner = data_word_owner(norm, spans[here][0], match.norm_start)
    if owner is not None:
        # "Kim Sommers CPR-nummer stod på en blanket, jeg fik …: 150384-2917": the data
        # word's owner, whatever "jeg" stands between; "min mors adresse": the writer's
        whose, lo, hi = owner
        if whose == WRITER:
            return None
        named = next((a for a in anchors if a.start < hi and lo < a.end), None)
        return named or _recent(anchors, lo, third=True)
    if _asked_who(norm, spans[here][0], match.norm_start, spans[here][1]):
        # "hvem står der som træner hver tirsdag? Mirsad fra jobcentret": the answer owns
        # it, unless the writer answers ("Det gør jeg")
        if _answered_by_writer(norm, match.norm_end):
            return None
        ahead = _named_next(norm, match, anchors)
        if ahead is not None:
            return ahead
    if match.kind == "image":
        shown = _presented(norm, spans[here], anchors)
        if shown is not None:
            return shown
    # probe round 353: "X, som lukkede min sag. Privat: Engvej 4" is X's, whatever "min"
    subject = headed_private(norm.text, spans[here][0], match.norm_start, anchors)
    subject = subject or _subject_before_relative(norm, match, anchors)
    if subject is not None:
        return subject
    named_after = _owner_named_after(norm, match, anchors)
    if named_after is not None:  # "AB 12 903 er Ingfrid Tjørnholms bil", whoever reveals it
        return named_after
    found, anchor = _scan_back(norm, spans[here][0], match.norm_start, anchors)
    if found:
        return anchor
    after = [a for a in anchors if match.norm_end <= a.start < spans[here][1]]
    if after:
        return after[0]
    if (owner_next := _owner_told_next(norm, spans, here, anchors, match.kind)) is not None:
        return owner_next
    for i in range(here - 1, max(-1, here - 1 - LOOK_BACK_SENTENCES), -1):
        found, anchor = _scan_back(norm, spans[i][0], spans[i][1], anchors)
        if found:
            return anchor
    return None


# "Wenche Isager, der skriver at jeg ikke er syg nok, selv løber sin faste tur …": a relative
# clause set off by commas right after the name, then the main clause's verb
# (the main clause may hold an apposition: "…, holdt foran Rema i sin private bil, en hvid
# Toyota, <plate>")
_RELATIVE_BETWEEN = re.compile(RELATIVE_ASIDE + r"\s(?P<main>[^.!?\n]{0,80})")


def _subject_before_relative(
    norm: Normalised, match: PiiMatch, anchors: list[Anchor]
) -> Anchor | None:
    """The staff member whose relative clause ends right before the match: the data after
    it is the named person's, whatever "jeg" the clause holds."""
    for a in anchors:
        if a.end > match.norm_start:
            continue
        between = _RELATIVE_BETWEEN.fullmatch(norm.text, a.end, match.norm_start)
        if between and FIRST_PERSON.isdisjoint(_WORD.findall(between.group("main"))):
            return a  # "…, selv løber sin faste tur <hver søndag kl. 8>"
    return None


# "Her er Susanna Kejser på Mallorca …: <link>": a sentence that opens by presenting a person
# says whom the picture in it shows, whatever "vi" or "min altan" stands between
_PRESENTING = re.compile(r"\s*(?:her\s+er|her\s+ses|se\s+lige|se\s+her|billede\s+af|foto\s+af)\s+")


# a picture from work ("på kurset", "fra jobcentrets hjemmeside") shows no private life
_AT_WORK = re.compile(
    r"jobcent|kommunens|arbejde|kontor|kursus|kurset|møde|officiel|hjemmeside|linkedin|intranet"
)


def _presented(
    norm: Normalised, span: tuple[int, int], anchors: list[Anchor]
) -> Anchor | None:
    """The staff reference right after a presenting opening of the sentence ``span``,
    unless the sentence places the picture at work."""
    opening = _PRESENTING.match(norm.text, span[0])
    if opening is None or _AT_WORK.search(norm.text, span[0], span[1]):
        return None
    return next((a for a in anchors if a.start == opening.end()), None)


# "… DR 58 441 … . Den tilhører vist teamlederen" (probe round 329: "Ejeren er nok …"): the
# next sentence opens by saying whose the thing just told is
_OWNED_BY = re.compile(
    r"\s*(?:(?:ejeren|ejermanden|indehaveren)\s(?:hedder|er)\s|(?:den|det|bilen|nummeret|huset|"
    r"adressen|pladen|nummerpladen|lejligheden)\s(?:(?:vist|vistnok|nok|åbenbart|faktisk|jo|"
    r"skulle|efter\ssigende)\s)*" + OWNING_VERB + ")"
)
OWNER_REACH = 16  # characters from the verb to the owner: "tilhører vist den nye teamleder"


def _owner_named_after(norm: Normalised, match: PiiMatch, anchors: list[Anchor]) -> Anchor | None:
    """The staff reference right after the data's "er", "tilhører" (``OWNED_RIGHT_AFTER``)."""
    return _owner_at(OWNED_RIGHT_AFTER.match(norm.text, match.norm_end), anchors)


def _owner_at(told: re.Match[str] | None, anchors: list[Anchor]) -> Anchor | None:
    """The staff reference within ``OWNER_REACH`` after the owning verb ``told`` matched."""
    if told is None:
        return None
    return next((a for a in anchors if told.end() <= a.start <= told.end() + OWNER_REACH), None)


def _owner_told_next(
    norm: Normalised,
    spans: Sequence[tuple[int, int]],
    here: int,
    anchors: list[Anchor],
    match_kind: str = "",
) -> Anchor | None:
    """The staff reference of the sentence after the data's, when that sentence opens by
    saying whose the thing is ("Den tilhører vist teamlederen fra Sygedagpenge")."""
    if here + 1 >= len(spans):
        return None
    owner = _owner_at(_OWNED_BY.match(norm.text, spans[here + 1][0]), anchors)
    if owner is None and match_kind == "address":
        owner = _dweller_told_next(norm, spans[here + 1], anchors)
    return owner


# round 223: "… den gule villa på Egevej. Det er der Mona Lund bor": the next sentence says
# who lives at the place just told ("Der bor …", "Det er her, X bor")
_THERE = re.compile(
    r"\s*(?:det\s(?:er|var)\s)?(?:der|her|dér)\s?,?\s(?:(?:vist|nok|jo|altså|faktisk)\s)*"
    r"(?P<verb>(?:bor|boede)\s)?"
)
_DWELLS = re.compile(r"\s*(?:(?:vist|nok|jo|altså|faktisk|stadig|nu)\s)*(?:bor|boede)(?!\w)")


def _dweller_told_next(
    norm: Normalised, span: tuple[int, int], anchors: list[Anchor]
) -> Anchor | None:
    """The staff member said in the sentence ``span`` to live there, when it opens with
    "der", "her" or "det er der"."""
    told = _THERE.match(norm.text, span[0], span[1])
    if told is None:
        return None
    anchor = next((a for a in anchors if a.start == told.end()), None)
    if anchor is None:
        return None
    if told.group("verb") or _DWELLS.match(norm.text, anchor.end, span[1]):
        return anchor
    return None


def _asked_who(norm: Normalised, start: int, pos: int, end: int) -> bool:
    """The words right before ``pos`` (from ``start``) end with "hvem" (and "der"), or the
    sentence is a question that opens with "hvem" ("Hvem mon ejer villaen med den røde
    Tesla, EK 52 306? Tip: det er …"): the data is told of someone the text is about to
    name."""
    words = [m.group() for m in _WORD.finditer(norm.text, start, pos)]
    if words[-1:] == ["hvem"] or words[-2:] == ["hvem", "der"]:
        return True
    opens = words[:1] == ["hvem"] or words[:2] == ["gæt", "hvem"]
    return opens and norm.text[start:end].rstrip().endswith("?")


def _answered_by_writer(norm: Normalised, pos: int) -> bool:
    """The answer after the question mark that follows ``pos`` opens with the writer ("Det
    gør jeg", "Mig", "Jeg selv")."""
    mark = norm.text.find("?", pos)
    if mark < 0:
        return False
    words = [m.group() for m in _WORD.finditer(norm.text, mark)][:3]
    return not FIRST_PERSON.isdisjoint(words)


def _named_next(norm: Normalised, match: PiiMatch, anchors: list[Anchor]) -> Anchor | None:
    """The first person named after a match that opens with "hendes/hans …", in its own
    sentence or the next: the pronoun points forward when nobody was named before it."""
    spans = norm.sentence_spans
    here = norm.sentence_index(match.norm_start)
    if here is None:
        return None
    end = spans[min(here + 1, len(spans) - 1)][1]
    return next((a for a in anchors if match.norm_end <= a.start < end), None)


def _scan_back(
    norm: Normalised, start: int, end: int, anchors: list[Anchor]
) -> tuple[bool, Anchor | None]:
    """Read words from ``end`` back to ``start``: (True, anchor) at a staff reference,
    (True, None) at a first-person word (the writer's own), (False, None) if neither."""
    words = list(_WORD.finditer(norm.text, start, end))
    for k in range(len(words) - 1, -1, -1):
        m = words[k]
        inside = next((a for a in anchors if a.start <= m.start() < a.end), None)
        if inside is not None:
            return True, inside
        if told_from(words, k) or knower(words, k) or observer(words, k):
            continue  # "… som bor to opgange fra mig i Tværgade 5": not the writer's
        if m.group() in FIRST_PERSON and not (
            owns_a_neighbour(words, k) and k > 0 and words[k - 1].group() in ("er", "var")
        ):
            return True, None  # (stop 45: but "X er min søsters nabo – <address>" is X's)
        if _points(norm, m) or _pronoun_i(norm, m):
            third = m.group() in THIRD_PERSON
            found = _recent(anchors, m.start(), third=third)
            if found is not None and object_of_named(norm.text, found.end, m.start()):
                return True, None  # probe round 323: "kan Bo ringe til hende?" is not Bo
            if found is None and third:
                found = _relative_owner(norm, m.start(), anchors)
            return True, found
    return False, None


# "Hils din søn fra mig, Liv. Det er vel stadig ham, der træner …": a third person after a
# staff member's relative is that relative, and their data the staff member's family's
_STAFF_RELATIVE = re.compile(
    r"(?<!\w)(?P<owner>din|dit|dine|hans|hendes)\s(?:lille\s|store\s|ældste\s|yngste\s)?"
    r"(?:søn|datter|barn|børn|dreng|drenge|pige|piger|mand|kone|kæreste|unger)(?!\w)"
)
RELATIVE_REACH = 160  # characters back from the pronoun


def _relative_owner(norm: Normalised, pos: int, anchors: list[Anchor]) -> Anchor | None:
    """The staff member whose relative (``_STAFF_RELATIVE``) a third-person pronoun at
    ``pos`` refers to, when no staff member was named in the third person before it."""
    found = list(_STAFF_RELATIVE.finditer(norm.text, max(0, pos - RELATIVE_REACH), pos))
    if not found:
        return None
    owner = found[-1]
    if owner.group("owner").startswith("di"):
        return next((a for a in anchors if a.rule in ADDRESSED), None)
    return _recent(anchors, owner.start(), third=True)


def _points(norm: Normalised, word: re.Match[str]) -> bool:
    """A pronoun that points back to a person: ``POINTING``, or "deres" written small."""
    if word.group() == THEIR:
        return norm.raw_slice(word.start(), word.end()) == THEIR
    return word.group() in POINTING


def _pronoun_i(norm: Normalised, word: re.Match[str]) -> bool:
    """ "I" with a capital mid-sentence is the plural "you" ("at I bor ude ved …"), "De" the
    formal one (probe round 259: "at De har et hus ved …"; 377: "at Deres søn går …")."""
    raw = norm.raw_slice(word.start(), word.end())
    mid = norm.text[: word.start()].rstrip()[-1:] not in ("", ".", "!", "?", ":")
    return (word.group(), raw) == ("i", "I") or (raw in ("De", "Deres") and mid)


def _recent(anchors: list[Anchor], pos: int, *, third: bool = False) -> Anchor | None:
    """The staff reference a pronoun at ``pos`` points back to. A third-person pronoun
    ("hans nummer") never points to the person the letter speaks to ("Hej Thomas", "Tak,
    Mette"): after such an address it is someone else, unless another staff member was
    named in the third person before it."""
    usable = [a for a in anchors if not (third and a.rule in ADDRESSED)]
    before = [a for a in usable if a.end <= pos]
    return before[-1] if before else (usable[0] if usable else None)


def _evidence(raw: str, match: PiiMatch, anchor: Anchor) -> list[Evidence]:
    reason = f"{match.reason} om {anchor.who}"
    return [
        evidence(raw, match.start, match.end, rule=f"pii:{match.rule}", reason=reason),
        evidence(raw, anchor.raw_start, anchor.raw_end, rule=anchor.rule, reason=anchor.reason),
    ]
