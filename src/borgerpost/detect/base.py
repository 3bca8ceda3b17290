"""The one interface every detector implements, and the immutable results they return.

A detector is a small class with ``name``, ``labels``, ``version`` and one method,
``detect(doc) -> Iterable[Finding]``. It registers itself with ``@register`` where it is
defined, so adding a detector is adding one file. Detectors run in pipeline order over one
shared ``Document``: later detectors (e.g. ``exposure``) may read the findings of earlier
ones (``staff_named``, ``insult``) through ``doc.findings``.

Evidence offsets always point into the ORIGINAL text (``doc.raw``), never into the
normalised text: ``doc.raw[e.start:e.end] == e.quote`` holds for every span.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import ClassVar, Protocol, TypeVar, runtime_checkable

LABELS: tuple[str, ...] = (
    "threat",
    "self_harm",
    "insult",
    "offensive",
    "staff_named",
    "exposure",
    "doxxing",
    "criticism",
    "case_request",
    "representative",
)

CASE_KINDS: tuple[str, ...] = (
    "klage",
    "aktindsigt",
    "genoptagelse",
    "partshoering",
    "moede",
    "status",
    "udbetaling",
    "andet",
)


@dataclass(frozen=True, slots=True)
class Evidence:
    """One span of the original text that supports a finding, and why."""

    start: int
    end: int
    quote: str
    rule: str
    reason: str


@dataclass(frozen=True, slots=True)
class Finding:
    """A label given by one detector, with the evidence for it."""

    detector: str
    label: str
    score: float
    evidence: tuple[Evidence, ...]
    detector_version: str
    case_kind: str | None = None


@dataclass
class Document:
    """One text on its way through the pipeline.

    ``raw`` is the text as received; ``data`` is a scratch space where shared components
    (the normaliser, the staff matcher, the PII recognizers) leave their results for the
    detectors after them, keyed by component name.
    """

    raw: str
    findings: list[Finding] = field(default_factory=list)
    data: dict[str, object] = field(default_factory=dict)

    def labels(self) -> set[str]:
        """Distinct labels found so far."""
        return {f.label for f in self.findings}

    def findings_for(self, label: str) -> list[Finding]:
        """Findings with ``label``, in pipeline order."""
        return [f for f in self.findings if f.label == label]

    def evidence_for(self, label: str) -> list[Evidence]:
        """Every evidence span of ``label``."""
        return [e for f in self.findings_for(label) for e in f.evidence]


@runtime_checkable
class Detector(Protocol):
    """What the pipeline needs of a detector."""

    name: ClassVar[str]
    labels: ClassVar[tuple[str, ...]]
    version: ClassVar[str]

    def detect(self, doc: Document) -> Iterable[Finding]:
        """Return the findings for ``doc``; may read earlier findings and ``doc.data``."""
        ...


D = TypeVar("D")

REGISTRY: dict[str, type] = {}


def register(cls: type[D]) -> type[D]:
    """Class decorator: make a detector known to the pipeline under its ``name``."""
    name = getattr(cls, "name", None)
    if not name:
        raise TypeError(f"{cls.__name__} needs a class attribute 'name'")
    if name in REGISTRY and REGISTRY[name] is not cls:
        raise ValueError(f"detector name {name!r} registered twice")
    REGISTRY[name] = cls
    return cls


def evidence(raw: str, start: int, end: int, *, rule: str, reason: str) -> Evidence:
    """Build an ``Evidence`` whose quote is cut from ``raw`` itself (so it always matches)."""
    return Evidence(start=start, end=end, quote=raw[start:end], rule=rule, reason=reason)


Factory = Callable[[], Detector]
