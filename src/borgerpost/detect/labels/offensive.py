"""``offensive``: vulgar, profane or degrading language, aimed at someone or not.

Four sources, each its own evidence:

* vulgar words from ``lexicon/profanity.yaml`` ("fandme", "lortesystem", "pisseirriterende");
* swearing frames from ``cues/offensive.yaml`` ("for helvede", "hold kæft");
* every ``insult`` found earlier in the pipeline — degrading language is offensive too;
* the DKhate language model (``offensive_model.py``) when its calibrated probability reaches
  ``thresholds.yaml``'s ``min_probability``; its evidence quotes the words that weighed most.

Plain strong words ("skandale", "kritisabelt") are in none of these.
"""

from __future__ import annotations

from borgerpost.detect import lexicon
from borgerpost.detect.base import Document, Evidence, Finding, evidence, register
from borgerpost.detect.context import PipelineContext
from borgerpost.detect.normalise import ensure_normalised
from borgerpost.detect.offensive_model import OffensiveModel, load_model
from borgerpost.detect.rules import CueDetector, finding, match_evidence, quote
from borgerpost.detect.textview import SENTENCE, TokenView
from borgerpost.detect.thresholds import thresholds


@register
class OffensiveDetector(CueDetector):
    name = "offensive"
    labels = ("offensive",)
    version = "1"
    cue_file = "cues/offensive.yaml"

    def __init__(self, context: PipelineContext, model: OffensiveModel | None = None) -> None:
        super().__init__(context)
        self._model = model
        self.limits = thresholds().offensive_model

    @property
    def model(self) -> OffensiveModel:
        """The DKhate model, loaded on first use (building a pipeline stays cheap)."""
        if self._model is None:
            self._model = load_model()
        return self._model

    def detect(self, doc: Document) -> list[Finding]:
        view, matches = self.matches(doc)
        spans = [match_evidence(doc, view, m, "offensive") for m in matches]
        spans += _vulgar_words(doc, view)
        spans += [
            evidence(doc.raw, e.start, e.end, rule="offensive:insult",
                     reason=f"Nedsættende sprog: {quote(e.quote)}")
            for e in doc.evidence_for("insult")
        ]  # fmt: skip
        score, model_spans = self._model_evidence(doc)
        spans += model_spans
        if not spans:
            return []
        return [finding(self.name, self.version, "offensive", spans, max(score, 0.9))]

    def _model_evidence(self, doc: Document) -> tuple[float, list[Evidence]]:
        words = ensure_normalised(doc).words
        texts = [w.text for w in words]
        probability = self.model.probability(texts)
        if probability < self.limits.min_probability:
            return probability, []
        top = self.model.explain(texts, self.limits.evidence_words)
        quotes = ", ".join(quote(doc.raw[words[c.index].raw_start : words[c.last].raw_end])
                           for c in top)  # fmt: skip
        reason = f"Sprogmodel (DKhate): {probability:.2f} — {quotes}"
        return probability, [
            evidence(doc.raw, words[c.index].raw_start, words[c.last].raw_end,
                     rule="offensive:model", reason=reason)
            for c in top
        ]  # fmt: skip


def _vulgar_words(doc: Document, view: TokenView) -> list[Evidence]:
    out: list[Evidence] = []
    for i, word in enumerate(view.words):
        if word == SENTENCE or word.startswith("@"):
            continue
        hit = lexicon.profanity().lookup(word)
        if hit is not None:
            start, end = view.raw_span(i, i)
            out.append(evidence(doc.raw, start, end, rule=f"offensive:word:{hit.entry}",
                                reason=f"Vulgært ord: {quote(doc.raw[start:end])}"))  # fmt: skip
    return out
