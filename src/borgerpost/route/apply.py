"""Applying the routing rules to stored messages, after triage.

``route_messages`` reads each message's current labels (caseworkers' corrections
applied), case kinds and named staff, asks ``RuleSet.decide`` and writes the result:
``messages.queue`` and ``flags``, shielding rows and the designated colleague, an incident
for threats, doxxing and exposure, the message's case requests (``route.cases``), and the
fuldmagt check of a representative's message (``route.representation``), the ``autosvar``
flag of an auto-reply (``route.autoreply``), and volume control: duplicate links and the
case a daily digest groups the message under (``route.volume``).

Re-running is safe: the same labels give the same queue and flags, a person is shielded
once, a message opens at most one incident, a case request is opened once. An audit
entry (ids and rule ids only) is written when a routing actually changed something, so
the log shows every decision without repeating itself on a re-run.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from borgerpost.config import Settings, get_settings
from borgerpost.route import incidents, representation, shielding, volume
from borgerpost.route.autoreply import flags_with_autoreply
from borgerpost.route.rules import NamedStaff, RoutingDecision, RuleSet, cached_rules
from borgerpost.store import audit
from borgerpost.store.db import Store
from borgerpost.store.findings import labels_of
from borgerpost.store.messages import BatchResult
from borgerpost.store.tables import Finding, Incident, Message, Shielding
from borgerpost.store.triage import TextTriager, triage_messages

SYSTEM_ACTOR = "borgerpost"
ROUTE_CHUNK = 200


@dataclass(frozen=True, slots=True)
class Routed:
    """What routing did to one message."""

    message_pk: int
    decision: RoutingDecision
    changed: bool
    incident_id: int | None = None
    shielded: tuple[int, ...] = ()


def active_rules(settings: Settings | None = None) -> RuleSet:
    """The rules named by ``BORGERPOST_RULES`` (or the shipped file), read once per process."""
    return cached_rules((settings or get_settings()).rules)


def case_kinds_of(session: Session, *, message_pk: int) -> set[str]:
    """Case kinds the engine saw in a message's ``case_request`` findings."""
    query = select(Finding.case_kind).where(
        Finding.message_pk == message_pk, Finding.label == "case_request",
        Finding.case_kind.is_not(None))
    return {kind for kind in session.scalars(query) if kind}


def route_messages(
    session: Session,
    *,
    message_pks: Sequence[int],
    rules: RuleSet | None = None,
    settings: Settings | None = None,
) -> list[Routed]:
    """Route each message in ``message_pks`` (in the caller's transaction)."""
    settings = settings or get_settings()
    ruleset = rules if rules is not None else active_rules(settings)
    routed: list[Routed] = []
    for pk in message_pks:
        message = session.get(Message, pk)
        if message is not None:
            routed.append(_route_one(session, message, ruleset, settings.default_unit))
    return routed


def _route_one(session: Session, message: Message, rules: RuleSet, default_unit: str) -> Routed:
    unit = message.unit or default_unit
    labels = labels_of(session, message_pk=message.id)
    named = (shielding.named_staff(session, message_pk=message.id, message_unit=unit)
             if "staff_named" in labels else [])
    decision = rules.decide(labels, case_kinds_of(session, message_pk=message.id), named, unit,
                            triage_failed=message.triage_status == "failed")
    flags = flags_with_autoreply(
        message, _with_representation(session, message.id, labels, decision.flags))
    changed = (message.queue, sorted(message.flags or [])) != (decision.queue, flags)
    message.queue, message.flags = decision.queue, flags
    made = _shield(session, message, decision, named, unit)
    incident = _incident(session, message, decision, named, unit)
    _open_case_requests(session, message.id)
    changed = volume.mark(session, message) or changed  # duplicates, digest case key
    routed = Routed(message.id, decision, changed or bool(made) or incident is not None,
                    incident.id if incident else None, tuple(s.staff_id for s in made))
    if routed.changed:
        _audit(session, routed)
    return routed


def _with_representation(
    session: Session, message_pk: int, labels: set[str], flags: Sequence[str]
) -> list[str]:
    """The decision's flags, plus ``fuldmagt_mangler`` while a representative lacks a valid
    fuldmagt (``route.representation``); the request itself is routed as usual."""
    check = representation.check_representation(session, message_pk=message_pk, labels=labels)
    return representation.with_flag(list(flags), check.status if check else None)


def _shield(
    session: Session, message: Message, decision: RoutingDecision, named: list[NamedStaff],
    unit: str,
) -> list[Shielding]:
    if not decision.shield:
        return []
    members = [m for m in named if m.staff_id in decision.shield]
    return shielding.shield(session, message=message, members=members,
                            rule=decision.shield_rule or "", unit=unit)


def _incident(
    session: Session, message: Message, decision: RoutingDecision, named: list[NamedStaff],
    unit: str,
) -> Incident | None:
    if not decision.create_incident or not decision.incident_type or not decision.severity:
        return None
    units = list(dict.fromkeys([unit, *(m.unit for m in named)]))
    return incidents.open_from_message(
        session, message=message, type_=decision.incident_type, severity=decision.severity,
        staff_ids=[m.staff_id for m in named], units=units, rule=decision.incident_rule or "")


def _open_case_requests(session: Session, message_pk: int) -> None:
    """Open the message's case requests, where the case-request module is installed."""
    try:
        from borgerpost.route import cases
    except ImportError:  # routing works without deadlines; they are a separate part
        return
    opener: Callable[..., object] | None = getattr(cases, "open_case_requests", None)
    if opener is not None:
        opener(session, message_pk=message_pk)


def _audit(session: Session, routed: Routed) -> None:
    decision = routed.decision
    audit.record(session, actor=SYSTEM_ACTOR, action="message.route", object_type="message",
                 object_id=routed.message_pk,
                 detail={"queue_rule": decision.queue_rule, "rules": list(decision.reasons),
                         "shielded": list(routed.shielded), "incident": routed.incident_id})


def route_stored(
    store: Store, message_pks: Sequence[int], *, rules: RuleSet | None = None,
    settings: Settings | None = None,
) -> int:
    """Route stored messages in chunks, one transaction per chunk; returns how many."""
    settings = settings or get_settings()
    ruleset = rules if rules is not None else active_rules(settings)
    done = 0
    for start in range(0, len(message_pks), ROUTE_CHUNK):
        chunk = list(message_pks[start:start + ROUTE_CHUNK])
        with store.session() as session:
            done += len(route_messages(session, message_pks=chunk, rules=ruleset,
                                       settings=settings))
    return done


def route_new_in_batch(
    store: Store, *, rules: RuleSet | None = None, settings: Settings | None = None
) -> Callable[[BatchResult], None]:
    """An ``on_batch`` hook that routes what the batch newly stored (after triage).

    The rules are loaded here, before the first batch, so a broken rules file stops
    ingest at the start instead of after the first mail is stored.
    """
    settings = settings or get_settings()
    ruleset = rules if rules is not None else active_rules(settings)

    def hook(result: BatchResult) -> None:
        if result.stored_ids:
            route_stored(store, sorted(result.stored_ids.values()), rules=ruleset,
                         settings=settings)

    return hook


def triage_and_route_in_batch(
    store: Store, triager: TextTriager, *, rules: RuleSet | None = None,
    settings: Settings | None = None,
) -> Callable[[BatchResult], None]:
    """One ``on_batch`` hook: triage the batch's new messages, then route them."""
    route = route_new_in_batch(store, rules=rules, settings=settings)

    def hook(result: BatchResult) -> None:
        if result.stored_ids:
            triage_messages(store, triager, sorted(result.stored_ids.values()))
            route(result)

    return hook
