"""The evidence report in Danish, as one self-contained HTML page (``rapport.html``).

The PDF (``monitor.pdf``) says the same things in the same order from the same helpers
here, so the two cannot drift apart. The text of a post is cut at its evidence spans by
the web page's own ``highlight.pieces`` (the report marks exactly what the page marks)
and every piece is escaped by Jinja's autoescape: a post can never inject HTML into the
report. Times are given in UTC (as retrieved) and in Danish time beside them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from jinja2 import Environment, FileSystemLoader, select_autoescape

from borgerpost.monitor.custody import CustodyEntry
from borgerpost.monitor.exhibits import Exhibit
from borgerpost.monitor.laws import DISCLAIMER, MAY_BE_RELEVANT
from borgerpost.web.highlight import Piece, Span, pieces

TEMPLATES = Path(__file__).parent / "templates"
LOCAL_TZ = ZoneInfo("Europe/Copenhagen")
TITLE = "Bevispakke: offentlige opslag om ansatte"

# The triage engine's labels in Danish (the same names as the web app's LABEL_NAMES;
# tests/monitor/test_report.py keeps them equal).
LABEL_DA: dict[str, str] = {
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

STATUS_DA: dict[str, str] = {"ny": "Ny", "set": "Set", "eksporteret": "Eksporteret"}

VERIFY_HINT = (
    "Pakken kan efterprøves med kommandoen «borgerpost monitor verify PAKKE», eller uden "
    "borgerpost: SHA-256 af manifest.json skal være den værdi, der står i manifest.sha256, "
    "og hver fil i pakken skal have den SHA-256 og størrelse, manifest.json angiver."
)


@dataclass(frozen=True, slots=True)
class PackageInfo:
    """Who made the package, when (UTC) and with which borgerpost version."""

    package_id: str
    created_at: datetime
    created_by: str
    version: str


def label_da(code: str) -> str:
    """A triage label in Danish."""
    return LABEL_DA.get(code, code)


def utc_text(value: datetime | None) -> str:
    """``2026-03-05 09:30:12 UTC``; naive values are taken as UTC."""
    if value is None:
        return "ukendt"
    aware = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    return aware.strftime("%Y-%m-%d %H:%M:%S UTC")


def local_text(value: datetime | None) -> str:
    """``05.03.2026 kl. 10:30:12 dansk tid``; naive values are taken as UTC."""
    if value is None:
        return ""
    aware = value.replace(tzinfo=UTC) if value.tzinfo is None else value
    return aware.astimezone(LOCAL_TZ).strftime("%d.%m.%Y kl. %H:%M:%S dansk tid")


def both_times(value: datetime | None) -> str:
    """UTC first (the frozen value), Danish time in brackets."""
    if value is None:
        return "ukendt"
    return f"{utc_text(value)} ({local_text(value)})"


def marked_pieces(exhibit: Exhibit) -> list[Piece]:
    """The exact text cut at the evidence spans, each marked piece with its reasons."""
    spans = [Span(s.start, s.end, f"{label_da(s.label)}: {s.reason or s.rule}")
             for s in exhibit.spans if s.end > s.start]
    return pieces(exhibit.text, spans)


def staff_text(exhibit: Exhibit) -> str:
    """``Hanne Poulsen (Sygedagpenge), …`` or a dash."""
    return ", ".join(f"{s.name} ({s.unit})" for s in exhibit.staff) or "–"


def custody_text(entry: CustodyEntry) -> str:
    """One custody line: time, who, what (and the package)."""
    text = f"{utc_text(entry.at)} · {entry.actor} · {entry.action_da}"
    if entry.channel:
        text += f" ({entry.channel})"
    return text + (f" · pakke {entry.package}" if entry.package else "")


def text_file(exhibit: Exhibit) -> str:
    """Where the exact text lies inside the package."""
    return f"items/{exhibit.id}.txt"


def warc_file(exhibit: Exhibit) -> str:
    """Where the frozen WARC lies inside the package."""
    return f"items/{exhibit.id}.warc.gz"


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)),
                      autoescape=select_autoescape(["html"]), trim_blocks=True,
                      lstrip_blocks=True)
    env.filters.update({"label_da": label_da, "utc": utc_text, "both_times": both_times,
                        "custody": custody_text})
    env.globals.update({"marked_pieces": marked_pieces, "staff_text": staff_text,
                        "text_file": text_file, "warc_file": warc_file,
                        "DISCLAIMER": DISCLAIMER, "MAY_BE_RELEVANT": MAY_BE_RELEVANT,
                        "VERIFY_HINT": VERIFY_HINT, "TITLE": TITLE})
    return env


def render_html(info: PackageInfo, exhibits: list[Exhibit]) -> str:
    """The whole report as one HTML document (inline CSS, no external resources)."""
    template = _environment().get_template("rapport.html")
    return template.render(info=info, exhibits=exhibits)
