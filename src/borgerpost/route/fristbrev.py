"""The ready "fristbrev": the letter an authority must send when aktindsigt takes longer.

Offentlighedsloven § 36 and forvaltningsloven § 16 say: a request for aktindsigt is
decided within 7 working days; if it cannot be, the citizen is told why and when a
decision can be expected. borgerpost offers the letter from a configurable working day
(``fristbrev.offered_from_working_day`` in ``deadlines.yaml``), so the caseworker has it
ready before the deadline passes. The reason for the delay is the one thing the system
cannot know: the letter holds a clearly marked placeholder for the caseworker to fill in.
"""

from __future__ import annotations

from datetime import date
from typing import Protocol

from borgerpost.route.calendar import DanishCalendar
from borgerpost.route.deadlines import KindRule

REASON_PLACEHOLDER = (
    "[SKRIV BEGRUNDELSEN HER – fx at anmodningen omfatter mange dokumenter, at andre "
    "myndigheder skal høres, eller at dokumenterne skal gennemgås for oplysninger, der "
    "ikke må udleveres]"
)
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december")
WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")


class CaseLike(Protocol):
    """What the letter needs to know about a case request."""

    @property
    def kind(self) -> str: ...
    @property
    def unit(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def received_on(self) -> date: ...
    @property
    def due_on(self) -> date: ...
    @property
    def fristbrev_sent_at(self) -> object: ...


def danish_date(day: date, *, weekday: bool = False) -> str:
    """``5. januar 2027``, or ``tirsdag den 5. januar 2027``."""
    text = f"{day.day}. {MONTHS[day.month - 1]} {day.year}"
    return f"{WEEKDAYS[day.weekday()]} den {text}" if weekday else text


def offered_from(case: CaseLike, rule: KindRule, calendar: DanishCalendar) -> date | None:
    """The first day the fristbrev is offered, or None when the kind has no fristbrev."""
    if rule.fristbrev is None:
        return None
    return calendar.add_working_days(case.received_on, rule.fristbrev.offered_from_working_day)


def is_offered(case: CaseLike, rule: KindRule, calendar: DanishCalendar, today: date) -> bool:
    """Offered while the request is open, not yet answered by a fristbrev, from its day on.

    It stays offered after the deadline too: a late fristbrev is better than none.
    """
    start = offered_from(case, rule, calendar)
    return (start is not None and case.status == "open" and case.fristbrev_sent_at is None
            and today >= start)


def promised_on(case: CaseLike, rule: KindRule, calendar: DanishCalendar, today: date) -> date:
    """The decision date the letter promises.

    The period of ``decision_within_working_days`` counted like the deadline (so pauses,
    which already moved ``due_on``, move it too); if that day is already here, the same
    extra working days are counted from today instead, never a date in the past.
    """
    assert rule.fristbrev is not None and rule.period.working_days is not None
    extra = rule.fristbrev.decision_within_working_days - rule.period.working_days
    promised = calendar.add_working_days(case.due_on, extra)
    return promised if promised > today else calendar.add_working_days(today, extra)


def letter(
    case: CaseLike, calendar: DanishCalendar, today: date, *, rule: KindRule,
    recipient: str = "",
) -> str:
    """The letter in plain Danish, ready to send once the marked reason is filled in."""
    if rule.fristbrev is None:
        raise ValueError(f"case kind {case.kind!r} has no fristbrev")
    promised = promised_on(case, rule, calendar, today)
    greeting = f"Kære {recipient}" if recipient else "Kære borger"
    sender = case.unit or "Jobcentret"
    return "\n".join([
        f"Emne: Din anmodning om {rule.name.lower()} – vi skal bruge lidt mere tid",
        "",
        greeting,
        "",
        f"Vi modtog din anmodning om {rule.name.lower()} {danish_date(case.received_on)}.",
        "",
        f"Vi skal normalt svare dig inden for {rule.period.danish()}, det vil sige senest "
        f"{danish_date(case.due_on)}. Det kan vi desværre ikke nå denne gang.",
        "",
        f"Det skyldes, at {REASON_PLACEHOLDER}.",
        "",
        "Vi forventer at kunne sende dig en afgørelse senest "
        f"{danish_date(promised, weekday=True)}.",
        "",
        f"Vi skriver til dig, fordi reglerne kræver det ({rule.law}): Når vi ikke kan "
        f"svare inden for fristen, skal vi fortælle dig hvorfor, og hvornår du kan "
        "forvente et svar.",
        "",
        "Har du spørgsmål, er du velkommen til at skrive til os.",
        "",
        "Med venlig hilsen",
        "",
        sender,
    ])
