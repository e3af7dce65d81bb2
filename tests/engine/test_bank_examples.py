"""Every bank question has an example answer in full, and the offline judge finds it strong.

The example is shown to a candidate after they answered, as what a strong answer sounds like:
it must answer this question (on topic), say nothing a correct answer never says, and score as
a strong answer does. The offline interviewer hands it out with a line on why it is strong.
"""

from __future__ import annotations

import pytest

from engine.ports import ExampleContext
from engine.providers.offline import STRONG, OfflineInterviewer
from engine.roles import BankQuestion, Role, default_roles
from engine.scoring import assess_text

QUESTIONS = [
    pytest.param(role, question, id=f"{role.id}-{question.id}")
    for role in default_roles().values()
    for question in role.questions
]


@pytest.mark.parametrize(("role", "question"), QUESTIONS)
def test_the_example_answer_is_strong(role: Role, question: BankQuestion) -> None:
    assert question.example, f"{question.id} has no example answer"
    rubric, scores = assess_text(question.example, question, role)
    assert rubric.on_topic, (question.id, rubric)
    assert not rubric.contradicted, (question.id, rubric.contradicted)
    assert scores.overall >= STRONG, (question.id, scores, rubric)


@pytest.mark.parametrize(("role", "question"), QUESTIONS)
async def test_the_offline_interviewer_shows_the_example_and_why(
    role: Role, question: BankQuestion
) -> None:
    example = await OfflineInterviewer().example_answer(ExampleContext(role, question, "en"))
    assert example is not None, f"{question.id} has no example answer"
    assert example.text == question.example
    assert example.why.strip()
