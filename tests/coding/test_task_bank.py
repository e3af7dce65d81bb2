"""The coding task bank holds up: every task is well formed, its reference passes every test
well within the time limit, and its slow solution (right answers, wrong complexity) does not
finish within ten times that limit on the hidden set.

Solutions here are the bank's own, trusted code, so they run in a plain subprocess (not the
sandbox). Times are CPU seconds, measured in the child, so a busy machine slows the run down
without changing the verdicts. The slow checks wait up to ten times a task's limit each, so
they run two at a time, in the background, once the other checks are done (``-m "not slow"``
leaves them out).
"""

from __future__ import annotations

import json
import math
import shutil
import signal
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from random import Random
from typing import Any

import pytest

from engine.coding.bank import (
    CodingTask,
    HiddenCase,
    TaskFileError,
    Topic,
    as_json,
    default_tasks,
    load_tasks,
    to_question,
)
from engine.coding.bank import (
    tests_of as cases_of,
)
from engine.coding.generators import GENERATORS, SMALL
from engine.questions import InterviewType

TASKS = {task.id: task for task in default_tasks()}
SLOW_TASKS = [task_id for task_id, task in TASKS.items() if task.slow_solution]
WELL_WITHIN = 0.5  # the reference may use at most this share of its time limit
SLOW_FACTOR = 10  # the slow solution must not finish within this many time limits
SMALL_SEEDS = 4  # shrunken generated inputs per case for the slow-versus-reference check

HARNESS = """
import json, math, resource, sys, time
spec = json.load(open(sys.argv[1], encoding="utf-8"))
namespace = {"__name__": "solution"}
exec(compile(spec["code"], "<solution>", "exec"), namespace)
solve = namespace[spec["function"]]
if spec.get("cpu_seconds"):  # from here on: this many CPU seconds, then SIGXCPU
    allowed = math.ceil(time.process_time() + spec["cpu_seconds"])
    resource.setrlimit(resource.RLIMIT_CPU, (allowed, allowed + 2))
results, seconds = [], []
for args in spec["cases"]:
    start = time.process_time()
    results.append(solve(*args))
    seconds.append(time.process_time() - start)
with open(sys.argv[2], "w", encoding="utf-8") as out:
    json.dump({"results": results, "seconds": seconds}, out)
"""

NODE_HARNESS = """
const fs = require("fs");
const spec = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
const solve = new Function(spec.code + "\\nreturn " + spec.function + ";")();
fs.writeFileSync(process.argv[2], JSON.stringify({results: spec.cases.map((a) => solve(...a))}));
"""


@dataclass(frozen=True)
class Run:
    """How a child run ended: its results and CPU seconds per case, or why it has none."""

    results: list[Any] | None
    seconds: list[float]
    returncode: int | None  # None: stopped at the wall-clock timeout
    stderr: str


def run_solution(
    code: str,
    function: str,
    cases: Sequence[Sequence[Any]],
    *,
    wall_seconds: float,
    cpu_seconds: float | None = None,
    command: Sequence[str] = (sys.executable, "-c", HARNESS),
) -> Run:
    """Run trusted code on argument lists in a child process, bounded in time."""
    with tempfile.TemporaryDirectory() as directory:
        spec_path, out_path = Path(directory, "spec.json"), Path(directory, "out.json")
        spec = {
            "code": code,
            "function": function,
            "cases": [list(case) for case in cases],
            "cpu_seconds": cpu_seconds,
        }
        spec_path.write_text(json.dumps(spec), encoding="utf-8")
        try:
            done = subprocess.run(
                [*command, str(spec_path), str(out_path)],
                capture_output=True,
                text=True,
                timeout=wall_seconds,
            )
        except subprocess.TimeoutExpired:
            return Run(None, [], None, "")
        if done.returncode != 0 or not out_path.exists():
            return Run(None, [], done.returncode, done.stderr[-2000:])
        out = json.loads(out_path.read_text(encoding="utf-8"))
        return Run(out["results"], out.get("seconds", []), 0, "")


SIZES = ("n", "m", "queries", "times", "rows", "cols")  # generator parameters that are sizes


def case_size(case: HiddenCase) -> int:
    """A rough size of a hidden case's input, to pick the biggest one."""
    if case.args is not None:
        return len(json.dumps(case.args))
    return sum(int(spec.params.get(name, 0)) for spec in case.generate or () for name in SIZES)


def slow_case(task: CodingTask) -> HiddenCase:
    """The hidden case the slow solution must time out on: named, else the biggest."""
    named = [case for case in task.hidden if case.name == task.slow_case]
    return named[0] if named else max(task.hidden, key=case_size)


def small_cases(task: CodingTask) -> list[tuple[Any, ...]]:
    """Visible and hand-checked hidden cases, and tiny versions of the generated ones."""
    cases = [tuple(example.args) for example in task.examples]
    for case in task.hidden:
        if case.args is not None and case.has_expected and case.name != task.slow_case:
            cases.append(tuple(case.args))
        for seed in range(SMALL_SEEDS) if case.generate else ():
            cases.append(
                tuple(
                    arg
                    for spec in case.generate or ()
                    for arg in spec.model_copy(update={"seed": spec.seed + 1000 * seed}).run(
                        **SMALL.get(spec.kind, {})
                    )
                )
            )
    return cases


# ------------------------------------------------------------------ the bank as a whole


def test_the_bank_has_thirty_tasks_over_every_difficulty_and_topic() -> None:
    tasks = default_tasks()
    assert len(tasks) >= 30
    assert {task.difficulty for task in tasks} == {1, 2, 3}
    assert {topic for task in tasks for topic in task.topics} == set(Topic)
    assert [task for task in tasks if Topic.DESIGN in task.topics]
    per_topic = Counter(task.topics[0] for task in tasks)
    assert all(per_topic[topic] >= 2 for topic in Topic), per_topic


def test_every_generator_kind_is_deterministic_and_shrinks() -> None:
    specs: dict[str, dict[str, Any]] = {
        "value": {"value": 3},
        "ints": {"low": -5, "high": 5},
        "consecutive": {"low": 0, "high": 100},
        "repeated": {"unit": "ab"},
        "range_queries": {"low": 0, "high": 9},
        "grid": {"walls": 0.3},
    }
    assert set(GENERATORS) - {"value"} == set(SMALL)
    for kind in GENERATORS:
        params = {**SMALL.get(kind, {}), **specs.get(kind, {})}
        first = GENERATORS[kind](Random(5), **params)
        again = GENERATORS[kind](Random(5), **params)
        assert first == again, kind
        assert as_json(list(first)) == list(first), kind  # plain JSON values


def test_a_broken_task_file_names_file_task_and_field(tmp_path: Path) -> None:
    task = TASKS["two_sum"].model_dump(mode="json", exclude_none=True)
    task["examples"] = task["examples"][:1]
    (tmp_path / "broken.yaml").write_text(json.dumps({"tasks": [task]}), encoding="utf-8")
    with pytest.raises(TaskFileError, match=r"broken.yaml: task two_sum: examples"):
        load_tasks(tmp_path)
    task["examples"] = TASKS["two_sum"].model_dump(mode="json")["examples"]
    task["statement"] = "Return the **pair** of indices whose numbers add up to the target."
    (tmp_path / "broken.yaml").write_text(json.dumps({"tasks": [task]}), encoding="utf-8")
    with pytest.raises(TaskFileError, match="plain text"):
        load_tasks(tmp_path)


def test_a_task_becomes_a_coding_question_with_a_small_payload() -> None:
    question = to_question(TASKS["two_sum"])
    assert question.type is InterviewType.CODING
    assert question.task is not None and question.task["function"] == "two_sum"
    assert len(json.dumps(question.task)) < 4000  # hidden tests stay in the bank
    tests = cases_of(TASKS["two_sum"])
    assert [test.visible for test in tests[:2]] == [True, True]
    assert not any(test.visible for test in tests[2:])


# ------------------------------------------------------------------ each task


@pytest.mark.parametrize("task_id", TASKS)
def test_the_task_reads_well_and_its_hints_do_not_give_the_code(task_id: str) -> None:
    task = TASKS[task_id]
    assert len(task.examples) >= 2 and 2 <= len(task.hints) <= 3
    code_lines = [
        line.strip()
        for line in task.reference.splitlines()
        if len(line.strip()) >= 10 and not line.strip().startswith("#")
    ]
    for hint in task.hints:
        assert not any(line in hint for line in code_lines), hint
        assert task.function not in hint


@pytest.mark.parametrize("task_id", TASKS)
def test_the_reference_passes_every_test_well_within_the_limit(task_id: str) -> None:
    task = TASKS[task_id]
    tests = cases_of(task)
    assert all(len(test.args) == len(task.parameters) for test in tests)
    run = run_solution(
        task.reference,
        task.function,
        [test.args for test in tests],
        wall_seconds=60 + 10 * task.time_limit,
    )
    assert run.results is not None, run.stderr or "timed out"
    for test, result in zip(tests, run.results, strict=True):
        assert result == test.expected, test.name
    hidden_seconds = sum(s for test, s in zip(tests, run.seconds, strict=True) if not test.visible)
    assert hidden_seconds <= WELL_WITHIN * task.time_limit, f"{hidden_seconds:.3f}s"


@pytest.mark.parametrize("task_id", SLOW_TASKS)
def test_the_slow_solution_agrees_with_the_reference_on_small_inputs(task_id: str) -> None:
    task = TASKS[task_id]
    assert task.slow_solution is not None
    cases = small_cases(task)
    expected = run_solution(task.reference, task.function, cases, wall_seconds=60)
    slow = run_solution(task.slow_solution, task.function, cases, wall_seconds=60)
    assert expected.results is not None and slow.results is not None, slow.stderr
    assert slow.results == expected.results


NODE = shutil.which("node")
JS_TASKS = [task_id for task_id, task in TASKS.items() if task.javascript]


@pytest.mark.skipif(NODE is None, reason="Node.js is not installed")
@pytest.mark.parametrize("task_id", JS_TASKS)
def test_the_javascript_reference_passes_every_test(task_id: str) -> None:
    task = TASKS[task_id]
    assert task.javascript is not None and NODE is not None
    tests = cases_of(task)
    run = run_solution(
        task.javascript.reference,
        task.javascript.function,
        [test.args for test in tests],
        wall_seconds=60,
        command=(NODE, "-e", NODE_HARNESS, "--"),
    )
    assert run.results is not None, run.stderr
    assert run.results == [test.expected for test in tests]


# ------------------------------------------------------------------ wrong complexity


def check_slow(task: CodingTask) -> str:
    """'' when the slow solution did not finish within SLOW_FACTOR time limits, else why."""
    assert task.slow_solution is not None
    cutoff = SLOW_FACTOR * task.time_limit
    run = run_solution(
        task.slow_solution,
        task.function,
        [slow_case(task).arguments()],
        wall_seconds=3 * cutoff + 30,  # CPU is what counts; this only bounds a starved child
        cpu_seconds=cutoff,
    )
    if run.returncode is None or run.returncode in (-signal.SIGXCPU, -signal.SIGKILL):
        return ""
    if run.returncode == 0:
        return f"finished in {sum(run.seconds):.2f} CPU seconds (cutoff {cutoff:.1f})"
    return f"failed instead of running long: {run.stderr.strip().splitlines()[-1:]}"


@pytest.fixture(scope="module")
def slow_verdicts(request: pytest.FixtureRequest) -> Iterator[dict[str, Future[str]]]:
    """The slow checks of the selected tests, started together, two at a time."""
    wanted = [
        item.callspec.params["task_id"]
        for item in request.session.items
        if item.name.startswith("test_the_slow_solution_needs") and hasattr(item, "callspec")
    ]
    with ThreadPoolExecutor(max_workers=2) as pool:
        yield {task_id: pool.submit(check_slow, TASKS[task_id]) for task_id in wanted}


@pytest.mark.slow
@pytest.mark.parametrize("task_id", SLOW_TASKS)
def test_the_slow_solution_needs_over_ten_times_the_limit(
    task_id: str, slow_verdicts: dict[str, Future[str]]
) -> None:
    task = TASKS[task_id]
    wait = math.ceil(len(SLOW_TASKS) * (3 * SLOW_FACTOR * task.time_limit + 30))
    assert slow_verdicts[task_id].result(timeout=wait) == ""
