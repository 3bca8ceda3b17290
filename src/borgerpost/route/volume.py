"""Volume control: what routing marks on every message, and the per-sender figures.

``mark`` runs inside routing (``route/apply.py``) after the queue is decided and the case
requests are opened: it links a re-send to the message it repeats (``route.duplicates``)
and stores the case a daily digest groups the message under (``route.digest``). It never
changes the queue, never hides and never deletes: volume tools decide how a message is
*shown* and *counted*, not whether a person gets it.

The figures count a sender's messages per Danish day and ISO week, duplicates apart (a
re-send is counted once, as a duplicate), and the sender's share of the unit's mail in
the period. They are counts only: no subject, no text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from borgerpost.config import Settings, get_settings
from borgerpost.route.cases import LOCAL_TZ, local_day
from borgerpost.route.digest import case_key_for
from borgerpost.route.duplicates import DuplicateConfig, as_utc, link_duplicate
from borgerpost.store import audit
from borgerpost.store.digests import active_digests
from borgerpost.store.tables import Message

SYSTEM_ACTOR = "borgerpost"
TOP_SENDERS = 10


def duplicate_config(settings: Settings | None = None) -> DuplicateConfig:
    """The duplicate threshold and window from the settings."""
    settings = settings or get_settings()
    return DuplicateConfig(threshold=settings.duplicate_threshold,
                           window_days=settings.duplicate_window_days)


def mark(session: Session, message: Message, config: DuplicateConfig | None = None) -> bool:
    """Link duplicates and set the case key of one routed message; True if either changed.

    A changed link is audited (ids, kind and similarity only)."""
    before = (message.duplicate_of, message.case_key)
    link = link_duplicate(session, message, config or duplicate_config())
    message.case_key = case_key_for(session, message)
    if message.duplicate_of != before[0]:
        audit.record(session, actor=SYSTEM_ACTOR, action="message.duplicate",
                     object_type="message", object_id=message.id,
                     detail={"duplicate_of": message.duplicate_of,
                             "kind": link.kind if link else None,
                             "score": link.score if link else None})
    return (message.duplicate_of, message.case_key) != before


# -- figures ---------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class DayCount:
    """One Danish day (or ISO week, ``day`` its Monday) of a sender's mail."""

    day: date
    messages: int
    duplicates: int


@dataclass(frozen=True, slots=True)
class SenderFigures:
    """A sender's volume in ``units`` (None: every unit) over the days ``since``–``until``."""

    sender: str
    units: tuple[str, ...] | None
    since: date
    until: date
    per_day: tuple[DayCount, ...]
    per_week: tuple[DayCount, ...]
    messages: int  # duplicates not included
    duplicates: int
    auto_replies: int
    unit_messages: int  # every sender's messages in the same units and days, no duplicates

    @property
    def share(self) -> float | None:
        """The sender's part of the units' mail in the period (0–1), None without mail."""
        return self.messages / self.unit_messages if self.unit_messages else None

    @property
    def busiest_day(self) -> DayCount | None:
        """The day with most messages."""
        return max(self.per_day, key=lambda d: (d.messages, d.day), default=None)


@dataclass(frozen=True, slots=True)
class SenderVolume:
    """One line of the top-senders list of a unit."""

    sender: str
    sender_name: str
    messages: int
    duplicates: int
    share: float | None
    digest: bool


def period(days: int, today: date) -> tuple[date, date, datetime, datetime]:
    """The last ``days`` Danish days up to ``today``, and their UTC bounds [start, end)."""
    since = today - timedelta(days=max(days, 1) - 1)
    start = datetime.combine(since, time(0), tzinfo=LOCAL_TZ).astimezone(UTC)
    end = datetime.combine(today + timedelta(days=1), time(0), tzinfo=LOCAL_TZ).astimezone(UTC)
    return since, today, start, end


def _sent() -> ColumnElement[datetime]:
    return func.coalesce(Message.received_at, Message.ingested_at)


def _in(units: Collection[str] | None) -> ColumnElement[bool]:
    return Message.unit.in_(list(units)) if units is not None else Message.id.is_not(None)


def _unit_total(session: Session, units: Collection[str] | None, start: datetime,
                end: datetime) -> int:
    return int(session.scalar(select(func.count()).select_from(Message).where(
        _in(units), _sent() >= start, _sent() < end, Message.duplicate_of.is_(None))) or 0)


def _weekly(per_day: dict[date, list[int]]) -> tuple[DayCount, ...]:
    weeks: dict[date, list[int]] = {}
    for day, (messages, dups) in per_day.items():
        monday = day - timedelta(days=day.weekday())
        counts = weeks.setdefault(monday, [0, 0])
        counts[0] += messages
        counts[1] += dups
    return tuple(DayCount(d, m, x) for d, (m, x) in sorted(weeks.items()))


def sender_figures(
    session: Session, *, sender: str, units: Collection[str] | None, days: int = 30,
    today: date | None = None,
) -> SenderFigures:
    """``sender``'s messages per day and week in ``units`` over the last ``days`` days."""
    since, until, start, end = period(days, today or local_day(datetime.now(UTC)))
    address = sender.strip().lower()
    rows = session.execute(
        select(Message.received_at, Message.ingested_at, Message.duplicate_of,
               Message.auto_submitted)
        .where(func.lower(Message.sender) == address, _in(units), _sent() >= start,
               _sent() < end)).all()
    per_day: dict[date, list[int]] = {}
    auto = 0
    for received, ingested, duplicate_of, auto_submitted in rows:
        counts = per_day.setdefault(local_day(as_utc(received or ingested)), [0, 0])
        counts[0 if duplicate_of is None else 1] += 1
        auto += bool(auto_submitted)
    return SenderFigures(
        sender=address, units=tuple(sorted(units)) if units is not None else None,
        since=since, until=until,
        per_day=tuple(DayCount(d, m, x) for d, (m, x) in sorted(per_day.items())),
        per_week=_weekly(per_day),
        messages=sum(m for m, _ in per_day.values()),
        duplicates=sum(x for _, x in per_day.values()), auto_replies=auto,
        unit_messages=_unit_total(session, units, start, end))


def top_senders(
    session: Session, *, units: Collection[str] | None, days: int, today: date | None = None,
    limit: int = TOP_SENDERS,
) -> dict[str, list[SenderVolume]]:
    """Per unit, the senders with most messages (duplicates apart) in the last ``days``."""
    _, _, start, end = period(days, today or local_day(datetime.now(UTC)))
    address = func.lower(Message.sender)
    original = func.sum(case((Message.duplicate_of.is_(None), 1), else_=0))
    rows = session.execute(
        select(Message.unit, address, func.max(Message.sender_name), original,
               func.count())
        .where(_in(units), _sent() >= start, _sent() < end, Message.sender != "",
               Message.unit.is_not(None))
        .group_by(Message.unit, address)).all()
    totals: Counter[str] = Counter()
    for unit, _, _, messages, _ in rows:
        totals[unit] += int(messages or 0)
    digests = {(d.unit, d.sender) for d in active_digests(session, units=units)}
    result: dict[str, list[SenderVolume]] = {}
    for unit, sender, name, messages, count in rows:
        messages = int(messages or 0)
        line = SenderVolume(sender, name or "", messages, int(count) - messages,
                            messages / totals[unit] if totals[unit] else None,
                            (unit, sender) in digests)
        result.setdefault(unit, []).append(line)
    return {unit: sorted(lines, key=lambda v: (-v.messages, -v.duplicates, v.sender))[:limit]
            for unit, lines in sorted(result.items())}
