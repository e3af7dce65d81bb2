"""Checking a code answer: run it against its task's tests in the code runner, and read it.

The flow calls this before the answer is judged; what it finds (a ``CodeCheck``) goes to the
judge with the answer, is shown to the candidate and is kept with the assessment.
"""

from __future__ import annotations

import asyncio
import logging

from engine.coding.answers import CodeAnswer, code_answer
from engine.coding.bank import CodingTask, tests_of
from engine.coding.check import CodeCheck, FailedExample
from engine.coding.model import CodeRunner, RunLimits, RunResult, Submission, Verdict
from engine.coding.reading import Reading, read_code, slower
from engine.coding.task_source import task_of
from engine.questions import Question

log = logging.getLogger(__name__)

START_UP_SECONDS = 1.0  # the interpreter and the harness, beyond the task's own CPU time
WALL_SLACK_SECONDS = 2.0


def limits_for(task: CodingTask) -> RunLimits:
    """What one run of a task may use: its time limit (for the hidden set), plus start-up.

    Hidden tests are sized so that the wrong complexity needs ten times the limit, so twice
    the limit tells the two apart with room for a slow machine.
    """
    cpu = task.time_limit * 2 + START_UP_SECONDS
    return RunLimits(cpu_seconds=cpu, wall_seconds=cpu + WALL_SLACK_SECONDS)


class CodingRound:
    """Runs code answers through ``runner`` and reads them."""

    def __init__(self, runner: CodeRunner) -> None:
        """Run with ``runner`` (a NoRunner reviews without running)."""
        self.runner = runner

    async def check(self, question: Question, text: str) -> tuple[CodeAnswer, CodeCheck] | None:
        """The code in an answer and what running and reading it found; None without code."""
        answer = code_answer(text)
        task = task_of(question)
        if answer is None or task is None:
            return None
        tests = await asyncio.to_thread(tests_of, task)  # generated inputs: CPU work, off the loop
        submission = Submission("python", answer.code, task.function, tests, limits_for(task))
        result = await self.runner.run(submission)
        log.info(
            "code answer to %s: %s (%d/%d)", task.id, result.verdict, result.passed, len(tests)
        )
        title = str((question.task or {}).get("title") or task.title)  # as asked: translated
        return answer, summarise(task, title, submission, result, read_code(answer.code))


def summarise(
    task: CodingTask, title: str, submission: Submission, result: RunResult, reading: Reading
) -> CodeCheck:
    """What a run and a reading found, as the candidate is told it and the report keeps it
    (the task named by ``title``, the words it was asked in)."""
    visible = [test for test in submission.tests if test.visible]
    expected = {test.name: test for test in submission.tests}
    passed_visible = tuple(
        case.name for case in result.cases if case.visible and case.verdict is Verdict.PASSED
    )
    hidden_passed = sum(
        1 for case in result.cases if not case.visible and case.verdict is Verdict.PASSED
    )
    failed = None
    for case in result.cases:
        if case.visible and case.verdict not in (Verdict.PASSED, Verdict.NOT_RUN):
            test = expected[case.name]
            failed = FailedExample(case.name, test.args, test.expected, case.got, case.error)
            break
    ran = result.verdict is not Verdict.NOT_RUN
    complexity = reading.complexity
    if result.verdict is Verdict.PASSED and not slower(complexity, task.complexity):
        complexity = task.complexity  # the hidden tests, sized for it, say so
    return CodeCheck(
        task_id=task.id,
        title=title,
        verdict=result.verdict.value,
        ran=ran,
        visible_passed=passed_visible,
        visible_total=len(visible),
        hidden_passed=hidden_passed,
        hidden_total=len(submission.tests) - len(visible),
        failed=failed,
        seconds=round(result.seconds, 3),
        memory_mb=round(result.peak_memory_mb, 1),
        message=result.message if result.verdict is not Verdict.NOT_RUN else "",
        expected_complexity=task.complexity,
        complexity=complexity,
        findings=reading.findings,
        lines=reading.lines,
    )
