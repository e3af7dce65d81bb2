"""The interview state machine: pure functions ``(interview, event) -> (interview, actions)``.

No I/O happens here. The service feeds in assessments that an interviewer produced; this
module decides follow-ups (within the limit), adaptation to the candidate's persona,
difficulty and completion. It decides *that* a main question is due (its number and
difficulty, see :func:`next_question`); the flow gets one from a question source and hands it
to :func:`ask_next`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from engine.actions import Action, AskQuestion, Notice, ScoreChange, ShowHint
from engine.coding.answers import task_sketch
from engine.messages import Key, Message, UserFacingError
from engine.models import (
    Assessment,
    AudioFacts,
    Interview,
    InterviewConfig,
    NonAnswer,
    Persona,
    Status,
    Turn,
    TurnKind,
)
from engine.questions import InterviewType, Question

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
STEERING_LEAD = Key("lead.steering")
CONFUSED_LEAD = Key("lead.confused")
EFFICIENT_LEAD = Key("lead.efficient")
CHATTY_LEAD = Key("lead.chatty")
NON_ANSWER_LEADS = {
    NonAnswer.CLARIFY: CONFUSED_LEAD,
    NonAnswer.REPEAT: Key("lead.repeat"),
    NonAnswer.THINKING: Key("lead.thinking"),
    NonAnswer.NERVOUS: Key("lead.nervous"),
    NonAnswer.ALREADY_SAID: Key("lead.not-yet"),  # said of a question with no answer yet
}
MOVING_ON = Key("interview.moving-on")
# What a strong answer covers, by the question's type, for a question without its own hint.
NUDGES = {kind: Key(f"nudge.{kind.value}") for kind in InterviewType}


class InterviewStateError(UserFacingError):
    """An event that does not fit the interview's state."""


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
        scored = interview.last_assessment(prompt.question_number)
        overall = scored.scores.overall if scored else None
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
        raise InterviewStateError(NOTHING_TO_ASSESS())
    turns = list(interview.turns)
    turns[_index_of(interview, pending)] = replace(pending, assessment=assessment)
    interview = replace(interview, turns=tuple(turns))
    actions: list[Action] = []
    previous = _replaced_answer(interview)
    if previous is not None and previous.assessment is not None and assessment.counts:
        actions.append(ScoreChange(previous.assessment.scores.overall, assessment.scores.overall))

    if assessment.non_answer is not None:
        return _reply_to_non_answer(interview, assessment.non_answer, actions)
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
    return _close_question(interview.with_turns(skipped)), [Notice(SKIPPED())]


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


def taken_back(interview: Interview, due: NextQuestion) -> Question | None:
    """The main question ``due`` names if a redo took it back after it was shown, else None.

    A redo of the answer before it supersedes it with the rest of the transcript; when the
    redone question closes, that same question is asked again rather than a new one drawn
    (the candidate has seen it, and a new draw would skip it as already asked).
    """
    for turn in reversed(interview.turns):
        if (
            turn.superseded
            and turn.kind is TurnKind.QUESTION
            and turn.question_number == due.number
            and turn.question is not None
        ):
            return turn.question
    return None


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


def hint(interview: Interview, lead: Message | None = None) -> tuple[Interview, list[Action]]:
    """A hint on the question waiting for an answer (or its follow-up), noted once as an aside.

    It is the question's own hint, else a nudge from its type; never the answer, and it does
    not change whose turn it is. A coding task's hints come one by one, each asked for.
    """
    _require_waiting_for_answer(interview)
    prompt = interview.current_prompt
    assert prompt is not None
    number = prompt.question_number
    question = interview.question(number)
    hints = task_hints(question)
    if hints:
        given = sum(1 for t in interview.asides(TurnKind.HINT) if t.question_number == number)
        text = hints[min(given, len(hints) - 1)]
        shown = ShowHint(number, text, None, lead)
        if given >= len(hints):
            return interview, [shown]
        noted = Turn(TurnKind.HINT, number, prompt.question_id, prompt.difficulty, text)
        return interview.with_turns(noted), [shown]
    shown = ShowHint(
        number, question.hint, None if question.hint else NUDGES[question.type](), lead
    )  # fmt: skip
    if any(t.question_number == number for t in interview.asides(TurnKind.HINT)):
        return interview, [shown]
    noted = Turn(TurnKind.HINT, number, prompt.question_id, prompt.difficulty, question.hint)
    return interview.with_turns(noted), [shown]


def task_hints(question: Question) -> list[str]:
    """A coding task's hints, in the order they are given ([] for other questions)."""
    hints = (question.task or {}).get("hints")
    return [str(hint) for hint in hints] if isinstance(hints, list) else []


def example_target(interview: Interview) -> int | None:
    """The question an example answer is for: the latest one answered or skipped (None yet).

    That is the current question once it has a real answer, else the one before it.
    """
    answered = {id(turn) for turn in interview.answers}
    for turn in reversed(interview.active_turns):
        if turn.kind is TurnKind.SKIP or id(turn) in answered:
            return turn.question_number
    return None


def record_example(interview: Interview, number: int, text: str) -> Interview:
    """Note that question ``number``'s example answer was shown (once, unless a redo took the
    note back), so the report can tell an answer redone after it."""
    if any(
        t.question_number == number and not t.superseded for t in interview.asides(TurnKind.EXAMPLE)
    ):
        return interview
    question = interview.question(number)
    noted = Turn(TurnKind.EXAMPLE, number, question.id, question.difficulty, text)
    return interview.with_turns(noted)


def _reply_to_non_answer(
    interview: Interview, kind: NonAnswer, actions: list[Action]
) -> tuple[Interview, list[Action]]:
    """Answer a non-answer as an interviewer would: rephrase, repeat, wait, or move on.

    None of these is a follow-up, so the follow-up limit never stops them.
    """
    prompt = interview.current_prompt
    assert prompt is not None
    number = prompt.question_number
    if kind is NonAnswer.ALREADY_SAID and interview.last_assessment(number) is not None:
        # The thread already holds an answer: take the candidate at their word and move on.
        return _close_question(interview), [*actions, Notice(MOVING_ON())]
    text = prompt.text
    if kind is NonAnswer.CLARIFY and prompt.kind is TurnKind.QUESTION:
        question = interview.question(number)
        idea = f"\n\n💡 {question.idea}" if question.idea else ""
        text = (question.hint or question.text) + idea
    turn = Turn(TurnKind.FOLLOW_UP, number, prompt.question_id, prompt.difficulty, text)
    lead = NON_ANSWER_LEADS[kind]()
    return interview.with_turns(turn), [*actions, _ask(interview.config, turn, lead)]


def _follow_up(interview: Interview, assessment: Assessment) -> tuple[str, Message | None] | None:
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
            # Only an attempt to steer the interviewer hears that answers are all it takes.
            return question.text, STEERING_LEAD() if assessment.injection else OFF_TOPIC_LEAD()
        case Persona.CONFUSED:
            # The rephrasing is the question's own words (its text when a source gave no hint) and
            # the idea of an answer, never the example answer itself;
            # a mark, not a sentence, joins them.
            idea = f"\n\n💡 {question.idea}" if question.idea else ""
            return (question.hint or question.text) + idea, CONFUSED_LEAD()
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


def _close_question(interview: Interview) -> Interview:
    """The interview after a main question's thread closed: completed after the last one."""
    prompt = interview.current_prompt
    assert prompt is not None
    if prompt.question_number >= interview.config.question_count:
        return replace(interview, status=Status.COMPLETED)
    return interview


def _ask(config: InterviewConfig, turn: Turn, lead: Message | None = None) -> AskQuestion:
    asked = turn.question if turn.kind is TurnKind.QUESTION else None
    return AskQuestion(
        text=turn.text,
        number=turn.question_number,
        total=config.question_count,
        is_follow_up=turn.kind is TurnKind.FOLLOW_UP,
        lead=lead,
        code=task_sketch(asked) if asked is not None else None,
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
