"""ingest_stream on both back ends: batches, exactly-once, quarantine kept, units routed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import func, select

from borgerpost.config import Settings
from borgerpost.errors import IngestError
from borgerpost.ingest.jsonl import parse_record
from borgerpost.ingest.mail import parse_message
from borgerpost.ingest.runner import ingest_stream
from borgerpost.model import IncomingMessage, ParseStatus, Source
from borgerpost.store.db import Store
from borgerpost.store.messages import BatchResult
from borgerpost.store.staff import set_unit_mailbox
from borgerpost.store.stats import message_stats
from borgerpost.store.tables import Attachment, Message
from tests.ingest.conftest import make_mail

SETTINGS = Settings(db="sqlite://", ingest_batch_size=3, default_unit="Modtagelsen")


def mails(count: int, **kw: object) -> list[IncomingMessage]:
    return [parse_message(make_mail(message_id=f"<m{i}@x>", subject=f"Sag {i}", **kw)  # type: ignore[arg-type]
                          .as_bytes(), source=Source.MBOX) for i in range(count)]


def rows(store: Store) -> list[Message]:
    with store.session() as session:
        return list(session.scalars(select(Message).order_by(Message.id)))


def test_stores_in_batches_and_reports(store: Store) -> None:
    seen: list[BatchResult] = []
    summary = ingest_stream(store, mails(7), settings=SETTINGS, progress=False,
                            on_batch=seen.append)
    assert (summary.new, summary.duplicates, summary.quarantined, summary.error) == (7, 0, 0, None)
    assert [r.new for r in seen] == [3, 3, 1]
    assert all(r.stored_ids and len(r.stored_ids) == r.new for r in seen)
    assert message_stats(store) == {"messages": 7, "quarantined": 0}
    assert "Nye: 7, dubletter: 0, i karantæne: 0" in summary.line()


def test_a_batch_is_also_cut_by_its_raw_bytes(store: Store) -> None:
    batch = mails(5)
    per_message = max(len(m.raw) for m in batch)
    settings = Settings(db="sqlite://", ingest_batch_size=100,
                        ingest_batch_bytes=2 * per_message, default_unit="Modtagelsen")
    seen: list[BatchResult] = []
    summary = ingest_stream(store, batch, settings=settings, progress=False, on_batch=seen.append)
    assert summary.new == 5
    assert [r.new for r in seen] == [2, 2, 1]


def test_same_bytes_twice_are_stored_once(store: Store) -> None:
    batch = mails(4)
    ingest_stream(store, batch, settings=SETTINGS, progress=False)
    again = ingest_stream(store, [*batch, batch[0]], settings=SETTINGS, progress=False)
    assert (again.new, again.duplicates) == (0, 5)
    stored = rows(store)
    assert len(stored) == 4
    assert len({r.sha256 for r in stored}) == len({r.message_id for r in stored}) == 4


def test_same_message_id_with_other_bytes_is_a_distinct_message(store: Store) -> None:
    first = parse_message(make_mail(body="en\n").as_bytes(), source=Source.EML)
    second = parse_message(make_mail(body="to\n").as_bytes(), source=Source.EML)
    assert first.message_id == second.message_id
    summary = ingest_stream(store, [first, second], settings=SETTINGS, progress=False)
    assert summary.new == 2  # exactly-once is by bytes: a changed message is kept too


def test_quarantined_messages_are_stored_with_raw_bytes_and_reason(store: Store) -> None:
    broken = parse_message(b"\x00\xff garbage", source=Source.MBOX)
    bad_line = parse_record(b"{not json", 9, source_ref="x.jsonl:9")
    summary = ingest_stream(store, [*mails(2), broken, bad_line], settings=SETTINGS,
                            progress=False)
    assert (summary.new, summary.quarantined) == (4, 2)
    assert message_stats(store) == {"messages": 4, "quarantined": 2}
    kept = [r for r in rows(store) if r.status == ParseStatus.QUARANTINED.value]
    assert {bytes(r.raw) for r in kept} == {b"\x00\xff garbage", b"{not json"}
    assert all(r.parse_error for r in kept)


def test_attachments_are_stored(store: Store) -> None:
    mail = make_mail()
    mail.add_attachment(b"%PDF data", maintype="application", subtype="pdf", filename="a.pdf")
    ingest_stream(store, [parse_message(mail.as_bytes(), source=Source.EML)],
                  settings=SETTINGS, progress=False)
    with store.session() as session:
        names = list(session.scalars(select(Attachment.filename)))
    assert names == ["a.pdf"]


def test_units_by_mailbox_explicit_or_default(store: Store) -> None:
    with store.session() as session:
        set_unit_mailbox(session, unit="Ydelse", mailbox="Ydelse@Kommune.dk", create=True)
    to_unit = parse_message(make_mail(to="Other <x@y.dk>, YDELSE@kommune.dk",
                                      message_id="<u1@x>").as_bytes(), source=Source.EML)
    nowhere = parse_message(make_mail(to="andet@kommune.dk", message_id="<u2@x>").as_bytes(),
                            source=Source.EML)
    form = parse_record(b'{"id": "f1", "sender": "a@b.dk", "received": "2024-01-01", '
                        b'"text": "hej", "unit": "Sygedagpenge", '
                        b'"recipients": ["ydelse@kommune.dk"]}', 1)
    ingest_stream(store, [to_unit, nowhere, form], settings=SETTINGS, progress=False)
    assert {r.message_id: r.unit for r in rows(store)} == {
        "<u1@x>": "Ydelse", "<u2@x>": "Modtagelsen", "f1": "Sygedagpenge"}


def test_input_failing_part_way_keeps_what_came_before(store: Store) -> None:
    def source() -> Iterator[IncomingMessage]:
        yield from mails(5)
        raise IngestError("disken forsvandt")

    summary = ingest_stream(store, source(), settings=SETTINGS, progress=False)
    assert (summary.new, summary.error) == (5, "disken forsvandt")
    assert message_stats(store)["messages"] == 5


def test_progress_bar_runs(store: Store, tmp_path: Path) -> None:
    position = iter(range(0, 10_000, 100))
    summary = ingest_stream(store, mails(4), settings=SETTINGS, progress=True,
                            byte_total=10_000, byte_position=lambda: next(position))
    assert summary.new == 4
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Message)) == 4
