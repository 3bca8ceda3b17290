"""The one exception hierarchy of borgerpost.

    BorgerpostError
    ├── ConfigError            settings or a data file (rules, deadlines) is invalid
    ├── StaffRegisterError     the staff register CSV is malformed (names the line)
    ├── IngestError            an input could not be read at all (not one bad message)
    │   └── InputFormatError   a line or record of an input file is invalid (names it)
    ├── StoreError             the database refused or is unreachable
    │   └── MigrationError     the schema could not be created or migrated
    ├── AccessDenied           the user's role does not allow this
    ├── CaseStateError         a case-request action does not fit its state
    ├── IncidentError          an incident change is invalid (unknown id, report without date)
    ├── FuldmagtError          a fuldmagt entry or change is invalid (CPR as reference, bad file)
    ├── VolumeError            a volume-control change is invalid (digest for a sender, no address)
    ├── MonitorError           a public-post monitor source cannot be added, fetched or read
    │   └── PackageError       an evidence package cannot be built (unknown item) or read
    └── DetectorError          a triage detector failed (the message goes to manual review)

Library errors are translated at the edge with ``raise … from exc`` so callers only ever
need to catch ``BorgerpostError``. HTTP status codes belong to ``web/`` alone.
"""

from __future__ import annotations


class BorgerpostError(Exception):
    """Base class of every error borgerpost raises on purpose."""


class ConfigError(BorgerpostError):
    """A setting or a data file (rules, deadlines, thresholds) is invalid."""


class StaffRegisterError(BorgerpostError):
    """The staff register CSV is malformed; the message names the line."""

    def __init__(self, message: str, *, line: int | None = None) -> None:
        self.line = line
        super().__init__(f"linje {line}: {message}" if line is not None else message)


class IngestError(BorgerpostError):
    """An input could not be read at all (missing file, unreadable mailbox, IMAP login)."""


class InputFormatError(IngestError):
    """One record of an input file is invalid; the message names the record."""

    def __init__(self, message: str, *, line: int | None = None) -> None:
        self.line = line
        super().__init__(f"linje {line}: {message}" if line is not None else message)


class StoreError(BorgerpostError):
    """The database refused an operation or cannot be reached."""


class MigrationError(StoreError):
    """The database schema could not be created or migrated."""


class AccessDenied(BorgerpostError):
    """The user's role or unit does not allow this action."""


class CaseStateError(BorgerpostError):
    """A case-request action does not fit its state (pausing a closed one, an unknown outcome)."""


class IncidentError(BorgerpostError):
    """An incident change is invalid: unknown incident, person or message, or a police
    report without its date."""


class FuldmagtError(BorgerpostError):
    """A fuldmagt entry or change is invalid: a CPR number as reference, an unknown type or
    case kind, a document too large or not a PDF/image, an unknown or already revoked one."""


class VolumeError(BorgerpostError):
    """A volume-control change is invalid: a digest for a sender without an address or
    for no unit."""


class MonitorError(BorgerpostError):
    """A public-post monitor source cannot be added, fetched or read (names the source)."""


class PackageError(MonitorError):
    """An evidence package cannot be built (an unknown item) or is not a package at all
    (no manifest, not a folder or zip); a package that fails its checks is not an error
    but a failed ``VerifyResult``."""


class DetectorError(BorgerpostError):
    """A triage detector failed; the message is sent to manual review with the failure."""
