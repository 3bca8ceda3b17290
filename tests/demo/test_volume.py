"""The demo shows volume control: the flood as daily digests, re-sends linked, auto-replies."""

from __future__ import annotations

from sqlalchemy import select

from borgerpost.config import Settings
from borgerpost.demo.loader import load_demo
from borgerpost.demo.people import FLOODER
from borgerpost.route import digest
from borgerpost.route.autoreply import AUTO_REPLY_FLAG, reply_allowed
from borgerpost.route.digest import DigestRow, inbox_items
from borgerpost.store.db import Store
from borgerpost.store.queries import MessageRow, Scope
from borgerpost.store.tables import DigestSender, Message
from tests.demo.conftest import load_routed_demo


def test_demo_shows_digests_duplicates_and_auto_replies(sqlite_store: Store) -> None:
    kinds = load_routed_demo(sqlite_store)
    with sqlite_store.session() as session:
        messages = list(session.scalars(select(Message)))
        by_kind = {kind: [m for m in messages if kinds[m.source_ref] == kind]
                   for kind in ("resend", "autoreply", "flood")}
        assert len(by_kind["resend"]) == 10
        assert all(m.duplicate_of is not None for m in by_kind["resend"])
        assert len(by_kind["autoreply"]) == 8
        assert all(AUTO_REPLY_FLAG in m.flags and not reply_allowed(m)
                   for m in by_kind["autoreply"])
        assert not any(AUTO_REPLY_FLAG in m.flags for m in messages
                       if kinds[m.source_ref] != "autoreply")
        (setting,) = session.scalars(select(DigestSender))
        assert (setting.unit, setting.sender, setting.enabled_by) == (
            FLOODER.unit, FLOODER.email, "demo")
        items = inbox_items(session, scope=Scope(units=frozenset({FLOODER.unit})), limit=1000)
        digests = [i for i in items if isinstance(i, DigestRow)]
        own_rows = [i.id for i in items if isinstance(i, MessageRow) and i.sender == FLOODER.email]
        flood_here = {m.id for m in by_kind["flood"] if m.unit == FLOODER.unit}
        assert len(digests) >= 4
        assert {pk for d in digests for pk in d.ids} | set(own_rows) == flood_here
        assert all(m.queue == "sikkerhed" for m in messages if m.id in own_rows)
        digest.disable(session, unit=FLOODER.unit, sender=FLOODER.email, actor="teamleder")
    settings = Settings(db=str(sqlite_store.engine.url))
    load_demo(sqlite_store, settings=settings)  # loading again does not overrule the unit
    with sqlite_store.session() as session:
        assert [d.disabled_by for d in session.scalars(select(DigestSender))] == ["teamleder"]
