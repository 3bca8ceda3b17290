"""The streaming mbox reader: boundaries, >From unescaping, offsets, errors, round trips."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from borgerpost.errors import IngestError
from borgerpost.ingest.mbox import MboxReader, envelope_date, format_entry
from tests.ingest.conftest import write_mbox


def read(path: Path, **kw: object) -> list[bytes]:
    return [entry.raw for entry in MboxReader(path, **kw)]  # type: ignore[arg-type]


def test_from_lines_in_bodies_are_unescaped(tmp_path: Path) -> None:
    text = (b"From a@b Mon Jun  3 10:00:00 2024\nFrom: a@b.dk\n\nHej\n>From here\n"
            b">>From there\n> From not escaped\n\n"
            b"From c@d Mon Jun  3 11:00:00 2024\nFrom: c@d.dk\n\nTo\n")
    path = tmp_path / "a.mbox"
    path.write_bytes(text)
    assert read(path) == [b"From: a@b.dk\n\nHej\nFrom here\n>From there\n> From not escaped\n",
                          b"From: c@d.dk\n\nTo\n"]


def test_from_without_empty_line_before_it_does_not_split(tmp_path: Path) -> None:
    # mboxo writers leave body "From " lines unescaped; only "\n\nFrom " starts a message
    path = tmp_path / "o.mbox"
    path.write_bytes(b"From x Mon Jun  3 10:00:00 2024\nFrom: a@b.dk\n\nlinje\nFrom her\n")
    assert read(path) == [b"From: a@b.dk\n\nlinje\nFrom her\n"]


def test_offsets_point_at_the_from_lines(tmp_path: Path) -> None:
    raws = [b"From: a@b.dk\n\nen\n", b"From: c@d.dk\n\nto\n", b"From: e@f.dk\n\ntre\n"]
    path = write_mbox(tmp_path / "o.mbox", raws)
    data = path.read_bytes()
    entries = list(MboxReader(path, chunk_bytes=7))
    assert [e.raw for e in entries] == raws
    for entry in entries:
        assert data[entry.offset:].startswith(b"From test@example.dk ")


def test_crlf_separators(tmp_path: Path) -> None:
    path = tmp_path / "crlf.mbox"
    path.write_bytes(b"From x Mon Jun  3 10:00:00 2024\r\nFrom: a@b.dk\r\n\r\nen\r\n\r\n"
                     b"From y Mon Jun  3 10:00:00 2024\r\nFrom: c@d.dk\r\n\r\nto\r\n\r\n")
    assert read(path) == [b"From: a@b.dk\r\n\r\nen\r\n", b"From: c@d.dk\r\n\r\nto\r\n"]


def test_leading_blank_lines_and_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "b.mbox"
    path.write_bytes(b"\n\r\nFrom x Mon Jun  3 10:00:00 2024\nFrom: a@b.dk\n\nen\n")
    assert read(path) == [b"From: a@b.dk\n\nen\n"]
    path.write_bytes(b"")
    assert read(path) == []
    path.write_bytes(b"\n\n")
    assert read(path) == []


@pytest.mark.parametrize("content", [b"From: a@b.dk\n\nhej\n", b"<html>", b"\x00\x01"])
def test_not_an_mbox_is_a_clear_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.mbox"
    path.write_bytes(content)
    with pytest.raises(IngestError, match="ikke en mbox-fil"):
        read(path)


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="kan ikke åbnes"):
        read(tmp_path / "nope.mbox")


def test_streams_and_stops_at_a_runaway_message(tmp_path: Path) -> None:
    path = tmp_path / "big.mbox"
    small = b"From: a@b.dk\n\nhej\n"
    with path.open("wb") as stream:
        stream.write(format_entry(small))
        stream.write(b"From x Mon Jun  3 10:00:00 2024\n" + b"x" * 200_000 + b"\n")
    reader = MboxReader(path, chunk_bytes=4096, max_entry_bytes=50_000)
    entries = iter(reader)
    assert next(entries).raw == small
    assert reader.position < path.stat().st_size  # read incrementally, not whole
    with pytest.raises(IngestError, match="byte"):
        next(entries)
    assert reader.position < 100_000  # stopped reading soon after the limit


def test_envelope_date() -> None:
    assert envelope_date(b"From a@b Mon Jun  3 10:00:05 2024") == datetime(
        2024, 6, 3, 10, 0, 5, tzinfo=UTC)
    assert envelope_date(b"From a@b") is None
    assert envelope_date(b"From a@b not a date at all really") is None


_LINE = st.lists(st.sampled_from([b"From ", b">From ", b">>From x", b"\r", b"a", b" ", b">"]),
                 max_size=5).map(lambda parts: b"".join(parts) + b"\n")
_MESSAGE = st.lists(_LINE, max_size=6).map(b"".join)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=200)
@given(st.lists(_MESSAGE, max_size=6), st.sampled_from([1, 3, 8, 1 << 16]))
def test_split_join_round_trip(tmp_path: Path, raws: list[bytes], chunk: int) -> None:
    path = write_mbox(tmp_path / "rt.mbox", raws)
    assert read(path, chunk_bytes=chunk) == raws


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=100)
@given(st.binary(max_size=400), st.sampled_from([1, 5, 1 << 16]))
def test_arbitrary_bytes_never_crash_the_reader(tmp_path: Path, data: bytes, chunk: int) -> None:
    path = tmp_path / "any.mbox"
    path.write_bytes(b"From x Mon Jun  3 10:00:00 2024\n" + data)
    entries = list(MboxReader(path, chunk_bytes=chunk))
    assert len(entries) >= 1
    assert sum(len(e.raw) for e in entries) <= len(data)
