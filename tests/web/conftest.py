"""Fixtures for the web tests: a seeded database, an app on it, and logged-in clients.

Seeding goes through the real store functions (``store_batch`` for messages, argon2
hashes for users). The password hash is computed once per session and reused, because
argon2 is deliberately slow and every test gets a fresh database.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from borgerpost.config import Settings
from borgerpost.model import IncomingAttachment, IncomingMessage, ParseStatus, Source
from borgerpost.route import rules_admin
from borgerpost.store.db import Store
from borgerpost.store.messages import store_batch
from borgerpost.store.tables import Finding, Message, User
from borgerpost.store.users import hash_password
from borgerpost.web.app import create_app

PASSWORD = "hemmelig-kode-1"
SECRET = "test-secret-key-that-is-long-enough-0123456789"

# username -> (role, unit, can_read_bodies)
USERS: dict[str, tuple[str, str, bool]] = {
    "anna": ("sagsbehandler", "Ydelse", False),
    "bent": ("sagsbehandler", "Job", False),
    "tove": ("teamleder", "Ydelse", False),
    "sif": ("sikkerhed", "Sekretariat", False),
    "lene": ("leder", "", False),
    "lars": ("leder", "", True),
}


@dataclass(frozen=True)
class Seeded:
    """Ids of the seeded messages, by a short name."""

    ids: dict[str, int]

    def __getitem__(self, name: str) -> int:
        return self.ids[name]


@pytest.fixture(scope="session")
def password_hash() -> str:
    """One real argon2 hash of ``PASSWORD``, shared by all seeded users."""
    return hash_password(PASSWORD)


def _message(key: str, *, subject: str, body: str, sender: str, day: int,
             attachments: tuple[IncomingAttachment, ...] = (),
             status: ParseStatus = ParseStatus.OK) -> IncomingMessage:
    return IncomingMessage(
        raw=f"{key}|{subject}|{body}".encode(), source=Source.EML, source_ref=key,
        message_id=f"<{key}@test>", sender=sender, sender_name=sender.split("@")[0].title(),
        recipients=("post@jobcenter.test",), subject=subject, body_text=body,
        received_at=datetime(2026, 3, day, 9, 30, tzinfo=UTC), status=status,
        parse_error="ugyldig MIME-struktur" if status == ParseStatus.QUARANTINED else None,
        attachments=attachments,
    )


PDF = b"%PDF-1.4 test"
MESSAGES: dict[str, tuple[IncomingMessage, str, str | None]] = {
    # name: (message, unit, queue)
    "ydelse": (_message("ydelse", subject="Spørgsmål om ydelse",
                        body="Hej, hvornår bliver min ydelse udbetalt? Mvh Ærlige Ørsted",
                        sender="borger.a@example.test", day=2,
                        attachments=(IncomingAttachment("lønseddel.pdf", "application/pdf",
                                                        len(PDF), "a" * 64, PDF),)),
               "Ydelse", "udbetaling"),
    "ydelse2": (_message("ydelse2", subject="Klage over afgørelse",
                         body="Jeg vil klage over afgørelsen fra sidste uge.",
                         sender="borger.b@example.test", day=5), "Ydelse", "klager"),
    "job": (_message("job", subject="Møde på torsdag",
                     body="Kan mødet flyttes til fredag?", sender="borger.a@example.test",
                     day=3), "Job", "moeder"),
    "threat": (_message("threat", subject="Sidste advarsel",
                        body="Du skal passe på <b>dig selv</b> & din familie.",
                        sender="vred@example.test", day=4), "Job", None),
    "secq": (_message("secq", subject="Henvendelse", body="Teksten i sikkerhedskøen.",
                      sender="x@example.test", day=6), "Job", "sikkerhed"),
    "broken": (_message("broken", subject="", body="", sender="", day=1,
                        status=ParseStatus.QUARANTINED), "Ydelse", None),
}


def seed(store: Store, password_hash: str) -> Seeded:
    """Users, messages (with units and queues) and one threat finding with evidence."""
    result = store_batch(store, [m for m, _, _ in MESSAGES.values()])
    assert result.stored_ids is not None
    ids = {name: result.stored_ids[m.sha256] for name, (m, _, _) in MESSAGES.items()}
    body = MESSAGES["threat"][0].body_text
    start = body.index("passe på")
    with store.session() as session:
        for name, (_, unit, queue) in MESSAGES.items():
            message = session.get(Message, ids[name])
            assert message is not None
            message.unit, message.queue = unit, queue
        for username, (role, unit, bodies) in USERS.items():
            session.add(User(username=username, display_name=username.title(),
                             password_hash=password_hash, role=role, unit=unit,
                             can_read_bodies=bodies))
        session.add(Finding(message_pk=ids["threat"], label="threat", detector="threat",
                            detector_version="1", field="body", start=start,
                            end=start + len("passe på <b>dig"), quote=body[start:start + 15],
                            reason="truende vending", rule="passe_paa", score=0.9))
    return Seeded(ids)


@pytest.fixture
def seeded(sqlite_store: Store, password_hash: str) -> Seeded:
    """The seed data on SQLite."""
    return seed(sqlite_store, password_hash)


@pytest.fixture
def app(sqlite_store: Store, sqlite_url: str, seeded: Seeded) -> FastAPI:
    """The app on the seeded SQLite database."""
    return create_app(Settings(db=sqlite_url, secret_key=SECRET), store=sqlite_store)


CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_of(html: str) -> str:
    """The CSRF token in the first form of a page."""
    match = CSRF_RE.search(html)
    assert match, "no csrf_token field on the page"
    return match.group(1)


def log_in(client: TestClient, username: str, password: str = PASSWORD) -> None:
    """Log in through the real login form."""
    token = csrf_of(client.get("/login").text)
    response = client.post("/login", data={"username": username, "password": password,
                                           "csrf_token": token}, follow_redirects=False)
    assert response.status_code == 303, response.text


@contextmanager
def logged_in_clients(app: FastAPI) -> Iterator[Callable[[str], TestClient]]:
    """``make(username)``: a TestClient of ``app`` logged in as that seeded user; every
    client made is closed when the block ends."""
    made: list[TestClient] = []

    def make(username: str) -> TestClient:
        client = TestClient(app)
        made.append(client)
        log_in(client, username)
        return client

    try:
        yield make
    finally:
        for client in made:
            client.close()


@pytest.fixture
def client_for(app: FastAPI) -> Iterator[Callable[[str], TestClient]]:
    """``client_for("anna")``: a TestClient logged in as that seeded user."""
    with logged_in_clients(app) as make:
        yield make


def _shipped_rules() -> str:
    text = rules_admin.current_text("")
    assert text is not None
    return text


SHIPPED_RULES = _shipped_rules()  # the rules file borgerpost ships, as text
# The shipped rules, but self-harm sent to the security lead instead of akut
SELF_HARM_TO_SECURITY = SHIPPED_RULES.replace(
    "when: {labels_any: [self_harm]}\n    queue: akut",
    "when: {labels_any: [self_harm]}\n    queue: sikkerhed")


@pytest.fixture
def rules_path(tmp_path: Path) -> Path:
    """A writable copy of the shipped rules file (what ``BORGERPOST_RULES`` would name)."""
    path = tmp_path / "regler" / "rules.yaml"
    path.parent.mkdir()
    path.write_text(SHIPPED_RULES, encoding="utf-8")
    return path
