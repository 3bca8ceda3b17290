"""Fixtures for the monitor tests: a fictional register, Danish posts of our own, a feed
server on the loopback interface, and a store with the register loaded."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from borgerpost.config import Settings
from borgerpost.register import StaffMember, parse_register
from borgerpost.store.db import Store
from borgerpost.store.staff import load_register

REGISTER = """name,role,unit,aliases
Vibeke Thorsager,sagsbehandler,Sygedagpenge,
Jeppe Kronborg,teamleder,Kontanthjælp,JK
Nadia Lundsgaard,socialrådgiver,Jobafklaring,
Osman Yildiz,sagsbehandler,Ressourceforløb,
"""

# Posts that must be kept: a staff member named (with or without abuse), or private data
# about one revealed.
NAMED_THREAT = ("Kender I Vibeke Thorsager fra jobcentret? Hun har taget mine dagpenge, hun "
                "skal passe på når hun går hjem i aften.")
NAMED_PLAIN = "Jeppe Kronborg svarede aldrig på min mail om kontanthjælp."
DOXXING = ("Socialrådgiver Nadia Lundsgaard bor på Kildevej 7, 4000 Roskilde, gå bare forbi "
           "og sig hej.")
ROLE_DOXXING = "Min sagsbehandler har mobilnummer 28 41 67 93, ring og sig hvad I mener."
NAMED_INSULT = "Osman fra Ressourceforløb er en klaphat, han har ødelagt mit liv."

# Posts that must be discarded: nobody on the register, nothing private about staff.
HARMLESS = "Hvem har en god opskrift på æblekage? Skal bruge den til lørdag."
ABUSE_OF_NOBODY = "Politikerne på rådhuset er nogle klovne, de fatter ingenting."
OWN_ADDRESS = "Min egen adresse er Bøgevej 3, 2600 Glostrup, hvis nogen vil hente sofaen."
OWN_PHONE = "Ring til mig på 22 33 44 55 hvis du vil købe cyklen."

KEPT = (NAMED_THREAT, NAMED_PLAIN, DOXXING, ROLE_DOXXING, NAMED_INSULT)
DISCARDED = (HARMLESS, ABUSE_OF_NOBODY, OWN_ADDRESS, OWN_PHONE)


@pytest.fixture(scope="session")
def members() -> list[StaffMember]:
    return parse_register(REGISTER)


@pytest.fixture
def settings(db_url: str) -> Settings:
    return Settings(db=db_url)


@pytest.fixture
def staffed(store: Store, members: list[StaffMember]) -> Store:
    """The store with the fictional register loaded."""
    with store.session() as session:
        load_register(session, members)
    return store


@dataclass
class FeedServer:
    """Serves ``routes`` (path → status, content type, body) on 127.0.0.1 only."""

    port: int
    routes: dict[str, tuple[int, str, bytes, tuple[tuple[str, str], ...]]] = field(
        default_factory=dict)
    user_agents: list[str] = field(default_factory=list)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def serve(self, path: str, body: bytes, content_type: str = "application/rss+xml",
              status: int = 200, headers: tuple[tuple[str, str], ...] = ()) -> str:
        self.routes[path] = (status, content_type, body, headers)
        return self.url(path)


def _handler(server: FeedServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            server.user_agents.append(self.headers.get("User-Agent", ""))
            status, content_type, body, headers = server.routes.get(
                self.path, (404, "text/plain", b"ikke fundet", ()))
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            for name, value in headers:
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            return

    return Handler


@pytest.fixture
def feed_server() -> Iterator[FeedServer]:
    """A local HTTP server on the loopback interface, for feeds and pages."""
    state = FeedServer(port=0)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    state.port = httpd.server_address[1]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)
