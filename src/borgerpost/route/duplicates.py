"""Linking re-sent mail to the message it repeats: exact, near and quoted-thread duplicates.

One sender's re-sends bury a unit: the same text again, the same text with a word changed,
or one line on top of the old mail ("Jeg sender igen …"). Such a message is *linked* to
the earlier one (``messages.duplicate_of``), never deleted, never hidden: it is stored,
triaged, routed and answerable like any other, it is shown as "Dublet af #N", and the
volume figures count it once, as a duplicate.

How a message is compared (``route/similarity.py`` makes the fingerprints):

* only with the same sender address, and only with what that sender sent in the
  ``window_days`` before it (the ``sender`` and ``received_at`` indexes find those rows,
  so a message is never compared with everything);
* exact: the same normalised own text (sha256, ``messages.content_hash``);
* near: MinHash estimate of the word 5-shingle Jaccard (``messages.minhash``) near the
  threshold, then the exact Jaccard from the texts of those few candidates ≥ threshold;
* quoted thread: a short own text (≤ ``thread_max_words``) above a quote whose own text
  is an exact or near copy of an earlier message.

Never linked, whatever the text says: a message whose attachments the earlier one did not
have (this month's payslips are not last month's), or one carrying a label the earlier one
lacks among threats, self-harm, doxxing, exposure, case requests, criticism, insults and
representation: a re-send that says something new is not a duplicate (a label only the
learned heads gave does not count: it can tip with one changed word). A message links to
the root of a chain (the earliest original), so "Dublet af #N" names the first mail.
Re-running gives the same link: fingerprints are a pure function of the text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from borgerpost.detect.labels.learned import LearnedDetector
from borgerpost.route.similarity import (
    Fingerprint,
    estimates,
    fingerprint,
    jaccard,
    quoted_own_text,
    split_quoted,
    words,
)
from borgerpost.store.findings import labels_of
from borgerpost.store.tables import Attachment, Finding, Message

LINK_LABELS: frozenset[str] = frozenset({
    "threat", "self_harm", "doxxing", "exposure", "case_request", "criticism", "insult",
    "representative",
})
KIND_RANK = {"exact": 0, "near": 1, "thread": 2}


@dataclass(frozen=True, slots=True)
class DuplicateConfig:
    """How alike and how close in time two messages of one sender must be to be linked."""

    threshold: float = 0.9
    window_days: int = 14
    thread_max_words: int = 40
    margin: float = 0.2  # MinHash estimate slack: 64 values have a standard error ~0.04

    def __post_init__(self) -> None:
        if not 0.0 < self.threshold <= 1.0:
            raise ValueError(f"duplicate threshold must be in (0, 1], not {self.threshold}")
        if self.window_days < 0:
            raise ValueError(f"duplicate window must be >= 0 days, not {self.window_days}")


@dataclass(frozen=True, slots=True)
class Link:
    """The message a duplicate repeats, how it was found and how alike they are."""

    duplicate_of: int
    kind: str
    score: float


@dataclass(frozen=True, slots=True)
class _Candidate:
    id: int
    rank: int  # position in time order: lower is earlier
    content_hash: str | None
    minhash: bytes | None
    duplicate_of: int | None


def as_utc(moment: datetime) -> datetime:
    """Aware UTC (SQLite hands back naive values, which are stored as UTC)."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def sent_at(message: Message) -> datetime:
    """When a message arrived: its Date header, else when it was stored (as listings sort)."""
    return as_utc(message.received_at or message.ingested_at)


def own_fingerprint(message: Message) -> Fingerprint:
    """The fingerprint of the message's own text; stored on the row when it changed."""
    found = fingerprint(split_quoted(message.body_text or "").own)
    if message.content_hash != found.content_hash or message.minhash != found.minhash:
        message.content_hash, message.minhash = found.content_hash, found.minhash
    return found


def _window_rows(session: Session, message: Message, days: int) -> list[_Candidate]:
    moment = sent_at(message)
    when = func.coalesce(Message.received_at, Message.ingested_at)
    rows = session.execute(
        select(Message.id, Message.content_hash, Message.minhash, Message.duplicate_of)
        .where(Message.sender == message.sender, Message.id != message.id,
               when >= moment - timedelta(days=days),
               or_(when < moment, and_(when == moment, Message.id < message.id)))
        .order_by(when, Message.id)).all()
    return [_Candidate(pk, rank, chash, sig, dup)
            for rank, (pk, chash, sig, dup) in enumerate(rows)]


def _window(session: Session, message: Message, days: int) -> list[_Candidate]:
    """The sender's messages from ``days`` before this one up to it (never later), oldest
    first; ones not fingerprinted yet (a batch routed out of time order) are done now."""
    found = _window_rows(session, message, days)
    missing = [c.id for c in found if c.content_hash is None]
    if not missing:
        return found
    for row in session.scalars(select(Message).where(Message.id.in_(missing))):
        own_fingerprint(row)
    session.flush()
    return _window_rows(session, message, days)


def _own_tokens(session: Session, pks: Iterable[int]) -> dict[int, tuple[str, ...]]:
    rows = session.execute(select(Message.id, Message.body_text).where(Message.id.in_(list(pks))))
    return {pk: words(split_quoted(body or "").own) for pk, body in rows}


def _matches(
    session: Session, own: Fingerprint, quoted: Fingerprint | None,
    candidates: list[_Candidate], config: DuplicateConfig,
) -> list[tuple[_Candidate, str, float]]:
    """Every candidate the message repeats, with the kind of match and its similarity."""
    floor = config.threshold - config.margin
    found: list[tuple[_Candidate, str, float]] = []
    to_verify: list[tuple[_Candidate, str, Fingerprint]] = []
    signatures = [c.minhash for c in candidates]
    near = estimates(own.minhash, signatures) if not own.empty else None
    thread = estimates(quoted.minhash, signatures) if quoted is not None else None
    for i, cand in enumerate(candidates):
        if not own.empty and cand.content_hash == own.content_hash:
            found.append((cand, "exact", 1.0))
            continue
        if near is not None and near[i] >= floor:
            to_verify.append((cand, "near", own))
        if quoted is not None and cand.content_hash == quoted.content_hash:
            found.append((cand, "thread", 1.0))
        elif quoted is not None and thread is not None and thread[i] >= floor:
            to_verify.append((cand, "thread", quoted))
    texts = _own_tokens(session, {c.id for c, _, _ in to_verify}) if to_verify else {}
    for cand, kind, print_ in to_verify:
        score = jaccard(print_.tokens, texts.get(cand.id, ()))
        if score >= config.threshold:
            found.append((cand, kind, score))
    return sorted(found, key=lambda m: (KIND_RANK[m[1]], -m[2], m[0].rank))


def _attachments(session: Session, pk: int) -> set[str]:
    return set(session.scalars(select(Attachment.sha256).where(Attachment.message_pk == pk)))


LEARNED = LearnedDetector.name


def _allowed(session: Session, message: Message, candidate: int) -> bool:
    """Nothing new in the message: no attachment and no weighty label the earlier lacks.
    A label only a learned head gave (``detect/labels/learned.py``) does not count: near
    the head's threshold a changed word can tip it, and that says nothing new."""
    if not _attachments(session, message.id) <= _attachments(session, candidate):
        return False
    weighty = labels_of(session, message_pk=message.id) & LINK_LABELS
    weighty -= _learned_only(session, message.id)
    return weighty <= labels_of(session, message_pk=candidate)


def _learned_only(session: Session, message_pk: int) -> set[str]:
    """Labels of the message whose every finding comes from the learned heads."""
    rows = session.execute(
        select(Finding.label, Finding.detector).where(Finding.message_pk == message_pk)
    )
    by_label: dict[str, set[str]] = {}
    for label, detector in rows:
        by_label.setdefault(label, set()).add(detector)
    return {label for label, detectors in by_label.items() if detectors == {LEARNED}}


def _quoted_fingerprint(message: Message, own: Fingerprint,
                        config: DuplicateConfig) -> Fingerprint | None:
    parts = split_quoted(message.body_text or "")
    if not parts.quoted or len(own.tokens) > config.thread_max_words:
        return None
    quoted = fingerprint(quoted_own_text(parts.quoted))
    return None if quoted.empty else quoted


def find_link(session: Session, message: Message,
              config: DuplicateConfig | None = None) -> Link | None:
    """The earlier message ``message`` repeats, if any (fingerprints are stored as a side
    effect); None for a sender without an address, which cannot identify a person."""
    config = config or DuplicateConfig()
    own = own_fingerprint(message)
    if "@" not in (message.sender or ""):
        return None
    quoted = _quoted_fingerprint(message, own, config)
    if own.empty and quoted is None:
        return None
    candidates = _window(session, message, config.window_days)
    for cand, kind, score in _matches(session, own, quoted, candidates, config):
        if _allowed(session, message, cand.id):
            root = cand.duplicate_of if cand.duplicate_of not in (None, message.id) else cand.id
            return Link(root, kind, round(score, 4))
    return None


def link_duplicate(session: Session, message: Message,
                   config: DuplicateConfig | None = None) -> Link | None:
    """Set ``message.duplicate_of`` from ``find_link``; the link (or None) is returned."""
    link = find_link(session, message, config)
    message.duplicate_of = link.duplicate_of if link else None
    return link


def duplicates_of(session: Session, *, message_pk: int) -> list[int]:
    """Ids of the messages linked to ``message_pk`` as its duplicates, oldest first."""
    return list(session.scalars(select(Message.id).where(Message.duplicate_of == message_pk)
                                .order_by(Message.id)))
