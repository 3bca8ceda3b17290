"""Volume-control benchmark: what duplicate linking costs per message, and the digest inbox.

    PYTHONPATH=. python bench/volume.py [--messages 3000] [--flood 1000] [--pg]

Stores ``--messages`` mails through ``store_batch`` (half from 300 ordinary citizens, the
rest from one sender who floods the unit with ``--flood`` of them in 14 days, a third of
those re-sends, some with a quoted thread), then measures on that database:

* ``route.volume.mark`` per message (fingerprint, candidate window, MinHash compare, exact
  Jaccard of the few near candidates, guards) — the cost routing pays for duplicates and
  the digest case key, separately for the flooder (whose window holds up to ``--flood``
  earlier mails) and for ordinary senders;
* the inbox page with the flooder switched to a daily digest, against the plain listing.

Without ``--pg`` it runs on a temporary SQLite file; with it, on a throw-away PostgreSQL
cluster (Debian's postgresql, as the tests use).
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from borgerpost.model import IncomingMessage, Source
from borgerpost.route import digest, volume
from borgerpost.route.digest import inbox_items
from borgerpost.store.db import Store, open_store
from borgerpost.store.messages import store_batch
from borgerpost.store.migrate import upgrade
from borgerpost.store.queries import Scope, list_messages
from borgerpost.store.tables import Message

UNIT = "Kontanthjælp"
FLOODER = "flood@example.test"
WORDS = ("penge", "svar", "sag", "udbetaling", "ringet", "skrevet", "igen", "ventet", "uge",
         "kontanthjælp", "afgørelse", "møde", "jobcenter", "sagsbehandler", "papirer", "lønseddel",
         "husleje", "regning", "børn", "læge", "erklæring", "klage", "aktindsigt", "frist")


def _text(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def _mails(count: int, flood: int, seed: int = 7) -> list[IncomingMessage]:
    rng = random.Random(seed)
    start = datetime(2026, 3, 1, 8, tzinfo=UTC)
    mails: list[IncomingMessage] = []
    sent: list[str] = []
    for i in range(count):
        flooding = i % 2 == 0 and len(sent) < flood
        sender = FLOODER if flooding else f"borger{rng.randrange(300)}@example.test"
        when = start + timedelta(minutes=int(i * 14 * 24 * 60 / count))
        if flooding and sent and rng.random() < 0.33:
            body = rng.choice(sent)
            if rng.random() < 0.5:
                body = ("Sender igen.\n\n-----Oprindelig meddelelse-----\nFra: Flod\n"
                        "Sendt: i går\n\n" + body)
        else:
            body = _text(rng, rng.randrange(20, 120))
        if flooding:
            sent.append(body)
        mails.append(IncomingMessage(
            raw=f"bench-{i}|{body}".encode(), source=Source.EML, source_ref=f"bench-{i}",
            sender=sender, subject=f"Sagsnr. {1000 + i % 3}", body_text=body,
            received_at=when, unit=UNIT))
    return mails


def _store(pg: bool, folder: Path) -> tuple[Store, object | None]:
    if not pg:
        store = open_store(f"sqlite:///{folder / 'bench.db'}")
        upgrade(store)
        return store, None
    from tests.pgcluster import start_cluster

    cluster = start_cluster()
    store = open_store(cluster.url("postgres"))
    upgrade(store)
    return store, cluster


def _mark_all(store: Store, ids: list[int]) -> dict[str, list[float]]:
    timings: dict[str, list[float]] = {"flooder": [], "other": []}
    for pk in ids:
        with store.session() as session:
            message = session.get(Message, pk)
            assert message is not None
            began = time.perf_counter()
            volume.mark(session, message)
            elapsed = time.perf_counter() - began
        timings["flooder" if message.sender == FLOODER else "other"].append(elapsed)
    return timings


def _page_ms(store: Store, digests_on: bool, repeat: int = 20) -> float:
    scope = Scope(units=frozenset({UNIT}))
    began = time.perf_counter()
    for _ in range(repeat):
        with store.session() as session:
            if digests_on:
                inbox_items(session, scope=scope, limit=51)
            else:
                list_messages(session, scope=scope, limit=51)
    return (time.perf_counter() - began) / repeat * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=3000)
    parser.add_argument("--flood", type=int, default=1000)
    parser.add_argument("--pg", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store, cluster = _store(args.pg, Path(folder))
        try:
            result = store_batch(store, _mails(args.messages, args.flood))
            assert result.stored_ids is not None
            timings = _mark_all(store, sorted(result.stored_ids.values()))
            with store.session() as session:
                linked = session.query(Message).filter(Message.duplicate_of.is_not(None)).count()
            plain = _page_ms(store, False)
            with store.session() as session:
                digest.enable(session, unit=UNIT, sender=FLOODER, actor="bench")
            folded = _page_ms(store, True)
        finally:
            store.dispose()
            if cluster is not None:
                cluster.stop()  # type: ignore[attr-defined]
    print(f"back end: {'PostgreSQL' if args.pg else 'SQLite'}; {args.messages} messages, "
          f"{args.flood} from one sender; {linked} linked as duplicates")
    for kind, values in timings.items():
        values.sort()
        print(f"mark per message ({kind}, {len(values)}): median "
              f"{statistics.median(values) * 1000:.2f} ms, p95 "
              f"{values[int(len(values) * 0.95)] * 1000:.2f} ms")
    print(f"inbox page (51 rows): plain {plain:.1f} ms, with the flooder as digest {folded:.1f} ms")


if __name__ == "__main__":
    main()
