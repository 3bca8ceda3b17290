"""``exposure``: a named staff member is publicly shamed or exposed.

Needs a ``staff_named`` finding (the staff matcher runs earlier in the pipeline), then one of:

* ``doxxing`` — private data about a staff member is exposure by itself;
* a ``threat`` or ``insult`` aimed at the named person: in the sentence that names them,
  the sentence before, or one of the two after it (where "han", "hun", "du" carry the
  reference on: "Ahmed … Han skal bløde for det"), unless that later sentence turns to
  other people ("resten af jer", "kollegerne");
* a call to spread their identity (``cues/exposure.yaml``): "husk navnet", "skriv navnet
  ned", "så I kan genkende ham", "del gerne" (weak: it needs a second such cue).

Factual criticism of a named manager, a formal complaint naming the caseworker and praise
carry none of these, so they are not exposure.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from borgerpost.detect.base import Document, Evidence, Finding, evidence, register
from borgerpost.detect.cues import NEGATORS, is_negated
from borgerpost.detect.labels.exposure_others import turns_to_others
from borgerpost.detect.labels.insult_target import FIRST_POSSESSIVE, OWN_PEOPLE
from borgerpost.detect.rules import (
    LABEL_AT,
    CueDetector,
    finding,
    match_evidence,
    quote,
    total_weight,
)
from borgerpost.detect.staff_place_words import PREPOSITIONS
from borgerpost.detect.staff_words import QUOTE_MARKS, THIRD_SINGULAR, is_title
from borgerpost.detect.textview import SENTENCE, STAFF, STAFF_GENITIVE, TokenView

ATTACKS = {"threat": "Trussel mod navngiven medarbejder", "insult": "Navngiven medarbejder hånet"}
# a salutation before the name: the whole text is said to that person
SALUTATIONS = frozenset("til kære hej hr hr. fru fru. dear hejsa hallo goddag kaere".split())  # noqa: SIM905
SALUTATION_WORDS = 4
# the field of a web form that holds the message ("Besked: …", "Uddybning: …")
FORM_FIELDS = frozenset(
    "besked beskeden uddybning beskrivelse henvendelse henvendelsen tekst kommentar "  # noqa: SIM905
    "message indhold".split()
)
SUBJECT_SENTENCES = 2  # "Vedr. min sag. Kære X," — an abbreviation's full stop splits it
SUBJECT_LINE_WORDS = 8
SUBJECT_WORDS = frozenset("emne vedr vedrørende ang angående re sv fw titel overskrift".split())  # noqa: SIM905  # "Til Thomas Skjold.", "Kære Milla,": a short opening sentence
# verbs by which the writer reports what someone else called or said to the person
REPORTING = frozenset(
    "kaldte kaldt kalder kalde råbte råber råbe skreg skriger skrev skriver sagde siger "  # noqa: SIM905
    "hviskede hvæsede svinede svinet sviner nedgjorde titulerede tiltalte".split()
)
WRITER = frozenset(("jeg", "vi"))
REPORT_REACH = 8
# the writer agrees with what was reported ("… og det har han ret i", "det er hun også")
ENDORSING = (("ret", "i"), ("helt", "enig"), ("det", "er", "hun"), ("det", "er", "han"),
             ("med", "rette"), ("det", "passer"), ("enig", "i"), ("det", "har", "hun"))
# the others come after the named one, who is in the lot ("X står øverst. Resten af jer kommer
# bagefter", "resten af jer får også", "I andre er de næste")
AFTERWARDS = frozenset(
    "bagefter derefter dernæst senere efterfølgende også næste næstefter bagved tur".split()  # noqa: SIM905
)
SECOND_PERSON = frozenset("du dig din dit dine i jer jeres".split())  # noqa: SIM905
FOLLOW = 2  # sentences after a mention that a pronoun may still point back to it
# "Husk navnet X – hun fik mig i job. Bedste sagsbehandler ever": a name passed on in praise
PRAISE = frozenset(
    "bedste dygtig dygtige dygtigste fantastisk fantastiske fantastiskt sød søde sødeste "  # noqa: SIM905
    "engel englen takket taknemmelig taknemlig anbefale anbefaler anbefales anbefalet "
    "guldværd helten heltinde kanon genial geniale hjertevarm hjertevarme skøn "
    "skønne skønneste vidunderlig vidunderlige ildsjæl forbillede supersød "
    # round 124: English praise ("the best caseworker, everyone should know her name")
    "best amazing wonderful brilliant awesome kind helpful angel hero lifesaver "
    # round 132: a raise or a medal wished on the person ("Giv hende en lønforhøjelse!")
    "lønforhøjelse lønforhøjelsen medalje medaljen "
    # round 144: the person said to deserve praise ("fortjener ros", "al mulig ros")
    "ros rosen".split()
)
# helping verbs praise only with the writer as object ("hjalp mig", not "hjalp min
# arbejdsgiver med at slippe for mig")
PRAISE_VERBS = frozenset(
    "hjalp hjulpet hjælper reddede reddet redder troede støttede støttet kæmpede "  # noqa: SIM905
    # round 132: the one who listened to the writer ("den første, der har lyttet til mig")
    "lyttede lyttet lytter".split()
)
# what a helper saves of the writer's own: "hun reddede mit liv", "hjalp min familie"
OUR_GOOD = frozenset(
    (own, thing)
    for own in ("mit", "min", "vores")
    for thing in ("liv", "familie", "hverdag", "økonomi", "fremtid")
)
# blame beside the praise word keeps the call to spread: sarcasm, a warning
BLAME = (
    "ødelæg", "ødelagde", "værst", "skam", "lort", "skod", "advar", "undgå", "løgn", "hævn",
    "elendig", "ussel", "usle", "smadre", "knus", "ruin", "hader", "ond", "snyd", "svig",
    "forfærdelig", "frygtelig", "katastrofe", "mareridt", "uduelig", "dum", "ironi", "sarkas",
    "haha", "worst", "awful", "terrible", "horrible", "useless", "avoid", "warn", "incompetent",
    "rude",
)  # fmt: skip
BLAME_WORDS = frozenset(("ingenting", "intet", "not", "lol", "løj", "nul"))
PRAISE_NEGATED_AFTER = 3  # "hun hjalp mig ikke"
GOOD_THINGS = frozenset(
    "god godt gode dejlig dejligt dejlige fin fint fine hyggelig hyggeligt hyggelige "  # noqa: SIM905
    "lærerig lærerigt lærerige super fantastisk fantastiske inspirerende".split()
)


@register
class ExposureDetector(CueDetector):
    name = "exposure"
    labels = ("exposure",)
    version = "1"
    cue_file = "cues/exposure.yaml"

    def detect(self, doc: Document) -> list[Finding]:
        if not doc.findings_for("staff_named"):
            return self._unnamed(doc)
        view, matches = self.matches(doc)
        matches = [m for m in matches if not m.cue.extra.get("unnamed")]  # the nameless path's
        mentions = sorted(view.mentions)
        if not mentions:
            return []
        spans: list[Evidence] = [
            evidence(doc.raw, e.start, e.end, rule="exposure:doxxing",
                     reason=f"Private oplysninger om navngiven medarbejder: {quote(e.quote)}")
            for e in doc.evidence_for("doxxing")
        ]  # fmt: skip
        spans += self._attacks(doc, view, mentions)
        if total_weight(matches) >= LABEL_AT and not _praise(view):
            spans += [match_evidence(doc, view, m, "exposure") for m in matches]
        if not spans:
            return []
        quoted = {(e.start, e.end) for e in spans}
        spans += [
            _mention_evidence(doc, view, i)
            for i in mentions
            if (view.mentions[i].start, view.mentions[i].end) not in quoted
        ]  # the doxxed or insulted name itself is quoted once
        return [finding(self.name, self.version, "exposure", spans, 1.0)]

    def _unnamed(self, doc: Document) -> list[Finding]:
        """probe round 227 (r227_insult): no name, but a staff member pointed out by looks or
        the kind of name, and the readers told they know who or to pass it on (cues marked
        ``unnamed``), in a text with a staff title or one of the register's units."""
        view, matches = self.matches(doc)
        hints = [m for m in matches if m.cue.extra.get("unnamed")]
        if total_weight(hints) < LABEL_AT or _praise(view):
            return []
        matcher = self.context.staff_matcher
        if not any(is_title(w) or matcher.unit_named(w) for w in view.lowered):
            return []
        spans = [match_evidence(doc, view, m, "exposure") for m in hints]
        return [finding(self.name, self.version, "exposure", spans, 1.0)]

    def _attacks(self, doc: Document, view: TokenView, mentions: list[int]) -> list[Evidence]:
        out: list[Evidence] = []
        for label, why in ATTACKS.items():
            for e in doc.evidence_for(label):
                word = view.word_at_raw(e.start)
                if _reported(view, word):
                    continue  # "en anden borger kaldte X for en kælling": not the writer's
                if label == "threat" and "passive" in e.rule and _own_target(view, word):
                    continue  # "Vores hund skulle aflives": the harm falls on the writer's own
                # probe round 417: an attack that runs on into the next sentence ("Vi mødes …
                # Tag noget tungt med. X kommer ud kl 16") reaches the name from its last word
                last = view.word_at_raw(max(e.start, e.end - 1))
                if any(_linked(view, m, w) for m in mentions for w in {word, last}):
                    out.append(evidence(doc.raw, e.start, e.end, rule=f"exposure:{label}",
                                        reason=f"{why}: {quote(e.quote)}"))  # fmt: skip
        return out


def _praise(view: TokenView) -> bool:
    """The name is passed on in praise: a praise word that is not negated, and no word of
    blame, sarcasm or warning anywhere in the text ("Husk navnet X, hun reddede mig")."""
    words = view.words
    if any(
        (w.startswith(BLAME) or w in BLAME_WORDS) and not _own_state(words, i)
        for i, w in enumerate(words)
    ):
        return False
    for i, word in enumerate(words):
        if word in PRAISE_VERBS:
            after = words[i + 1 : i + 4]
            if tuple(after[:1]) in (("på",), ("for",), ("til",)):
                after = after[1:]  # "troede på mig", "kæmpede for mig", "lyttede til mig"
            if not after or (after[0] not in ("mig", "os") and tuple(after[:2]) not in OUR_GOOD):
                continue
        elif word == "tak":
            # "Tak Ask, du …": thanks said to the person by name (probe round 24); round 144:
            # "sige tak til X"
            if (
                (i == 0 or words[i - 1] not in ("tusind", "kæmpe", "stor", "evig", "dybt"))
                and i + 1 not in view.mentions
                and not (i + 2 < len(words) and words[i + 1] == "til" and i + 2 in view.mentions)
                and not _thanks_for_good(words[i + 1 : i + 4])
            ):
                continue  # "Del gerne, tak.": a polite request, no thanks to the person
        elif word == "værd" and i > 0 and words[i - 1] == "guld":
            pass  # "du er guld værd"
        elif word not in PRAISE or _scare_quoted(view, i) or _scare_quoted(view, i + 1):
            # round 199: praise before a title in scare quotes is sarcasm too ("den søde
            # 'virksomhedskonsulent'")
            continue
        if is_negated(view, i, i):
            continue
        after = words[i + 1 : i + 1 + PRAISE_NEGATED_AFTER]
        if NEGATORS.isdisjoint(after):
            return True
    return False


def _scare_quoted(view: TokenView, i: int) -> bool:
    """round 187: word ``i`` in scare quotes ("den 'søde' rådgiver", "den »dygtige« chef"):
    praise so marked is sarcasm."""
    if i >= len(view.spans):
        return False
    text = view.norm.text
    start, end = view.spans[i]
    return start > 0 and end < len(text) and text[start - 1] in QUOTE_MARKS and (
        text[end] in QUOTE_MARKS
    )


# round 144: the writer's own low point ("da jeg havde det værst"), no blame on anyone
OWN_STATE = frozenset(("har", "havde", "haft"))


def _own_state(words: Sequence[str], i: int) -> bool:
    """ "havde det værst", "har det elendigt": the word tells how the writer was doing."""
    return (
        i >= 2
        and not words[i].endswith("e")  # "har det værste sind" says who someone is
        and words[i - 1] == "det"
        and words[i - 2] in OWN_STATE
    )


def _thanks_for_good(after: Sequence[str]) -> bool:
    """ "tak for en god dag", "tak for et lærerigt kursus": thanks for something good, said
    about the event the name and picture come from, not a call to spread them."""
    if not after or after[0] != "for":
        return False
    rest = after[1:]
    if rest and rest[0] in ("en", "et", "de", "den", "det"):
        rest = rest[1:]
    return bool(rest) and rest[0] in GOOD_THINGS


def _linked(view: TokenView, mention: int, word: int) -> bool:
    """Whether an attack at ``word`` is about the staff member mentioned at ``mention``."""
    here, there = view.sentence[mention], view.sentence[word]
    if there == here or there == here - 1:
        return True
    if there < here or (
        there - here > FOLLOW and not _addressed(view, mention) and not _carried(view, here, there)
    ):
        return False
    indices = view.sentence_words(word)
    words = [view.lowered[k] for k in indices]
    # probe round 72: only the writer's own people named before the attack are its subject
    # ("Min nabo er en klam kælling"); "Du kan ikke engang læse hvad min læge skriver" is
    # said to the named person, the doctor comes after
    upto = indices.index(word) + 1 if word in indices else len(words)
    # round 156: not after a preposition ("snakker med min chef"): an object, no subject
    own = any(  # "Min nabo er en klam kælling": the writer's own people, not the named one
        a in FIRST_POSSESSIVE and b in OWN_PEOPLE and (k == 0 or words[k - 1] not in PREPOSITIONS)
        for k, (a, b) in enumerate(pairwise(words[:upto]))
    )
    # "mens vi andre sulter", "ingen andre", "andre end X", "resten af sit liv": no colleague
    # turned to (``exposure_others``)
    others = turns_to_others(words)
    return (not others and not own) or not AFTERWARDS.isdisjoint(words)


def _carried(view: TokenView, here: int, there: int) -> bool:
    """ "X har ødelagt … Min nevø er en af dem. Hun har fået advarsler nok. Nu skal hun …":
    "han"/"hun" carries the named person on from sentence to sentence, each at most
    ``FOLLOW`` after the last one that spoke of them, to the attack's sentence.

    probe round 299: a sentence that speaks of them by "han"/"hun" reaches as far on as the
    name itself does, so the attack may come up to ``FOLLOW`` sentences after it without a
    pronoun of its own ("Tak til X! Hun fik min mor sat på gaden. Flot arbejde. Et hjerte
    af ren beton.")."""
    speaking = {view.sentence[k] for k, word in enumerate(view.lowered)
                if here < view.sentence[k] <= there and word in THIRD_SINGULAR}
    last = here
    for number in range(here + 1, there + 1):
        if number not in speaking:
            continue
        if number - last > FOLLOW:
            return False
        last = number
    return there - last <= FOLLOW


def _addressed(view: TokenView, mention: int) -> bool:
    """The text opens by addressing the person: "Til Thomas Skjold.", "Kære Milla," or the
    name called out before a comma and a "du" ("Kasper, jeg har set dig …") — what follows,
    however far, is said to them."""
    sentence = view.sentence_words(mention)
    first = view.lowered[sentence[0]]
    # a web form's message field opens the body: "Besked: Til X." reads as "Til X."
    body = first in FORM_FIELDS and len(sentence) > 1 and mention > sentence[0]
    if body:
        sentence = sentence[1:]
        first = view.lowered[sentence[0]]
    # after a subject line or a form's fields only a salutation ("Emne: Sidste chance. Til
    # X.") addresses
    if view.sentence[mention] != 0 and (
        not (body or _after_subject_line(view, mention)) or first not in SALUTATIONS
    ):
        return False
    if len(sentence) <= SALUTATION_WORDS:
        return mention == sentence[0] or first in SALUTATIONS
    opening = mention == sentence[0] or (first in SALUTATIONS and mention - sentence[0] <= 2)
    rest = [view.lowered[k] for k in sentence if k > mention]
    return (
        opening
        and bool(rest)
        and view.clause_break[mention + 1]
        and (first in SALUTATIONS or not SECOND_PERSON.isdisjoint(rest))
    )


def _after_subject_line(view: TokenView, mention: int) -> bool:
    """The address stands right after a subject line ("Emne: Sidste chance. Til X.")."""
    here = view.sentence[mention]
    before = sum(1 for k in range(mention) if view.sentence[k] < here)
    return (
        0 < here <= SUBJECT_SENTENCES
        and before <= SUBJECT_LINE_WORDS
        and view.lowered[0] in SUBJECT_WORDS
    )


OWN_TARGET_REACH = 3  # "vores (gamle) hund skulle aflives": possessive, adjective, noun


def _own_target(view: TokenView, word: int) -> bool:
    """The clause opens with the writer's own animal, thing or person right before a
    passive harm ("Vores hund skulle aflives", "min gamle bil skal smadres"): it is what
    suffers, not the named staff member (not "vores sagsbehandler skal …"; and "min familie
    ved hvor du bor" is no passive, the family is who threatens)."""
    words = view.words
    k = word - 1
    while k >= 0 and word - k <= OWN_TARGET_REACH and words[k] != SENTENCE:
        if words[k] in (STAFF, STAFF_GENITIVE) or is_title(words[k]):
            return False
        if view.lowered[k] in FIRST_POSSESSIVE:
            opens = k == 0 or words[k - 1] == SENTENCE or view.clause_break[k]
            return opens and k + 1 < word
        if view.clause_break[k]:
            return False
        k -= 1
    return False


def _reported(view: TokenView, word: int) -> bool:
    """The attack at ``word`` is what someone else called or said to the person, reported
    by the writer ("En anden borger kaldte X for en dum kælling", "en mand råbte, at hun var
    en luder"), and the writer does not take it up ("… og det har han ret i")."""
    sentence = view.sentence_words(word)
    words = view.words
    for k in range(word - 1, max(sentence[0], word - REPORT_REACH) - 1, -1):
        if view.clause_break[k + 1] and words[k + 1] != "at" and words[k] not in REPORTING:
            return False  # "Hvis X kalder ham doven, så …": the attack is the writer's own
        if words[k] in REPORTING:
            near = words[max(sentence[0], k - 2) : k + 2]
            if not WRITER.isdisjoint(near):
                return False
            return not _endorsed(view, word)
    return False


def _endorsed(view: TokenView, word: int) -> bool:
    here = view.sentence[word]
    text = [w for i, w in enumerate(view.lowered) if here <= view.sentence[i] <= here + 1]
    return any(
        tuple(text[k : k + len(seq)]) == seq for seq in ENDORSING for k in range(len(text))
    )


def _mention_evidence(doc: Document, view: TokenView, index: int) -> Evidence:
    mention = view.mentions[index]
    return evidence(doc.raw, mention.start, mention.end, rule="exposure:staff",
                    reason=f"Navngiven medarbejder: {mention.member.name}")  # fmt: skip
