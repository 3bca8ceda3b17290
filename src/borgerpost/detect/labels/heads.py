"""What the learned detectors share: one scoring of a text by every head, and the evidence a
head's flag quotes.

``learned`` (criticism, case requests) and ``learned_abuse`` (threat, self-harm) read
the same words of the same text: the heads are scored together once per document
(``HeadSet.probabilities``) and the result kept in ``doc.data``, so the second detector costs
no second pass over the words.
"""

from __future__ import annotations

from collections.abc import Sequence

from borgerpost.detect.base import Document, Evidence, evidence
from borgerpost.detect.context import PipelineContext
from borgerpost.detect.label_model import (
    FUNCTION_WORDS,
    HeadSet,
    ModelWords,
    load_heads,
    model_words,
)
from borgerpost.detect.normalise import Normalised, ensure_normalised
from borgerpost.detect.rules import quote
from borgerpost.detect.staff import ensure_staff
from borgerpost.detect.thresholds import thresholds

EVIDENCE_POOL = 10  # the strongest contributions looked through for meaningful words

# How a flag names its label to a caseworker
DANISH: dict[str, str] = {
    "criticism": "kritik",
    "case_request": "anmodning i en sag",
    "threat": "trussel",
    "self_harm": "selvskade",
}


class HeadReader:
    """What both learned detectors hold: the pipeline's context, the head set and the
    thresholds. ``heads`` replaces the shipped heads (the tests give small ones)."""

    def __init__(self, context: PipelineContext, heads: HeadSet | None = None) -> None:
        self.context = context
        self._heads = heads
        self.limits = thresholds().label_model

    @property
    def heads(self) -> HeadSet:
        """The shipped heads, loaded on first use (building a pipeline stays cheap)."""
        if self._heads is None:
            self._heads = load_heads()
        return self._heads

    def evidence(
        self, doc: Document, norm: Normalised, words: ModelWords, label: str, probability: float
    ) -> list[Evidence]:
        """``head_evidence`` with this detector's heads and its number of evidence words."""
        count = self.limits.evidence_words
        return head_evidence(doc, norm, words, self.heads, label, probability, count)


def scored(
    doc: Document, context: PipelineContext, heads: HeadSet
) -> tuple[ModelWords, dict[str, float]]:
    """The words the heads read in ``doc`` (staff names left out) and every head's
    probability, computed on first use and kept in ``doc.data``."""
    cache = doc.data.setdefault("head_scores", {})
    assert isinstance(cache, dict)
    kept = cache.get(id(heads))  # per head set: a test may give each detector its own
    if kept is None:
        norm = ensure_normalised(doc)
        words = model_words(norm, ensure_staff(doc, context.staff_matcher))
        kept = cache[id(heads)] = (words, heads.probabilities(words.words))
    assert isinstance(kept, tuple)
    return kept


def _grammar_only(words: Sequence[str]) -> bool:
    return all(word in FUNCTION_WORDS for word in words)


def head_evidence(
    doc: Document,
    norm: Normalised,
    words: ModelWords,
    heads: HeadSet,
    label: str,
    probability: float,
    count: int,
) -> list[Evidence]:
    """The ``count`` words that pushed ``label``'s head up most, function words left out;
    none when no other word did (a flag nobody can point at is not given). The reason names
    the model and its probability, so a caseworker sees a learned flag for what it is."""
    head = heads.heads[label]
    ranked = head.contributions(head.assess(words.words), top=EVIDENCE_POOL, share=0.0)
    top = [c for c in ranked if not _grammar_only(words.words[c.index : c.last + 1])][:count]
    columns = norm.columns
    origin = words.origin
    spans = [(columns.raw_starts[origin[c.index]], columns.raw_ends[origin[c.last]]) for c in top]
    quotes = ", ".join(quote(doc.raw[a:b]) for a, b in spans)
    reason = (
        f"Lært model for {DANISH[label]} ({probability:.2f}), "
        f"trænet på borgerposts eksempeltekster — vægtigste ord: {quotes}"
    )
    rule = f"learned:{label}"
    return [evidence(doc.raw, a, b, rule=rule, reason=reason) for a, b in spans]
