"""What pages show about routing: flags, the akut protocol, content warnings, shielding.

The rules are read when the app is built (``load_into``), and again when ``/regler``
activates a new file (``web/pages/routing.py``); a broken rules file does not
stop the web app — reading mail must keep working — but ``/regler`` shows the error and
the message page falls back to plain flag codes. Routing itself (ingest) refuses to run
on a broken file.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI, Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from borgerpost.config import Settings
from borgerpost.errors import ConfigError
from borgerpost.route.incidents import incidents_of_message
from borgerpost.route.rules import RuleSet, load_rules
from borgerpost.store.queries import MessageDetail
from borgerpost.store.tables import Shielding, Staff, User
from borgerpost.web.access import SECURITY_LABELS, can_manage_incidents

WARNING_FLAG = "indholdsadvarsel"
WARNING_LABELS: dict[str, str] = {
    "threat": "trusler",
    "doxxing": "private oplysninger om en medarbejder",
    "exposure": "udstilling af en medarbejder",
    "insult": "krænkende sprog",
    "offensive": "stødende sprog",
}


@dataclass(frozen=True, slots=True)
class RulesState:
    """The rules the app was started with, or why they could not be read."""

    rules: RuleSet | None
    error: str | None
    source: str


def read_rules(settings: Settings) -> RulesState:
    """Read the rules file fresh from disk (``/regler`` shows its current state)."""
    source = settings.rules or "borgerpost/route/data/rules.yaml (med borgerpost)"
    try:
        return RulesState(load_rules(settings.rules), None, source)
    except ConfigError as exc:
        return RulesState(None, str(exc), source)


def load_into(app: FastAPI, settings: Settings) -> None:
    """Read the rules (at start, and after ``/regler`` activated a new file) and give the
    templates the flag names."""
    state = read_rules(settings)
    app.state.rules = state
    names = dict(state.rules.flags) if state.rules else {}
    app.state.templates.env.filters["flag_name"] = lambda code: names.get(code, code)


def rules_of(request: Request) -> RuleSet | None:
    """The rules the app was started with, or None when the file is broken."""
    state: RulesState = request.app.state.rules
    return state.rules


def warning_text(detail: MessageDetail) -> str | None:
    """Why the body is behind a content warning, or None when it is not."""
    reasons = [text for label, text in WARNING_LABELS.items() if label in detail.access_labels]
    if detail.shielded_staff and not reasons:
        reasons.append("omtale af en skærmet medarbejder")
    if not reasons and WARNING_FLAG in (detail.message.flags or []):
        reasons.append("indhold, der kan være ubehageligt at læse")
    return ", ".join(reasons) if reasons else None


def _protocol(request: Request, queue: str | None) -> dict[str, Any] | None:
    rules = rules_of(request)
    protocol = rules.protocol_of(queue) if rules and queue else None
    if protocol is None:
        return None
    settings: Settings = request.app.state.settings
    return {"title": protocol.title, "steps": protocol.steps_with(settings.duty_phone)}


def _shieldings(session: Session, message_pk: int) -> list[dict[str, Any]]:
    rows = session.execute(
        select(Shielding, Staff.name).join(Staff, Staff.id == Shielding.staff_id)
        .where(Shielding.message_pk == message_pk).order_by(Shielding.id)
    ).all()
    return [{"name": name, "assigned_to": display_name(session, s.assigned_to),
             "reason": s.reason, "at": s.at, "opened_at": s.opened_at} for s, name in rows]


def routing_context(
    session: Session, request: Request, user: User, detail: MessageDetail
) -> dict[str, Any]:
    """Routing facts for the message page."""
    message = detail.message
    rules = rules_of(request)
    return {
        "flags": list(message.flags or []),
        "queue_title": rules.queue_title(message.queue) if rules and message.queue else None,
        "protocol": _protocol(request, message.queue),
        "warning": warning_text(detail),
        "shieldings": _shieldings(session, message.id),
        "incident_ids": incidents_of_message(session, message_pk=message.id),
        "can_open_incident": can_manage_incidents(user)
        and bool(SECURITY_LABELS & detail.access_labels),
    }


def staff_names(session: Session, staff_ids: list[int]) -> dict[int, str]:
    """``{id: "Name (Unit)"}`` for the given staff ids."""
    if not staff_ids:
        return {}
    rows = session.execute(select(Staff.id, Staff.name, Staff.unit)
                           .where(Staff.id.in_(staff_ids)))
    return {pk: f"{name} ({unit})" for pk, name, unit in rows}


def display_name(session: Session, username: str | None) -> str | None:
    """A user's display name for a username (the username when unknown)."""
    if not username:
        return None
    name = session.scalar(select(User.display_name).where(User.username == username))
    return f"{name} ({username})" if name else username
