"""Danish working days for legal deadlines (pure: no database, no settings read here).

Closed days are Saturdays, Sundays and:

* the Danish public holidays of the ``holidays`` package (category "public"): nytårsdag,
  skærtorsdag, langfredag, påskedag, 2. påskedag, Kristi himmelfartsdag, pinsedag,
  2. pinsedag, juledag, 2. juledag — and store bededag only up to 2023 (it was abolished
  as a holiday from 2024; both directions are enforced here, whatever the package
  version says);
* grundlovsdag (5 June), juleaftensdag (24 December) and nytårsaftensdag (31 December),
  which the rule for deadlines that end on a closed day counts too (the issue cites
  forældelsesloven § 27 for that list), although they are not public holidays;
* per municipality (``CalendarSettings``): 1 May and the Friday after Kristi
  himmelfartsdag, where the municipality's offices are closed on those days.

Counting rule for every deadline in borgerpost:

* the day of receipt does not count: "7 working days" from a Monday without closed
  days ends on the Tuesday of the next week;
* a period in weeks or calendar days runs to the same weekday (or the day count) after
  receipt, and a deadline that ends on a closed day moves to the next working day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from holidays.countries.denmark import Denmark

ONE_DAY = timedelta(days=1)
LAST_STORE_BEDEDAG_YEAR = 2023
GRUNDLOVSDAG = "Grundlovsdag"
JULEAFTEN = "Juleaftensdag"
NYTAARSAFTEN = "Nytårsaftensdag"
MAY_FIRST = "1. maj"
FRIDAY_AFTER_ASCENSION = "Fredag efter Kristi himmelfartsdag"
STORE_BEDEDAG = "Store bededag"


@dataclass(frozen=True, slots=True)
class CalendarSettings:
    """The days a municipality closes beyond the law's list (from ``deadlines.yaml``)."""

    close_may_first: bool = False
    close_friday_after_ascension: bool = False


def easter(year: int) -> date:
    """Easter Sunday of ``year`` (Gregorian; the anonymous Meeus/Jones/Butcher algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    r = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * r) // 433
    month = (h + r - 7 * m + 90) // 25
    return date(year, month, (h + r - 7 * m + 33 * month + 19) % 32)


def store_bededag(year: int) -> date:
    """The fourth Friday after Easter Sunday (a holiday up to and including 2023)."""
    return easter(year) + timedelta(days=26)


@lru_cache(maxsize=256)
def _public_holidays(year: int) -> dict[date, str]:
    """The package's Danish public holidays of ``year``, Danish names, store bededag fixed."""
    package = Denmark(years=year, categories=("public",), language="da")  # type: ignore[no-untyped-call]
    found: dict[date, str] = dict(package.items())
    if not found:  # outside the package's years: refuse rather than count Easter as open
        raise ValueError(f"no Danish public holiday data for the year {year}")
    prayer_day = store_bededag(year)
    if year > LAST_STORE_BEDEDAG_YEAR:
        found.pop(prayer_day, None)
    else:
        found.setdefault(prayer_day, STORE_BEDEDAG)
    return found


class DanishCalendar:
    """Working days of one municipality, and deadline arithmetic on them."""

    def __init__(self, settings: CalendarSettings | None = None) -> None:
        self.settings = settings or CalendarSettings()
        self._years: dict[int, dict[date, str]] = {}

    def closed_days(self, year: int) -> dict[date, str]:
        """The named closed days of ``year`` (date → Danish name); weekends come on top."""
        if year not in self._years:
            self._years[year] = self._build_year(year)
        return self._years[year]

    def _build_year(self, year: int) -> dict[date, str]:
        days = dict(_public_holidays(year))
        days[date(year, 6, 5)] = GRUNDLOVSDAG
        days[date(year, 12, 24)] = JULEAFTEN
        days[date(year, 12, 31)] = NYTAARSAFTEN
        if self.settings.close_may_first:
            days.setdefault(date(year, 5, 1), MAY_FIRST)
        if self.settings.close_friday_after_ascension:
            days[easter(year) + timedelta(days=40)] = FRIDAY_AFTER_ASCENSION
        return days

    def closed_reason(self, day: date) -> str | None:
        """Why ``day`` is closed (a Danish name), or None for a working day."""
        name = self.closed_days(day.year).get(day)
        if name is not None:
            return name
        if day.weekday() >= 5:
            return "Lørdag" if day.weekday() == 5 else "Søndag"
        return None

    def is_working_day(self, day: date) -> bool:
        """Monday to Friday and not a closed day."""
        return day.weekday() < 5 and day not in self.closed_days(day.year)

    def next_working_day(self, day: date) -> date:
        """The first working day strictly AFTER ``day`` (``day`` itself never counts)."""
        day += ONE_DAY
        while not self.is_working_day(day):
            day += ONE_DAY
        return day

    def roll_forward(self, day: date) -> date:
        """``day`` if it is a working day, else the next working day (a deadline's end)."""
        return day if self.is_working_day(day) else self.next_working_day(day)

    def add_working_days(self, start: date, n: int) -> date:
        """The ``n``-th working day after ``start``; the receipt day ``start`` never counts.

        ``n == 0`` gives ``start`` unchanged (no period at all).
        """
        if n < 0:
            raise ValueError(f"working days must be zero or more, got {n}")
        day = start
        for _ in range(n):
            day = self.next_working_day(day)
        return day

    def add_weeks_then_next_working_day(self, start: date, weeks: int) -> date:
        """Same weekday ``weeks`` weeks after ``start``, moved on if that day is closed."""
        return self.add_days_then_next_working_day(start, 7 * weeks)

    def add_days_then_next_working_day(self, start: date, days: int) -> date:
        """``days`` calendar days after ``start``, moved on if that day is closed."""
        if days < 0:
            raise ValueError(f"days must be zero or more, got {days}")
        return self.roll_forward(start + timedelta(days=days))

    def working_days_between(self, start: date, end: date) -> int:
        """Working days ``d`` with ``start < d <= end`` (0 when ``end <= start``).

        The same counting as the deadline rule: the first day is the receipt day and does
        not count. ``working_days_between(s, add_working_days(s, n)) == n``.
        """
        count = 0
        day = start + ONE_DAY
        while day <= end:
            count += self.is_working_day(day)
            day += ONE_DAY
        return count
