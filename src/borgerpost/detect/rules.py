"""What the rule-based label detectors share: cue scoring, evidence, who a phrase is about.

A label holds when the weights of the DISTINCT cues found (not cancelled by negation) add up
to ``LABEL_AT`` (1.0): one strong cue, or two weak ones that together make the case ("har
en riffel" + "I er advaret"). Every counted match becomes one evidence span in the raw text,
with a reason a caseworker reads directly: ``"Trussel om vold: »slår dig ihjel«"``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import ClassVar

from borgerpost.detect.base import REGISTRY, Document, Evidence, Finding, evidence
from borgerpost.detect.context import PipelineContext
from borgerpost.detect.cue_index import cue_index
from borgerpost.detect.cues import CueMatch, CueSet, cue_set
from borgerpost.detect.staff_words import PERSON_PARTS, is_title
from borgerpost.detect.textview import SENTENCE, STAFF, STAFF_GENITIVE, TokenView, ensure_view

LABEL_AT = 1.0
MAX_QUOTE = 80
SELF = "self"
OTHER = "other"

FIRST_PERSON = frozenset("jeg mig min mit mine vi os vores man selv".split())  # noqa: SIM905
OTHER_PERSON = frozenset(
    [
        *str.split(
            "du dig din dit dine I jer jeres han hun ham hende hans hendes de dem deres dennes "
            "sagsbehandlere folk personalet ansatte"
        ),
        STAFF,
        STAFF_GENITIVE,
    ]
)
PERSON_REACH = 8
# the copula and the sentence adverbs that may stand before a stressing "selv"
SELF_AFTER_COPULA = frozenset(
    "er var sikkert nok vel jo da garanteret formentlig sandsynligvis også måske".split()  # noqa: SIM905
)


def quote(text: str) -> str:
    """``»text«``, shortened in the middle when long (a reason stays one line)."""
    text = " ".join(text.split())
    if len(text) > MAX_QUOTE:
        text = text[: MAX_QUOTE // 2 - 1] + " … " + text[-(MAX_QUOTE // 2 - 2) :]
    return f"»{text}«"


def match_evidence(doc: Document, view: TokenView, match: CueMatch, label: str) -> Evidence:
    """The raw span of a cue match, with the cue's reason and the words quoted."""
    start, end = view.raw_span(match.first, match.last)
    return evidence(
        doc.raw,
        start,
        end,
        rule=f"{label}:{match.cue.id}",
        reason=f"{match.cue.reason}: {quote(doc.raw[start:end])}",
    )


def counted(matches: Iterable[CueMatch]) -> list[CueMatch]:
    """Matches that count: not negated, and not inside a longer match of the same cue."""
    live = [m for m in matches if not m.negated]
    same_cue: dict[str, list[CueMatch]] = {}  # most cues match once: nothing to compare
    for m in live:
        same_cue.setdefault(m.cue.id, []).append(m)
    return [
        m
        for m in live
        if len(others := same_cue[m.cue.id]) == 1 or not any(
            o is not m and o.first <= m.first and m.last <= o.last
            and (o.first, o.last) != (m.first, m.last)
            for o in others
        )
    ]  # fmt: skip


def total_weight(matches: Iterable[CueMatch]) -> float:
    """Sum of the weights of the distinct cues among ``matches`` (of the distinct patterns,
    for a cue marked ``each``: independent weak signs that add up)."""
    weights: dict[tuple[str, int], float] = {}
    for m in matches:
        weights[m.key] = max(weights.get(m.key, 0.0), m.cue.weight)
    return sum(weights.values())


def finding(
    detector: str,
    version: str,
    label: str,
    spans: Sequence[Evidence],
    score: float,
    case_kind: str | None = None,
) -> Finding:
    """One finding with one evidence per span, in text order."""
    unique = tuple(sorted(one_per_span(spans), key=lambda e: (e.start, e.end)))
    return Finding(detector, label, min(1.0, score), unique, version, case_kind)


def one_per_span(spans: Iterable[Evidence]) -> list[Evidence]:
    """One evidence per span: words two cues or sources found ("shit" in the lexicon and
    among the model's weightiest; a weapon brought to a meeting) are quoted once, with the
    first rule kept and the other reasons joined to its reason."""
    merged: dict[tuple[int, int], Evidence] = {}
    for e in spans:
        first = merged.get((e.start, e.end))
        if first is None:
            merged[(e.start, e.end)] = e
        elif e.reason not in first.reason:
            merged[(e.start, e.end)] = replace(first, reason=f"{first.reason}; {e.reason}")
    return list(merged.values())


def person_before(view: TokenView, index: int, reach: int = PERSON_REACH) -> str:
    """Who the words before ``index`` (same sentence) are about: ``SELF``, ``OTHER`` or "".

    The nearest person word in the clause decides: "du er en idiot" -> OTHER, "jeg følte
    mig som en idiot" -> SELF, "kaldte mig en idiot" -> SELF (the writer reports being
    called it). A comma ends the search: "… jeg har mødt, en kold og kynisk ko" -> "".
    """
    words = view.words
    k = index - 1
    while k >= 0 and index - k <= reach and words[k] != SENTENCE:
        if view.clause_break[k + 1] and k + 1 < index:
            return ""
        word = words[k]
        if word == "selv" and k > 0 and _stressed_other(words[k - 1]):
            return OTHER  # "manden selv er en kold fisk": "selv" stresses the one before it
        if word == "selv" and k > 0 and words[k - 1] in SELF_AFTER_COPULA:
            # probe round 361: "selv" after the verb stresses the subject before it ("de
            # ansatte er vel selv nogle tosser"); the search goes on to find that subject
            k -= 1
            continue
        if word in FIRST_PERSON:
            return SELF
        if word in OTHER_PERSON or is_title(word):
            return OTHER
        k -= 1
    return ""


def _stressed_other(word: str) -> bool:
    """A word for someone else that "selv" may follow ("hun selv", "chefen selv")."""
    return word in OTHER_PERSON or is_title(word) or word in PERSON_PARTS


class CueDetector:
    """A label detector made of one cue file: the label holds at ``LABEL_AT``."""

    name: ClassVar[str]
    labels: ClassVar[tuple[str, ...]]
    version: ClassVar[str]
    cue_file: ClassVar[str]

    def __init__(self, context: PipelineContext) -> None:
        self.context = context
        self.cues: CueSet = cue_set(self.cue_file)
        # one anchor scan per text serves every cue detector (see ``cue_index``)
        self.index = cue_index(_cue_files(self.cue_file))
        self.slot = self.index.slot(self.cues)

    def matches(self, doc: Document) -> tuple[TokenView, list[CueMatch]]:
        """The view of ``doc`` and the counting matches of this detector's cues. A cue
        marked ``rules_out: true`` never counts: its match only rules the label out, the
        way a vetoed match does (``ruled_out``)."""
        view = ensure_view(doc, self.context)
        if not view.words:
            return view, []
        vetoed: list[int] = []
        found = self.cues.find(view, self.index.windows(view)[self.slot], vetoed)
        counting = [m for m in found if not m.cue.extra.get("rules_out")]
        if vetoed or len(counting) < len(found):
            ruled_out(doc).add(self.labels[0])
        kept = counted(counting)
        cue_weights(doc)[self.labels[0]] = total_weight(kept)
        return view, kept

    def detect(self, doc: Document) -> list[Finding]:
        view, matches = self.matches(doc)
        return self.decide(doc, view, matches)

    def decide(self, doc: Document, view: TokenView, matches: list[CueMatch]) -> list[Finding]:
        """The finding when the distinct cues of ``matches`` weigh ``LABEL_AT``: a detector
        that vetoes or drops matches first hands the rest here."""
        weight = total_weight(matches)
        if weight < LABEL_AT:
            return []
        label = self.labels[0]
        spans = [match_evidence(doc, view, m, label) for m in matches]
        return [finding(self.name, self.version, label, spans, weight)]


def cue_weights(doc: Document) -> dict[str, float]:
    """Per label, the weight its counting cues reached in ``doc`` (below ``LABEL_AT``: a
    half sign the rules alone do not call a label; a learned head may complete it)."""
    found = doc.data.setdefault("cue_weights", {})
    assert isinstance(found, dict)
    return found


def ruled_out(doc: Document) -> set[str]:
    """The labels some cue of which matched ``doc`` and was vetoed by its ``unless``: the
    rules looked at the words and said no, which a learned head does not overrule."""
    found = doc.data.setdefault("ruled_out", set())
    assert isinstance(found, set)
    return found


def _cue_files(own: str) -> tuple[str, ...]:
    """The cue files of every registered cue detector, and ``own``."""
    files = {getattr(cls, "cue_file", None) for cls in REGISTRY.values()} | {own}
    return tuple(sorted(f for f in files if isinstance(f, str)))
