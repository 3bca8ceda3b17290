"""Per-sender figures: per Danish day and ISO week, duplicates apart, share of the unit's mail."""

from __future__ import annotations

from datetime import date

from borgerpost.route import digest
from borgerpost.route.volume import DayCount, sender_figures, top_senders
from borgerpost.store.db import Store
from tests.route.volume_seed import FLOODER, UNIT, at, incoming, store_and_route

TODAY = date(2026, 3, 17)
OTHER = "b@example.test"


def _seed(store: Store) -> list[int]:
    """The flooder: 6 mails in Kontanthjælp (one exact re-send, one auto-reply, one sent
    at 23:30 UTC, i.e. the next Danish day), 2 in Sygedagpenge; another sender: 4."""
    return store_and_route(store, [
        incoming("Hvor er mine penge for marts?", when=at(10, 8)),
        incoming("Hvor er mine penge for marts?", when=at(10, 9)),   # re-send: a duplicate
        incoming("Ring til mig i dag.", when=at(10, 10)),
        incoming("Jeg venter stadig på svar fra jer.", when=at(11, 9)),
        incoming("Nu er det for sent.", when=at(10, 23, 30)),        # 00:30 on 11 March
        incoming("Jeg er på ferie.", when=at(17, 9), auto=True),
        incoming("Til Sygedagpenge 1", when=at(12), unit="Sygedagpenge"),
        incoming("Til Sygedagpenge 2", when=at(13), unit="Sygedagpenge"),
        *[incoming(f"Spørgsmål nummer {n} om noget helt andet", sender=OTHER, when=at(12, 9 + n))
          for n in range(4)],
    ])


def test_figures_per_day_and_week_exclude_duplicates(store: Store) -> None:
    _seed(store)
    with store.session() as session:
        f = sender_figures(session, sender=FLOODER.upper(), units={UNIT}, days=30, today=TODAY)
    assert f.per_day == (DayCount(date(2026, 3, 10), 2, 1), DayCount(date(2026, 3, 11), 2, 0),
                         DayCount(date(2026, 3, 17), 1, 0))
    assert f.per_week == (DayCount(date(2026, 3, 9), 4, 1), DayCount(date(2026, 3, 16), 1, 0))
    assert (f.messages, f.duplicates, f.auto_replies) == (5, 1, 1)
    assert f.unit_messages == 9  # 5 + the other sender's 4; the duplicate is not counted
    assert f.share == 5 / 9
    assert f.busiest_day == DayCount(date(2026, 3, 11), 2, 0)
    assert (f.since, f.until) == (date(2026, 2, 16), TODAY)


def test_figures_over_every_unit_and_a_shorter_period(store: Store) -> None:
    _seed(store)
    with store.session() as session:
        everywhere = sender_figures(session, sender=FLOODER, units=None, days=30, today=TODAY)
        week = sender_figures(session, sender=FLOODER, units={UNIT}, days=7, today=TODAY)
        nothing = sender_figures(session, sender=FLOODER, units=set(), days=30, today=TODAY)
    assert (everywhere.messages, everywhere.unit_messages) == (7, 11)
    assert (week.since, week.messages, week.duplicates) == (date(2026, 3, 11), 3, 0)
    assert (nothing.messages, nothing.share) == (0, None)


def test_top_senders_per_unit(store: Store) -> None:
    _seed(store)
    with store.session() as session:
        digest.enable(session, unit=UNIT, sender=FLOODER, actor="tove")
    with store.session() as session:
        top = top_senders(session, units={UNIT}, days=30, today=TODAY)
        every = top_senders(session, units=None, days=30, today=TODAY, limit=1)
        old = top_senders(session, units=None, days=7, today=date(2026, 5, 1))
    assert list(top) == [UNIT]
    assert [(v.sender, v.messages, v.duplicates, v.digest) for v in top[UNIT]] == [
        (FLOODER, 5, 1, True), (OTHER, 4, 0, False)]
    assert top[UNIT][0].share == 5 / 9
    assert {unit: [v.sender for v in lines] for unit, lines in every.items()} == {
        UNIT: [FLOODER], "Sygedagpenge": [FLOODER]}
    assert old == {}
