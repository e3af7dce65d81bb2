"""Coding tasks as data: YAML files under ``engine/coding/tasks/``, validated on load.

A task is one function to write. Its tests call that function with JSON arguments: the visible
examples (shown to the candidate) and the hidden tests, which are sized so that a solution of
the wrong complexity needs more than ten times the task's time limit while the reference
finishes well within it.

Large hidden inputs are not stored. A hidden case either lists its arguments (small edge cases,
usually with the expected result written by hand) or *generates* them: a list of specs
``{kind: ints, n: 200000, low: -1000, high: 1000, seed: 7}`` naming a deterministic generator
in ``engine.coding.generators``, one spec per argument (or one for several coupled ones). A
case without an ``expected`` result gets the reference solution's answer. That work happens
lazily, the first time ``tests_of`` is asked for the task, and the last few tasks' tests are
kept in memory; loading the bank itself only parses and validates the YAML. We chose this over
precomputed compressed JSON because the files stay small and reviewable, a changed generator or
reference can never leave stale expectations behind, and the validation test checks every
reference against a slow, independent solution on shrunken versions of the same generators.
Loading the 37 shipped tasks takes about 25 ms; building one task's tests the first time takes
0.01-0.7 s (7 s for all of them).

Results must be JSON: lists (never tuples or sets), integers, strings, booleans, ``null`` — no
floats, so equality needs no tolerance.
"""

from __future__ import annotations

import ast
import hashlib
import inspect
import json
import re
from collections import OrderedDict
from collections.abc import Callable, Iterable
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from random import Random
from typing import Annotated, Any, Final

import yaml

try:
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # PyYAML built without libyaml
    from yaml import SafeLoader  # type: ignore[assignment]
from pydantic import BaseModel, ConfigDict, Field, JsonValue, ValidationError, model_validator

from engine.coding.generators import GENERATORS, Args
from engine.coding.model import TestCase
from engine.questions import InterviewType, NonEmpty, Question

TASKS_DIR = Path(__file__).parent / "tasks"
SOURCE: Final = "coding"  # the Question.source of coding tasks
STATEMENT_MAX = 900  # characters: a phone screen or two
MARKUP = re.compile(r"`|\*\*|^\s*#|\]\(|__", re.MULTILINE)
CACHED_TASKS = 4  # tasks whose hidden tests stay in memory (they can be megabytes each)


class Topic(StrEnum):
    """What a task practises."""

    ARRAYS_AND_STRINGS = "arrays_and_strings"
    HASHING = "hashing"
    TWO_POINTERS = "two_pointers"
    INTERVALS = "intervals"
    TREES = "trees"
    GRAPHS = "graphs"
    DYNAMIC_PROGRAMMING = "dynamic_programming"
    DESIGN = "design"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Example(_Frozen):
    """A visible example: the arguments, in parameter order, and the result."""

    args: list[JsonValue]
    expected: JsonValue


class GeneratorSpec(BaseModel):
    """One generator call: its kind, seed and sizes (the generator's own parameters)."""

    model_config = ConfigDict(frozen=True, extra="allow")

    kind: NonEmpty
    seed: int = 1

    @property
    def params(self) -> dict[str, Any]:
        """The generator's parameters (everything but kind and seed)."""
        return dict(self.model_extra or {})

    @model_validator(mode="after")
    def _known(self) -> GeneratorSpec:
        generator = GENERATORS.get(self.kind)
        if generator is None:
            raise ValueError(f"unknown generator kind {self.kind!r}")
        try:
            inspect.signature(generator).bind(None, **self.params)
        except TypeError as exc:
            raise ValueError(f"generator {self.kind}: {exc}") from exc
        return self

    def run(self, **overrides: Any) -> Args:
        """The arguments this spec makes (same seed, same arguments)."""
        return GENERATORS[self.kind](Random(self.seed), **{**self.params, **overrides})


class HiddenCase(_Frozen):
    """A hidden test: listed ``args`` or generated ones; ``expected`` or the reference's answer."""

    name: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$")]
    args: list[JsonValue] | None = None
    generate: list[GeneratorSpec] | None = None
    expected: JsonValue = None

    @property
    def has_expected(self) -> bool:
        """Whether the task file states the result (else the reference computes it)."""
        return "expected" in self.model_fields_set

    @model_validator(mode="after")
    def _one_source(self) -> HiddenCase:
        if (self.args is None) == (self.generate is None):
            raise ValueError("a hidden case has either args or generate")
        return self

    def arguments(self) -> Args:
        """The case's arguments, generated if need be."""
        if self.args is not None:
            return tuple(self.args)
        return tuple(arg for spec in self.generate or () for arg in spec.run())


class JavaScript(_Frozen):
    """The task in JavaScript, where it reads naturally."""

    function: Annotated[str, Field(pattern=r"^[A-Za-z_$][\w$]*$")]
    signature: NonEmpty
    reference: NonEmpty


class CodingTask(_Frozen):
    """One coding task: what to write, how it is tested, and how it is helped along."""

    id: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
    title: NonEmpty
    difficulty: int = Field(ge=1, le=3)
    topics: list[Topic] = Field(min_length=1)
    statement: Annotated[str, Field(min_length=40, max_length=STATEMENT_MAX)]
    function: Annotated[str, Field(pattern=r"^[a-z_][a-z0-9_]*$")]
    signature: NonEmpty  # the Python ``def`` line, with type hints
    parameters: list[NonEmpty] = Field(min_length=1)
    examples: list[Example] = Field(min_length=2, max_length=3)
    hidden: list[HiddenCase] = Field(min_length=1)
    # CPU seconds for calling the function on the whole hidden set: interpreter start-up and
    # reading the inputs are not counted, so a runner's own limit needs headroom on top.
    time_limit: float = Field(gt=0, le=10)
    complexity: Annotated[str, Field(pattern=r"^O\(.+\)( per [a-z ]+)?$")]
    hints: list[NonEmpty] = Field(min_length=2, max_length=3)
    reference: NonEmpty
    slow_solution: str | None = None  # right answers, wrong complexity: only for validation
    slow_case: str | None = None  # the hidden case the slow solution must time out on
    javascript: JavaScript | None = None

    @model_validator(mode="after")
    def _consistent(self) -> CodingTask:
        if MARKUP.search(self.statement):
            raise ValueError("statement: plain text only (no markdown)")
        parsed = ast.parse(self.signature.strip() + "\n    ...")
        head = parsed.body[0]
        if not isinstance(head, ast.FunctionDef) or head.name != self.function:
            raise ValueError(f"signature must define {self.function}")
        if [arg.arg for arg in head.args.args] != self.parameters:
            raise ValueError("signature and parameters differ")
        if head.returns is None or any(arg.annotation is None for arg in head.args.args):
            raise ValueError("signature needs type hints")
        call = f"{self.function}({', '.join(self.parameters)})"
        for label, source in (("reference", self.reference), ("slow_solution", self.slow_solution)):
            if source is not None and _parameters_of(source, self.function) != self.parameters:
                raise ValueError(f"{label} must define {call}")
        for example in self.examples:
            if len(example.args) != len(self.parameters):
                raise ValueError("an example needs one argument per parameter")
        for case in self.hidden:
            if case.args is not None and len(case.args) != len(self.parameters):
                raise ValueError(f"hidden case {case.name}: one argument per parameter")
        names = [case.name for case in self.hidden]
        if len(set(names)) != len(names):
            raise ValueError("hidden case names must be unique")
        if self.slow_case is not None and self.slow_case not in names:
            raise ValueError(f"slow_case {self.slow_case!r} is not a hidden case")
        return self


def _parameters_of(source: str, function: str) -> list[str] | None:
    """The parameter names of ``function`` as ``source`` defines it at top level."""
    for node in ast.parse(source).body:
        if isinstance(node, ast.FunctionDef) and node.name == function:
            return [arg.arg for arg in node.args.args]
    return None


class TaskFileError(ValueError):
    """A task file is unreadable or invalid; the message names file, task and field."""


def read_task_mapping(path: Path, label: str, kind: str) -> dict[str, Any]:
    """A YAML file of tasks as a mapping with a ``tasks`` list; errors name ``label`` and say
    what ``kind`` of file it is ("task file", "translation file")."""
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=SafeLoader)
    except (OSError, yaml.YAMLError) as exc:
        raise TaskFileError(f"{label}: cannot read {kind}: {exc}") from exc
    if not isinstance(raw, dict) or not isinstance(raw.get("tasks"), list):
        raise TaskFileError(f"{label}: a {kind} is a mapping with a 'tasks' list")
    return raw


def load_task_file(path: Path) -> list[CodingTask]:
    """Load and validate one file of tasks (a mapping with a ``tasks`` list)."""
    raw = read_task_mapping(path, path.name, "task file")
    tasks = []
    for index, item in enumerate(raw["tasks"]):
        label = item.get("id", f"#{index + 1}") if isinstance(item, dict) else f"#{index + 1}"
        try:
            tasks.append(CodingTask.model_validate(item))
        except ValidationError as exc:
            first = exc.errors()[0]
            field = ".".join(str(part) for part in first["loc"]) or "(task)"
            raise TaskFileError(f"{path.name}: task {label}: {field}: {first['msg']}") from exc
    return tasks


def load_tasks(directory: Path = TASKS_DIR) -> list[CodingTask]:
    """Every task of every ``*.yaml`` file in a directory, ids unique."""
    files: Iterable[Path] = sorted(directory.glob("*.yaml"))
    tasks = [task for path in files for task in load_task_file(path)]
    if not tasks:
        raise TaskFileError(f"{directory}: no task files found")
    seen: set[str] = set()
    for task in tasks:
        if task.id in seen:
            raise TaskFileError(f"{directory}: task id {task.id!r} appears twice")
        seen.add(task.id)
    return tasks


@lru_cache(maxsize=1)
def default_tasks() -> list[CodingTask]:
    """The tasks shipped with the product (loaded once)."""
    return load_tasks()


def compile_function(source: str, function: str) -> Callable[..., Any]:
    """The named function of trusted source (the bank's own solutions; never a candidate's)."""
    namespace: dict[str, Any] = {"__name__": f"coding_{function}"}
    exec(compile(source, f"<{function}>", "exec"), namespace)  # trusted: shipped task files
    solve = namespace[function]
    assert callable(solve)
    return solve


def as_json(value: Any) -> JsonValue:
    """A value as it comes back from JSON (tuples become lists)."""
    copied: JsonValue = json.loads(json.dumps(value))
    return copied


_TESTS: OrderedDict[str, tuple[TestCase, ...]] = OrderedDict()


def tests_of(task: CodingTask) -> tuple[TestCase, ...]:
    """The task's tests: the visible examples first, then the hidden ones.

    Generated inputs and missing results are computed here (by the reference) and kept for
    the last few tasks asked for.
    """
    key = hashlib.sha256(task.model_dump_json().encode()).hexdigest()
    if key in _TESTS:
        _TESTS.move_to_end(key)
        return _TESTS[key]
    visible = [
        TestCase(f"example-{number}", tuple(example.args), example.expected, visible=True)
        for number, example in enumerate(task.examples, start=1)
    ]
    solve = compile_function(task.reference, task.function)
    hidden = []
    for case in task.hidden:
        args = case.arguments()
        expected = case.expected
        if not case.has_expected:  # on a copy: a reference may sort its input in place
            expected = as_json(solve(*json.loads(json.dumps(args))))
        hidden.append(TestCase(case.name, args, expected, visible=False))
    tests = (*visible, *hidden)
    _TESTS[key] = tests
    while len(_TESTS) > CACHED_TASKS:
        _TESTS.popitem(last=False)
    return tests


TOPIC_WORDS = {topic: topic.value.replace("_", " ") for topic in Topic}


def to_question(task: CodingTask) -> Question:
    """The task as an interview question; its payload holds what a coding round shows.

    Hidden tests are not in the payload (they can be megabytes, and the question is stored
    with its turn): ``tests_of(task)`` rebuilds them from the bank by task id.
    """
    payload: dict[str, JsonValue] = {
        "task_id": task.id,
        "title": task.title,
        "function": task.function,
        "signature": task.signature,
        "parameters": list(task.parameters),
        "examples": [example.model_dump(mode="json") for example in task.examples],
        "hidden_tests": len(task.hidden),
        "time_limit": task.time_limit,
        "complexity": task.complexity,
        "hints": list(task.hints),
        "topics": [topic.value for topic in task.topics],
    }
    if task.javascript is not None:
        payload["javascript"] = {
            "function": task.javascript.function,
            "signature": task.javascript.signature,
        }
    return Question(
        id=f"coding-{task.id}",
        type=InterviewType.CODING,
        difficulty=task.difficulty,
        text=task.statement,
        key_concepts=[*(TOPIC_WORDS[topic] for topic in task.topics), task.complexity],
        hint=task.hints[0],
        example=task.reference,
        task=payload,
        source=SOURCE,
    )
