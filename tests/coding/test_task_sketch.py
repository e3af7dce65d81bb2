"""A coding question shows the function to write and its examples, on every platform."""

from __future__ import annotations

from bots.console import TERMINAL
from bots.render import render_action
from engine.actions import AskQuestion
from engine.coding.answers import task_sketch
from engine.coding.bank import default_tasks, to_question
from engine.interview import start
from engine.models import InterviewConfig
from engine.questions import InterviewType
from engine.roles import default_roles


def test_the_asked_task_shows_its_signature_and_examples_as_code() -> None:
    task = next(t for t in default_tasks() if t.id == "stair_ways")
    question = to_question(task)
    config = InterviewConfig(
        role_id="backend_engineer", interview_type=InterviewType.CODING, difficulty=1,
        question_count=1, follow_up_limit=1, language="en", seed=1,
    )  # fmt: skip
    _, actions = start(config, question)
    (asked,) = [a for a in actions if isinstance(a, AskQuestion)]
    shown = render_action(asked, TERMINAL)
    assert "def stair_ways(n: int) -> int: ..." in shown
    assert "stair_ways(2)  # → 2" in shown and "stair_ways(3)  # → 3" in shown
    assert task.statement in shown


def test_other_questions_show_no_code() -> None:
    question = default_roles()["nurse"].questions[0]
    assert task_sketch(question) is None
