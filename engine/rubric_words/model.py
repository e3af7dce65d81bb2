"""The shape of one language's rubric vocabulary: every language module fills the same fields."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RubricWords:
    """The words and cues the offline rubric, persona check and speech stats look for.

    Phrases are lower-case words separated by single spaces, matched as whole words. Fields
    named ``*_patterns`` hold regular-expression fragments, which the logic compiles.
    """

    hedges: tuple[str, ...]
    fillers: tuple[str, ...]
    cliches: tuple[str, ...]
    situation_cues: tuple[str, ...]
    task_cues: tuple[str, ...]
    result_cues: tuple[str, ...]
    reasoning_cues: tuple[str, ...]
    example_cues: tuple[str, ...]
    # "I/we" + an optional adverb + a past-tense verb: the candidate saying what they did.
    action_subjects: tuple[str, ...]
    action_adverbs: tuple[str, ...]
    past_tense_patterns: tuple[str, ...]
    steering_patterns: tuple[str, ...]
    confusion_cues: tuple[str, ...]
    tangent_cues: tuple[str, ...]
    work_words: frozenset[str]
    stopwords: frozenset[str]
    number_unit_patterns: tuple[str, ...]
    stemmer_language: str
    # (name, pattern) for one-token fillers in speech, first match wins.
    spoken_filler_patterns: tuple[tuple[str, str], ...]
    # "what kind of database" is not a hedge: these words before "kind of" / "sort of".
    determiners: frozenset[str]
    # "do you know X" is a question: these words before "you know".
    you_know_question_openers: frozenset[str]
