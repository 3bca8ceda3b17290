"""The demo shows every deadline state on its anchor day, and loading again changes nothing."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from borgerpost.config import Settings
from borgerpost.demo.deadlines import SCENE_UNIT, _scene, working_days_before
from borgerpost.demo.loader import load_demo
from borgerpost.route import cases
from borgerpost.route.deadlines import load_deadlines
from borgerpost.store.db import Store
from borgerpost.store.tables import CasePause, CaseRequest

CONFIG = load_deadlines()
CAL = CONFIG.working_calendar
ANCHOR = date(2026, 4, 7)  # the Tuesday after Easter: the scene must count across it


def test_demo_opens_case_requests_in_every_state(store: Store) -> None:
    settings = Settings(db=str(store.engine.url))
    first = load_demo(store, settings=settings, anchor=ANCHOR)
    assert first.case_requests_new >= 100
    with store.session() as session:
        all_cases = list(session.scalars(select(CaseRequest)))
        assert len(all_cases) == first.case_requests_new
        assert {c.kind for c in all_cases} == set(CONFIG.kinds)
        running = [c for c in all_cases if c.status == "open"]
        assert len({c.due_on for c in running}) >= 5
        late = cases.overdue(session, unit=SCENE_UNIT, today=ANCHOR)
        assert [c.kind for c in late] == ["klage"]
        offered = [c for c in running if cases.fristbrev_offered(c, ANCHOR, CONFIG)]
        assert [(c.kind, c.unit) for c in offered] == [("aktindsigt", SCENE_UNIT)]
        assert offered[0].due_on >= ANCHOR
        (paused,) = [c for c in all_cases if c.status == "paused"]
        assert (paused.kind, paused.unit) == ("partshoering", SCENE_UNIT)
        (pause,) = session.scalars(select(CasePause))
        assert pause.case_request_id == paused.id and pause.reason
        assert all(c.due_on < ANCHOR for c in all_cases if c.status == "closed")
        assert Counter(c.status for c in all_cases)["closed"] >= 50
    again = load_demo(store, settings=settings)
    assert again.case_requests_new == 0
    with store.session() as session:
        assert len(list(session.scalars(select(CaseRequest)))) == first.case_requests_new


@pytest.mark.parametrize("offset", range(0, 366, 3))
def test_scene_fits_every_anchor_of_a_year(offset: int) -> None:
    anchor = date(2026, 1, 2) + timedelta(days=offset)
    (_, akt, received), (_, klage, klage_on), (_, _, pause_on) = _scene(anchor)
    offered_from = CAL.add_working_days(received, 5)
    assert offered_from <= anchor <= CONFIG.due_on(akt, received)
    assert CONFIG.due_on(klage, klage_on) < anchor
    assert pause_on < anchor - timedelta(days=2)


def test_working_days_before() -> None:
    # Easter closes 2, 3 and 6 April 2026: (31 Mar, 7 Apr] holds only 1 and 7 April.
    assert working_days_before(CAL, date(2026, 4, 7), 1) == date(2026, 4, 6)
    assert working_days_before(CAL, date(2026, 4, 7), 2) == date(2026, 3, 31)
    assert working_days_before(CAL, date(2026, 3, 10), 5) == date(2026, 3, 3)
