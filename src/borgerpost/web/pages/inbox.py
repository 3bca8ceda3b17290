"""Listings: the inbox with filters, one sender's messages, and the managers' overview.

Listings show headers and labels, never bodies, and only the rows ``scope_for(user)``
allows (the scope is applied in SQL). A leder without body access has no inbox and is
sent to the overview.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from borgerpost.detect.base import LABELS
from borgerpost.errors import AccessDenied
from borgerpost.route.digest import inbox_items
from borgerpost.route.shielding import notices_for
from borgerpost.store.figures import figures
from borgerpost.store.queries import InboxFilter, list_messages, queues
from borgerpost.web.access import can_see_figures, scope_for
from borgerpost.web.deps import CurrentUser, DbSession
from borgerpost.web.pages.profile import post_notices
from borgerpost.web.reading import audit_search, make_filter
from borgerpost.web.templating import render
from borgerpost.web.volume import period_days, sender_volume

router = APIRouter()

PAGE_SIZE = 50


def _date(value: str | None, name: str, errors: list[str]) -> date | None:
    """A ``YYYY-MM-DD`` form value, or None; a bad one is reported, not fatal."""
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        errors.append(f"Ugyldig dato i feltet «{name}»: brug formatet ÅÅÅÅ-MM-DD.")
        return None


def _page_number(value: int) -> int:
    return max(value, 1)


def pager(request: Request, page: int, has_next: bool) -> dict[str, Any]:
    """Links to the neighbouring pages that keep every other query parameter."""
    kept = [(k, v) for k, v in request.query_params.multi_items() if k != "side"]

    def link(number: int) -> str:
        return "?" + urlencode([*kept, ("side", str(number))])

    return {"page": page, "prev": link(page - 1) if page > 1 else None,
            "next": link(page + 1) if has_next else None}


@router.get("/", response_class=HTMLResponse)
def inbox(
    request: Request,
    user: CurrentUser,
    session: DbSession,
    koe: str = "",
    etiket: str = "",
    afsender: str = "",
    fra: str = "",
    til: str = "",
    q: str = "",
    side: int = 1,
    sorter: str = "",
    dubletter: str = "",
) -> Response:
    """The inbox: newest first (``sorter=frist``: nearest deadline first), 50 a page,
    filtered by queue, label, sender, dates, text; a daily-digest sender's mail as one item
    per case and day; ``dubletter=skjul`` folds re-sends under their original."""
    scope = scope_for(user)
    if scope.nothing and can_see_figures(user):
        return RedirectResponse("/oversigt", status_code=303)
    errors: list[str] = []
    filters = make_filter(queue=koe, label=etiket, sender=afsender, text=q,
                          date_from=_date(fra, "Fra", errors), date_to=_date(til, "Til", errors))
    filters = replace(filters, hide_duplicates=dubletter == "skjul")
    page = _page_number(side)
    rows = inbox_items(session, scope=scope, filters=filters, limit=PAGE_SIZE + 1,
                       offset=(page - 1) * PAGE_SIZE, by_deadline=sorter == "frist")
    audit_search(session, user=user, filters=filters, channel="page")
    context: dict[str, Any] = {
        "notices": notices_for(session, staff_id=user.staff_id),
        "post_notices": post_notices(session, user),
        "rows": rows[:PAGE_SIZE], "pager": pager(request, page, len(rows) > PAGE_SIZE),
        "queues": queues(session, scope=scope), "labels": LABELS, "errors": errors,
        "form": {"koe": koe, "etiket": etiket, "afsender": afsender, "fra": fra, "til": til,
                 "q": q, "sorter": sorter, "dubletter": dubletter},
    }
    return render(request, "inbox.html", context)


@router.get("/afsendere/{sender}", response_class=HTMLResponse)
def sender_page(
    request: Request, user: CurrentUser, session: DbSession, sender: str, side: int = 1,
    dage: int = 30,
) -> Response:
    """Every message from one sender address that the user may list (headers only), one by
    one also when the unit reads the sender as a daily digest, with the sender's volume."""
    page = _page_number(side)
    rows = list_messages(session, scope=scope_for(user), filters=InboxFilter(sender_exact=sender),
                         limit=PAGE_SIZE + 1, offset=(page - 1) * PAGE_SIZE)
    name = next((r.sender_name for r in rows if r.sender_name), "")
    context = {"sender": sender, "sender_name": name, "rows": rows[:PAGE_SIZE],
               "pager": pager(request, page, len(rows) > PAGE_SIZE),
               "volume": sender_volume(session, user=user, sender=sender,
                                       days=period_days(dage))}
    return render(request, "sender.html", context)


@router.get("/oversigt", response_class=HTMLResponse)
def overview(request: Request, user: CurrentUser, session: DbSession) -> Response:
    """Figures for leaders: messages per unit, queue and label, and quarantined; no text."""
    if not can_see_figures(user):
        raise AccessDenied("Oversigten er for ledere, teamledere og sikkerhed.")
    return render(request, "overview.html", {"figures": figures(session)})
