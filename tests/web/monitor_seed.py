"""Kept public posts on top of the web seed, for the monitor's page, API and browser tests.

The posts are made through the real freezing and store code (``tests.monitor.kept``), not
a scan, so these tests do not depend on what the triage engine makes of a post. The
staff member they name, Hanne Lykke, is the person behind the seeded login ``anna``
(her ``staff_id``), so anna's opt-in can be tested.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select, update

from borgerpost.config import Settings
from borgerpost.store.db import Store
from borgerpost.store.tables import AuditEntry, User
from borgerpost.web.app import create_app
from tests.monitor.kept import DOXXING_THREAT, SHAMING, Post, add_staff, keep, source
from tests.web.conftest import SECRET, seed

SOURCE_NAME = "Vestby-gruppen"
EDITED = Post(text=SHAMING.text + " (redigeret)", labels=SHAMING.labels, spans=SHAMING.spans,
              url=SHAMING.url, author=SHAMING.author)
# What must never reach a listing, a notice or a log: words of the posts, the author.
SECRET_BITS = ("Egevej 12", "inkompetent klovn", "passe godt på", DOXXING_THREAT.author)

Client = Callable[[str], TestClient]


@dataclass(frozen=True)
class Kept:
    """Ids of the kept posts: a doxxing threat, a shaming post and its edited version."""

    staff_id: int
    source_id: int
    threat: int
    shaming: int
    shaming_v2: int


def seed_monitor(store: Store) -> Kept:
    """Hanne Lykke (anna's staff row), a source and three kept items (two posts)."""
    with store.session() as session:
        staff_id = add_staff(session, unit="Ydelse")
        session.execute(update(User).where(User.username == "anna").values(staff_id=staff_id))
        source_id = source(session, SOURCE_NAME)
        threat = keep(session, source_id=source_id, staff_ids=[staff_id], post=DOXXING_THREAT)
        shaming = keep(session, source_id=source_id, staff_ids=[staff_id], post=SHAMING)
        edited = keep(session, source_id=source_id, staff_ids=[staff_id], post=EDITED)
        return Kept(staff_id, source_id, threat.id, shaming.id, edited.id)


def monitor_app(store: Store, **settings: object) -> FastAPI:
    """The app on ``store`` (either back end)."""
    app: FastAPI = create_app(Settings(db="sqlite://", secret_key=SECRET, **settings),
                              store=store)
    return app


def seed_all(store: Store, password_hash: str) -> Kept:
    """The web seed's users and messages, plus the kept posts."""
    seed(store, password_hash)
    return seed_monitor(store)


def entries(store: Store, action: str) -> list[AuditEntry]:
    """The audit entries with ``action``, oldest first."""
    with store.session() as session:
        rows = list(session.scalars(select(AuditEntry).where(AuditEntry.action == action)
                                    .order_by(AuditEntry.id)))
        session.expunge_all()
        return rows
