"""``/api/v1``: listings, one message (audited), a sender's messages, figures, me, assign.

The API uses the same login session as the pages (log in at ``/login``); GET needs no
more, writes need the ``X-CSRF-Token`` header (the token is in ``GET /api/v1/me``).
Access rules are the pages' rules, from ``web/access.py``.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request

from borgerpost.errors import AccessDenied
from borgerpost.route.representation import blocks, refresh
from borgerpost.store.figures import figures
from borgerpost.store.findings import labels_of
from borgerpost.store.queries import InboxFilter, list_messages, message_row
from borgerpost.web.access import can_see_figures, scope_for
from borgerpost.web.api.schemas import (
    AssignmentIn,
    ErrorOut,
    LabelCorrectionIn,
    LabelsOut,
    Me,
    MessageOut,
    MessagePage,
    MessageSummary,
    StatsOut,
)
from borgerpost.web.corrections import correct_label
from borgerpost.web.deps import CurrentUser, DbSession, check_csrf_header, csrf_token
from borgerpost.web.reading import assign, audit_search, make_filter, read_message

ERRORS = {
    401: {"model": ErrorOut, "description": "Ikke logget ind"},
    403: {"model": ErrorOut, "description": "Ingen adgang (rolle, enhed eller CSRF)"},
}
router = APIRouter(prefix="/api/v1", tags=["api"], responses=ERRORS)  # type: ignore[arg-type]

Limit = Annotated[int, Query(ge=1, le=200, description="Højst så mange beskeder.")]
Offset = Annotated[int, Query(ge=0, description="Spring så mange over (sideinddeling).")]


def _page(items: list[MessageSummary], limit: int, offset: int, more: bool) -> MessagePage:
    return MessagePage(items=items, limit=limit, offset=offset,
                       next_offset=offset + limit if more else None)


@router.get("/me")
def me(request: Request, user: CurrentUser) -> Me:
    """Who is logged in, with the CSRF token for writes."""
    return Me(username=user.username, display_name=user.display_name, role=user.role,
              unit=user.unit, can_read_bodies=user.can_read_bodies,
              csrf_token=csrf_token(request))


@router.get("/messages")
def messages(
    user: CurrentUser,
    session: DbSession,
    queue: str | None = None,
    label: str | None = None,
    sender: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    q: Annotated[str | None, Query(description="Fritekst i emne og tekst.")] = None,
    assigned_to: str | None = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> MessagePage:
    """Messages the user may list, newest first, without bodies; dates are Danish days."""
    filters = make_filter(queue=queue, label=label, sender=sender, date_from=date_from,
                          date_to=date_to, text=q, assigned_to=assigned_to)
    rows = list_messages(session, scope=scope_for(user), filters=filters, limit=limit + 1,
                         offset=offset)
    audit_search(session, user=user, filters=filters, channel="api")
    items = [MessageSummary.of(r) for r in rows[:limit]]
    return _page(items, limit, offset, len(rows) > limit)


@router.get("/messages/{message_pk}", responses={404: {"model": ErrorOut}})
def message(user: CurrentUser, session: DbSession, message_pk: int) -> MessageOut:
    """One message with its body, attachments and triage findings. Audited."""
    detail = read_message(session, user=user, message_pk=message_pk, channel="api")
    out = MessageOut.of_detail(detail)
    check, _ = refresh(session, message_pk=message_pk)
    out.representation_status = check.status if check else None
    out.case_data_allowed = not blocks(out.representation_status)
    return out


@router.post(
    "/messages/{message_pk}/assignment",
    dependencies=[Depends(check_csrf_header)],
    responses={404: {"model": ErrorOut}},
)
def assignment(
    user: CurrentUser, session: DbSession, message_pk: int, body: AssignmentIn
) -> MessageSummary:
    """Assign the message to a caseworker of the unit (teamleder only). Audited."""
    message = assign(session, user=user, message_pk=message_pk,
                     assignee=body.assignee.strip().lower())
    row = message_row(session, message_pk=message.id)
    assert row is not None  # assign() has just loaded it
    return MessageSummary.of(row)


@router.post(
    "/messages/{message_pk}/labels",
    dependencies=[Depends(check_csrf_header)],
    responses={404: {"model": ErrorOut}},
)
def labels(
    user: CurrentUser, session: DbSession, message_pk: int, body: LabelCorrectionIn
) -> LabelsOut:
    """Add or remove a triage label (stored with who and when; audited; re-routed)."""
    correct_label(session, user=user, message_pk=message_pk, label=body.label,
                  action=body.action, note=body.note)
    return LabelsOut(message_id=message_pk,
                     labels=sorted(labels_of(session, message_pk=message_pk)))


@router.get("/senders/{sender}/messages")
def sender_messages(
    user: CurrentUser, session: DbSession, sender: str, limit: Limit = 50, offset: Offset = 0
) -> MessagePage:
    """Every message from one sender address that the user may list, without bodies."""
    rows = list_messages(session, scope=scope_for(user), filters=InboxFilter(sender_exact=sender),
                         limit=limit + 1, offset=offset)
    return _page([MessageSummary.of(r) for r in rows[:limit]], limit, offset, len(rows) > limit)


@router.get("/stats")
def stats(user: CurrentUser, session: DbSession) -> StatsOut:
    """Figures per unit, queue and label; no message text. Leder, teamleder, sikkerhed."""
    if not can_see_figures(user):
        raise AccessDenied("Tallene er for ledere, teamledere og sikkerhed.")
    return StatsOut.of(figures(session))
