"""``/regler`` (the active routing rules, and replacing their file) and the shielded
person's confirm step.

Everyone reads the active rules. Leder and sikkerhed may try a replacement file
(``POST /regler/afproev``: validated, compared and run over the latest routed messages,
nothing written) and then activate it (``POST /regler/aktiver``): validated again,
written over the file ``BORGERPOST_RULES`` names with the old one kept beside it
(``route/rules_admin.py``), audited as ``rules.activate``, and read into this process at
once. The YAML file stays the source of truth: the page only ever writes that file.

A message shielded from a staff member is not in their inbox; the inbox shows a notice
instead, linking here. Opening it is a deliberate choice: a confirm page, then a CSRF
POST that records the choice (``shielding.open`` in the audit log) before the message
page will show the text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session
from starlette.datastructures import UploadFile

from borgerpost.config import Settings
from borgerpost.errors import AccessDenied, ConfigError
from borgerpost.route import rules_admin
from borgerpost.route.rules import UNIT_QUEUE, RuleSet, cached_rules
from borgerpost.route.shielding import open_deliberately, shielding_of
from borgerpost.store import audit
from borgerpost.store.tables import Message, Shielding, User, utcnow
from borgerpost.web import routing
from borgerpost.web.access import can_manage_rules
from borgerpost.web.deps import CurrentUser, DbSession, check_csrf_form
from borgerpost.web.routing import display_name, read_rules
from borgerpost.web.templating import render

router = APIRouter()
NO_RULES_ADMIN = "Kun ledere og sikkerhed kan skifte regelfilen."


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def _rules_context(request: Request, user: User, **extra: Any) -> dict[str, Any]:
    settings = _settings(request)
    state = read_rules(settings)
    rules = state.rules
    return {
        "state": state, "rules": rules, "unit_queue": UNIT_QUEUE,
        "ordered": rules.ordered() if rules else [],
        "protocols": {name: p.steps_with(settings.duty_phone)
                      for name, p in rules.protocols.items()} if rules else {},
        "can_manage": can_manage_rules(user), "can_activate": bool(settings.rules),
        "max_kib": rules_admin.MAX_BYTES // 1024, "proposal_error": None, "activated": False,
        **extra,
    }


@router.get("/regler", response_class=HTMLResponse)
def rules_page(request: Request, user: CurrentUser, aktiveret: int = 0) -> Response:
    """The routing rules as the file on disk says now, with its validation status."""
    return render(request, "regler.html",
                  _rules_context(request, user, activated=bool(aktiveret)))


@router.get("/regler/fil")
def rules_file(request: Request, user: CurrentUser) -> Response:
    """The active rules file as it is on disk, to edit and try again."""
    text = rules_admin.current_text(_settings(request).rules)
    if text is None:
        raise HTTPException(status_code=404, detail="Regelfilen findes ikke.")
    return Response(text, media_type="application/yaml; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="rules.yaml"'})


def _require_admin(session: Session, user: User, action: str) -> None:
    if can_manage_rules(user):
        return
    audit.record(session, actor=user.username, action=f"{action}.denied", object_type="rules",
                 object_id="")
    session.commit()
    raise AccessDenied(NO_RULES_ADMIN)


async def _proposed_text(request: Request) -> str:
    form = await request.form()
    upload = form.get("fil")
    if isinstance(upload, UploadFile):
        return rules_admin.decode(await upload.read(rules_admin.MAX_BYTES + 1))
    return rules_admin.tidy(str(form.get("tekst") or ""))


@router.post("/regler/afproev", response_class=HTMLResponse,
             dependencies=[Depends(check_csrf_form)])
async def try_rules(request: Request, user: CurrentUser, session: DbSession) -> Response:
    """Validate a proposed rules file and show what it would change; nothing is written."""
    _require_admin(session, user, "rules.try")
    try:
        text = await _proposed_text(request)
        context = _proposal_context(request, session, text, rules_admin.validate(text))
    except ConfigError as exc:
        return _refused(request, user, str(exc), 400)
    return render(request, "regler_forslag.html", context)


def _proposal_context(request: Request, session: Session, text: str, proposed: RuleSet
                      ) -> dict[str, Any]:
    settings = _settings(request)
    active = read_rules(settings)
    return {
        "text": text, "rules": proposed, "ordered": proposed.ordered(),
        "unit_queue": UNIT_QUEUE, "source": active.source,
        "changes": rules_admin.compare(active.rules, proposed),
        "preview": rules_admin.preview(session, active=active.rules, proposed=proposed,
                                       default_unit=settings.default_unit),
        "base": rules_admin.fingerprint(rules_admin.current_text(settings.rules)),
        "can_activate": bool(settings.rules),
    }


@router.post("/regler/aktiver", response_class=HTMLResponse,
             dependencies=[Depends(check_csrf_form)])
async def activate_rules(request: Request, user: CurrentUser, session: DbSession) -> Response:
    """Write the tried file over the rules file (validated again, old one kept), audited,
    and use it in this process from now on."""
    _require_admin(session, user, "rules.activate")
    settings = _settings(request)
    form = await request.form()
    text, base = rules_admin.tidy(str(form.get("tekst") or "")), str(form.get("grundlag") or "")
    try:
        proposed = rules_admin.validate(text)
        old = rules_admin.fingerprint(rules_admin.current_text(settings.rules))
        if settings.rules and old != base:
            return _refused(request, user, rules_admin.CONFLICT, 409)
        audit.record(session, actor=user.username, action="rules.activate",
                     object_type="rules", object_id=Path(settings.rules).name[:80],
                     detail={"old": old, "new": rules_admin.fingerprint(text),
                             "rules": len(proposed.rules)})
        session.flush()  # the audit row can be written: only then the file
        rules_admin.replace(settings.rules, text, expected=base, now=utcnow())
    except ConfigError as exc:
        session.rollback()
        return _refused(request, user, str(exc), 400)
    session.commit()
    cached_rules.cache_clear()
    routing.load_into(request.app, settings)
    return RedirectResponse("/regler?aktiveret=1", status_code=303)


def _refused(request: Request, user: User, why: str, status: int) -> Response:
    return render(request, "regler.html", _rules_context(request, user, proposal_error=why),
                  status_code=status)


def _own_shielding(session: DbSession, user: User, message_pk: int) -> Shielding:
    if session.get(Message, message_pk) is None:
        raise HTTPException(status_code=404, detail="Beskeden findes ikke.")
    row = shielding_of(session, message_pk=message_pk, staff_id=user.staff_id)
    if row is None:
        raise HTTPException(status_code=404, detail="Beskeden er ikke skærmet for dig.")
    return row


@router.get("/beskeder/{message_pk}/skaermet", response_class=HTMLResponse)
def shielded_page(
    request: Request, user: CurrentUser, session: DbSession, message_pk: int
) -> Response:
    """The confirm step: what happened to the message, and a button to open it anyway."""
    row = _own_shielding(session, user, message_pk)
    context = {"message_pk": message_pk, "shielding": row,
               "colleague": display_name(session, row.assigned_to)}
    return render(request, "skaermet.html", context)


@router.post("/beskeder/{message_pk}/skaermet", dependencies=[Depends(check_csrf_form)])
def open_shielded(user: CurrentUser, session: DbSession, message_pk: int) -> Response:
    """Record the deliberate choice to open a message about oneself, then show it."""
    row = _own_shielding(session, user, message_pk)
    open_deliberately(session, shielding=row, actor=user.username)
    session.commit()
    return RedirectResponse(f"/beskeder/{message_pk}", status_code=303)
