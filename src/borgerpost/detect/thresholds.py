"""Detector thresholds, read from ``data/thresholds.yaml`` and validated by pydantic.

Thresholds are data so that tuning them is a reviewed change of one YAML line, not of code.
"""

from __future__ import annotations

from functools import cache

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from borgerpost.detect.lexicon import load_yaml
from borgerpost.errors import ConfigError


class OffensiveModelThresholds(BaseModel):
    model_config = ConfigDict(extra="forbid")

    min_probability: float = Field(ge=0.0, le=1.0)
    evidence_words: int = Field(ge=1, le=10)
    mild_words: float = Field(ge=0.0, le=1.0)


class LabelModelThresholds(BaseModel):
    """Per learned head (``label_model.ALL_HEADS``), the calibrated probability it must reach."""

    model_config = ConfigDict(extra="forbid")

    min_probability: dict[str, float]
    evidence_words: int = Field(ge=1, le=10)

    @field_validator("min_probability")
    @classmethod
    def _probabilities(cls, value: dict[str, float]) -> dict[str, float]:
        from borgerpost.detect.label_model import ALL_HEADS

        if set(value) != set(ALL_HEADS):
            raise ValueError(f"skal have præcis disse labels: {', '.join(ALL_HEADS)}")
        if not all(0.0 < p <= 1.0 for p in value.values()):
            raise ValueError("en sandsynlighed skal ligge i (0, 1]")
        return value


class Thresholds(BaseModel):
    model_config = ConfigDict(extra="forbid")

    offensive_model: OffensiveModelThresholds
    label_model: LabelModelThresholds


@cache
def thresholds() -> Thresholds:
    """The shipped thresholds; an invalid file is a ``ConfigError`` naming the field."""
    try:
        return Thresholds.model_validate(load_yaml("thresholds.yaml"))
    except ValidationError as exc:
        raise ConfigError(f"detect/data/thresholds.yaml er ugyldig: {exc}") from exc
