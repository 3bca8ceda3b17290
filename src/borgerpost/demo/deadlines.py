"""Deadlines in the demo: a case request for every demo case message, in every state.

Three extra mails to Sygedagpenge (the demo caseworker's unit) are timed from the demo's
anchor day so that, on that day, one aktindsigt has its fristbrev offered (working day 5
of 7), one klage is overdue, and one partshøring is paused while the unit waits for a
doctor's statement. Every other demo case message gets its request too; those whose
deadline passed before the anchor are closed as handled, the rest stay open with their
varied deadlines. The scene mails carry an ``X-Borgerpost-Demo`` header naming their part.

The requests are opened directly from the demo's own kinds (the triage engine may later
add its own view through ``route.cases.open_case_requests``; a kind both agree on is one
request). Loading again changes nothing: only newly opened requests are given a state.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from borgerpost.config import Settings
from borgerpost.demo.builder import TZ, Builder, DemoItem, writer_of
from borgerpost.demo.compose import base_slots, fill, letter
from borgerpost.demo.mails import MailSpec
from borgerpost.demo.people import CITIZENS, unit_info
from borgerpost.demo.texts_cases import CASE_KINDS as CASE_TEXTS
from borgerpost.detect.base import CASE_KINDS
from borgerpost.route import cases
from borgerpost.route.calendar import DanishCalendar
from borgerpost.route.deadlines import DeadlineConfig, load_deadlines
from borgerpost.store.db import Store
from borgerpost.store.tables import CaseRequest, Message

SCENE_UNIT = "Sygedagpenge"
SCENE_HEADER = "X-Borgerpost-Demo"
ACTOR = "demo"
PAUSE_REASON = "Venter på lægeerklæring fra borgerens egen læge"


def working_days_before(calendar: DanishCalendar, day: date, n: int) -> date:
    """The latest day ``d`` before ``day`` with ``n`` working days in ``(d, day]``."""
    candidate = day - timedelta(days=1)
    while calendar.working_days_between(candidate, day) < n:
        candidate -= timedelta(days=1)
    return candidate


def _scene(anchor: date) -> list[tuple[str, str, date]]:
    """(part, kind, day of receipt) of the three scene mails."""
    calendar = load_deadlines().working_calendar
    return [("fristbrev", "aktindsigt", working_days_before(calendar, anchor, 5)),
            ("overskredet", "klage", anchor - timedelta(days=35)),
            ("pause", "partshoering", anchor - timedelta(days=6))]


def add_deadline_scene(builder: Builder) -> None:
    """Append the three scene mails (after every other item, so those stay unchanged)."""
    rng = builder.rng
    unit = unit_info(SCENE_UNIT)
    citizens = [c for c in CITIZENS if c.unit == SCENE_UNIT]
    for part, kind, day in _scene(builder.anchor.date()):
        citizen = rng.choice(citizens)
        caseworker = rng.choice(unit.caseworkers)
        when = datetime.combine(day, time(10, rng.randrange(60)), tzinfo=TZ)
        slots = base_slots(rng, when=when, unit=SCENE_UNIT, caseworker=caseworker)
        slots["phone"] = citizen.phone
        subject, body = CASE_TEXTS[kind].pick(rng)
        writer = writer_of(citizen)
        builder.add_mail(kind, MailSpec(
            sender=citizen.email, sender_name=citizen.name, to=(unit.mailbox,),
            subject=fill(subject, slots), body=letter(rng, fill(body, slots), slots, writer),
            date=when, message_id=builder.message_id(when, citizen.email),
            style=builder.style(), extra_headers=((SCENE_HEADER, f"frist:{part}"),)))


def _part(item: DemoItem) -> str | None:
    marker = f"{SCENE_HEADER}: frist:".encode()
    if marker not in item.raw:
        return None
    return item.raw.split(marker, 1)[1].split(b"\r\n", 1)[0].split(b"\n", 1)[0].decode()


def open_demo_cases(
    store: Store, *, items: list[DemoItem], refs: list[str], anchor: date, settings: Settings
) -> int:
    """Open the demo's case requests (``refs[i]`` is the source_ref of ``items[i]``)."""
    config = load_deadlines(settings.deadlines)
    wanted = {ref: (item.kind, _part(item)) for ref, item in zip(refs, items, strict=True)
              if item.kind in CASE_KINDS}
    opened = 0
    with store.session() as session:
        messages = session.scalars(select(Message).where(Message.source_ref.in_(list(wanted))))
        for message in messages:
            kind, part = wanted[message.source_ref]
            exists = session.scalar(select(CaseRequest.id).where(
                CaseRequest.message_pk == message.id, CaseRequest.kind == kind))
            if exists is not None:
                continue
            case = cases.open_case(session, message=message, kind=kind, config=config)
            _give_state(session, case, part, anchor, config)
            opened += 1
    return opened


def _give_state(session: Session, case: CaseRequest, part: str | None, anchor: date,
                config: DeadlineConfig) -> None:
    """Close what was due before the anchor (as handled on its due day); pause the scene's."""
    if part == "pause":
        moment = datetime.combine(anchor - timedelta(days=2), time(11, 0), tzinfo=cases.LOCAL_TZ)
        cases.pause(session, case_id=case.id, actor=ACTOR, reason=PAUSE_REASON, now=moment)
    elif part is None and case.due_on < anchor:
        outcome = next(iter(config.rule(case.kind).outcomes))
        moment = datetime.combine(case.due_on, time(14, 0), tzinfo=cases.LOCAL_TZ)
        cases.close(session, case_id=case.id, actor=ACTOR, outcome=outcome, now=moment,
                    config=config)
