"""The security lead, in a real browser (Debian's chromium), opens a kept public post from
``/overvaagning`` and exports its evidence package; the downloaded zip verifies.

The app runs in uvicorn on a free local port in a background thread, on the seeded
SQLite database plus the monitor seed (kept posts naming Hanne Lykke). Playwright's own
browser downloads are never used; without /usr/bin/chromium the test fails saying so.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from borgerpost.monitor.custody import EXPORT, VIEW, custody_of
from borgerpost.monitor.verify import verify_package
from borgerpost.store.db import Store
from tests.web.browser import chromium_page, log_in, screenshot_dir, serving
from tests.web.conftest import Seeded
from tests.web.monitor_seed import Kept, monitor_app, seed_monitor

pytestmark = pytest.mark.browser


@pytest.fixture
def kept(sqlite_store: Store, seeded: Seeded) -> Kept:
    return seed_monitor(sqlite_store)


@pytest.fixture
def server(sqlite_store: Store, kept: Kept) -> Iterator[str]:
    """The app served by uvicorn on 127.0.0.1:<free port>; yields its base URL."""
    with serving(monitor_app(sqlite_store)) as base_url:
        yield base_url


def test_security_lead_opens_a_kept_post_and_exports_its_evidence_package(
    server: str, kept: Kept, sqlite_store: Store, tmp_path: Path
) -> None:
    shots = screenshot_dir(tmp_path)
    from playwright.sync_api import expect

    with chromium_page(900) as page:
        log_in(page, server, "sif")
        nav = page.get_by_role("navigation", name="Hovedmenu")
        expect(nav.get_by_role("link", name="Overvågning")).to_contain_text("3")
        nav.get_by_role("link", name="Overvågning").click()
        expect(page.get_by_role("heading", name="Overvågning af offentlige opslag")).to_be_visible()
        expect(page.get_by_text("Egevej 12")).to_have_count(0)  # no text in the queue

        page.get_by_role("link", name=f"Opslag #{kept.threat}", exact=True).click()
        expect(page).to_have_url(f"{server}/overvaagning/{kept.threat}")
        text = page.locator(".content-warning .body")
        expect(text).to_be_hidden()  # behind the content warning until asked for
        page.get_by_text("Indholdsadvarsel:").click()
        expect(text).to_contain_text("Egevej 12 i Vestby")
        expect(page.locator("mark", has_text="Egevej 12 i Vestby")).to_be_visible()
        expect(page.get_by_role("cell", name="åbnet", exact=True)).to_be_visible()
        page.screenshot(path=str(shots / "borgerpost-monitor-item.png"), full_page=True)

        with page.expect_download() as info:
            page.get_by_role("button", name="Lav bevispakke (zip)").click()
        download = info.value
        assert download.suggested_filename.startswith("bevis-")
        target = tmp_path / download.suggested_filename
        download.save_as(target)

    result = verify_package(target)
    assert result.ok, [p.line() for p in result.problems]
    assert result.items_checked == 1 and result.package_id == target.stem
    with sqlite_store.session() as session:
        custody = custody_of(session, item_id=kept.threat)
    assert [(c.actor, c.action, c.channel) for c in custody if c.action in (VIEW, EXPORT)] == [
        ("sif", VIEW, "web"), ("sif", EXPORT, "web")]
    assert [c.package for c in custody if c.action == EXPORT] == [result.package_id]
