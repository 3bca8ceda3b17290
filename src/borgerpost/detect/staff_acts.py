"""Staff-name cues of what is done to or with the person: seen, met, phoned, taken care
of, told something, held up as an example, equated with or called an epithet, asked
for, written by, working on the writer's case. Part of the cue rules in ``staff_cues``,
kept apart so each file stays small; ``ACTS`` lists them in the order they are weighed.
"""

from __future__ import annotations

from borgerpost.detect.staff_address import called_names
from borgerpost.detect.staff_window import (
    Cue,
    Subject,
    Window,
    joined_to_person,
)
from borgerpost.detect.staff_words import (
    CASE_WORDS,
    DETERMINERS,
    EXAMPLE_KINDS,
    GREET_VERBS,
    HEARD,
    MEETINGS,
    OBJECT_VERBS,
    ON_THE_PHONE,
    REFLEXIVES,
    SENT_THINGS,
    SUCH,
    TAKE,
    TALKED,
    VIOLENCE_ENDS,
    VIOLENCE_INFINITIVES,
    epithet_after,
)


def object_of_verb(s: Subject, w: Window) -> Cue | None:
    """The name right after a verb of seeing, meeting, following or seeking someone out:
    a person ("har filmet X", "mødte X i Netto"), not a place or a thing."""
    if w.gap_before != " " or not w.before:
        return None
    verb_before = w.before[-2] if len(w.before) >= 2 else ""
    talked_with = (w.before[-1] == "med" and verb_before in TALKED) or (
        w.before[-1] == "fra" and verb_before in HEARD  # "hørte fra X": one hears from a person
    )
    greeted = w.before[-1] == "på" and verb_before in GREET_VERBS  # "hilser på X"
    determined = w.before[-1] in DETERMINERS and verb_before in OBJECT_VERBS
    violence = w.before[-1] in VIOLENCE_INFINITIVES and w.after[:1] != () and (
        w.after[0] in VIOLENCE_ENDS
    )  # "skal slå X ihjel"
    acted = talked_with or greeted or determined or violence
    if w.before[-1] not in OBJECT_VERBS and not acted:
        return None
    if not w.capitalised or w.prev_capitalised:
        return None
    verb = " ".join(w.before[-2:]) if talked_with or greeted or determined else w.before[-1]
    return Cue("object_of_verb", 0.15, f"en person, man «{verb}»")


def taken_care_of(s: Subject, w: Window) -> Cue | None:
    """ "tage jer lidt af Grindsted", "tager sig af X", "tage hånd om X": one takes care
    of (or deals with) a person, not of a town."""
    if w.gap_before != " " or w.prev_capitalised:
        return None
    words = w.before[-5:-1]  # "tage jer lidt": the verb, its reflexive, one adverb
    reflexive = w.before[-1:] == ("af",) and any(
        words[k] in TAKE and words[k + 1] in REFLEXIVES for k in range(len(words) - 1)
    )
    by_hand = len(w.before) >= 3 and w.before[-3] in TAKE and w.before[-2:] == ("hånd", "om")
    if not (reflexive or by_hand):
        return None
    return Cue("taken_care_of", 0.45, "en person, man tager sig af («tage sig af …»)")


_AGREED = frozenset(("aftalt", "aftalte", "aftaler", "aftale", "aftaltes"))


def met_with(s: Subject, w: Window) -> Cue | None:
    """The name right after "mødet med" ("møde m" in a quick text), or after "hos" in a
    sentence about a meeting ("en ny tid hos X", "samtalen i morgen kl. 10 hos X"): the
    person one has an appointment with."""
    if w.gap_before != " " or not w.before or w.prev_capitalised:
        return None
    if not w.capitalised and w.cased_text:
        return None  # a small letter in a text with capitals: a word, not the name
    if w.before[-1] in ("med", "m") and len(w.before) >= 2 and w.before[-2] in MEETINGS:
        said = " ".join(w.before[-2:])  # "mødet med X" (not "til mødet med min mor")
    elif w.before[-1] == "med" and len(w.before) >= 2 and w.before[-2] in _AGREED:
        said = f"{w.before[-2]} med"  # round 191: "jeg har aftalt med X, at …"
    elif w.before[-1] in ("hos", "med") and not MEETINGS.isdisjoint(w.sentence_words):
        said = f"… {w.before[-1]}"  # "samtalen i morgen kl. 10 hos X", "mødet tirsdag med X"
    else:
        return None  # "købte fisk hos Smed": a shop as often as a person
    return Cue("met_with", 0.3, f"en person, man har en aftale med («{said} …»)")


def on_the_phone(s: Subject, w: Window) -> Cue | None:
    """ "fik den mundtligt af Gitte i telefonen", "Bo i telefonen sagde …": a person."""
    if w.after[:2] not in ON_THE_PHONE or w.gap_after != " " or not w.capitalised:
        return None
    return Cue("on_the_phone", 0.3, f"en person i telefonen («… {' '.join(w.after[:2])}»)")


def relayed_to(s: Subject, w: Window) -> Cue | None:
    if not w.relays_message():
        return None
    return Cue("relayed_to", 0.35, "en besked gives videre til personen («sig til … at»)")


# probe round 337: one writes or rings "til" a person ("har mailet til Skov flere gange"): a
# capitalised word right after such a verb and "til", ending its clause, is the addressee
_WROTE_TO = frozenset(
    "skrevet skrev skriver skrive mailet mailede mailer ringet ringede ringer sms'et "  # noqa: SIM905
    "henvendt henvendte".split()
)


def written_to(s: Subject, w: Window) -> Cue | None:
    if w.before[-2:-1] == () or w.before[-2] not in _WROTE_TO or w.before[-1] != "til":
        return None
    if not w.capitalised or w.clause_start or w.genitive or w.gap_before != " ":
        return None
    if w.name_after:
        return None  # "skrev til Region Midt": a body's name of two words
    return Cue("written_to", 0.2, f"der skrives eller ringes til personen («{w.before[-2]} til …»)")


def such_as(s: Subject, w: Window) -> Cue | None:
    """ "sådan en tåbe som Palle", "flere som Lærke": a person held up as an example."""
    if w.before[-1:] != ("som",) or w.gap_before != " " or not w.capitalised:
        return None
    example = len(w.before) >= 2 and w.before[-2] in EXAMPLE_KINDS  # "flere som Lærke"
    if w.sentence_words.isdisjoint(SUCH) and not example:
        return None
    return Cue("such_as", 0.35, "en person, der holdes frem som eksempel («sådan en … som …»)")


def person_part(s: Subject, w: Window) -> Cue | None:
    if not joined_to_person(w):
        return None
    return Cue("person_part", 0.35, f"navnet hæftet på en person («…-{w.after[0]}»)")


def equated(s: Subject, w: Window) -> Cue | None:
    """ "Lund = idiot", "Tanja R = sp4st": the name set equal to an epithet."""
    if w.gap_after.strip() != "=" or not w.after or not epithet_after(w.after[0]):
        return None
    return Cue("equated", 0.45, f"navnet sat lig med et skældsord («= {w.after[0]}»)")


def identified(s: Subject, w: Window) -> Cue | None:
    """ "Fjenden er ikke Bo, det er loven", "Det er Storm!": a name written with a capital
    as what the copula identifies (denied, or pointed out with "det"), closing its clause —
    who someone is."""
    end = w.gap_after.lstrip()[:1]
    denied = w.before[-2:] == ("er", "ikke") and (not w.after or end in (",", ".", "!", "?"))
    pointed = w.before[-2:] == ("det", "er") and (not w.after or end in (".", "!", "?"))
    if (denied or pointed) and w.capitalised and w.cased_text and not w.clause_start:
        return Cue("identified", 0.2, "navnet er det, sætningen identificerer («… er X»)")
    return None


def asked_for(s: Subject, w: Window) -> Cue | None:
    """ "hvem er det der hedder Eng derinde?": the writer asks who has the name."""
    if w.asks_for_name() and w.capitalised:
        return Cue("asked_for", 0.2, "skribenten spørger, hvem der har navnet («hvem … hedder …»)")
    return None


def taken_up(s: Subject, w: Window) -> Cue | None:
    """ "Tag en kniv med til Frost på mandag. Hun har fortjent det": a name with a capital
    near the end of its sentence, taken up by "han" or "hun" opening the next one."""
    if w.next_opener in ("han", "hun") and w.capitalised and w.cased_text and not w.clause_start:
        return Cue("taken_up", 0.2, f"næste sætning fortsætter om personen («{w.next_opener} …»)")
    return None


def with_his_people(s: Subject, w: Window) -> Cue | None:
    """ "Hav og hans folk", "Bo og hendes team": a person with their own people."""
    if w.gap_after != " " or w.after[:1] != ("og",) or w.after[1:2] not in (("hans",), ("hendes",)):
        return None
    return Cue("with_own", 0.35, f"en person med sine egne («… og {w.after[1]}»)")


def sender(s: Subject, w: Window) -> Cue | None:
    """ "endnu et afslag fra Lange", "brevet fra Skov": who a decision or a letter came from."""
    if w.before[-1:] != ("fra",) or w.before[-2:-1] == () or w.before[-2] not in SENT_THINGS:
        return None
    if w.gap_before != " " or not w.capitalised:
        return None
    return Cue("sender", 0.35, f"afsender af «{w.before[-2]}»")


def got_hold_of(s: Subject, w: Window) -> Cue | None:
    """stop 31: "Kan jeg få fat i Kanthasamy?": one gets hold of a person, not a place."""
    if w.before[-2:] != ("fat", "i") or w.gap_before != " " or not w.capitalised:
        return None
    return Cue("got_hold_of", 0.2, "en person, man vil have fat i («fat i …»)")


def casework(s: Subject, w: Window) -> Cue | None:
    if w.sentence_words & CASE_WORDS:
        return Cue("casework", 0.1, "sætningen handler om sagsbehandling")
    return None


ACTS = (
    written_to,
    object_of_verb,
    taken_care_of,
    met_with,
    on_the_phone,
    relayed_to,
    such_as,
    person_part,
    equated,
    called_names,
    identified,
    asked_for,
    taken_up,
    with_his_people,
    sender,
    got_hold_of,
    casework,
)
