"""Exports of posts: JSONL, JSON arrays and CSV; a malformed row is an error naming it,
and every other row is still read."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from borgerpost.errors import MonitorError
from borgerpost.monitor.model import RawItem, RowError, item_key
from borgerpost.monitor.sources.export import read_export
from tests.monitor.conftest import DOXXING, HARMLESS, NAMED_PLAIN

GOOD = {"source": "facebook", "url": "https://fb.example/g/1", "author": "vred_borger",
        "posted": "2025-02-01T10:00:00", "text": NAMED_PLAIN, "parent": ""}
GOOD_2 = {"url": "https://fb.example/g/2", "text": HARMLESS}
GOOD_3 = {"url": "https://fb.example/g/3", "text": DOXXING, "id": 99, "source": "fb",
          "parent": "https://fb.example/g/1", "posted": "2025-02-01T12:00:00Z"}

# (record, the message it must get) — each a way a real export goes wrong
BAD_RECORDS = [
    ({"text": "mangler adresse"}, "feltet 'url' mangler eller er tomt"),
    ({"url": "https://fb.example/x"}, "feltet 'text' mangler eller er tomt"),
    ({"url": "https://fb.example/x", "text": "   "}, "feltet 'text' mangler eller er tomt"),
    ({"url": "www.fb.example/x", "text": "x"}, "feltet 'url' er ikke en http(s)-adresse"),
    ({"url": "https://fb.example/x", "text": "x", "posted": "i går"},
     "'posted' er ikke en ISO 8601-tid"),
    ({"url": "https://fb.example/x", "text": ["x"]}, "feltet 'text' skal være tekst"),
    ({"url": "https://fb.example/x", "text": "x", "author": {"navn": "a"}},
     "feltet 'author' skal være tekst"),
    (["https://fb.example/x", "x"], "er ikke et objekt med felter"),
]


def _split(records: list[RawItem | RowError]) -> tuple[list[RawItem], list[str]]:
    items = [r for r in records if isinstance(r, RawItem)]
    return items, [r.line() for r in records if isinstance(r, RowError)]


def _jsonl(path: Path, rows: list[object], *, extra: bytes = b"") -> Path:
    body = "\n".join(json.dumps(r, ensure_ascii=False) for r in rows).encode() + b"\n" + extra
    path.write_bytes(body)
    return path


@pytest.mark.parametrize(("bad", "message"), BAD_RECORDS)
def test_jsonl_bad_row_named_rest_read(tmp_path: Path, bad: object, message: str) -> None:
    path = _jsonl(tmp_path / "e.jsonl", [GOOD, bad, GOOD_2])
    items, errors = _split(list(read_export(path, "export_json")))
    assert [i.text for i in items] == [NAMED_PLAIN, HARMLESS]
    assert len(errors) == 1 and errors[0].startswith(f"række 2: {message}")


@pytest.mark.parametrize(("line", "message"), [
    (b"{bad json", "række 3: er ikke gyldig JSON"),
    (b'{"url": "https://fb.example/x", "text": "\xff\xfe"}', "række 3: er ikke gyldig UTF-8"),
    (b"[" * 100_000 + b"]" * 100_000, "række 3: "),
])
def test_jsonl_unreadable_lines(tmp_path: Path, line: bytes, message: str) -> None:
    path = _jsonl(tmp_path / "e.jsonl", [GOOD, GOOD_2], extra=line + b"\n")
    path.write_bytes(path.read_bytes() + json.dumps(GOOD_3).encode() + b"\n")
    items, errors = _split(list(read_export(path, "export_json")))
    assert len(items) == 3 and len(errors) == 1 and errors[0].startswith(message)


def test_fields_of_an_item(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "e.jsonl", [GOOD, GOOD_3])
    first, third = (r for r in read_export(path, "export_json") if isinstance(r, RawItem))
    assert first.url == "https://fb.example/g/1" and first.author == "vred_borger"
    assert first.posted_at == datetime(2025, 2, 1, 9, 0, tzinfo=UTC)  # Danish winter time
    assert first.parent_url is None and first.item_key == item_key("https://fb.example/g/1")
    assert third.item_key == item_key("fb|99") and third.parent_url == "https://fb.example/g/1"
    assert third.posted_at == datetime(2025, 2, 1, 12, 0, tzinfo=UTC)
    (part,) = first.warc_payload
    assert part.record_type == "resource" and part.target_uri == first.url
    assert json.loads(part.payload) == GOOD  # the row's exact bytes
    assert dict(part.extra)["Borgerpost-Row"] == "1"
    assert dict(part.extra)["Borgerpost-Source-URI"] == path.resolve().as_uri()


def test_json_array_with_bad_elements(tmp_path: Path) -> None:
    bad = [b for b, _ in BAD_RECORDS[:3]]
    path = tmp_path / "e.json"
    path.write_text(json.dumps([GOOD, *bad, GOOD_2], ensure_ascii=False, indent=2))
    items, errors = _split(list(read_export(path, "export_json")))
    assert [i.text for i in items] == [NAMED_PLAIN, HARMLESS]
    assert [e.split(":")[0] for e in errors] == ["element 2", "element 3", "element 4"]


def test_json_array_recovers_after_a_syntax_error(tmp_path: Path) -> None:
    body = ("[" + json.dumps(GOOD) + ', {"url": "https://fb.example/x" "text": "x"}, '
            + json.dumps(GOOD_2) + "]")
    path = tmp_path / "e.json"
    path.write_text(body)
    items, errors = _split(list(read_export(path, "export_json")))
    assert [i.text for i in items] == [NAMED_PLAIN, HARMLESS]
    assert errors == ["element 2: er ikke gyldig JSON: Expecting ',' delimiter"]
    (part,) = items[1].warc_payload
    assert part.payload == json.dumps(GOOD_2).encode()


def _csv(path: Path, header: list[str], rows: list[list[str]], *, raw: bytes = b"") -> Path:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_bytes(out.getvalue().encode() + raw)
    return path


HEADER = ["source", "url", "author", "posted", "text", "parent"]


def test_csv_rows_with_errors_named_by_line(tmp_path: Path) -> None:
    rows = [
        ["fb", "https://fb.example/g/1", "vred_borger", "2025-02-01T10:00:00", NAMED_PLAIN, ""],
        ["fb", "https://fb.example/g/9", "x", "i går", "tekst", ""],         # bad time
        ["fb", "https://fb.example/g/8", "x"],                             # too few fields
        ["fb", "", "x", "", "tekst", ""],                                  # no url
        ["fb", "https://fb.example/g/2", "", "", f"{HARMLESS}\nanden linje", ""],  # 2 lines
        ["fb", "https://fb.example/g/3", "anon", "", DOXXING, "https://fb.example/g/1"],
    ]
    path = _csv(tmp_path / "e.csv", HEADER, rows,
                raw=b'fb,https://fb.example/g/7,x,,"\xff",\r\n')
    items, errors = _split(list(read_export(path, "export_csv")))
    assert [i.url for i in items] == ["https://fb.example/g/1", "https://fb.example/g/2",
                                      "https://fb.example/g/3"]
    assert items[1].text == f"{HARMLESS}\nanden linje"
    assert errors == [
        "række 3: 'posted' er ikke en ISO 8601-tid: 'i går'",
        "række 4: har 3 felter, overskriften har 6",
        "række 5: feltet 'url' mangler eller er tomt",
        "række 9: er ikke gyldig UTF-8",
    ]
    (part,) = items[2].warc_payload
    assert part.payload.startswith(b"source,url,author,posted,text,parent\r\n")
    assert DOXXING.encode() in part.payload and part.content_type.startswith("text/csv")


def test_csv_header_must_name_url_and_text(tmp_path: Path) -> None:
    path = _csv(tmp_path / "e.csv", ["link", "besked"], [["https://fb.example/1", "x"]])
    with pytest.raises(MonitorError, match="mangler kolonnen url, text"):
        list(read_export(path, "export_csv"))


def test_csv_with_bom_and_upper_case_header(tmp_path: Path) -> None:
    path = tmp_path / "e.csv"
    path.write_bytes(b"\xef\xbb\xbfURL;Text\n".replace(b";", b",") +
                     f"https://fb.example/1,{NAMED_PLAIN}\n".encode())
    (item,) = list(read_export(path, "export_csv"))
    assert isinstance(item, RawItem) and item.text == NAMED_PLAIN


def test_missing_file_is_a_source_error(tmp_path: Path) -> None:
    with pytest.raises(MonitorError, match="kan ikke læses"):
        read_export(tmp_path / "findes-ikke.csv", "export_csv")
