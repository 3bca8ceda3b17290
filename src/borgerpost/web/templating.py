"""Jinja2 templates with the Danish names and formats every page shares.

Times are stored in UTC and shown in Danish local time (Europe/Copenhagen). Label and
case-kind codes from the triage engine get Danish names here, in one table.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from borgerpost.route.digest import case_parts
from borgerpost.web.access import can_see_figures
from borgerpost.web.deadlines import frist, long_date, short_date
from borgerpost.web.deps import csrf_token

TEMPLATES_DIR = Path(__file__).parent / "templates"
LOCAL_TZ = ZoneInfo("Europe/Copenhagen")

LABEL_NAMES: dict[str, str] = {
    "threat": "Trussel",
    "self_harm": "Selvskade",
    "insult": "Krænkende",
    "offensive": "Stødende",
    "staff_named": "Medarbejder nævnt",
    "exposure": "Udstilling",
    "doxxing": "Doxxing",
    "criticism": "Kritik",
    "case_request": "Sagsanmodning",
    "representative": "Fuldmagt/repræsentant",
}

CASE_KIND_NAMES: dict[str, str] = {
    "klage": "Klage",
    "aktindsigt": "Aktindsigt",
    "genoptagelse": "Genoptagelse",
    "partshoering": "Partshøring",
    "moede": "Møde",
    "status": "Status",
    "udbetaling": "Udbetaling",
    "andet": "Andet",
}

ROLE_NAMES: dict[str, str] = {
    "sagsbehandler": "Sagsbehandler",
    "teamleder": "Teamleder",
    "sikkerhed": "Sikkerhed og arbejdsmiljø",
    "leder": "Leder",
}


def local_time(value: datetime | None) -> str:
    """``24.11.2026 14:05`` in Danish time; naive values are taken as UTC."""
    if value is None:
        return "–"
    if value.tzinfo is None:
        value = value.replace(tzinfo=ZoneInfo("UTC"))
    return value.astimezone(LOCAL_TZ).strftime("%d.%m.%Y %H:%M")


def utc_time(value: datetime | None) -> str:
    """``2026-03-05 09:30:12 UTC``: evidence times, exact to the second, as the WARC has
    them; naive values are taken as UTC."""
    if value is None:
        return "–"
    if value.tzinfo is None:
        value = value.replace(tzinfo=ZoneInfo("UTC"))
    return value.astimezone(ZoneInfo("UTC")).strftime("%Y-%m-%d %H:%M:%S UTC")


def byte_size(value: int) -> str:
    """A size the way Danes write it: ``1,5 MB``."""
    size = float(value)
    for unit in ("B", "kB", "MB"):
        if size < 1024 or unit == "MB":
            text = f"{size:.0f}" if unit == "B" else f"{size:.1f}"
            return f"{text.replace('.', ',')} {unit}"
        size /= 1024
    return f"{value} B"


def percent(value: float | None) -> str:
    """A share the way Danes write it: ``12,5 %``; ``–`` when there is nothing to divide."""
    if value is None:
        return "–"
    return f"{value * 100:.1f}".replace(".", ",") + " %"


def case_title(key: str | None) -> str:
    """A digest case key in Danish: "Klage · sagsnr. 12345", "Udbetaling"; a message that
    names no case kind or reference is about "generelle henvendelser"."""
    kinds, reference = case_parts(key)
    names = [CASE_KIND_NAMES.get(kind, kind) for kind in kinds]
    parts = [" og ".join(names)] if names else []
    if reference:
        parts.append(reference)
    return " · ".join(parts) if parts else "generelle henvendelser"


def make_templates() -> Jinja2Templates:
    """The page templates, with the shared filters registered."""
    templates = Jinja2Templates(directory=str(TEMPLATES_DIR))
    env = templates.env
    env.filters["local_time"] = local_time
    env.filters["utc_time"] = utc_time
    env.filters["byte_size"] = byte_size
    env.filters["label_name"] = lambda code: LABEL_NAMES.get(code, code)
    env.filters["case_kind_name"] = lambda code: CASE_KIND_NAMES.get(code, code)
    env.filters["role_name"] = lambda code: ROLE_NAMES.get(code, code)
    env.filters["percent"] = percent
    env.filters["case_title"] = case_title
    env.globals["LABEL_NAMES"] = LABEL_NAMES
    env.globals["frist"] = frist
    env.filters["short_date"] = short_date
    env.filters["long_date"] = long_date
    return templates


def render(
    request: Request, name: str, context: dict[str, Any] | None = None, status_code: int = 200
) -> HTMLResponse:
    """Render ``name`` with the user and the CSRF token every layout needs."""
    templates: Jinja2Templates = request.app.state.templates
    user = getattr(request.state, "user", None)
    full: dict[str, Any] = {"user": user, "csrf_token": csrf_token(request),
                            "show_overview": user is not None and can_see_figures(user),
                            "monitor_new": getattr(request.state, "monitor_new", None)}
    full.update(context or {})
    return templates.TemplateResponse(request, name, full, status_code=status_code)
