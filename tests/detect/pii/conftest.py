"""Helpers for the recognizer tests: run one recognizer class over a text."""

from __future__ import annotations

from borgerpost.detect.normalise import normalise
from borgerpost.detect.pii.base import Recognizer


def quotes(recognizer: type[Recognizer], text: str) -> list[str]:
    """The raw quotes of every match ``recognizer`` finds in ``text``."""
    return [text[m.start : m.end] for m in recognizer().analyze(normalise(text))]
