"""What pages, API and templates share about deadlines: the config, "today", case views.

"Today" is the Danish calendar day of "now". An app may be given a clock
(``app.state.clock``, a callable returning an aware ``datetime``) so tests and demos see
and change deadlines as of a fixed moment; without one it is the real time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from fastapi import Request
from jinja2 import pass_context

from borgerpost.route import cases
from borgerpost.route.deadlines import DeadlineConfig, cached_deadlines
from borgerpost.route.fristbrev import danish_date, offered_from
from borgerpost.store.tables import CaseRequest

STATUS_NAMES = {"open": "Åben", "paused": "På pause", "closed": "Lukket"}


def config_for(request: Request) -> DeadlineConfig:
    """The deadlines file named by the app's settings (read once per process and path)."""
    return cached_deadlines(request.app.state.settings.deadlines)


def now_for(request: Request) -> datetime:
    """The app's clock if it has one, else the real time (aware, UTC)."""
    clock: Callable[[], datetime] | None = getattr(request.app.state, "clock", None)
    return clock() if clock is not None else datetime.now(UTC)


def today_for(request: Request) -> date:
    """Today in Denmark, by the app's clock."""
    return cases.local_day(now_for(request))


@dataclass(frozen=True, slots=True)
class CaseView:
    """One case request as the message page and the deadline list show it."""

    case: CaseRequest
    kind_name: str
    law: str
    period: str
    status_name: str
    deadline_text: str
    overdue: bool
    outcomes: dict[str, str]
    outcome_name: str | None
    fristbrev_offered: bool
    fristbrev_from: date | None


def case_view(case: CaseRequest, config: DeadlineConfig, today: date) -> CaseView:
    """``case`` with the names and the relative deadline text a person reads."""
    rule = config.rule(case.kind)
    calendar = config.working_calendar
    running = case.status == "open"
    return CaseView(
        case=case, kind_name=rule.name, law=rule.law, period=rule.period.danish(),
        status_name=STATUS_NAMES.get(case.status, case.status),
        deadline_text=cases.deadline_text(case.due_on, today, calendar) if running else "",
        overdue=running and case.due_on < today,
        outcomes=rule.outcomes,
        outcome_name=rule.outcomes.get(case.outcome or "", case.outcome),
        fristbrev_offered=cases.fristbrev_offered(case, today, config),
        fristbrev_from=offered_from(case, rule, calendar),
    )


@pass_context
def frist(context: Any, due: date | None) -> str:
    """Template global: ``om 3 arbejdsdage`` / ``i dag`` / ``overskredet`` for ``due``."""
    if due is None:
        return ""
    request: Request = context["request"]
    return cases.deadline_text(due, today_for(request), config_for(request).working_calendar)


def short_date(day: date | None) -> str:
    """``13.04.2026``, the inbox's date format."""
    return "–" if day is None else day.strftime("%d.%m.%Y")


def long_date(day: date | None) -> str:
    """``13. april 2026``."""
    return "–" if day is None else danish_date(day)
