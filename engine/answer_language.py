"""Which of the bot's languages an answer is written in (lingua: made for short texts)."""

from __future__ import annotations

from functools import cache, lru_cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

from engine.languages import SUPPORTED

MIN_WORDS = 4  # shorter replies ("ok", "SBAR handoff") say too little about their language
CONFIDENCE = 0.7


@cache
def _detector() -> LanguageDetector:
    languages = [language for language in Language.all() if _code(language) in SUPPORTED]
    return LanguageDetectorBuilder.from_languages(*languages).build()


def _code(language: Language) -> str:
    return language.iso_code_639_1.name.lower()


# One reply is asked about several times in a turn (the judge, the non-answer rules, the reply
# model's gate); detection reads the whole text, up to 0.14 s for 20,000 characters.
@lru_cache(maxsize=256)
def language_of(text: str) -> str | None:
    """The language ``text`` is written in, when it is long enough to tell and clearly one of
    the languages the bot speaks; None otherwise."""
    if len(text.split()) < MIN_WORDS:
        return None
    best = _detector().compute_language_confidence_values(text)[0]
    return _code(best.language) if best.value >= CONFIDENCE else None
