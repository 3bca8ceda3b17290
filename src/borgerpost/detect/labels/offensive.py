"""``offensive``: vulgar, profane or degrading language, aimed at someone or not.

Four sources, each its own evidence:

* vulgar words from ``lexicon/profanity.yaml`` ("fandme", "lortesystem", "pisseirriterende");
  the ``mild`` ones ("røv", "pis") only when the DKhate model agrees (``mild_words``);
* swearing frames from ``cues/offensive.yaml`` ("for helvede", "hold kæft");
* every ``insult`` found earlier in the pipeline — degrading language is offensive too;
* the DKhate language model (``offensive_model.py``) when its calibrated probability reaches
  ``thresholds.yaml``'s ``min_probability``; its evidence quotes the words that weighed most.

A vulgar intensifier before praise ("pisse godt", "hold kæft hvor er det flot") is left
out: it praises. Plain strong words ("skandale", "kritisabelt") are in none of the sources.
"""

from __future__ import annotations

from borgerpost.detect import lexicon
from borgerpost.detect.base import Document, Evidence, Finding, evidence, register
from borgerpost.detect.context import PipelineContext
from borgerpost.detect.cues import CueMatch
from borgerpost.detect.normalise import ensure_normalised
from borgerpost.detect.offensive_model import OffensiveModel, load_model
from borgerpost.detect.rules import CueDetector, finding, match_evidence, quote
from borgerpost.detect.textview import SENTENCE, TokenView
from borgerpost.detect.thresholds import thresholds

PROFANITY = "lexicon/profanity.yaml"
PRAISE_REACH = 2


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
        self.intensifiers = lexicon.word_set(PROFANITY, "intensifiers")
        self.praise = lexicon.word_set(PROFANITY, "praise")

    @property
    def model(self) -> OffensiveModel:
        """The DKhate model, loaded on first use (building a pipeline stays cheap)."""
        if self._model is None:
            self._model = load_model()
        return self._model

    def detect(self, doc: Document) -> list[Finding]:
        view, matches = self.matches(doc)
        probability, model_spans = self._model_evidence(doc)
        spans = [
            match_evidence(doc, view, m, "offensive")
            for m in matches
            if not self._praising(view, m)
        ]
        spans += self._vulgar_words(doc, view, mild=probability >= self.limits.mild_words)
        spans += [
            evidence(doc.raw, e.start, e.end, rule="offensive:insult",
                     reason=f"Nedsættende sprog: {quote(e.quote)}")
            for e in doc.evidence_for("insult")
        ]  # fmt: skip
        spans += model_spans
        if not spans:
            return []
        return [finding(self.name, self.version, "offensive", spans, max(probability, 0.9))]

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

    def _vulgar_words(self, doc: Document, view: TokenView, *, mild: bool) -> list[Evidence]:
        out: list[Evidence] = []
        for i, word in enumerate(view.words):
            if word == SENTENCE or word.startswith("@"):
                continue
            hit = lexicon.profanity().lookup(word)
            if hit is None or (hit.category == "mild" and not mild) or self._praised(view, i):
                continue
            start, end = view.raw_span(i, i)
            why = "Vulgært ord (sprogmodellen er enig)" if hit.category == "mild" else "Vulgært ord"
            out.append(evidence(doc.raw, start, end, rule=f"offensive:word:{hit.entry}",
                                reason=f"{why}: {quote(doc.raw[start:end])}"))  # fmt: skip
        return out

    def _praised(self, view: TokenView, i: int) -> bool:
        """An intensifier ("pisse", "fandme") with praise right after it ("pisse godt")."""
        if view.words[i] not in self.intensifiers:
            return False
        return any(w in self.praise for w in view.words[i + 1 : i + 1 + PRAISE_REACH])

    def _praising(self, view: TokenView, match: CueMatch) -> bool:
        """A swearing frame followed by praise: "hold kæft hvor er det flot"."""
        return any(
            w in self.praise for w in view.words[match.last + 1 : match.last + 1 + PRAISE_REACH]
        )
