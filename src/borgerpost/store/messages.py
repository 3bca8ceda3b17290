"""Writing messages: one batch, one transaction, exactly once.

``store_batch`` inserts with ON CONFLICT (sha256) DO NOTHING, so re-ingesting the same
bytes — a second run, or a re-run after ``kill -9`` — never duplicates, and a batch is
either wholly stored or not at all. Attachments are inserted in the same transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Insert, select
from sqlalchemy.dialects import postgresql, sqlite

from borgerpost.model import IncomingMessage
from borgerpost.store.db import Store
from borgerpost.store.tables import Attachment, Message, utcnow


@dataclass
class BatchResult:
    """What one ``store_batch`` call did; ``stored_ids`` maps sha256 → new row id."""

    new: int = 0
    duplicates: int = 0
    quarantined: int = 0
    stored_ids: dict[str, int] | None = None


def _insert(store: Store) -> Insert:
    dialect = postgresql if store.dialect == "postgresql" else sqlite
    return dialect.insert(Message)  # type: ignore[no-any-return]


def _row(message: IncomingMessage, sha: str) -> dict[str, object]:
    return {
        "sha256": sha,
        "message_id": message.message_id,
        "source": message.source.value,
        "source_ref": message.source_ref[:500],
        "sender": message.sender[:320],
        "sender_name": message.sender_name[:300],
        "recipients": ", ".join(message.recipients),
        "subject": message.subject,
        "body_text": message.body_text,
        "received_at": message.received_at,
        "ingested_at": utcnow(),
        "status": message.status.value,
        "parse_error": message.parse_error,
        "size": len(message.raw),
        "raw": message.raw,
        "auto_submitted": message.auto_submitted,
    }


def store_batch(store: Store, messages: Sequence[IncomingMessage]) -> BatchResult:
    """Store ``messages`` in one transaction; bytes already stored are skipped."""
    result = BatchResult(stored_ids={})
    if not messages:
        return result
    unique: dict[str, IncomingMessage] = {}
    for message in messages:
        unique.setdefault(message.sha256, message)
    rows = [_row(m, sha) for sha, m in unique.items()]
    statement = (
        _insert(store)
        .values(rows)
        .on_conflict_do_nothing(index_elements=["sha256"])
        .returning(Message.id, Message.sha256)
    )
    with store.session() as session:
        inserted = {sha: pk for pk, sha in session.execute(statement).all()}
        attachments = [
            {"message_pk": pk, "filename": a.filename, "content_type": a.content_type,
             "size": a.size, "sha256": a.sha256, "data": a.data}
            for sha, pk in inserted.items() for a in unique[sha].attachments
        ]
        if attachments:
            session.execute(Attachment.__table__.insert(), attachments)
    result.stored_ids = inserted
    result.new = len(inserted)
    result.duplicates = len(messages) - result.new
    result.quarantined = sum(1 for sha in inserted if unique[sha].status.value == "quarantined")
    return result


def known_hashes(store: Store, hashes: Sequence[str]) -> set[str]:
    """Which of ``hashes`` are already stored (lets a re-run skip work early)."""
    if not hashes:
        return set()
    with store.session() as session:
        return set(session.scalars(select(Message.sha256).where(Message.sha256.in_(hashes))))
