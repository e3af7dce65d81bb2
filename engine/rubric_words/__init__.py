"""The offline rubric's vocabulary, one module per language, all with the same fields.

The judge reads an answer in one language at a time: ``reading(language)`` sets it for the
assessment under way (a context variable, so concurrent assessments never mix), and the
rubric's modules ask ``rubric()`` for that language's words. Languages without a module are
read with the English words.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from types import MappingProxyType

from engine.rubric_words import markup
from engine.rubric_words.de import GERMAN
from engine.rubric_words.en import ENGLISH
from engine.rubric_words.es import SPANISH
from engine.rubric_words.fr import FRENCH
from engine.rubric_words.model import RubricWords
from engine.rubric_words.multilingual import STEERING_PATTERNS as STEERING_ANY_LANGUAGE

LANGUAGES: Mapping[str, RubricWords] = MappingProxyType(
    {"en": ENGLISH, "es": SPANISH, "de": GERMAN, "fr": FRENCH}
)
_reading: ContextVar[str] = ContextVar("rubric_language", default="en")

__all__ = [
    "ENGLISH",
    "LANGUAGES",
    "STEERING_ANY_LANGUAGE",
    "RubricWords",
    "markup",
    "reading",
    "rubric",
    "rubric_language",
    "words_for",
]


def words_for(language: str) -> RubricWords:
    """The rubric vocabulary of an ISO 639-1 language, or English when it has none yet."""
    return LANGUAGES.get(language, ENGLISH)


def rubric_language() -> str:
    """The language the answer under assessment is read in ("en" unless one was set)."""
    return _reading.get()


def rubric() -> RubricWords:
    """The words of the language the answer under assessment is read in."""
    return words_for(_reading.get())


@contextmanager
def reading(language: str) -> Iterator[None]:
    """Read answers in ``language`` inside the block (English where it has no word lists)."""
    token = _reading.set(language if language in LANGUAGES else "en")
    try:
        yield
    finally:
        _reading.reset(token)
