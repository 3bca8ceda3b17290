"""Danish working days: every expected date below was counted by hand on a 2026 calendar.

2026: Skærtorsdag Thu 2 Apr, Langfredag Fri 3 Apr, Påskedag Sun 5 Apr, 2. påskedag Mon 6 Apr,
Kristi himmelfart Thu 14 May, Pinse Sun 24 + Mon 25 May, Grundlovsdag Fri 5 Jun, 1 May is
a Friday; juleaften Thu 24 Dec, juledag Fri 25 Dec, 2. juledag Sat 26 Dec, nytårsaften
Thu 31 Dec, nytårsdag Fri 1 Jan 2027.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from borgerpost.route.calendar import CalendarSettings, DanishCalendar, easter, store_bededag

CAL = DanishCalendar()
MAY_FIRST = DanishCalendar(CalendarSettings(close_may_first=True))
ASCENSION_FRIDAY = DanishCalendar(CalendarSettings(close_friday_after_ascension=True))

WORKING_DAYS = [
    # (received, working days, expected deadline, why)
    (date(2026, 3, 30), 7, date(2026, 4, 13), "Mon before Easter: 31/3, 1/4, then 7-13/4"),
    (date(2026, 4, 1), 7, date(2026, 4, 15), "Wed before Skærtorsdag"),
    (date(2026, 4, 2), 7, date(2026, 4, 15), "received on Skærtorsdag itself"),
    (date(2026, 4, 4), 7, date(2026, 4, 15), "received on Easter Saturday"),
    (date(2026, 3, 26), 7, date(2026, 4, 9), "Thu before: 27, 30, 31/3, 1/4, 7, 8, 9/4"),
    (date(2026, 4, 1), 1, date(2026, 4, 7), "the next working day after Easter"),
    (date(2026, 5, 11), 7, date(2026, 5, 21), "across Kristi himmelfart (Fri 15 open)"),
    (date(2026, 5, 22), 7, date(2026, 6, 3), "across Pinse: 26, 27, 28, 29/5, 1, 2, 3/6"),
    (date(2026, 6, 3), 7, date(2026, 6, 15), "across Grundlovsdag Fri 5 Jun"),
    (date(2026, 4, 30), 1, date(2026, 5, 1), "1 May is a working day by default"),
    (date(2026, 12, 21), 7, date(2027, 1, 5), "Christmas: 22, 23, 28, 29, 30/12, 4, 5/1"),
    (date(2026, 12, 23), 7, date(2027, 1, 7), "23 Dec: 28, 29, 30/12, 4, 5, 6, 7/1"),
    (date(2026, 12, 30), 1, date(2027, 1, 4), "31 Dec and 1 Jan are closed"),
    (date(2026, 12, 23), 1, date(2026, 12, 28), "24, 25, 26, 27 Dec are closed"),
    (date(2026, 3, 2), 7, date(2026, 3, 11), "an ordinary week: Mon + 7 = Wed next week"),
    (date(2026, 3, 7), 1, date(2026, 3, 9), "received Saturday: Monday is day 1"),
    (date(2026, 3, 2), 0, date(2026, 3, 2), "no period at all"),
]

WEEKS = [
    # (received, weeks, expected, why)
    (date(2026, 3, 5), 4, date(2026, 4, 7), "ends Skærtorsdag: moves past Easter to Tue"),
    (date(2026, 3, 6), 4, date(2026, 4, 7), "ends Langfredag"),
    (date(2026, 3, 9), 4, date(2026, 4, 7), "ends 2. påskedag"),
    (date(2026, 3, 10), 4, date(2026, 4, 7), "ends on a working Tuesday: unchanged"),
    (date(2026, 5, 8), 4, date(2026, 6, 8), "ends Grundlovsdag Fri 5 Jun"),
    (date(2026, 4, 27), 4, date(2026, 5, 26), "ends 2. pinsedag Mon 25 May"),
    (date(2026, 11, 26), 4, date(2026, 12, 28), "ends juleaften Thu 24 Dec"),
    (date(2026, 12, 3), 4, date(2027, 1, 4), "ends nytårsaften: 31/12 and 1/1 closed"),
    (date(2026, 3, 7), 1, date(2026, 3, 16), "received Saturday, ends Saturday: Monday"),
]

DAYS = [
    (date(2026, 12, 17), 14, date(2027, 1, 4), "14 days end 31 Dec"),
    (date(2026, 12, 11), 14, date(2026, 12, 28), "14 days end juledag"),
    (date(2026, 3, 20), 14, date(2026, 4, 7), "14 days end Langfredag 3 Apr"),
    (date(2026, 3, 2), 14, date(2026, 3, 16), "14 days end on a Monday"),
]


@pytest.mark.parametrize(("start", "n", "expected", "why"), WORKING_DAYS)
def test_add_working_days(start: date, n: int, expected: date, why: str) -> None:
    assert CAL.add_working_days(start, n) == expected, why


@pytest.mark.parametrize(("start", "weeks", "expected", "why"), WEEKS)
def test_add_weeks_then_next_working_day(start: date, weeks: int, expected: date,
                                         why: str) -> None:
    assert CAL.add_weeks_then_next_working_day(start, weeks) == expected, why


@pytest.mark.parametrize(("start", "days", "expected", "why"), DAYS)
def test_add_days_then_next_working_day(start: date, days: int, expected: date,
                                        why: str) -> None:
    assert CAL.add_days_then_next_working_day(start, days) == expected, why


CLOSED_2026 = [date(2026, 1, 1), date(2026, 4, 2), date(2026, 4, 3), date(2026, 4, 5),
               date(2026, 4, 6), date(2026, 5, 14), date(2026, 5, 24), date(2026, 5, 25),
               date(2026, 6, 5), date(2026, 12, 24), date(2026, 12, 25), date(2026, 12, 26),
               date(2026, 12, 31), date(2027, 1, 1), date(2026, 3, 7), date(2026, 3, 8)]
OPEN_2026 = [date(2026, 4, 1), date(2026, 4, 7), date(2026, 5, 1), date(2026, 5, 15),
             date(2026, 5, 26), date(2026, 6, 4), date(2026, 12, 23), date(2026, 12, 28),
             date(2026, 12, 30), date(2027, 1, 4), date(2024, 4, 26), date(2025, 5, 16)]


@pytest.mark.parametrize("day", CLOSED_2026)
def test_closed_days(day: date) -> None:
    assert not CAL.is_working_day(day)
    assert CAL.closed_reason(day)


@pytest.mark.parametrize("day", OPEN_2026)
def test_working_days_near_holidays(day: date) -> None:
    assert CAL.is_working_day(day)
    assert CAL.closed_reason(day) is None


@pytest.mark.parametrize(("year", "closed"), [(2022, True), (2023, True), (2024, False),
                                              (2025, False), (2027, False), (2030, False)])
def test_store_bededag_only_until_2023(year: int, closed: bool) -> None:
    prayer_day = store_bededag(year)
    assert prayer_day.weekday() == 4
    assert CAL.is_working_day(prayer_day) is not closed


def test_store_bededag_dates() -> None:
    assert store_bededag(2023) == date(2023, 5, 5)
    assert store_bededag(2024) == date(2024, 4, 26)


def test_named_closed_days_are_danish() -> None:
    names = CAL.closed_days(2026)
    assert names[date(2026, 6, 5)] == "Grundlovsdag"
    assert names[date(2026, 12, 24)] == "Juleaftensdag"
    assert names[date(2026, 12, 31)] == "Nytårsaftensdag"
    assert names[date(2026, 4, 2)] == "Skærtorsdag"
    assert date(2026, 5, 1) not in names


def test_may_first_is_a_municipal_setting() -> None:
    assert MAY_FIRST.add_working_days(date(2026, 4, 30), 1) == date(2026, 5, 4)
    assert not MAY_FIRST.is_working_day(date(2026, 5, 1))
    assert MAY_FIRST.is_working_day(date(2026, 5, 15))


def test_friday_after_ascension_is_a_municipal_setting() -> None:
    assert not ASCENSION_FRIDAY.is_working_day(date(2026, 5, 15))
    assert not ASCENSION_FRIDAY.is_working_day(date(2027, 5, 7))
    assert ASCENSION_FRIDAY.add_working_days(date(2026, 5, 11), 7) == date(2026, 5, 22)
    assert ASCENSION_FRIDAY.is_working_day(date(2026, 5, 1))


@pytest.mark.parametrize("year", [2024, 2025, 2026, 2027, 2030, 2035])
def test_easter_matches_the_holidays_package(year: int) -> None:
    names = {name: day for day, name in CAL.closed_days(year).items()}
    assert names["Påskedag"] == easter(year)
    assert names["Kristi himmelfartsdag"] == easter(year) + timedelta(days=39)


def test_next_working_day_is_strictly_after() -> None:
    assert CAL.next_working_day(date(2026, 3, 2)) == date(2026, 3, 3)
    assert CAL.roll_forward(date(2026, 3, 2)) == date(2026, 3, 2)
    assert CAL.roll_forward(date(2026, 4, 2)) == date(2026, 4, 7)


def test_working_days_between() -> None:
    assert CAL.working_days_between(date(2026, 3, 30), date(2026, 4, 13)) == 7
    assert CAL.working_days_between(date(2026, 4, 13), date(2026, 3, 30)) == 0
    assert CAL.working_days_between(date(2026, 12, 23), date(2027, 1, 4)) == 4


def test_negative_periods_are_refused() -> None:
    with pytest.raises(ValueError):
        CAL.add_working_days(date(2026, 3, 2), -1)
    with pytest.raises(ValueError):
        CAL.add_days_then_next_working_day(date(2026, 3, 2), -1)


def test_years_without_holiday_data_are_refused() -> None:
    with pytest.raises(ValueError, match="2300"):
        CAL.closed_days(2300)


days = st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31))
periods = st.integers(min_value=1, max_value=60)
calendars = st.sampled_from([CAL, MAY_FIRST, ASCENSION_FRIDAY])


@given(calendars, days, periods)
def test_working_day_result_is_a_working_day_after_start(
    cal: DanishCalendar, start: date, n: int
) -> None:
    due = cal.add_working_days(start, n)
    assert cal.is_working_day(due)
    assert due > start
    assert cal.working_days_between(start, due) == n


@given(calendars, days, periods, periods)
def test_working_days_are_monotonic(cal: DanishCalendar, start: date, a: int, b: int) -> None:
    low, high = sorted((a, b))
    assert cal.add_working_days(start, low) <= cal.add_working_days(start, high)
    if low < high:
        assert cal.add_working_days(start, low) < cal.add_working_days(start, high)


@given(calendars, days, st.integers(min_value=1, max_value=8))
def test_weeks_end_on_the_first_working_day_from_the_same_weekday(
    cal: DanishCalendar, start: date, weeks: int
) -> None:
    due = cal.add_weeks_then_next_working_day(start, weeks)
    plain = start + timedelta(weeks=weeks)
    assert cal.is_working_day(due)
    assert due >= plain
    assert all(not cal.is_working_day(plain + timedelta(days=i))
               for i in range((due - plain).days))


@given(calendars, days, days)
def test_later_receipt_never_gives_an_earlier_deadline(
    cal: DanishCalendar, a: date, b: date
) -> None:
    early, late = sorted((a, b))
    assert cal.add_working_days(early, 7) <= cal.add_working_days(late, 7)
    assert (cal.add_weeks_then_next_working_day(early, 4)
            <= cal.add_weeks_then_next_working_day(late, 4))
