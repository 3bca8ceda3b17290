"""Shielding: a staff member named in an insult, threat or exposure does not get that mail.

Who is named comes from the ``staff_named`` findings. Their ``reason`` starts with
"Nævner medarbejderen <full name> (", written by the staff matcher after it has decided
which register member the mention means (context, unit, typos), so that name is the
reliable link to the ``staff`` table; the quoted text itself may be a nickname, a typo
or "Bo" alone. Where a reason is missing (an older engine) an exact name or alias quote
is used instead.

The message is handed to a designated colleague (``units.designated_colleague``), so it
still reaches a person. The named person keeps a notice that a message about them
exists and may open it deliberately; that choice is recorded (``opened_at`` + audit).
Shieldings are never removed by re-routing: protecting someone by mistake costs a
detour, un-protecting them by mistake costs exactly what shielding is for.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from borgerpost.errors import ConfigError
from borgerpost.route.rules import NamedStaff
from borgerpost.store import audit
from borgerpost.store.tables import Finding, Message, Shielding, Staff, Unit, User, utcnow

_REASON_NAME = re.compile(r"^Nævner medarbejderen (?P<name>.+?) \(")
NOTICE_TEXT = "Der er en besked om dig (skærmet)"


@dataclass(frozen=True, slots=True)
class ShieldNotice:
    """What the named person sees instead of the message: that it exists, and when."""

    message_pk: int
    received_at: datetime | None
    shielded_at: datetime
    opened_at: datetime | None
    text: str = NOTICE_TEXT


def _name_of(finding: Finding) -> str | None:
    match = _REASON_NAME.match(finding.reason or "")
    return match.group("name") if match else None


def _by_quote(quote: str, staff: Sequence[Staff]) -> list[Staff]:
    """Members whose full name or an alias is exactly the quote (case-insensitive)."""
    wanted = " ".join(quote.split()).casefold()
    return [s for s in staff
            if wanted == s.name.casefold()
            or wanted in {a.strip().casefold() for a in s.aliases.split(";") if a.strip()}]


def _prefer_unit(members: list[Staff], unit: str) -> list[Staff]:
    """Several members with one name: those of the message's unit, if any, else all."""
    local = [m for m in members if m.unit == unit]
    return local or members


def named_staff(session: Session, *, message_pk: int, message_unit: str) -> list[NamedStaff]:
    """The active staff members the message's ``staff_named`` findings point at."""
    findings = list(session.scalars(
        select(Finding).where(Finding.message_pk == message_pk, Finding.label == "staff_named")
    ))
    if not findings:
        return []
    staff = list(session.scalars(select(Staff).where(Staff.active.is_(True))))
    by_name: dict[str, list[Staff]] = {}
    for member in staff:
        by_name.setdefault(member.name, []).append(member)
    found: dict[int, Staff] = {}
    for finding in findings:
        name = _name_of(finding)
        members = by_name.get(name, []) if name else _by_quote(finding.quote, staff)
        for member in _prefer_unit(members, message_unit):
            found[member.id] = member
    return [NamedStaff(m.id, m.name, m.unit) for m in sorted(found.values(), key=lambda m: m.id)]


def _usernames_of(session: Session, staff_ids: Iterable[int]) -> set[str]:
    ids = list(staff_ids)
    if not ids:
        return set()
    return set(session.scalars(select(User.username).where(User.staff_id.in_(ids))))


def _usable(session: Session, username: str | None, excluded: set[str]) -> str | None:
    if not username or username in excluded:
        return None
    user = session.scalar(select(User).where(User.username == username))
    return username if user is not None and user.active else None


def _designated(session: Session, unit: str) -> str | None:
    return session.scalar(select(Unit.designated_colleague).where(Unit.name == unit))


def colleague_for(
    session: Session, *, message_unit: str, member_unit: str, shielded_ids: Iterable[int]
) -> tuple[str | None, str]:
    """Who handles the message instead, and why (Danish, shown to the security lead).

    The designated colleague of the message's unit, else of the named person's unit,
    else an active teamleder of the message's unit; never a shielded person.
    """
    excluded = _usernames_of(session, shielded_ids)
    for unit in dict.fromkeys((message_unit, member_unit)):
        chosen = _usable(session, _designated(session, unit), excluded)
        if chosen:
            return chosen, f"udpeget kollega for {unit}"
    leads = session.scalars(
        select(User.username).where(User.unit == message_unit, User.role == "teamleder",
                                    User.active.is_(True)).order_by(User.username)
    )
    for lead in leads:
        if lead not in excluded:
            return lead, f"ingen udpeget kollega; teamleder for {message_unit}"
    return None, (f"ingen udpeget kollega for {message_unit} – sæt en med "
                  "'borgerpost units set-colleague'")


def shield(
    session: Session, *, message: Message, members: Sequence[NamedStaff], rule: str,
    unit: str,
) -> list[Shielding]:
    """Record shielding of ``members`` from ``message`` and hand it to a colleague.

    Idempotent: a member already shielded from the message keeps the first record.
    The message's assignee is set only when it has none or is a shielded person, so a
    teamleder's own choice of caseworker is never overwritten.
    """
    ids = [m.staff_id for m in members]
    existing = {s.staff_id: s for s in session.scalars(
        select(Shielding).where(Shielding.message_pk == message.id))}
    made: list[Shielding] = []
    for member in members:
        if member.staff_id in existing:
            continue
        colleague, why = colleague_for(session, message_unit=unit, member_unit=member.unit,
                                       shielded_ids=ids)
        row = Shielding(message_pk=message.id, staff_id=member.staff_id, assigned_to=colleague,
                        rule=rule, reason=f"Skærmet efter regel '{rule}'; {why}")
        session.add(row)
        made.append(row)
    session.flush()
    _hand_over(session, message, ids, [*existing.values(), *made])
    return made


def _hand_over(session: Session, message: Message, ids: list[int], rows: list[Shielding]) -> None:
    named_users = _usernames_of(session, ids)
    if message.assigned_to is not None and message.assigned_to not in named_users:
        return
    colleague = next((r.assigned_to for r in rows if r.assigned_to), None)
    message.assigned_to = colleague


def shielded_staff(session: Session, *, message_pk: int) -> set[int]:
    """Staff ids shielded from a message."""
    query = select(Shielding.staff_id).where(Shielding.message_pk == message_pk)
    return set(session.scalars(query))


def shielding_of(session: Session, *, message_pk: int, staff_id: int | None) -> Shielding | None:
    """The shielding of ``staff_id`` from the message, if any."""
    if staff_id is None:
        return None
    return session.scalar(select(Shielding).where(Shielding.message_pk == message_pk,
                                                  Shielding.staff_id == staff_id))


def shielded_from(
    session: Session, *, staff_id: int | None, message_pks: list[int]
) -> set[int]:
    """Which of ``message_pks`` are shielded from the staff member ``staff_id``."""
    if staff_id is None or not message_pks:
        return set()
    query = select(Shielding.message_pk).where(Shielding.staff_id == staff_id,
                                               Shielding.message_pk.in_(message_pks))
    return set(session.scalars(query))


def notices_for(session: Session, *, staff_id: int | None, limit: int = 50) -> list[ShieldNotice]:
    """The notices a staff member sees instead of the messages about them, newest first."""
    if staff_id is None:
        return []
    rows = session.execute(
        select(Shielding, Message.received_at, Message.ingested_at)
        .join(Message, Message.id == Shielding.message_pk)
        .where(Shielding.staff_id == staff_id)
        .order_by(Shielding.at.desc(), Shielding.id.desc()).limit(limit)
    ).all()
    return [ShieldNotice(s.message_pk, received or ingested, s.at, s.opened_at)
            for s, received, ingested in rows]


def open_deliberately(session: Session, *, shielding: Shielding, actor: str) -> Shielding:
    """The named person chose to read the message: record when (first time) and audit it."""
    if shielding.opened_at is None:
        shielding.opened_at = utcnow()
    audit.record(session, actor=actor, action="shielding.open", object_type="message",
                 object_id=shielding.message_pk, detail={"staff": shielding.staff_id})
    return shielding


def set_designated_colleague(session: Session, *, unit: str, username: str) -> Unit:
    """Make ``username`` the colleague who gets the unit's shielded mail ('' clears it)."""
    row = session.scalar(select(Unit).where(Unit.name == unit))
    if row is None:
        known = ", ".join(session.scalars(select(Unit.name).order_by(Unit.name))) or "ingen"
        raise ConfigError(f"ukendt enhed {unit!r} (kendte enheder: {known})")
    name = username.strip().lower()
    if name and session.scalar(select(User.id).where(User.username == name)) is None:
        raise ConfigError(f"ukendt bruger {name!r}: opret brugeren først (borgerpost users add)")
    row.designated_colleague = name or None
    session.flush()
    return row
