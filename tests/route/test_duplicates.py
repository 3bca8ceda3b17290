"""Duplicate linking in routing: exact, near and quoted-thread re-sends, on both back ends."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from borgerpost.model import IncomingAttachment
from borgerpost.route.apply import route_stored
from borgerpost.route.duplicates import DuplicateConfig, duplicates_of, link_duplicate
from borgerpost.store.db import Store
from borgerpost.store.tables import AuditEntry, Message
from tests.route.volume_seed import (
    add_label,
    at,
    duplicate_of,
    incoming,
    store_and_route,
    store_only,
    text,
)

ORIGINAL = ("Hej. Jeg har stadig ikke fået min kontanthjælp for marts, og jeg har ringet tre "
            "gange uden at få svar. Kan I se på det i dag?\n\nVenlig hilsen\nJens")


def test_exact_resend_links_to_the_original(store: Store) -> None:
    first, second = store_and_route(store, [
        incoming(ORIGINAL, when=at(2)),
        incoming("hej jeg har stadig IKKE fået min kontanthjælp for marts og jeg har ringet tre "
                 "gange uden at få svar   kan i se på det i dag  venlig hilsen jens",
                 when=at(3)),
    ])
    assert duplicate_of(store, first) is None
    assert duplicate_of(store, second) == first
    with store.session() as session:
        assert duplicates_of(session, message_pk=first) == [second]


def test_near_duplicate_with_a_changed_ending(store: Store) -> None:
    ids = store_and_route(store, [incoming(text(100), when=at(2)),
                                  incoming(text(99) + " ekstra", when=at(4))])
    assert duplicate_of(store, ids[1]) == ids[0]


@pytest.mark.parametrize(("changed", "threshold", "linked"), [
    # 100 words, the last `changed` replaced: Jaccard of 5-shingles = (96 - k) / (96 + k)
    (5, 0.9, True),     # 91/101 = 0.901
    (6, 0.9, False),    # 90/102 = 0.882
    (6, 0.88, True),
    (12, 0.9, False),   # 84/108 = 0.778
    (0, 1.0, True),     # an identical text at the strictest threshold
])
def test_threshold_edges(store: Store, changed: int, threshold: float, linked: bool) -> None:
    second_text = text(100 - changed) + "".join(f" nyt{i}" for i in range(changed))
    first, second = store_only(store, [incoming(text(100), when=at(2)),
                                       incoming(second_text, when=at(3))])
    with store.session() as session:
        message = session.get(Message, second)
        assert message is not None
        link = link_duplicate(session, message, DuplicateConfig(threshold=threshold))
        assert (link is not None) == linked
        assert message.duplicate_of == (first if linked else None)


@pytest.mark.parametrize("resend", [
    "Jeg sender min mail igen, da jeg ikke har hørt fra jer.\n\n"
    "-----Oprindelig meddelelse-----\nFra: Jens <flood@example.test>\n"
    "Sendt: 2. marts 2026 10:00\nTil: post@test\nEmne: Henvendelse\n\n" + ORIGINAL,
    "Har I set den her?\n\nDen man. 2. mar. 2026 kl. 10.00 skrev Jens <flood@example.test>:\n"
    + "\n".join("> " + line for line in ORIGINAL.splitlines()),
])
def test_quoted_thread_links_to_the_quoted_mail(store: Store, resend: str) -> None:
    first, second = store_and_route(store, [incoming(ORIGINAL, when=at(2)),
                                            incoming(resend, when=at(5))])
    assert duplicate_of(store, second) == first


def test_long_new_text_above_a_quote_is_not_a_duplicate(store: Store) -> None:
    reply = (text(60, start=500) + "\n\n-----Oprindelig meddelelse-----\nFra: Jens\n"
             "Sendt: mandag\n\n" + ORIGINAL)
    first, second = store_and_route(store, [incoming(ORIGINAL, when=at(2)),
                                            incoming(reply, when=at(3))])
    assert duplicate_of(store, second) is None
    assert duplicate_of(store, first) is None


@pytest.mark.parametrize(("other_sender", "days_later"), [
    ("another@example.test", 1),   # someone else sending the same text
    ("flood@example.test", 20),    # the same sender, outside the 14-day window
    ("Jens Hansen", 1),            # a scanned letter: a name, not an address
])
def test_not_linked(store: Store, other_sender: str, days_later: int) -> None:
    first_sender = other_sender if "@" not in other_sender else "flood@example.test"
    ids = store_and_route(store, [
        incoming(ORIGINAL, when=at(2), sender=first_sender),
        incoming(ORIGINAL, when=at(2) + timedelta(days=days_later), sender=other_sender)])
    assert [duplicate_of(store, pk) for pk in ids] == [None, None]


def test_empty_texts_are_never_duplicates(store: Store) -> None:
    ids = store_and_route(store, [incoming("", when=at(2)), incoming("  \n", when=at(3))])
    assert [duplicate_of(store, pk) for pk in ids] == [None, None]


def test_new_attachment_is_not_a_duplicate(store: Store) -> None:
    payslip = IncomingAttachment("løn.pdf", "application/pdf", 3, "b" * 64, b"pdf")
    ids = store_and_route(store, [incoming("Hermed mine lønsedler.", when=at(2)),
                                  incoming("Hermed mine lønsedler.", when=at(3),
                                           attachments=(payslip,))])
    assert duplicate_of(store, ids[1]) is None


@pytest.mark.parametrize("label", ["threat", "self_harm", "case_request", "criticism"])
def test_a_resend_that_says_something_new_is_not_a_duplicate(store: Store, label: str) -> None:
    first, second = store_only(store, [incoming(ORIGINAL, when=at(2)),
                                       incoming(ORIGINAL, when=at(3))])
    add_label(store, second, label, case_kind="klage" if label == "case_request" else None)
    route_stored(store, [first, second])
    assert duplicate_of(store, second) is None


def test_a_label_only_the_learned_heads_gave_is_nothing_new(store: Store) -> None:
    """Near a head's threshold one changed word can tip it: that is no new content."""
    first, second = store_only(store, [incoming(ORIGINAL, when=at(2)),
                                       incoming(ORIGINAL, when=at(3))])
    add_label(store, second, "criticism", detector="learned")
    route_stored(store, [first, second])
    assert duplicate_of(store, second) == first  # with a rule's criticism it is not (above)


def test_chain_links_to_the_first_mail(store: Store) -> None:
    ids = store_and_route(store, [incoming(ORIGINAL, when=at(2 + i)) for i in range(4)])
    assert [duplicate_of(store, pk) for pk in ids] == [None, ids[0], ids[0], ids[0]]


def test_out_of_order_routing_links_the_later_mail(store: Store) -> None:
    later, earlier = store_only(store, [incoming(ORIGINAL, when=at(9)),
                                        incoming(ORIGINAL, when=at(3))])
    route_stored(store, [later])  # the earlier one has no fingerprint yet
    route_stored(store, [earlier])
    assert duplicate_of(store, later) == earlier
    assert duplicate_of(store, earlier) is None


def test_linking_is_idempotent_and_audited_once(store: Store) -> None:
    ids = store_and_route(store, [incoming(ORIGINAL, when=at(2)), incoming(ORIGINAL, when=at(3))])
    route_stored(store, ids)
    route_stored(store, ids)
    assert duplicate_of(store, ids[1]) == ids[0]
    with store.session() as session:
        entries = list(session.scalars(select(AuditEntry).where(
            AuditEntry.action == "message.duplicate")))
        assert [(e.object_id, e.detail["duplicate_of"], e.detail["kind"]) for e in entries] == [
            (str(ids[1]), ids[0], "exact")]
        hashes = {m.id: m.content_hash for m in session.scalars(select(Message))}
        assert hashes[ids[0]] == hashes[ids[1]] is not None


def test_duplicate_is_still_routed_like_any_message(store: Store) -> None:
    ids = store_and_route(store, [incoming(ORIGINAL, when=at(2)), incoming(ORIGINAL, when=at(3))])
    with store.session() as session:
        queues = [session.get(Message, pk).queue for pk in ids]  # type: ignore[union-attr]
    assert queues == ["Kontanthjælp", "Kontanthjælp"]
