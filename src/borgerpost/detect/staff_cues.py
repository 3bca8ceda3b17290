"""Does a name in a text point to the staff member? A small, explainable score.

Every candidate mention starts from a base weight given by its form (a full name is strong,
a lone first name that is also an ordinary word — "Bo", "Skov" — is weak) and collects cues
from the words around it: a title or greeting before it, the member's unit nearby, "X er ..."
(the name as subject), the full name elsewhere in the text raise it; "min nabo X", "i Rold
X", "X-salen", "X og jeg", a sign-off ("Mvh X") or another capitalised name beside it lower
it (those doubts are in ``staff_doubts``). A mention counts at ``THRESHOLD``; it carries the
cues, so a reader sees why.
"""

from __future__ import annotations

import re
from functools import lru_cache

from borgerpost.detect.staff_acts import ACTS
from borgerpost.detect.staff_address import addressed, aimed_at_cue, vocative
from borgerpost.detect.staff_doubts import DOUBTS, OWN_LIFE, noun_opens_sentence
from borgerpost.detect.staff_firms import FIRM_FITS, firm_name_part
from borgerpost.detect.staff_owners import OWNERS
from borgerpost.detect.staff_place_words import PREPOSITIONS
from borgerpost.detect.staff_places import media_outlet, study_place
from borgerpost.detect.staff_window import (
    CLAUSE_PUNCT,
    WORDLIKE,
    Cue,
    Subject,
    Window,
)
from borgerpost.detect.staff_words import (
    ADVERBS,
    AUXILIARIES,
    CLAUSE_WORDS,
    COURTESY_TITLES,
    FINITE_VERBS,
    GREETINGS,
    MY,
    NAMING_VERBS,
    OPENING_IMPERATIVES,
    OWN_BOSS,
    POINTERS,
    RELATIONS,
    SUBJECT_PRONOUNS,
    TIME_CLAUSE_BEFORE_GANG,
    TWO_WORD_GREETINGS,
    VERBS,
    WH_WORDS,
    epithet_before,
    is_title,
    is_verb,
    verb_by_ending,
)

THRESHOLD = 0.5


FORM_DA = {
    "full": "fulde navn",
    "first": "fornavn",
    "middle": "mellemnavn",
    "surname": "efternavn",
    "alias": "alias",
    "fuzzy": "stavevariant",
}


# plural nouns of the mail's own matters that end like a verb in "-er": after a name that is
# also an adjective ("Lave ydelser", "Høje huslejer") they are no verb of the person
PLURAL_NOUNS_IN_ER = frozenset(
    "ydelser satser takster priser huslejer udgifter regler renter skatter lønninger "  # noqa: SIM905
    "pensioner kvinder sager ventetider frister regninger".split()
)
# stop 31: names that are possessive pronouns or numbers ("Mine", "Otte"): a word in "-er"
# after them is the noun they own or count ("Mine dokumenter", "Otte timer om ugen"), and
# only a true verb ("Mine har …", "Otte ringer") makes the name a subject
_DETERMINING = frozenset(
    "min mit mine din dit dine sin sit sine to tre fire fem seks syv otte ni ti elleve tolv "  # noqa: SIM905
    "tyve hundrede".split()
)
# stop 35: names that are indefinite pronouns ("Alt", "Mange", "Ingen"): a verb after them
# has the pronoun as its subject ("Alt tager for lang tid hos jer")
_INDEFINITE_PRONOUNS = frozenset(
    "alt alle intet ingen ingenting mange nogen noget nogle andre begge hver enhver "  # noqa: SIM905
    "enhvert flere få".split()
)
_PARTICIPLE = re.compile(r"\w{2,}(?:et|t|ede|te)$")


def score(subject: Subject, win: Window | None) -> tuple[float, tuple[Cue, ...]]:
    """Sum the base weight and every cue that applies; return the score and the cues.
    Only a single name or a misspelt one reads the window (None is fine for the rest).
    A firm's name ("Falck") counts only by the cues that point to a person."""
    cues = [_base(subject)]
    if subject.single or subject.fuzzy:
        assert win is not None, "a single or misspelt name is scored from its window"
        for rule in _RULES:
            cue = rule(subject, win)
            if cue is not None and not (subject.ambiguity == "firm" and cue.rule in FIRM_FITS):
                cues.append(cue)
    return round(sum(c.weight for c in cues), 3), tuple(cues)


_INITIALS_DOUBTS = (media_outlet, study_place)
_ALIAS_DOUBTS = (*OWN_LIFE, *_INITIALS_DOUBTS)


def score_initial_alias(
    subject: Subject, win: Window, own_life: bool = True
) -> tuple[float, tuple[Cue, ...]]:
    """ "Kim S." or initials ("BT", "LSE"): an alias's base weight, less the doubts of the
    writer's own life (``own_life``), a news outlet or a place of study."""
    rules = _ALIAS_DOUBTS if own_life else _INITIALS_DOUBTS
    cues = [_base(subject), *(c for rule in rules if (c := rule(subject, win)) is not None)]
    return round(sum(c.weight for c in cues), 3), tuple(cues)


def member_cues(
    subject: Subject,
    unit: str | None,
    named_in_full: bool,
    nickname: bool = False,
    unit_after_fra: bool = False,
) -> tuple[Cue, ...]:
    """The cues that depend on which member is meant: the member's unit or role named near
    the name (``unit``, found by the matcher; ``unit_after_fra``: right after it, "arne fra
    sygedagpenge", which says which person is meant), the member named in full in the text,
    or a nickname made from the member's surname (``nickname_from_surname``)."""
    if not (subject.single or subject.fuzzy):
        return ()
    cues = []
    if nickname:
        cues.append(Cue("surname_nickname", 1.0, "øgenavn lavet af efternavnet («Plov-Kim»)"))
    if unit and unit_after_fra:
        cues.append(Cue("unit_after", 0.6, f"præsenteres ved sin enhed («… fra {unit}»)"))
    elif unit:
        cues.append(Cue("unit_near", 0.4, f"medarbejderens enhed eller rolle («{unit}») nævnes"))
    if named_in_full:
        cues.append(Cue("named_in_full", 0.45, "samme medarbejder er nævnt med fulde navn"))
    return tuple(cues)


def deciding_cue(cues: tuple[Cue, ...]) -> Cue:
    """The cue that made a mention count: the base if strong alone, else the strongest cue."""
    base = cues[0]
    if base.weight >= THRESHOLD or len(cues) == 1:
        return base
    return max(cues[1:], key=lambda c: c.weight)


@lru_cache(maxsize=64)
def _base(s: Subject) -> Cue:
    form = FORM_DA["fuzzy"] + " af " + FORM_DA[s.form] if s.fuzzy else FORM_DA[s.form]
    typo = 0.2 if s.fuzzy else 0.0
    if not s.single:
        weight = {"full": 0.9, "alias": 0.85}.get(s.form, 0.7)
        return Cue(f"base_{s.form}", weight - typo / 1.5, form)
    if s.ambiguity == "word":
        return Cue("base_word", 0.15, f"{form}, som også er et almindeligt ord eller sted")
    if s.ambiguity == "firm":  # a title or greeting (0.45) still makes it the person
        return Cue("base_firm", 0.05, f"{form}, som også er et firmanavn")
    if s.ambiguity == "common":
        return Cue("base_common", 0.45 - typo, f"{form}, som er meget almindeligt")
    return Cue("base_name", 0.6 - typo, form)


def _title_before(s: Subject, w: Window) -> Cue | None:
    """ "sagsbehandler Vad", "chefen Stærk", "min rådgiver Lise" — but "min (nye) chef"
    is the writer's own boss at work, not someone at the jobcentre; "en konsulent der hed
    X" names the title's holder."""
    reach = 3 if w.before[-2:-1] in (("der",), ("som",)) and w.before[-1] in NAMING_VERBS else 2
    for k in range(len(w.before) - 1, max(-1, len(w.before) - 1 - reach), -1):
        word = w.before[k]
        own_boss = word in OWN_BOSS and not MY.isdisjoint(w.before[max(0, k - 2) : k])
        # "min nabo hr. Nguyen": a courtesy title after a relation is the writer's own
        related = word in COURTESY_TITLES and not RELATIONS.isdisjoint(w.before[max(0, k - 2) : k])
        if is_title(word) and not own_boss and not related:
            return Cue("title_before", 0.45, f"titlen «{word}» står foran")
    return None


def _epithet_apposition(s: Subject, w: Window) -> Cue | None:
    """ "den kælling Sommer", "din idiot Dam": an epithet in apposition names a person."""
    if w.gap_before != " " or w.prev_capitalised:
        return None
    said = epithet_before(w.before)
    if not said:
        return None
    return Cue("epithet_before", 0.45, f"et skældsord står foran navnet («{said} …»)")


def _pronoun_before(s: Subject, w: Window) -> Cue | None:
    """ "sig til ham Klit", "hende Pil i skranken": a pronoun pointing out the person named."""
    if w.before[-1:] in (("ham",), ("hende",)) and w.gap_before == " " and w.capitalised:
        return Cue("pronoun_before", 0.45, f"der peges på personen («{w.before[-1]} …»)")
    return None


# thanks, an apology or greetings sent to someone, anywhere in a clause: "… og tak til X",
# "Undskyld til X for alt bøvlet", "mange hilsner til X"
THANKS_TO = frozenset((("tak", "til"), ("undskyld", "til"), ("hilsen", "til"), ("hilsner", "til")))


def _greeting_before(s: Subject, w: Window) -> Cue | None:
    """ "Hej X", "Kære X", "Til X:" open a clause; "tak til X" may stand anywhere."""
    if w.before[-2:] in TWO_WORD_GREETINGS and not CLAUSE_PUNCT.search(w.gap_before):
        return Cue("greeting", 0.45, f"tiltales direkte («{' '.join(w.before[-2:])} …»)")
    if not w.before or w.before[-1] not in GREETINGS or CLAUSE_PUNCT.search(w.gap_before):
        return None
    if w.prev_clause_start or w.before[-2:] in THANKS_TO:
        return Cue("greeting", 0.45, f"tiltales direkte («{w.before[-1]} …»)")
    if w.before[-2:] == ("farvel", "til") and w.capitalised:
        # probe round 287: "jeg ville sige farvel til Okay": a goodbye said to a person
        return Cue("greeting", 0.45, "tiltales direkte («farvel til …»)")
    return None


def _pointed_at(s: Subject, w: Window) -> Cue | None:
    if CLAUSE_PUNCT.search(w.gap_before) or w.gap_before.strip(" ,"):
        return None
    for pointer in POINTERS:
        if w.before[-len(pointer) :] == pointer:
            return Cue("pointed_at", 0.15, f"der peges på personen («{' '.join(pointer)} …»)")
    return None


def _subject_verb(s: Subject, w: Window) -> Cue | None:
    """The name opens its clause (or follows "at", "som", a question word: "hvilken bil X
    kører i") and a verb follows: the name is the subject."""
    if w.genitive:
        return None  # "Skives borgmester": an owner, not a subject
    starts = w.clause_start or (bool(w.before) and w.before[-1] in CLAUSE_WORDS)
    starts = starts or (w.before[-1:] == ("den",) and w.capitalised)  # "den Nikolaj er …"
    # "næste gang Storm afviser …": a time clause opens
    starts = starts or (w.before[-1:] == ("gang",) and _opens_time_clause(w.before[-2:-1]))
    # "det, Bo sagde": a capital right after a comma opens a clause with the name
    starts = starts or (w.gap_before == ", " and w.capitalised and w.cased_text)
    # stop 38: "Tror fandme X er født uden hjerne": a that-clause without "at" after a verb
    # of opinion (an oath or "nok" between); not for a word ("Jeg tror Storm er på vej")
    opinion = [b for b in w.before[-2:] if b not in _OATHS][-1:]
    starts = starts or (
        w.capitalised and s.ambiguity not in WORDLIKE and opinion in _OPINION_VERBS
    )
    if not starts:
        starts = not WH_WORDS.isdisjoint(w.before[-2:])
    if not starts or w.gap_after.strip():
        return None
    after = [a for a in w.after[:3] if a not in ADVERBS][:1]
    if after and (after[0] in CLAUSE_WORDS or after[0] in PREPOSITIONS):
        return None  # "Sommer eller vinter, …", "Storm efter storm": no verb in "-er"
    if s.form == "alias" and s.ambiguity in WORDLIKE:
        if not w.cased_text:
            return None  # "DE HAR IKKE SVARET": a shouting text writes every word so
        if after and _has_a_thing(w):
            return None  # "HV har øvelse": an everyday abbreviation has things, a person acts
    if w.after[1:2] != () and w.after[1] in SUBJECT_PRONOUNS and (
        w.after[0] in AUXILIARIES
        or (is_verb(w.after[0]) and not (len(w.after) > 2 and is_verb(w.after[2])))
    ):
        # "Glad er jeg ikke", "Bo har jeg talt med": the pronoun is the subject; probe round
        # 307: any verb so inverted ("Deri skrev vi om …": an adverb opens the clause), not
        # a pronoun that opens a clause of its own ("Bo sagde, jeg skulle …")
        return None
    if after[:1] in (["er"], ["var"]) and _thing_described(s, w):
        return None  # "Bilen er på værksted", "Skoven var smuk": a thing, not a person
    if after and (after[0] in VERBS or after[0] in ENGLISH_COPULAS or verb_by_ending(after[0])):
        if after[0] in PLURAL_NOUNS_IN_ER:
            return None  # "Lave ydelser og høje huslejer": an adjective before a plural noun
        if w.spelt in _DETERMINING and after[0] not in VERBS:
            return None  # stop 31: "Mine dokumenter", "Otte timer": the noun owned or counted
        if w.spelt in _INDEFINITE_PRONOUNS:
            return None  # stop 35: "Alt tager for lang tid": the pronoun is the subject
        if noun_opens_sentence(s, w, after[0]):
            return None
        return Cue("subject_verb", 0.35, f"navnet er grundled («… {after[0]}»)")
    return None


_OATHS = frozenset(("fandme", "fanme", "sgu", "satme", "sq", "nok", "altså", "virkelig", "bare"))
_OPINION_VERBS = (["tror"], ["synes"], ["mener"])


def _thing_described(s: Subject, w: Window) -> bool:
    """A name that is an ordinary noun in the definite form ("Bilen", "Skoven"), then "er"
    or "var" and no participle of an act ("Bilen er gået hjem" is the person)."""
    if s.ambiguity not in WORDLIKE or not w.spelt.endswith("en"):
        return False
    rest = [a for a in w.after[1:3] if a not in ADVERBS]
    return not (rest and _PARTICIPLE.match(rest[0]))


def _opens_time_clause(word: tuple[str, ...]) -> bool:
    return bool(word) and word[0] in TIME_CLAUSE_BEFORE_GANG


def _has_a_thing(w: Window) -> bool:
    """ "HV har øvelse", "SFO er lukket": "har"/"er" with a noun or an adjective, not a
    participle of an act ("CV har ikke svaret", "PS har lovet mig")."""
    rest = [a for a in w.after[:4] if a not in ADVERBS]
    return rest[:1] in (["har"], ["havde"]) and len(rest) > 1 and not _PARTICIPLE.match(rest[1])


def _inverted_subject(s: Subject, w: Window) -> Cue | None:
    """The name right after a finite verb that opens its clause or follows one fronted
    word: the verb's subject ("Kan X ringe mig op?", "Det kommer X til at …"). Another
    capitalised name beside it is left to ``_other_name``."""
    if not w.before or w.gap_before != " " or not 1 <= w.into_clause <= 3:
        return None
    verb = w.before[-1]
    if verb not in FINITE_VERBS:
        return None
    if w.into_clause == 2 and w.before[-2] in SUBJECT_PRONOUNS:
        return None  # "Jeg har MS": the pronoun is the subject, the name an object
    return Cue("inverted_subject", 0.35, f"navnet er grundled efter udsagnsordet («{verb} …»)")


# stop 35: a name before an English copula or "has" in a mixed-language mail ("X is such a
# useless bitch") is the subject as before a Danish verb
ENGLISH_COPULAS = frozenset(("is", "was", "has", "had"))


# stop 29: "tell that Holmen guy …": an English determiner, the name, then a word for a person
ENGLISH_PERSON_AFTER = frozenset(("guy", "woman", "lady", "dude", "man", "caseworker", "bitch"))


def _english_person(s: Subject, w: Window) -> Cue | None:
    if s.single and w.before[-1:] in (("that",), ("the",), ("this",)) and (
        w.after[:1] != () and w.after[0] in ENGLISH_PERSON_AFTER
    ):
        return Cue("english_person", 0.4, f"udpeges som person («that … {w.after[0]}»)")
    return None


def _spaced_out(s: Subject, w: Window) -> Cue | None:
    """ "S k a r p som sagsbehandler", "K y s t e r din lille lort": a name typed letter by
    letter is hidden from a filter on purpose; an ordinary word is not."""
    if w.spaced_out and s.single:
        return Cue("spaced_out", 0.4, "navnet er stavet ud bogstav for bogstav")
    return None


def _capitalised_mid_clause(s: Subject, w: Window) -> Cue | None:
    """A name that is also an ordinary word ("Helle", "Bo"), written with a capital inside
    a clause, is used as a name: the capital outweighs part of the doubt. Places and other
    names beside it are weighed by their own rules."""
    if s.ambiguity != "word" or not w.capitalised or w.shouting or w.clause_start:
        # (a firm's name is written with a capital anywhere: "Falck" stays at its base)
        return None
    if s.form == "alias":
        return None  # "mit CV": an abbreviation is written in capitals anyway
    if w.prev_capitalised and not (w.into_clause == 1 and w.before[-1] in OPENING_IMPERATIVES):
        return None  # "Tove Ravn": part of another person's name ("Hils Kamille": a verb)
    if w.lone_capital:
        return Cue("lone_capital", 0.35,
                   "eneste store bogstav i en tekst skrevet med små: skrevet som et navn")
    return Cue("capital_mid_clause", 0.2, "skrevet med stort midt i sætningen: et navn")


# probe round 227 (r227_insult): people set against the name after "end" ("har mødt klogere
# folk i bussen end X"): the name is compared with people, so it is one
COMPARED_PEOPLE = frozenset(
    "folk mennesker personer typer individer kolleger kollegaer sagsbehandlere "  # noqa: SIM905
    "medarbejdere ansatte rådgivere konsulenter".split()
)


ONE_OTHER = (("en", "anden"), ("nogen", "anden"), ("nogle", "andre"), ("nogen", "andre"))


def _compared_with_people(s: Subject, w: Window) -> Cue | None:
    """A capitalised name right after "end", with a word for people before it in its
    sentence ("mere kompetente folk i køen end X")."""
    if w.before[-1:] != ("end",) or not w.capitalised or w.gap_before != " ":
        return None
    # probe round 329: "en anden end X" (someone other than X) sets X among people too
    if COMPARED_PEOPLE.isdisjoint(w.sentence_before) and w.before[-3:-1] not in ONE_OTHER:
        return None
    return Cue("compared_with_people", 0.15, "sammenlignes med andre mennesker («… end …»)")


_RULES = (
    _compared_with_people,
    _title_before,
    _epithet_apposition,
    _pronoun_before,
    _greeting_before,
    vocative,
    addressed,
    aimed_at_cue,
    _pointed_at,
    _subject_verb,
    _inverted_subject,
    _capitalised_mid_clause,
    _spaced_out,
    _english_person,
    *ACTS,
    *OWNERS,
    *DOUBTS,
    firm_name_part,
)
