"""A caseworker in a real browser (Debian's chromium) sorts the inbox by deadline.

The app runs in uvicorn on a free local port, on the seeded SQLite database with case
requests opened from seeded findings and the app clock fixed at Monday 9 March 2026
(see tests/web/test_deadlines.py for the hand-counted dates).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from borgerpost.config import Settings
from borgerpost.route.cases import open_case_requests
from borgerpost.store.db import Store
from borgerpost.store.tables import Finding
from borgerpost.web.app import create_app
from tests.web.browser import chromium_page, log_in, screenshot_dir, serving
from tests.web.conftest import MESSAGES, SECRET, Seeded

KINDS = {"ydelse": "aktindsigt", "ydelse2": "klage", "job": "moede"}

pytestmark = pytest.mark.browser



def _open_cases(store: Store, seeded: Seeded) -> None:
    with store.session() as session:
        for name, kind in KINDS.items():
            session.add(Finding(message_pk=seeded[name], label="case_request", case_kind=kind,
                                detector="case_request", detector_version="1", field="body",
                                start=0, end=3, quote="Hej", reason="anmodning", rule="t"))
            session.flush()
            open_case_requests(session, message_pk=seeded[name])


@pytest.fixture
def server(sqlite_store: Store, sqlite_url: str, seeded: Seeded) -> Iterator[str]:
    """The app with case requests, served by uvicorn; yields its base URL."""
    _open_cases(sqlite_store, seeded)
    app = create_app(Settings(db=sqlite_url, secret_key=SECRET), store=sqlite_store)
    app.state.clock = lambda: datetime(2026, 3, 9, 9, 0, tzinfo=UTC)
    with serving(app) as base_url:
        yield base_url


def test_caseworker_sorts_the_inbox_by_deadline(server: str, tmp_path: Path) -> None:
    shots = screenshot_dir(tmp_path)
    from playwright.sync_api import expect

    aktindsigt = MESSAGES["ydelse"][0].subject
    klage = MESSAGES["ydelse2"][0].subject
    with chromium_page() as page:
        log_in(page, server, "anna")
        expect(page.get_by_role("heading", name="Indbakke")).to_be_visible()

        rows = page.locator("table.messages tbody tr")
        expect(rows).to_have_count(3)
        expect(rows.nth(0)).to_contain_text(klage)  # newest first by default

        page.get_by_label("Sortér").select_option("frist")
        page.get_by_role("button", name="Filtrér").click()
        expect(page).to_have_url(re.compile(r"[?&]sorter=frist(&|$)"))
        expect(rows.nth(0)).to_contain_text(aktindsigt)
        expect(rows.nth(0).locator("td.frist")).to_contain_text("11.03.2026")
        expect(rows.nth(0).locator("td.frist")).to_contain_text("om 2 arbejdsdage")
        expect(rows.nth(1)).to_contain_text(klage)
        expect(rows.nth(1).locator("td.frist")).to_contain_text("07.04.2026")
        expect(rows.nth(2).locator("td.frist")).to_have_text("–")
        page.screenshot(path=str(shots / "borgerpost-inbox-frister.png"), full_page=True)

        page.get_by_role("link", name=aktindsigt).click()
        expect(page.get_by_role("heading", name="Frister")).to_be_visible()
        page.get_by_role("link", name="Fristbrev").click()
        expect(page.locator("#letter")).to_contain_text("[SKRIV BEGRUNDELSEN HER")
        page.screenshot(path=str(shots / "borgerpost-fristbrev.png"), full_page=True)
