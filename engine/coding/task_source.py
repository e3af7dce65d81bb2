"""The coding-task bank as a question source: a task of the wanted difficulty, none repeated.

A coding interview's main questions are tasks (``engine/coding/tasks``), worded in the
interview's language where the product ships a translation (English otherwise); every other
request goes to the source behind it (the role bank, tailored questions).
"""

from __future__ import annotations

from functools import lru_cache

from engine.coding.bank import CodingTask, default_tasks, to_question
from engine.coding.task_words import worded
from engine.ports import QuestionRequest, QuestionSource
from engine.question_bank import pick_from
from engine.questions import InterviewType, Question


@lru_cache(maxsize=1)
def tasks_by_question_id() -> dict[str, CodingTask]:
    """The shipped tasks by the id of the question each becomes."""
    return {to_question(task).id: task for task in default_tasks()}


def task_of(question: Question) -> CodingTask | None:
    """The task a coding question was made from (None when the bank no longer has it)."""
    return tasks_by_question_id().get(question.id)


class CodingTasks:
    """Tasks from the coding bank for coding interviews; other requests go to ``others``."""

    def __init__(self, others: QuestionSource, tasks: list[CodingTask] | None = None) -> None:
        """Coding questions from ``tasks`` (the shipped bank by default)."""
        self.others = others
        self.tasks = tasks

    async def next_question(self, request: QuestionRequest) -> Question:
        """A task for a coding request (see :func:`pick_task`), else the other source's pick."""
        if request.types != (InterviewType.CODING,):
            return await self.others.next_question(request)
        return pick_task(request, self.tasks if self.tasks is not None else default_tasks())


def pick_task(request: QuestionRequest, tasks: list[CodingTask]) -> Question:
    """A task within the difficulty range, not asked in this interview, unseen if possible.

    As the role bank picks: the nearest difficulty among tasks the user never got (ties drawn
    by the seed); when every fitting one was asked before, the one asked longest ago. The task
    comes worded in the request's language where one is shipped.
    """
    return pick_from([to_question(worded(task, request.language)) for task in tasks], request)
