"""The bubblewrap runner on ordinary submissions: verdicts, messages, limits, concurrency."""

from __future__ import annotations

import asyncio
import time

from engine.coding.model import RunLimits, Submission, TestCase, Verdict
from engine.providers.bwrap_runner import BwrapRunner
from tests.coding.support import QUICK, needs_bwrap, run, submission

pytestmark = needs_bwrap

ADD = "def solve(a, b):\n    return a + b\n"


async def test_a_correct_solution_passes_every_test() -> None:
    result = await run(BwrapRunner(), ADD)
    assert result.verdict is Verdict.PASSED, result
    assert [case.verdict for case in result.cases] == [Verdict.PASSED] * 3
    assert result.passed == 3
    assert result.cases[0].got == 3
    assert result.cases[2].got is None  # hidden tests never show what came back
    assert 0 < result.peak_memory_mb < 128


async def test_a_wrong_answer_fails_with_what_it_got() -> None:
    result = await run(BwrapRunner(), "def solve(a, b):\n    return a - b\n")
    assert result.verdict is Verdict.FAILED
    first = result.cases[0]
    assert (first.name, first.verdict, first.got) == ("small", Verdict.FAILED, -1)
    assert result.passed == 0


async def test_floats_are_equal_within_a_small_tolerance_and_tuples_are_lists() -> None:
    tests = (
        TestCase("float", (0.1, 0.2), 0.3, visible=True),
        TestCase("pair", (1, 2), [1, 2], visible=True),
        TestCase("bool", (1, 0), True, visible=True),
    )
    code = (
        "def solve(a, b):\n"
        "    if isinstance(a, float):\n        return a + b\n"
        "    if b == 2:\n        return (a, b)\n"
        "    return 1\n"  # 1 is not true
    )
    result = await run(BwrapRunner(), code, tests=tests)
    assert [case.verdict for case in result.cases] == [
        Verdict.PASSED,
        Verdict.PASSED,
        Verdict.FAILED,
    ]


async def test_an_exception_is_an_error_with_its_last_line() -> None:
    code = "def solve(a, b):\n    return {}[a]\n"
    result = await run(BwrapRunner(), code)
    assert result.verdict is Verdict.ERROR
    assert result.cases[0].error == "KeyError: 1"
    assert result.cases[1].error == "KeyError: -5"


async def test_a_syntax_error_names_the_line_and_column() -> None:
    result = await run(BwrapRunner(), "def solve(a, b)\n    return a + b\n")
    assert result.verdict is Verdict.SYNTAX_ERROR
    assert "line 1" in result.message and "SyntaxError" in result.message
    assert {case.verdict for case in result.cases} == {Verdict.NOT_RUN}


async def test_a_missing_function_or_a_failing_import_is_an_error_for_every_test() -> None:
    missing = await run(BwrapRunner(), "def solver(a, b):\n    return a + b\n")
    assert missing.verdict is Verdict.ERROR
    assert "no function named 'solve'" in missing.message
    broken = await run(BwrapRunner(), "import numpy\n" + ADD)  # no site-packages inside
    assert broken.verdict is Verdict.ERROR
    assert "ModuleNotFoundError" in broken.cases[0].error


async def test_a_slow_solution_times_out_within_its_limits() -> None:
    code = "def solve(a, b):\n    while True:\n        pass\n"
    started = time.monotonic()
    result = await run(BwrapRunner(), code)
    elapsed = time.monotonic() - started
    assert result.verdict is Verdict.TIMEOUT
    assert result.cases[0].verdict is Verdict.TIMEOUT
    assert {case.verdict for case in result.cases[1:]} == {Verdict.NOT_RUN}
    assert elapsed < QUICK.wall_seconds + 1.5


async def test_a_sleeping_solution_is_stopped_by_the_wall_clock() -> None:
    code = "import time\ndef solve(a, b):\n    time.sleep(60)\n"
    started = time.monotonic()
    result = await run(BwrapRunner(), code)
    assert result.verdict is Verdict.TIMEOUT
    assert time.monotonic() - started < QUICK.wall_seconds + 1.5


async def test_a_memory_hog_gets_the_memory_verdict() -> None:
    code = (
        "def solve(a, b):\n"
        "    blocks = []\n"
        "    while True:\n"
        "        blocks.append(bytearray(10**7))\n"
    )
    result = await run(BwrapRunner(), code)
    assert result.verdict is Verdict.MEMORY
    assert result.cases[0].error == "MemoryError"


async def test_other_languages_are_not_run() -> None:
    result = await BwrapRunner().run(Submission("javascript", "x", "solve", (), RunLimits()))
    assert result.verdict is Verdict.NOT_RUN


async def test_a_hostile_run_does_not_hold_up_other_users() -> None:
    runner = BwrapRunner(concurrency=2)
    hog = RunLimits(cpu_seconds=3.0, wall_seconds=3.0)
    spin = "def solve(a, b):\n    while True:\n        pass\n"
    async with asyncio.timeout(20):
        hostile = asyncio.create_task(runner.run(submission(spin, limits=hog)))
        await asyncio.sleep(0.2)  # it holds one of the two slots
        started = time.monotonic()
        others = [await runner.run(submission(ADD)) for _ in range(3)]
        waited = time.monotonic() - started
        assert not hostile.done()
        assert [other.verdict for other in others] == [Verdict.PASSED] * 3
        assert waited < 2.0
        assert (await hostile).verdict is Verdict.TIMEOUT


async def test_a_burst_waits_for_slots_and_every_run_completes() -> None:
    runner = BwrapRunner(concurrency=2)
    async with asyncio.timeout(20):
        results = await asyncio.gather(*(runner.run(submission(ADD)) for _ in range(8)))
    assert {result.verdict for result in results} == {Verdict.PASSED}
