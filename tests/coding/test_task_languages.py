"""Coding tasks in the interview's language: Spanish, German and French words come with the
product (``engine/coding/tasks/<lang>/``); the task itself (function, examples, tests) is the
English one, and a language without words asks the English task."""

from __future__ import annotations

import pytest

from engine.answer_language import language_of
from engine.coding.bank import default_tasks, to_question
from engine.coding.task_source import CodingTasks, pick_task
from engine.ports import QuestionRequest
from engine.question_bank import QuestionBank
from engine.questions import InterviewType, Question
from engine.roles import default_roles

SHIPPED = ("es", "de", "fr")


def coding_request(
    language: str, number: int = 1, asked: frozenset[str] = frozenset()
) -> QuestionRequest:
    """The request for a coding interview's question ``number`` in ``language``."""
    return QuestionRequest(
        role=default_roles()["backend_engineer"],
        types=(InterviewType.CODING,),
        difficulty=2,
        difficulty_range=(1, 3),
        number=number,
        seed=f"seed-{number}",
        asked=asked,
        language=language,
    )


def with_english_words(asked: Question, english: Question) -> Question:
    """``asked`` with the English question's statement, title and hints put back."""
    payload = asked.task or {}
    words = {"title": (english.task or {})["title"], "hints": (english.task or {})["hints"]}
    return asked.model_copy(
        update={"text": english.text, "hint": english.hint, "task": payload | words}
    )


async def test_a_spanish_coding_question_from_the_task_source_is_in_spanish() -> None:
    source = CodingTasks(QuestionBank())
    english = {question.id: question for question in map(to_question, default_tasks())}
    asked: frozenset[str] = frozenset()
    for number in (1, 2, 3):
        question = await source.next_question(coding_request("es", number, asked))
        asked |= {question.id}
        original = english[question.id]
        payload, shown = question.task or {}, original.task or {}
        assert language_of(question.text) == "es", question.text
        assert payload["title"] != shown["title"]
        hints = payload["hints"]
        assert isinstance(hints, list) and len(hints) == len(shown["hints"])  # type: ignore[arg-type]
        assert question.hint == hints[0] and language_of(" ".join(map(str, hints))) == "es"
        assert with_english_words(question, original) == original  # only the words differ


@pytest.mark.parametrize("language", SHIPPED)
def test_every_task_is_asked_in_each_shipped_language(language: str) -> None:
    for task in default_tasks():
        english = to_question(task)
        asked = pick_task(coding_request(language), [task])
        payload = asked.task or {}
        assert language_of(asked.text) == language, (task.id, asked.text)
        hints = [str(hint) for hint in payload["hints"]]  # type: ignore[union-attr]
        assert language_of(" ".join(hints)) == language, (task.id, hints)
        assert payload["title"] != task.title and not set(hints) & set(task.hints), task.id
        assert with_english_words(asked, english) == english


@pytest.mark.parametrize("language", ["en", "pt", "ru", "hi"])
def test_a_language_without_shipped_words_asks_the_english_task(language: str) -> None:
    for task in default_tasks():
        assert pick_task(coding_request(language), [task]) == to_question(task)
