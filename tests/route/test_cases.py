"""Case requests on SQLite and PostgreSQL: opening, pausing, closing, fristbrev, overdue lists.

Every expected date is counted by hand (see tests/route/test_calendar.py for the 2026
closed days). 30 March 2026 is a Monday; Danish summer time starts 29 March 2026.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from borgerpost.errors import CaseStateError
from borgerpost.route import cases
from borgerpost.route.deadlines import load_deadlines
from borgerpost.store import audit
from borgerpost.store.db import Store
from borgerpost.store.findings import add_correction
from borgerpost.store.queries import Scope, list_messages
from borgerpost.store.tables import CasePause, CaseRequest
from tests.route.conftest import add_finding, add_message, utc

CONFIG = load_deadlines()
CAL = CONFIG.working_calendar


def _case(store: Store, kind: str, received: date, unit: str = "Ydelse") -> int:
    """A message with one ``kind`` finding, opened; returns the case request id."""
    with store.session() as session:
        message = add_message(session, unit=unit,
                              received_at=utc(received.year, received.month, received.day))
        add_finding(session, message_pk=message.id, case_kind=kind)
        (case,) = cases.open_case_requests(session, message_pk=message.id, config=CONFIG)
        return case.id


def _get(store: Store, case_id: int) -> CaseRequest:
    with store.session() as session:
        case = session.get(CaseRequest, case_id)
        assert case is not None
        return case


@pytest.mark.parametrize(("kind", "received", "due"), [
    ("aktindsigt", date(2026, 3, 30), date(2026, 4, 13)),
    ("aktindsigt", date(2026, 12, 21), date(2027, 1, 5)),
    ("klage", date(2026, 3, 5), date(2026, 4, 7)),
    ("klage", date(2026, 11, 26), date(2026, 12, 28)),
    ("partshoering", date(2026, 12, 17), date(2027, 1, 4)),
    ("status", date(2026, 4, 1), date(2026, 4, 13)),
])
def test_open_computes_the_deadline(store: Store, kind: str, received: date, due: date) -> None:
    case = _get(store, _case(store, kind, received))
    assert (case.kind, case.received_on, case.due_on, case.status) == (kind, received, due,
                                                                       "open")
    assert case.unit == "Ydelse"


def test_open_is_idempotent_and_audited(store: Store) -> None:
    with store.session() as session:
        message = add_message(session, received_at=utc(2026, 3, 30))
        for start in (0, 10, 20):  # one finding, three evidence spans
            add_finding(session, message_pk=message.id, case_kind="aktindsigt", start=start)
        first = cases.open_case_requests(session, message_pk=message.id, config=CONFIG)
        again = cases.open_case_requests(session, message_pk=message.id, config=CONFIG)
        assert [c.id for c in first] == [c.id for c in again] and len(first) == 1
        opened = audit.entries(session, action="case.open")
        assert [e.object_id for e in opened] == [str(first[0].id)]
        assert opened[0].detail == {"message": message.id, "kind": "aktindsigt",
                                    "due_on": 20260413}


def test_each_kind_gets_its_own_request(store: Store) -> None:
    with store.session() as session:
        message = add_message(session, received_at=utc(2026, 3, 5))
        add_finding(session, message_pk=message.id, case_kind="klage")
        add_finding(session, message_pk=message.id, case_kind="aktindsigt")
        add_finding(session, message_pk=message.id, label="threat")
        opened = cases.open_case_requests(session, message_pk=message.id, config=CONFIG)
        assert [(c.kind, c.due_on) for c in opened] == [
            ("aktindsigt", date(2026, 3, 16)), ("klage", date(2026, 4, 7))]


def test_a_racing_second_insert_returns_the_first(store: Store) -> None:
    with store.session() as session:
        message = add_message(session, received_at=utc(2026, 3, 5))
        first = cases.open_case(session, message=message, kind="klage", config=CONFIG)
        second = cases.open_case(session, message=message, kind="klage", config=CONFIG)
        assert first.id == second.id
        rows = session.scalars(select(CaseRequest).where(CaseRequest.message_pk == message.id))
        assert len(list(rows)) == 1


def test_no_case_request_label_opens_nothing(store: Store) -> None:
    with store.session() as session:
        message = add_message(session, received_at=utc(2026, 3, 5))
        add_finding(session, message_pk=message.id, label="criticism")
        assert cases.open_case_requests(session, message_pk=message.id, config=CONFIG) == []


def test_corrections_apply(store: Store) -> None:
    with store.session() as session:
        removed = add_message(session, received_at=utc(2026, 3, 5))
        add_finding(session, message_pk=removed.id, case_kind="klage")
        add_correction(session, message_pk=removed.id, label="case_request", action="remove",
                       actor="anna")
        added = add_message(session, received_at=utc(2026, 3, 2))
        add_correction(session, message_pk=added.id, label="case_request", action="add",
                       actor="anna")
        assert cases.open_case_requests(session, message_pk=removed.id, config=CONFIG) == []
        (other,) = cases.open_case_requests(session, message_pk=added.id, config=CONFIG)
        assert (other.kind, other.due_on) == ("andet", date(2026, 3, 16))


def test_receipt_day_is_the_danish_day_and_never_after_storing(store: Store) -> None:
    with store.session() as session:
        late_evening = add_message(session, received_at=utc(2026, 3, 29, 22, 30))
        add_finding(session, message_pk=late_evening.id, case_kind="aktindsigt")
        future_header = add_message(session, received_at=utc(2026, 6, 1),
                                    ingested_at=utc(2026, 3, 30))
        add_finding(session, message_pk=future_header.id, case_kind="aktindsigt")
        no_header = add_message(session, received_at=None, ingested_at=utc(2026, 4, 1))
        add_finding(session, message_pk=no_header.id, case_kind="aktindsigt")
        days = [cases.open_case_requests(session, message_pk=m.id, config=CONFIG)[0].received_on
                for m in (late_evening, future_header, no_header)]
        assert days == [date(2026, 3, 30), date(2026, 3, 30), date(2026, 4, 1)]


def test_unknown_message_is_refused(store: Store) -> None:
    with store.session() as session, pytest.raises(CaseStateError, match="findes ikke"):
        cases.open_case_requests(session, message_pk=999_999, config=CONFIG)


def test_pause_and_resume_move_the_deadline_and_are_logged(store: Store) -> None:
    case_id = _case(store, "aktindsigt", date(2026, 3, 30))  # due Mon 13 Apr
    with store.session() as session:
        cases.pause(session, case_id=case_id, actor="anna", reason="Venter på fuldmagt",
                    now=utc(2026, 4, 8))
        paused = cases.get_case(session, case_id=case_id)
        assert paused.status == "paused" and paused.paused_since is not None
        # 9, 10 and 13 April stood still: the deadline moves 3 working days, to 16 April.
        resumed = cases.resume(session, case_id=case_id, actor="bent", now=utc(2026, 4, 13),
                               config=CONFIG)
        assert (resumed.status, resumed.due_on, resumed.paused_since) == (
            "open", date(2026, 4, 16), None)
        (row,) = session.scalars(select(CasePause).where(CasePause.case_request_id == case_id))
        assert (row.actor, row.ended_by, row.reason, row.working_days) == (
            "anna", "bent", "Venter på fuldmagt", 3)
        actions = [e.action for e in audit.entries(session, object_id=case_id)]
        assert actions == ["case.open", "case.pause", "case.resume"]
        assert all("Venter" not in str(e.detail) for e in audit.entries(session))


def test_pause_over_christmas(store: Store) -> None:
    case_id = _case(store, "klage", date(2026, 11, 26))  # due Mon 28 Dec
    with store.session() as session:
        cases.pause(session, case_id=case_id, actor="anna", reason="Venter på lægeerklæring",
                    now=utc(2026, 12, 21))
        # Stood still: 22, 23, 28, 29, 30 Dec and 4 Jan = 6 working days.
        case = cases.resume(session, case_id=case_id, actor="anna", now=utc(2027, 1, 4),
                            config=CONFIG)
        assert case.due_on == date(2027, 1, 7)


def test_same_day_pause_costs_nothing(store: Store) -> None:
    case_id = _case(store, "aktindsigt", date(2026, 3, 30))
    with store.session() as session:
        cases.pause(session, case_id=case_id, actor="anna", reason="x", now=utc(2026, 4, 1, 8))
        case = cases.resume(session, case_id=case_id, actor="anna", now=utc(2026, 4, 1, 14),
                            config=CONFIG)
        assert case.due_on == date(2026, 4, 13)


@pytest.mark.parametrize(("action", "message"), [
    ("resume_open", "kan ikke genoptages"),
    ("pause_blank", "skriv hvorfor"),
    ("pause_closed", "lukket"),
    ("close_twice", "kan ikke lukkes"),
    ("close_unknown", "ukendt udfald"),
    ("missing", "findes ikke"),
])
def test_invalid_actions_are_refused(store: Store, action: str, message: str) -> None:
    case_id = _case(store, "klage", date(2026, 3, 5))
    with store.session() as session, pytest.raises(CaseStateError, match=message):
        if action == "resume_open":
            cases.resume(session, case_id=case_id, actor="a", config=CONFIG)
        elif action == "pause_blank":
            cases.pause(session, case_id=case_id, actor="a", reason="  ")
        elif action == "pause_closed":
            cases.close(session, case_id=case_id, actor="a", outcome="medhold", config=CONFIG)
            cases.pause(session, case_id=case_id, actor="a", reason="x")
        elif action == "close_twice":
            cases.close(session, case_id=case_id, actor="a", outcome="medhold", config=CONFIG)
            cases.close(session, case_id=case_id, actor="a", outcome="medhold", config=CONFIG)
        elif action == "close_unknown":
            cases.close(session, case_id=case_id, actor="a", outcome="afgjort", config=CONFIG)
        else:
            cases.pause(session, case_id=999_999, actor="a", reason="x")


def test_close_while_paused_ends_the_pause(store: Store) -> None:
    case_id = _case(store, "klage", date(2026, 3, 5))
    with store.session() as session:
        cases.pause(session, case_id=case_id, actor="anna", reason="x", now=utc(2026, 3, 10))
        case = cases.close(session, case_id=case_id, actor="tove",
                           outcome="videresendt_ankestyrelsen", now=utc(2026, 3, 12),
                           config=CONFIG)
        assert (case.status, case.outcome, case.closed_by) == (
            "closed", "videresendt_ankestyrelsen", "tove")
        (row,) = session.scalars(select(CasePause).where(CasePause.case_request_id == case_id))
        assert row.ended_at is not None and row.working_days == 2


def test_overdue_list_per_unit(store: Store) -> None:
    late = _case(store, "status", date(2026, 3, 2))            # due 9 Mar
    later = _case(store, "aktindsigt", date(2026, 3, 2))       # due 11 Mar
    due_today = _case(store, "moede", date(2026, 3, 2))        # due 5 Mar (3 working days)
    paused = _case(store, "udbetaling", date(2026, 3, 2))
    closed = _case(store, "andet", date(2026, 3, 2))
    other_unit = _case(store, "status", date(2026, 3, 2), unit="Job")
    with store.session() as session:
        cases.pause(session, case_id=paused, actor="a", reason="x", now=utc(2026, 3, 3))
        cases.close(session, case_id=closed, actor="a", outcome="besvaret", config=CONFIG)
        assert cases.get_case(session, case_id=due_today).due_on == date(2026, 3, 5)
        on_5th = cases.overdue(session, unit="Ydelse", today=date(2026, 3, 5))
        assert on_5th == []
        on_12th = cases.overdue(session, unit="Ydelse", today=date(2026, 3, 12))
        assert [c.id for c in on_12th] == [due_today, late, later]
        assert [c.id for c in cases.overdue(session, unit="Job", today=date(2026, 3, 12))] == [
            other_unit]
        everyone = cases.overdue(session, unit=None, today=date(2026, 3, 12))
        assert {c.id for c in everyone} == {due_today, late, later, other_unit}


def test_due_soon(store: Store) -> None:
    soon = _case(store, "aktindsigt", date(2026, 3, 30))     # due 13 Apr
    far = _case(store, "klage", date(2026, 3, 30))           # due 27 Apr
    with store.session() as session:
        # From Thu 9 Apr, 3 working days ahead is Tue 14 Apr (Fri 10, Mon 13, Tue 14).
        found = cases.due_soon(session, unit="Ydelse", today=date(2026, 4, 9), config=CONFIG)
        assert [c.id for c in found] == [soon]
        assert far not in [c.id for c in cases.active(session, unit="Job")]
        assert [c.id for c in cases.active(session, unit="Ydelse")] == [soon, far]


def test_fristbrev_is_offered_from_working_day_five(store: Store) -> None:
    case_id = _case(store, "aktindsigt", date(2026, 3, 30))
    klage = _case(store, "klage", date(2026, 3, 30))
    with store.session() as session:
        case = cases.get_case(session, case_id=case_id)
        # 31/3, 1/4, 7/4, 8/4, 9/4: offered from Thursday 9 April.
        assert not cases.fristbrev_offered(case, date(2026, 4, 8), CONFIG)
        assert cases.fristbrev_offered(case, date(2026, 4, 9), CONFIG)
        assert cases.fristbrev_offered(case, date(2026, 4, 20), CONFIG)
        assert not cases.fristbrev_offered(cases.get_case(session, case_id=klage),
                                           date(2026, 4, 20), CONFIG)


def test_fristbrev_text(store: Store) -> None:
    case_id = _case(store, "aktindsigt", date(2026, 3, 30))
    with store.session() as session:
        case = cases.get_case(session, case_id=case_id)
        text = cases.fristbrev_text(case, CAL, date(2026, 4, 9), config=CONFIG,
                                    recipient="Ærlige Ørsted")
    assert "Kære Ærlige Ørsted" in text
    assert "30. marts 2026" in text and "13. april 2026" in text
    # 14 working days after 30 March: 31/3, 1, 7, 8, 9, 10, 13, 14, 15, 16, 17, 20, 21, 22/4.
    assert "onsdag den 22. april 2026" in text
    assert "offentlighedsloven § 36" in text and "forvaltningsloven § 16" in text
    assert "[SKRIV BEGRUNDELSEN HER" in text
    assert text.rstrip().endswith("Ydelse")


def test_late_fristbrev_never_promises_a_past_date(store: Store) -> None:
    case_id = _case(store, "aktindsigt", date(2026, 3, 30))
    with store.session() as session:
        case = cases.get_case(session, case_id=case_id)
        # On 23 April the 22 April promise is gone: 7 working days from today instead.
        text = cases.fristbrev_text(case, CAL, date(2026, 4, 23), config=CONFIG)
    assert "Kære borger" in text and "mandag den 4. maj 2026" in text


def test_send_fristbrev_moves_the_deadline_to_the_promise(store: Store) -> None:
    case_id = _case(store, "aktindsigt", date(2026, 3, 30))
    klage = _case(store, "klage", date(2026, 3, 30))
    with store.session() as session:
        case = cases.send_fristbrev(session, case_id=case_id, actor="anna",
                                    now=utc(2026, 4, 10), config=CONFIG)
        assert (case.status, case.due_on, case.fristbrev_sent_by) == (
            "open", date(2026, 4, 22), "anna")
        assert not cases.fristbrev_offered(case, date(2026, 4, 10), CONFIG)
        with pytest.raises(CaseStateError, match="allerede sendt"):
            cases.send_fristbrev(session, case_id=case_id, actor="anna", config=CONFIG)
        with pytest.raises(CaseStateError, match="ikke noget fristbrev"):
            cases.send_fristbrev(session, case_id=klage, actor="anna", config=CONFIG)


@pytest.mark.parametrize(("due", "today", "text"), [
    (date(2026, 4, 13), date(2026, 4, 14), "overskredet"),
    (date(2026, 4, 13), date(2026, 4, 13), "i dag"),
    (date(2026, 4, 13), date(2026, 4, 10), "om 1 arbejdsdag"),
    (date(2026, 4, 13), date(2026, 4, 1), "om 5 arbejdsdage"),  # 7, 8, 9, 10, 13 Apr
    (date(2027, 1, 5), date(2026, 12, 23), "om 5 arbejdsdage"),
])
def test_deadline_text(due: date, today: date, text: str) -> None:
    assert cases.deadline_text(due, today, CAL) == text


def test_the_inbox_lists_the_nearest_open_deadline_first(store: Store) -> None:
    klage = _case(store, "klage", date(2026, 11, 26))      # due Mon 28 Dec (ends juleaften)
    akt = _case(store, "aktindsigt", date(2026, 3, 30))    # due Mon 13 Apr (across Easter)
    closed = _case(store, "aktindsigt", date(2026, 3, 2))  # due 11 Mar, but answered
    with store.session() as session:
        cases.close(session, case_id=closed, actor="a", outcome="afgjort", config=CONFIG)
        none = add_message(session, received_at=utc(2026, 12, 30)).id  # newest, no deadline
        pk = {case_id: cases.get_case(session, case_id=case_id).message_pk
              for case_id in (klage, akt, closed)}
        scope = Scope(units=frozenset({"Ydelse"}))
        newest_first = [r.id for r in list_messages(session, scope=scope)]
        assert newest_first == [none, pk[klage], pk[akt], pk[closed]]
        rows = list_messages(session, scope=scope, by_deadline=True)
        assert [r.id for r in rows] == [pk[akt], pk[klage], none, pk[closed]]
        assert [(r.deadline, r.deadline_kind) for r in rows[:2]] == [
            (date(2026, 4, 13), "aktindsigt"), (date(2026, 12, 28), "klage")]
        assert rows[2].deadline is None and rows[3].deadline is None
