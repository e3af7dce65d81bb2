"""Bounded views of an interview for interviewers: the current thread plus a compact past."""

from __future__ import annotations

from engine.feedback import scored_questions
from engine.models import Interview
from engine.ports import EarlierQuestion, TurnContext
from engine.roles import Role

RECENT_QUESTIONS = 4  # earlier questions summarised one line each; older ones are averaged
QUESTION_CHARS = 90
NOTE_CHARS = 90


def turn_context(interview: Interview, role: Role) -> TurnContext:
    """The context for assessing the latest answer: its thread and a short summary before it."""
    prompt = interview.current_prompt
    assert prompt is not None
    number = prompt.question_number
    scored = scored_questions(interview)
    earlier = []
    for turn in interview.active_turns:
        if turn.kind.value != "question" or turn.question_number >= number:
            continue
        assessment = scored.get(turn.question_number)
        earlier.append(
            EarlierQuestion(
                number=turn.question_number,
                question=_clip(turn.text, QUESTION_CHARS),
                overall=round(assessment.scores.overall, 1) if assessment else None,
                note=_clip(assessment.missing or assessment.good, NOTE_CHARS)
                if assessment
                else "skipped",
            )
        )
    return TurnContext(
        role=role,
        question=interview.question(number),
        thread=tuple(
            t for t in interview.thread(number) if t.assessment is None or t.assessment.counts
        ),
        earlier=tuple(earlier[-RECENT_QUESTIONS:]),
        follow_ups_left=interview.config.follow_up_limit - interview.follow_ups_asked(number),
        language=interview.config.language,
    )


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
