"""Rubric scoring of an answer, with no LLM.

The rubric rewards what interviewers look for — the question's key concepts and the role's
vocabulary, concrete specifics (numbers, examples), a clear structure (STAR parts for
behavioural questions, reasoning and trade-offs for technical ones) — and penalises hedging,
clichés, filler and repetition. Every feature is a density or a capped count, so a longer
answer only scores higher when the extra words carry substance.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from engine.models import Scores
from engine.roles import InterviewType, Question, Role
from engine.rubric_words import words_for
from engine.text import concept_hits, content_stems, count_phrases, numbers, sentences, words

_WORDS = words_for("en")
_SUBJECTS = "|".join(_WORDS.action_subjects)
_ADVERBS = "|".join(adverb + r"\s+" for adverb in _WORDS.action_adverbs)
_PAST_TENSE = "|".join(_WORDS.past_tense_patterns)
# "I/we" followed by a past-tense verb: the candidate describing what they actually did.
ACTION = re.compile(rf"\b(?:{_SUBJECTS})\s+(?:{_ADVERBS})?(?:{_PAST_TENSE})\b")


@dataclass(frozen=True)
class Rubric:
    """The measured features of an answer, kept so notes and follow-ups can cite them."""

    word_count: int
    question_concepts: tuple[str, ...]
    role_concepts: tuple[str, ...]
    question_concept_total: int
    specifics: int
    star_parts: tuple[str, ...]
    reasoning: int
    actions: int
    hedge_density: float
    filler_density: float
    cliches: int
    diversity: float
    long_sentences: int


def measure(text: str, question: Question, role: Role) -> Rubric:
    """Measure an answer's features against its question and role."""
    tokens = words(text)
    count = len(tokens)
    per_100 = 100 / max(count, 25)
    stems = content_stems(text)
    diversity = len(set(stems)) / len(stems) if stems else 0.0
    star = tuple(
        name
        for name, markers in (
            ("situation", _WORDS.situation_cues),
            ("task", _WORDS.task_cues),
            ("result", _WORDS.result_cues),
        )
        if count_phrases(text, markers)
    )
    actions = len(ACTION.findall(text.lower()))
    if actions:
        star = (*star, "action")
    examples = count_phrases(text, _WORDS.example_cues)
    return Rubric(
        word_count=count,
        question_concepts=tuple(concept_hits(text, question.key_concepts)),
        role_concepts=tuple(concept_hits(text, role.concepts)),
        question_concept_total=len(question.key_concepts),
        specifics=len(numbers(text)) + examples,
        star_parts=star,
        reasoning=count_phrases(text, _WORDS.reasoning_cues),
        actions=actions,
        hedge_density=count_phrases(text, _WORDS.hedges) * per_100,
        filler_density=count_phrases(text, _WORDS.fillers) * per_100,
        cliches=count_phrases(text, _WORDS.cliches),
        diversity=diversity,
        long_sentences=long_sentences(text),
    )


def score(rubric: Rubric, question: Question) -> Scores:
    """Turn measured features into 1-5 scores on the three dimensions."""
    n = rubric.word_count
    if n == 0:
        return Scores(1.0, 1.0, 1.0)
    # Short answers cannot show much; very long ones lose the listener.
    brevity = min(1.0, n / 45)
    sprawl = max(0.0, (n - 260) / 200)
    repetition = max(0.0, 0.55 - rubric.diversity) * 4 if n >= 40 else 0.0
    vague = min(2.0, 0.45 * rubric.hedge_density + 0.3 * rubric.filler_density)
    cliche = min(1.5, 0.5 * rubric.cliches)

    coverage = len(rubric.question_concepts) / max(1, min(rubric.question_concept_total, 5))
    knowledge = (
        (
            1.0
            + 2.2 * min(1.0, coverage)
            + 0.35 * min(4, len(rubric.role_concepts))
            + 0.35 * min(3, rubric.specifics)
        )
        * (0.6 + 0.4 * brevity)
        - 0.5 * vague
        - 0.5 * cliche
        - 0.6 * repetition
    )

    if question.type in (InterviewType.BEHAVIORAL, InterviewType.SITUATIONAL):
        shape = 0.75 * len(rubric.star_parts) + 0.25 * min(3, rubric.actions)
    else:
        shape = 0.5 * min(4, rubric.reasoning) + 0.4 * min(2, rubric.specifics)
        shape += 0.3 * min(1, len(rubric.star_parts))
    structure = (1.0 + shape + 0.4 * min(1.0, coverage)) * (0.55 + 0.45 * brevity)
    structure -= 0.4 * vague + 0.8 * repetition + 0.5 * sprawl

    communication = 2.2 + 1.3 * brevity + 0.5 * min(1.0, coverage) + 0.4 * min(2, rubric.specifics)
    communication -= vague + cliche + repetition + 0.6 * sprawl
    communication -= 0.3 * min(2, rubric.long_sentences)
    return Scores(_clamp(communication), _clamp(knowledge), _clamp(structure))


def assess_text(text: str, question: Question, role: Role) -> tuple[Rubric, Scores]:
    """Measure and score an answer in one call."""
    rubric = measure(text, question, role)
    return rubric, score(rubric, question)


def long_sentences(text: str, limit: int = 45) -> int:
    """How many sentences run past ``limit`` words (a sign of an unclear answer)."""
    return sum(1 for sentence in sentences(text) if len(words(sentence)) > limit)


def _clamp(value: float) -> float:
    return round(max(1.0, min(5.0, value)), 2)
