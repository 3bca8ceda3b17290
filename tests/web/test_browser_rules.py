"""The security lead, in a real browser (Debian's chromium), tries a new rules file on
/regler and activates it: the file on disk afterwards is byte for byte the one tried
(a browser sends a textarea with CR LF line ends and drops a leading newline)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from borgerpost.config import Settings
from borgerpost.store.db import Store
from borgerpost.web.app import create_app
from tests.web.browser import chromium_page, log_in, screenshot_dir, serving
from tests.web.conftest import SECRET, SELF_HARM_TO_SECURITY, SHIPPED_RULES, Seeded

pytestmark = pytest.mark.browser


SHIPPED = SHIPPED_RULES
# starts with a blank line, says "Ring straks 112" and sends self-harm to sikkerhed
PROPOSED = "\n" + SELF_HARM_TO_SECURITY.replace("Ring 112", "Ring straks 112")


@pytest.fixture
def server(sqlite_store: Store, sqlite_url: str, seeded: Seeded, rules_path: Path
           ) -> Iterator[str]:
    app = create_app(Settings(db=sqlite_url, secret_key=SECRET, rules=str(rules_path)),
                     store=sqlite_store)
    with serving(app) as base_url:
        yield base_url


def test_security_lead_tries_and_activates_a_rules_file(
    server: str, rules_path: Path, tmp_path: Path
) -> None:
    from playwright.sync_api import expect

    shots = screenshot_dir(tmp_path)
    proposal = tmp_path / "forslag.yaml"
    proposal.write_bytes(PROPOSED.replace("\n", "\r\n").encode())  # edited on Windows
    with chromium_page(900) as page:
        log_in(page, server, "sif")
        page.get_by_role("navigation").get_by_role("link", name="Regler").click()
        expect(page.get_by_role("heading", name="Skift regelfilen")).to_be_visible()
        page.get_by_label("Ny regelfil").set_input_files(str(proposal))
        page.get_by_role("button", name="Afprøv filen").click()

        expect(page.get_by_role("heading", name="Forslag til nye regler")).to_be_visible()
        expect(page.get_by_text("Ændrede regler: selvskade")).to_be_visible()
        page.screenshot(path=str(shots / "regler-forslag.png"), full_page=True)
        assert rules_path.read_text(encoding="utf-8") == SHIPPED
        page.get_by_role("button", name="Aktivér de nye regler").click()

        expect(page.get_by_text("De nye regler er aktiveret")).to_be_visible()
        expect(page.get_by_text("Ring straks 112")).to_be_visible()
    assert rules_path.read_bytes() == PROPOSED.encode()
    (backup,) = rules_path.parent.glob("rules.yaml.*.bak")
    assert backup.read_text(encoding="utf-8") == SHIPPED
