"""The pure state machine: follow-up limit, persona adaptation, difficulty, redo, skip."""

from __future__ import annotations

from dataclasses import replace

import pytest

from engine import interview as machine
from engine.actions import AskQuestion, ScoreChange
from engine.models import Assessment, InterviewConfig, Persona, Scores, Status, TurnKind
from engine.roles import InterviewType, Role, default_roles
from tests.support.words import words


@pytest.fixture
def role() -> Role:
    return default_roles()["backend_engineer"]


def config(**overrides: object) -> InterviewConfig:
    values: dict[str, object] = dict(
        role_id="backend_engineer", interview_type=InterviewType.BEHAVIORAL, difficulty=2,
        question_count=3, follow_up_limit=3, seed=1,
    )  # fmt: skip
    values.update(overrides)
    return InterviewConfig(**values)  # type: ignore[arg-type]


def assessment(
    score: float, persona: Persona = Persona.NORMAL, follow_up: str | None = "And then?"
) -> Assessment:
    return Assessment(Scores(score, score, score), persona, "", "", follow_up=follow_up)


def answer(  # type: ignore[no-untyped-def]
    interview, role, text="An answer.", score=2.0, persona=Persona.NORMAL, follow_up="And then?"
):
    interview = machine.record_answer(interview, text)
    return machine.apply_assessment(interview, role, assessment(score, persona, follow_up))


@pytest.mark.parametrize("limit", [0, 1, 3])
def test_follow_up_limit_holds_when_the_interviewer_always_asks_for_more(
    role: Role, limit: int
) -> None:
    interview, _ = machine.start(config(follow_up_limit=limit), role)
    for _ in range(20):
        if interview.status is not Status.ACTIVE:
            break
        interview, _ = answer(interview, role)
    assert interview.status is Status.COMPLETED
    for number in (1, 2, 3):
        assert interview.follow_ups_asked(number) == limit


def test_first_question_matches_type_and_difficulty(role: Role) -> None:
    interview, actions = machine.start(config(difficulty=1), role)
    question = role.question(interview.turns[0].question_id)
    assert question.type is InterviewType.BEHAVIORAL
    assert question.difficulty == 1
    assert isinstance(actions[0], AskQuestion) and actions[0].number == 1


def test_off_topic_gets_a_boundary_and_the_question_again(role: Role) -> None:
    interview, _ = machine.start(config(), role)
    question = interview.turns[0].text
    interview, actions = answer(interview, role, persona=Persona.OFF_TOPIC, score=1)
    ask = actions[-1]
    assert isinstance(ask, AskQuestion) and ask.is_follow_up
    assert ask.text == question and "keep to the interview" in words(ask)


def test_confused_gets_a_rephrasing_with_the_hint(role: Role) -> None:
    interview, _ = machine.start(config(), role)
    hint = role.question(interview.turns[0].question_id).hint
    _, actions = answer(interview, role, persona=Persona.CONFUSED, score=1)
    ask = actions[-1]
    assert isinstance(ask, AskQuestion) and ask.text.startswith(hint)
    assert "another way" in words(ask)


def test_efficient_moves_on_without_a_follow_up(role: Role) -> None:
    interview, _ = machine.start(config(), role)
    interview, actions = answer(interview, role, persona=Persona.EFFICIENT, score=3.0)
    ask = actions[-1]
    assert isinstance(ask, AskQuestion) and not ask.is_follow_up and ask.number == 2


def test_efficient_but_weak_gets_at_most_one_probe(role: Role) -> None:
    interview, _ = machine.start(config(), role)
    interview, actions = answer(interview, role, persona=Persona.EFFICIENT, score=1.5)
    assert isinstance(actions[-1], AskQuestion) and actions[-1].is_follow_up
    interview, actions = answer(interview, role, persona=Persona.EFFICIENT, score=1.5)
    assert isinstance(actions[-1], AskQuestion) and not actions[-1].is_follow_up


def test_chatty_is_steered_to_the_key_point(role: Role) -> None:
    interview, _ = machine.start(config(), role)
    _, actions = answer(interview, role, persona=Persona.CHATTY, score=2.5)
    ask = actions[-1]
    assert isinstance(ask, AskQuestion) and ask.is_follow_up and "focus" in words(ask)


def test_normal_weak_answer_gets_the_proposed_follow_up(role: Role) -> None:
    interview, _ = machine.start(config(), role)
    _, actions = answer(interview, role, score=2.5)
    ask = actions[-1]
    assert isinstance(ask, AskQuestion) and ask.is_follow_up and ask.text == "And then?"


def test_strong_answers_raise_difficulty_and_weak_ones_lower_it(role: Role) -> None:
    interview, _ = machine.start(config(difficulty=2, question_count=4), role)
    interview, _ = answer(interview, role, score=4.5)
    assert interview.current_prompt is not None and interview.current_prompt.difficulty == 3
    interview, _ = answer(interview, role, score=4.5)
    assert interview.current_prompt is not None and interview.current_prompt.difficulty == 3
    interview, _ = answer(interview, role, score=1.5, follow_up=None)
    assert interview.current_prompt is not None and interview.current_prompt.difficulty == 2


def test_questions_are_not_repeated(role: Role) -> None:
    interview, _ = machine.start(config(question_count=10, interview_type=None), role)
    while interview.status is Status.ACTIVE:
        interview, _ = machine.skip(interview, role)
    asked = [t.question_id for t in interview.turns if t.kind is TurnKind.QUESTION]
    assert len(asked) == 10 == len(set(asked))


def test_redo_replaces_the_last_answer_and_shows_the_score_change(role: Role) -> None:
    interview, _ = machine.start(config(), role)
    first_question = interview.turns[0].text
    interview, _ = answer(interview, role, text="weak", score=1.5, follow_up=None)
    assert interview.question_number == 2
    interview, actions = machine.redo(interview)
    ask = actions[0]
    assert isinstance(ask, AskQuestion) and ask.text == first_question
    assert interview.question_number == 1 and interview.answers == []
    interview, actions = answer(interview, role, text="better", score=4.2)
    change = actions[0]
    assert isinstance(change, ScoreChange) and (change.before, change.after) == (1.5, 4.2)
    assert [t.text for t in interview.answers] == ["better"]


def test_the_prompt_position_names_the_prompt_shown_and_returns_with_a_redo(role: Role) -> None:
    interview, _ = machine.start(config(), role)
    first = interview.prompt_position
    assert first == 0 and interview.turns[first] is interview.current_prompt
    interview, _ = answer(interview, role, text="weak", score=1.5, follow_up=None)
    second = interview.prompt_position
    assert second > first and interview.turns[second].question_number == 2
    interview = machine.record_answer(interview, "an answer not yet assessed")
    assert interview.prompt_position == second  # an answer is not a new prompt
    interview, _ = machine.redo(replace(interview, turns=interview.turns[:-1]))
    assert interview.prompt_position == first  # asked again: its old buttons count again


def test_redo_without_an_answer_is_refused_with_a_clear_message(role: Role) -> None:
    interview, _ = machine.start(config(), role)
    with pytest.raises(machine.InterviewStateError) as raised:
        machine.redo(interview)
    assert "no answer to redo" in words(raised.value.message)


def test_answer_after_the_end_is_refused(role: Role) -> None:
    interview, _ = machine.start(config(), role)
    interview = machine.end(interview)
    with pytest.raises(machine.InterviewStateError) as raised:
        machine.record_answer(interview, "late")
    assert "finished" in words(raised.value.message)
