"""The Piston runner against a loopback fake of Piston's execute API (which runs the real
harness with this machine's python3, unsandboxed: only benign code here)."""

from __future__ import annotations

import asyncio

import pytest

from engine.coding.model import RunLimits, RunResult, Verdict
from engine.providers import piston_runner
from engine.providers.piston_runner import PistonRunner
from fakes.piston_api import FakePiston
from tests.coding.support import QUICK, submission

ADD = "def solve(a, b):\n    return a + b\n"
BOUND_SECONDS = 20.0


async def run_on(url: str, code: str, limits: RunLimits = QUICK) -> RunResult:
    """Run ``code`` on the Piston server at ``url`` (bounded)."""
    runner = PistonRunner(url)
    try:
        async with asyncio.timeout(BOUND_SECONDS):
            return await runner.run(submission(code, limits=limits))
    finally:
        await runner.close()


async def test_a_correct_solution_passes_and_the_request_has_pistons_shape() -> None:
    async with FakePiston() as fake:
        result = await run_on(fake.url, ADD)
        request = fake.requests[0]
    assert result.verdict is Verdict.PASSED, result
    assert result.passed == 3
    assert request["language"] == "python" and request["version"] == "*"
    assert request["files"][0]["name"] == "harness.py"
    assert '"expected"' in request["stdin"]
    assert request["run_timeout"] == 2000 + 1000  # the wall clock and a second's grace
    assert request["run_memory_limit"] == (128 + 64) * 1024 * 1024


async def test_a_wrong_answer_fails_with_what_it_got() -> None:
    async with FakePiston() as fake:
        result = await run_on(fake.url, "def solve(a, b):\n    return a * b\n")
    assert result.verdict is Verdict.FAILED
    assert result.cases[0].got == 2


async def test_the_harness_times_out_a_slow_solution() -> None:
    async with FakePiston() as fake:
        result = await run_on(fake.url, "def solve(a, b):\n    while True:\n        pass\n")
    assert result.verdict is Verdict.TIMEOUT
    assert result.cases[0].verdict is Verdict.TIMEOUT


async def test_pistons_own_timeout_is_a_timeout() -> None:
    async with FakePiston() as fake:
        fake.stops_at_ms = 700  # before the harness's own two seconds
        result = await run_on(fake.url, "import time\ndef solve(a, b):\n    time.sleep(30)\n")
    assert result.verdict is Verdict.TIMEOUT
    assert "Piston" in result.message


@pytest.mark.parametrize("fault", ["500", "not_json"])
async def test_an_http_failure_is_a_crash_saying_the_runner_is_unavailable(fault: str) -> None:
    async with FakePiston() as fake:
        fake.enqueue_fault(fault)  # type: ignore[arg-type]
        result = await run_on(fake.url, ADD)
    assert result.verdict is Verdict.CRASHED
    assert "runner unavailable" in result.message
    assert {case.verdict for case in result.cases} == {Verdict.NOT_RUN}


async def test_a_limit_above_pistons_maximum_is_reported_in_its_words() -> None:
    async with FakePiston(run_timeout_max_ms=3000) as fake:
        result = await run_on(fake.url, ADD, RunLimits())  # 5 s wall clock: 6,000 ms asked
    assert result.verdict is Verdict.CRASHED
    assert "cannot exceed the configured limit of 3000" in result.message


async def test_a_server_that_hangs_is_given_up_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(piston_runner, "HTTP_GRACE_SECONDS", 0.5)
    async with FakePiston() as fake:
        fake.enqueue_fault("hang")
        result = await run_on(fake.url, ADD, RunLimits(wall_seconds=0.5))
    assert result.verdict is Verdict.CRASHED
    assert "runner unavailable" in result.message


async def test_no_server_at_all_is_a_crash_saying_the_runner_is_unavailable() -> None:
    async with FakePiston() as fake:
        url = fake.url
    result = await run_on(url, ADD)  # the fake is gone: connection refused
    assert result.verdict is Verdict.CRASHED
    assert "runner unavailable" in result.message


async def test_a_result_cut_by_pistons_output_limit_says_which_setting_to_raise() -> None:
    async with FakePiston(output_max_size=100) as fake:
        result = await run_on(fake.url, ADD)
    assert result.verdict is Verdict.CRASHED
    assert "PISTON_OUTPUT_MAX_SIZE" in result.message
