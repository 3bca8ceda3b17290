"""Case-request kinds and their deadlines, as data: ``route/data/deadlines.yaml``.

A municipality changes periods, outcomes and closed days by editing that file (or by
pointing ``BORGERPOST_DEADLINES`` at its own copy), never the code. The file is checked
by pydantic when it is loaded; any mistake becomes a ``ConfigError`` naming the file, the
kind and the field, so a bad edit stops the app at start instead of mis-dating a case.
Every kind the triage engine can give (``detect.base.CASE_KINDS``) must be described, and
no other: a misspelt kind would otherwise silently never get a deadline.
"""

from __future__ import annotations

from datetime import date
from functools import cached_property, lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from borgerpost.detect.base import CASE_KINDS
from borgerpost.errors import ConfigError
from borgerpost.route.calendar import CalendarSettings, DanishCalendar

DEFAULT_NAME = "deadlines.yaml"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Period(_Strict):
    """Exactly one of: working days, weeks, or calendar days after the day of receipt."""

    working_days: int | None = Field(default=None, ge=1, le=260)
    weeks: int | None = Field(default=None, ge=1, le=52)
    days: int | None = Field(default=None, ge=1, le=366)

    @model_validator(mode="after")
    def _exactly_one(self) -> Period:
        given = [v for v in (self.working_days, self.weeks, self.days) if v is not None]
        if len(given) != 1:
            raise ValueError("give exactly one of working_days, weeks or days")
        return self

    def due_on(self, received_on: date, calendar: DanishCalendar) -> date:
        """The deadline for something received on ``received_on`` (receipt day not counted)."""
        if self.working_days is not None:
            return calendar.add_working_days(received_on, self.working_days)
        if self.weeks is not None:
            return calendar.add_weeks_then_next_working_day(received_on, self.weeks)
        assert self.days is not None
        return calendar.add_days_then_next_working_day(received_on, self.days)

    def danish(self) -> str:
        """``7 arbejdsdage``, ``4 uger``, ``14 dage``."""
        if self.working_days is not None:
            return f"{self.working_days} arbejdsdag{'e' if self.working_days != 1 else ''}"
        if self.weeks is not None:
            return f"{self.weeks} uge{'r' if self.weeks != 1 else ''}"
        return f"{self.days} dag{'e' if self.days != 1 else ''}"


class FristbrevRule(_Strict):
    """When the ready "fristbrev" is offered, and what decision date it promises."""

    offered_from_working_day: int = Field(ge=1, le=260)
    decision_within_working_days: int = Field(ge=1, le=260)


class KindRule(_Strict):
    """One case-request kind: its Danish name, period, legal basis and closing outcomes."""

    name: str = Field(min_length=1)
    basis: Literal["lov", "lokal"]
    law: str = ""
    what: str = Field(min_length=1)
    period: Period
    fristbrev: FristbrevRule | None = None
    outcomes: dict[str, str] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> KindRule:
        if self.basis == "lov" and not self.law:
            raise ValueError("a deadline with basis 'lov' must name its law")
        if self.fristbrev is not None:
            limit = self.period.working_days
            if limit is None:
                raise ValueError("fristbrev needs a period in working_days")
            if self.fristbrev.offered_from_working_day > limit:
                raise ValueError("fristbrev.offered_from_working_day is after the deadline")
            if self.fristbrev.decision_within_working_days <= limit:
                raise ValueError("fristbrev.decision_within_working_days must exceed the period")
        for code in self.outcomes:
            if not code.isidentifier() or not code.isascii():
                raise ValueError(f"outcome code {code!r} must be a plain ASCII word")
        return self


class CalendarSection(_Strict):
    """The municipality's own closed days (on top of the law's list)."""

    close_may_first: bool = False
    close_friday_after_ascension: bool = False


class DeadlineConfig(_Strict):
    """The whole deadlines file."""

    calendar: CalendarSection = CalendarSection()
    due_soon_working_days: int = Field(default=3, ge=0, le=60)
    kinds: dict[str, KindRule]

    @model_validator(mode="after")
    def _every_engine_kind(self) -> DeadlineConfig:
        missing = [k for k in CASE_KINDS if k not in self.kinds]
        unknown = [k for k in self.kinds if k not in CASE_KINDS]
        if missing:
            raise ValueError(f"kinds: missing {', '.join(missing)}")
        if unknown:
            raise ValueError(f"kinds: unknown kind {', '.join(unknown)} "
                             f"(known: {', '.join(CASE_KINDS)})")
        return self

    @cached_property
    def working_calendar(self) -> DanishCalendar:
        """The working-day calendar these settings describe (built once per config)."""
        section = self.calendar
        return DanishCalendar(CalendarSettings(section.close_may_first,
                                               section.close_friday_after_ascension))

    def due_on(self, kind: str, received_on: date) -> date:
        """The deadline of a ``kind`` request received on ``received_on``."""
        return self.rule(kind).period.due_on(received_on, self.working_calendar)

    def rule(self, kind: str) -> KindRule:
        """The rule of ``kind`` (every engine kind has one; see the validator)."""
        try:
            return self.kinds[kind]
        except KeyError:
            raise ConfigError(f"no deadline rule for case kind {kind!r}") from None


def _where(error: dict[str, object]) -> str:
    loc = error.get("loc") or ()
    assert isinstance(loc, tuple)
    return ".".join(str(part) for part in loc) or "(top)"


def parse_deadlines(text: str, *, source: str = DEFAULT_NAME) -> DeadlineConfig:
    """Validate the YAML ``text``; every problem is a ``ConfigError`` naming ``source``."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" line {mark.line + 1}" if mark is not None else ""
        raise ConfigError(f"{source}{line}: not valid YAML ({exc})") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: expected a mapping with 'kinds' at the top")
    try:
        return DeadlineConfig.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(f"{_where(dict(e))}: {e['msg']}" for e in exc.errors())
        raise ConfigError(f"{source}: {problems}") from exc


def load_deadlines(path: str | Path | None = None) -> DeadlineConfig:
    """The deadlines file at ``path``, or the one shipped with borgerpost when empty."""
    if not path:
        text = files("borgerpost.route").joinpath("data", DEFAULT_NAME).read_text("utf-8")
        return parse_deadlines(text, source=f"borgerpost/route/data/{DEFAULT_NAME}")
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the deadlines file ({exc.strerror})") from exc
    return parse_deadlines(text, source=str(path))


@lru_cache(maxsize=8)
def cached_deadlines(path: str) -> DeadlineConfig:
    """``load_deadlines`` once per path for a running process (the file is read at start)."""
    return load_deadlines(path)
