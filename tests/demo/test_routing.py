"""The demo, triaged and routed as ``make run`` loads it, shows every routing workflow:
self-harm in ``akut`` with its protocol, threats in ``sikkerhed`` with an incident,
messages about the demo caseworker shielded from her and given to the designated
colleague, and criticism and case requests in the unit's own queue.

How many demo texts the engine recognises is the detectors' business (tests/detect);
here it is enough that each workflow has messages to show.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from borgerpost.route.incidents import incidents_of_message
from borgerpost.route.rules import load_rules
from borgerpost.route.shielding import notices_for
from borgerpost.store.db import Store
from borgerpost.store.findings import labels_of
from borgerpost.store.queries import list_messages
from borgerpost.store.tables import Message, Shielding, User
from borgerpost.web.access import scope_for
from tests.demo.conftest import load_routed_demo

SPECIAL_QUEUES = {"akut", "sikkerhed", "manuel"}


def _listed(session: Session, username: str) -> set[int]:
    user = session.scalar(select(User).where(User.username == username))
    assert user is not None
    return {row.id for row in list_messages(session, scope=scope_for(user), limit=1000)}


def test_demo_shows_akut_security_shielding_and_unit_queues(sqlite_store: Store) -> None:
    kinds = load_routed_demo(sqlite_store)
    with sqlite_store.session() as session:
        messages = list(session.scalars(select(Message)))
        assert all(m.queue for m in messages)  # every message is in exactly one work queue

        akut = [m for m in messages if m.queue == "akut"]
        assert len(akut) >= 3 and all(kinds[m.source_ref] == "self_harm" for m in akut)
        assert all("akut" in m.flags for m in akut)
        protocol = load_rules().protocol_of("akut")
        assert protocol is not None and "70 201 201" in " ".join(protocol.steps)

        security = [m for m in messages if m.queue == "sikkerhed"]
        threats = [m for m in security if kinds[m.source_ref].startswith("threat")]
        assert len(threats) >= 5
        assert all(incidents_of_message(session, message_pk=m.id) for m in threats)

        hanne = session.scalar(select(User).where(User.username == "sagsbehandler1"))
        assert hanne is not None and hanne.staff_id is not None
        about_her = {s.message_pk for s in session.scalars(
            select(Shielding).where(Shielding.staff_id == hanne.staff_id))}
        assert len(about_her) >= 2
        assert {s.assigned_to for s in session.scalars(
            select(Shielding).where(Shielding.staff_id == hanne.staff_id))} == {"teamleder"}
        assert not about_her & _listed(session, "sagsbehandler1")
        assert about_her <= _listed(session, "teamleder")
        assert about_her <= {n.message_pk for n in notices_for(session, staff_id=hanne.staff_id)}

        criticism = [m for m in messages if "criticism" in labels_of(session, message_pk=m.id)]
        assert len(criticism) >= 15
        for message in criticism:
            assert "kritik" in message.flags
            assert message.queue not in SPECIAL_QUEUES or {"akut", "trussel", "doxxing",
                                                           "udstilling"} & set(message.flags)
        requests = [m for m in messages if kinds[m.source_ref] in ("klage", "aktindsigt")]
        assert requests and all(m.queue == m.unit for m in requests)
