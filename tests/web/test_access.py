"""The role policy as a table, and the SQL scope agreeing with it on both back ends."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import product

import pytest
from sqlalchemy import select

from borgerpost.model import IncomingMessage, Source
from borgerpost.store.db import Store
from borgerpost.store.messages import store_batch
from borgerpost.store.queries import list_messages
from borgerpost.store.tables import Finding, LabelCorrection, Message, utcnow
from borgerpost.web.access import (
    can_assign,
    can_assign_to,
    can_list,
    can_read_body,
    can_see_figures,
    in_scope,
    scope_for,
)


@dataclass(frozen=True)
class U:
    role: str
    unit: str = ""
    can_read_bodies: bool = False
    active: bool = True


@dataclass(frozen=True)
class M:
    unit: str | None
    queue: str | None = None


CASEWORKER = U("sagsbehandler", "Ydelse")
TEAMLEAD = U("teamleder", "Ydelse")
SECURITY = U("sikkerhed", "Sekretariat")
MANAGER = U("leder")
GRANTED_MANAGER = U("leder", can_read_bodies=True)

OWN = M("Ydelse")
OTHER = M("Job")
OTHER_SECURITY_QUEUE = M("Job", "sikkerhed")
NO_UNIT = M(None)


@pytest.mark.parametrize(("user", "message", "labels", "allowed"), [
    (CASEWORKER, OWN, set(), True),
    (CASEWORKER, OTHER, set(), False),
    (CASEWORKER, OTHER, {"threat"}, False),
    (CASEWORKER, NO_UNIT, set(), False),
    (U("sagsbehandler", ""), NO_UNIT, set(), False),
    (TEAMLEAD, OWN, set(), True),
    (TEAMLEAD, OTHER, set(), False),
    (SECURITY, OTHER, {"threat"}, True),
    (SECURITY, OTHER, {"doxxing"}, True),
    (SECURITY, OTHER, {"exposure", "insult"}, True),
    (SECURITY, OTHER, {"insult", "criticism"}, False),
    (SECURITY, OTHER, set(), False),
    (SECURITY, OTHER_SECURITY_QUEUE, set(), True),
    (SECURITY, M("Sekretariat"), set(), True),
    (MANAGER, OWN, {"threat"}, False),
    (GRANTED_MANAGER, OTHER, set(), True),
    (U("ukendt", "Ydelse"), OWN, set(), False),
])
def test_who_reads_which_body(user: U, message: M, labels: set[str], allowed: bool) -> None:
    assert can_read_body(user, message, labels) is allowed
    assert can_list(user, message, labels) is allowed


def test_teamleder_assigns_only_inside_own_unit() -> None:
    assert can_assign(TEAMLEAD, OWN)
    assert not can_assign(TEAMLEAD, OTHER)
    assert not can_assign(CASEWORKER, OWN)
    assert not can_assign(SECURITY, M("Sekretariat"))
    assert not can_assign(U("teamleder", ""), NO_UNIT)


@pytest.mark.parametrize(("assignee", "allowed"), [
    (U("sagsbehandler", "Ydelse"), True),
    (U("teamleder", "Ydelse"), True),
    (U("sagsbehandler", "Job"), False),
    (U("sagsbehandler", "Ydelse", active=False), False),
    (U("leder", "Ydelse"), False),
    (U("sikkerhed", "Ydelse"), False),
])
def test_teamleder_assigns_to_active_caseworkers_of_the_unit(assignee: U, allowed: bool) -> None:
    assert can_assign_to(TEAMLEAD, assignee) is allowed
    assert not can_assign_to(CASEWORKER, assignee)


@pytest.mark.parametrize(("user", "allowed"), [
    (CASEWORKER, False), (TEAMLEAD, True), (SECURITY, True), (MANAGER, True),
])
def test_figures_are_for_leads(user: U, allowed: bool) -> None:
    assert can_see_figures(user) is allowed


def test_manager_without_grant_lists_nothing() -> None:
    assert scope_for(MANAGER).nothing
    assert scope_for(GRANTED_MANAGER).everything


UNITS = ("Ydelse", "Job", None)
QUEUES = ("sikkerhed", "klager", None)
LABEL_SETS = ((), ("threat",), ("insult",), ("doxxing", "criticism"))


def _seed_grid(store: Store) -> dict[int, tuple[M, frozenset[str]]]:
    """Every combination of unit, queue and labels, some labels added by a person."""
    combos = list(product(UNITS, QUEUES, LABEL_SETS, (False, True)))
    batch = [IncomingMessage(raw=f"grid-{i}".encode(), source=Source.DEMO, subject=f"g{i}")
             for i in range(len(combos))]
    ids = store_batch(store, batch).stored_ids
    assert ids is not None
    truth: dict[int, tuple[M, frozenset[str]]] = {}
    with store.session() as session:
        for message, (unit, queue, labels, by_person) in zip(batch, combos, strict=True):
            pk = ids[message.sha256]
            row = session.get(Message, pk)
            assert row is not None
            row.unit, row.queue = unit, queue
            for label in labels:
                if by_person:
                    session.add(LabelCorrection(message_pk=pk, label=label, action="add",
                                                actor="anna", at=utcnow()))
                else:
                    session.add(Finding(message_pk=pk, label=label, detector="t"))
            truth[pk] = (M(unit, queue), frozenset(labels))
    return truth


@pytest.mark.parametrize("user", [CASEWORKER, TEAMLEAD, SECURITY, MANAGER, GRANTED_MANAGER,
                                  U("sikkerhed", "")], ids=repr)
def test_sql_scope_lists_exactly_what_the_policy_allows(store: Store, user: U) -> None:
    truth = _seed_grid(store)
    with store.session() as session:
        listed = {row.id for row in list_messages(session, scope=scope_for(user), limit=1000)}
        assert session.scalar(select(Message.id).limit(1)) is not None
    expected = {pk for pk, (m, labels) in truth.items() if can_list(user, m, labels)}
    assert listed == expected
    assert expected == {pk for pk, (m, labels) in truth.items()
                        if in_scope(scope_for(user), m, labels)}
