"""The staff-name cues that doubt a candidate: the name belongs to someone or something
else — the writer's relative or neighbour, a doctor, an artist, the writer's own name in a
greeting or sign-off, a place, part of a compound, an ordinary word written small.

``staff_cues`` adds these (negative weights) to the cues that point to the staff member;
kept apart so each half stays short and a reader finds the "why not" rules in one place.
"""

from __future__ import annotations

import re

from borgerpost.detect.staff_artists import artist
from borgerpost.detect.staff_naming import closing_vocative, named_someone_else
from borgerpost.detect.staff_outings import OUTINGS
from borgerpost.detect.staff_place_words import OTHER_WORKPLACES, matter_moves
from borgerpost.detect.staff_places import (
    month,
    place_before,
    place_elsewhere,
    thing_named,
    town_of_address,
    venue,
)
from borgerpost.detect.staff_window import WORDLIKE, Cue, Subject, Window, joined_to_person
from borgerpost.detect.staff_words import (
    CASE_WORDS,
    COURTESY_TITLES,
    GREETINGS,
    MEETINGS,
    MY,
    OTHER_PROFESSIONS,
    OWN_GROUPS,
    PERSON_ACTS,
    QUOTE_MARKS,
    RELATIONS,
    SECOND_PERSON,
    SELF_INTRODUCTIONS,
    SIGNOFFS,
    SUBJECT_PRONOUNS,
    VERBS,
    WORKS,
    epithet_before,
    is_casework,
    is_title,
)

MY_PLURAL = MY | {"mine"}  # "Bo er min hund", "Sol og Bo er mine katte"
# "mine to katte", "mine tre børn", "min gamle hund"
NUMBERS_AND_AGES = frozenset("to tre fire fem seks gamle lille små søde".split())  # noqa: SIM905
OWN_RELATIONS_PLURAL = frozenset(
    "katte hunde heste kaniner børn unger sønner døtre drenge piger brødre søstre forældre "  # noqa: SIM905
    "venner veninder naboer".split()
)
_WRITER_IS = (("jeg", "er"), ("vi", "er"), ("er", "jeg"), ("er", "vi"))
# Words before a noun: "du har en kim" is the word, "mit liv kim" closes on a name
NOUN_DETERMINERS = frozenset(
    "en et den det de min mit din dit sin sit hans hendes vores jeres deres ny lille".split()  # noqa: SIM905
)


SPOKEN_TO = SECOND_PERSON | {"ses"}  # "vi ses …": a parting said to someone


def noun_opens_sentence(s: Subject, w: Window, verb: str) -> bool:
    """Probe round 337: an ordinary noun in the definite form opening a sentence, where the
    capital says nothing, before a verb known only by its ending ("Solen skinnede hele dagen",
    "Heldet vendte til sidst"): the noun is the subject. A verb of the listed ones ("Holmen
    sagde", "Holmen ringede") or casework in the sentence ("Holmen afviste min klage") still
    makes it the person."""
    if s.ambiguity not in WORDLIKE or not w.spelt.endswith(("en", "et")):
        return False
    if not w.clause_start or w.sentence_before:
        return False
    if matter_moves(verb, w.after):
        return True  # probe round 369: only water or matter does so, casework or not
    if w.sentence_words & CASE_WORDS:
        return False
    return verb not in VERBS and verb not in PERSON_ACTS


def _relation_before(s: Subject, w: Window) -> Cue | None:
    """ "min nabo X", "X, min søster": someone of the writer's own life — the relation must
    stand in the name's clause ("… for min bror. Hvis X …" is someone else)."""
    if closing_vocative(w):
        return None
    before = w.before[-min(2, w.into_clause) :] if w.into_clause else ()
    if w.before[-1:] and w.before[-1] in COURTESY_TITLES:
        before = w.before[-3:-1]  # "min nabo hr. Nguyen": the full stop ends no clause
    for k, word in enumerate(before):
        if word in RELATIONS and not (word == "mand" and before[k - 1 : k] != ("min",)):
            # "mand" is a husband only as "min mand": "du er død mand X" is a man
            return Cue("relation", -0.8, f"en privat relation («{word}») står foran")
    if w.genitive and w.after[:1] and w.after[0] in RELATIONS and w.before[-2:] in _WRITER_IS:
        # "jeg er Kurts nabo": the writer's own neighbour, friend or relative
        return Cue("relation", -0.8, f"skribenten er personens «{w.after[0]}»")
    apposition = w.gap_after.strip() == "," and len(w.after) > 1 and w.after[0] in MY
    # "Hej Vera, min søn …" greets Vera; "Hej⏎⏎Mathias, min søn på 4, …" greets no one
    greeted = _greeted(w) and "\n" not in w.gap_before
    # probe round 323: a sentence that speaks to "du" addresses the name (staff_address)
    greeted = greeted or w.speaks_to_you()
    if apposition and w.after[1] in RELATIONS and not greeted:  # "Anne, min søster, …"
        return Cue("relation", -0.8, f"en privat relation («{w.after[1]}») står efter")
    return None


def _work_of_art(s: Subject, w: Window) -> Cue | None:
    """ "et maleri af Abildgaard", "bogen af Ravn", "Ibsens 'Et dukkehjem'": the artist or
    author of a work (a genitive before a quoted title)."""
    if w.before[-2:-1] and w.before[-1] == "af" and w.before[-2] in WORKS and w.gap_before == " ":
        return Cue("work_of_art", -0.8, f"ophavsperson til et værk («{w.before[-2]} af …»)")
    quoted_title = w.genitive and w.gap_after.strip()[:1] in QUOTE_MARKS
    scare_quoted = w.after[:1] and w.after[0] in _SCARE_QUOTED  # stop 33: "Xs 'hjælp'"
    if quoted_title and not scare_quoted and not any(map(is_casework, w.after[:2])):
        # (not "Ibsens 'nye plan'")
        return Cue("work_of_art", -0.8, "ophavsperson til et værk (en titel i citationstegn)")
    return None


# what a caseworker gives, put in scare quotes to mock it ("Nogen der har haft Xs 'hjælp'?")
_SCARE_QUOTED = frozenset(
    "hjælp støtte omsorg service rådgivning vejledning indsats behandling empati "  # noqa: SIM905
    "forståelse faglighed professionalisme medfølelse".split()
)


def _word_used_plainly(s: Subject, w: Window) -> Cue | None:
    """ "Lange køer hos lægen, lange køer på jobcentret": a name that is also a word, with
    a capital only where a sentence starts, and written small elsewhere in the text."""
    if s.ambiguity in WORDLIKE and w.clause_start and w.small_elsewhere and w.cased_text:
        if _speaks(w):
            return None
        return Cue("word_used_plainly", -0.5, "bruges også som almindeligt ord i teksten")
    return None


def _speaks(w: Window) -> bool:
    """probe round 299: the word opens its clause as the subject of a verb of saying ("Ask
    skrev i mailen, at …", though "ask" is a tree elsewhere): a person speaks. Fronted before
    the verb and a pronoun ("Vel sagde han det, men …") it is the adverb."""
    return (
        w.after[:1] != ()
        and w.after[0] in PERSON_ACTS
        and (len(w.after) < 2 or w.after[1] not in SUBJECT_PRONOUNS)
    )


_WITH_ME_AFTER = (("og", "jeg"), ("og", "mig"))
_WITH_ME_BEFORE = (("jeg", "og"), ("mig", "og"))


# stop 31: how the pair works together ("Sohrab og jeg kommer ikke til at forstå hinanden",
# "mig og X kan ikke samarbejde"): a citizen and a caseworker, not a friend
_UNDERSTAND = frozenset(("forstå", "forstår", "forstod", "forstået"))
_COOPERATE = ("samarbejd", "uenige", "kemi")


def _working_together(w: Window) -> bool:
    words = w.sentence_words
    understood = "hinanden" in words and not words.isdisjoint(_UNDERSTAND)
    return understood or any(word.startswith(_COOPERATE) for word in words)


def _private_life(s: Subject, w: Window) -> Cue | None:
    # "Bitte og jeg", "mig og Bitte" — not across a full stop ("…, Bitte. Og jeg ved …")
    pair_after = w.after[:2] in _WITH_ME_AFTER and w.gap_after.strip() in ("", ",")
    # probe round 353: a comma before the "og" closes the writer's clause and opens the
    # name's own ("Jeg ringede ind, og Bo i receptionen hjalp mig"): no pair
    pair_before = (
        w.before[-2:] in _WITH_ME_BEFORE
        and w.gap_before.strip() in ("", ",")
        and not w.comma_before_prev
    )
    if pair_after or pair_before:
        if _working_together(w):
            return None  # "Sohrab og jeg kan ikke samarbejde": a working pair, no friend
        if any(is_title(word) for word in w.sentence_words):
            # "kan jeg skifte sagsbehandler? mig og Vilje passer ikke sammen": the pair is
            # the writer and the caseworker the sentence is about
            return Cue("private_life", -0.2, "«… og jeg», men sætningen handler om sagen")
        return Cue("private_life", -0.5, "privatliv («… og jeg»)")
    if w.after[:1] == ("fra",) and w.after[1:2] in (("min",), ("mit",), ("mine",), ("vores",)):
        return Cue("private_life", -0.5, "en person fra skribentens eget liv")
    if s.single and w.after[:1] == ("fra",) and w.after[1:2] and w.after[1] in OTHER_WORKPLACES:
        return Cue("private_life", -0.5, f"en person fra en anden arbejdsplads («{w.after[1]}»)")
    in_own_group = (  # "Jeppe i min klasse", "Mia på mit hold"
        w.after[:1] in (("i",), ("på",))
        and w.after[1:2] in (("min",), ("mit",), ("vores",))
        and w.after[2:3] != ()
        and w.after[2] in OWN_GROUPS
    )
    if in_own_group:
        return Cue("private_life", -0.8, f"en person fra skribentens eget liv («{w.after[2]}»)")
    own = _said_to_be_own(w.after)
    if own:
        return Cue("private_life", -0.8, f"skribentens egen («… er {own}»)")
    return None


def _said_to_be_own(after: tuple[str, ...]) -> str:
    """ "Bo er min hund", "Sol og Bo er mine to katte": the sentence says whose the name is,
    the writer's own relative or pet. The words that say so, or ""."""
    rest = after[2:] if after[:1] == ("og",) else after  # "Sol og Bo er …": the pair
    if rest[:1] not in (("er",), ("var",)) or rest[1:2] == () or rest[1] not in MY_PLURAL:
        return ""
    k = 3 if rest[2:3] and rest[2] in NUMBERS_AND_AGES else 2
    word = rest[k] if k < len(rest) else ""
    if word in RELATIONS or word in OWN_RELATIONS_PLURAL:
        return " ".join(rest[1 : k + 1])
    return ""


def _other_profession(s: Subject, w: Window) -> Cue | None:
    """ "dr. Wulff", "advokat Kok": a doctor's or a lawyer's name, not a caseworker's."""
    if w.before and w.before[-1] in OTHER_PROFESSIONS and w.gap_before.strip() in ("", ".", ","):
        return Cue("other_profession", -0.8, f"en anden faggruppes titel («{w.before[-1]}»)")
    return None


def _self_introduction(s: Subject, w: Window) -> Cue | None:
    """ "Mit navn er Hassan Ali …", "Hej det er Gry Thomasen, jeg skriver …": the writer's
    own name, even where a staff member shares it."""
    for words in SELF_INTRODUCTIONS:
        if w.before[-len(words) :] == words:
            return Cue("self_introduction", -0.8, "skribenten præsenterer sig selv")
    return None


def _signoff_before(s: Subject, w: Window) -> Cue | None:
    if any(word in SIGNOFFS for word in w.before[-3:]) and w.before[-1:] != ("til",):
        # ("hilsner til Sofie": greetings sent to someone, not signed by her)
        return Cue("signoff", -0.8, "står i en hilsen: skribentens eget navn")
    if s.single and not w.after and _LAST_LINE_AFTER_SENTENCE.search(w.gap_before):
        # "… Kan nogen ringe mig op?⏎⏎Kim": a name alone on the last line signs the letter
        return Cue("signoff", -0.8, "står alene på sidste linje: skribentens underskrift")
    return None


# a finished sentence, then the line the name stands on (the text's last word)
_LAST_LINE_AFTER_SENTENCE = re.compile(r"[.!?)]\s*\n\s*$")


# probe round 287: readers told to search for the name with a place or a unit beside it
# ("søg på 'Holm Vestervig' på Facebook"): the words of a search, not another person's name
SEARCH_VERBS = frozenset(("søg", "søge", "søger", "google", "googl", "googler", "googl'"))
_MAKE_BEFORE = frozenset(("hvilken", "hvilket", "sin", "sit", "hans", "hendes", "den", "en"))


def _other_name(s: Subject, w: Window) -> Cue | None:
    # stop 31: a first name, then a surname's initials ("Ludmilla V-T") is one person;
    # a surname, then an initial ("Storm P.") another's name
    initials = s.form == "first" and w.initials_after
    searched = not w.name_before and not SEARCH_VERBS.isdisjoint(w.before[-3:])
    made = not _MAKE_BEFORE.isdisjoint(w.before[-2:-1])  # r433: "hvilken Polo" is a make
    if (w.name_before and not made) or (w.name_after and not initials and not searched):
        return Cue("other_name", -0.6, "står ved et andet navn: en anden person eller et sted")
    return None


def _heading(s: Subject, w: Window) -> Cue | None:
    """ "PS: Jeg har også vedlagt …", "NB: husk …": an everyday abbreviation opening a line
    before a colon is a heading, not the colleague with those initials."""
    before_colon = w.clause_start and w.gap_after.lstrip(" ").startswith(":")
    if s.form == "alias" and s.ambiguity in WORDLIKE and before_colon:
        return Cue("heading", -1.0, "en forkortelse som overskrift («PS:»)")
    # "Kilde: Ankestyrelsens undersøgelse": a word-name as a label before a colon, in a
    # sentence that speaks to nobody ("Storm: hvorfor svarer du ikke?" speaks to Storm)
    if (
        s.single
        and s.ambiguity in WORDLIKE
        and before_colon
        and not w.speaks_to_you()
    ):
        return Cue("heading", -0.8, "et almindeligt ord som overskrift («Kilde:»)")
    return None


def _compound(s: Subject, w: Window) -> Cue | None:
    if w.hyphen_compound and not joined_to_person(w):
        return Cue("compound", -0.8, "del af et sammensat ord")
    return None


def _greeted(w: Window) -> bool:
    """A greeting opens the clause right before the name ("hej vilje …", "Kære Bo,")."""
    return bool(w.prev_clause_start and w.before[-1:] and w.before[-1] in GREETINGS)


def _person_frame(w: Window) -> bool:
    acts = w.clause_start and w.after[:1] != () and w.after[0] in PERSON_ACTS
    # "kan mødet med bue flyttes": one has a meeting with a person, not with the word
    met = len(w.before) >= 2 and w.before[-1] == "med" and w.before[-2] in MEETINGS
    return (
        _greeted(w) or w.relays_message() or bool(epithet_before(w.before))
        or w.owns_casework() or _closes_address(w) or acts or met
    )  # fmt: skip


def _closes_address(w: Window) -> bool:
    """ "du ødelagde mit liv kim.", "vi ses på parkeringspladsen aksel.": the name closes a
    sentence spoken to "du" (or a "vi ses" said to someone), after a word that is no
    determiner ("du har en kim" is the word)."""
    return (
        w.gap_before == " " and bool(w.before) and w.before[-1] not in NOUN_DETERMINERS
        and not w.sentence_words.isdisjoint(SPOKEN_TO)
        and (not w.after or w.gap_after.lstrip().startswith((".", "!", "?", ",")))
    )  # fmt: skip


def _lowercase(s: Subject, w: Window) -> Cue | None:
    """A name that is also a word, written small: in a text with capitals it is the word;
    in one without, a weak doubt — unless its frame names a person: a greeting opening the
    clause right before it ("hej vilje …"), an epithet in apposition ("den kælling sommer"),
    the genitive owner of casework ("dams kursus"), a message passed on ("sig til sol at"),
    an act only a person does ("vilje sagde …").
    Such a text writes every name small."""
    if w.capitalised:
        return None
    if not w.cased_text and _person_frame(w):
        return None
    if s.ambiguity in WORDLIKE and not w.cased_text:
        return Cue("lowercase_word", -0.3, "skrevet med lille i en tekst uden store bogstaver")
    if s.ambiguity in WORDLIKE:
        return Cue("lowercase_word", -1.0, "skrevet med lille: et almindeligt ord")
    if w.cased_text:
        return Cue("lowercase_cased", -0.4, "skrevet med lille i en tekst med store bogstaver")
    return Cue("lowercase", -0.1, "skrevet med lille begyndelsesbogstav")


# The doubts that also apply to a first name with a surname's initial ("Kim S."): such a
# short form is shared by many, and "Kim S. fra min gamle arbejdsplads" is someone else
OWN_LIFE = (_relation_before, _private_life, _self_introduction, _signoff_before)

# stop 29: exclamations a name may share ("Dang, jeg missede fristen", "Hov! Jeg glemte …")
INTERJECTIONS = frozenset(
    str.split(
        "dang damn darn shit fuck wow hov ups pokkers fandens satans nåh øv føj puha yes "
        # probe round 369: Danish oaths of surprise too ("Jøsses, sikke en kø i dag", "Kors,
        # hvor blæser det"): opening a sentence they call no person named so
        "kors jøsses sørens pyha uha herregud"
    )
)


def _interjection(s: Subject, w: Window) -> Cue | None:
    """ "Dang, jeg missede fristen": a name that is also an exclamation, opening the text or
    a sentence and set off by a comma or "!", is the exclamation."""
    spelt = w.spelt
    if not (s.single and spelt in INTERJECTIONS and w.clause_start):
        return None
    if w.gap_after.lstrip(" ")[:1] not in (",", "!"):
        return None
    if w.speaks_to_you():
        return None  # "Dang, kan du ringe mig op?": spoken to the person
    return Cue("interjection", -0.8, f"et udbrud («{spelt}, …»)")


# probe round 345 (misc): a royal or noble title written small right before a first name
# ("en dokumentar om kong Christian", "prins Joachim åbnede broen"): a public figure
ROYAL_TITLES = frozenset(
    "prinsesse prins dronning kong konge kronprins kronprinsesse kejser kejserinde hertug "  # noqa: SIM905
    "hertuginde greve grevinde pave zar".split()
)


def _royal_title(s: Subject, w: Window) -> Cue | None:
    """Probe round 345: "filmen om prinsesse Diana": a royal title before the name names a
    public figure, unless the sentence is about casework ("dronning Lise afviste min klage"
    mocks the caseworker)."""
    if not (s.single and w.before[-1:] and w.before[-1] in ROYAL_TITLES and w.gap_before == " "):
        return None
    if w.sentence_words & CASE_WORDS:
        return None
    return Cue("royal_title", -0.8, f"en kendt person med titel («{w.before[-1]} …»)")


DOUBTS = (
    _interjection,
    _royal_title,
    _relation_before,
    _word_used_plainly,
    month,
    _private_life,
    _work_of_art,
    _signoff_before,
    _other_profession,
    named_someone_else,
    _self_introduction,
    _other_name,
    place_before,
    place_elsewhere,
    town_of_address,
    thing_named,
    venue,
    artist,
    *OUTINGS,
    _compound,
    _heading,
    _lowercase,
)
