"""Run label detectors the way a pipeline does: built with a PipelineContext, one Document."""

from __future__ import annotations

from borgerpost.detect.base import REGISTRY, Document
from borgerpost.detect.context import PipelineContext
from borgerpost.detect.labels import load_all


def run(context: PipelineContext, text: str, *names: str) -> Document:
    """A Document after the named detectors ran over ``text`` (in the order given)."""
    load_all()
    doc = Document(text)
    for name in names:
        doc.findings.extend(REGISTRY[name](context).detect(doc))
    return doc
