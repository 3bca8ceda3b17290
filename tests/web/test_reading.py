"""Date filters count Danish days, on both back ends (stored times are UTC)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from borgerpost.model import IncomingMessage, Source
from borgerpost.store.db import Store
from borgerpost.store.messages import store_batch
from borgerpost.store.queries import Scope, list_messages
from borgerpost.web.reading import day_start, make_filter


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
