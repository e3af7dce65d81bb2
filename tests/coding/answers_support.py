"""Shared by the coding-interview tests: one quick task and four answers to it.

The task is the bank's ``max_subarray`` (difficulty 1): its reference is linear and quick, its
slow solution (quadratic) times out on the large hidden case, so every verdict shows fast.
"""

from __future__ import annotations

from engine.coding.bank import CodingTask, default_tasks
from engine.coding.task_source import CodingTasks
from engine.question_bank import QuestionBank

TASK_ID = "max_subarray"


def task() -> CodingTask:
    """The task every coding-interview test asks."""
    return next(t for t in default_tasks() if t.id == TASK_ID)


def one_task() -> CodingTasks:
    """A question source whose coding interviews ask only that task."""
    return CodingTasks(QuestionBank(), [task()])


EXPLANATION = (
    "I keep the best sum of a run ending at the current number, because a negative run never "
    "helps the next one; that is one pass, O(n) time and O(1) space."
)
CORRECT = task().reference.strip()
WRONG = "def max_subarray(nums: list[int]) -> int:\n    return sum(nums)"
SLOW = (task().slow_solution or "").strip()
BROKEN = "def max_subarray(nums: list[int]) -> int\n    return max(nums"


def fenced(code: str, words: str = EXPLANATION) -> str:
    """An answer as a chat message: the words, then the code in a ``` block."""
    return f"{words}\n```python\n{code}\n```"
