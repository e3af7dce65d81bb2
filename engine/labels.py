"""The words for the engine's own vocabulary: interview types, difficulty levels, dimensions."""

from __future__ import annotations

from engine.messages import Key, Message
from engine.models import DIMENSIONS
from engine.roles import InterviewType

MIXED = "mixed"  # an interview of every type the role has
TAILORED_KIND = "tailored"  # an interview tailored to the user's CV and job (types mixed)

TYPE_LABELS = {kind: Key(f"interview-type.{kind.value}") for kind in InterviewType}
MIXED_LABEL = Key("interview-type.mixed")
TAILORED_LABEL = Key("interview-type.tailored")
LEVEL_LABELS = {level: Key(f"level.{level}") for level in (1, 2, 3)}
DIMENSION_LABELS = {dimension: Key(f"dimension.{dimension}") for dimension in DIMENSIONS}


def type_label(kind: str | None) -> Message:
    """An interview type's name (``None`` or ``"mixed"``: a mixed interview)."""
    if kind in (None, MIXED):
        return MIXED_LABEL()
    if kind == TAILORED_KIND:
        return TAILORED_LABEL()
    return TYPE_LABELS[InterviewType(kind)]()


def level_label(level: int) -> Message:
    """A difficulty level's name, e.g. "2 · Standard"."""
    return LEVEL_LABELS[level]()


def dimension_label(dimension: str) -> Message:
    """A score dimension's name, e.g. "Role knowledge"."""
    return DIMENSION_LABELS[dimension]()
