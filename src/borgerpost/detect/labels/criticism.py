"""``criticism``: legitimate criticism of the jobcentre, the municipality, management, the
law, case handling or a decision — protected speech that must reach management.

The cues (``cues/criticism.yaml``) are judgements about practice, their objects and the
remedies asked of those in charge. Two guards keep abuse out, as the label guide asks ("not
a text whose point is a personal attack or threat"): a text with a ``threat`` gets no
criticism (unless it is a long letter of complaint whose criticism stands in three or more
sentences apart from the threat: then the complaint is the point and the threat its end),
a text that insults and whose only cues are said of the people (``PERSONAL``: "Skam jer")
gets none, and a cue in a sentence that carries an ``insult`` does not count — "I er nogle klamme
svin" is not criticism, while "Afgørelsen er i strid med loven. I er nogle svin." is still
criticism for its first sentence. A threat found only inside the words of a
criticism cue ("det her system slår folk ihjel") is the criticism's own figure of speech, not
a threat beside it, and does not silence it. A text that reveals a staff member's private
details (``doxxing``) is an attack whatever complaint it carries ("ring hellere til hende
end at sidde i telefonkøen"), and so is one that calls on readers to spread a staff member's
name and threatens him or her (probe round 315).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from borgerpost.detect.base import Document, Finding, register
from borgerpost.detect.cues import CueMatch
from borgerpost.detect.labels.criticism_time import (
    dated_after,
    day_gone,
    hours_inside,
    month_gone,
    overrun_holds,
    waited_asked,
)
from borgerpost.detect.rules import CueDetector
from borgerpost.detect.textview import SENTENCE, TokenView


@register
class CriticismDetector(CueDetector):
    name = "criticism"
    labels = ("criticism",)
    version = "1"
    cue_file = "cues/criticism.yaml"

    def detect(self, doc: Document) -> list[Finding]:
        if doc.findings_for("doxxing") or _shaming_threat(doc):
            return []
        view, matches = self.matches(doc)
        if doc.findings_for("threat") and not _threat_inside(doc, view, matches):
            matches = _complaint_apart(doc, view, matches)
            if not matches:
                return []
        insulted = _insulted_apart(doc, view, matches)
        if insulted and all(m.cue.extra.get(PERSONAL) for m in matches):
            return []
        if insulted:
            last_insult = _last_insult_words(doc, view)
            matches = [
                m
                for m in matches
                if view.sentence[m.first] not in insulted
                or _turned_from_insult(view, m, last_insult)
            ]
        matches = _not_accepted(view, matches)
        matches = _not_laughed_off(view, matches)
        matches = waited_asked(doc, view, matches)
        matches = [
            m
            for m in matches
            if overrun_holds(view, m)
            and month_gone(view, m)
            and dated_after(view, m)
            and day_gone(view, m)
            and hours_inside(view, m)
        ]
        return self.decide(doc, view, matches)


# round 243 (critb): a cue said of the people, not of the practice ("Skam jer", "hun burde
# finde sig et andet arbejde"): in a text that insults, it is the attack's own tail, so a text
# whose only criticism is such cues is a personal attack ("I er en flok parasitter … Skam
# jer."); beside criticism of a decision or a practice it stays
PERSONAL = "personal"


# stop 33: the writer says in the same sentence that it is fine ("Jeg har ventet tre uger på
# svar, men det er helt i orden", "seks uger uden svar er ikke for længe")
_ACCEPTED = re.compile(
    r"(?:^| )men (?:det er|det's) (?:(?:helt|også|selvfølgelig|jo) )?"
    r"(?:i orden|fint|fint nok|ok|okay|forståeligt)$"
    r"|(?:^| )er ikke (?:for|så|alt for) længe(?: |$)"
)


def _not_accepted(view: TokenView, matches: list[CueMatch]) -> list[CueMatch]:
    """The matches outside sentences in which the writer accepts what they tell
    (``_ACCEPTED``): a wait or a change told and then called fine is no criticism; "det er
    ikke i orden" is. Only the matches' own sentences are read."""
    accepted: dict[int, bool] = {}
    for m in matches:
        k = view.sentence[m.first]
        if k not in accepted:
            said = " ".join(view.words[j] for j in view.sentence_words(m.first))
            accepted[k] = _ACCEPTED.search(said) is not None
    return [m for m in matches if not accepted[view.sentence[m.first]]]


# round 417 (cr2): a complaint laughed at and taken back in the next sentence ("Det her forløb
# tager livet af mig, ha ha. Men nej, det går faktisk fint"); a laugh alone, or "men nej" after
# a plain complaint, keeps it
_LAUGH = re.compile(r"(?:^| )(?:ha ha|haha+|he he|hehe+|hihi+|lol)(?: |$)")
_TAKEN_BACK = re.compile(
    r"^(?:men )?(?:nej|neej|spøg til side|sjov til side|for sjov|bare for sjov|jeg laver sjov)"
    r"(?: |$)"
)


def _not_laughed_off(view: TokenView, matches: list[CueMatch]) -> list[CueMatch]:
    """The matches outside a sentence that laughs at itself and whose next sentence takes
    it back (``_LAUGH``, ``_TAKEN_BACK``): the complaint was a joke."""
    if not matches or not any(w in _LAUGH_WORDS for w in view.lowered):
        return matches
    off: dict[int, bool] = {}
    for m in matches:
        k = view.sentence[m.first]
        if k not in off:
            own = view.sentence_words(m.first)
            said = " ".join(view.lowered[j] for j in own)
            nxt = own.stop
            while nxt < len(view.words) and view.words[nxt] == SENTENCE:
                nxt += 1
            after = (
                " ".join(view.lowered[j] for j in view.sentence_words(nxt))
                if nxt < len(view.words)
                else ""
            )
            off[k] = _LAUGH.search(said) is not None and _TAKEN_BACK.search(after) is not None
    return [m for m in matches if not off[view.sentence[m.first]]]


_LAUGH_WORDS = frozenset(("ha", "haha", "hahaha", "he", "hehe", "hihi", "lol"))


# round 183 (crita): the words by which a sentence turns from an insult to its point ("… var
# en tåbe, men det største problem er, at I mangler folk")
_TURN = frozenset(("men", "dog", "alligevel"))
# round 215: a verdict that reads the insult before it as a sign of the institution ("…, siger
# alt om kommunens ansættelsespolitik"): the clause turns from the person to the system
_VERDICT_VERBS = frozenset(("siger", "sagde", "fortæller", "viser", "afslører"))


def _last_insult_words(doc: Document, view: TokenView) -> dict[int, int]:
    """Sentence -> the last word of any insult evidence in it (read once per text)."""
    last: dict[int, int] = {}
    for e in doc.evidence_for("insult"):
        w = view.word_at_raw(max(e.end - 1, e.start))
        k = view.sentence[w]
        last[k] = max(last.get(k, -1), w)
    return last


def _turned_from_insult(view: TokenView, m: CueMatch, last_insult: dict[int, int]) -> bool:
    """Whether ``m`` stands after a turn ("men") that follows every insult of its sentence:
    the insult is a side remark and the clause after the turn is criticism of its own."""
    last = last_insult.get(view.sentence[m.first], -1)
    if last < 0 or last >= m.first:
        return False
    if view.lowered[m.first] in _VERDICT_VERBS:
        return True
    return any(view.lowered[j] in _TURN for j in range(last + 1, m.first))


# cues whose words are a figure of the institution: an insult inside them is the figure's
FIGURE_CUES = frozenset(("criticism.r57_system_figure",))


def _insulted_apart(doc: Document, view: TokenView, matches: list[CueMatch]) -> set[int]:
    """The sentences holding an insult that is not the criticism's own figure: an insult
    found only inside the words of a criticism match of the system ("Det her system er en
    ulv i fåreklæder") is said of the institution, not of a person (probe round 57)."""
    spans = [view.raw_span(m.first, m.last) for m in matches if m.cue.id in FIGURE_CUES]
    return _sentences_with(doc, view, "insult", apart_from=spans)


def _sentences_with(
    doc: Document, view: TokenView, label: str, apart_from: Sequence[tuple[int, int]] = ()
) -> set[int]:
    """The sentences holding evidence for ``label``, not counting evidence that lies wholly
    inside one of the raw spans ``apart_from``."""
    return {
        view.sentence[view.word_at_raw(e.start)]
        for e in doc.evidence_for(label)
        if not any(a <= e.start and e.end <= b for a, b in apart_from)
    }


# sentences of criticism, none of them with the threat, that make a long letter's point
COMPLAINT_SENTENCES = 3


def _shaming_threat(doc: Document) -> bool:
    """Probe round 315: a post that calls on its readers to spread a staff member's name
    (``exposure``'s share cues) and threatens him or her ("Spred det! Det er X, der stoppede
    min hjælp. Ser I ham, så tæsk ham") is public shaming: the grievance is the reason given
    for the attack, not criticism to reach management."""
    if not doc.findings_for("threat"):
        return False
    return any(e.rule.startswith("exposure:spread.") for e in doc.evidence_for("exposure"))


def _complaint_apart(doc: Document, view: TokenView, matches: list[CueMatch]) -> list[CueMatch]:
    """A letter of complaint that ends in a threat is both: its criticism must still
    reach management. The criticism matches outside the threat's sentences, when they
    stand in ``COMPLAINT_SENTENCES`` sentences or more, or when the letter opens with its
    criticism and only then turns to a threat that is the lesser part of it ("Tre gange har
    I glemt … Det er sjusk. Men trækker I mig igen, så …"); else none (the point is the
    threat, as in "Hvis I stopper min ydelse, så … I har ødelagt mit liv")."""
    threatened = _sentences_with(doc, view, "threat")
    apart = [m for m in matches if view.sentence[m.first] not in threatened]
    sentences = {view.sentence[m.first] for m in apart}
    if len(sentences) >= COMPLAINT_SENTENCES:
        return apart
    if not sentences or not threatened or min(sentences) > min(threatened):
        return []
    # the threat must be the lesser part of the letter: "Ingen tager telefonen. Hvis I ikke
    # ringer, kommer jeg derind med en kniv." is a threat with a grievance for its reason
    # — and so is one whose threat runs on to its end ("… tager mig af dig personligt. Det er
    # et løfte. Du har selv valgt det her."): the sentences from the first threat on are the
    # threat's part, those before it the complaint's (probe round 50)
    sentences_all = set(view.sentence) - {-1}
    first = min(threatened)
    before = {s for s in sentences_all if s < first}
    if len(before) <= len(sentences_all) - len(before):
        return []
    return apart


def _threat_inside(doc: Document, view: TokenView, matches: list[CueMatch]) -> bool:
    """Every threat span lies within the words of a criticism match: the threat detector
    read the criticism's own figure ("systemet slår folk ihjel") as a threat."""
    spans = [view.raw_span(m.first, m.last) for m in matches]
    return all(
        any(a <= e.start and e.end <= b for a, b in spans) for e in doc.evidence_for("threat")
    )
