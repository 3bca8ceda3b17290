"""One message: headers, text with highlighted evidence, triage, attachments, assignment.

Opening the page is a body view and is audited (``reading.read_message``); so is every
attachment download. The text is cut at evidence offsets and each piece is escaped by the
template, so message content can never inject HTML.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from borgerpost.detect.base import LABELS
from borgerpost.route.cases import case_requests_of
from borgerpost.store.queries import MessageDetail
from borgerpost.store.tables import Finding
from borgerpost.web.access import can_assign, can_handle_cases
from borgerpost.web.corrections import correct_label
from borgerpost.web.deadlines import case_view, config_for, today_for
from borgerpost.web.deps import CurrentUser, DbSession, check_csrf_form
from borgerpost.web.fuldmagter import representation_context
from borgerpost.web.highlight import Piece, Span, pieces
from borgerpost.web.reading import assign, assignees, read_attachment, read_message
from borgerpost.web.routing import routing_context
from borgerpost.web.templating import render
from borgerpost.web.volume import message_volume

router = APIRouter()


def highlighted(text: str, findings: list[Finding], field: str) -> list[Piece]:
    """``text`` cut at the evidence spans of ``findings`` that point into ``field``."""
    spans = [Span(f.start, f.end, f.reason or f.rule or f.label)
             for f in findings if f.field == field and f.end > f.start]
    return pieces(text, spans)


def triage_groups(findings: list[Finding], labels: set[str]) -> list[dict[str, Any]]:
    """Current labels with their evidence, strongest first, for the "Triage" section."""
    by_label: dict[str, list[Finding]] = defaultdict(list)
    for finding in findings:
        by_label[finding.label].append(finding)
    groups = [
        {"label": label, "score": max((f.score for f in by_label[label]), default=None),
         "case_kinds": sorted({f.case_kind for f in by_label[label] if f.case_kind}),
         "evidence": [f for f in by_label[label] if f.end > f.start]}
        for label in labels
    ]
    return sorted(groups, key=lambda g: (-(g["score"] or 0.0), g["label"]))


def _context(detail: MessageDetail) -> dict[str, Any]:
    message = detail.message
    return {
        "message": message,
        "subject_pieces": highlighted(message.subject, detail.findings, "subject"),
        "body_pieces": highlighted(message.body_text, detail.findings, "body"),
        "triage": triage_groups(detail.findings, detail.labels),
        "removed_labels": sorted({f.label for f in detail.findings} - detail.labels),
        "stored_attachments": detail.stored_attachments,
    }


@router.get("/beskeder/{message_pk}", response_class=HTMLResponse)
def message_page(
    request: Request, user: CurrentUser, session: DbSession, message_pk: int
) -> Response:
    """The message view; 403 for a message outside the user's access."""
    detail = read_message(session, user=user, message_pk=message_pk, channel="page")
    context = _context(detail)
    context["can_assign"] = can_assign(user, detail.message)
    context["assignees"] = assignees(session, user=user) if context["can_assign"] else []
    config, today = config_for(request), today_for(request)
    context["case_views"] = [case_view(c, config, today)
                             for c in case_requests_of(session, message_pk=message_pk)]
    context["can_handle_cases"] = can_handle_cases(user, detail.message)
    context["routing"] = routing_context(session, request, user, detail)
    context["representation"] = representation_context(session, request, user, detail.message)
    context["all_labels"] = LABELS
    context["volume"] = message_volume(session, detail.message)
    return render(request, "message.html", context)


def _disposition(filename: str) -> str:
    """``attachment`` with an ASCII fallback name and the exact name per RFC 5987."""
    fallback = "".join(c if c.isascii() and c.isprintable() and c not in '"\\' else "_"
                       for c in filename) or "bilag"
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename)}"


@router.get("/beskeder/{message_pk}/bilag/{attachment_pk}")
def download_attachment(
    user: CurrentUser, session: DbSession, message_pk: int, attachment_pk: int
) -> Response:
    """The attachment's bytes, always as a download (never rendered in our origin)."""
    attachment = read_attachment(session, user=user, message_pk=message_pk,
                                 attachment_pk=attachment_pk)
    if attachment.data is None:
        return Response("Bilaget var for stort og blev ikke gemt; kun navn, type og størrelse "
                        "er kendt.", status_code=404, media_type="text/plain; charset=utf-8")
    headers = {"Content-Disposition": _disposition(attachment.filename)}
    return Response(attachment.data, media_type="application/octet-stream", headers=headers)


@router.post("/beskeder/{message_pk}/tildel", dependencies=[Depends(check_csrf_form)])
def assign_message(
    user: CurrentUser,
    session: DbSession,
    message_pk: int,
    assignee: Annotated[str, Form()] = "",
) -> Response:
    """A teamleder assigns the message to a caseworker of the unit (or clears it)."""
    assign(session, user=user, message_pk=message_pk, assignee=assignee.strip().lower())
    return RedirectResponse(f"/beskeder/{message_pk}", status_code=303)


@router.post("/beskeder/{message_pk}/etiketter", dependencies=[Depends(check_csrf_form)])
def correct_labels(
    user: CurrentUser,
    session: DbSession,
    message_pk: int,
    label: Annotated[str, Form()],
    action: Annotated[str, Form()],
    note: Annotated[str, Form()] = "",
) -> Response:
    """A caseworker adds or removes a triage label (stored with who and when)."""
    correct_label(session, user=user, message_pk=message_pk, label=label, action=action,
                  note=note)
    return RedirectResponse(f"/beskeder/{message_pk}#triage-h", status_code=303)
