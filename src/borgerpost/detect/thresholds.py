"""Detector thresholds, read from ``data/thresholds.yaml`` and validated by pydantic.

Thresholds are data so that tuning them is a reviewed change of one YAML line, not of code.
"""

from __future__ import annotations

from functools import cache

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from borgerpost.detect.lexicon import load_yaml
from borgerpost.errors import ConfigError


class OffensiveModelThresholds(BaseModel):
    model_config = ConfigDict(extra="forbid")

    min_probability: float = Field(ge=0.0, le=1.0)
    evidence_words: int = Field(ge=1, le=10)
    mild_words: float = Field(ge=0.0, le=1.0)


class Thresholds(BaseModel):
    model_config = ConfigDict(extra="forbid")

    offensive_model: OffensiveModelThresholds


@cache
def thresholds() -> Thresholds:
    """The shipped thresholds; an invalid file is a ``ConfigError`` naming the field."""
    try:
        return Thresholds.model_validate(load_yaml("thresholds.yaml"))
    except ValidationError as exc:
        raise ConfigError(f"detect/data/thresholds.yaml er ugyldig: {exc}") from exc
