"""The role bank as a question source: fitting questions, no repeats across interviews."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from engine import interview as machine
from engine.interview_flow import question_request
from engine.models import Interview, InterviewConfig, TurnKind
from engine.ports import QuestionRequest
from engine.question_bank import pick
from engine.roles import InterviewType, Role, default_roles

START = datetime(2027, 1, 1, tzinfo=UTC)


def run_interview(
    role: Role, config: InterviewConfig, history: dict[str, datetime], when: datetime
) -> list[str]:
    """Skip through an interview whose questions come from the bank; the ids asked, in order.

    ``history`` gets each question asked, a second apart from ``when`` on.
    """
    interview = Interview(config)
    while (due := machine.next_question(interview)) is not None:
        question = pick(question_request(role, interview, due, history))
        interview, _ = machine.ask_next(interview, question)
        if interview.question_number < config.question_count:
            interview, _ = machine.skip(interview)
    asked = [t.question_id for t in interview.turns if t.kind is TurnKind.QUESTION]
    for index, question_id in enumerate(asked):
        history[question_id] = when + timedelta(seconds=index)
    return asked


def test_interviews_avoid_earlier_questions_until_the_bank_runs_out() -> None:
    role = default_roles()["backend_engineer"]
    config = InterviewConfig(role.id, None, 2, 5, 0, seed=3)
    history: dict[str, datetime] = {}
    runs = [run_interview(role, config, history, START + timedelta(days=day)) for day in range(3)]
    assert len({run[0] for run in runs}) == 3  # three different opening questions
    asked = [question_id for run in runs for question_id in run]
    assert len(asked) == len(set(asked)) == len(role.questions)  # 3 x 5: the whole bank, once
    # The bank has run out: the question asked longest ago opens the next interview.
    fourth = run_interview(role, config, history, START + timedelta(days=3))
    assert fourth[0] == runs[0][0]
    assert len(set(fourth)) == 5


def test_unseen_questions_of_the_fitting_type_and_difficulty_come_first() -> None:
    role = default_roles()["data_analyst"]
    technical = [q for q in role.questions if q.type is InterviewType.TECHNICAL]
    history: dict[str, datetime] = {}
    seen = []
    for day in range(len(technical)):
        request = QuestionRequest(
            role, (InterviewType.TECHNICAL,), 1, (1, 2), 1, f"s:{day}", history=history
        )
        question = pick(request)
        assert question.type is InterviewType.TECHNICAL
        if any(q.id not in history and q.difficulty <= 2 for q in technical):
            assert question.id not in history and question.difficulty <= 2
        seen.append(question.id)
        history[question.id] = START + timedelta(days=day)
    fitting = [q.id for q in technical if q.difficulty <= 2]
    # Nearest difficulty first: the easy ones before the difficulty-2 ones.
    easy = [q.id for q in technical if q.difficulty == 1]
    assert set(seen[: len(easy)]) == set(easy)
    # Out of unseen fitting ones: the longest-unseen fitting question, not a harder unseen one.
    assert set(seen[: len(fitting)]) == set(fitting)
    oldest = min(fitting, key=history.__getitem__)
    request = QuestionRequest(role, (InterviewType.TECHNICAL,), 1, (1, 2), 1, "x", history=history)
    assert pick(request).id == oldest


def test_a_question_asked_in_this_interview_is_never_picked_while_others_remain() -> None:
    role = default_roles()["nurse"]
    everything = frozenset(q.id for q in role.questions)
    left = next(iter(sorted(everything)))
    request = QuestionRequest(role, (), 2, (1, 3), 9, "seed", asked=everything - {left})
    assert pick(request).id == left
