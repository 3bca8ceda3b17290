"""Staff-name doubts of place, time and things: the name is a town, a place, a month, a game
or a brand ("ferie i Lund", "6630 Rødding", "et hus uden for Fausing", "den 28. April,",
"Juni er en hård måned", "spillede Uno", "et par Levis"). Part of the cue rules in
``staff_cues`` (``staff_doubts.DOUBTS``).
"""

from __future__ import annotations

from borgerpost.detect import lexicon
from borgerpost.detect.pii.address_words import SUFFIXES as STREET_SUFFIXES
from borgerpost.detect.staff_place_words import (
    AROUND_A_PLACE,
    BUILDINGS,
    EMPLOYED_AT,
    EMPLOYER_IS,
    NEAR_A_PLACE,
    PLACE_WORDS,
    RESIDENTS,
    RIDES,
    TRAVEL_TO,
    nature_compound,
    trip_to_place,
    weather_or_stay,
)
from borgerpost.detect.staff_window import WORDLIKE, Cue, Subject, Window, aimed_at
from borgerpost.detect.staff_words import GREET_VERBS, PRIVATE_BELONGINGS


def month(s: Subject, w: Window) -> Cue | None:
    """ "Mai måned er fyldt op", "i april måned": a name that is also a month's name,
    followed by the word for month, is the month."""
    if s.single and w.after[:1] in (("måned",), ("måneds",)):
        return Cue("month", -1.0, f"en måned («… {w.after[0]}»)")
    # "Juni er en hård måned for os": the name said to be a month
    said_month = w.after[:1] in (("er",), ("var",), ("bliver",)) and any(
        word.startswith("måned") for word in w.after[1:4]
    )
    # "den 1. juni", "fra 15. Maj 2027", "den 3. Juni kl. 10": a day's number before it (a
    # capital after "1. " may open the next sentence: "… skal betales den 1. Fatima sagde")
    dated = (
        bool(w.before) and w.before[-1].isdigit() and w.gap_before.strip() == "."
        and (not w.capitalised or not w.after or w.after[0] in ("kl", "klokken")
             or (len(w.after[0]) == 4 and w.after[0].isdigit())
             or w.gap_after.strip()[:1] in (",", ".", "!", "?", ";"))
    )  # fmt: skip
    if s.single and (said_month or dated):
        return Cue("month", -1.0, "en måned (en dato eller «… er en måned»)")
    return None


def place_before(s: Subject, w: Window) -> Cue | None:
    """ "i Lund", "ferie i Tønder", "guide på Kronborg": a place. A lone name after "i" is
    a place whatever the name ("lægen i Hjerting"); one says "hos", "til", "med" a person.
    "i Hjertings sag", "under Storms ledelse" (a genitive owning casework) is the person's."""
    if w.owns_casework():
        return None
    if w.before[-2:-1] and w.before[-2] in GREET_VERBS:
        return None  # "hilser på Vilje": one greets a person
    if aimed_at(w):
        return None  # "det var ikke rettet mod Kim": one aims words at a person
    if _pronoun_i(w):
        return None  # "Kender I Dawit?": the capital "I" mid-sentence is "you", not "in"
    if w.before[-2:] == ("fat", "i"):
        return None  # stop 31: "få fat i Kanthasamy": one gets hold of a person
    if w.genitive and w.gap_after == " " and w.after[:1] and w.after[0] in PRIVATE_BELONGINGS:
        return None  # stop 32: "holder ved Gades rækkehus": a place owns no home or family
    # stop 51: not across a comma ("Pas på, Pasha"): the preposition ends its own clause
    at_place_word = bool(w.before) and w.before[-1] in PLACE_WORDS and not w.gap_before.strip()
    if s.ambiguity in WORDLIKE and at_place_word:
        return Cue("place", -0.5, f"stedsangivelse («{w.before[-1]} …»)")
    if s.single and w.gap_before == " " and _postcode(w.before[-1:]):
        return Cue("place", -0.8, f"bynavn efter postnummer («{w.before[-1]} …»)")
    if s.single and (
        w.before[-2:] in AROUND_A_PLACE
        or w.before[-1:] == ("udenfor",)
        or nature_compound(w.before[-2:])
        or weather_or_stay(w.before[-2:])  # probe round 315: "regnvejr over X"
        or trip_to_place(w.sentence_before[-6:])  # probe round 353: "pilgrimsrejse til X"
        or w.before[-2:] in RESIDENTS  # probe round 315: "borgere fra X"
    ):
        # "et hus lige uden for Fausing", "i udkanten af Møldrup": where, around a town
        return Cue("place", -0.5, f"stedsangivelse («{' '.join(w.before[-2:])} …»)")
    if s.single and w.before[-2:] in NEAR_A_PLACE and w.before[-3:-2] and w.before[-3] in BUILDINGS:
        return Cue("place", -0.5, f"stedsangivelse («{' '.join(w.before[-3:])} …»)")
    if s.single and not w.genitive and _village_by_town(w):
        return Cue("place", -0.5, f"by ved en by («{' '.join(w.before[-3:])} …»)")
    if s.single and (w.before[-2:] in EMPLOYED_AT or w.before[-2:] in EMPLOYER_IS):
        return Cue("place", -0.5, f"en arbejdsplads («{' '.join(w.before[-2:])} …»)")
    if s.single and (
        w.before[-2:] in TRAVEL_TO
        or (w.before[-1:] == ("i",) and not w.genitive)
        # "flytter fra Lystrup til Nexø": the trip's other end is a place too
        or (w.before[-1:] == ("til",) and w.before[-4:-2] in TRAVEL_TO)
    ):
        return Cue("place", -0.5, f"stedsangivelse («{' '.join(w.before[-2:])} …»)")
    if s.single and w.before[-1:] == ("på",) and (w.after[:2] in _STAYING_THERE or _holiday(w)):
        # probe round 369: "vi er på Fur i sommerhus", "på Læsø på ferie": a stay on an island
        return Cue("place", -0.5, f"et ophold («på … {' '.join(w.after[:2])}»)")
    if s.single and _route(w):
        return Cue("place", -0.5, f"en rute («fra … {w.after[0]}»)")
    return None


_STAYING_THERE = frozenset(
    ("i", stay) for stay in ("sommerhus", "sommerhuset", "hytte", "hytten", "campingvogn", "telt")
) | frozenset(("på", stay) for stay in ("ferie", "sommerferie", "camping", "weekend", "besøg"))


# probe round 397 (sh): a stay told by the holiday it lasted ("vi var på Ærø i sommerferien",
# "boede på Fanø hele påsken"); the verb before "på" must be a stay's, since one also waits
# "på X i ferien" for a person
_HOLIDAYS = frozenset(
    "ferien sommerferien vinterferien efterårsferien påskeferien juleferien pinseferien "  # noqa: SIM905
    "høstferien påsken pinsen julen sommeren".split()
)
_STAY_VERBS = frozenset(
    "var er været bor boede boet ligger lå holdt holder ferierede ovre ude derovre".split()  # noqa: SIM905
)


def _holiday(w: Window) -> bool:
    if not w.before[-2:-1] or w.before[-2] not in _STAY_VERBS or w.genitive:
        return False
    return w.after[:1] in (("i",), ("hele",), ("over",)) and any(
        word in _HOLIDAYS for word in w.after[1:3]
    )


def _route(w: Window) -> bool:
    """ "bussen fra X til jobcentret": the name is where a ride starts (see ``RIDES``)."""
    return (
        w.before[-1:] == ("fra",)
        and w.after[:1] == ("til",)
        and not w.genitive
        and not RIDES.isdisjoint(w.sentence_before)
    )


def town_of_address(s: Subject, w: Window) -> Cue | None:
    """Probe round 267: a lone name right after a street and its number and a comma, before a
    postcode ("Møllevej 4, Bovrup, 6200 Aabenraa"), is the address's village: an envelope
    puts a person's name before the street. Without the postcode a name there may be the
    one spoken to ("Du bor på Egevej 4, Lund."), so it is left to the other cues."""
    before = w.before
    if not s.single or "," not in w.gap_before or len(before) < 2:
        return None
    number, street = before[-1].rstrip("abcdefgh"), before[-2]
    if not (number.isdigit() and len(number) <= 4 and street.endswith(STREET_SUFFIXES)):
        return None
    if not _postcode(w.after[:1]) or len(street) < 5:
        return None
    return Cue("place", -0.8, f"bynavn i en adresse («{street} {before[-1]}, …»)")


def _village_by_town(w: Window) -> bool:
    """Stop 39: "hos min søster i Sjølund ved Kolding", "fra Hørup ved Sønderborg": a village
    placed by its town, so the town is a place. The word before "ved" is a name: capitalised
    and no Danish word ("på trapperne ved Aakerlunds opgang" stands by a person's door)."""
    before, capitals = w.before, w.before_capitals
    return (
        len(before) >= 3
        and len(capitals) == len(before)
        and before[-1] == "ved"
        and before[-3] in ("i", "på", "fra", "til")
        and capitals[-2]
        and before[-2].isalpha()
        and before[-2] not in lexicon.danish_words()
    )


# stop 33: an event one goes to at a venue ("frivilligvagt på Vega til koncerten")
_EVENTS = frozenset(
    "koncert koncerten festival festivalen forestilling forestillingen show showet premiere "  # noqa: SIM905
    "premieren kamp kampen arrangement arrangementet"
    # round 183: a family occasion ("på Venø til min fars 70-års fødselsdag")
    " fødselsdag fødselsdagen bryllup brylluppet konfirmation konfirmationen barnedåb "
    "begravelse begravelsen jubilæum jubilæet sølvbryllup guldbryllup fest festen "
    "julefrokost julefrokosten".split()
)


def venue(s: Subject, w: Window) -> Cue | None:
    """ "på Vega til koncerten", "i Tivoli til forestillingen": a name after "på"/"i" with an
    event after it (within six words) is the venue; one meets a person "til mødet", not at
    them."""
    if s.single and _watched(w.before) and _watched_show(w):
        # probe round 307: a name watched on a stage ("vi hørte Tosca på Det Kongelige
        # Teater", "så Hamlet i Skuespilhuset") is the play or the opera
        return Cue("place", -0.6, f"en forestilling («{w.before[-1]} … {' '.join(w.after[:2])}»)")
    if s.single and _held_at(w):
        return Cue("place", -0.6, f"et festlokale («{_held_at(w)} … {w.before[-1]} …»)")
    if not s.single or w.before[-1:] not in (("på",), ("i",)) or w.after[:1] != ("til",):
        return None
    # the event right after "til" or after its owner ("til min fars 70-års fødselsdag")
    event = next((word for word in w.after[1:7] if word in _EVENTS), None)
    if event is None:
        return None
    said = event if w.after[1] == event else f"… {event}"
    return Cue("place", -0.6, f"et spillested («… til {said}»)")


# probe round 433: an occasion celebrated or held at the place, told before it ("fejrede min
# mors fødselsdag på Nimb", "holdt julefrokost på X i fredags"); the person's own room or
# department ("julefrokost i Kims afdeling", a genitive) and "hos X" are none
_CELEBRATED = frozenset("fejrede fejre fejrer fejret holdt holder holde".split())  # noqa: SIM905


def _held_at(w: Window) -> str:
    """The occasion word (``_EVENTS``, or a verb of celebrating) within five words before a
    name after "på"/"i", the name not in the genitive; "" if none."""
    if w.genitive or w.before[-1:] not in (("på",), ("i",)):
        return ""
    return next(
        (word for word in reversed(w.before[-7:-1]) if word in _EVENTS or word in _CELEBRATED), ""
    )


# probe round 307: seeing or hearing a show, and the stages shows are given on
_WATCHED = frozenset(("så", "se", "set", "ser", "hørte", "høre", "hørt", "oplevede", "opleve"))
_STAGES = frozenset((
    "operaen", "operahuset", "teatret", "teateret", "skuespilhuset", "musikhuset",
    "musicalteatret", "scenen", "kongelige", "koncerthuset",
))  # fmt: skip


def _watched(before: tuple[str, ...]) -> bool:
    """A verb of seeing right before, or before its subject (probe round 377c: "i går så vi
    X", the subject after the verb when the sentence opens with a time)."""
    if before[-1:] and before[-1] in _WATCHED:
        return True
    return len(before) > 1 and before[-2] in _WATCHED and before[-1] in _SEERS


_SEERS = frozenset(("jeg", "vi", "de", "han", "hun", "du", "i", "man"))


def _watched_show(w: Window) -> bool:
    """A stage right after the name, or after the title's other name: probe round 377c: a
    title of two names joined by "og"/"&" ("vi så Tristan og Isolde i Operaen"; the second
    capitalised, so "så Bo og hans kone i teatret" stays a person), also where the sentence
    calls it a show ("så Hans og Grete i går, sikke en forestilling")."""
    if _on_stage(w.after[:3]):
        return True
    pair = w.after[:1] in (("og",), ("&",)) and w.after_capitals[1:2] == (True,)
    return pair and (_on_stage(w.after[2:5]) or not _SHOWS.isdisjoint(w.sentence_words))


# probe round 377c: what a sentence calls a show it has seen
_SHOWS = frozenset((
    "forestilling", "forestillingen", "teaterstykke", "teaterstykket", "skuespil", "skuespillet",
    "opera", "operaen", "musical", "musicalen", "ballet", "balletten", "premiere", "premieren",
))  # fmt: skip


def _on_stage(after: tuple[str, ...]) -> bool:
    """ "i Operaen", "på Det Kongelige", "i Aarhus Teater": a stage right after the name."""
    if not after or after[0] not in ("i", "på"):
        return False
    rest = after[1:3]
    return bool(rest) and (rest[0] in _STAGES or rest[-1] in _STAGES or rest[-1].endswith("teater"))


def _postcode(word: tuple[str, ...]) -> bool:
    """ "6630 Rødding", "8000 Aarhus C": a Danish postcode (four digits, 1000–9999) stands
    before the town it names, in an address — never before a person's name."""
    return bool(word) and len(word[0]) == 4 and word[0].isdigit() and word[0][0] != "0"


_YOU_THINK = frozenset((verb, "i") for verb in ("tror", "synes", "mener", "tænker", "regner"))
_MODALS = frozenset(("kan", "kunne", "vil", "ville", "skal", "skulle", "må", "gider"))


def _pronoun_i(w: Window) -> bool:
    """The word before is the pronoun "I" (you, plural): "kender i …", or a capital "I"
    mid-sentence in a text that uses capitals, where the preposition "i" is written small."""
    if w.before[-2:] == ("kender", "i"):
        return True  # "kender i Dawit?": one knows a person, written small or not
    if w.before[-2:] in _YOU_THINK and w.after[:1] and w.after[0] in _MODALS:
        return True  # stop 35: "tror i Gus kunne finde tid …": "you" think the person could
    return (
        w.before[-1:] == ("i",)
        and w.prev_capitalised
        and not w.prev_clause_start
        and w.cased_text
    )


# stop 31: what is played is a game ("Vi spillede Uno i ventetiden"), what comes in pairs a
# thing ("et par Levis og en pæn trøje")
PLAY_VERBS = frozenset(("spille", "spiller", "spillede", "spillet", "spil"))


def thing_named(s: Subject, w: Window) -> Cue | None:
    """A single name right after a verb of playing, or after "et par", is a game or a thing;
    one owning a player's feat is an athlete."""
    if s.single and _sports_feat(w):
        return Cue("athlete", -0.5, f"en sportsudøvers præstation («…s {w.after[0]}»)")
    if not s.single or w.gap_before != " ":
        return None
    if w.before[-1:] and w.before[-1] in PLAY_VERBS:
        return Cue("thing", -0.6, f"et spil («{w.before[-1]} …»)")
    if w.before[-2:] == ("et", "par"):
        return Cue("thing", -0.6, "en ting, der kommer i par («et par …»)")
    if _bought(w):
        return Cue("thing", -0.6, "en vare, der købes («køb …»)")
    return None


# probe round 409: a lone name bought is a brand ("køb nu ikke Rama, køb smør"); one buys a
# person something ("køb Rama en kaffe"), with the thing after the name
_BUY = frozenset("køb køber købe købt købte".split())  # noqa: SIM905
_BUY_FILLERS = frozenset("nu ikke aldrig altid hellere heller bare kun".split())  # noqa: SIM905
_BOUGHT_FOR = frozenset("en et noget nogle lidt blomster gave gaven".split())  # noqa: SIM905


def _bought(w: Window) -> bool:
    words = w.before[-4:]
    k = len(words) - 1
    while k >= 0 and words[k] in _BUY_FILLERS:
        k -= 1
    if w.genitive or k < 0 or words[k] not in _BUY:
        return False  # "køb ikke Storms forklaring": a genitive owns what is bought
    return not (w.after[:1] and w.after[0] in _BOUGHT_FOR)


# probe round 337: a player's feat owned by the name ("Hansens hattrick", "så du Dams
# mål i går?"): a footballer on the screen, not a caseworker. "mål" is also an aim ("Dams
# mål for min plan"), so it counts only when it was watched or had a time
_FEATS = frozenset(
    "scoring scoringer hattrick frispark straffespark assist redning redningen "  # noqa: SIM905
    "drible driblinger frisparksmål".split()
)
_WATCHED = frozenset(["så", "set", "se", "ser", "kampen", "kamp", "landskampen", "landsholdet"])
_WHEN = (("i", "aftes"), ("i", "går"), ("i", "weekenden"), ("i", "søndags"), ("i", "lørdags"))


def _sports_feat(w: Window) -> bool:
    if not w.genitive or w.gap_after != " " or not w.after:
        return False
    if w.after[0] in _FEATS:
        return True
    return w.after[0] == "mål" and (
        not _WATCHED.isdisjoint(w.sentence_words) or w.after[1:3] in _WHEN
    )


# stop 33: Danish news outlets known by letters that can also be a caseworker's initials
MEDIA_LETTERS = frozenset(("bt", "dr", "jp", "eb", "tv2"))
# the broadcasters are seen "på DR"; one waits "på BT" for a person
_BROADCASTERS = frozenset(("dr", "tv2"))
_MEDIA_AFTER = frozenset(("nyheder", "kontant", "dk", "online", "dokumentar"))


def media_outlet(s: Subject, w: Window) -> Cue | None:
    """Initials that spell a news outlet are the outlet where a story stands in it ("min
    historie var i BT i søndags", "så det på DR") or the outlet's own word follows ("DR
    Nyheder", "BT.dk"); "talte med BT", "en mail fra BT" stay the caseworker."""
    if s.form != "alias" or w.spelt not in MEDIA_LETTERS:
        return None
    before = w.before[-1:]
    if before == ("i",) or (before == ("på",) and w.spelt in _BROADCASTERS):
        return Cue("media", -0.8, f"et medie («{before[0]} …»)")
    if w.after[:1] and w.after[0] in _MEDIA_AFTER:
        return Cue("media", -0.8, f"et medie («… {w.after[0]}»)")
    return None


# probe round 409: words of a study, in the sentence of initials after "på" or "fra"
_STUDY_STEMS = ("uddannelse", "studer", "studie", "optaget", "universitet", "bachelor", "kandidat")


def study_place(s: Subject, w: Window) -> Cue | None:
    """Initials after "på" or "fra" in a sentence about studies are a university ("plads på
    en kandidatuddannelse på LSE", "optaget på DTU"); one meets a caseworker "hos" or "med"."""
    if s.form != "alias" or w.genitive or w.before[-1:] not in (("på",), ("fra",)):
        return None
    if any(stem in word for word in w.sentence_words for stem in _STUDY_STEMS):
        return Cue("place", -0.8, f"et studiested («{w.before[-1]} …»)")
    return None


def place_elsewhere(s: Subject, w: Window) -> Cue | None:
    """ "flyttet fra Favrskov Kommune … Kan I kontakte Favrskov": the writer has named the
    place with the word; used bare later, it is the same place (person cues still weigh)."""
    if s.single and w.place_elsewhere:
        return Cue("place_elsewhere", -0.5, "ordet bruges om en kommune eller et sted i teksten")
    return None
