"""Daily digest per case: a unit reads one flooding sender as one inbox item per case and day.

A team leader switches a sender to a digest for their unit (``enable``/``disable``,
audited; the setting is a ``digest_senders`` row). From then on the unit's inbox shows
ONE row per (sender, case, Danish day) — "Dagsoversigt: N beskeder fra X om <sag> den
<dato>" — which opens to each message; every message is still stored, individually
openable, answerable and audited, and counted. Threats, self-harm, doxxing, exposure and
the akut/sikkerhed/manuel queues never fold (``store.digests.folded_clause``).

The *case* a message belongs to (``messages.case_key``, set by routing) is its case
kinds (klage, aktindsigt … with caseworkers' corrections applied) plus the case reference
it names ("sagsnr. 12345", "J.nr. 2024-881"), else the kinds alone, else "generelt".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from itertools import groupby

from sqlalchemy import select
from sqlalchemy.orm import Session

from borgerpost.errors import VolumeError
from borgerpost.route.cases import local_day, requested_kinds
from borgerpost.route.duplicates import as_utc
from borgerpost.store import audit
from borgerpost.store.digests import active_digest, any_active
from borgerpost.store.queries import (
    InboxFilter,
    MessageRow,
    Scope,
    deadlines_by_message,
    filtered,
    list_messages,
    message_rows,
)
from borgerpost.store.tables import DigestSender, Message, utcnow

GENERAL = "generelt"
_CASE_REF = re.compile(
    r"\b(?:(sag(?:s)?\s*-?\s*(?:nr|nummer))|(j(?:ournal)?\s*\.?\s*-?\s*(?:nr|nummer)))"
    r"\s*\.?\s*:?\s*([A-Za-z]{0,4}-?\d[\w/.-]{1,30}\w|\d{2,})",
    re.IGNORECASE,
)


# -- the case of a message -------------------------------------------------------------

def case_reference(text: str) -> str | None:
    """The first case reference in ``text``, written one way: "sagsnr. 12345", "j.nr. 2024-8"."""
    match = _CASE_REF.search(text)
    if match is None:
        return None
    prefix = "sagsnr." if match.group(1) else "j.nr."
    return f"{prefix} {match.group(3).rstrip('.-/').lower()}"


def make_case_key(kinds: set[str], reference: str | None) -> str:
    """``klage+aktindsigt|sagsnr. 12345``, ``klage|``, ``|j.nr. 7`` or ``generelt``."""
    if not kinds and not reference:
        return GENERAL
    return f"{'+'.join(sorted(kinds))}|{reference or ''}"[:160]


def case_parts(key: str | None) -> tuple[tuple[str, ...], str | None]:
    """(case kinds, reference) of a case key; ``((), None)`` for "generelt"."""
    if not key or key == GENERAL or "|" not in key:
        return (), None
    kinds, reference = key.split("|", 1)
    return tuple(k for k in kinds.split("+") if k), reference or None


def case_key_for(session: Session, message: Message) -> str:
    """The case of ``message``: its requested kinds and the reference in subject or text."""
    kinds = requested_kinds(session, message_pk=message.id)
    reference = case_reference(message.subject or "") or case_reference(message.body_text or "")
    return make_case_key(kinds, reference)


# -- switching a sender to a digest ------------------------------------------------------

def _checked_sender(sender: str) -> str:
    address = sender.strip().lower()
    if "@" not in address or len(address) > 320 or any(c.isspace() for c in address):
        raise VolumeError("en dagsoversigt kræver en afsender med en gyldig e-mailadresse")
    return address


def enable(session: Session, *, unit: str, sender: str, actor: str) -> DigestSender:
    """Read ``sender`` as a daily digest in ``unit`` (already on: the existing setting)."""
    if not unit:
        raise VolumeError("en dagsoversigt gælder altid én enhed")
    address = _checked_sender(sender)
    found = active_digest(session, unit=unit, sender=address)
    if found is not None:
        return found
    row = DigestSender(unit=unit, sender=address, enabled_by=actor, enabled_at=utcnow())
    session.add(row)
    session.flush()
    audit.record(session, actor=actor, action="digest.enable", object_type="digest_sender",
                 object_id=row.id)
    return row


def disable(session: Session, *, unit: str, sender: str, actor: str) -> DigestSender | None:
    """Show ``sender``'s messages one by one again in ``unit``; None if it was not on."""
    found = active_digest(session, unit=unit, sender=_checked_sender(sender))
    if found is None:
        return None
    found.disabled_at, found.disabled_by = utcnow(), actor
    session.flush()
    audit.record(session, actor=actor, action="digest.disable", object_type="digest_sender",
                 object_id=found.id)
    return found


# -- the inbox with digests ----------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class DigestRow:
    """One inbox item: all of one sender's messages about one case on one Danish day."""

    unit: str
    sender: str
    case_key: str
    day: date
    items: tuple[MessageRow, ...]  # newest first
    digest: bool = True  # lets a template tell a digest item from a message row

    @property
    def count(self) -> int:
        """How many messages the item holds (each one still listed inside it)."""
        return len(self.items)

    @property
    def sender_name(self) -> str:
        """The sender's name as the newest message gives it."""
        return next((r.sender_name for r in self.items if r.sender_name), "")

    @property
    def received_at(self) -> datetime | None:
        """When the newest message of the item arrived."""
        return self.items[0].received_at if self.items else None

    @property
    def duplicates(self) -> int:
        """How many of the messages repeat an earlier one."""
        return sum(1 for r in self.items if r.duplicate_of is not None)

    @property
    def labels(self) -> tuple[str, ...]:
        """Every label among the messages."""
        return tuple(sorted({label for r in self.items for label in r.labels}))

    @property
    def deadline(self) -> date | None:
        """The nearest open case-request deadline among the messages."""
        return min((r.deadline for r in self.items if r.deadline), default=None)

    @property
    def deadline_kind(self) -> str | None:
        """The kind of the request with the nearest deadline."""
        return next((r.deadline_kind for r in self.items if r.deadline == self.deadline
                     and r.deadline is not None), None)

    @property
    def ids(self) -> list[int]:
        """The message ids, newest first."""
        return [r.id for r in self.items]


@dataclass(frozen=True, slots=True)
class _Member:
    id: int
    sent_at: datetime
    key: tuple[str, str, str, date]


def _members(session: Session, scope: Scope, filters: InboxFilter) -> list[_Member]:
    """The folded messages in scope and filters, as light tuples (no text)."""
    query = filtered(session, select(Message.id, Message.received_at, Message.ingested_at,
                                     Message.unit, Message.sender, Message.case_key),
                     scope=scope, filters=replace(filters, digest="only"))
    members = []
    for pk, received, ingested, unit, sender, key in session.execute(query):
        moment = as_utc(received or ingested)
        members.append(_Member(pk, moment, (unit or "", (sender or "").lower(),
                                            key or GENERAL, local_day(moment))))
    return members


def _groups(members: list[_Member]) -> list[list[_Member]]:
    """Members grouped by (unit, sender, case, day), each group newest first."""
    ordered = sorted(members, key=lambda m: (m.key, m.sent_at, m.id), reverse=True)
    return [list(group) for _, group in groupby(ordered, key=lambda m: m.key)]


def _sort_key(sent: datetime | None, pk: int, deadline: date | None,
              by_deadline: bool) -> tuple[object, ...]:
    """The inbox order as a sort key: newest first, or nearest deadline first."""
    stamp = -as_utc(sent).timestamp() if sent else 0.0
    if by_deadline:
        return (deadline is None, deadline or date.max, stamp, -pk)
    return (stamp, -pk)


def _materialise(session: Session, group: list[_Member]) -> DigestRow:
    unit, sender, key, day = group[0].key
    return DigestRow(unit, sender, key, day,
                     tuple(message_rows(session, message_pks=[m.id for m in group])))


def inbox_items(
    session: Session, *, scope: Scope, filters: InboxFilter | None = None, limit: int = 50,
    offset: int = 0, by_deadline: bool = False,
) -> list[MessageRow | DigestRow]:
    """The inbox: message rows, and one ``DigestRow`` per (sender, case, day) of a digest
    sender, in the order ``list_messages`` uses. With no digest anywhere it *is*
    ``list_messages``."""
    filters = filters or InboxFilter()
    if scope.nothing or filters.digest or not any_active(session):
        return list(list_messages(session, scope=scope, filters=filters, limit=limit,
                                  offset=offset, by_deadline=by_deadline))
    plain = list_messages(session, scope=scope, filters=replace(filters, digest="exclude"),
                          limit=offset + limit, offset=0, by_deadline=by_deadline)
    groups = _groups(_members(session, scope, filters))
    deadlines = (deadlines_by_message(session, message_pks=[m.id for g in groups for m in g])
                 if by_deadline else {})
    keyed: list[tuple[tuple[object, ...], MessageRow | list[_Member]]] = [
        (_sort_key(r.received_at, r.id, r.deadline, by_deadline), r) for r in plain]
    for group in groups:
        due = min((deadlines[m.id][0] for m in group if m.id in deadlines), default=None)
        keyed.append((_sort_key(group[0].sent_at, max(m.id for m in group), due, by_deadline),
                      group))
    keyed.sort(key=lambda pair: pair[0])
    page = [item for _, item in keyed[offset:offset + limit]]
    return [_materialise(session, item) if isinstance(item, list) else item for item in page]


def digests(session: Session, *, scope: Scope, unit: str | None = None,
            day: date | None = None) -> list[DigestRow]:
    """The digest items ``scope`` may list, of one unit and/or Danish day, newest first."""
    if scope.nothing:
        return []
    groups = _groups(_members(session, scope, InboxFilter()))
    chosen = [g for g in groups if (unit is None or g[0].key[0] == unit)
              and (day is None or g[0].key[3] == day)]
    chosen.sort(key=lambda g: (g[0].sent_at, g[0].id), reverse=True)
    return [_materialise(session, group) for group in chosen]
