"""``borgerpost ingest eml|mbox|jsonl`` and ``stats --json`` through the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from borgerpost.cli import app
from tests.ingest.conftest import make_mail, write_mbox

runner = CliRunner()


def cli(db_url: str, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["--db", db_url, *args])
    return result.exit_code, " ".join(result.output.split())  # undo Rich's line wrapping


def stats(db_url: str) -> dict[str, int]:
    code, output = cli(db_url, "stats", "--json")
    assert code == 0
    return dict(json.loads(output))


def test_eml_files_and_folders(db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "post"
    (folder / "under").mkdir(parents=True)
    for index, where in enumerate([folder, folder / "under", folder]):
        (where / f"{index}.eml").write_bytes(make_mail(message_id=f"<{index}@x>").as_bytes())
    (folder / "notes.txt").write_text("ikke post")
    single = tmp_path / "broken.eml"
    single.write_bytes(b"\x00\x01 not mail")
    code, output = cli(db_url, "ingest", "eml", str(folder), str(single), "--no-progress")
    assert code == 0, output
    assert "Nye: 4, dubletter: 0, i karantæne: 1" in output
    code, output = cli(db_url, "ingest", "eml", str(folder), "--no-progress")
    assert "Nye: 0, dubletter: 3, i karantæne: 0" in output
    assert stats(db_url) == {"messages": 4, "quarantined": 1}


def test_mbox_and_stats(db_url: str, tmp_path: Path) -> None:
    raws = [make_mail(message_id=f"<{i}@x>").as_bytes() for i in range(5)]
    path = write_mbox(tmp_path / "in.mbox", [*raws, raws[0], b"garbage\n"])
    code, output = cli(db_url, "ingest", "mbox", str(path))  # with the progress bar
    assert code == 0, output
    assert "Nye: 6, dubletter: 1, i karantæne: 1" in output
    assert stats(db_url) == {"messages": 6, "quarantined": 1}


def test_jsonl_with_bad_lines_exits_zero(db_url: str, tmp_path: Path) -> None:
    path = tmp_path / "forms.jsonl"
    good = {"id": "1", "sender": "a@b.dk", "received": "2024-05-01T10:00:00Z",
            "subject": "Hej", "text": "Tekst"}
    path.write_text(json.dumps(good) + "\n{broken\n" + json.dumps({**good, "id": "2"}) + "\n")
    code, output = cli(db_url, "ingest", "jsonl", str(path), "--no-progress")
    assert code == 0, output
    assert "Nye: 3, dubletter: 0, i karantæne: 1" in output
    assert stats(db_url) == {"messages": 3, "quarantined": 1}


@pytest.mark.parametrize(("command", "content", "message"), [
    ("mbox", None, "kan ikke læses"),
    ("jsonl", None, "kan ikke læses"),
    ("eml", None, "findes ikke"),
    ("mbox", b"Subject: not an mbox\n\nhej\n", "ikke en mbox-fil"),
])
def test_unreadable_input_fails_clearly(
    sqlite_url: str, tmp_path: Path, command: str, content: bytes | None, message: str
) -> None:
    path = tmp_path / "input"
    if content is not None:
        path.write_bytes(content)
    code, output = cli(sqlite_url, "ingest", command, str(path), "--no-progress")
    assert code == 1
    assert message in output and str(path) in output.replace(" ", "")
    assert stats(sqlite_url) == {"messages": 0, "quarantined": 0}


def test_mbox_breaking_off_keeps_what_came_before(sqlite_url: str, tmp_path: Path) -> None:
    path = write_mbox(tmp_path / "in.mbox", [make_mail(message_id=f"<{i}@x>").as_bytes()
                                             for i in range(3)])
    with path.open("ab") as stream:  # a runaway "message" past the hard limit
        stream.write(b"From x Mon Jun  3 10:00:00 2024\n" + b"x" * 30_000 + b"\n")
    result = CliRunner(env={"BORGERPOST_MESSAGE_MAX_BYTES": "2000"}).invoke(
        app, ["--db", sqlite_url, "ingest", "mbox", str(path), "--no-progress"])
    assert result.exit_code == 1
    output = " ".join(result.output.split())
    assert "Nye: 3" in output and "stoppet" in output
    assert stats(sqlite_url)["messages"] == 3


def test_parsing_in_a_worker_process_gives_the_same_result(db_url: str, tmp_path: Path) -> None:
    raws = [make_mail(message_id=f"<{i}@x>", subject=f"Sag {i}").as_bytes() for i in range(450)]
    path = write_mbox(tmp_path / "in.mbox", [*raws, b"\x00junk\n"])
    code, output = cli(db_url, "ingest", "mbox", str(path), "--workers", "1", "--no-progress")
    assert code == 0, output
    assert "Nye: 451, dubletter: 0, i karantæne: 1" in output
    code, output = cli(db_url, "ingest", "mbox", str(path), "--workers", "1", "--no-progress")
    assert "Nye: 0, dubletter: 451" in output


def test_worker_reports_input_errors(sqlite_url: str, tmp_path: Path) -> None:
    path = tmp_path / "x.mbox"
    path.write_bytes(b"not an mbox at all\n")
    code, output = cli(sqlite_url, "ingest", "mbox", str(path), "--workers", "1",
                       "--no-progress")
    assert code == 1 and "ikke en mbox-fil" in output
