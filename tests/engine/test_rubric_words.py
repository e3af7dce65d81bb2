"""The rubric vocabulary: every field filled for English, English when a language has none."""

from __future__ import annotations

from dataclasses import fields

from engine.rubric_words import ENGLISH, RubricWords, words_for


def test_every_english_field_holds_something() -> None:
    english = words_for("en")
    empty = [field.name for field in fields(RubricWords) if not getattr(english, field.name)]
    assert empty == []


def test_a_language_without_a_word_list_falls_back_to_english() -> None:
    assert words_for("xx") is ENGLISH
