"""Case requests with legal deadlines: opened from triage, paused, closed, listed when late.

A message whose triage says ``case_request`` gets one ``case_requests`` row per kind
(aktindsigt, klage …), with its deadline computed from ``deadlines.yaml`` in Danish working
days. Opening is idempotent — re-running triage or routing never duplicates a request (a
unique constraint on message and kind backs that up) and never deletes one: once a
deadline exists it is a record of what the citizen asked for.

The clock can stop while the unit waits for the citizen (``pause``/``resume``): the
deadline moves on by the working days the clock stood still, and every pause is kept in
``case_pauses`` with who, why and how long. Every change is written to the audit log
with ids and codes only, never the pause reason or any message text.

Dates: a case request's day of receipt is the Danish calendar day on which the message
reached us; "today" is the Danish day of ``now``.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import Select, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from borgerpost.config import get_settings
from borgerpost.errors import CaseStateError
from borgerpost.route.calendar import DanishCalendar
from borgerpost.route.deadlines import DeadlineConfig, cached_deadlines
from borgerpost.route.fristbrev import is_offered, letter, promised_on
from borgerpost.store import audit
from borgerpost.store.findings import labels_of
from borgerpost.store.tables import CasePause, CaseRequest, Finding, Message, utcnow

LOCAL_TZ = ZoneInfo("Europe/Copenhagen")
SYSTEM_ACTOR = "borgerpost"
CASE_LABEL = "case_request"
FALLBACK_KIND = "andet"
OPEN, PAUSED, CLOSED = "open", "paused", "closed"


def deadline_config(config: DeadlineConfig | None = None) -> DeadlineConfig:
    """``config``, else the file named by ``BORGERPOST_DEADLINES`` (or the shipped one)."""
    return config if config is not None else cached_deadlines(get_settings().deadlines)


def local_day(moment: datetime) -> date:
    """The Danish calendar day of ``moment``; naive values (SQLite) are UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(LOCAL_TZ).date()


def receipt_day(message: Message) -> date:
    """When the message reached us: its Date header, but never later than we stored it.

    A sender's wrong clock must not postpone a legal deadline, so a Date header after the
    moment of storing is ignored.
    """
    stored = message.ingested_at
    sent = message.received_at
    if sent is None or _as_utc(sent) > _as_utc(stored):
        return local_day(stored)
    return local_day(sent)


def _as_utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def requested_kinds(session: Session, *, message_pk: int) -> set[str]:
    """The case kinds a message asks for, with caseworkers' label corrections applied.

    A caseworker who removed ``case_request`` closes the door: no kinds. One who added
    it where the engine saw none gets the kind ``andet`` (the kind is unknown).
    """
    if CASE_LABEL not in labels_of(session, message_pk=message_pk):
        return set()
    found = session.scalars(
        select(Finding.case_kind)
        .where(Finding.message_pk == message_pk, Finding.label == CASE_LABEL)
        .distinct()
    )
    kinds = {kind or FALLBACK_KIND for kind in found}
    return kinds or {FALLBACK_KIND}


def case_requests_of(session: Session, *, message_pk: int) -> list[CaseRequest]:
    """A message's case requests, nearest deadline first."""
    return list(session.scalars(
        select(CaseRequest).where(CaseRequest.message_pk == message_pk)
        .order_by(CaseRequest.due_on, CaseRequest.id)
    ))


def open_case_requests(
    session: Session, *, message_pk: int, config: DeadlineConfig | None = None
) -> list[CaseRequest]:
    """Make sure the message has a case request for each kind it asks for; return them all.

    Idempotent: a kind that already has a request (open, paused or closed) is left alone.
    """
    message = session.get(Message, message_pk)
    if message is None:
        raise CaseStateError(f"beskeden {message_pk} findes ikke")
    existing = {case.kind for case in case_requests_of(session, message_pk=message_pk)}
    for kind in sorted(requested_kinds(session, message_pk=message_pk) - existing):
        open_case(session, message=message, kind=kind, config=config)
    return case_requests_of(session, message_pk=message_pk)


def open_case(
    session: Session, *, message: Message, kind: str, config: DeadlineConfig | None = None
) -> CaseRequest:
    """Create the ``kind`` request of ``message`` (or return the one a racing writer made)."""
    cfg = deadline_config(config)
    received = receipt_day(message)
    case = CaseRequest(message_pk=message.id, kind=kind, unit=message.unit or "",
                       received_on=received, due_on=cfg.due_on(kind, received), status=OPEN)
    try:
        with session.begin_nested():
            session.add(case)
    except IntegrityError:
        found = session.scalar(select(CaseRequest).where(
            CaseRequest.message_pk == message.id, CaseRequest.kind == kind))
        if found is None:
            raise
        return found
    audit.record(session, actor=SYSTEM_ACTOR, action="case.open", object_type="case_request",
                 object_id=case.id, detail={"message": message.id, "kind": kind,
                                            "due_on": _day_code(case.due_on)})
    return case


def _day_code(day: date) -> int:
    """A date as the number 20260407: what the audit log's token-only details allow."""
    return day.year * 10000 + day.month * 100 + day.day


def get_case(session: Session, *, case_id: int) -> CaseRequest:
    """The case request ``case_id``; a missing one is a ``CaseStateError``."""
    case = session.get(CaseRequest, case_id)
    if case is None:
        raise CaseStateError(f"sagsanmodning {case_id} findes ikke")
    return case


def _require(case: CaseRequest, *states: str, doing: str) -> None:
    if case.status not in states:
        names = {OPEN: "åben", PAUSED: "på pause", CLOSED: "lukket"}
        raise CaseStateError(
            f"sagsanmodning {case.id} er {names.get(case.status, case.status)} "
            f"og kan ikke {doing}")


def _record(session: Session, case: CaseRequest, actor: str, action: str,
            **detail: str | int | None) -> None:
    audit.record(session, actor=actor, action=f"case.{action}", object_type="case_request",
                 object_id=case.id, detail={"message": case.message_pk, "kind": case.kind,
                                            **detail})


def pause(
    session: Session, *, case_id: int, actor: str, reason: str, now: datetime | None = None
) -> CaseRequest:
    """Stop the clock while the unit waits for the citizen; the reason is required."""
    case = get_case(session, case_id=case_id)
    _require(case, OPEN, doing="sættes på pause")
    if not reason.strip():
        raise CaseStateError("skriv hvorfor fristen sættes på pause (fx hvad vi venter på)")
    moment = now or utcnow()
    case.status, case.paused_since = PAUSED, moment
    session.add(CasePause(case_request_id=case.id, started_at=moment, reason=reason.strip(),
                          actor=actor))
    session.flush()
    _record(session, case, actor, "pause")
    return case


def _end_pause(session: Session, case: CaseRequest, actor: str, moment: datetime,
               calendar: DanishCalendar) -> int:
    """Close the open pause row; returns the working days the clock stood still."""
    row = session.scalar(
        select(CasePause).where(CasePause.case_request_id == case.id,
                                CasePause.ended_at.is_(None))
        .order_by(CasePause.id.desc()).limit(1)
    )
    started = row.started_at if row is not None else (case.paused_since or moment)
    days = calendar.working_days_between(local_day(started), local_day(moment))
    if row is not None:
        row.ended_at, row.ended_by, row.working_days = moment, actor, days
    case.paused_since = None
    return days


def resume(
    session: Session, *, case_id: int, actor: str, now: datetime | None = None,
    config: DeadlineConfig | None = None,
) -> CaseRequest:
    """Start the clock again; the deadline moves on by the paused working days.

    Days paused are counted like a period after receipt: the day the clock stopped still
    ran, the day it starts again does not (``working_days_between(pause day, resume day)``).
    """
    case = get_case(session, case_id=case_id)
    _require(case, PAUSED, doing="genoptages")
    calendar = deadline_config(config).working_calendar
    days = _end_pause(session, case, actor, now or utcnow(), calendar)
    case.due_on = calendar.add_working_days(case.due_on, days)
    case.status = OPEN
    session.flush()
    _record(session, case, actor, "resume", working_days=days, due_on=_day_code(case.due_on))
    return case


def close(
    session: Session, *, case_id: int, actor: str, outcome: str, now: datetime | None = None,
    config: DeadlineConfig | None = None,
) -> CaseRequest:
    """Close the request with one of its kind's outcomes (``afgjort``, ``medhold`` …)."""
    case = get_case(session, case_id=case_id)
    _require(case, OPEN, PAUSED, doing="lukkes")
    cfg = deadline_config(config)
    outcomes = cfg.rule(case.kind).outcomes
    if outcome not in outcomes:
        raise CaseStateError(f"ukendt udfald {outcome!r} for {case.kind} "
                             f"(mulige: {', '.join(outcomes)})")
    moment = now or utcnow()
    if case.status == PAUSED:
        _end_pause(session, case, actor, moment, cfg.working_calendar)
    case.status, case.closed_at, case.closed_by, case.outcome = CLOSED, moment, actor, outcome
    session.flush()
    _record(session, case, actor, "close", outcome=outcome)
    return case


def send_fristbrev(
    session: Session, *, case_id: int, actor: str, now: datetime | None = None,
    config: DeadlineConfig | None = None,
) -> CaseRequest:
    """Record that the fristbrev went out: the request stays open until the promised date."""
    case = get_case(session, case_id=case_id)
    _require(case, OPEN, doing="få et fristbrev")
    cfg = deadline_config(config)
    rule = cfg.rule(case.kind)
    if rule.fristbrev is None:
        raise CaseStateError(f"{rule.name} har ikke noget fristbrev")
    if case.fristbrev_sent_at is not None:
        raise CaseStateError(f"fristbrevet for sagsanmodning {case.id} er allerede sendt")
    moment = now or utcnow()
    case.due_on = promised_on(case, rule, cfg.working_calendar, local_day(moment))
    case.fristbrev_sent_at, case.fristbrev_sent_by = moment, actor
    session.flush()
    _record(session, case, actor, "fristbrev", due_on=_day_code(case.due_on))
    return case


def fristbrev_offered(case: CaseRequest, today: date, config: DeadlineConfig | None = None) -> bool:
    """Is the ready fristbrev offered for ``case`` on ``today``?"""
    cfg = deadline_config(config)
    return is_offered(case, cfg.rule(case.kind), cfg.working_calendar, today)


def fristbrev_text(
    case: CaseRequest, calendar: DanishCalendar, today: date, *,
    config: DeadlineConfig | None = None, recipient: str = "",
) -> str:
    """The ready Danish fristbrev for ``case`` (see ``route.fristbrev``)."""
    rule = deadline_config(config).rule(case.kind)
    return letter(case, calendar, today, rule=rule, recipient=recipient)


def overdue(
    session: Session, *, unit: str | None, today: date, units: Collection[str] | None = None
) -> list[CaseRequest]:
    """The daily overdue list: open requests whose deadline day is before ``today``.

    ``unit`` narrows to one unit; ``None`` means every unit (or those in ``units``).
    A paused request is not overdue: its clock is stopped.
    """
    query = select(CaseRequest).where(CaseRequest.status == OPEN, CaseRequest.due_on < today)
    return list(session.scalars(_by_unit(query, unit, units)
                                .order_by(CaseRequest.unit, CaseRequest.due_on, CaseRequest.id)))


def due_soon(
    session: Session, *, unit: str | None, today: date, config: DeadlineConfig | None = None,
    units: Collection[str] | None = None,
) -> list[CaseRequest]:
    """Open requests due from ``today`` to ``due_soon_working_days`` working days ahead."""
    cfg = deadline_config(config)
    horizon = cfg.working_calendar.add_working_days(today, cfg.due_soon_working_days)
    query = select(CaseRequest).where(CaseRequest.status == OPEN, CaseRequest.due_on >= today,
                                      CaseRequest.due_on <= horizon)
    return list(session.scalars(_by_unit(query, unit, units)
                                .order_by(CaseRequest.due_on, CaseRequest.id)))


def active(
    session: Session, *, unit: str | None, units: Collection[str] | None = None,
    status: str | None = None,
) -> list[CaseRequest]:
    """Open and paused requests (or only ``status``), nearest deadline first."""
    states = (status,) if status else (OPEN, PAUSED)
    query = select(CaseRequest).where(CaseRequest.status.in_(states))
    return list(session.scalars(_by_unit(query, unit, units)
                                .order_by(CaseRequest.due_on, CaseRequest.id)))


def _by_unit(
    query: Select[CaseRequest], unit: str | None, units: Collection[str] | None
) -> Select[CaseRequest]:
    if unit is not None:
        query = query.where(CaseRequest.unit == unit)
    if units is not None:
        query = query.where(CaseRequest.unit.in_(list(units)))
    return query


def deadline_text(due: date, today: date, calendar: DanishCalendar) -> str:
    """``om 3 arbejdsdage``, ``i dag`` or ``overskredet`` — how the inbox says it."""
    if due < today:
        return "overskredet"
    if due == today:
        return "i dag"
    days = calendar.working_days_between(today, due)
    return f"om {days} arbejdsdag{'e' if days != 1 else ''}"
