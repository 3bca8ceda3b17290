"""The incident register (arbejdsmiljø): threats, doxxing and exposure of staff, with figures.

Incidents come from routing (a threat, doxxing or exposure message opens one, see
``rules.yaml``) or are entered by hand for what never reached us in writing (a phone
call, the front desk, a post on social media). The evidence is links to the stored
messages, never copied text; the free-text fields are refused when they hold a CPR
number, because the register is read by the work-environment committee.

``figures`` gives the committee what it asks for: incidents per unit and month, and the
share of staff affected in a period, beside the national survey's 37 %. Every change is
audited with ids and field names only.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from borgerpost.detect.pii.cpr import birth_date
from borgerpost.errors import IncidentError
from borgerpost.route.rules import IncidentType, Severity
from borgerpost.store import audit
from borgerpost.store.tables import (
    Incident,
    IncidentMessage,
    IncidentPerson,
    Message,
    Staff,
    utcnow,
)

CHANNELS: tuple[str, ...] = ("mail", "webformular", "telefon", "skranke", "sociale medier", "brev")
Channel = Literal["mail", "webformular", "telefon", "skranke", "sociale medier", "brev"]
Status = Literal["open", "closed"]
NATIONAL_SHARE = 0.37  # staff who met threats/harassment in the national survey behind borgerpost
SYSTEM_ACTOR = "borgerpost"
NO_UNIT = "(ingen enhed)"
LOCAL_TZ = ZoneInfo("Europe/Copenhagen")
_CPR_LIKE = re.compile(r"(?<![\d-])(\d{6})\s?[-‐–]?\s?(\d{4})(?![\d-])")
_JOURNAL = re.compile(r"^[0-9A-Za-z][0-9A-Za-z ./-]{0,59}$")


def today() -> date:
    """The Danish calendar day now (incident dates are Danish days)."""
    return datetime.now(LOCAL_TZ).date()


def _no_cpr(value: str) -> str:
    """Refuse free text holding a CPR number (a valid date in the first six digits)."""
    for match in _CPR_LIKE.finditer(value):
        if birth_date(match.group(1) + match.group(2)) is not None:
            raise ValueError("teksten må ikke indeholde CPR-numre")
    return value


class _Fields(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    @field_validator("description", "follow_up", check_fields=False)
    @classmethod
    def _text_without_cpr(cls, value: str | None) -> str | None:
        return _no_cpr(value) if value else value

    @field_validator("units", check_fields=False)
    @classmethod
    def _units(cls, value: list[str] | None) -> list[str] | None:
        if value is None:
            return None
        return list(dict.fromkeys(u.strip() for u in value if u.strip()))

    @field_validator("occurred_on", "police_report_date", check_fields=False)
    @classmethod
    def _not_future(cls, value: date | None) -> date | None:
        if value is not None and value > today():
            raise ValueError("datoen ligger i fremtiden")
        return value


class IncidentIn(_Fields):
    """A new incident, by hand or from a message."""

    type: IncidentType
    channel: Channel
    severity: Severity
    description: str = Field(default="", max_length=4000)
    units: list[str] = Field(default_factory=list)
    occurred_on: date | None = None
    staff_ids: list[int] = Field(default_factory=list)
    message_pks: list[int] = Field(default_factory=list)


class IncidentChanges(_Fields):
    """Changes to an incident; fields left out stay as they are."""

    type: IncidentType | None = None
    channel: Channel | None = None
    severity: Severity | None = None
    description: str | None = Field(default=None, max_length=4000)
    units: list[str] | None = None
    occurred_on: date | None = None
    staff_ids: list[int] | None = None
    add_message_pks: list[int] | None = None
    police_reported: bool | None = None
    police_report_date: date | None = None
    police_journal_number: str | None = Field(default=None, max_length=60)
    follow_up: str | None = Field(default=None, max_length=8000)
    status: Status | None = None

    @field_validator("police_journal_number")
    @classmethod
    def _journal(cls, value: str | None) -> str | None:
        if value and not _JOURNAL.fullmatch(value):
            raise ValueError("journalnummeret må kun have tal, bogstaver, bindestreg og punktum")
        return value or None

    @model_validator(mode="after")
    def _report_needs_reported(self) -> IncidentChanges:
        gave_details = self.police_report_date is not None or bool(self.police_journal_number)
        if self.police_reported is False and gave_details:
            raise ValueError("dato og journalnummer kræver, at hændelsen er politianmeldt")
        return self


def _check_refs(session: Session, staff_ids: Sequence[int], message_pks: Sequence[int]) -> None:
    if staff_ids:
        known = set(session.scalars(select(Staff.id).where(Staff.id.in_(staff_ids))))
        if missing := sorted(set(staff_ids) - known):
            raise IncidentError(f"ukendt medarbejder-id {', '.join(map(str, missing))}")
    if message_pks:
        known = set(session.scalars(select(Message.id).where(Message.id.in_(message_pks))))
        if missing := sorted(set(message_pks) - known):
            raise IncidentError(f"ukendt besked-id {', '.join(map(str, missing))}")


def create_incident(session: Session, *, data: IncidentIn, actor: str) -> Incident:
    """Store a new incident with its people and evidence messages; audited."""
    _check_refs(session, data.staff_ids, data.message_pks)
    incident = Incident(type=data.type, channel=data.channel, severity=data.severity,
                        description=data.description, units=data.units,
                        occurred_on=data.occurred_on or today(), created_by=actor,
                        police_reported=False, follow_up="", status="open")
    session.add(incident)
    session.flush()
    _set_people(session, incident.id, data.staff_ids)
    _add_messages(session, incident.id, data.message_pks)
    audit.record(session, actor=actor, action="incident.create", object_type="incident",
                 object_id=incident.id,
                 detail={"type": data.type, "severity": data.severity,
                         "messages": sorted(set(data.message_pks)),
                         "people": sorted(set(data.staff_ids))})
    return incident


def _set_people(session: Session, incident_id: int, staff_ids: Sequence[int]) -> None:
    current = set(people_of(session, incident_id=incident_id))
    wanted = set(staff_ids)
    for row in session.scalars(select(IncidentPerson).where(
            IncidentPerson.incident_id == incident_id,
            IncidentPerson.staff_id.in_(current - wanted))):
        session.delete(row)
    session.add_all(IncidentPerson(incident_id=incident_id, staff_id=s)
                    for s in sorted(wanted - current))
    session.flush()


def _add_messages(session: Session, incident_id: int, message_pks: Sequence[int]) -> None:
    linked = set(messages_of(session, incident_id=incident_id))
    session.add_all(IncidentMessage(incident_id=incident_id, message_pk=pk)
                    for pk in sorted(set(message_pks) - linked))
    session.flush()


def get_incident(session: Session, *, incident_id: int) -> Incident | None:
    """One incident, or None."""
    return session.get(Incident, incident_id)


def update_incident(
    session: Session, *, incident_id: int, changes: IncidentChanges, actor: str
) -> Incident:
    """Apply ``changes``; a police report needs a date; closing records who and when."""
    incident = session.get(Incident, incident_id)
    if incident is None:
        raise IncidentError(f"hændelse {incident_id} findes ikke")
    given = changes.model_fields_set
    _check_refs(session, changes.staff_ids or [], changes.add_message_pks or [])
    for name in ("type", "channel", "severity", "description", "units", "occurred_on",
                 "police_reported", "police_report_date", "police_journal_number", "follow_up"):
        if name in given and (getattr(changes, name) is not None or name.startswith("police_")):
            setattr(incident, name, getattr(changes, name))
    _police_consistent(incident)
    if changes.staff_ids is not None:
        _set_people(session, incident.id, changes.staff_ids)
    if changes.add_message_pks:
        _add_messages(session, incident.id, changes.add_message_pks)
    if changes.status is not None and changes.status != incident.status:
        _set_status(incident, changes.status, actor)
    audit.record(session, actor=actor, action="incident.update", object_type="incident",
                 object_id=incident.id, detail={"fields": sorted(given)})
    session.flush()
    return incident


def _police_consistent(incident: Incident) -> None:
    if not incident.police_reported:
        incident.police_report_date = None
        incident.police_journal_number = None
        return
    if incident.police_report_date is None:
        raise IncidentError("angiv datoen for politianmeldelsen")


def _set_status(incident: Incident, status: str, actor: str) -> None:
    incident.status = status
    if status == "closed":
        incident.closed_at, incident.closed_by = utcnow(), actor
    else:
        incident.closed_at, incident.closed_by = None, None


def people_of(session: Session, *, incident_id: int) -> list[int]:
    """Staff ids affected by an incident."""
    return list(session.scalars(select(IncidentPerson.staff_id)
                                .where(IncidentPerson.incident_id == incident_id)
                                .order_by(IncidentPerson.staff_id)))


def messages_of(session: Session, *, incident_id: int) -> list[int]:
    """Message ids that are evidence of an incident."""
    return list(session.scalars(select(IncidentMessage.message_pk)
                                .where(IncidentMessage.incident_id == incident_id)
                                .order_by(IncidentMessage.message_pk)))


def incidents_of_message(session: Session, *, message_pk: int) -> list[int]:
    """Ids of the incidents a message is evidence of."""
    return list(session.scalars(select(IncidentMessage.incident_id)
                                .where(IncidentMessage.message_pk == message_pk)
                                .order_by(IncidentMessage.incident_id)))


def list_incidents(
    session: Session, *, status: str | None = None, limit: int = 100, offset: int = 0
) -> list[Incident]:
    """Incidents, newest first, optionally only open or closed ones."""
    query = select(Incident).order_by(Incident.occurred_on.desc(), Incident.id.desc())
    if status:
        query = query.where(Incident.status == status)
    return list(session.scalars(query.limit(limit).offset(offset)))


def open_from_message(
    session: Session, *, message: Message, type_: str, severity: str,
    staff_ids: Sequence[int], units: Sequence[str], rule: str,
) -> Incident | None:
    """Routing's incident for a message, unless the message is already evidence of one."""
    if incidents_of_message(session, message_pk=message.id):
        return None
    channel = "webformular" if message.source == "jsonl" else "mail"
    received = message.received_at or message.ingested_at
    data = IncidentIn.model_validate({
        "type": type_, "severity": severity, "channel": channel,
        "description": f"Oprettet automatisk fra besked {message.id} (regel '{rule}').",
        "units": list(units), "occurred_on": min(_local_day(received), today()),
        "staff_ids": list(staff_ids), "message_pks": [message.id],
    })
    return create_incident(session, data=data, actor=SYSTEM_ACTOR)


def _local_day(moment: datetime) -> date:
    if moment.tzinfo is None:  # SQLite hands back naive UTC
        moment = moment.replace(tzinfo=ZoneInfo("UTC"))
    return moment.astimezone(LOCAL_TZ).date()


@dataclass(frozen=True, slots=True)
class IncidentFigures:
    """The work-environment committee's figures for a period (no names, no text)."""

    date_from: date
    date_to: date
    months: list[str]
    per_unit_month: dict[str, dict[str, int]]
    per_type: dict[str, int]
    total: int
    police_reported: int
    staff_affected: int
    staff_total: int
    national_share: float = NATIONAL_SHARE

    @property
    def share(self) -> float | None:
        """Share of staff affected in the period, or None when the register is empty."""
        return self.staff_affected / self.staff_total if self.staff_total else None


def _months(start: date, end: date) -> list[str]:
    months, year, month = [], start.year, start.month
    while (year, month) <= (end.year, end.month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def figures(session: Session, *, date_from: date, date_to: date) -> IncidentFigures:
    """Incidents that occurred from ``date_from`` to ``date_to`` (both included)."""
    incidents = list(session.scalars(select(Incident).where(
        Incident.occurred_on >= date_from, Incident.occurred_on <= date_to)))
    per_unit: dict[str, Counter[str]] = {}
    for incident in incidents:
        month = incident.occurred_on.strftime("%Y-%m")
        for unit in incident.units or [NO_UNIT]:
            per_unit.setdefault(unit, Counter())[month] += 1
    affected = session.scalar(
        select(func.count(func.distinct(IncidentPerson.staff_id)))
        .where(IncidentPerson.incident_id.in_([i.id for i in incidents]))
    ) if incidents else 0
    staff_total = session.scalar(select(func.count()).select_from(Staff)
                                 .where(Staff.active.is_(True))) or 0
    return IncidentFigures(
        date_from=date_from, date_to=date_to, months=_months(date_from, date_to),
        per_unit_month={u: dict(c) for u, c in sorted(per_unit.items())},
        per_type=dict(Counter(i.type for i in incidents)), total=len(incidents),
        police_reported=sum(1 for i in incidents if i.police_reported),
        staff_affected=int(affected or 0), staff_total=int(staff_total),
    )
