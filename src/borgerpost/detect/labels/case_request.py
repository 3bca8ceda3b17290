"""``case_request``: the writer asks for something in a case, with the kind of request.

Cues in ``cues/case_request.yaml`` each carry a ``kind`` (klage, aktindsigt, genoptagelse,
partshoering, moede, status, udbetaling, andet). Each kind has its own legal deadline, so
when a text asks for several things the finding names the one whose deadline matters most
(``KIND_ORDER``: a complaint before a question about status); the evidence lists them all.
A cue marked ``heading`` ("Klage." as a title) counts only at the text's first word.
Probe round 65: a cue marked ``question`` counts only in a sentence that ends with "?" ("Er
den kommet igennem?" asks, "Nu er den kommet igennem" tells); a cue marked ``context`` never
counts itself, it only lets count the cues that name it in ``needs`` (a contract to sign is
the jobcentre's matter where the text speaks of a placement, not of a flat or a car).
Probe round 75: a text headed as a public letter ("Læserbrev", "Debatindlæg") asks nothing in
a case where it tells what befell someone ("I januar fik han stoppet sin uddannelseshjælp"):
there a cue counts only in a sentence where the writer speaks ("jeg kræver aktindsigt i min
egen sag"), and a cue dropped so rules the label out, as a veto does.
Probe round 267: so does a post that gives a staff member's private data away and calls on
its readers to share it ("Del den her! Det var Jens Bo, der skar i min fars sygedagpenge. Han
bor på …"): it tells the public who did what, it asks the jobcentre nothing.
"""

from __future__ import annotations

from borgerpost.detect.base import CASE_KINDS, Document, Finding, register
from borgerpost.detect.context import PipelineContext
from borgerpost.detect.cues import CueMatch
from borgerpost.detect.rules import CueDetector, finding, match_evidence, ruled_out
from borgerpost.detect.textview import opens_as_public_letter
from borgerpost.errors import ConfigError

KIND_ORDER: tuple[str, ...] = (
    "klage",
    "aktindsigt",
    "genoptagelse",
    "partshoering",
    "udbetaling",
    "moede",
    "status",
    "andet",
)
FIRST_PERSON = frozenset(("jeg", "mig", "vi", "os", "æ"))


@register
class CaseRequestDetector(CueDetector):
    name = "case_request"
    labels = ("case_request",)
    version = "1"
    cue_file = "cues/case_request.yaml"

    def __init__(self, context: PipelineContext) -> None:
        super().__init__(context)
        for cue in self.cues.cues:
            if cue.extra.get("kind") not in CASE_KINDS:
                raise ConfigError(f"cues/case_request.yaml: cue {cue.id!r} har ukendt 'kind'")

    def detect(self, doc: Document) -> list[Finding]:
        view, matches = self.matches(doc)
        # a heading cue ("Klage.") counts only as the text's first sentence
        matches = [m for m in matches if not m.cue.extra.get("heading") or m.first == 0]
        matches = [
            m
            for m in matches
            if not m.cue.extra.get("question") or view.is_question(view.sentence_words(m.last))
        ]
        contexts = {m.cue.id for m in matches if m.cue.extra.get("context")}
        matches = [
            m
            for m in matches
            if not m.cue.extra.get("context")
            and (not m.cue.extra.get("needs") or m.cue.extra["needs"] in contexts)
        ]
        if matches and (opens_as_public_letter(view) or _shared_post(doc, contexts)):
            spoken = [
                m for m in matches if _writer_speaks(view.words, view.sentence_words(m.first))
            ]
            if len(spoken) < len(matches):
                ruled_out(doc).add("case_request")
            matches = spoken
        if not matches:
            return []
        # a secondary cue ("inden der træffes afgørelse") names the kind only on its own
        naming = [m for m in matches if not m.cue.extra.get("secondary")] or matches
        kind = min((_kind(m) for m in naming), key=KIND_ORDER.index)
        spans = [match_evidence(doc, view, m, "case_request") for m in matches]
        return [finding(self.name, self.version, "case_request", spans, 1.0, case_kind=kind)]


SHARE_CALL = "ctx.r267_privreq_share_call"


def _shared_post(doc: Document, contexts: set[str]) -> bool:
    """Probe round 267: the text gives a staff member's private data away (``doxxing``, found
    earlier) and calls on its readers to share it: a public post."""
    return SHARE_CALL in contexts and any(f.label == "doxxing" for f in doc.findings)


def _kind(match: CueMatch) -> str:
    return str(match.cue.extra["kind"])


def _writer_speaks(words: tuple[str, ...], sentence: range) -> bool:
    return any(words[i] in FIRST_PERSON for i in sentence)
