"""Reading on both back ends: date filters count Danish days (stored times are UTC), and
the first person to read a message is recorded once (the akut queue's "first seen")."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from borgerpost.model import IncomingMessage, Source
from borgerpost.store import audit
from borgerpost.store.db import Store
from borgerpost.store.messages import store_batch
from borgerpost.store.queries import Scope, list_messages
from borgerpost.store.tables import Message, User
from borgerpost.web.reading import day_start, make_filter, mark_first_seen, read_message


def test_day_start_is_danish_midnight_in_utc() -> None:
    assert day_start(date(2026, 3, 3)) == datetime(2026, 3, 2, 23, 0, tzinfo=UTC)  # CET
    assert day_start(date(2026, 7, 1)) == datetime(2026, 6, 30, 22, 0, tzinfo=UTC)  # CEST


@pytest.mark.parametrize(("date_from", "date_to", "found"), [
    (date(2026, 3, 3), None, True),       # 00:30 Danish time on 3 March
    (None, date(2026, 3, 2), False),
    (date(2026, 3, 3), date(2026, 3, 3), True),
    (date(2026, 3, 4), None, False),
])
def test_a_mail_just_after_danish_midnight_belongs_to_that_day(
    store: Store, date_from: date | None, date_to: date | None, found: bool
) -> None:
    store_batch(store, [IncomingMessage(
        raw=b"midnight", source=Source.EML, sender="a@example.test", subject="Sen mail",
        received_at=datetime(2026, 3, 2, 23, 30, tzinfo=UTC))], default_unit="Ydelse")
    with store.session() as session:
        rows = list_messages(session, scope=Scope(everything=True),
                             filters=make_filter(date_from=date_from, date_to=date_to),
                             limit=10, offset=0)
    assert bool(rows) is found


def _akut_message(store: Store) -> int:
    from borgerpost.route.apply import route_messages
    from borgerpost.route.rules import load_rules
    from tests.route.routing_seed import message_with, seed_register

    with store.session() as session:
        seed_register(session)
        message = message_with(session, ["self_harm"])
        route_messages(session, message_pks=[message.id], rules=load_rules())
        assert message.queue == "akut" and message.first_seen_at is None
        return message.id


def _user(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(User.username == username))
    assert user is not None
    return user


def test_the_first_reader_of_an_akut_message_is_kept(store: Store) -> None:
    pk = _akut_message(store)
    with store.session() as session:
        read_message(session, user=_user(session, "hanne"), message_pk=pk, channel="page")
    with store.session() as session:
        read_message(session, user=_user(session, "soeren"), message_pk=pk, channel="api")
        message = session.get(Message, pk)
        assert message is not None and message.first_seen_by == "hanne"
        assert message.first_seen_at is not None
        views = audit.entries(session, action="message.view", object_id=pk)
        assert [e.actor for e in views] == ["hanne", "soeren"]


def test_two_readers_at_once_never_overwrite_the_first(store: Store) -> None:
    pk = _akut_message(store)
    with store.session() as late:
        message = late.get(Message, pk)  # loaded before the other reader wrote
        assert message is not None and message.first_seen_at is None
        with store.session() as first:
            other = first.get(Message, pk)
            assert other is not None
            mark_first_seen(first, message=other, username="hanne")
        mark_first_seen(late, message=message, username="soeren")
        assert message.first_seen_by == "hanne"
    with store.session() as session:
        stored = session.get(Message, pk)
        assert stored is not None and stored.first_seen_by == "hanne"
