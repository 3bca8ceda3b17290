"""Incidents in the demo: what reached the jobcentre outside the mail, entered by hand.

Routing opens incidents for the demo's threat, doxxing and exposure mails by itself;
these three show the rest of the register: a threatening phone call that was reported
to the police (date and journalnummer), an episode at the front desk, and a post on
social media that exposed a caseworker. Dates are counted back from the demo's anchor.
The designated colleagues who get shielded mail are set in ``staff.csv`` (column
``designated_colleague``). Loading again adds nothing: an incident whose description
already exists is skipped.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from borgerpost.route.incidents import IncidentChanges, IncidentIn, create_incident, update_incident
from borgerpost.store.db import Store
from borgerpost.store.tables import Incident, Staff

ACTOR = "sikkerhed"


@dataclass(frozen=True, slots=True)
class DemoIncident:
    """One hand-entered demo incident; ``police`` is (days before anchor, journalnummer)."""

    days_back: int
    type: str
    channel: str
    severity: str
    units: tuple[str, ...]
    people: tuple[str, ...]
    description: str
    follow_up: str = ""
    police: tuple[int, str] | None = None
    closed: bool = False


DEMO_INCIDENTS: tuple[DemoIncident, ...] = (
    DemoIncident(
        12, "trussel", "telefon", "høj", ("Kontanthjælp",), ("Jonas Ravnsbæk",),
        "(demo) Borger ringede og truede med at opsøge sagsbehandleren efter arbejdstid.",
        follow_up="Samtale med medarbejderen samme dag; tilbud om psykologhjælp taget imod. "
        "Opkald fra nummeret stilles fremover til teamlederen.",
        police=(11, "3700-80150-00217-26"),
    ),
    DemoIncident(
        25, "chikane", "skranke", "middel", ("Modtagelsen",), ("Camilla Bech Ottesen",),
        "(demo) Borger råbte ad receptionisten og nægtede at forlade skranken.",
        follow_up="Gennemgået på personalemøde; alarmknap i receptionen afprøvet.",
        closed=True,
    ),
    DemoIncident(
        40, "udstilling", "sociale medier", "middel", ("Sygedagpenge",),
        ("Hanne Lykkegaard Poulsen",),
        "(demo) Opslag i en lokal Facebook-gruppe med sagsbehandlerens navn og billede.",
        follow_up="Opslaget anmeldt til gruppens administrator og fjernet.",
    ),
)


def add_demo_incidents(store: Store, *, anchor: date) -> int:
    """Register the demo's hand-entered incidents that are not there yet; returns how many."""
    added = 0
    with store.session() as session:
        known = set(session.scalars(select(Incident.description)))
        staff = {name: pk for pk, name in session.execute(select(Staff.id, Staff.name))}
        for demo in DEMO_INCIDENTS:
            if demo.description in known:
                continue
            incident = create_incident(session, actor=ACTOR, data=IncidentIn.model_validate({
                "type": demo.type, "channel": demo.channel, "severity": demo.severity,
                "description": demo.description, "units": list(demo.units),
                "occurred_on": anchor - timedelta(days=demo.days_back),
                "staff_ids": [staff[name] for name in demo.people if name in staff]}))
            changes: dict[str, object] = {"follow_up": demo.follow_up}
            if demo.police is not None:
                changes.update(police_reported=True, police_journal_number=demo.police[1],
                               police_report_date=anchor - timedelta(days=demo.police[0]))
            if demo.closed:
                changes["status"] = "closed"
            update_incident(session, incident_id=incident.id, actor=ACTOR,
                            changes=IncidentChanges.model_validate(changes))
            added += 1
    return added
