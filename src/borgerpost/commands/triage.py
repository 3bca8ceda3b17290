"""``borgerpost classify | eval`` — the triage engine on the command line.

    borgerpost classify --staff STAFF.csv  < in.jsonl > out.jsonl
    borgerpost eval --staff STAFF.csv SET.jsonl

``classify`` streams: one JSON line in ({"id", "text"}), one JSON line out, flushed at once,
so memory stays constant however long the input is. A bad input line is reported on stderr
by its line number and skipped; the rest is still classified. A malformed staff register
stops everything (exit 2) — triage without the register would not protect anyone.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer

from borgerpost.commands.context import fail
from borgerpost.detect.evaluate import EvalReport, ItemOutcome, evaluate, read_set
from borgerpost.detect.pipeline import Pipeline, TriageResult
from borgerpost.errors import BorgerpostError, StaffRegisterError
from borgerpost.register import read_register

EXCERPT = 90

StaffOption = Annotated[
    Path, typer.Option("--staff", help="Medarbejderregisteret (CSV: name,role,unit,aliases).")
]
OfficialOption = Annotated[
    str | None,
    typer.Option("--official", help="YAML med jobcentrets egne kontaktdata (ellers standard)."),
]


def register(app: typer.Typer) -> None:
    """Add the triage commands to the root app."""
    app.command("classify")(classify)
    app.command("eval")(evaluate_set)


def classify(staff: StaffOption, official: OfficialOption = None) -> None:
    """Klassificér JSONL fra stdin ({"id","text"}); skriver labels og evidens som JSONL."""
    pipeline = _pipeline(staff, official)
    for number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        record = _record(line, number)
        if record is None:
            continue
        result = pipeline.run(record["text"])
        _write(sys.stdout, output_record(record.get("id"), result))


def evaluate_set(
    dataset: Annotated[Path, typer.Argument(help="JSONL med id, text, must, must_not.")],
    staff: StaffOption,
    official: OfficialOption = None,
) -> None:
    """Mål motoren på et must/must_not-sæt: beståelsesrate, recall og fejlflag pr. label."""
    pipeline = _pipeline(staff, official)
    try:
        items = read_set(dataset)
    except BorgerpostError as exc:
        fail(str(exc), code=2)
    report = evaluate(pipeline, items)
    for line in report_lines(report):
        typer.echo(line)


def output_record(item_id: Any, result: TriageResult) -> dict[str, Any]:
    """The JSON object ``classify`` writes for one text."""
    out: dict[str, Any] = {
        "id": item_id,
        "labels": sorted(result.labels),
        "case_kind": result.case_kind,
        "evidence": [
            {"label": f.label, "start": e.start, "end": e.end, "text": e.quote, "reason": e.reason}
            for f in result.findings
            for e in f.evidence
        ],
    }
    if result.failed:
        out["failed"] = list(result.failed)
    return out


def report_lines(report: EvalReport) -> Iterable[str]:
    """The eval printout: pass rate, a per-label table, then every failing item."""
    total = len(report.outcomes)
    yield f"Bestået: {report.passed}/{total} ({_percent(report.pass_rate)})"
    yield ""
    yield f"{'label':<16}{'skal':>6}{'fundet':>8}{'recall':>9}{'må ikke':>9}{'fejlflag':>10}"
    for label, counts in report.labels.items():
        recall = "-" if counts.recall is None else _percent(counts.recall)
        yield (f"{label:<16}{counts.must:>6}{counts.found:>8}{recall:>9}"
               f"{counts.must_not:>9}{counts.false_flags:>10}")  # fmt: skip
    failures = report.failures()
    if failures:
        yield ""
        yield f"Fejlede ({len(failures)}):"
        yield from (_failure_line(o) for o in failures)


def _percent(share: float) -> str:
    """Danish style: "97,6 %"."""
    return f"{100 * share:.1f} %".replace(".", ",")


def _failure_line(outcome: ItemOutcome) -> str:
    text = " ".join(outcome.item.text.split())
    excerpt = text if len(text) <= EXCERPT else text[: EXCERPT - 1] + "…"
    parts = [f"  {outcome.item.id}:"]
    if outcome.missing:
        parts.append(f"mangler {', '.join(sorted(outcome.missing))};")
    if outcome.unwanted:
        parts.append(f"uønsket {', '.join(sorted(outcome.unwanted))};")
    if outcome.failed:
        parts.append(f"detektorfejl {'; '.join(outcome.failed)};")
    parts.append(f"»{excerpt}«")
    return " ".join(parts)


def _pipeline(staff: Path, official: str | None) -> Pipeline:
    try:
        members = read_register(staff)
    except StaffRegisterError as exc:
        fail(f"{staff}: {exc}", code=2)
    try:
        return Pipeline.from_register(members, official_contacts=official or None)
    except BorgerpostError as exc:
        fail(str(exc), code=2)


def _record(line: str, number: int) -> dict[str, Any] | None:
    """Parse one input line; report a bad one on stderr (naming the line) and skip it."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        _error(f"linje {number}: ugyldig JSON ({exc.msg}); springes over")
        return None
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        _error(f"linje {number}: forventede et objekt med tekstfeltet 'text'; springes over")
        return None
    return record


def _write(stream: TextIO, record: dict[str, Any]) -> None:
    stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    stream.flush()


def _error(message: str) -> None:
    sys.stderr.write(f"fejl: {message}\n")
    sys.stderr.flush()
