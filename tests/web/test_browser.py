"""A real browser (Debian's chromium through Playwright) logs in, opens the inbox and a message.

The app runs in uvicorn on a free local port in a background thread, on a seeded SQLite
database. Playwright's own browser downloads are never used: ``make test`` installs
Debian's chromium, and without it this test fails with a message saying so.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from borgerpost.config import Settings
from borgerpost.store.db import Store
from borgerpost.web.app import create_app
from tests.web.browser import chromium_page, screenshot_dir, serving
from tests.web.conftest import MESSAGES, PASSWORD, SECRET, Seeded

pytestmark = pytest.mark.browser



@pytest.fixture
def server(sqlite_store: Store, sqlite_url: str, seeded: Seeded) -> Iterator[str]:
    """The app served by uvicorn on 127.0.0.1:<free port>; yields its base URL."""
    app = create_app(Settings(db=sqlite_url, secret_key=SECRET), store=sqlite_store)
    with serving(app) as base_url:
        yield base_url


def test_caseworker_logs_in_and_reads_a_message(
    server: str, seeded: Seeded, tmp_path: Path
) -> None:
    shots = screenshot_dir(tmp_path)
    from playwright.sync_api import expect

    subject = MESSAGES["ydelse"][0].subject
    body = MESSAGES["ydelse"][0].body_text
    with chromium_page() as page:
        page.goto(f"{server}/")
        expect(page.get_by_role("heading", name="Log ind")).to_be_visible()
        page.get_by_label("Brugernavn").fill("anna")
        page.get_by_label("Adgangskode").fill(PASSWORD)
        page.get_by_role("button", name="Log ind").click()

        expect(page.get_by_role("heading", name="Indbakke")).to_be_visible()
        expect(page.get_by_role("link", name="Møde på torsdag")).to_have_count(0)
        page.screenshot(path=str(shots / "borgerpost-inbox.png"), full_page=True)
        page.get_by_role("link", name=subject).click()

        expect(page).to_have_url(f"{server}/beskeder/{seeded['ydelse']}")
        expect(page.locator(".body")).to_have_text(body)
        expect(page.get_by_role("heading", name="Triage")).to_be_visible()
        page.screenshot(path=str(shots / "borgerpost-message.png"), full_page=True)
