"""A real browser (Debian's chromium through Playwright) logs in, opens the inbox and a message.

The app runs in uvicorn on a free local port in a background thread, on a seeded SQLite
database. Playwright's own browser downloads are never used: ``make test`` installs
Debian's chromium, and without it this test fails with a message saying so.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from borgerpost.config import Settings
from borgerpost.store.db import Store
from borgerpost.web.app import create_app
from tests.web.conftest import MESSAGES, PASSWORD, SECRET, Seeded

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.browser


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def server(sqlite_store: Store, sqlite_url: str, seeded: Seeded) -> Iterator[str]:
    """The app served by uvicorn on 127.0.0.1:<free port>; yields its base URL."""
    app = create_app(Settings(db=sqlite_url, secret_key=SECRET), store=sqlite_store)
    port = _free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                            access_log=False, lifespan="off")
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uv.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    uv.should_exit = True
    thread.join(timeout=10)


def test_caseworker_logs_in_and_reads_a_message(
    server: str, seeded: Seeded, tmp_path: Path
) -> None:
    shots = Path(os.environ.get("BORGERPOST_SCREENSHOTS", str(tmp_path)))
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (make test does)")
    from playwright.sync_api import expect, sync_playwright

    subject = MESSAGES["ydelse"][0].subject
    body = MESSAGES["ydelse"][0].body_text
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 800}, locale="da-DK")
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
        finally:
            browser.close()
