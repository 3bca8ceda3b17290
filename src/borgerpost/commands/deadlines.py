"""``borgerpost deadlines overdue``: the daily list of case requests past their deadline.

Meant for a morning cron job or a team leader's terminal. It prints ids, kinds, units
and dates only — never subjects, senders or text — because the command line has no
per-user access check or audit trail.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from borgerpost.commands.context import CliContext, fail
from borgerpost.errors import BorgerpostError
from borgerpost.route import cases
from borgerpost.route.calendar import DanishCalendar
from borgerpost.route.deadlines import load_deadlines
from borgerpost.store.tables import CaseRequest

app = typer.Typer(no_args_is_help=True)
_out = Console()


def _day(value: str | None) -> date:
    if not value:
        return cases.local_day(datetime.now(cases.LOCAL_TZ))
    try:
        return date.fromisoformat(value)
    except ValueError:
        fail(f"ugyldig dato {value!r}: brug formatet ÅÅÅÅ-MM-DD", code=2)


@app.command("overdue")
def overdue(
    ctx: typer.Context,
    unit: Annotated[str | None, typer.Option("--unit", help="Only this unit.")] = None,
    day: Annotated[str | None, typer.Option(
        "--date", metavar="YYYY-MM-DD", help="The day to list for (default: today).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Open case requests whose deadline has passed, per unit, oldest deadline first."""
    context: CliContext = ctx.obj
    today = _day(day)
    try:
        config = load_deadlines(context.settings.deadlines)
    except BorgerpostError as exc:
        fail(str(exc), code=2)
    store = context.open_migrated_store()
    with store.session() as session:
        late = cases.overdue(session, unit=unit, today=today)
        rows = [_row(case, today, config.working_calendar) for case in late]
    if as_json:
        typer.echo(json.dumps({"date": today.isoformat(), "overdue": rows}, ensure_ascii=False))
        return
    _print(rows, today, unit)


def _row(case: CaseRequest, today: date, calendar: DanishCalendar) -> dict[str, object]:
    return {"case": case.id, "message": case.message_pk, "unit": case.unit, "kind": case.kind,
            "received_on": case.received_on.isoformat(), "due_on": case.due_on.isoformat(),
            "working_days_late": calendar.working_days_between(case.due_on, today)}


def _print(rows: list[dict[str, object]], today: date, unit: str | None) -> None:
    where = f" i {unit}" if unit else ""
    if not rows:
        _out.print(f"Ingen overskredne frister{where} pr. {today.isoformat()}.")
        return
    table = Table("Enhed", "Frist", "Arbejdsdage over", "Anmodning", "Sag", "Besked", "Modtaget",
                  title=f"Overskredne frister{where} pr. {today.isoformat()}")
    for row in rows:
        table.add_row(str(row["unit"] or "–"), str(row["due_on"]), str(row["working_days_late"]),
                      str(row["kind"]), str(row["case"]), str(row["message"]),
                      str(row["received_on"]))
    _out.print(table)
