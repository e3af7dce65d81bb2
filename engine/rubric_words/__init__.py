"""The offline rubric's vocabulary, one module per language, all with the same fields."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from engine.rubric_words import markup
from engine.rubric_words.en import ENGLISH
from engine.rubric_words.model import RubricWords
from engine.rubric_words.multilingual import STEERING_PATTERNS as STEERING_ANY_LANGUAGE

LANGUAGES: Mapping[str, RubricWords] = MappingProxyType({"en": ENGLISH})

__all__ = [
    "ENGLISH",
    "LANGUAGES",
    "STEERING_ANY_LANGUAGE",
    "RubricWords",
    "markup",
    "words_for",
]


def words_for(language: str) -> RubricWords:
    """The rubric vocabulary of an ISO 639-1 language, or English when it has none yet."""
    return LANGUAGES.get(language, ENGLISH)
