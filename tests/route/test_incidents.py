"""The incident register on both back ends: create, police report, close, figures."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pydantic import ValidationError

from borgerpost.errors import IncidentError
from borgerpost.route.incidents import (
    NATIONAL_SHARE,
    IncidentChanges,
    IncidentIn,
    create_incident,
    figures,
    list_incidents,
    messages_of,
    people_of,
    today,
    update_incident,
)
from borgerpost.store import audit
from borgerpost.store.db import Store
from tests.route.routing_seed import add_message, seed_register


def _new(**fields: object) -> IncidentIn:
    base: dict[str, object] = {"type": "trussel", "channel": "telefon", "severity": "høj"}
    return IncidentIn.model_validate({**base, **fields})


def test_by_hand_with_people_and_evidence_then_police_report_and_close(store: Store) -> None:
    with store.session() as session:
        reg = seed_register(session)
        message = add_message(session)
        incident = create_incident(session, actor="lise", data=_new(
            units=["Sygedagpenge", " Sygedagpenge "], staff_ids=[reg["hanne"]],
            message_pks=[message.id], occurred_on=date(2026, 2, 3),
            description="Truende opkald til Hanne om eftermiddagen."))
        assert incident.units == ["Sygedagpenge"]
        assert (incident.status, incident.police_reported, incident.created_by) == (
            "open", False, "lise")
        assert people_of(session, incident_id=incident.id) == [reg["hanne"]]
        assert messages_of(session, incident_id=incident.id) == [message.id]
        changes = IncidentChanges(police_reported=True, police_report_date=date(2026, 2, 4),
                                  police_journal_number="3700-80150-00123-26",
                                  follow_up="Samtale med leder; tilbud om psykolog.",
                                  staff_ids=[reg["hanne"], reg["soeren"]])
        update_incident(session, incident_id=incident.id, changes=changes, actor="lise")
        assert (incident.police_reported, incident.police_report_date,
                incident.police_journal_number) == (True, date(2026, 2, 4),
                                                    "3700-80150-00123-26")
        assert people_of(session, incident_id=incident.id) == sorted(
            [reg["hanne"], reg["soeren"]])
        update_incident(session, incident_id=incident.id,
                        changes=IncidentChanges(status="closed"), actor="lise")
        assert (incident.status, incident.closed_by) == ("closed", "lise")
        assert incident.closed_at is not None
        assert list_incidents(session, status="open") == []
        actions = [e.action for e in audit.entries(session, object_id=incident.id)]
        assert actions == ["incident.create", "incident.update", "incident.update"]
        update_detail = audit.entries(session, action="incident.update")[0].detail
        assert "police_journal_number" in update_detail["fields"]
        assert "3700" not in str(update_detail)


def test_police_report_needs_a_date_and_unreporting_clears_it(store: Store) -> None:
    with store.session() as session:
        seed_register(session)
        incident = create_incident(session, actor="lise", data=_new())
        with pytest.raises(IncidentError, match="datoen"):
            update_incident(session, incident_id=incident.id, actor="lise",
                            changes=IncidentChanges(police_reported=True))
        session.rollback()
    with store.session() as session:
        incident = create_incident(session, actor="lise", data=_new())
        update_incident(session, incident_id=incident.id, actor="lise",
                        changes=IncidentChanges(police_reported=True,
                                                police_report_date=date(2026, 1, 5),
                                                police_journal_number="J-1"))
        update_incident(session, incident_id=incident.id, actor="lise",
                        changes=IncidentChanges(police_reported=False))
        assert (incident.police_report_date, incident.police_journal_number) == (None, None)


@pytest.mark.parametrize(("fields", "words"), [
    ({"description": "Borgeren 010180-1234 ringede"}, "CPR"),
    ({"description": "cpr 0101801234"}, "CPR"),
    ({"type": "mord"}, "type"),
    ({"channel": "fax"}, "channel"),
    ({"severity": "enorm"}, "severity"),
    ({"occurred_on": (today() + timedelta(days=2)).isoformat()}, "fremtiden"),
    ({"unknown": 1}, "unknown"),
])
def test_invalid_incidents_are_refused(fields: dict[str, object], words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        _new(**fields)


@pytest.mark.parametrize("text", [
    "Sagsnummer 2026-1234", "Ring på 72 40 10 00", "Journal 3700-80150-00123-26",
    "Dato 320180-1234 er ingen dato",
])
def test_numbers_that_are_no_cpr_are_allowed(text: str) -> None:
    assert _new(description=text).description == text


def test_unknown_people_and_messages_are_refused(store: Store) -> None:
    with store.session() as session, pytest.raises(IncidentError, match="medarbejder-id 999"):
        create_incident(session, actor="lise", data=_new(staff_ids=[999]))
    with store.session() as session, pytest.raises(IncidentError, match="besked-id 998"):
        create_incident(session, actor="lise", data=_new(message_pks=[998]))
    with store.session() as session, pytest.raises(IncidentError, match="findes ikke"):
        update_incident(session, incident_id=12345, actor="lise",
                        changes=IncidentChanges(follow_up="x"))


def test_figures_per_unit_and_month_and_share_of_staff(store: Store) -> None:
    with store.session() as session:
        reg = seed_register(session)  # five active staff
        for when, units, people in [
            (date(2026, 1, 10), ["Sygedagpenge"], ["hanne"]),
            (date(2026, 1, 28), ["Sygedagpenge", "Kontanthjælp"], ["hanne", "jonas"]),
            (date(2026, 3, 2), ["Kontanthjælp"], []),
            (date(2026, 3, 3), [], []),
            (date(2025, 12, 31), ["Sygedagpenge"], ["soeren"]),  # before the period
        ]:
            create_incident(session, actor="lise", data=_new(
                occurred_on=when, units=units, staff_ids=[reg[p] for p in people]))
        reported = list_incidents(session)[0]
        update_incident(session, incident_id=reported.id, actor="lise",
                        changes=IncidentChanges(police_reported=True,
                                                police_report_date=date(2026, 3, 4)))
        result = figures(session, date_from=date(2026, 1, 1), date_to=date(2026, 3, 31))
    assert result.months == ["2026-01", "2026-02", "2026-03"]
    assert result.per_unit_month == {
        "(ingen enhed)": {"2026-03": 1},
        "Kontanthjælp": {"2026-01": 1, "2026-03": 1},
        "Sygedagpenge": {"2026-01": 2},
    }
    assert (result.total, result.police_reported) == (4, 1)
    assert (result.staff_affected, result.staff_total) == (2, 5)
    assert result.share == pytest.approx(0.4)
    assert result.national_share == NATIONAL_SHARE == 0.37
    assert result.per_type == {"trussel": 4}


def test_figures_of_an_empty_register(store: Store) -> None:
    with store.session() as session:
        result = figures(session, date_from=date(2025, 11, 15), date_to=date(2026, 2, 1))
    assert result.months == ["2025-11", "2025-12", "2026-01", "2026-02"]
    assert (result.total, result.staff_total, result.share) == (0, 0, None)
