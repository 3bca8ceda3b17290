"""``case_request``: the writer asks for something in a case, with the kind of request.

Cues in ``cues/case_request.yaml`` each carry a ``kind`` (klage, aktindsigt, genoptagelse,
partshoering, moede, status, udbetaling, andet). Each kind has its own legal deadline, so
when a text asks for several things the finding names the one whose deadline matters most
(``KIND_ORDER``: a complaint before a question about status); the evidence lists them all.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from borgerpost.detect.base import CASE_KINDS, Document, Finding, register
from borgerpost.detect.context import PipelineContext
from borgerpost.detect.cues import CueMatch, CueSet, cue_set
from borgerpost.detect.lexicon import load_yaml
from borgerpost.detect.rules import CueDetector, counted, finding, match_evidence
from borgerpost.detect.textview import TokenView, ensure_view
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


# --- Danish written without æ, ø, å ("hoere", "faaet", "hvornaar", "ansoegning") ------------
# A citizen on a foreign keyboard writes "ae", "oe", "aa". A text without any æ/ø/å that has
# such a pair is matched with a copy of the cue set where every literal word with æ/ø/å also
# has its two-letter spelling ("høre|hoere"): a superset of the cues, so such a text loses
# nothing; every other text takes the ordinary indexed path. (Belongs in the normaliser or
# in cues.py for every cue file; kept here, used by the criticism, case_request and
# representative detectors.)
_ASCII = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"})
_DANISH_LETTER = re.compile("[æøå]")
_ASCII_PAIR = re.compile("aa|oe|ae")
_TOKEN = re.compile(r"\(|\)\??|(?<=\s)/(?=\s)|[^\s()]+")


def _ascii_alternatives(body: str) -> str:
    alts = body.split("|")
    extra = [a.translate(_ASCII) for a in alts if _DANISH_LETTER.search(a) and "{" not in a]
    return "|".join([*alts, *(e for e in extra if e not in alts)])


def _ascii_spec(token: str) -> str:
    if token in ("(", ")", ")?", "/") or token.startswith("~"):
        return token
    bang = "!" if token.startswith("!") else ""
    body = token.removeprefix("!")
    optional = "?" if body.endswith("?") and len(body) > 1 else ""
    body = body.removesuffix("?") if optional else body
    return bang + _ascii_alternatives(body) + optional


def ascii_pattern(source: str) -> str:
    """``"får ~1 svar på"`` -> ``"får|faar ~1 svar på|paa"``."""
    return " ".join(_ascii_spec(t) for t in _TOKEN.findall(source))


@cache
def ascii_cue_set(relative: str) -> CueSet:
    """The cue set of ``relative`` with the two-letter spelling of every æ/ø/å word."""
    base = cue_set(relative)
    raw = {
        **(load_yaml("cues/macros.yaml").get("macros") or {}),
        **(load_yaml(relative).get("macros") or {}),
    }
    macros = {
        str(k): _ascii_alternatives(" ".join(str(v).split()).replace(" ", ""))
        for k, v in raw.items()
    }
    cues = [
        replace(
            cue,
            patterns=tuple(ascii_pattern(p) for p in cue.patterns),
            unless=tuple(ascii_pattern(p) for p in cue.unless),
        )
        for cue in base.cues
    ]
    return CueSet(cues, macros)


def written_without_danish_letters(view: TokenView) -> bool:
    """No æ, ø or å anywhere, and at least one "aa", "oe" or "ae"."""
    text = view.string
    return not _DANISH_LETTER.search(text) and bool(_ASCII_PAIR.search(text))


class AsciiDanishCueDetector(CueDetector):
    """A ``CueDetector`` that also reads Danish written without æ, ø and å."""

    def matches(self, doc: Document) -> tuple[TokenView, list[CueMatch]]:
        view = ensure_view(doc, self.context)
        if view.words and written_without_danish_letters(view):
            return view, counted(ascii_cue_set(self.cue_file).find(view))
        return super().matches(doc)


@register
class CaseRequestDetector(AsciiDanishCueDetector):
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
        if not matches:
            return []
        # a secondary cue ("inden der træffes afgørelse") names the kind only on its own
        naming = [m for m in matches if not m.cue.extra.get("secondary")] or matches
        kind = min((_kind(m) for m in naming), key=KIND_ORDER.index)
        spans = [match_evidence(doc, view, m, "case_request") for m in matches]
        return [finding(self.name, self.version, "case_request", spans, 1.0, case_kind=kind)]


def _kind(match: CueMatch) -> str:
    return str(match.cue.extra["kind"])
