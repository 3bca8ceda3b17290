"""The triage pipeline: every registered detector, in order, over one document at a time.

Order matters because later detectors read earlier results:

    normalise -> staff -> pii -> view            shared components (doc.data)
    staff_named, doxxing                          who is named, what private data
    threat, self_harm, insult                     what the text does
    learned_abuse                                 one of those the rules missed (heads)
    offensive                                     reads insult
    exposure                                      reads staff_named + doxxing/threat/insult
    criticism, case_request, representative       reads threat/insult
    learned                                       a label the rules missed (label_model.py)

A detector registered later (a new file in ``labels/``) runs after the known ones, in name
order. A component or detector that raises does not stop the others: the result lists it
in ``failed`` and its labels are simply absent, so the caller can send the message to
manual review with the failure noted — never a silent pass.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from borgerpost.detect.base import REGISTRY, Detector, Document, Finding
from borgerpost.detect.context import PipelineContext
from borgerpost.detect.labels import load_all
from borgerpost.detect.normalise import ensure_normalised
from borgerpost.detect.offensive_model import OffensiveModel
from borgerpost.detect.pii import OfficialContacts, ensure_pii
from borgerpost.detect.quoted import blank, quoted_letters
from borgerpost.detect.staff import ensure_staff
from borgerpost.detect.textview import ensure_view
from borgerpost.register import StaffMember

ORDER: tuple[str, ...] = (
    "staff_named",
    "doxxing",
    "threat",
    "self_harm",
    "insult",
    "learned_abuse",
    "offensive",
    "exposure",
    "criticism",
    "case_request",
    "representative",
    "learned",
)


@dataclass(frozen=True)
class TriageResult:
    """The labels of one text, the kind of case request, every finding, and any failure."""

    labels: frozenset[str]
    case_kind: str | None
    findings: tuple[Finding, ...]
    failed: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        """True when every component and detector ran."""
        return not self.failed


Stage = tuple[str, Callable[[Document], object]]


class Pipeline:
    """Detectors built once for a staff register; ``run``/``pipe`` per text."""

    def __init__(self, context: PipelineContext, detectors: Sequence[Detector]) -> None:
        self.context = context
        self.detectors = tuple(detectors)
        self._staff_names = tuple(m.name for m in context.staff_matcher.members)
        self.stages: tuple[Stage, ...] = (
            ("normalise", ensure_normalised),
            ("staff", lambda doc: ensure_staff(doc, context.staff_matcher)),
            ("pii", lambda doc: ensure_pii(doc, context.official_contacts)),
            ("view", lambda doc: ensure_view(doc, context)),
        )

    @classmethod
    def from_register(
        cls,
        members: Sequence[StaffMember],
        *,
        official_contacts: str | Path | OfficialContacts | None = None,
        offensive_model: OffensiveModel | None = None,
    ) -> Pipeline:
        """Build every registered detector for ``members`` (the staff register).

        ``offensive_model`` replaces the shipped DKhate model (cross-validation uses it).
        """
        context = PipelineContext.build(members, official_contacts=official_contacts)
        return cls(context, build_detectors(context, offensive_model=offensive_model))

    def run(self, text: str) -> TriageResult:
        """Triage one text: the writer's words, not a jobcentre letter quoted below them."""
        doc = Document(self.writers_text(text))
        failed: list[str] = []
        for name, stage in self.stages:
            _attempt(name, partial(stage, doc), failed)
        for detector in self.detectors:
            _attempt(detector.name, partial(_extend, doc, detector), failed)
        kinds = [f.case_kind for f in doc.findings if f.case_kind]
        return TriageResult(
            labels=frozenset(doc.labels()),
            case_kind=kinds[0] if kinds else None,
            findings=tuple(doc.findings),
            failed=tuple(failed),
        )

    def writers_text(self, text: str) -> str:
        """``text`` with quoted or forwarded jobcentre letters blanked (``detect.quoted``);
        same length, so offsets into it are offsets into ``text``."""
        return blank(text, quoted_letters(text, self.context.official_contacts, self._staff_names))

    def pipe(self, texts: Iterable[str]) -> Iterator[TriageResult]:
        """Triage texts lazily, results in input order (constant memory)."""
        for text in texts:
            yield self.run(text)


def build_detectors(
    context: PipelineContext, *, offensive_model: OffensiveModel | None = None
) -> list[Detector]:
    """One instance of every registered detector, in pipeline order."""
    load_all()
    names = sorted(REGISTRY, key=lambda n: (ORDER.index(n) if n in ORDER else len(ORDER), n))
    detectors: list[Detector] = []
    for name in names:
        factory = REGISTRY[name]
        if name == "offensive" and offensive_model is not None:
            detectors.append(factory(context, model=offensive_model))
        else:
            detectors.append(factory(context))
    return detectors


def _extend(doc: Document, detector: Detector) -> None:
    doc.findings.extend(detector.detect(doc))


def _attempt(name: str, action: Callable[[], object], failed: list[str]) -> None:
    """Run ``action``; on any exception note ``name: ErrorType: message`` in ``failed``.

    Catching everything is deliberate: one broken detector must not lose the message or
    the other labels. The error is not swallowed — it travels in the result.
    """
    try:
        action()
    except Exception as exc:
        failed.append(f"{name}: {type(exc).__name__}: {exc}")
