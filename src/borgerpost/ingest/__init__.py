"""Ingest: raw bytes from files and mailboxes → ``IncomingMessage`` → the store, exactly once.

    mail.py      raw RFC 5322 bytes → IncomingMessage (never raises; quarantines)
    body.py      MIME tree → readable text + attachments      charsets.py  bytes → text
    htmltext.py  HTML → readable text                           mbox.py      streaming mbox
    jsonl.py     web-form / letter exports                      sources.py   eml/mbox/jsonl
    runner.py    batches into the store, progress bar, summary
"""

from __future__ import annotations

from borgerpost.ingest.mail import parse_message
from borgerpost.ingest.runner import IngestSummary, ingest_stream

__all__ = ["IngestSummary", "ingest_stream", "parse_message"]
