"""Routing stored messages on both back ends: queues, shielding, incidents, case requests."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from borgerpost.config import Settings
from borgerpost.model import IncomingMessage, Source
from borgerpost.route.apply import route_messages, route_new_in_batch, route_stored
from borgerpost.route.incidents import incidents_of_message, messages_of, people_of
from borgerpost.route.rules import load_rules
from borgerpost.route.shielding import named_staff, notices_for
from borgerpost.store import audit
from borgerpost.store.db import Store
from borgerpost.store.findings import add_correction
from borgerpost.store.messages import store_batch
from borgerpost.store.queries import list_messages
from borgerpost.store.tables import (
    CaseRequest,
    Finding,
    Incident,
    Message,
    Shielding,
    Staff,
    User,
)
from borgerpost.web.access import scope_for
from tests.route.routing_seed import STAFF, add_message, message_with, name_staff, seed_register

RULES = load_rules()
SETTINGS = Settings(db="sqlite://", default_unit="Modtagelsen")


def _route(session: Session, *messages: Message) -> None:
    route_messages(session, message_pks=[m.id for m in messages], rules=RULES,
                   settings=SETTINGS)


def _listed(session: Session, username: str) -> set[int]:
    user = session.scalar(select(User).where(User.username == username))
    assert user is not None
    return {row.id for row in list_messages(session, scope=scope_for(user), limit=500)}


def test_criticism_and_insult_still_reach_a_person_in_a_work_queue(store: Store) -> None:
    with store.session() as session:
        reg = seed_register(session)
        message = message_with(session, ["criticism", "insult", "staff_named", "case_request"],
                               named=("hanne",), case_kind="klage")
        _route(session, message)
        assert message.queue == "Sygedagpenge"
        assert {"kritik", "sagsanmodning", "kraenkende", "indholdsadvarsel",
                "skaermet"} <= set(message.flags)
        assert message.assigned_to == "soeren"
        assert message.id in _listed(session, "soeren")
        assert message.id in _listed(session, "birgitte")
        assert message.id not in _listed(session, "hanne")
        assert [n.message_pk for n in notices_for(session, staff_id=reg["hanne"])] == [
            message.id]
        kinds = session.scalars(select(CaseRequest.kind)
                                .where(CaseRequest.message_pk == message.id))
        assert list(kinds) == ["klage"]
        assert session.get(Message, message.id) is not None  # never deleted


def test_threat_goes_to_sikkerhed_and_opens_an_incident(store: Store) -> None:
    with store.session() as session:
        reg = seed_register(session)
        message = message_with(session, ["threat", "staff_named"], named=("jonas",))
        _route(session, message)
        assert message.queue == "sikkerhed"
        incident_ids = incidents_of_message(session, message_pk=message.id)
        assert len(incident_ids) == 1
        incident = session.get(Incident, incident_ids[0])
        assert incident is not None
        assert (incident.type, incident.severity, incident.channel, incident.status) == (
            "trussel", "høj", "mail", "open")
        assert incident.units == ["Sygedagpenge", "Kontanthjælp"]
        assert people_of(session, incident_id=incident.id) == [reg["jonas"]]
        assert messages_of(session, incident_id=incident.id) == [message.id]
        assert str(message.id) in incident.description
        assert message.id in _listed(session, "lise")
        assert message.id not in _listed(session, "jonas")


def test_self_harm_lands_in_akut_with_its_protocol(store: Store) -> None:
    with store.session() as session:
        seed_register(session)
        message = message_with(session, ["self_harm", "criticism"])
        _route(session, message)
        assert message.queue == "akut"
        assert "akut" in message.flags
        protocol = RULES.protocol_of(message.queue)
        assert protocol is not None
        assert "70 201 201" in " ".join(protocol.steps)
        assert message.first_seen_at is None  # set when a person first reads it
        assert not incidents_of_message(session, message_pk=message.id)


def test_shielded_message_is_invisible_to_the_named_person_only(store: Store) -> None:
    with store.session() as session:
        reg = seed_register(session, colleague="jonas")  # a colleague in another unit
        message = message_with(session, ["exposure", "staff_named"], named=("hanne",))
        plain = message_with(session, [])
        _route(session, message, plain)
        assert message.assigned_to == "jonas"
        shielding = session.scalar(select(Shielding).where(Shielding.message_pk == message.id))
        assert shielding is not None
        assert (shielding.staff_id, shielding.assigned_to, shielding.rule) == (
            reg["hanne"], "jonas", "udstilling")
        assert "udpeget kollega for Sygedagpenge" in shielding.reason
        assert _listed(session, "hanne") == {plain.id}
        assert message.id in _listed(session, "jonas")  # assigned: listed across units
        assert message.id in _listed(session, "soeren")
        assert plain.id not in _listed(session, "jonas")


def test_routing_again_changes_nothing(store: Store) -> None:
    with store.session() as session:
        seed_register(session)
        message = message_with(session, ["threat", "staff_named", "case_request"],
                               named=("hanne", "soeren"), case_kind="aktindsigt")
        _route(session, message)
        first = (message.queue, list(message.flags), message.assigned_to)
        _route(session, message)
        _route(session, message)
        assert (message.queue, list(message.flags), message.assigned_to) == first
        for table in (Shielding, Incident, CaseRequest):
            assert session.scalar(select(func.count()).select_from(table)) == (
                2 if table is Shielding else 1)
        routes = audit.entries(session, action="message.route", object_id=message.id)
        assert len(routes) == 1
        assert routes[0].actor == "borgerpost"
        assert routes[0].detail["queue_rule"] == "trussel"
        assert "sagsanmodning" in routes[0].detail["rules"]


def test_both_named_are_shielded_and_the_message_goes_to_the_teamleder(store: Store) -> None:
    with store.session() as session:
        reg = seed_register(session)  # soeren is the designated colleague, and named
        message = message_with(session, ["insult", "staff_named"], named=("hanne", "soeren"))
        _route(session, message)
        rows = list(session.scalars(select(Shielding).order_by(Shielding.staff_id)))
        assert [r.staff_id for r in rows] == sorted([reg["hanne"], reg["soeren"]])
        assert {r.assigned_to for r in rows} == {"birgitte"}
        assert message.assigned_to == "birgitte"
        assert message.id not in _listed(session, "soeren")


def test_without_colleague_or_teamleder_the_reason_says_what_to_do(store: Store) -> None:
    with store.session() as session:
        seed_register(session, colleague=None)
        session.execute(update(User).where(User.username == "birgitte").values(active=False))
        message = message_with(session, ["threat", "staff_named"], named=("hanne",))
        _route(session, message)
        shielding = session.scalar(select(Shielding))
        assert shielding is not None and shielding.assigned_to is None
        assert "set-colleague" in shielding.reason
        assert message.assigned_to is None
        assert message.id in _listed(session, "soeren")  # the unit still has it


def test_a_person_s_assignment_is_kept_unless_it_is_the_named_person(store: Store) -> None:
    with store.session() as session:
        seed_register(session)
        kept = message_with(session, ["insult", "staff_named"], named=("hanne",))
        kept.assigned_to = "birgitte"
        moved = message_with(session, ["insult", "staff_named"], named=("hanne",))
        moved.assigned_to = "hanne"
        _route(session, kept, moved)
        assert (kept.assigned_to, moved.assigned_to) == ("birgitte", "soeren")


def test_label_corrections_are_what_routing_reads(store: Store) -> None:
    with store.session() as session:
        seed_register(session)
        message = message_with(session, ["insult", "staff_named"], named=("hanne",))
        add_correction(session, message_pk=message.id, label="staff_named", action="remove",
                       actor="birgitte")
        add_correction(session, message_pk=message.id, label="self_harm", action="add",
                       actor="birgitte")
        _route(session, message)
        assert message.queue == "akut"
        assert session.scalar(select(func.count()).select_from(Shielding)) == 0


def test_failed_triage_and_unknown_unit(store: Store) -> None:
    with store.session() as session:
        seed_register(session)
        failed = add_message(session, triage_status="failed")
        nowhere = add_message(session, unit=None)
        _route(session, failed, nowhere)
        assert (failed.queue, failed.flags) == ("manuel", ["manuel_gennemgang"])
        assert nowhere.queue == "Modtagelsen"


def test_named_staff_prefers_the_message_unit_and_falls_back_to_the_quote(
    store: Store,
) -> None:
    with store.session() as session:
        reg = seed_register(session)
        twin = Staff(name=STAFF["hanne"][0], unit="Kontanthjælp", role="", aliases="Hanne L")
        session.add(twin)
        session.flush()
        message = add_message(session, unit="Kontanthjælp")
        name_staff(session, message, STAFF["hanne"][0])
        found = named_staff(session, message_pk=message.id, message_unit="Kontanthjælp")
        assert [m.staff_id for m in found] == [twin.id]
        other = add_message(session, unit="Job")
        name_staff(session, other, STAFF["hanne"][0])
        found = named_staff(session, message_pk=other.id, message_unit="Job")
        assert {m.staff_id for m in found} == {twin.id, reg["hanne"]}
        old = add_message(session)
        session.add(Finding(message_pk=old.id, label="staff_named", detector="staff_named",
                            quote="hanne l", reason="", rule=""))
        session.flush()
        assert [m.staff_id for m in named_staff(session, message_pk=old.id,
                                                message_unit="Sygedagpenge")] == [twin.id]


@pytest.mark.parametrize("with_label", [True, False])
def test_ingest_hook_routes_each_new_batch(store: Store, with_label: bool) -> None:
    with store.session() as session:
        seed_register(session)
    batch = [IncomingMessage(raw=f"hook-{i}".encode(), source=Source.DEMO, subject=f"s{i}",
                             unit="Sygedagpenge") for i in range(3)]
    result = store_batch(store, batch)
    assert result.stored_ids is not None
    if with_label:
        with store.session() as session:
            pk = result.stored_ids[batch[0].sha256]
            session.add(Finding(message_pk=pk, label="self_harm", detector="self_harm"))
    route_new_in_batch(store, rules=RULES, settings=SETTINGS)(result)
    with store.session() as session:
        queues = {pk: queue for pk, queue in session.execute(select(Message.id, Message.queue))}
    expected_first = "akut" if with_label else "Sygedagpenge"
    assert queues[result.stored_ids[batch[0].sha256]] == expected_first
    assert {queues[result.stored_ids[m.sha256]] for m in batch[1:]} == {"Sygedagpenge"}
    assert route_stored(store, sorted(queues), rules=RULES, settings=SETTINGS) == 3
