"""Split a text at evidence-span boundaries so a template can wrap spans in ``<mark>``.

The template escapes every piece (Jinja autoescape), so no message text is ever trusted
as HTML; this module only decides where the boundaries go. Overlapping spans are fine:
the text is cut at every start and end, and each piece knows every reason covering it.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch ``[start, end)`` of the text, with why it was highlighted."""

    start: int
    end: int
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of text; ``reasons`` is empty for plain text, else why it is marked."""

    text: str
    reasons: tuple[str, ...] = ()

    @property
    def marked(self) -> bool:
        """True when at least one evidence span covers this piece."""
        return bool(self.reasons)

    @property
    def title(self) -> str:
        """The tooltip: the distinct reasons, in order, joined by '; '."""
        return "; ".join(self.reasons)


def _valid(spans: Iterable[Span], length: int) -> list[Span]:
    """Spans clipped to the text; empty or inverted ones (bad offsets) are dropped."""
    clipped = (Span(max(s.start, 0), min(s.end, length), s.reason) for s in spans)
    return [s for s in clipped if s.start < s.end]


def pieces(text: str, spans: Iterable[Span]) -> list[Piece]:
    """``text`` cut into pieces; joining their ``text`` gives back ``text`` exactly."""
    valid = _valid(spans, len(text))
    cuts = sorted({0, len(text), *(s.start for s in valid), *(s.end for s in valid)})
    result: list[Piece] = []
    for start, end in itertools.pairwise(cuts):
        covering = [s.reason or "markeret" for s in valid if s.start <= start and end <= s.end]
        reasons = tuple(dict.fromkeys(covering))
        if result and result[-1].reasons == reasons:
            result[-1] = Piece(result[-1].text + text[start:end], reasons)
        else:
            result.append(Piece(text[start:end], reasons))
    return result
