"""Coding tasks in other languages: the words of each task, shipped as data, checked on load.

``tasks/<language>/<file>.yaml`` words the tasks of ``tasks/<file>.yaml`` (Spanish, German and
French today), as the role banks do in ``engine/roles/<language>/``: a list of tasks by id, each
with its ``title``, ``statement`` and ``hints`` only. Everything else — the function, examples,
tests, limits — is the English task's, so a translation can never change what is tested. The
code inside the words (``nums[i]``, ``[start, end]``, numbers) stays as English writes it.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import ValidationError

from engine.coding.bank import (
    TASKS_DIR,
    CodingTask,
    TaskFileError,
    default_tasks,
    read_task_mapping,
)
from engine.languages import ENGLISH

WORDS = ("title", "statement", "hints")  # what a translation words; the rest is English's


def worded(task: CodingTask, language: str) -> CodingTask:
    """``task`` with its words in ``language``, or as it is where that language has no
    translation of it (or it is not one of the shipped tasks)."""
    translation = None if language == ENGLISH else translated_tasks(language).get(task.id)
    if translation is None or _shipped().get(task.id) is not task:
        return task
    return translation


@lru_cache(maxsize=1)
def _shipped() -> dict[str, CodingTask]:
    return {task.id: task for task in default_tasks()}


@lru_cache(maxsize=8)
def translated_tasks(language: str) -> dict[str, CodingTask]:
    """The shipped tasks worded in ``language``, by id (none for a language without files)."""
    return load_translations(TASKS_DIR / language, default_tasks())


def load_translations(directory: Path, tasks: list[CodingTask]) -> dict[str, CodingTask]:
    """``tasks`` as the translation files in ``directory`` word them, by task id.

    Each entry must name a task of ``tasks`` once, give all of its words and as many hints as
    the English task has; the worded task must pass the bank's own rules (plain-text statement,
    lengths), so a TaskFileError names the file, the task and the field.
    """
    english = {task.id: task for task in tasks}
    worded: dict[str, CodingTask] = {}
    for path in sorted(directory.glob("*.yaml")):
        label = f"{directory.name}/{path.name}"
        for item in _entries(path, label, directory.name):
            task_id = item.get("id")
            task = english.get(str(task_id))
            if task is None:
                raise TaskFileError(f"{label}: task {task_id!r} is not in the bank")
            if task.id in worded:
                raise TaskFileError(f"{label}: task {task.id} is worded twice")
            worded[task.id] = _worded(task, item, label)
    return worded


def _entries(path: Path, label: str, language: str) -> list[dict[str, object]]:
    """The task entries of one translation file (a mapping with its language and a list)."""
    raw = read_task_mapping(path, label, "translation file")
    if raw.get("language") != language:
        raise TaskFileError(f"{label}: language {raw.get('language')!r} is not its folder's")
    entries = raw["tasks"]
    if not all(isinstance(item, dict) for item in entries):
        raise TaskFileError(f"{label}: every task is a mapping of its id and words")
    return entries


def _worded(task: CodingTask, item: dict[str, object], label: str) -> CodingTask:
    """The English ``task`` with the words of its translation ``item``."""
    fields = set(item) - {"id"}
    if fields != set(WORDS):
        odd = ", ".join(sorted(fields ^ set(WORDS)))
        raise TaskFileError(f"{label}: task {task.id}: {odd}: give its title, statement, hints")
    hints = item["hints"]
    if not isinstance(hints, list) or len(hints) != len(task.hints):
        raise TaskFileError(f"{label}: task {task.id}: hints: {len(task.hints)} as in English")
    words = {name: item[name] for name in WORDS}
    try:
        return CodingTask.model_validate(task.model_dump(exclude_unset=True) | words)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(part) for part in first["loc"]) or "(task)"
        raise TaskFileError(f"{label}: task {task.id}: {field}: {first['msg']}") from exc
