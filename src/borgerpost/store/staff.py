"""The staff register and units in the database.

``load_register`` replaces the register as a whole but never deletes a person: someone
missing from the new file is marked inactive, because old findings and users still point
at them, and a person who comes back is simply active again. Every unit named in the file
gets a ``units`` row, so its shared mailbox can be set afterwards.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from borgerpost.errors import ConfigError, StaffRegisterError
from borgerpost.register import StaffMember
from borgerpost.store.tables import Staff, Unit


@dataclass(frozen=True, slots=True)
class LoadResult:
    """What one register load changed."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    deactivated: int = 0
    units_created: int = 0

    @property
    def active(self) -> int:
        """People active after the load: everyone in the file."""
        return self.added + self.updated + self.unchanged


def _fields(member: StaffMember) -> dict[str, object]:
    return {
        "role": member.role,
        "aliases": ";".join(member.aliases),
        "email": member.email or None,
        "active": True,
    }


def _check_unique(members: Sequence[StaffMember]) -> None:
    seen: set[tuple[str, str]] = set()
    for member in members:
        key = (member.name, member.unit)
        if key in seen:
            raise StaffRegisterError(f"{member.name} ({member.unit}) står mere end én gang")
        seen.add(key)


def load_register(session: Session, members: Sequence[StaffMember]) -> LoadResult:
    """Upsert ``members`` by (name, unit); people not in ``members`` become inactive."""
    _check_unique(members)
    existing = {(row.name, row.unit): row for row in session.scalars(select(Staff))}
    added = updated = unchanged = 0
    for member in members:
        fields = _fields(member)
        row = existing.pop((member.name, member.unit), None)
        if row is None:
            session.add(Staff(name=member.name, unit=member.unit, **fields))
            added += 1
        elif all(getattr(row, key) == value for key, value in fields.items()):
            unchanged += 1
        else:
            for key, value in fields.items():
                setattr(row, key, value)
            updated += 1
    deactivated = 0
    for row in existing.values():
        if row.active:
            row.active = False
            deactivated += 1
    units_created = ensure_units(session, {m.unit for m in members})
    session.flush()
    _set_designated_colleagues(session, members)
    return LoadResult(added, updated, unchanged, deactivated, units_created)


def _set_designated_colleagues(session: Session, members: Sequence[StaffMember]) -> None:
    """Units whose rows name a designated colleague get it; units that name none keep theirs."""
    chosen: dict[str, str] = {}
    for member in members:
        name = member.designated_colleague
        if not name:
            continue
        if chosen.setdefault(member.unit, name) != name:
            raise StaffRegisterError(f"{member.unit}: to forskellige udpegede kolleger "
                                     f"({chosen[member.unit]}, {name})")
    for unit in session.scalars(select(Unit).where(Unit.name.in_(chosen))):
        unit.designated_colleague = chosen[unit.name]
    session.flush()


def ensure_units(session: Session, names: set[str]) -> int:
    """Create a ``units`` row for each name that has none; returns how many were made."""
    known = set(session.scalars(select(Unit.name)))
    new = sorted(names - known)
    session.add_all(Unit(name=name) for name in new)
    return len(new)


def set_unit_mailbox(
    session: Session, *, unit: str, mailbox: str, create: bool = False
) -> Unit:
    """Give ``unit`` its shared mailbox; mail to that address is routed to the unit.

    An empty ``mailbox`` clears it. An unknown unit is an error unless ``create`` is set,
    so a typo does not silently invent a unit nobody reads.
    """
    address = mailbox.strip().lower() or None
    if address is not None and not _looks_like_address(address):
        raise ConfigError(f"{mailbox!r} er ikke en e-mailadresse")
    row = session.scalar(select(Unit).where(Unit.name == unit))
    if row is None:
        if not create:
            known = ", ".join(session.scalars(select(Unit.name).order_by(Unit.name))) or "ingen"
            raise ConfigError(f"ukendt enhed {unit!r} (kendte enheder: {known})")
        row = Unit(name=unit)
        session.add(row)
    if address is not None:
        other = session.scalar(select(Unit).where(Unit.mailbox == address, Unit.name != unit))
        if other is not None:
            raise ConfigError(f"{address} er allerede postkasse for {other.name}")
    row.mailbox = address
    session.flush()
    return row


def _looks_like_address(address: str) -> bool:
    local, _, domain = address.partition("@")
    return bool(local) and "." in domain and not any(c.isspace() for c in address)


def list_units(session: Session) -> list[Unit]:
    """All units, by name."""
    return list(session.scalars(select(Unit).order_by(Unit.name)))


def list_staff(session: Session, *, include_inactive: bool = False) -> list[Staff]:
    """Staff rows by unit and name; only active people unless asked."""
    query = select(Staff).order_by(Staff.unit, Staff.name)
    if not include_inactive:
        query = query.where(Staff.active.is_(True))
    return list(session.scalars(query))


def active_members(session: Session) -> list[StaffMember]:
    """The active register as ``StaffMember`` values, the form the triage engine reads."""
    return [
        StaffMember(
            name=row.name,
            role=row.role,
            unit=row.unit,
            aliases=tuple(a for a in row.aliases.split(";") if a),
            email=row.email or "",
        )
        for row in list_staff(session)
    ]
