"""Representatives: is there a valid fuldmagt behind a message written for someone else?

A message labelled ``representative`` (caseworkers' corrections applied) is matched to the
fuldmagt register (``route.fuldmagter``): the representative by e-mail (the name as a
fallback), the citizen by name or reference in the text, the day of receipt (or today,
for a fuldmagt that arrived later), revocation, and the scope against the case kinds the
message asks for. The outcome is stored per message in ``representation_checks``:

    gyldig        a valid fuldmagt covers the message
    ikke_kraevet  the representative's type needs none (``representation.yaml``: a lawyer,
                  a union; a bisidder who only comes to a meeting)
    mangler       no fuldmagt covers it (none, another citizen's, outside its scope)
    udloebet      the citizen's fuldmagt to this representative has expired
    tilbagekaldt  the citizen has revoked it (always blocks, whatever the type)

The last three BLOCK case data: the caseworker must not answer with information from the
case (``reply_allows_case_data`` is False), the message gets the flag
``fuldmagt_mangler``, and the page offers the ready letter asking for a fuldmagt
(forvaltningsloven § 8). The request itself is never blocked: routing still opens its
case requests and deadlines, and the letter tells the representative it is registered.

Checking is idempotent: one row per message, rewritten (and audited) only when the outcome
changes; a message that lost its ``representative`` label loses its row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from borgerpost.config import get_settings
from borgerpost.errors import FuldmagtError
from borgerpost.route.cases import local_day, receipt_day, requested_kinds
from borgerpost.route.fristbrev import danish_date
from borgerpost.route.fuldmagter import (
    covers,
    given_to,
    names_citizen,
    of_representative,
    text_key,
    valid_on,
)
from borgerpost.route.representation_config import (
    BLOCKING_STATUSES,
    Recognised,
    RepresentationConfig,
    cached_representation,
)
from borgerpost.store import audit
from borgerpost.store.findings import labels_of
from borgerpost.store.tables import Finding, Fuldmagt, Message, RepresentationCheck, utcnow

LABEL = "representative"
MISSING_FLAG = "fuldmagt_mangler"
SYSTEM_ACTOR = "borgerpost"
GYLDIG, MANGLER, UDLOEBET, TILBAGEKALDT, IKKE_KRAEVET = (
    "gyldig", "mangler", "udloebet", "tilbagekaldt", "ikke_kraevet")


@dataclass(frozen=True, slots=True)
class Assessment:
    """The outcome of one check, with what the page needs to explain it."""

    status: str
    type: str
    recognised: Recognised
    fuldmagt: Fuldmagt | None
    others: int

    @property
    def blocks(self) -> bool:
        """True when case data must not be shared with the representative."""
        return self.status in BLOCKING_STATUSES


def blocks(status: str | None) -> bool:
    """Does a check with ``status`` block case data? (No check: nothing to block.)"""
    return status in BLOCKING_STATUSES


def representation_config(config: RepresentationConfig | None = None) -> RepresentationConfig:
    """``config``, else the file named by ``BORGERPOST_REPRESENTATION`` (or the shipped one)."""
    return config if config is not None else cached_representation(get_settings().representation)


def today_in_denmark() -> date:
    """The Danish calendar day now."""
    return local_day(utcnow())


def _message(session: Session, message_pk: int) -> Message:
    message = session.get(Message, message_pk)
    if message is None:
        raise FuldmagtError(f"beskeden {message_pk} findes ikke")
    return message


def _evidence(session: Session, message_pk: int) -> list[str]:
    return list(session.scalars(select(Finding.quote).where(
        Finding.message_pk == message_pk, Finding.label == LABEL, Finding.quote != "")))


def assess(
    session: Session, *, message: Message, today: date | None = None,
    config: RepresentationConfig | None = None,
) -> Assessment:
    """Check ``message`` against the register (reads only; see the module docstring)."""
    cfg = representation_config(config)
    day, now = receipt_day(message), today or today_in_denmark()
    text = text_key(f"{message.subject}\n{message.body_text}")
    kinds = requested_kinds(session, message_pk=message.id)
    recognised = cfg.recognise(sender_name=message.sender_name, sender_email=message.sender,
                               evidence=_evidence(session, message.id),
                               text=f"{message.subject}\n\n{message.body_text}")
    mine = of_representative(session, email=message.sender, sender_name=message.sender_name)
    ours = [f for f in mine if names_citizen(f, text)]
    others = len(mine) - len(ours)
    usable = [f for f in ours if not f.revoked and covers(f, kinds, text)
              and (valid_on(f, day) or valid_on(f, now))]
    if usable:
        return Assessment(GYLDIG, usable[0].representative_type, recognised, usable[0], others)
    type_ = ours[0].representative_type if ours else recognised.type
    revoked = [f for f in ours if f.revoked]
    if revoked:
        return Assessment(TILBAGEKALDT, type_, recognised, revoked[0], others)
    if not cfg.requires(type_, kinds):
        return Assessment(IKKE_KRAEVET, type_, recognised, None, others)
    expired = [f for f in ours if f.valid_to is not None and f.valid_to < min(day, now)]
    if expired:
        return Assessment(UDLOEBET, type_, recognised, expired[0], others)
    return Assessment(MANGLER, type_, recognised, ours[0] if ours else None, others)


def check_representation(
    session: Session, *, message_pk: int, today: date | None = None,
    labels: set[str] | None = None, config: RepresentationConfig | None = None,
    actor: str = SYSTEM_ACTOR,
) -> RepresentationCheck | None:
    """Check a message and store the outcome; None when it is not labelled ``representative``.

    ``labels`` may be passed by a caller that has just read them (routing).
    """
    row, _ = _check(session, message_pk=message_pk, today=today, labels=labels,
                    config=config, actor=actor)
    return row


def _check(
    session: Session, *, message_pk: int, today: date | None, labels: set[str] | None,
    config: RepresentationConfig | None, actor: str,
) -> tuple[RepresentationCheck | None, Assessment | None]:
    message = _message(session, message_pk)
    current = labels if labels is not None else labels_of(session, message_pk=message_pk)
    row = session.scalar(select(RepresentationCheck)
                         .where(RepresentationCheck.message_pk == message_pk))
    if LABEL not in current:
        if row is not None:
            session.delete(row)
            session.flush()
        return None, None
    result = assess(session, message=message, today=today, config=config)
    return _store(session, row, message_pk, result, actor), result


def _store(
    session: Session, row: RepresentationCheck | None, message_pk: int, result: Assessment,
    actor: str,
) -> RepresentationCheck:
    outcome = (result.status, result.fuldmagt.id if result.fuldmagt else None, result.type)
    if row is not None and (row.status, row.fuldmagt_id, row.representative_type) == outcome:
        return row
    if row is None:
        row = _new_row(session, message_pk)
    row.status, row.fuldmagt_id, row.representative_type = outcome
    row.checked_at = utcnow()
    session.flush()
    audit.record(session, actor=actor, action="message.representation", object_type="message",
                 object_id=message_pk, detail={"status": outcome[0], "fuldmagt": outcome[1],
                                               "type": outcome[2]})
    return row


def _new_row(session: Session, message_pk: int) -> RepresentationCheck:
    """A fresh row, or the one a racing writer has just made (``message_pk`` is unique)."""
    row = RepresentationCheck(message_pk=message_pk, status=MANGLER, representative_type="")
    try:
        with session.begin_nested():
            session.add(row)
    except IntegrityError:
        found = session.scalar(select(RepresentationCheck)
                               .where(RepresentationCheck.message_pk == message_pk))
        if found is None:
            raise
        return found
    return row


def with_flag(flags: list[str] | tuple[str, ...] | None, status: str | None) -> list[str]:
    """``flags`` with ``fuldmagt_mangler`` set exactly when ``status`` blocks case data."""
    kept = {flag for flag in flags or [] if flag != MISSING_FLAG}
    return sorted(kept | {MISSING_FLAG}) if blocks(status) else sorted(kept)


def refresh(
    session: Session, *, message_pk: int, today: date | None = None,
    config: RepresentationConfig | None = None, actor: str = SYSTEM_ACTOR,
) -> tuple[RepresentationCheck | None, Assessment | None]:
    """Check again now and bring the message's ``fuldmagt_mangler`` flag in line."""
    row, result = _check(session, message_pk=message_pk, today=today, labels=None,
                         config=config, actor=actor)
    message = _message(session, message_pk)
    flags = with_flag(message.flags, row.status if row else None)
    if flags != sorted(message.flags or []):
        message.flags = flags
        session.flush()
    return row, result


def recheck_for(session: Session, *, fuldmagt: Fuldmagt, today: date | None = None) -> int:
    """Check again every checked message the fuldmagt's representative may have written.

    Called after a fuldmagt is registered or revoked; returns how many were checked.
    """
    rows = session.execute(
        select(Message.id, Message.sender, Message.sender_name)
        .join(RepresentationCheck, RepresentationCheck.message_pk == Message.id)
    ).all()
    hits = [pk for pk, sender, name in rows
            if given_to(fuldmagt, email=sender, sender_name=name)]
    for pk in hits:
        refresh(session, message_pk=pk, today=today)
    return len(hits)


def reply_allows_case_data(
    session: Session, *, message_pk: int, today: date | None = None
) -> bool:
    """May an answer to this message hold information from the case?

    False while a representative lacks a valid fuldmagt; True for every other message.
    """
    row, _ = refresh(session, message_pk=message_pk, today=today)
    return row is None or not blocks(row.status)


def fuldmagt_request_text(
    session: Session, *, message_pk: int, today: date | None = None,
    config: RepresentationConfig | None = None,
) -> str:
    """The ready Danish letter asking the representative for a fuldmagt (subject first)."""
    cfg = representation_config(config)
    row, result = refresh(session, message_pk=message_pk, today=today, config=cfg)
    message = _message(session, message_pk)
    expired = result.fuldmagt.valid_to if result and result.fuldmagt else None
    subject, body = cfg.reply.render(row.status if row else MANGLER, {
        "modtager": message.sender_name or message.sender or "repræsentant",
        "dato": danish_date(receipt_day(message)),
        "emne": message.subject.strip() or "uden emne",
        "fuldmagt_til": danish_date(expired) if expired else "",
    })
    return f"Emne: {subject}\n\n{body}\n"
