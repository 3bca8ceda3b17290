"""The demo shows every fuldmagt state after triage, and loading again changes nothing."""

from __future__ import annotations

from collections import Counter
from datetime import date

from sqlalchemy import func, select

from borgerpost.commands.context import CliContext
from borgerpost.config import Settings
from borgerpost.demo.fuldmagter import ACTOR, SCENES
from borgerpost.demo.loader import load_demo
from borgerpost.store.db import Store
from borgerpost.store.tables import Fuldmagt, Message, RepresentationCheck

ANCHOR = date(2026, 4, 7)


def _checks(store: Store) -> list[tuple[str, str, str, int | None]]:
    with store.session() as session:
        return [tuple(row) for row in session.execute(  # type: ignore[misc]
            select(Message.sender_name, RepresentationCheck.status,
                   RepresentationCheck.representative_type, RepresentationCheck.fuldmagt_id)
            .join(Message, Message.id == RepresentationCheck.message_pk)
            .order_by(RepresentationCheck.message_pk))]


def test_demo_shows_every_fuldmagt_state(store: Store) -> None:
    settings = Settings(db=str(store.engine.url))
    hook = CliContext(settings=settings).triage_hook(store)
    load_demo(store, settings=settings, anchor=ANCHOR, on_batch=hook)
    with store.session() as session:
        rows = list(session.scalars(select(Fuldmagt).order_by(Fuldmagt.id)))
        assert [(f.representative_name, f.revoked, f.created_by) for f in rows] == [
            (s.representative, s.revoked_days_after is not None, ACTOR) for s in SCENES]
        assert all(f.document_content_type == "application/pdf" for f in rows)
    checks = _checks(store)
    by_status = Counter(status for _, status, _, _ in checks)
    assert set(by_status) == {"gyldig", "mangler", "udloebet", "tilbagekaldt", "ikke_kraevet"}
    ids = {f.representative_name: f.id for f in rows}
    assert ("Niels Aagaard", "gyldig", "partsrepraesentant", ids["Niels Aagaard"]) in checks
    assert ("Henrik Lassen", "udloebet", "paaroerende", ids["Henrik Lassen"]) in checks
    assert ("Eva Brix", "tilbagekaldt", "paaroerende", ids["Eva Brix"]) in checks
    assert {t for name, status, t, _ in checks if status == "ikke_kraevet"} >= {"advokat"}
    with store.session() as session:
        flagged = [m.flags for m in session.scalars(select(Message).where(
            Message.id.in_(select(RepresentationCheck.message_pk))))]
    assert sum("fuldmagt_mangler" in (f or []) for f in flagged) == (
        by_status["mangler"] + by_status["udloebet"] + by_status["tilbagekaldt"])

    load_demo(store, settings=settings, on_batch=hook)
    assert _checks(store) == checks
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Fuldmagt)) == len(SCENES)
