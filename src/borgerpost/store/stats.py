"""Whole-database figures for ``borgerpost stats``."""

from __future__ import annotations

from sqlalchemy import func, select

from borgerpost.model import ParseStatus
from borgerpost.store.db import Store
from borgerpost.store.tables import Message


def message_stats(store: Store) -> dict[str, int]:
    """``messages`` counts every stored message, quarantined included."""
    with store.session() as session:
        total = session.scalar(select(func.count()).select_from(Message)) or 0
        quarantined = session.scalar(
            select(func.count()).select_from(Message).where(
                Message.status == ParseStatus.QUARANTINED.value
            )
        ) or 0
    return {"messages": int(total), "quarantined": int(quarantined)}
