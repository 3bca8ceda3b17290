"""store_batch: exactly-once insert and unit routing, on both back ends."""

from __future__ import annotations

from sqlalchemy import select

from borgerpost.model import IncomingMessage, Source
from borgerpost.store.db import Store
from borgerpost.store.messages import route_unit, store_batch
from borgerpost.store.tables import Message


def message(raw: bytes, **kw: object) -> IncomingMessage:
    return IncomingMessage(raw=raw, source=Source.EML, **kw)  # type: ignore[arg-type]


def test_route_unit_order() -> None:
    boxes = {"ydelse@kommune.dk": "Ydelse", "jc@kommune.dk": "Jobcenter"}
    assert route_unit(message(b"a", unit="Klage"), boxes, "Modtagelsen") == "Klage"
    assert route_unit(message(b"a", recipients=("x@y.dk", "JC@Kommune.dk", "ydelse@kommune.dk")),
                      boxes, "Modtagelsen") == "Jobcenter"
    assert route_unit(message(b"a", recipients=("x@y.dk",)), boxes, "Modtagelsen") == "Modtagelsen"


def test_store_batch_default_unit_and_duplicates(store: Store) -> None:
    first = store_batch(store, [message(b"a"), message(b"b"), message(b"a")],
                        default_unit="Forsiden")
    assert (first.new, first.duplicates) == (2, 1)
    second = store_batch(store, [message(b"b"), message(b"c")])
    assert (second.new, second.duplicates) == (1, 1)
    with store.session() as session:
        units = dict(session.execute(select(Message.raw, Message.unit)).all())
    assert {bytes(k): v for k, v in units.items()} == {
        b"a": "Forsiden", b"b": "Forsiden", b"c": "Modtagelsen"}
