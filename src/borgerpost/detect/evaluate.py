"""Measure the engine on a labelled must/must_not set (the dev set's format).

An item is ``{"id", "text", "must": [labels], "must_not": [labels]}``; it passes when every
``must`` label is given and no ``must_not`` label is. Per label we count recall (given where
it must be) and false flags (given where it must not be). Labels in neither list are free.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from borgerpost.detect.base import LABELS
from borgerpost.detect.pipeline import Pipeline, TriageResult
from borgerpost.errors import IngestError, InputFormatError


@dataclass(frozen=True)
class EvalItem:
    """One labelled text."""

    id: str
    text: str
    must: frozenset[str]
    must_not: frozenset[str]


@dataclass(frozen=True)
class ItemOutcome:
    """What the engine did with one item."""

    item: EvalItem
    given: frozenset[str]
    missing: frozenset[str]
    unwanted: frozenset[str]
    failed: tuple[str, ...]

    @property
    def passed(self) -> bool:
        return not self.missing and not self.unwanted and not self.failed


@dataclass
class LabelCounts:
    """Per label: how often it was required, found, forbidden and wrongly given."""

    must: int = 0
    found: int = 0
    must_not: int = 0
    false_flags: int = 0

    @property
    def recall(self) -> float | None:
        return self.found / self.must if self.must else None


@dataclass
class EvalReport:
    """Every outcome and the per-label counts."""

    outcomes: list[ItemOutcome] = field(default_factory=list)
    labels: dict[str, LabelCounts] = field(default_factory=dict)

    @property
    def passed(self) -> int:
        return sum(o.passed for o in self.outcomes)

    @property
    def pass_rate(self) -> float:
        return self.passed / len(self.outcomes) if self.outcomes else 0.0

    def failures(self) -> list[ItemOutcome]:
        return [o for o in self.outcomes if not o.passed]


def read_set(path: Path) -> list[EvalItem]:
    """Read a must/must_not JSONL file; a bad line is an ``InputFormatError`` naming it."""
    try:
        lines = path.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise IngestError(f"kan ikke læse {path}: {exc}") from exc
    return [item for item in _items(lines, path)]


def _items(lines: Iterable[str], path: Path) -> Iterator[EvalItem]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputFormatError(f"{path}: ugyldig JSON: {exc.msg}", line=number) from exc
        yield _item(data, path, number)


def _item(data: object, path: Path, number: int) -> EvalItem:
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise InputFormatError(f"{path}: forventede et objekt med 'text'", line=number)
    lists = {k: data.get(k, []) for k in ("must", "must_not")}
    for key, value in lists.items():
        if not isinstance(value, list) or any(v not in LABELS for v in value):
            raise InputFormatError(f"{path}: '{key}' skal være en liste af kendte labels",
                                   line=number)  # fmt: skip
    return EvalItem(
        id=str(data.get("id", number)),
        text=data["text"],
        must=frozenset(lists["must"]),
        must_not=frozenset(lists["must_not"]),
    )


def evaluate(pipeline: Pipeline, items: list[EvalItem]) -> EvalReport:
    """Run ``pipeline`` over ``items`` and compare with their labels."""
    report = EvalReport(labels={label: LabelCounts() for label in LABELS})
    for item, result in zip(items, pipeline.pipe(i.text for i in items), strict=True):
        report.outcomes.append(_outcome(item, result))
        for label in item.must:
            report.labels[label].must += 1
            report.labels[label].found += label in result.labels
        for label in item.must_not:
            report.labels[label].must_not += 1
            report.labels[label].false_flags += label in result.labels
    return report


def _outcome(item: EvalItem, result: TriageResult) -> ItemOutcome:
    return ItemOutcome(
        item=item,
        given=result.labels,
        missing=item.must - result.labels,
        unwanted=item.must_not & result.labels,
        failed=result.failed,
    )
