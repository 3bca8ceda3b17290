"""Daily digest per case: one item per (sender, case, day), nothing lost, threats never folded."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from borgerpost.errors import VolumeError
from borgerpost.route import digest
from borgerpost.route.apply import route_stored
from borgerpost.route.digest import (
    DigestRow,
    case_parts,
    case_reference,
    inbox_items,
    make_case_key,
)
from borgerpost.store.db import Store
from borgerpost.store.digests import active_digest
from borgerpost.store.queries import InboxFilter, MessageRow, Scope
from borgerpost.store.tables import AuditEntry, DigestSender, Message
from tests.route.volume_seed import (
    FLOODER,
    UNIT,
    add_label,
    at,
    incoming,
    store_and_route,
    store_only,
)

SCOPE = Scope(units=frozenset({UNIT}))
CASES = ("Sagsnr. 1001", "Sagsnr. 2002")


def _flood(store: Store) -> list[int]:
    """40 mails from one sender: 2 cases × 2 days × 10 mails, all different texts."""
    mails = [incoming(f"Besked nummer {n}: hvor bliver svaret af i min sag?",
                      subject=f"Vedr. {CASES[n % 2]}", when=at(10 + (n // 20), 9, n))
             for n in range(40)]
    return store_and_route(store, mails)


def _enable(store: Store, unit: str = UNIT, sender: str = FLOODER) -> None:
    with store.session() as session:
        digest.enable(session, unit=unit, sender=sender, actor="tove")


def _items(store: Store, **kwargs: object) -> list[MessageRow | DigestRow]:
    with store.session() as session:
        return inbox_items(session, scope=SCOPE, **kwargs)  # type: ignore[arg-type]


def _id(item: MessageRow | DigestRow) -> int:
    assert isinstance(item, MessageRow), "a digest item where a message row was expected"
    return item.id


def test_forty_mails_become_four_daily_items_and_none_is_lost(store: Store) -> None:
    flood = _flood(store)
    _enable(store)
    items = _items(store, limit=100)
    digests = [item for item in items if isinstance(item, DigestRow)]
    assert len(items) == len(digests) == 4
    assert sorted(pk for d in digests for pk in d.ids) == sorted(flood)
    assert {(d.case_key, d.day.isoformat(), d.count) for d in digests} == {
        ("|sagsnr. 1001", "2026-03-10", 10), ("|sagsnr. 2002", "2026-03-10", 10),
        ("|sagsnr. 1001", "2026-03-11", 10), ("|sagsnr. 2002", "2026-03-11", 10)}
    newest = digests[0]
    assert newest.day.isoformat() == "2026-03-11"
    times = [r.received_at for r in newest.items if r.received_at is not None]
    assert len(times) == 10 and times == sorted(times, reverse=True)


@pytest.mark.parametrize("label", ["threat", "self_harm", "doxxing", "exposure"])
def test_a_threat_from_the_same_sender_keeps_its_own_row(store: Store, label: str) -> None:
    flood = _flood(store)
    (danger,) = store_only(store, [incoming("Besked", subject=f"Vedr. {CASES[0]}",
                                            when=at(10, 12))])
    add_label(store, danger, label)
    route_stored(store, [danger])
    _enable(store)
    items = _items(store, limit=100)
    rows = [item for item in items if isinstance(item, MessageRow)]
    assert [r.id for r in rows] == [danger]
    folded = [pk for item in items if isinstance(item, DigestRow) for pk in item.ids]
    assert danger not in folded and sorted(folded) == sorted(flood)


def test_other_senders_and_other_units_are_not_folded(store: Store) -> None:
    flood = _flood(store)
    (other,) = store_and_route(store, [incoming("Hej", sender="b@example.test", when=at(10))])
    _enable(store, unit="Sygedagpenge")  # another unit's choice does not fold this unit's mail
    assert {_id(item) for item in _items(store, limit=100)} == {*flood, other}
    _enable(store)
    items = _items(store, limit=100)
    assert [_id(item) for item in items if isinstance(item, MessageRow)] == [other]


@pytest.mark.parametrize("by_deadline", [False, True])
def test_paging_through_digests_loses_nothing(store: Store, by_deadline: bool) -> None:
    flood = _flood(store)
    extra = store_and_route(store, [incoming(f"Andet {n}", sender=f"x{n}@example.test",
                                             when=at(9 + n, 8)) for n in range(5)])
    _enable(store)
    seen: list[int] = []
    pages = 0
    for offset in range(0, 20, 3):
        page = _items(store, limit=3, offset=offset, by_deadline=by_deadline)
        pages += bool(page)
        for item in page:
            seen.extend(item.ids if isinstance(item, DigestRow) else [item.id])
    assert pages == 3  # 4 digest items + 5 rows = 9 items, 3 a page
    assert sorted(seen) == sorted([*flood, *extra])


def test_switching_off_shows_every_message_again_and_is_audited(store: Store) -> None:
    flood = _flood(store)
    _enable(store)
    _enable(store)  # already on: the same setting, audited once
    with store.session() as session:
        assert digest.disable(session, unit=UNIT, sender=FLOODER.upper(), actor="tove")
        assert digest.disable(session, unit=UNIT, sender=FLOODER, actor="tove") is None
    assert sorted(_id(item) for item in _items(store, limit=100)) == sorted(flood)
    with store.session() as session:
        actions = [(e.actor, e.action, e.object_type) for e in
                   session.scalars(select(AuditEntry).where(AuditEntry.action.like("digest.%"))
                                   .order_by(AuditEntry.id))]
        assert actions == [("tove", "digest.enable", "digest_sender"),
                           ("tove", "digest.disable", "digest_sender")]
        row = session.scalars(select(DigestSender)).one()
        assert (row.enabled_by, row.disabled_by) == ("tove", "tove")
        assert row.disabled_at is not None
        assert active_digest(session, unit=UNIT, sender=FLOODER) is None


@pytest.mark.parametrize(("unit", "sender"), [("", FLOODER), (UNIT, "Jens Hansen"),
                                               (UNIT, "a b@example.test")])
def test_a_digest_needs_a_unit_and_an_address(store: Store, unit: str, sender: str) -> None:
    with store.session() as session, pytest.raises(VolumeError):
        digest.enable(session, unit=unit, sender=sender, actor="tove")


def test_digests_of_one_unit_and_day(store: Store) -> None:
    flood = _flood(store)
    _enable(store)
    with store.session() as session:
        day = digest.digests(session, scope=SCOPE, day=at(11).date())
        assert len(day) == 2 and sum(d.count for d in day) == 20
        assert digest.digests(session, scope=SCOPE, unit="Sygedagpenge") == []
        everything = digest.digests(session, scope=SCOPE)
        assert sorted(pk for d in everything for pk in d.ids) == sorted(flood)
        assert digest.digests(session, scope=Scope()) == []


def test_the_digest_filter_lists_folded_or_unfolded_messages(store: Store) -> None:
    flood = _flood(store)
    (other,) = store_and_route(store, [incoming("Hej", sender="b@example.test", when=at(10))])
    _enable(store)
    only = _items(store, limit=100, filters=InboxFilter(digest="only"))
    rest = _items(store, limit=100, filters=InboxFilter(digest="exclude"))
    assert sorted(_id(r) for r in only) == sorted(flood)
    assert [_id(r) for r in rest] == [other]


def test_routing_stores_the_case_key_with_kinds_and_reference(store: Store) -> None:
    (pk,) = store_only(store, [incoming("Jeg klager over afgørelsen, j.nr. 2026-0042.",
                                        when=at(3))])
    add_label(store, pk, "case_request", case_kind="klage")
    add_label(store, pk, "case_request", case_kind="aktindsigt")
    route_stored(store, [pk])
    with store.session() as session:
        message = session.get(Message, pk)
        assert message is not None
        assert message.case_key == "aktindsigt+klage|j.nr. 2026-0042"


@pytest.mark.parametrize(("text", "reference"), [
    ("Vedr. sagsnr. 12345", "sagsnr. 12345"),
    ("Sags-nr.: 24-99890.", "sagsnr. 24-99890"),
    ("sagsnummer 7788", "sagsnr. 7788"),
    ("J.nr. 2026-0042", "j.nr. 2026-0042"),
    ("jnr 2026/17", "j.nr. 2026/17"),
    ("Journalnummer: AB-1234", "j.nr. ab-1234"),
    ("Min sag er ikke afgjort", None),        # no number
    ("Sagsbehandleren hedder Jonas", None),   # 'sag…' without 'nr'
    ("Jeg ringede 12345 gange", None),
])
def test_case_reference(text: str, reference: str | None) -> None:
    assert case_reference(text) == reference


def test_case_keys_round_trip() -> None:
    assert make_case_key(set(), None) == "generelt"
    assert case_parts("generelt") == ((), None)
    key = make_case_key({"klage", "aktindsigt"}, "sagsnr. 1")
    assert case_parts(key) == (("aktindsigt", "klage"), "sagsnr. 1")
    assert case_parts(make_case_key({"klage"}, None)) == (("klage",), None)
