"""The interview state machine: pure functions ``(interview, event) -> (interview, actions)``.

No I/O happens here. The service feeds in assessments that an interviewer produced; this
module decides follow-ups (within the limit), adaptation to the candidate's persona,
difficulty, the next question and completion.
"""

from __future__ import annotations

import random
from dataclasses import replace

from engine.actions import Action, AskQuestion, Notice, ScoreChange
from engine.messages import Key, Message, UserFacingError
from engine.models import (
    Assessment,
    AudioFacts,
    Interview,
    InterviewConfig,
    Persona,
    Status,
    Turn,
    TurnKind,
)
from engine.roles import Question, Role

RAISE_AT = 3.8  # an overall score this high makes the next question harder
LOWER_AT = 2.2  # this low makes it easier
GOOD_ENOUGH = 4.0  # no follow-up needed above this

SKIPPED = Key("interview.skipped")
FINISHED = Key("interview.finished")
ALREADY_FINISHED = Key("interview.already-finished")
NOTHING_TO_REDO = Key("interview.nothing-to-redo")
STILL_THINKING = Key("interview.still-thinking")
NO_QUESTION_YET = Key("interview.no-question-yet")
NOTHING_TO_ASSESS = Key("interview.nothing-to-assess")
REDO_LEAD = Key("lead.redo")
OFF_TOPIC_LEAD = Key("lead.off-topic")
CONFUSED_LEAD = Key("lead.confused")
EFFICIENT_LEAD = Key("lead.efficient")
CHATTY_LEAD = Key("lead.chatty")


class InterviewStateError(UserFacingError):
    """An event that does not fit the interview's state."""


def pick_question(role: Role, interview: Interview, number: int, difficulty: int) -> Question:
    """Choose the next main question: the session's type, nearest difficulty, not yet asked."""
    config = interview.config
    asked = interview.asked_question_ids
    fresh = [q for q in role.questions if q.id not in asked] or list(role.questions)
    same_type = [q for q in fresh if config.interview_type in (None, q.type)]
    pool = same_type or fresh
    nearest = min(abs(q.difficulty - difficulty) for q in pool)
    candidates = sorted(
        (q for q in pool if abs(q.difficulty - difficulty) == nearest), key=lambda q: q.id
    )
    return random.Random(f"{config.seed}:{number}").choice(candidates)


def start(config: InterviewConfig, role: Role) -> tuple[Interview, list[Action]]:
    """Begin an interview with its first question."""
    interview = Interview(config=config)
    question = pick_question(role, interview, 1, config.difficulty)
    turn = Turn(TurnKind.QUESTION, 1, question.id, config.difficulty, question.text)
    return interview.with_turns(turn), [_ask(config, turn)]


def record_answer(interview: Interview, text: str, audio: AudioFacts | None = None) -> Interview:
    """Append the candidate's answer, not yet assessed (it is stored before any LLM call)."""
    _require_waiting_for_answer(interview)
    prompt = interview.current_prompt
    assert prompt is not None
    answer = Turn(
        TurnKind.ANSWER, prompt.question_number, prompt.question_id, prompt.difficulty, text,
        audio=audio,
    )  # fmt: skip
    return interview.with_turns(answer)


def apply_assessment(
    interview: Interview, role: Role, assessment: Assessment
) -> tuple[Interview, list[Action]]:
    """Attach the assessment to the pending answer and decide the next turn."""
    pending = interview.pending_answer
    if pending is None:
        raise InterviewStateError(NOTHING_TO_ASSESS())
    turns = list(interview.turns)
    turns[_index_of(interview, pending)] = replace(pending, assessment=assessment)
    interview = replace(interview, turns=tuple(turns))
    actions: list[Action] = []
    previous = _replaced_answer(interview)
    if previous is not None and previous.assessment is not None:
        actions.append(ScoreChange(previous.assessment.scores.overall, assessment.scores.overall))

    follow_up = _follow_up(interview, role, assessment)
    if follow_up is not None:
        text, lead = follow_up
        turn = Turn(
            TurnKind.FOLLOW_UP, pending.question_number, pending.question_id,
            pending.difficulty, text,
        )  # fmt: skip
        actions.append(_ask(interview.config, turn, lead))
        return interview.with_turns(turn), actions
    next_interview, next_actions = _advance(interview, role, assessment.scores.overall)
    return next_interview, actions + next_actions


def skip(interview: Interview, role: Role) -> tuple[Interview, list[Action]]:
    """Skip the current main question and move on."""
    _require_waiting_for_answer(interview)
    prompt = interview.current_prompt
    assert prompt is not None
    skipped = Turn(TurnKind.SKIP, prompt.question_number, prompt.question_id, prompt.difficulty, "")
    interview = interview.with_turns(skipped)
    next_interview, actions = _advance(interview, role, None)
    return next_interview, [Notice(SKIPPED()), *actions]


def redo(interview: Interview) -> tuple[Interview, list[Action]]:
    """Take back the last answer and ask its question again."""
    if interview.status is not Status.ACTIVE:
        raise InterviewStateError(FINISHED())
    last = interview.last_answer
    if last is None or last.assessment is None:
        raise InterviewStateError(NOTHING_TO_REDO())
    start_index = _index_of(interview, last)
    turns = tuple(
        replace(turn, superseded=True) if index >= start_index and not turn.superseded else turn
        for index, turn in enumerate(interview.turns)
    )
    interview = replace(interview, turns=turns)
    prompt = interview.current_prompt
    assert prompt is not None
    return interview, [_ask(interview.config, prompt, REDO_LEAD())]


def end(interview: Interview) -> Interview:
    """Stop the interview early; the report covers what was answered."""
    if interview.status is not Status.ACTIVE:
        raise InterviewStateError(ALREADY_FINISHED())
    return replace(interview, status=Status.ENDED)


def repeat_prompt(interview: Interview, lead: Message | None = None) -> list[Action]:
    """Ask the current question again (after a restart or on request)."""
    prompt = interview.current_prompt
    if interview.status is not Status.ACTIVE or prompt is None:
        return []
    return [_ask(interview.config, prompt, lead)]


def _follow_up(
    interview: Interview, role: Role, assessment: Assessment
) -> tuple[str, Message | None] | None:
    """The follow-up to ask and its lead line, or None to move on.

    The limit is enforced here, from the stored turns, whatever the interviewer proposes.
    """
    prompt = interview.current_prompt
    assert prompt is not None
    number = prompt.question_number
    if interview.follow_ups_asked(number) >= interview.config.follow_up_limit:
        return None
    question = role.question(prompt.question_id)
    overall = assessment.scores.overall
    match assessment.persona:
        case Persona.OFF_TOPIC:
            return question.text, OFF_TOPIC_LEAD()
        case Persona.CONFUSED:
            # The rephrasing is the question's own words; a mark, not a sentence, joins them.
            example = f"\n\n💡 {question.example}" if question.example else ""
            return question.hint + example, CONFUSED_LEAD()
        case Persona.EFFICIENT:
            # Brief and to the point: at most one probe, and only when something key is missing.
            if (
                overall >= LOWER_AT + 0.5
                or not assessment.follow_up
                or interview.follow_ups_asked(number)
            ):
                return None
            return assessment.follow_up, EFFICIENT_LEAD()
        case Persona.CHATTY:
            if overall >= GOOD_ENOUGH or not assessment.follow_up:
                return None
            return assessment.follow_up, CHATTY_LEAD()
        case _:
            if overall >= GOOD_ENOUGH or not assessment.follow_up:
                return None
            return assessment.follow_up, None


def _advance(
    interview: Interview, role: Role, overall: float | None
) -> tuple[Interview, list[Action]]:
    """Move to the next main question, or complete the interview."""
    prompt = interview.current_prompt
    assert prompt is not None
    config = interview.config
    if prompt.question_number >= config.question_count:
        return replace(interview, status=Status.COMPLETED), []
    low, high = config.difficulty_range
    difficulty = prompt.difficulty
    if overall is not None and overall >= RAISE_AT:
        difficulty = min(high, difficulty + 1)
    elif overall is not None and overall <= LOWER_AT:
        difficulty = max(low, difficulty - 1)
    number = prompt.question_number + 1
    question = pick_question(role, interview, number, difficulty)
    turn = Turn(TurnKind.QUESTION, number, question.id, difficulty, question.text)
    return interview.with_turns(turn), [_ask(config, turn)]


def _ask(config: InterviewConfig, turn: Turn, lead: Message | None = None) -> AskQuestion:
    return AskQuestion(
        text=turn.text,
        number=turn.question_number,
        total=config.question_count,
        is_follow_up=turn.kind is TurnKind.FOLLOW_UP,
        lead=lead,
    )


def _require_waiting_for_answer(interview: Interview) -> None:
    if interview.status is not Status.ACTIVE:
        raise InterviewStateError(FINISHED())
    if interview.pending_answer is not None:
        raise InterviewStateError(STILL_THINKING())
    if interview.current_prompt is None:
        raise InterviewStateError(NO_QUESTION_YET())


def _index_of(interview: Interview, turn: Turn) -> int:
    for index in range(len(interview.turns) - 1, -1, -1):
        if interview.turns[index] is turn:
            return index
    raise ValueError("turn not in interview")


def _replaced_answer(interview: Interview) -> Turn | None:
    """The answer a just-assessed redo replaced: superseded, after the current prompt."""
    prompt = interview.current_prompt
    if prompt is None:
        return None
    prompt_index = _index_of(interview, prompt)
    for turn in reversed(interview.turns[prompt_index + 1 :]):
        if turn.superseded and turn.kind is TurnKind.ANSWER:
            return turn
    return None
