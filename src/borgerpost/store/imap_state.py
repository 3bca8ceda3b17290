"""How far IMAP ingest got, per account and folder: the UIDVALIDITY seen and the last UID stored.

The state is written in its own small transaction *after* the batch holding ``last_uid``
is committed. A crash between the two leaves the state behind the stored mail, so the
next run fetches that batch again and the store's sha256 dedup absorbs it; the state can
never run ahead of what is stored, so no mail is skipped.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from sqlalchemy import Table, select
from sqlalchemy.dialects import postgresql, sqlite

from borgerpost.store.db import Store
from borgerpost.store.tables import ImapState


@dataclass(frozen=True, slots=True)
class FolderState:
    """What the last run left: the folder's UIDVALIDITY then and the last UID stored."""

    uidvalidity: int
    last_uid: int


def get_state(store: Store, *, account: str, folder: str) -> FolderState | None:
    """The saved state of ``folder`` on ``account``, or None before the first run."""
    with store.session() as session:
        row = session.execute(
            select(ImapState.uidvalidity, ImapState.last_uid)
            .where(ImapState.account == account, ImapState.folder == folder)
        ).one_or_none()
    return None if row is None else FolderState(uidvalidity=row[0], last_uid=row[1])


def save_state(store: Store, *, account: str, folder: str, uidvalidity: int,
               last_uid: int) -> None:
    """Insert or overwrite the state of ``folder`` in one transaction (an upsert, so two
    runs that race on a first run cannot fail on the unique constraint)."""
    dialect = postgresql if store.dialect == "postgresql" else sqlite
    table = cast(Table, ImapState.__table__)
    statement = dialect.insert(table).values(
        account=account, folder=folder, uidvalidity=uidvalidity, last_uid=last_uid)
    statement = statement.on_conflict_do_update(
        index_elements=["account", "folder"],
        set_={"uidvalidity": uidvalidity, "last_uid": last_uid},
    )
    with store.session() as session:
        session.execute(statement)
