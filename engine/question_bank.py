"""The role bank as a question source: the questions of the role files, none repeated too soon."""

from __future__ import annotations

import random

from engine.ports import QuestionRequest
from engine.questions import InterviewType, Question, question_from_text
from engine.roles import default_roles


class QuestionBank:
    """Questions from the role files (the request carries the role, so the bank holds nothing)."""

    async def next_question(self, request: QuestionRequest) -> Question:
        """The bank's pick for the request (see :func:`pick`)."""
        return pick(request)


def pick(request: QuestionRequest) -> Question:
    """A question of a fitting type and difficulty, not asked in this interview, unseen if possible.

    Fitting: one of the request's types, within its difficulty range (each widened to the whole
    bank only when nothing fits). Among fitting questions the user has never been asked, the
    nearest difficulty wins (ties drawn by the seed); when every fitting one was asked before,
    the one asked longest ago comes back first.
    """
    return pick_from(list(request.role.questions), request)


def pick_from(questions: list[Question], request: QuestionRequest) -> Question:
    """The pick of :func:`pick` among ``questions`` (a role's bank, the coding tasks)."""
    fresh = [q for q in questions if q.id not in request.asked] or questions
    typed = [q for q in fresh if not request.types or q.type in request.types] or fresh
    low, high = request.difficulty_range
    fitting = [q for q in typed if low <= q.difficulty <= high] or typed

    def distance(question: Question) -> int:
        return abs(question.difficulty - request.difficulty)

    unseen = [q for q in fitting if q.id not in request.history]
    if not unseen:
        return min(fitting, key=lambda q: (request.history[q.id], distance(q), q.id))
    nearest = min(map(distance, unseen))
    candidates = sorted((q for q in unseen if distance(q) == nearest), key=lambda q: q.id)
    return random.Random(request.seed).choice(candidates)


def legacy_question(
    role_id: str, question_id: str, text: str, difficulty: int, interview_type: InterviewType | None
) -> Question:
    """The question of a turn stored before questions were kept with their turns.

    The shipped bank's question when it still has that id (with the text as it was asked),
    else a bare question made from the stored text.
    """
    role = default_roles().get(role_id)
    try:
        banked = role.question(question_id) if role else None
    except KeyError:
        banked = None
    if banked is None:
        return question_from_text(question_id, text, difficulty, interview_type)
    return Question.model_validate(banked.model_dump() | {"text": text})
