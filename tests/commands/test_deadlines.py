"""``borgerpost deadlines overdue``: the daily overdue list, per unit, on both back ends."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

from typer.testing import CliRunner

from borgerpost.cli import app
from borgerpost.route.cases import close, local_day, open_case_requests
from borgerpost.route.deadlines import load_deadlines
from borgerpost.store.db import open_store
from tests.route.conftest import add_finding, add_message, utc

runner = CliRunner()
CONFIG = load_deadlines()
SEED = [("status", "Ydelse", "status"), ("akt", "Ydelse", "aktindsigt"),
        ("job", "Job", "status"), ("done", "Ydelse", "andet")]


def _seed(url: str) -> dict[str, int]:
    """Mon 2 Mar 2026: status (due 9 Mar) in Ydelse and Job, aktindsigt (due 11 Mar), closed."""
    store = open_store(url)
    ids: dict[str, int] = {}
    try:
        with store.session() as session:
            for name, unit, kind in SEED:
                message = add_message(session, unit=unit, received_at=utc(2026, 3, 2))
                add_finding(session, message_pk=message.id, case_kind=kind)
                (case,) = open_case_requests(session, message_pk=message.id, config=CONFIG)
                ids[name] = case.id
            close(session, case_id=ids["done"], actor="anna", outcome="besvaret", config=CONFIG)
    finally:
        store.dispose()
    return ids


def _invoke(url: str, *args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    result = runner.invoke(app, ["--db", url, "deadlines", "overdue", *args], env=env)
    return result.exit_code, result.output


def test_overdue_json_per_unit(db_url: str) -> None:
    ids = _seed(db_url)
    code, out = _invoke(db_url, "--date", "2026-03-12", "--json")
    assert code == 0, out
    listed = json.loads(out)
    assert listed["date"] == "2026-03-12"
    assert [(r["unit"], r["case"], r["working_days_late"]) for r in listed["overdue"]] == [
        ("Job", ids["job"], 3), ("Ydelse", ids["status"], 3), ("Ydelse", ids["akt"], 1)]
    code, out = _invoke(db_url, "--unit", "Ydelse", "--date", "2026-03-10", "--json")
    assert [r["kind"] for r in json.loads(out)["overdue"]] == ["status"]


def test_overdue_table_and_empty_day(db_url: str) -> None:
    _seed(db_url)
    code, out = _invoke(db_url, "--unit", "Job", "--date", "2026-03-10")
    assert code == 0 and "Overskredne frister i Job pr. 2026-03-10" in out and "2026-03-09" in out
    code, out = _invoke(db_url, "--date", "2026-03-09")
    assert code == 0 and "Ingen overskredne frister pr. 2026-03-09" in out


def test_bad_date_and_bad_deadlines_file(sqlite_url: str, tmp_path: Path) -> None:
    code, out = _invoke(sqlite_url, "--date", "12-03-2026")
    assert code == 2 and "ÅÅÅÅ-MM-DD" in out
    bad = tmp_path / "frister.yaml"
    bad.write_text("kinds: {}\n", encoding="utf-8")
    code, out = _invoke(sqlite_url, env={"BORGERPOST_DEADLINES": str(bad)})
    assert code == 2 and "missing" in " ".join(out.split())


def test_default_date_is_today_in_denmark(sqlite_url: str) -> None:
    before = local_day(datetime.now(UTC))
    code, out = _invoke(sqlite_url, "--json")
    after = local_day(datetime.now(UTC))
    assert code == 0
    assert date.fromisoformat(json.loads(out)["date"]) in {before, after}
