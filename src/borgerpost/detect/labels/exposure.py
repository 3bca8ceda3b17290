"""``exposure``: a named staff member is publicly shamed or exposed.

Needs a ``staff_named`` finding (the staff matcher runs earlier in the pipeline), then one of:

* ``doxxing`` — private data about a staff member is exposure by itself;
* a ``threat`` or ``insult`` aimed at the named person: in the sentence that names them,
  the sentence before, or one of the two after it (where "han", "hun", "du" carry the
  reference on: "Ahmed … Han skal bløde for det"), unless that later sentence turns to
  other people ("resten af jer", "kollegerne");
* a call to spread their identity (``cues/exposure.yaml``): "husk navnet", "skriv navnet
  ned", "så I kan genkende ham", "del gerne" (weak: it needs a second such cue).

Factual criticism of a named manager, a formal complaint naming the caseworker and praise
carry none of these, so they are not exposure.
"""

from __future__ import annotations

from borgerpost.detect.base import Document, Evidence, Finding, evidence, register
from borgerpost.detect.rules import (
    LABEL_AT,
    CueDetector,
    finding,
    match_evidence,
    quote,
    total_weight,
)
from borgerpost.detect.textview import TokenView

ATTACKS = {"threat": "Trussel mod navngiven medarbejder", "insult": "Navngiven medarbejder hånet"}
OTHERS = frozenset("resten andre kolleger kollegerne kollegaer kollegaerne kollega".split())  # noqa: SIM905
FOLLOW = 2  # sentences after a mention that a pronoun may still point back to it


@register
class ExposureDetector(CueDetector):
    name = "exposure"
    labels = ("exposure",)
    version = "1"
    cue_file = "cues/exposure.yaml"

    def detect(self, doc: Document) -> list[Finding]:
        if not doc.findings_for("staff_named"):
            return []
        view, matches = self.matches(doc)
        mentions = sorted(view.mentions)
        if not mentions:
            return []
        spans: list[Evidence] = [
            evidence(doc.raw, e.start, e.end, rule="exposure:doxxing",
                     reason=f"Private oplysninger om navngiven medarbejder: {quote(e.quote)}")
            for e in doc.evidence_for("doxxing")
        ]  # fmt: skip
        spans += self._attacks(doc, view, mentions)
        if total_weight(matches) >= LABEL_AT:
            spans += [match_evidence(doc, view, m, "exposure") for m in matches]
        if not spans:
            return []
        quoted = {(e.start, e.end) for e in spans}
        spans += [
            _mention_evidence(doc, view, i)
            for i in mentions
            if (view.mentions[i].start, view.mentions[i].end) not in quoted
        ]  # the doxxed or insulted name itself is quoted once
        return [finding(self.name, self.version, "exposure", spans, 1.0)]

    def _attacks(self, doc: Document, view: TokenView, mentions: list[int]) -> list[Evidence]:
        out: list[Evidence] = []
        for label, why in ATTACKS.items():
            for e in doc.evidence_for(label):
                word = view.word_at_raw(e.start)
                if any(_linked(view, m, word) for m in mentions):
                    out.append(evidence(doc.raw, e.start, e.end, rule=f"exposure:{label}",
                                        reason=f"{why}: {quote(e.quote)}"))  # fmt: skip
        return out


def _linked(view: TokenView, mention: int, word: int) -> bool:
    """Whether an attack at ``word`` is about the staff member mentioned at ``mention``."""
    here, there = view.sentence[mention], view.sentence[word]
    if there == here or there == here - 1:
        return True
    if not 0 < there - here <= FOLLOW:
        return False
    return not any(view.words[k] in OTHERS for k in view.sentence_words(word))


def _mention_evidence(doc: Document, view: TokenView, index: int) -> Evidence:
    mention = view.mentions[index]
    return evidence(doc.raw, mention.start, mention.end, rule="exposure:staff",
                    reason=f"Navngiven medarbejder: {mention.member.name}")  # fmt: skip
