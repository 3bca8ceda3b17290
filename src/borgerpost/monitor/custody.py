"""Chain of custody of kept items: every view and every export, in the audit log.

A police report is stronger when the evidence's handling can be shown: who opened a kept
post, when, and which packages were made of it. That record is the append-only audit
log itself (object type ``monitor_item``: the monitor's ``monitor.keep``, status changes,
and the views and exports recorded here), holding ids only — never the post's text or
its author. An evidence package lists the entries of each of its items, its own export
included (it is recorded before the manifest is written).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from borgerpost.store import audit
from borgerpost.store.tables import AuditEntry

OBJECT_TYPE = "monitor_item"
VIEW = "monitor.view"
VIEW_DENIED = "monitor.view.denied"
EXPORT = "monitor.export"

ACTION_DA: dict[str, str] = {
    "monitor.keep": "gemt som bevis",
    "monitor.status": "status ændret",
    VIEW: "åbnet",
    VIEW_DENIED: "adgang nægtet",
    EXPORT: "eksporteret i bevispakke",
}


@dataclass(frozen=True, slots=True)
class CustodyEntry:
    """One handling of a kept item: when (UTC), by whom, what, and the package if any."""

    at: datetime
    actor: str
    action: str
    channel: str = ""
    package: str = ""
    status: str = ""

    @property
    def action_da(self) -> str:
        """The action in Danish, for the report and the page."""
        text = ACTION_DA.get(self.action, self.action)
        return f"{text} ({self.status})" if self.status else text


def record_view(session: Session, *, actor: str, item_id: int, channel: str) -> None:
    """Record that ``actor`` opened the kept item (page, api or cli); the caller commits
    before showing the content."""
    audit.record(session, actor=actor, action=VIEW, object_type=OBJECT_TYPE,
                 object_id=item_id, detail={"channel": channel})


def record_denied(session: Session, *, actor: str, item_id: int, channel: str) -> None:
    """Record a refused attempt to open a kept item."""
    audit.record(session, actor=actor, action=VIEW_DENIED, object_type=OBJECT_TYPE,
                 object_id=item_id, detail={"channel": channel})


def record_export(session: Session, *, actor: str, item_id: int, package_id: str,
                  channel: str) -> None:
    """Record that ``item_id`` went into evidence package ``package_id``."""
    audit.record(session, actor=actor, action=EXPORT, object_type=OBJECT_TYPE,
                 object_id=item_id, detail={"package": package_id, "channel": channel})


def _entry(row: AuditEntry) -> CustodyEntry:
    at = row.at.replace(tzinfo=UTC) if row.at.tzinfo is None else row.at.astimezone(UTC)
    detail = row.detail or {}
    status = f"{detail.get('before')} → {detail.get('after')}" if "after" in detail else ""
    return CustodyEntry(at=at, actor=row.actor, action=row.action,
                        channel=str(detail.get("channel") or ""),
                        package=str(detail.get("package") or ""), status=status)


def custody_of(session: Session, *, item_id: int) -> list[CustodyEntry]:
    """Every audit entry about kept item ``item_id``, oldest first."""
    rows = session.scalars(select(AuditEntry).where(AuditEntry.object_type == OBJECT_TYPE,
                                                    AuditEntry.object_id == str(item_id))
                           .order_by(AuditEntry.id))
    return [_entry(row) for row in rows]
