"""The learned heads for threat, self-harm and insult (``label_model.ABUSE_HEADS``): what a
text does to staff or to the writer, said in words no cue lists.

Why: the cue rules read what they were written for. Measured at stop 42, the cues written
in a fix round for one batch of fresh hand-labelled sets changed no label of the next batch
(840 items of sets 307–314), while heads trained only on sets 1–298 would have found 27 of
the rules' 38 missed threats there at decision 1.5, with no threat on an item that forbids
it — the writer's phrasing varies more than the cues can follow, and 300 sets carry enough
of it for a linear model of words and word pairs to read.

How it stays safe, like the ``learned`` detector:

- it runs after the rule detectors of these labels and only adds: a head is asked only for
  a label the rules did not give;
- a rule that looked and said no binds it: where a cue of the label matched and its
  ``unless`` vetoed it (a threat quoted or reported, a legal step, a figure of speech), the
  head does not overrule it (``rules.ruled_out``);
- its label holds when the calibrated probability reaches ``thresholds.yaml``'s
  ``label_model.min_probability`` for it, set high enough that the heads stay off the
  hand-written near misses of ``tests/detect``;
- the evidence quotes the words that weighed most and the reason names the model and its
  probability, so a caseworker sees a learned flag for what it is.

It runs before ``offensive`` and ``exposure``, which read its labels as they read the rules'
(an insult is degrading language; a named staff member threatened or insulted is exposed).
"""

from __future__ import annotations

from borgerpost.detect.base import Document, Finding, register
from borgerpost.detect.context import PipelineContext
from borgerpost.detect.label_model import ABUSE_HEADS, HeadSet, load_heads
from borgerpost.detect.labels.heads import head_evidence, scored
from borgerpost.detect.normalise import ensure_normalised
from borgerpost.detect.rules import cue_weights, finding, ruled_out
from borgerpost.detect.thresholds import thresholds


@register
class LearnedAbuseDetector:
    name = "learned_abuse"
    labels = ABUSE_HEADS
    version = "1"

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

    def detect(self, doc: Document) -> list[Finding]:
        given = doc.labels()
        declined = ruled_out(doc)
        partial = cue_weights(doc)
        todo = [
            label
            for label in ABUSE_HEADS
            if label not in given and label not in declined and partial.get(label, 0.0) > 0.0
        ]
        if not todo:
            return []
        words, probabilities = scored(doc, self.context, self.heads)
        cuts = self.limits.min_probability
        norm = ensure_normalised(doc)
        found: list[Finding] = []
        for label in todo:
            probability = probabilities[label]
            if probability < cuts[label]:
                continue
            count = self.limits.evidence_words
            spans = head_evidence(doc, norm, words, self.heads, label, probability, count)
            if spans:
                found.append(finding(self.name, self.version, label, spans, probability))
        return found
