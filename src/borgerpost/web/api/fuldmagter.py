"""``/api/v1/fuldmagter``: the register of powers of attorney, for the same roles as the pages.

Same session and CSRF rules as the rest of the API (writes send ``X-CSRF-Token``). The
request body of a new fuldmagt is the register's own ``FuldmagtIn`` plus the signed
document as base64, so the API and the pages refuse the same input (a CPR number as
reference, an expiry before the start, a document that is not a PDF or an image).
Listings never carry the document; reading one is a page download (``/fuldmagter/{id}/
dokument``), audited like every listing, view and change here.
"""

from __future__ import annotations

import base64
import binascii
from datetime import date, datetime
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from pydantic import BaseModel, Field

from borgerpost.config import Settings
from borgerpost.errors import FuldmagtError
from borgerpost.route.fuldmagter import (
    Document,
    FuldmagtIn,
    add_fuldmagt,
    list_fuldmagter,
    revoke_fuldmagt,
)
from borgerpost.store.tables import Fuldmagt
from borgerpost.web.api.schemas import ErrorOut
from borgerpost.web.deps import CurrentUser, DbSession, check_csrf_header
from borgerpost.web.fuldmagter import (
    NO_ACCESS,
    NO_REGISTER,
    can_register_fuldmagt,
    can_view_fuldmagter,
    existing,
    record,
    require,
)

ERRORS = {
    401: {"model": ErrorOut, "description": "Ikke logget ind"},
    403: {"model": ErrorOut, "description": "Ingen adgang (rolle eller CSRF)"},
}
router = APIRouter(prefix="/api/v1", tags=["fuldmagter"], responses=ERRORS)  # type: ignore[arg-type]


class FuldmagtOut(BaseModel):
    """A fuldmagt without its document (``document_sha256`` is null when none is attached)."""

    id: int
    representative_name: str
    representative_email: str | None
    representative_type: str
    citizen_name: str
    citizen_ref: str
    scope_all: bool
    scope_case_kinds: list[str]
    scope_cases: list[str]
    valid_from: date
    valid_to: date | None
    document_filename: str | None
    document_content_type: str | None
    document_sha256: str | None
    document_size: int | None
    revoked: bool
    revoked_at: datetime | None
    revoked_by: str | None
    created_by: str
    created_at: datetime

    @classmethod
    def of(cls, row: Fuldmagt) -> FuldmagtOut:
        """From a stored fuldmagt."""
        return cls(
            id=row.id, representative_name=row.representative_name,
            representative_email=row.representative_email,
            representative_type=row.representative_type, citizen_name=row.citizen_name,
            citizen_ref=row.citizen_ref, scope_all=row.scope_all,
            scope_case_kinds=list(row.scope_case_kinds or []),
            scope_cases=list(row.scope_cases or []), valid_from=row.valid_from,
            valid_to=row.valid_to, document_filename=row.document_filename,
            document_content_type=row.document_content_type,
            document_sha256=row.document_sha256, document_size=row.document_size,
            revoked=row.revoked, revoked_at=row.revoked_at, revoked_by=row.revoked_by,
            created_by=row.created_by, created_at=row.created_at)


class FuldmagtCreate(FuldmagtIn):
    """A new fuldmagt; the signed document (PDF or image) as base64, optional."""

    document_base64: str | None = Field(default=None, description="Dokumentet som base64.")
    document_filename: str = Field(default="fuldmagt", max_length=500)

    def document(self) -> Document | None:
        """The decoded document, or None when none was sent."""
        if not self.document_base64:
            return None
        try:
            data = base64.b64decode(self.document_base64, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise FuldmagtError("document_base64 er ikke gyldig base64") from exc
        return Document(self.document_filename, data)

    def register_fields(self) -> FuldmagtIn:
        """The fields the register stores, without the document."""
        return FuldmagtIn.model_validate(
            self.model_dump(exclude={"document_base64", "document_filename"}))


@router.get("/fuldmagter")
def fuldmagter(
    user: CurrentUser, session: DbSession,
    citizen_ref: Annotated[str, Query(max_length=120)] = "",
    representative: Annotated[str, Query(max_length=300)] = "",
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[FuldmagtOut]:
    """Fuldmagter, newest first, narrowed by citizen reference or representative. Audited."""
    require(session, user, can_view_fuldmagter(user), "fuldmagt.list", "", NO_ACCESS)
    rows = list_fuldmagter(session, citizen_ref=citizen_ref, representative=representative,
                           limit=limit, offset=offset)
    used = [name for name, value in (("citizen_ref", citizen_ref),
                                     ("representative", representative)) if value.strip()]
    record(session, user, "fuldmagt.list", "", filters=used, channel="api")
    return [FuldmagtOut.of(row) for row in rows]


@router.get("/fuldmagter/{fuldmagt_id}", responses={404: {"model": ErrorOut}})
def fuldmagt(user: CurrentUser, session: DbSession, fuldmagt_id: int) -> FuldmagtOut:
    """One fuldmagt. Audited."""
    require(session, user, can_view_fuldmagter(user), "fuldmagt.view", fuldmagt_id, NO_ACCESS)
    row = existing(session, fuldmagt_id)
    record(session, user, "fuldmagt.view", row.id, channel="api")
    return FuldmagtOut.of(row)


@router.post("/fuldmagter", status_code=201, dependencies=[Depends(check_csrf_header)],
             responses={422: {"model": ErrorOut}})
def new_fuldmagt(
    request: Request, user: CurrentUser, session: DbSession, body: FuldmagtCreate
) -> FuldmagtOut:
    """Register a fuldmagt (sagsbehandler, teamleder). Audited; the representative's
    messages are checked again at once."""
    require(session, user, can_register_fuldmagt(user), "fuldmagt.create", "", NO_REGISTER)
    settings: Settings = request.app.state.settings
    try:
        row = add_fuldmagt(session, data=body.register_fields(), actor=user.username,
                           document=body.document(), max_bytes=settings.attachment_max_bytes)
    except FuldmagtError as exc:
        session.rollback()
        raise HTTPException(status_code=422, detail=str(exc)) from exc
    session.commit()
    return FuldmagtOut.of(row)


@router.post("/fuldmagter/{fuldmagt_id}/revoke", dependencies=[Depends(check_csrf_header)],
             responses={404: {"model": ErrorOut}, 409: {"model": ErrorOut}})
def revoke(user: CurrentUser, session: DbSession, fuldmagt_id: int) -> FuldmagtOut:
    """Revoke a fuldmagt (sagsbehandler, teamleder). Audited."""
    require(session, user, can_register_fuldmagt(user), "fuldmagt.revoke", fuldmagt_id,
            NO_REGISTER)
    existing(session, fuldmagt_id)
    try:
        row = revoke_fuldmagt(session, fuldmagt_id=fuldmagt_id, actor=user.username)
    except FuldmagtError as exc:
        raise HTTPException(status_code=409, detail=str(exc)) from exc
    session.commit()
    return FuldmagtOut.of(row)
