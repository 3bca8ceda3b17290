"""``borgerpost classify`` and ``borgerpost eval`` through Typer's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from borgerpost.cli import app
from tests.detect.conftest import REGISTER_A


@pytest.fixture
def staff(tmp_path: Path) -> Path:
    path = tmp_path / "staff.csv"
    path.write_text(REGISTER_A, encoding="utf-8")
    return path


def _run(args: list[str], stdin: str = "") -> tuple[int, str, str]:
    result = CliRunner().invoke(app, args, input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_classify_streams_one_line_out_per_line_in(staff: Path) -> None:
    lines = [
        {"id": "a", "text": "Jeg slår dig ihjel, Per Storm."},
        {"id": "b", "text": "Jeg anmoder om aktindsigt i min sag."},
        {"id": "c", "text": "Tak for hjælpen."},
    ]
    code, out, err = _run(
        ["classify", "--staff", str(staff)], "".join(json.dumps(x) + "\n" for x in lines)
    )
    assert code == 0, err
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in records] == ["a", "b", "c"]
    assert {"threat", "staff_named", "exposure"} <= set(records[0]["labels"])
    assert records[1]["labels"] == ["case_request"]
    assert records[1]["case_kind"] == "aktindsigt"
    assert records[2] == {"id": "c", "labels": [], "case_kind": None, "evidence": []}
    text = lines[0]["text"]
    for ev in records[0]["evidence"]:
        assert set(ev) == {"label", "start", "end", "text", "reason"}
        assert text[ev["start"] : ev["end"]] == ev["text"]


def test_classify_reports_a_bad_line_and_goes_on(staff: Path) -> None:
    stdin = '{"id": 1, "text": "Hej"}\n{oops\n\n{"id": 3}\n{"id": 4, "text": "Du er en idiot"}\n'
    code, out, err = _run(["classify", "--staff", str(staff)], stdin)
    assert code == 0
    assert [json.loads(line)["id"] for line in out.splitlines()] == [1, 4]
    assert "linje 2" in err and "ugyldig JSON" in err
    assert "linje 4" in err


def test_classify_bad_staff_csv_names_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("name,role,unit\nPer Storm,sagsbehandler,Kontanthjælp\n,x,y\n", "utf-8")
    code, out, err = _run(["classify", "--staff", str(bad)], "")
    assert code == 2
    assert "linje 3" in err and "navn mangler" in err
    assert out == ""


def test_eval_prints_pass_rate_labels_and_failures(staff: Path, tmp_path: Path) -> None:
    dataset = tmp_path / "set.jsonl"
    items = [
        {"id": "t1", "text": "Jeg slår dig ihjel.", "must": ["threat"], "must_not": []},
        {"id": "t2", "text": "Tak for hjælpen.", "must": ["threat"], "must_not": []},
        {"id": "t3", "text": "Du er en idiot.", "must": [], "must_not": ["insult"]},
    ]
    dataset.write_text("".join(json.dumps(i) + "\n" for i in items), "utf-8")
    code, out, err = _run(["eval", "--staff", str(staff), str(dataset)])
    assert code == 0, err
    assert "Bestået: 1/3 (33,3 %)" in out
    assert "t2: mangler threat;" in out
    assert "t3: uønsket insult;" in out and "»Du er en idiot.«" in out
    threat_row = next(line for line in out.splitlines() if line.startswith("threat"))
    assert threat_row.split()[1:4] == ["2", "1", "50,0"]


def test_eval_bad_set_line_is_named(staff: Path, tmp_path: Path) -> None:
    dataset = tmp_path / "set.jsonl"
    dataset.write_text(
        '{"id": 1, "text": "x", "must": []}\n{"id": 2, "text": "y", "must": ["nope"]}\n'
    )
    code, _, err = _run(["eval", "--staff", str(staff), str(dataset)])
    assert code == 2
    assert "linje 2" in err


def test_eval_on_the_dev_set(shared_dir: Path) -> None:
    triage = shared_dir / "triage"
    code, out, err = _run(
        ["eval", "--staff", str(triage / "staff_dev.csv"), str(triage / "devset.jsonl")]
    )
    assert code == 0, err
    assert out.startswith("Bestået: ")
    assert "(100,0 %)" in out.splitlines()[0]
