"""Shielding and assignment in the role policy, and the SQL scope agreeing with it."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import product

import pytest

from borgerpost.model import IncomingMessage, Source
from borgerpost.store.db import Store
from borgerpost.store.messages import store_batch
from borgerpost.store.queries import list_messages
from borgerpost.store.tables import Finding, Message, Shielding, Staff
from borgerpost.web.access import (
    can_list,
    can_manage_incidents,
    can_see_incident_figures,
    in_scope,
    is_shielded_from,
    scope_for,
)


@dataclass(frozen=True)
class U:
    role: str
    unit: str = ""
    can_read_bodies: bool = False
    username: str = ""
    staff_id: int | None = None


@dataclass(frozen=True)
class M:
    unit: str | None
    queue: str | None = None
    assigned_to: str | None = None


ANNA = U("sagsbehandler", "Ydelse", username="anna", staff_id=1)
TOVE = U("teamleder", "Ydelse", username="tove", staff_id=2)
BENT = U("sagsbehandler", "Job", username="bent", staff_id=3)
SIF = U("sikkerhed", "Sekretariat", username="sif", staff_id=4)
LARS = U("leder", can_read_bodies=True, username="lars", staff_id=5)
LENE = U("leder", username="lene", staff_id=6)


@pytest.mark.parametrize(("user", "message", "labels", "shielded", "allowed"), [
    (ANNA, M("Ydelse"), set(), set(), True),
    (ANNA, M("Ydelse"), {"insult"}, {1}, False),  # about anna: not in her listing
    (TOVE, M("Ydelse"), {"insult"}, {1}, True),
    (ANNA, M("Ydelse", "sikkerhed"), {"threat"}, {2}, True),
    (BENT, M("Ydelse", assigned_to="bent"), set(), {1}, True),  # the designated colleague
    (BENT, M("Ydelse", assigned_to="anna"), set(), set(), False),
    (SIF, M("Job", "sikkerhed"), set(), {4}, False),  # shielding beats the security scope
    (LARS, M("Job"), set(), {5}, False),  # and a leader's grant
    (LARS, M("Job"), set(), {1}, True),
    (LENE, M("Job", assigned_to="lene"), set(), set(), False),  # no grant: no listing at all
])
def test_shielding_and_assignment_in_the_policy(
    user: U, message: M, labels: set[str], shielded: set[int], allowed: bool
) -> None:
    assert can_list(user, message, labels, shielded) is allowed
    assert is_shielded_from(user, shielded) is (user.staff_id in shielded)


@pytest.mark.parametrize(("user", "manage", "figures"), [
    (ANNA, False, False), (TOVE, False, True), (SIF, True, True), (LENE, False, True),
])
def test_incident_roles(user: U, manage: bool, figures: bool) -> None:
    assert can_manage_incidents(user) is manage
    assert can_see_incident_figures(user) is figures


UNITS = ("Ydelse", "Job")
QUEUES = ("sikkerhed", None)
ASSIGNEES = ("anna", "bent", None)
SHIELDED = ((), ("anna",), ("anna", "tove"), ("bent", "sif", "lars"))


Truth = dict[int, tuple[M, frozenset[str], frozenset[int]]]


def _seed(store: Store) -> tuple[Truth, dict[str, int]]:
    combos = list(product(UNITS, QUEUES, ASSIGNEES, SHIELDED, ((), ("threat",))))
    batch = [IncomingMessage(raw=f"shield-grid-{i}".encode(), source=Source.DEMO)
             for i in range(len(combos))]
    ids = store_batch(store, batch).stored_ids
    assert ids is not None
    truth: Truth = {}
    with store.session() as session:
        staff: dict[str, int] = {}
        for user in (ANNA, TOVE, BENT, SIF, LARS):
            row = Staff(name=user.username, unit=user.unit, aliases="")
            session.add(row)
            session.flush()
            staff[user.username] = row.id
        for message, (unit, queue, assignee, shielded, labels) in zip(batch, combos,
                                                                      strict=True):
            pk = ids[message.sha256]
            row = session.get(Message, pk)
            assert row is not None
            row.unit, row.queue, row.assigned_to = unit, queue, assignee
            for name in shielded:
                session.add(Shielding(message_pk=pk, staff_id=staff[name]))
            for label in labels:
                session.add(Finding(message_pk=pk, label=label, detector="t"))
            truth[pk] = (M(unit, queue, assignee), frozenset(labels),
                         frozenset(staff[name] for name in shielded))
    return truth, staff


@pytest.mark.parametrize("user", [ANNA, TOVE, BENT, SIF, LARS], ids=lambda u: u.username)
def test_sql_scope_agrees_with_the_policy(store: Store, user: U) -> None:
    truth, staff = _seed(store)
    real = U(user.role, user.unit, user.can_read_bodies, user.username, staff[user.username])
    with store.session() as session:
        listed = {row.id for row in list_messages(session, scope=scope_for(real), limit=1000)}
    expected = {pk for pk, (m, labels, shielded) in truth.items()
                if in_scope(scope_for(real), m, labels, shielded)}
    assert listed == expected
    assert expected  # every user lists something in this grid
    assert any(real.staff_id in shielded for _, _, shielded in truth.values())
