"""One incremental IMAP run: fetch what is new since the saved UID, store it, move the UID on.

Exactly-once, step by step: the saved state says which UIDs are already stored; new
messages go through the same runner as files (one transaction per batch, sha256 dedup);
after each batch is committed, and only then, the state is moved to the last UID in that
batch, in its own small transaction. A crash before the state update leaves it behind
the store, and the next run fetches the batch again and dedup absorbs it; the state is
never ahead of the store, so no mail is lost. A connection that breaks part-way ends the
run like a broken file does: what was committed stays, and the next run carries on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from borgerpost.config import Settings
from borgerpost.ingest.imap import FETCH_UIDS, FetchedMail, ImapAccount, ImapFolder
from borgerpost.ingest.mail import parse_message
from borgerpost.ingest.runner import IngestSummary, ingest_stream
from borgerpost.ingest.sources import hard_limit
from borgerpost.model import IncomingMessage, ParseStatus, Source
from borgerpost.store.db import Store
from borgerpost.store.imap_state import get_state, save_state
from borgerpost.store.messages import BatchResult


@dataclass(frozen=True, slots=True)
class FolderRun:
    """What one run did to one folder, and the state it left."""

    summary: IngestSummary
    uidvalidity: int
    last_uid: int
    found: int
    uidvalidity_changed: bool


@dataclass
class _Cursor:
    """The last UID handed to the runner, and the last one whose batch is committed."""

    yielded: int
    saved: int


def to_incoming(mail: FetchedMail, *, ref: str, settings: Settings) -> IncomingMessage:
    """Parse a fetched message; a truncated one (over the size limit) is quarantined with
    a note saying only its beginning was fetched."""
    message = parse_message(mail.raw, source=Source.IMAP, source_ref=ref,
                            attachment_max_bytes=settings.attachment_max_bytes,
                            message_max_bytes=settings.message_max_bytes)
    if not mail.truncated:
        return message
    note = (f"beskeden er {mail.size} bytes på serveren, over grænsen på {len(mail.raw)}; "
            "kun begyndelsen er hentet")
    reason = f"{note} ({message.parse_error})" if message.parse_error else note
    return replace(message, status=ParseStatus.QUARANTINED, parse_error=reason)


def ingest_folder(
    store: Store,
    account: ImapAccount,
    folder: str,
    *,
    settings: Settings,
    progress: bool = True,
    on_batch: Callable[[BatchResult], None] | None = None,
) -> FolderRun:
    """Fetch and store the mail in ``folder`` that earlier runs have not stored.

    Connection and login failures raise ``IngestError`` before anything is stored; a
    failure part-way is returned in ``summary.error`` with the state saved up to the last
    committed batch. ``on_batch`` sees each committed batch after its state is saved.
    """
    saved = get_state(store, account=account.key, folder=folder)
    with ImapFolder(account, folder) as mailbox:
        validity = mailbox.uidvalidity
        changed = saved is not None and saved.uidvalidity != validity
        after = saved.last_uid if saved is not None and not changed else 0
        uids = mailbox.new_uids(after)
        cursor = _Cursor(yielded=after, saved=after)
        chunk = min(FETCH_UIDS, max(1, settings.ingest_batch_size))

        def messages() -> Iterator[IncomingMessage]:
            fetched = mailbox.fetch(uids, max_message_bytes=hard_limit(settings), chunk=chunk)
            for mail in fetched:
                message = to_incoming(mail, ref=f"{folder}:{validity}:{mail.uid}",
                                      settings=settings)
                cursor.yielded = mail.uid
                yield message

        def committed(result: BatchResult) -> None:
            save_state(store, account=account.key, folder=folder, uidvalidity=validity,
                       last_uid=cursor.yielded)
            cursor.saved = cursor.yielded
            if on_batch is not None:
                on_batch(result)

        summary = ingest_stream(store, messages(), settings=settings, total=len(uids),
                                progress=progress, on_batch=committed)
    # Also when nothing was new: a first run or a changed UIDVALIDITY is recorded.
    save_state(store, account=account.key, folder=folder, uidvalidity=validity,
               last_uid=cursor.saved)
    return FolderRun(summary=summary, uidvalidity=validity, last_uid=cursor.saved,
                     found=len(uids), uidvalidity_changed=changed)
