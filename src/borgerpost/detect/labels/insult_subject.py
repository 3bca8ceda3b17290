"""Who the subject before a copula is, for ``insult_frames``: a person described by where
they sit ("hende i skranken med de store briller er …"), a person told by a clause without
"som" ("den nye chef I har fået er …"), a team of staff ("ledelsen er …"), a person from a
place ("Lis fra kontanthjælp er …") — or a thing ("jeres system er noget lort") or animals
("de i stalden er nogle køer"), which no epithet can degrade.
"""

from __future__ import annotations

from collections.abc import Sequence

from borgerpost.detect import lexicon
from borgerpost.detect.labels.insult_clause import is_person
from borgerpost.detect.labels.insult_lexicon import epithet_hit, person_nouns
from borgerpost.detect.labels.insult_things import inflected_thing
from borgerpost.detect.rules import FIRST_PERSON, OTHER_PERSON
from borgerpost.detect.textview import SENTENCE, STAFF_GENITIVE

# probe round 98: "på" typed without å ("Bo paa kontanthjaelp er en klovn")
ATTRIBUTE_PREPOSITIONS = frozenset(("fra", "i", "på", "paa", "hos", "ved", "under"))


# probe round 67: a team or the staff as the copula's subject ("hele det kontanthjælpsteam
# er noget pak", "ledelsen er nogle rotter", "teamet på Fleksjob er noget pøbel"): the
# people in it; not a swear word said of it ("jeres team er noget lort" is about the work)
STAFF_GROUP_ENDS = ("team", "teamet", "teams", "ledelse", "ledelsen", "personale",
                    "personalet", "staben", "medarbejderstab",
                    # round 128: a department ("hele ydelsesafdelingen er en flok svin")
                    "afdeling", "afdelingen", "afdelinger", "afdelingerne")  # fmt: skip


def staff_group(word: str) -> bool:
    return word.endswith(STAFF_GROUP_ENDS) and word not in ("steam", "steamet")


# probe round 26: "hende i skranken med de store briller er …", "ham ved skranke 3 med det
# grå skæg er …": the person opens the clause and is told apart by where they sit or how
# they look, in a row of prepositional phrases before the copula
DESCRIBED_REACH = 8
DESCRIBING = ATTRIBUTE_PREPOSITIONS | {"med", "bag", "oppe", "nede", "henne"}
NOT_DESCRIBING = FIRST_PERSON | {"at", "som", "der", "hvis", "fordi", "når", "om", "og", "men"}


ANIMAL_PLACES = frozenset(
    ("stald", "stalden", "mark", "marken", "fold", "folden", "bås", "båsen", "indhegningen",
     "svinestien", "hønsegården", "dyreparken", "zoo")
)  # fmt: skip
# "de to i skranken", "I tre på kontoret": a count after the plural pronoun
GROUP_COUNTS = frozenset(("to", "tre", "fire", "fem", "begge", "2", "3", "4", "5"))


# probe round 271: a definite noun for a person told apart by where they sit ("manden ved
# skranke 4 er en gammel ged", "fyrene i kantinen er nogle aber")
DEFINITE_PEOPLE = frozenset(
    "manden mændene kvinden kvinderne damen damerne fyren fyrene typen typerne".split()  # noqa: SIM905
)


def described(subject: list[str], *, groups: bool = False) -> bool:
    """``subject`` (backwards from the word before the copula to the clause opener) is a
    person, then a preposition, then a few words that are no clause of their own. With
    ``groups`` a team may be the person (probe round 271: "teamet oppe på tredje sal er
    nogle aber", like "teamet er nogle aber")."""
    if len(subject) > 3 and subject[-2] in GROUP_COUNTS and subject[-1] in ("de", "I"):
        subject = [*subject[:-2], subject[-1]]  # the count dropped: "de (to) i skranken"
    if not 2 < len(subject) <= DESCRIBED_REACH:
        return False
    head = subject[-1]
    if not (is_person(head) or head in DEFINITE_PEOPLE or (groups and staff_group(head))):
        return False
    return subject[-2] in DESCRIBING and not NOT_DESCRIBING.intersection(subject[:-1])


# probe round 86: a relative clause without "som" between the person and the copula ("den
# nye chef I har fået er et svin", "den sagsbehandler jeg fik tildelt er en ko"): a pronoun
# subject and a verb or two, then the person noun it tells apart
CONTACT_SUBJECTS = frozenset(("I", "du", "vi", "jeg", "han", "hun", "de", "man"))
CONTACT_REACH = 4  # the pronoun and up to three verbs or particles after it
NOT_CONTACT = NOT_DESCRIBING | {"ikke", "aldrig", "hvor", "hvem", "da", "så", "for", "ved"}


def contact_clause(subject: list[str]) -> bool:
    """``subject`` (backwards from the word before the copula) is verbs, a pronoun subject,
    then a noun for a person (no pronoun) or a staff name."""
    for j, word in enumerate(subject[:CONTACT_REACH]):
        if word in CONTACT_SUBJECTS:
            if j == 0 or j + 1 >= len(subject):
                return False
            head = subject[j + 1]
            if head in OTHER_PERSON or head in FIRST_PERSON or not is_person(head):
                return False
            return all(w.isalpha() and not is_person(w) for w in subject[:j]) and not (
                NOT_CONTACT.intersection(subject[:j])
            )
        if not word.isalpha() or word in NOT_CONTACT:
            return False
    return False


def attributed(before: list[str]) -> bool:
    """ "<person> fra kontanthjælp er …": ``before`` (backwards, from the word before the
    copula's nearest noun) starts with a preposition and then the person."""
    return len(before) > 1 and before[0] in ATTRIBUTE_PREPOSITIONS and is_person(before[1])


# a possessive or demonstrative before the copula's subject makes it the head of its phrase
THING_DETERMINERS = frozenset("jeres dit din dine det den denne dette hans hendes deres".split())  # noqa: SIM905


_PEOPLE_WORDS = frozenset(
    str.split(
        "mand manden kvinde kvinden dame damen fyr fyren type typen person personen menneske "
        "mennesket pige pigen dreng drengen tøs tøsen chef chefen leder lederen folk"
    )
)


_STAFFED_PLACES = ("afdeling", "afdelingen", "team", "teamet", "kontor", "kontoret", "center",
                   "centret", "centeret", "kommune", "kommunen", "ledelse", "ledelsen",
                   "jobcenter", "jobcentret", "jobcenteret")  # fmt: skip


def thing_subject(subject_then_before: list[str]) -> bool:
    """ "Jeres system er noget lort", "den hjemmeside er noget lort": the copula's subject is
    a dictionary noun that is no person, headed by a possessive or a demonstrative."""
    if len(subject_then_before) < 2:
        return False
    determiner, noun = subject_then_before[1], subject_then_before[0]
    if determiner not in THING_DETERMINERS and determiner != STAFF_GENITIVE:
        return False
    if is_person(noun) or noun in person_nouns() or noun in _PEOPLE_WORDS:
        return False
    if noun.endswith(_STAFFED_PLACES):
        return False  # "hendes afdeling er en flok analfabeter": the people who work there
    if determiner == STAFF_GENITIVE:
        # a staff member's kin or colleague ("Bøghs kollega") is a person the dictionary may
        # not know as one: only the acts of a case and the tools count after the name
        return noun in CASE_ACTS or _thing_compound(noun)
    return (
        noun in lexicon.danish_words()
        or _thing_compound(noun)
        or noun in CASE_ACTS
        or inflected_thing(noun)  # round 425: "jeres breve", "jeres samtalemøder"
    )


# probe round 287: the acts of a case, nouns too long for the dictionary of short words ("hans
# vurdering er noget lort", "Jakobs indstilling er noget møg"): a thing a caseworker made, so a
# staff member's genitive before one (``STAFF_GENITIVE``) judges the act, not the person
CASE_ACTS = frozenset(
    str.split(
        "afgørelse afgørelsen afgørelser beslutning beslutningen vurdering vurderingen "
        "indstilling indstillingen sagsbehandling sagsbehandlingen partshøring partshøringen "
        "begrundelse begrundelsen behandling behandlingen jobplan jobplanen handleplan "
        "handleplanen redegørelse redegørelsen sanktion sanktionen afgørelserne"
    )
)


# probe round 132: a compound the dictionary lacks whose head is one of the tools a citizen
# deals with ("jeres telefonsystem er noget lort", "det nye bookingsystem er noget møg"); a
# closed list, so no compound epithet ("kontorsvin") slips through as a thing
THING_HEADS = ("system", "program", "portal", "hjemmeside", "formular", "blanket", "skema",
               "app", "løsning", "telefon", "ordning", "procedure", "kø")  # fmt: skip
COMPOUND_PREFIX = 3  # the letters before the head ("tlf" in "tlfsystem")


def _thing_compound(noun: str) -> bool:
    head = next((h for h in THING_HEADS if noun.endswith(h)), None)
    return (
        head is not None
        and len(noun) - len(head) >= COMPOUND_PREFIX
        and epithet_hit(noun) is None
        and not is_person(noun)
    )


# probe round 361: the generic "man" is no writer when the words from it to the contempt name
# a group of other people ("flot at man kan ansætte så mange folk uden en eneste idé"): the
# contempt is about that group; "man føler sig som et dumt menneske" names none
GROUP_NOUNS = frozenset(
    ("mennesker", "personer", "folk", "ansatte", "medarbejdere", "konsulenter",
     "sagsbehandlere", "typer", "individer")
)
GENERIC_REACH = 8


def generic_man_over_group(words: Sequence[str], first: int, last: int) -> bool:
    """Whether the nearest first-person word before ``first`` is "man" and a noun for a group
    of others stands between it and ``last`` (in the same sentence)."""
    k = first - 1
    while k >= 0 and first - k <= GENERIC_REACH and words[k] not in FIRST_PERSON:
        if words[k] == SENTENCE:
            return False
        k -= 1
    if k < 0 or words[k] != "man":
        return False
    return any(word in GROUP_NOUNS for word in words[k + 1 : last + 1])
