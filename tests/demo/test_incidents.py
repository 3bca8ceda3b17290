"""The demo's routing setup: designated colleagues, hand-entered incidents, routed mail."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select

from borgerpost.config import Settings
from borgerpost.demo.incidents import DEMO_INCIDENTS
from borgerpost.demo.loader import load_demo
from borgerpost.route.apply import route_new_in_batch
from borgerpost.route.incidents import figures, people_of
from borgerpost.route.rules import load_rules
from borgerpost.store.db import Store
from borgerpost.store.tables import Incident, Message, Unit

ANCHOR = date(2026, 5, 4)


def test_demo_sets_colleagues_registers_incidents_and_routes_every_message(
    sqlite_store: Store,
) -> None:
    settings = Settings(db=str(sqlite_store.engine.url))
    hook = route_new_in_batch(sqlite_store, rules=load_rules(), settings=settings)
    load_demo(sqlite_store, settings=settings, anchor=ANCHOR, on_batch=hook)
    with sqlite_store.session() as session:
        colleagues = dict(session.execute(select(Unit.name, Unit.designated_colleague)
                                          .where(Unit.designated_colleague.is_not(None))).all())
        assert colleagues == {"Sygedagpenge": "teamleder", "Kontanthjælp": "teamleder"}
        assert session.scalar(select(func.count()).select_from(Message)
                              .where(Message.queue.is_(None))) == 0
        incidents = list(session.scalars(select(Incident).order_by(Incident.occurred_on)))
        assert {i.description for i in incidents} == {d.description for d in DEMO_INCIDENTS}
        reported = [i for i in incidents if i.police_reported]
        assert len(reported) == 1
        assert reported[0].police_report_date == ANCHOR - timedelta(days=11)
        assert reported[0].police_journal_number
        assert all(people_of(session, incident_id=i.id) for i in incidents)
        assert {i.status for i in incidents} == {"open", "closed"}
        result = figures(session, date_from=ANCHOR - timedelta(days=60), date_to=ANCHOR)
        assert result.total == 3 and result.staff_affected == 3
    load_demo(sqlite_store, settings=settings)
    with sqlite_store.session() as session:
        assert session.scalar(select(func.count()).select_from(Incident)) == 3
