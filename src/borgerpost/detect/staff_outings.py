"""Round 425 (sn): staff-name doubts of a town named whole or placed abroad, and of children
fetched from their day ("over hele Grathe", "til Friborg i Schweiz", "hente Elvar fra
fodbold"). Part of the cue rules in ``staff_cues`` (``staff_doubts.DOUBTS``).
"""

from __future__ import annotations

from borgerpost.detect.staff_place_words import PLACE_WORDS
from borgerpost.detect.staff_window import Cue, Subject, Window


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# "over hele X", "i hele X", "rundt i hele X": the whole of a town; a person is not had whole
_WHOLE_BEFORE = PLACE_WORDS | _words("til fra rundt udover")


def whole_place(s: Subject, w: Window) -> Cue | None:
    """ "Det lugter over hele Grathe", "strømmen gik i hele Lund": "hele" with a preposition
    before a lone name makes it a town ("hele Lunds sag" is the person's, "hele tiden, Lund"
    stands across a comma)."""
    if not s.single or w.genitive or w.gap_before != " " or w.before[-1:] != ("hele",):
        return None
    if not w.before[-2:-1] or w.before[-2] not in _WHOLE_BEFORE:
        return None
    return Cue("place", -0.6, f"et helt sted («{w.before[-2]} hele …»)")


# Countries and lands a town lies in ("Friborg i Schweiz", "Malmø i Sverige")
COUNTRIES = _words(
    "schweiz tyskland sverige norge finland island spanien frankrig italien portugal polen "
    "holland belgien østrig england skotland irland wales grækenland tyrkiet cypern malta "
    "ungarn tjekkiet slovakiet slovenien kroatien serbien bosnien rumænien bulgarien albanien "
    "litauen letland estland ukraine rusland usa amerika canada mexico brasilien argentina "
    "australien thailand vietnam kina japan indien pakistan afghanistan irak iran syrien "
    "libanon israel egypten marokko tunesien somalia eritrea etiopien kenya filippinerne "
    "færøerne grønland skåne bayern toscana andalusien"
)
_PLACED_BEFORE = PLACE_WORDS | _words("til fra")


def town_abroad(s: Subject, w: Window) -> Cue | None:
    """ "køre til Friborg i Schweiz", "bor i Lund i Sverige": a lone name after a preposition,
    placed "i" a country right after, is a town there ("hos Lund i Sverige" visits a person,
    "til Lund i Ydelse" is a unit, no country)."""
    if not s.single or w.genitive or w.gap_after != " " or w.after[:1] != ("i",):
        return None
    if w.after[1:2] == () or w.after[1] not in COUNTRIES:
        return None
    if w.before[-1:] == () or w.before[-1] not in _PLACED_BEFORE:
        return None
    return Cue("place", -0.6, f"en by i et land («… i {w.after[1]}»)")


# One fetches or drives a child to and from school, day care and leisure ("hente Elvar fra
# fodbold", "køre Kim til svømning"); a caseworker is met at a meeting, not fetched from one
_FETCH = _words(
    "hent hente henter hentede hentet afhente afhenter afhentede køre kører kørte kørt "
    "følge følger fulgte fulgt aflevere afleverer afleverede afleveret"
)
_TO_OR_FROM = _words("fra i til efter på")
_CHILD_PLACES = _words(
    "skole skolen børnehave børnehaven vuggestue vuggestuen dagpleje dagplejen "
    "dagplejeren sfo fritidsklub fritidsklubben fritter klub klubben legestue "
    "fodbold fodbolden håndbold håndbolden svømning svømmehallen gymnastik spejder spejderne "
    "træning træningen ridning rideskolen musikskolen ballet dans karate badminton tennis "
    "fritidshjem fritidshjemmet børnefødselsdag legeaftale"
)


def _fetched_before(w: Window) -> bool:
    """The fetch verb right before the name, or before "X og" where the name is the second
    of a pair ("hente Elvar og Biljana")."""
    if w.before[-1:] and w.before[-1] in _FETCH:
        return True
    return w.before[-1:] == ("og",) and bool(w.before[-3:-2]) and w.before[-3] in _FETCH


def child_fetched(s: Subject, w: Window) -> Cue | None:
    """ "husk at hente Elvar og Biljana fra fodbold", "jeg kører Kim til svømning": a name
    fetched or driven to or from school, day care or a sport is a child ("hente Kim fra
    receptionen" or "køre til Kim" fetches no child)."""
    if not s.single or w.genitive or not _fetched_before(w):
        return None
    after = w.after[2:] if w.after[:1] == ("og",) else w.after  # "Elvar og Biljana fra …"
    if after[:1] == () or after[0] not in _TO_OR_FROM:
        return None
    # the place right after, or after a determiner ("fra deres fodbold", "i den nye skole")
    if not any(word in _CHILD_PLACES for word in after[1:3]):
        return None
    return Cue("private_life", -0.8, f"et barn der hentes eller bringes («… {after[0]} …»)")


OUTINGS = (whole_place, town_abroad, child_fetched)
