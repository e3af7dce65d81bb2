"""The interview state machine: pure functions ``(interview, event) -> (interview, actions)``.

No I/O happens here. The service feeds in assessments that an interviewer produced; this
module decides follow-ups (within the limit), adaptation to the candidate's persona,
difficulty and completion. It decides *that* a main question is due (its number and
difficulty, see :func:`next_question`); the flow gets one from a question source and hands it
to :func:`ask_next`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from engine.actions import Action, AskQuestion, Notice, ScoreChange
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
from engine.questions import Question

RAISE_AT = 3.8  # an overall score this high makes the next question harder
LOWER_AT = 2.2  # this low makes it easier
GOOD_ENOUGH = 4.0  # no follow-up needed above this


class InterviewStateError(ValueError):
    """An event that does not fit the interview's state; the message is user-facing."""


@dataclass(frozen=True)
class NextQuestion:
    """The machine's decision that a main question is due: which one, and how hard."""

    number: int
    difficulty: int


def start(config: InterviewConfig, question: Question) -> tuple[Interview, list[Action]]:
    """Begin an interview with its first question."""
    return ask_next(Interview(config=config), question)


def next_question(interview: Interview) -> NextQuestion | None:
    """The main question due now, or None while one is being asked or the interview is over.

    One is due at the start, and after a question's thread closed (a skip, or an assessed
    answer that got no follow-up) when more questions are left; strong answers raise the
    difficulty and weak ones lower it, within the interview's range.
    """
    config = interview.config
    active = interview.active_turns
    if interview.status is not Status.ACTIVE:
        return None
    if not active:
        return NextQuestion(1, config.difficulty)
    last, prompt = active[-1], interview.current_prompt
    assert prompt is not None
    if last.kind is TurnKind.SKIP:
        overall = None
    elif last.kind is TurnKind.ANSWER and last.assessment is not None:
        overall = last.assessment.scores.overall
    else:
        return None
    low, high = config.difficulty_range
    difficulty = prompt.difficulty
    if overall is not None and overall >= RAISE_AT:
        difficulty = min(high, difficulty + 1)
    elif overall is not None and overall <= LOWER_AT:
        difficulty = max(low, difficulty - 1)
    return NextQuestion(prompt.question_number + 1, difficulty)


def ask_next(interview: Interview, question: Question) -> tuple[Interview, list[Action]]:
    """Ask ``question`` as the main question that is due (ValueError when none is)."""
    due = next_question(interview)
    if due is None:
        raise ValueError("no main question is due")
    turn = Turn(
        TurnKind.QUESTION, due.number, question.id, due.difficulty, question.text,
        question=question,
    )  # fmt: skip
    return interview.with_turns(turn), [_ask(interview.config, turn)]


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
    interview: Interview, assessment: Assessment
) -> tuple[Interview, list[Action]]:
    """Attach the assessment to the pending answer and decide: a follow-up, or move on."""
    pending = interview.pending_answer
    if pending is None:
        raise InterviewStateError("There is no answer waiting for assessment.")
    turns = list(interview.turns)
    turns[_index_of(interview, pending)] = replace(pending, assessment=assessment)
    interview = replace(interview, turns=tuple(turns))
    actions: list[Action] = []
    previous = _replaced_answer(interview)
    if previous is not None and previous.assessment is not None:
        actions.append(ScoreChange(previous.assessment.scores.overall, assessment.scores.overall))

    follow_up = _follow_up(interview, assessment)
    if follow_up is not None:
        text, lead = follow_up
        turn = Turn(
            TurnKind.FOLLOW_UP, pending.question_number, pending.question_id,
            pending.difficulty, text,
        )  # fmt: skip
        actions.append(_ask(interview.config, turn, lead))
        return interview.with_turns(turn), actions
    return _close_question(interview), actions


def skip(interview: Interview) -> tuple[Interview, list[Action]]:
    """Skip the current main question and move on."""
    _require_waiting_for_answer(interview)
    prompt = interview.current_prompt
    assert prompt is not None
    skipped = Turn(TurnKind.SKIP, prompt.question_number, prompt.question_id, prompt.difficulty, "")
    return _close_question(interview.with_turns(skipped)), [Notice("Skipped.")]


def redo(interview: Interview) -> tuple[Interview, list[Action]]:
    """Take back the last answer and ask its question again."""
    if interview.status is not Status.ACTIVE:
        raise InterviewStateError("This interview is finished — start a new one to practise more.")
    last = interview.last_answer
    if last is None or last.assessment is None:
        raise InterviewStateError("There is no answer to redo yet.")
    start_index = _index_of(interview, last)
    turns = tuple(
        replace(turn, superseded=True) if index >= start_index and not turn.superseded else turn
        for index, turn in enumerate(interview.turns)
    )
    interview = replace(interview, turns=turns)
    prompt = interview.current_prompt
    assert prompt is not None
    lead = "Sure — let's take that one again. Your new answer replaces the last one."
    return interview, [_ask(interview.config, prompt, lead)]


def end(interview: Interview) -> Interview:
    """Stop the interview early; the report covers what was answered."""
    if interview.status is not Status.ACTIVE:
        raise InterviewStateError("This interview is already finished.")
    return replace(interview, status=Status.ENDED)


def repeat_prompt(interview: Interview, lead: str = "") -> list[Action]:
    """Ask the current question again (after a restart or on request)."""
    prompt = interview.current_prompt
    if interview.status is not Status.ACTIVE or prompt is None:
        return []
    return [_ask(interview.config, prompt, lead)]


def _follow_up(interview: Interview, assessment: Assessment) -> tuple[str, str] | None:
    """The follow-up to ask and its lead line, or None to move on.

    The limit is enforced here, from the stored turns, whatever the interviewer proposes.
    """
    prompt = interview.current_prompt
    assert prompt is not None
    number = prompt.question_number
    if interview.follow_ups_asked(number) >= interview.config.follow_up_limit:
        return None
    question = interview.question(number)
    overall = assessment.scores.overall
    match assessment.persona:
        case Persona.OFF_TOPIC:
            lead = "Let's keep to the interview — I can only take answers to the question."
            return question.text, lead
        case Persona.CONFUSED:
            hint = (question.hint or question.text) + (
                f" For example: {question.example}" if question.example else ""
            )
            return hint, "No problem — let me put it another way."
        case Persona.EFFICIENT:
            # Brief and to the point: at most one probe, and only when something key is missing.
            if (
                overall >= LOWER_AT + 0.5
                or not assessment.follow_up
                or interview.follow_ups_asked(number)
            ):
                return None
            return assessment.follow_up, "Thanks, that's clear."
        case Persona.CHATTY:
            if overall >= GOOD_ENOUGH:
                return None
            probe = assessment.follow_up or "In one or two sentences, what was the key point?"
            return probe, "Thanks — that's useful context. Let's focus in."
        case _:
            if overall >= GOOD_ENOUGH or not assessment.follow_up:
                return None
            return assessment.follow_up, ""


def _close_question(interview: Interview) -> Interview:
    """The interview after a main question's thread closed: completed after the last one."""
    prompt = interview.current_prompt
    assert prompt is not None
    if prompt.question_number >= interview.config.question_count:
        return replace(interview, status=Status.COMPLETED)
    return interview


def _ask(config: InterviewConfig, turn: Turn, lead: str = "") -> AskQuestion:
    return AskQuestion(
        text=turn.text,
        number=turn.question_number,
        total=config.question_count,
        is_follow_up=turn.kind is TurnKind.FOLLOW_UP,
        lead=lead,
    )


def _require_waiting_for_answer(interview: Interview) -> None:
    if interview.status is not Status.ACTIVE:
        raise InterviewStateError("This interview is finished — start a new one to practise more.")
    if interview.pending_answer is not None:
        raise InterviewStateError("I'm still thinking about your last answer — one moment.")
    if interview.current_prompt is None:
        raise InterviewStateError("There is no question to answer yet.")


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
