"""``/api/v1`` volume control: sender figures, top senders, daily digests and their switch.

Figures and digest listings carry counts, ids, sender addresses and case keys — never a
subject or a text. The switch (``POST /senders/{sender}/digest``) needs the
``X-CSRF-Token`` header and is a teamleder's, for their own unit; it is audited.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query
from pydantic import BaseModel

from borgerpost.errors import AccessDenied, VolumeError
from borgerpost.route.digest import DigestRow, digests
from borgerpost.route.volume import DayCount, SenderFigures, sender_figures, top_senders
from borgerpost.store.digests import active_digest
from borgerpost.web.access import can_see_volume_page, scope_for, volume_units
from borgerpost.web.api.schemas import ErrorOut
from borgerpost.web.deps import CurrentUser, DbSession, check_csrf_header
from borgerpost.web.templating import case_title
from borgerpost.web.volume import period_days, switch_digest

ERRORS = {
    401: {"model": ErrorOut, "description": "Ikke logget ind"},
    403: {"model": ErrorOut, "description": "Ingen adgang (rolle, enhed eller CSRF)"},
}
router = APIRouter(prefix="/api/v1", tags=["volumen"], responses=ERRORS)  # type: ignore[arg-type]
Days = Annotated[int, Query(description="Perioden: 7, 30 eller 90 dage (ellers 30).")]


class CountOut(BaseModel):
    """Messages of one Danish day (or ISO week, from its Monday); duplicates apart."""

    day: date
    messages: int
    duplicates: int

    @classmethod
    def of(cls, count: DayCount) -> CountOut:
        """From a store count."""
        return cls(day=count.day, messages=count.messages, duplicates=count.duplicates)


class SenderFiguresOut(BaseModel):
    """A sender's volume in the caller's units: counts only, duplicates counted apart."""

    sender: str
    units: list[str] | None
    since: date
    until: date
    messages: int
    duplicates: int
    auto_replies: int
    unit_messages: int
    share: float | None
    per_day: list[CountOut]
    per_week: list[CountOut]

    @classmethod
    def of(cls, f: SenderFigures) -> SenderFiguresOut:
        """From the route figures."""
        return cls(sender=f.sender, units=list(f.units) if f.units is not None else None,
                   since=f.since, until=f.until, messages=f.messages, duplicates=f.duplicates,
                   auto_replies=f.auto_replies, unit_messages=f.unit_messages, share=f.share,
                   per_day=[CountOut.of(d) for d in f.per_day],
                   per_week=[CountOut.of(w) for w in f.per_week])


class DigestSwitchIn(BaseModel):
    """Turn the sender's daily digest on (true) or off (false) for the caller's unit."""

    enabled: bool


class DigestSettingOut(BaseModel):
    """Whether the caller's unit reads the sender as a daily digest."""

    unit: str
    sender: str
    enabled: bool
    enabled_by: str | None = None
    enabled_at: datetime | None = None


class DigestOut(BaseModel):
    """One daily digest item: a sender's messages about one case on one Danish day."""

    unit: str
    sender: str
    sender_name: str
    case_key: str
    case_title: str
    day: date
    count: int
    duplicates: int
    message_ids: list[int]
    labels: list[str]
    deadline: date | None

    @classmethod
    def of(cls, row: DigestRow) -> DigestOut:
        """From a route digest row."""
        return cls(unit=row.unit, sender=row.sender, sender_name=row.sender_name,
                   case_key=row.case_key, case_title=case_title(row.case_key), day=row.day,
                   count=row.count, duplicates=row.duplicates, message_ids=row.ids,
                   labels=list(row.labels), deadline=row.deadline)


class SenderVolumeOut(BaseModel):
    """One sender in a unit's top list."""

    sender: str
    sender_name: str
    messages: int
    duplicates: int
    share: float | None
    digest: bool


class VolumeOut(BaseModel):
    """The top senders per unit in the last ``days`` days."""

    days: int
    units: dict[str, list[SenderVolumeOut]]


@router.get("/senders/{sender}/figures")
def figures(user: CurrentUser, session: DbSession, sender: str, days: Days = 30
            ) -> SenderFiguresOut:
    """Messages per day and week and share of the unit's mail, in the caller's units."""
    return SenderFiguresOut.of(sender_figures(session, sender=sender, units=volume_units(user),
                                              days=period_days(days)))


def _setting(session: DbSession, unit: str, sender: str) -> DigestSettingOut:
    found = active_digest(session, unit=unit, sender=sender) if unit else None
    return DigestSettingOut(unit=unit, sender=sender.strip().lower(), enabled=found is not None,
                            enabled_by=found.enabled_by if found else None,
                            enabled_at=found.enabled_at if found else None)


@router.get("/senders/{sender}/digest")
def digest_setting(user: CurrentUser, session: DbSession, sender: str) -> DigestSettingOut:
    """Whether the caller's unit reads this sender as a daily digest."""
    return _setting(session, user.unit, sender)


@router.post("/senders/{sender}/digest", dependencies=[Depends(check_csrf_header)],
             responses={400: {"model": ErrorOut}})
def switch(user: CurrentUser, session: DbSession, sender: str, body: DigestSwitchIn
           ) -> DigestSettingOut:
    """Turn the daily digest on or off for the caller's unit (teamleder). Audited."""
    try:
        switch_digest(session, user=user, sender=sender, on=body.enabled)
    except VolumeError as exc:
        raise HTTPException(status_code=400, detail=str(exc)) from exc
    return _setting(session, user.unit, sender)


@router.get("/digests")
def digest_items(
    user: CurrentUser, session: DbSession, unit: str | None = None,
    date_: Annotated[date | None, Query(alias="date", description="Dansk dato.")] = None,
) -> list[DigestOut]:
    """The daily digest items the caller may list, of one unit and/or day, newest first."""
    rows = digests(session, scope=scope_for(user), unit=unit or None, day=date_)
    return [DigestOut.of(row) for row in rows]


@router.get("/volume")
def volume(user: CurrentUser, session: DbSession, days: Days = 7) -> VolumeOut:
    """The senders with most messages per unit (teamleder: own unit; leder: all)."""
    if not can_see_volume_page(user):
        raise AccessDenied("Volumentallene er for teamledere og ledere.")
    period = period_days(days)
    per_unit = top_senders(session, units=volume_units(user), days=period)
    return VolumeOut(days=period, units={
        unit: [SenderVolumeOut(sender=v.sender, sender_name=v.sender_name, messages=v.messages,
                               duplicates=v.duplicates, share=v.share, digest=v.digest)
               for v in lines] for unit, lines in per_unit.items()})
