"""``insult``: a degrading personal attack on a person or a group.

Three kinds of evidence, all judged against who they are about (``rules.person_before``):
the writer ("jeg følte mig som en idiot", "de kaldte mig en snylter") is never insulted.

* Epithets (``lexicon/epithets.yaml``): ``strong`` ones degrade in any frame ("idiot",
  "kælling", compounds such as "kontoridiot"); ``ambiguous`` ones are also ordinary words
  ("ko", "svin", "rotter") and need a personal frame — a degrading adjective before them
  ("lede rotter", "klamme svin"), a copula on a person ("Kirsten er en ko"), a vocative
  at the end of a clause ("din ko!"), or a sentence that is little more than the word
  ("Svin!").
* Degrading adjectives said of a person ("du er hjernedød", "I er åndssvage").
* Phrases of contempt (``cues/insult.yaml``): "fatter ikke en skid", "blottet for skam".

An epithet is also known written without a Danish keyboard ("kaelling", "r0vslikker";
the lexicons know those spellings, ``lexicon.keyboard_spellings``), and a vulgar first
part before a noun for a person makes an epithet of its own ("lortesagsbehandler",
"skidespræller"; ``person_nouns`` in the epithet lexicon). An ambiguous epithet that is
also a swear word ("lort", "pik") is an expletive when it stands alone ("Lort lort lort.",
"sikke noget lort"): it insults only in a copula or "din …" frame ("du er et lort", "dit
lille lort").

A negation cancels an epithet ("du er ikke en idiot") but "ikke andet end" does not.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress

from borgerpost.detect import lexicon
from borgerpost.detect.base import Document, Evidence, Finding, evidence, register
from borgerpost.detect.cues import is_negated
from borgerpost.detect.labels.insult_adjectives import (
    addressed_adjective,
    degrading_alone,
    degrading_list,
)
from borgerpost.detect.labels.insult_apposition import appended
from borgerpost.detect.labels.insult_clause import is_person
from borgerpost.detect.labels.insult_frames import (
    framed,
)
from borgerpost.detect.labels.insult_homographs import (
    PLAIN_A_EPITHETS,
    heard_verb,
    lost_a_game,
    lost_out,
    plain_a_epithet,
    verb_homograph,
    when_typed_plain,
)
from borgerpost.detect.labels.insult_lexicon import (
    ETHNIC_NOUNS,
    STRICT_FRAMED,
    degrading_hit,
    epithet_hit,
    person_nouns,
    swear_word,
)
from borgerpost.detect.labels.insult_subject import generic_man_over_group
from borgerpost.detect.labels.insult_target import (
    FIRST_POSSESSIVE,
    OWN_PEOPLE,
    about_other,
    met_among_others,
    own_person_before,
    self_named,
    who_before,
    writer_object,
)
from borgerpost.detect.labels.insult_topic import topic_of_a_work
from borgerpost.detect.labels.insult_wished import wished_other
from borgerpost.detect.reported import is_reported
from borgerpost.detect.rules import (
    FIRST_PERSON,
    LABEL_AT,
    OTHER_PERSON,
    SELF,
    CueDetector,
    finding,
    match_evidence,
    quote,
    total_weight,
)
from borgerpost.detect.textview import SENTENCE, TokenView

# Vulgar adjectives that degrade the person noun they stand before ("skide sagsbehandler").
VULGAR_ATTRIBUTES = frozenset(
    "lorte skide møg skod forbandede forbandet forpulede forpulet fucking fuckede satans "  # noqa: SIM905
    "fandens helvedes pisse".split()
)
EPITHET_REASON = "Nedsættende betegnelse for person"


@register
class InsultDetector(CueDetector):
    name = "insult"
    labels = ("insult",)
    version = "1"
    cue_file = "cues/insult.yaml"

    def detect(self, doc: Document) -> list[Finding]:
        view, matches = self.matches(doc)
        if total_weight(matches) < LABEL_AT:  # probe round 369: a half (a mock salute) alone
            matches = [m for m in matches if m.cue.weight >= LABEL_AT]
        spans = [
            match_evidence(doc, view, m, "insult")
            for m in matches
            if (
                who_before(view, m.first) != SELF
                or own_person_before(view, m.first)
                or m.cue.extra.get("writer_object")  # "vi vil ikke have mere pak": others
                or _possessed_person(view, m.first)
                or _opens_on_other(view, m.first)
                or _contact_clause_head(view, m.first)
                or generic_man_over_group(view.words, m.first, m.last)
            )
            and not is_reported(view, m.first, m.last)
        ]
        spans += list(self._words(doc, view))
        spans += _emoji_epithets(doc, view)
        if not spans:
            return []
        return [finding(self.name, self.version, "insult", spans, 1.0)]

    def _words(self, doc: Document, view: TokenView) -> list[Evidence]:
        out: list[Evidence] = []
        candidates = list(map(_candidate, view.words))  # cached per word: one C-level pass
        if True not in candidates:
            return out
        for i in compress(range(len(candidates)), candidates):
            why = (
                _epithet(view, i)
                or degrading_alone(view, i)
                or _vulgar_attribute(view, i)
                or degrading_list(view, i)
                or _appended_swear(view, i)
                or _degraded_people_met(view, i)
                or addressed_adjective(view, i)
            )
            if why and (
                self_named(view, i) or is_reported(view, i, i) or topic_of_a_work(view, i)
            ):  # probe round 299: "en film om psykopater" names a subject
                continue
            if why and (
                writer_object(view, i)
                or met_among_others(view, i)
                or (not is_negated(view, i, i) and about_other(view, i))
                or wished_other(view, i)  # probe round 329: "find en, der ikke er en idiot"
            ):
                first = i - 1 if " " in why[0] else i  # "skide sagsbehandler": both words
                start, end = view.raw_span(first, i)
                out.append(
                    evidence(doc.raw, start, end, rule=f"insult:{why[0]}",
                             reason=f"{why[1]}: {quote(doc.raw[start:end])}")
                )  # fmt: skip
        return out


@lru_cache(maxsize=65536)
def _candidate(word: str) -> bool:
    """Whether a word is in the epithet or degrading-adjective lists at all (cheap filter)."""
    if word.startswith("@") or word == SENTENCE:
        return False
    return (
        epithet_hit(word) is not None or degrading_hit(word) is not None or word in person_nouns()
        or word in APPENDED_SWEARS or word in PLAIN_A_EPITHETS or word in ETHNIC_NOUNS
    )


def _possessed_person(view: TokenView, i: int) -> bool:
    """probe round 67: a cue that opens on a person the writer's possessive stands before
    ("min sagsbehandler er en kold, selvglad lille bureaukrat"): the possessive names
    someone else, not the writer."""
    return (
        i > 0
        and view.words[i - 1] in FIRST_POSSESSIVE
        and is_person(view.words[i])
        and view.words[i] not in FIRST_PERSON
    )


# probe round 92: the subject a cue opens on, when it is someone else ("jeg synes, han har
# hjernen af en dørmåtte", "jeg mener, Bo er en mand uden rygrad"): the writer before it
# only holds the opinion
OTHER_SUBJECTS = frozenset(("du", "I", "han", "hun", "de"))


def _opens_on_other(view: TokenView, i: int) -> bool:
    word = view.words[i]
    return word in OTHER_SUBJECTS or word.startswith("@")


# round 169: the writer inside a relative clause on the person the cue is about
# ("sagsbehandleren jeg fik i sidste uge er dummere end …", "chefen som vi har nu er …"):
# the noun before the writer's "jeg"/"vi" is the subject, the main clause's "er" follows
CLAUSE_SUBJECTS = frozenset(("jeg", "vi"))
RELATIVES = frozenset(("som", "der"))
MAIN_COPULAS = frozenset(("er", "var"))


def _contact_clause_head(view: TokenView, i: int) -> bool:
    words = view.words
    k = i - 1
    while k >= 0 and words[k] not in FIRST_PERSON and words[k] != SENTENCE:
        k -= 1
    if k < 1 or words[k] not in CLAUSE_SUBJECTS:
        return False
    head = k - 2 if words[k - 1] in RELATIVES and k > 1 else k - 1
    if not (is_person(words[head]) or words[head].startswith("@")):
        return False
    return any(words[j] in MAIN_COPULAS for j in range(k + 2, i))


# probe round 67: people the writer met, called by a degrading adjective on a noun for a
# person ("jeg har aldrig mødt så mange hjerneløse mennesker som hos jer"); only in the frame
# of ``met_among_others``, as the noun alone says nothing
MET_PEOPLE = frozenset(("folk", "mennesker", "personer", "typer", "individer", "væsner"))


def _degraded_people_met(view: TokenView, i: int) -> tuple[str, str] | None:
    hit = degrading_hit(view.words[i])
    if hit is None or i + 1 >= len(view.words):
        return None
    noun = view.words[i + 1]
    if noun not in MET_PEOPLE and noun not in person_nouns() and not is_person(noun):
        return None
    if not met_among_others(view, i + 1):
        return None
    return f"degrading:{hit.entry}", "Nedsættende om person"


# probe round 29: a swear word that names a person only in apposition with an adjective
# ("Bo er skyld i det hele, den kolde skid"); "fatter ikke en skid" is no such thing
APPENDED_SWEARS = frozenset(("skid",))


def _appended_swear(view: TokenView, i: int) -> tuple[str, str] | None:
    if view.words[i] not in APPENDED_SWEARS or not appended(view, i, adjective=True):
        return None
    return f"epithet:{view.words[i]}", EPITHET_REASON




def _vulgar_attribute(view: TokenView, i: int) -> tuple[str, str] | None:
    """ "en skide sagsbehandler", "de forbandede sagsbehandlere": a vulgar adjective right
    before a noun for a person."""
    if i == 0 or (view.words[i] not in person_nouns() and view.words[i] not in ETHNIC_NOUNS):
        return None
    if view.words[i - 1] not in VULGAR_ATTRIBUTES:
        return None
    return f"epithet:{view.words[i - 1]} {view.words[i]}", EPITHET_REASON


def _epithet(view: TokenView, i: int) -> tuple[str, str] | None:
    hit = epithet_hit(view.words[i])
    if hit is None and (base := plain_a_epithet(view, i)):
        return f"epithet:{base}", "Skældsord om person"  # probe round 65: "en tabe"
    if hit is None or verb_homograph(view, i) or _of_a_thing(view, i):
        return None
    if _cursed_thing(view, i):
        return None  # probe round 116: "hvor er de satans penge?" curses the money
    if lost_a_game(view, i) or lost_out(view, i) or when_typed_plain(view, i):
        return None  # false flags, round 80: "en taber i tennis" lost a match
    if heard_verb(view.words, i):
        return None  # probe round 79: "for at hore om mit papir" is "høre"
    if _animal_sound_after(view, i):
        return None  # stop 35: "den skide hund ovenpå blev ved med at gø": the dog itself
    if hit.category == "strong":
        return f"epithet:{hit.entry}", "Skældsord om person"
    if _intensifies_next(view, i):
        return None  # "en uhyre dygtig sagsbehandler": the word says "very"
    # "lort", "pik": a swear word unless said of a person ("du er et lort", "dit lort"); a
    # pot likewise ("den grimme krukke" is on the shelf)
    strict = swear_word(view.words[i], hit.entry) or hit.entry in STRICT_FRAMED
    if framed(view, i, swear=strict):
        return f"epithet:{hit.entry}", EPITHET_REASON
    return None


# stop 35: the sounds only an animal makes; an animal epithet followed by one in its sentence
# is the animal ("den skide hund ovenpå gøede hele natten", "de svin i stalden grynter")
ANIMAL_SOUNDS = frozenset(
    "gø gøer gøede gøet bjæffe bjæffer bjæffede logre logrer logrede miave miaver miavede "  # noqa: SIM905
    "grynte grynter gryntede brøle brøler brølede kagle kagler kaglede hyle hyler hylede".split()
)
ANIMAL_SOUND_REACH = 8


def _animal_sound_after(view: TokenView, i: int) -> bool:
    """An animal's sound within ``ANIMAL_SOUND_REACH`` words after word ``i``, in its sentence."""
    for k in range(i + 1, min(len(view.words), i + 1 + ANIMAL_SOUND_REACH)):
        if view.words[k] == SENTENCE:
            return False
        if view.words[k] in ANIMAL_SOUNDS:
            return True
    return False


# adjective endings: "en uhyre dygtig …", "skide hyggelig", "et uhyre venligt svar"
_ADJECTIVE_END = ("ig", "igt", "ige", "lig", "ligt", "lige", "som", "somt", "somme", "bar",
                  "bart", "sk", "ske", "ende")  # fmt: skip


def _intensifies_next(view: TokenView, i: int) -> bool:
    """An epithet that is also an intensifier ("uhyre", "skide") right before an adjective
    in the same clause modifies the adjective, not a person."""
    k = i + 1
    if k >= len(view.words) or view.clause_break[k] or view.words[k] == SENTENCE:
        return False
    return view.words[k].endswith(_ADJECTIVE_END) and len(view.words[k]) > 4


# probe round 116: the devil's genitive as a curse on the thing named after it ("hvor er de
# satans penge?", "den satans printer virker ikke"): an oath, no name for a person; before a
# person ("den satans sagsbehandler", "den satans Hansen") it stays one
CURSING_GENITIVES = frozenset(("satans",))


def _cursed_thing(view: TokenView, i: int) -> bool:
    words = view.words
    k = i + 1
    if words[i] not in CURSING_GENITIVES or k >= len(words) or view.clause_break[k]:
        return False
    noun = words[k]
    if noun == SENTENCE or noun.startswith("@") or is_person(noun) or noun in person_nouns():
        return False
    if noun in OWN_PEOPLE or noun in KIN_WORDS or noun in OTHER_PERSON or epithet_hit(noun):
        return False
    return noun in lexicon.danish_words()


# probe round 44: "din idiot af en printer", "det svin af en bil": the epithet said of a thing
# ("X af en Y" names Y); a person there ("din idiot af en sagsbehandler", "den taber af en
# chef", "det svin af en nabo") keeps it an insult
KIN_WORDS = frozenset(
    "søn sønnen datter datteren barn far faren fars mor moren mors onge unge knægt dreng pige "  # noqa: SIM905
    "mand kvinde dame fyr type person menneske bror søster nabo ven".split()
)


def _of_a_thing(view: TokenView, i: int) -> bool:
    """ "din idiot af en printer": ``af en/et`` after the epithet, then (past at most one
    adjective) a dictionary noun that is no person."""
    words = view.words
    k = i + 1
    if k + 2 >= len(words) or words[k] != "af" or words[k + 1] not in ("en", "et"):
        return False
    k += 2
    if k + 1 < len(words) and degrading_hit(words[k]) is None and words[k].endswith(
        ("e", "ig", "igt")
    ) and words[k + 1] not in (SENTENCE,):
        k += 1  # "af en gammel printer"
    noun = words[k]
    if noun.startswith("@") or noun == SENTENCE or is_person(noun) or noun in person_nouns():
        return False
    if noun in OWN_PEOPLE or noun in KIN_WORDS or epithet_hit(noun) or noun in OTHER_PERSON:
        return False
    return noun in lexicon.danish_words()


# probe round 44: an emoji as the epithet ("Lone Hav = 🤡", "Bo: 🤡🤡", "du er en 🤡"): a
# person, a sign for "er" (or "er en"), then a clown or a pile of dung; a clown at a party
# ("vi havde en 🤡 til fødselsdagen") has no person set equal to it
EMOJI_EPITHETS = "🤡💩🐍"
_EQUATED_EMOJI = re.compile(
    r"\s*(?:[=:\-–—]|er|var)?\s*(?:(?:sgu|fandme|bare|simpelthen|da)\s+)?"
    r"(?:(?:en|et|sådan en|sikke en)\s+)?(?:(?:kæmpe|stor|gammel)\s+)?[" + EMOJI_EPITHETS + "]"
)
EMOJI_PERSONS = frozenset(("du", "han", "hun", "I", "de"))


def _emoji_epithets(doc: Document, view: TokenView) -> list[Evidence]:
    if not any(e in doc.raw for e in EMOJI_EPITHETS):
        return []
    out: list[Evidence] = []
    words = view.words
    for j, word in enumerate(words):
        if not (word.startswith("@") or word in EMOJI_PERSONS or is_person(word)):
            continue
        if word in FIRST_PERSON or word == SENTENCE:
            continue
        if j > 0 and words[j - 1] not in (SENTENCE,) and not view.clause_break[j] and not (
            word.startswith("@") or word in EMOJI_PERSONS
        ):
            continue
        start, end = view.raw_span(j, j)
        m = _EQUATED_EMOJI.match(doc.raw, end)
        if m is None:
            continue
        said = quote(doc.raw[start : m.end()])
        out.append(evidence(doc.raw, start, m.end(), rule="insult:emoji",
                            reason=f"Sætter personen lig en klovn: {said}"))
    return out
