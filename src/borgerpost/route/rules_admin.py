"""Replacing the rules file from ``/regler``: tried first, then written, kept and audited.

The YAML file stays the source of truth. The page never holds rules of its own: it reads
a proposed file, validates it exactly as ingest would (``parse_rules``), shows what would
change — rules added, removed or changed, and how the most recently routed messages would
be routed by it (``preview``) — and only then may an admin write it over the file that
``BORGERPOST_RULES`` names (``replace``). The shipped file inside the package is never
written: without ``BORGERPOST_RULES`` a proposal can be tried, not activated.

``replace`` is careful because a broken or lost rules file stops ingest:

* the text is validated again (what is written is what was shown);
* the file must still be the one the proposal was tried against (its SHA-256), so two
  admins cannot overwrite each other's change unseen;
* the old file is copied to ``<name>.<UTC time>.bak`` beside it, and the new one is
  written to a temporary file in the same folder and moved into place in one step.

New rules apply when a message is routed: new mail, a label correction, ``borgerpost
retriage``. Messages already routed keep their queue until then.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from importlib.resources import files
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, defer

from borgerpost.errors import ConfigError
from borgerpost.route.apply import case_kinds_of
from borgerpost.route.rules import DEFAULT_NAME, RoutingDecision, RuleSet, parse_rules
from borgerpost.route.shielding import named_staff
from borgerpost.store.findings import labels_of
from borgerpost.store.tables import Message

MAX_BYTES = 256 * 1024
PREVIEW_LIMIT = 200
PROPOSAL_SOURCE = "forslaget"
MISSING = "mangler"
CONFLICT = ("regelfilen er blevet ændret, siden forslaget blev afprøvet – afprøv forslaget "
            "igen")


def fingerprint(text: str | None) -> str:
    """``sha256:<hex>`` of the file's text, or ``mangler`` for a file that does not exist."""
    if text is None:
        return MISSING
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def current_text(path: str) -> str | None:
    """The text of the active rules file (the shipped one when ``path`` is empty);
    None when the named file does not exist."""
    if not path:
        return files("borgerpost.route").joinpath("data", DEFAULT_NAME).read_text("utf-8")
    try:
        return Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: kan ikke læse regelfilen ({exc})") from exc


def decode(data: bytes) -> str:
    """An uploaded rules file as text: UTF-8 (a BOM is fine), at most ``MAX_BYTES``."""
    if len(data) > MAX_BYTES:
        raise ConfigError(f"{PROPOSAL_SOURCE}: filen er større end {MAX_BYTES // 1024} KiB")
    try:
        return tidy(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{PROPOSAL_SOURCE}: filen er ikke UTF-8 (byte {exc.start})") from exc


def tidy(text: str) -> str:
    """Line ends as LF (a browser sends the text of a form with CR LF)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def validate(text: str) -> RuleSet:
    """The proposed rules, validated as ingest validates the active file."""
    if not text.strip():
        raise ConfigError(f"{PROPOSAL_SOURCE}: filen er tom")
    return parse_rules(text, source=PROPOSAL_SOURCE)


@dataclass(frozen=True, slots=True)
class RuleChanges:
    """Rule ids a proposal adds, removes or changes, and queues it adds or removes."""

    added: tuple[str, ...]
    removed: tuple[str, ...]
    changed: tuple[str, ...]
    queues_added: tuple[str, ...]
    queues_removed: tuple[str, ...]
    other: bool  # flags, protocols or the fallback unit differ

    @property
    def none(self) -> bool:
        """True when the proposal routes exactly like the active rules."""
        return not (self.added or self.removed or self.changed or self.queues_added
                    or self.queues_removed or self.other)


def compare(active: RuleSet | None, proposed: RuleSet) -> RuleChanges:
    """What ``proposed`` changes against ``active`` (everything is new when it is broken)."""
    old = {rule.id: rule for rule in active.rules} if active else {}
    new = {rule.id: rule for rule in proposed.rules}
    old_queues = set(active.queues) if active else set()
    other = active is None or (active.flags, active.protocols, active.unit_fallback) != (
        proposed.flags, proposed.protocols, proposed.unit_fallback) or any(
        active.queues[q] != proposed.queues[q] for q in old_queues & set(proposed.queues))
    return RuleChanges(
        added=tuple(i for i in new if i not in old),
        removed=tuple(i for i in old if i not in new),
        changed=tuple(i for i in new if i in old and new[i] != old[i]),
        queues_added=tuple(q for q in proposed.queues if q not in old_queues),
        queues_removed=tuple(q for q in old_queues if q not in proposed.queues),
        other=other,
    )


@dataclass(frozen=True, slots=True)
class Preview:
    """How the latest routed messages would be routed by the proposal instead."""

    checked: int
    moves: tuple[tuple[str, str, int], ...]  # (queue now, queue then, messages), most first
    flags_changed: int
    shielding_changed: int
    incident_changed: int

    @property
    def unchanged(self) -> bool:
        """No message checked would be routed differently."""
        return not (self.moves or self.flags_changed or self.shielding_changed
                    or self.incident_changed)


def preview(
    session: Session, *, active: RuleSet | None, proposed: RuleSet, default_unit: str,
    limit: int = PREVIEW_LIMIT,
) -> Preview:
    """Route the ``limit`` most recently stored, routed messages by both rule sets and count
    the differences (nothing is written). Without valid active rules the stored queue and
    flags stand for them."""
    messages = list(session.scalars(
        select(Message).options(defer(Message.raw), defer(Message.body_text))
        .where(Message.queue.is_not(None))
        .order_by(Message.ingested_at.desc(), Message.id.desc()).limit(limit)))
    moves: Counter[tuple[str, str]] = Counter()
    flags = shields = incidents = 0
    for message in messages:
        decide = _decider(session, message, default_unit)
        new = decide(proposed)
        old = decide(active) if active else None
        old_queue = old.queue if old else (message.queue or "")
        old_flags = set(old.flags) if old else set(message.flags or [])
        if old_queue != new.queue:
            moves[(old_queue, new.queue)] += 1
        flags += old_flags != set(new.flags)
        shields += old is not None and old.shield != new.shield
        incidents += old is not None and old.create_incident != new.create_incident
    ordered = sorted(moves.items(), key=lambda item: (-item[1], item[0]))
    return Preview(len(messages), tuple((a, b, n) for (a, b), n in ordered), flags, shields,
                   incidents)


def _decider(session: Session, message: Message, default_unit: str
             ) -> Callable[[RuleSet], RoutingDecision]:
    """What routing reads about ``message`` (read once), as a function of the rules."""
    unit = message.unit or default_unit
    labels = labels_of(session, message_pk=message.id)
    kinds = case_kinds_of(session, message_pk=message.id)
    named = (named_staff(session, message_pk=message.id, message_unit=unit)
             if "staff_named" in labels else [])
    failed = message.triage_status == "failed"
    return lambda rules: rules.decide(labels, kinds, named, unit, triage_failed=failed)


@dataclass(frozen=True, slots=True)
class Replaced:
    """What ``replace`` did: the fingerprints before and after, and the backup, if any."""

    path: Path
    old: str
    new: str
    backup: Path | None
    rules: RuleSet


def replace(path: str, text: str, *, expected: str, now: datetime) -> Replaced:
    """Write ``text`` over the rules file at ``path``: validated, only if the file is still
    the one with fingerprint ``expected``, the old one kept as a ``.bak`` beside it."""
    if not path:
        raise ConfigError("regelfilen kan kun skiftes, når BORGERPOST_RULES peger på en fil "
                          "(den fil, borgerpost leveres med, ændres aldrig)")
    rules = validate(text)
    target = Path(path)
    old_text = current_text(path)
    old = fingerprint(old_text)
    if old != expected:
        raise ConfigError(CONFLICT)
    backup = _backup(target, now) if old_text is not None else None
    _write_atomically(target, text)
    return Replaced(target, old, fingerprint(text), backup, rules)


def _backup(target: Path, now: datetime) -> Path:
    backup = target.with_name(f"{target.name}.{now.strftime('%Y%m%dT%H%M%S%fZ')}.bak")
    try:
        shutil.copy2(target, backup)
    except OSError as exc:
        raise ConfigError(f"{target}: kan ikke gemme en kopi af regelfilen ({exc})") from exc
    return backup


def _write_atomically(target: Path, text: str) -> None:
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    except OSError as exc:
        raise ConfigError(f"{target}: kan ikke skrive i mappen ({exc})") from exc
    temporary = Path(name)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        if target.exists():
            shutil.copymode(target, temporary)
        os.replace(temporary, target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise ConfigError(f"{target}: kan ikke skrive regelfilen ({exc})") from exc
