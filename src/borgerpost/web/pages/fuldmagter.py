"""``/fuldmagter``: the register of powers of attorney — list, register, read, revoke.

Who may do what is in ``web/fuldmagter.py`` (caseworkers and team leaders of any unit
register and revoke; a leder without body access never sees the document). A new
fuldmagt can be started from a representative's message (``/fuldmagter/ny?besked=ID``):
the sender's name, address and type are filled in, and after saving the caseworker is
back on the message, whose case data block is lifted at once if the fuldmagt covers it.
The signed document is uploaded with the form (PDF or image, at most
``BORGERPOST_ATTACHMENT_MAX_BYTES``) and always downloaded, never shown inline.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.datastructures import FormData, UploadFile

from borgerpost.config import Settings
from borgerpost.detect.base import CASE_KINDS
from borgerpost.errors import FuldmagtError
from borgerpost.route.fuldmagter import (
    Document,
    FuldmagtIn,
    add_fuldmagt,
    list_fuldmagter,
    revoke_fuldmagt,
)
from borgerpost.route.representation import assess
from borgerpost.route.representation_config import REPRESENTATIVE_TYPES
from borgerpost.store.queries import get_message
from borgerpost.store.tables import Message, RepresentationCheck, User
from borgerpost.web.access import can_read_body
from borgerpost.web.deadlines import today_for
from borgerpost.web.deps import CurrentUser, DbSession, check_csrf_form
from borgerpost.web.fuldmagter import (
    NO_ACCESS,
    NO_DOCUMENT,
    NO_REGISTER,
    STATUS_NAMES,
    can_read_document,
    can_register_fuldmagt,
    can_view_fuldmagter,
    config_of,
    danish_errors,
    download_headers,
    existing,
    record,
    require,
)
from borgerpost.web.templating import render

router = APIRouter()


def _choices(request: Request) -> dict[str, Any]:
    config = config_of(request)
    return {"types": [(code, config.type_name(code)) for code in REPRESENTATIVE_TYPES],
            "case_kinds": CASE_KINDS}


@router.get("/fuldmagter", response_class=HTMLResponse)
def fuldmagter_page(
    request: Request, user: CurrentUser, session: DbSession, borger: str = "",
    repraesentant: str = "",
) -> Response:
    """The register, newest first, narrowed by citizen reference or representative."""
    require(session, user, can_view_fuldmagter(user), "fuldmagt.list", "", NO_ACCESS)
    rows = list_fuldmagter(session, citizen_ref=borger, representative=repraesentant)
    used = [name for name, value in (("borger", borger), ("repraesentant", repraesentant))
            if value.strip()]
    record(session, user, "fuldmagt.list", "", filters=used, channel="page")
    return render(request, "fuldmagter.html", {
        "rows": rows, "form": {"borger": borger, "repraesentant": repraesentant},
        "can_register": can_register_fuldmagt(user), "type_name": config_of(request).type_name})


def _from_message(session: Session, request: Request, user: User, message_pk: int
                  ) -> dict[str, Any]:
    """The form filled in from the representative's message (which the user may read)."""
    detail = get_message(session, message_pk=message_pk)
    if detail is None:
        raise HTTPException(status_code=404, detail="Beskeden findes ikke.")
    require(session, user, can_read_body(user, detail.message, detail.access_labels),
            "fuldmagt.from_message", message_pk, "Du har ikke adgang til denne besked.")
    result = assess(session, message=detail.message, config=config_of(request))
    return {"representative_name": detail.message.sender_name,
            "representative_email": detail.message.sender,
            "representative_type": result.type, "besked": message_pk}


def _blank_form(today: date) -> dict[str, Any]:
    return {"representative_name": "", "representative_email": "",
            "representative_type": "partsrepraesentant", "citizen_name": "", "citizen_ref": "",
            "scope": "alle", "scope_case_kinds": [], "scope_cases": "",
            "valid_from": today.isoformat(), "valid_to": "", "besked": None}


@router.get("/fuldmagter/ny", response_class=HTMLResponse)
def new_fuldmagt_form(
    request: Request, user: CurrentUser, session: DbSession, besked: int | None = None
) -> Response:
    """The form for a new fuldmagt, from a message when ``besked`` is given."""
    require(session, user, can_register_fuldmagt(user), "fuldmagt.create", "", NO_REGISTER)
    form = _blank_form(today_for(request))
    if besked is not None:
        form.update(_from_message(session, request, user, besked))
    return render(request, "fuldmagt_ny.html", {"form": form, "errors": [],
                                                **_choices(request)})


def _raw(form: FormData) -> dict[str, Any]:
    whole = form.get("scope") != "udvalgte"
    cases = str(form.get("scope_cases") or "")
    return {
        "representative_name": form.get("representative_name") or "",
        "representative_email": form.get("representative_email") or None,
        "representative_type": form.get("representative_type") or "",
        "citizen_name": form.get("citizen_name") or "",
        "citizen_ref": form.get("citizen_ref") or "",
        "scope_all": whole,
        "scope_case_kinds": [] if whole else [str(k) for k in form.getlist("scope_case_kinds")],
        "scope_cases": [] if whole else cases.splitlines(),
        "valid_from": form.get("valid_from") or None, "valid_to": form.get("valid_to") or None,
    }


async def _document(form: FormData, max_bytes: int) -> Document | None:
    upload = form.get("document")
    if not isinstance(upload, UploadFile) or not upload.filename:
        return None
    data = await upload.read(max_bytes + 1)  # one byte more tells "too large"
    return Document(upload.filename, data)


@router.post("/fuldmagter/ny", response_class=HTMLResponse,
             dependencies=[Depends(check_csrf_form)])
async def create_fuldmagt_page(request: Request, user: CurrentUser, session: DbSession
                               ) -> Response:
    """Register the fuldmagt (audited); back to the message it came from, if any."""
    require(session, user, can_register_fuldmagt(user), "fuldmagt.create", "", NO_REGISTER)
    form = await request.form()
    settings: Settings = request.app.state.settings
    raw, besked = _raw(form), str(form.get("besked") or "")
    try:
        document = await _document(form, settings.attachment_max_bytes)
        row = add_fuldmagt(session, data=FuldmagtIn.model_validate(raw), actor=user.username,
                           document=document, max_bytes=settings.attachment_max_bytes)
    except (ValidationError, FuldmagtError) as exc:
        session.rollback()
        back = {**raw, "scope": "alle" if raw["scope_all"] else "udvalgte",
                "scope_cases": "\n".join(raw["scope_cases"]), "besked": besked or None,
                "valid_from": raw["valid_from"] or "", "valid_to": raw["valid_to"] or "",
                "representative_email": raw["representative_email"] or ""}
        return render(request, "fuldmagt_ny.html",
                      {"form": back, "errors": danish_errors(exc), **_choices(request)},
                      status_code=400)
    session.commit()
    target = f"/beskeder/{besked}#repraesentant" if besked.isdigit() else (
        f"/fuldmagter/{row.id}?gemt=1")
    return RedirectResponse(target, status_code=303)


@router.get("/fuldmagter/{fuldmagt_id}", response_class=HTMLResponse)
def fuldmagt_page(
    request: Request, user: CurrentUser, session: DbSession, fuldmagt_id: int,
    gemt: int = 0, tilbagekaldt: int = 0,
) -> Response:
    """One fuldmagt with the messages checked against it; reading it is audited."""
    require(session, user, can_view_fuldmagter(user), "fuldmagt.view", fuldmagt_id, NO_ACCESS)
    row = existing(session, fuldmagt_id)
    record(session, user, "fuldmagt.view", row.id, channel="page")
    checked = session.execute(
        select(RepresentationCheck.message_pk, RepresentationCheck.status, Message.subject)
        .join(Message, Message.id == RepresentationCheck.message_pk)
        .where(RepresentationCheck.fuldmagt_id == row.id)
        .order_by(RepresentationCheck.message_pk)).all()
    return render(request, "fuldmagt.html", {
        "f": row, "checked": checked, "saved": bool(gemt), "revoked_now": bool(tilbagekaldt),
        "can_register": can_register_fuldmagt(user), "can_document": can_read_document(user),
        "type_name": config_of(request).type_name, "status_names": STATUS_NAMES})


@router.get("/fuldmagter/{fuldmagt_id}/dokument")
def fuldmagt_document(user: CurrentUser, session: DbSession, fuldmagt_id: int) -> Response:
    """The signed document, always as a download; audited before it is sent."""
    require(session, user, can_read_document(user), "fuldmagt.document", fuldmagt_id,
            NO_DOCUMENT)
    row = existing(session, fuldmagt_id)
    if row.document is None:
        raise HTTPException(status_code=404, detail="Der er ikke vedhæftet et dokument.")
    record(session, user, "fuldmagt.document", row.id)
    session.commit()
    return Response(row.document, media_type="application/octet-stream",
                    headers=download_headers(row.document_filename or "fuldmagt"))


@router.post("/fuldmagter/{fuldmagt_id}/tilbagekald", dependencies=[Depends(check_csrf_form)])
def revoke_page(user: CurrentUser, session: DbSession, fuldmagt_id: int) -> Response:
    """Revoke the fuldmagt (audited); the messages it covered are blocked again."""
    require(session, user, can_register_fuldmagt(user), "fuldmagt.revoke", fuldmagt_id,
            NO_REGISTER)
    existing(session, fuldmagt_id)
    try:
        revoke_fuldmagt(session, fuldmagt_id=fuldmagt_id, actor=user.username)
    except FuldmagtError as exc:
        raise HTTPException(status_code=409, detail=danish_errors(exc)[0]) from exc
    session.commit()
    return RedirectResponse(f"/fuldmagter/{fuldmagt_id}?tilbagekaldt=1", status_code=303)
