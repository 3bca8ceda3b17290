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
        matches = _waited_asked(doc, view, matches)
        matches = [
            m
            for m in matches
            if _overrun_holds(view, m)
            and _month_gone(view, m)
            and _dated_after(view, m)
            and _day_gone(view, m)
            and _hours_inside(view, m)
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


# probe round 417 (cr3): the words of a bare wait ("har nu ventet otte uger på at få svar på
# min ansøgning"), and those that ask when the answer comes ("Hvornår kommer det?")
_WAIT = "vente venter ventet ventede har havde jeg vi nu i på at få fået svar svaret afgørelse"
_WAIT_WORDS = frozenset(f"{_WAIT} afgørelsen besked tilbagemelding en et min mit".split())
_WHEN_ASKED = frozenset(("hvornår", "status", "forvente"))
# what a bare wait is for, and the words after which its subject is told ("… om boligstøtte")
_WAITED_FOR = frozenset(
    ("ansøgning", "ansøgningen", "sag", "sagen", "klage", "klagen", "henvendelse", "henvendelsen")
)
_ABOUT = frozenset(("om", "ang", "angående", "vedrørende", "vedr"))
ABOUT_WORDS = 5  # the most words a bare wait tells of its subject ("om enkeltydelse til tandlæge")
# set in ``doc.data`` where the rules read the text as such a status question: the learned
# criticism head, which reads "ventet", "uger" and "svar" as a complaint, yields to them
WAIT_ASKED = "criticism_wait_asked"


def _waited_asked(doc: Document, view: TokenView, matches: list[CueMatch]) -> list[CueMatch]:
    """None of the matches when every one of them is a bare wait, told in no words but the
    wait's own, and the text asks when the answer comes: "Jeg har ventet otte uger på svar.
    Hvornår kommer det?" is a status question with its reason, no judgement of the
    handling; "… og det er alt for længe", "ingen svarer", a deadline named or a sentence
    that is neither stay (``WAIT_ASKED`` tells the learned head)."""
    if not matches or not any(w.lower() in _WHEN_ASKED for w in view.words):
        return matches
    if not _told_or_asked(doc, view, {view.sentence[m.first] for m in matches}):
        return matches
    if not all(_bare_wait(w.lower()) for m in matches for w in view.words[m.first : m.last + 1]):
        return matches
    doc.data[WAIT_ASKED] = True
    return []


def _told_or_asked(doc: Document, view: TokenView, told: set[int]) -> bool:
    """Every sentence of the text is one of ``told``, in a wait's own words up to what it
    is about (``_bare_wait``), or a question: a sentence more ("Det er langt over, hvad man
    kan kalde rimelig tid"), or a word more in the wait's ("Det tager livet af mig at vente
    14 uger"), may judge the wait in words no cue has."""
    words = view.words
    about: dict[int, int] = {}  # sentence -> words told after its "om"
    for i, word in enumerate(words):
        if word == SENTENCE:
            continue
        k = view.sentence[i]
        if k in told:
            low = word.lower()
            if k in about:
                about[k] += 1
                if about[k] > ABOUT_WORDS:
                    return False
            elif low in _ABOUT:
                about[k] = 0
            elif not _bare_wait(low):
                return False
            continue
        if i + 1 == len(words) or words[i + 1] == SENTENCE:
            end = view.raw_span(i, i)[1]
            if "?" not in doc.raw[end : end + 3]:
                return False
    return True


def _bare_wait(word: str) -> bool:
    """A word of a bare wait: the waiting, its time, what is waited for."""
    return word in _WAIT_WORDS or word in _WAITED_FOR or word in UNIT_DAYS or bool(_number(word))


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
    if view.words[m.first].lower() in _VERDICT_VERBS:
        return True
    return any(view.words[j].lower() in _TURN for j in range(last + 1, m.first))


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


# round 73: a wait measured against a deadline ("Der er gået 10 uger nu, og loven siger 4")
NUMBER_WORDS = {
    "en": 1, "et": 1, "én": 1, "ét": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6,
    "syv": 7, "otte": 8, "ni": 9, "ti": 10, "elleve": 11, "tolv": 12, "femten": 15,
    "tyve": 20, "tredive": 30, "halvandet": 1.5,
}  # fmt: skip
UNIT_DAYS = {"dag": 1, "dage": 1, "dagen": 1, "hverdage": 1.4, "uge": 7, "uger": 7, "ugen": 7,
             "måned": 30, "måneder": 30, "mdr": 30, "år": 365,
             # round 108: working days ("loven siger syv arbejdsdage")
             "hverdag": 1.4, "arbejdsdag": 1.4, "arbejdsdage": 1.4}  # fmt: skip


def _overrun_holds(view: TokenView, match: CueMatch) -> bool:
    """A deadline cue (``overrun`` in its YAML) counts only when the time gone exceeds the
    limit named: "der er gået 10 uger, og loven siger 4" is an overrun, "der er gået 2 uger,
    og fristen er 4" a polite question within the deadline. A limit without its unit
    ("loven siger 4") takes the unit of the wait."""
    order = match.cue.extra.get("overrun")
    if not order:
        return True
    amounts: list[tuple[float, float | None]] = []  # (number, days of its unit or None)
    words = view.words[match.first : match.last + 1]
    for i, word in enumerate(words):
        number = _number(word)
        if number is None:
            continue
        unit = UNIT_DAYS.get(words[i + 1]) if i + 1 < len(words) else None
        amounts.append((number, unit))
    if len(amounts) < 2:
        return False
    first, last = amounts[0], amounts[-1]
    elapsed, limit = (first, last) if order == "elapsed_first" else (last, first)
    unit = elapsed[1] or limit[1] or 1.0
    return elapsed[0] * unit > limit[0] * (limit[1] or unit)


def _number(word: str) -> float | None:
    """A count written in digits or in Danish words, else None."""
    if word.isdigit():
        return float(word)
    return NUMBER_WORDS.get(word)


# round 219 (crita): the months and seasons a promise is dated by ("lovede svar i maj … Nu er
# det oktober")
_MONTH_WORDS = (
    "januar februar marts april maj juni juli august september oktober november december "
    "påske påsken jul julen sommer sommeren sommerferien foråret efteråret efterår vinter "
    "vinteren nytår"
)
MONTHS = frozenset(_MONTH_WORDS.split())


def _month_gone(view: TokenView, match: CueMatch) -> bool:
    """A promised-month cue (``month_gone`` in its YAML) counts only when the time named
    last ("nu er det oktober") is none of those named before it: "lovede ferie i juli. Nu er
    det juli" tells of a promise come due, not one broken."""
    if not match.cue.extra.get("month_gone"):
        return True
    named = [w.lower() for w in view.words[match.first : match.last + 1] if w.lower() in MONTHS]
    return len(named) >= 2 and named[-1] not in named[:-1]


# probe round 287: the calendar months, in order, for dates told as "den 3. maj"
MONTH_ORDER = {m: i for i, m in enumerate(_MONTH_WORDS.split()[:12], start=1)}


def _dated_after(view: TokenView, match: CueMatch) -> bool:
    """A dated cue (``dated_after`` in its YAML) counts only when its last date is later than
    its first: a missed meeting "den 9. marts" and a letter that came "den 11. marts" tells
    of a summons that came too late, one that came "den 2. marts" of a summons in time."""
    if not match.cue.extra.get("dated_after"):
        return True
    words = [w.lower() for w in view.words[match.first : match.last + 1]]
    dates = [
        (MONTH_ORDER[words[i + 1]], int(w))
        for i, w in enumerate(words[:-1])
        if w.isdigit() and words[i + 1] in MONTH_ORDER
    ]
    return len(dates) >= 2 and dates[-1] > dates[0]


# probe round 385 (cr): a week, the least time after a dated promise that tells it broken
DAYS_GONE = 7
DAYS_IN_MONTH = 30


def _day_gone(view: TokenView, match: CueMatch) -> bool:
    """A dated-promise cue (``day_gone`` in its YAML) counts only when the day told last
    ("i dag er det den 30") lies ``DAYS_GONE`` days or more after the date told first ("den
    2. maj"); a day without its month is in the first date's month, or the next one when it
    is the smaller number: "sagde det den 28. maj. I dag er det den 3." is six days."""
    if not match.cue.extra.get("day_gone"):
        return True
    words = [w.lower() for w in view.words[match.first : match.last + 1]]
    days = [(i, int(w)) for i, w in enumerate(words) if w.isdigit() and 0 < int(w) <= 31]
    if len(days) < 2:
        return False
    (i, first), (j, last) = days[0], days[-1]
    month_first = MONTH_ORDER.get(words[i + 1]) if i + 1 < len(words) else None
    month_last = MONTH_ORDER.get(words[j + 1]) if j + 1 < len(words) else None
    if month_first is None:
        return False
    if month_last is None:
        month_last = month_first if last > first else month_first + 1
    elapsed = (month_last - month_first) * DAYS_IN_MONTH + last - first
    return elapsed >= DAYS_GONE


def _hours_inside(view: TokenView, match: CueMatch) -> bool:
    """An opening-hours cue (``hours_inside`` in its YAML: which span is told first) counts
    only when the office's hours ("fra 10 til 13") lie within the writer's working hours
    ("fra 8 til 14"): the office is shut whenever the writer could come. Open 15 to 17 for
    one who works 8 to 14 is no clash."""
    order = match.cue.extra.get("hours_inside")
    if not order:
        return True
    words = view.words[match.first : match.last + 1]
    spans = [
        (int(words[i]), int(words[i + 2]))
        for i in range(len(words) - 2)
        if words[i].isdigit() and words[i + 1] in ("til", "og") and words[i + 2].isdigit()
    ]
    if len(spans) < 2:
        return False
    office, work = (spans[0], spans[-1]) if order == "office_first" else (spans[-1], spans[0])
    return work[0] <= office[0] < office[1] <= work[1]
