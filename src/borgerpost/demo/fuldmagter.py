"""Fuldmagter in the demo: one valid, one expired, one revoked, so every state is on screen.

The demo's representatives (``people.REPRESENTATIVES``) write about demo citizens picked
at random, so the fuldmagter are made from what was stored: for each scene below, the
representative's first message names a citizen, and the fuldmagt is given by that
citizen, with dates counted from the day the message came. Registering it re-checks the
representative's messages (``route.fuldmagter``), which gives, after triage:

    Niels Aagaard (partsrepræsentant)  gyldig for that citizen; his mail about others: mangler
    Henrik Lassen (pårørende)          udløbet ten days before his message
    Eva Brix (pårørende)               tilbagekaldt by the citizen
    Birthe Skovlund (bisidder)         none: mangler, or kræves ikke when only a meeting
    Advokat Charlotte Wied             none needed: kræves ikke

Loading again adds nothing: a scene whose representative already has a demo fuldmagt
for that citizen is skipped.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from borgerpost.config import Settings
from borgerpost.demo.mails import demo_pdf
from borgerpost.demo.people import CITIZENS, REPRESENTATIVES, Citizen, Representative
from borgerpost.route.cases import LOCAL_TZ, receipt_day
from borgerpost.route.fuldmagter import Document, FuldmagtIn, add_fuldmagt, revoke_fuldmagt
from borgerpost.store.db import Store
from borgerpost.store.tables import Fuldmagt, Message

ACTOR = "demo"


@dataclass(frozen=True, slots=True)
class DemoFuldmagt:
    """A scene: whose fuldmagt, its type, and its dates counted from the message's day."""

    representative: str
    type: str
    from_days: int
    to_days: int | None = None
    revoked_days_after: int | None = None


SCENES: tuple[DemoFuldmagt, ...] = (
    DemoFuldmagt("Niels Aagaard", "partsrepraesentant", from_days=-30),
    DemoFuldmagt("Henrik Lassen", "paaroerende", from_days=-400, to_days=-10),
    DemoFuldmagt("Eva Brix", "paaroerende", from_days=-200, revoked_days_after=0),
)


def add_demo_fuldmagter(store: Store, *, settings: Settings) -> int:
    """Register the demo's fuldmagter that are not there yet; returns how many."""
    added = 0
    with store.session() as session:
        for scene in SCENES:
            rep = next(r for r in REPRESENTATIVES if r.name == scene.representative)
            found = _first_message(session, rep)
            if found is None:
                continue
            message, citizen = found
            if _exists(session, rep, citizen):
                continue
            _register(session, scene, rep, citizen, receipt_day(message), settings)
            added += 1
    return added


def _first_message(session: Session, rep: Representative) -> tuple[Message, Citizen] | None:
    """The representative's earliest stored message that names a demo citizen."""
    messages = session.scalars(select(Message).where(Message.sender == rep.email)
                               .order_by(Message.received_at, Message.id))
    for message in messages:
        citizen = next((c for c in CITIZENS if c.name in message.body_text), None)
        if citizen is not None:
            return message, citizen
    return None


def _exists(session: Session, rep: Representative, citizen: Citizen) -> bool:
    return session.scalar(select(Fuldmagt.id).where(
        Fuldmagt.representative_email == rep.email, Fuldmagt.citizen_name == citizen.name,
        Fuldmagt.created_by == ACTOR)) is not None


def _reference(citizen: Citizen) -> str:
    """An invented jobcentre reference (never a CPR number)."""
    return f"VB-{1000 + CITIZENS.index(citizen)}"


def _register(session: Session, scene: DemoFuldmagt, rep: Representative, citizen: Citizen,
              day: date, settings: Settings) -> None:
    start = day + timedelta(days=scene.from_days)
    end = day + timedelta(days=scene.to_days) if scene.to_days is not None else None
    pdf = demo_pdf("Fuldmagt (demo)", (
        f"Undertegnede {citizen.name} giver hermed {rep.name} fuldmagt",
        "til at handle på mine vegne i min sag hos Jobcenter Vestby.",
        f"Gyldig fra {start.isoformat()}" + (f" til {end.isoformat()}" if end else "."),
        "Underskrift: (demo)"))
    row = add_fuldmagt(session, actor=ACTOR, max_bytes=settings.attachment_max_bytes,
                       document=Document("fuldmagt underskrevet.pdf", pdf),
                       data=FuldmagtIn.model_validate({
                           "representative_name": rep.name, "representative_email": rep.email,
                           "representative_type": scene.type, "citizen_name": citizen.name,
                           "citizen_ref": _reference(citizen), "scope_all": True,
                           "valid_from": start, "valid_to": end}))
    if scene.revoked_days_after is not None:
        moment = datetime.combine(day + timedelta(days=scene.revoked_days_after), time(15, 0),
                                  tzinfo=LOCAL_TZ)
        revoke_fuldmagt(session, fuldmagt_id=row.id, actor=ACTOR, now=moment)
