"""The report's fit section: the job's must-haves against the candidate's own answers.

A must-have is shown only by a quote: a sentence of an answer that names the skill (by any of
its names), cut short as the report's quotes are, and checked to occur verbatim in the answers.
No quote, not shown. Three things to prepare follow from what was not shown, then from shown
skills whose answers scored low, then from the weakest dimension.
"""

from __future__ import annotations

from statistics import mean

from engine.feedback import excerpt, scored_questions
from engine.models import (
    DIMENSIONS,
    Interview,
    JobFit,
    Preparation,
    PrepareItem,
    Requirement,
)
from engine.skill_vocabulary import default_vocabulary
from engine.text import quote_occurs, sentences

PREPARE_COUNT = 3
WEAK_ANSWER = 3.0  # an answer scoring below this overall shows a skill only thinly


def job_fit(interview: Interview) -> JobFit | None:
    """The fit section of an interview that had a job's must-haves; None without any."""
    skills = interview.config.requirements
    if not skills:
        return None
    answers = [turn.text for turn in interview.answers]
    requirements = tuple(Requirement(skill, _quote(skill, answers)) for skill in skills)
    return JobFit(requirements, _prepare(interview, requirements))


def _quote(name: str, answers: list[str]) -> str:
    """The candidate's words naming the skill, checked against the answers; "" when none do."""
    vocabulary = default_vocabulary()
    skill = vocabulary.canonical(name) or name.lower()
    for answer in answers:
        for sentence in sentences(answer):
            mention = next((m for m in vocabulary.mentions(sentence) if m.skill == skill), None)
            if mention is None:
                continue
            quote = excerpt(sentence, sentence[mention.start : mention.end])
            if quote_occurs(quote, answers):
                return quote
    return ""


def _prepare(
    interview: Interview, requirements: tuple[Requirement, ...]
) -> tuple[PrepareItem, ...]:
    """Three things to prepare: gaps first, then thinly shown skills, then weak dimensions."""
    items = [PrepareItem(Preparation.GAP, r.skill) for r in requirements if not r.shown]
    scored = scored_questions(interview)
    weak_numbers = {n for n, a in scored.items() if a.scores.overall < WEAK_ANSWER}
    weak_texts = [t.text for t in interview.answers if t.question_number in weak_numbers]
    items += [
        PrepareItem(Preparation.DEEPEN, r.skill)
        for r in requirements
        if r.shown and quote_occurs(r.quote, weak_texts)
    ]
    if scored:
        by_dimension = {d: mean(getattr(a.scores, d) for a in scored.values()) for d in DIMENSIONS}
        items += [
            PrepareItem(Preparation.DIMENSION, d)
            for d in sorted(DIMENSIONS, key=lambda d: by_dimension[d])
        ]
    else:
        items += [PrepareItem(Preparation.DIMENSION, d) for d in DIMENSIONS]
    items.append(PrepareItem(Preparation.STORIES))
    return tuple(items[:PREPARE_COUNT])
