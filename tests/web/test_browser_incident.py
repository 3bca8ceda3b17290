"""The security lead, in a real browser (Debian's chromium), opens an incident from a threat
and records the police report.

The app runs in uvicorn on a free local port in a background thread, on the seeded SQLite
database (its threat message carries a ``threat`` finding). Playwright's own browser
downloads are never used; without /usr/bin/chromium the test fails saying so.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from borgerpost.config import Settings
from borgerpost.store.db import Store
from borgerpost.store.tables import Incident
from borgerpost.web.app import create_app
from tests.web.browser import chromium_page, log_in, screenshot_dir, serving
from tests.web.conftest import MESSAGES, SECRET, Seeded

JOURNAL = "3700-80150-00042-26"

pytestmark = pytest.mark.browser



@pytest.fixture
def server(sqlite_store: Store, sqlite_url: str, seeded: Seeded) -> Iterator[str]:
    """The app served by uvicorn on 127.0.0.1:<free port>; yields its base URL."""
    app = create_app(Settings(db=sqlite_url, secret_key=SECRET), store=sqlite_store)
    with serving(app) as base_url:
        yield base_url


def test_security_lead_opens_an_incident_from_a_threat_and_records_a_police_report(
    server: str, seeded: Seeded, sqlite_store: Store, tmp_path: Path
) -> None:
    shots = screenshot_dir(tmp_path)
    from playwright.sync_api import expect

    subject = MESSAGES["threat"][0].subject
    with chromium_page(900) as page:
        log_in(page, server, "sif")

        page.get_by_role("link", name=subject).click()
        expect(page).to_have_url(f"{server}/beskeder/{seeded['threat']}")
        expect(page.get_by_text("Indholdsadvarsel:")).to_be_visible()
        page.get_by_role("link", name="Opret hændelse").click()

        expect(page.get_by_role("heading", name="Ny hændelse")).to_be_visible()
        expect(page.get_by_label("Type")).to_have_value("trussel")
        page.get_by_label("Alvor").select_option("høj")
        page.get_by_label("Beskrivelse").fill("Truende mail til sagsbehandler i Job.")
        page.get_by_role("button", name="Opret hændelse").click()

        expect(page.get_by_role("heading", name=re.compile(r"Hændelse #\d+"))).to_be_visible()
        page.get_by_label("Anmeldt til politiet").check()
        page.get_by_label("Dato for anmeldelse").fill("2026-03-05")
        page.get_by_label("Journalnummer").fill(JOURNAL)
        page.get_by_label("Opfølgning").fill("Samtale med medarbejderen holdt.")
        page.get_by_role("button", name="Gem").click()

        expect(page.get_by_role("status")).to_have_text("Gemt.")
        page.reload()
        expect(page.get_by_label("Anmeldt til politiet")).to_be_checked()
        expect(page.get_by_label("Dato for anmeldelse")).to_have_value("2026-03-05")
        expect(page.get_by_label("Journalnummer")).to_have_value(JOURNAL)
        expect(page.get_by_role("link", name=f"Besked #{seeded['threat']}")).to_be_visible()
        page.screenshot(path=str(shots / "borgerpost-incident.png"), full_page=True)

        page.get_by_role("link", name="← Hændelser").click()
        expect(page.get_by_role("cell", name=JOURNAL, exact=False)).to_be_visible()
    with sqlite_store.session() as session:
        incidents = list(session.scalars(select(Incident)))
        assert [(i.type, i.severity, i.police_reported, i.police_journal_number)
                for i in incidents] == [("trussel", "høj", True, JOURNAL)]
