"""The learned heads for threat and self-harm (``label_model.ABUSE_HEADS``): a half sign
the cues found, completed by a model that read the rest of the text.

Why: the cue rules read what they were written for. Measured at stop 42, the cues written
in a fix round for one batch of fresh hand-labelled sets changed no label of the next batch
(840 items of sets 307–314). A threat or a suicide signal is often said around the words a
cue knows: one weak cue matches ("jeg har en kniv i bilen", "ingen vil savne mig") and the
rest of the text, which no cue lists, makes it plain. Linear heads of words and word pairs,
trained on 314 hand-labelled sets, read that rest.

How it stays safe, like the ``learned`` detector:

- it only completes a half sign: a head is asked only where counting cues of its label
  matched and stayed below ``LABEL_AT`` (``rules.cue_weights``), never on a text the cues
  did not touch; a label the rules gave is not given again;
- a rule that looked and said no binds it: where a cue of the label matched and its
  ``unless`` vetoed it (a threat quoted or reported, a legal step, pills bought for someone
  else), the head does not overrule it (``rules.ruled_out``);
- its label holds when the calibrated probability reaches ``thresholds.yaml``'s
  ``label_model.min_probability`` (0.99): the cut at which the ~20,600 near misses and
  positives of the label tests all keep their labels;
- the evidence quotes the words that weighed most and the reason names the model and its
  probability, so a caseworker sees a learned flag for what it is.

No insult head: every insult cue weighs a whole sign, so an insult cue that matched without
a label is one the insult detector dropped on purpose (said of the writer, or reported).

It runs before ``offensive`` and ``exposure``: a named staff member threatened is exposed.
"""

from __future__ import annotations

from borgerpost.detect.base import Document, Finding, register
from borgerpost.detect.label_model import ABUSE_HEADS
from borgerpost.detect.labels.heads import HeadReader, scored
from borgerpost.detect.normalise import ensure_normalised
from borgerpost.detect.rules import cue_weights, finding, ruled_out


@register
class LearnedAbuseDetector(HeadReader):
    name = "learned_abuse"
    labels = ABUSE_HEADS
    version = "1"

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
            spans = self.evidence(doc, norm, words, label, probability)
            if spans:
                found.append(finding(self.name, self.version, label, spans, probability))
        return found
