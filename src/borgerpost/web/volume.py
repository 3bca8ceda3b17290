"""What pages and API share about volume control: figures, the digest switch, message marks.

Figures are counts per sender and day — never a subject or a text — limited to the units
``access.volume_units`` allows. Switching a sender to a daily digest is a team leader's
decision for their own unit; it is audited (ids only: never the address), and so is a
refused attempt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from borgerpost.errors import AccessDenied
from borgerpost.route import digest
from borgerpost.route.autoreply import AUTO_REPLY_TEXT, is_auto_reply, refusal
from borgerpost.route.duplicates import duplicates_of
from borgerpost.route.volume import SenderFigures, sender_figures
from borgerpost.store import audit
from borgerpost.store.digests import active_digest
from borgerpost.store.tables import DigestSender, Message, User
from borgerpost.web.access import can_switch_digest, volume_units
from borgerpost.web.templating import case_title

PERIODS: tuple[int, ...] = (7, 30, 90)
SWITCH_DENIED = "Kun en teamleder kan slå dagsoversigt til og fra, og kun for sin egen enhed."


def period_days(value: int) -> int:
    """One of the offered periods (7, 30 or 90 days); anything else is 30."""
    return value if value in PERIODS else 30


@dataclass(frozen=True, slots=True)
class SenderVolumeView:
    """The volume section of a sender's page."""

    figures: SenderFigures | None
    digest_on: bool
    can_switch: bool
    days: int


def sender_volume(session: Session, *, user: User, sender: str, days: int) -> SenderVolumeView:
    """Figures of ``sender`` in the user's units and whether their unit reads it as digest."""
    units = volume_units(user)
    figures = (sender_figures(session, sender=sender, units=units, days=days)
               if units is None or units else None)
    digest_on = bool(user.unit) and active_digest(session, unit=user.unit,
                                                  sender=sender) is not None
    return SenderVolumeView(figures, digest_on, can_switch_digest(user), days)


def switch_digest(session: Session, *, user: User, sender: str, on: bool) -> DigestSender | None:
    """Turn ``sender``'s daily digest on or off for the user's unit; audited, committed."""
    action = "digest.enable" if on else "digest.disable"
    if not can_switch_digest(user):
        audit.record(session, actor=user.username, action=f"{action}.denied",
                     object_type="digest_sender", object_id="")
        session.commit()
        raise AccessDenied(SWITCH_DENIED)
    if on:
        row: DigestSender | None = digest.enable(session, unit=user.unit, sender=sender,
                                                 actor=user.username)
    else:
        row = digest.disable(session, unit=user.unit, sender=sender, actor=user.username)
    session.commit()
    return row


def message_volume(session: Session, message: Message) -> dict[str, Any]:
    """The volume marks of one message: duplicate links, auto-reply, reply refusal, digest."""
    return {
        "duplicate_of": message.duplicate_of,
        "duplicates": duplicates_of(session, message_pk=message.id),
        "auto_reply": is_auto_reply(message),
        "auto_reply_text": AUTO_REPLY_TEXT,
        "reply_refusal": refusal(message),
        "case_title": case_title(message.case_key),
        "digest": bool(message.unit) and bool(message.sender) and active_digest(
            session, unit=message.unit or "", sender=message.sender) is not None,
    }
