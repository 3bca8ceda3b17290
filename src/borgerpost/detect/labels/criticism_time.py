"""The times a criticism cue tells, read before it counts: a deadline overrun only where
the time gone exceeds the limit named, a promise dated by a month or a day only once that
time has passed, opening hours only where the office closed inside them, and a bare wait
told as the reason for a "when?" question, which asks for status and judges nothing.

Split from ``criticism.py`` (round 417) so each stays small; ``CriticismDetector`` applies
these filters to its matches.
"""

from __future__ import annotations

from borgerpost.detect.base import Document
from borgerpost.detect.cues import CueMatch
from borgerpost.detect.textview import SENTENCE, TokenView

# probe round 417 (cr3): the words of a bare wait ("har nu ventet otte uger på at få svar på
# min ansøgning"), and those that ask when the answer comes ("Hvornår kommer det?")
_WAIT = "vente venter ventet ventede har havde jeg vi nu i på at få fået svar svaret afgørelse"
# the one waiting may be the writer's kin, told of by a representative ("Min søn har ventet")
_KIN = "han hun søn sønnen datter datteren mand manden kone konen mor far"
_WAIT_WORDS = frozenset(f"{_WAIT} {_KIN} afgørelsen besked tilbagemelding en et min mit".split())
# a wait in months or years is long whatever the words: told to the authority, it judges
_LONG_UNITS = frozenset(("måned", "måneder", "mdr", "år"))
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


def waited_asked(doc: Document, view: TokenView, matches: list[CueMatch]) -> list[CueMatch]:
    """None of the matches when every one of them is a bare wait, told in no words but the
    wait's own, and the text asks when the answer comes: "Jeg har ventet otte uger på svar.
    Hvornår kommer det?" is a status question with its reason, no judgement of the
    handling; "… og det er alt for længe", "ingen svarer", a deadline named or a sentence
    that is neither stay (``WAIT_ASKED`` tells the learned head). A wait of months keeps the
    criticism: "Vi har ventet tre måneder. Hvad er status?" says the handling is slow."""
    if not matches or not any(w in _WHEN_ASKED for w in view.lowered):
        return matches
    if any(w in _LONG_UNITS for m in matches for w in view.lowered[m.first : m.last + 1]):
        return matches
    if not _told_or_asked(doc, view, {view.sentence[m.first] for m in matches}):
        return matches
    if not all(_bare_wait(w) for m in matches for w in view.lowered[m.first : m.last + 1]):
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
            low = view.lowered[i]
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


def overrun_holds(view: TokenView, match: CueMatch) -> bool:
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


def month_gone(view: TokenView, match: CueMatch) -> bool:
    """A promised-month cue (``month_gone`` in its YAML) counts only when the time named
    last ("nu er det oktober") is none of those named before it: "lovede ferie i juli. Nu er
    det juli" tells of a promise come due, not one broken."""
    if not match.cue.extra.get("month_gone"):
        return True
    named = [w for w in view.lowered[match.first : match.last + 1] if w in MONTHS]
    return len(named) >= 2 and named[-1] not in named[:-1]


# probe round 287: the calendar months, in order, for dates told as "den 3. maj"
MONTH_ORDER = {m: i for i, m in enumerate(_MONTH_WORDS.split()[:12], start=1)}


def dated_after(view: TokenView, match: CueMatch) -> bool:
    """A dated cue (``dated_after`` in its YAML) counts only when its last date is later than
    its first: a missed meeting "den 9. marts" and a letter that came "den 11. marts" tells
    of a summons that came too late, one that came "den 2. marts" of a summons in time."""
    if not match.cue.extra.get("dated_after"):
        return True
    words = list(view.lowered[match.first : match.last + 1])
    dates = [
        (MONTH_ORDER[words[i + 1]], int(w))
        for i, w in enumerate(words[:-1])
        if w.isdigit() and words[i + 1] in MONTH_ORDER
    ]
    return len(dates) >= 2 and dates[-1] > dates[0]


# probe round 385 (cr): a week, the least time after a dated promise that tells it broken
DAYS_GONE = 7
DAYS_IN_MONTH = 30


def day_gone(view: TokenView, match: CueMatch) -> bool:
    """A dated-promise cue (``day_gone`` in its YAML) counts only when the day told last
    ("i dag er det den 30") lies ``DAYS_GONE`` days or more after the date told first ("den
    2. maj"); a day without its month is in the first date's month, or the next one when it
    is the smaller number: "sagde det den 28. maj. I dag er det den 3." is six days."""
    if not match.cue.extra.get("day_gone"):
        return True
    words = list(view.lowered[match.first : match.last + 1])
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


def hours_inside(view: TokenView, match: CueMatch) -> bool:
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

