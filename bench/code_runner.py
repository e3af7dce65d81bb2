"""The coding round's speed: loading the task bank, sandbox start-up, one run, a burst of 20.

Usage: python -m bench.code_runner [--runs 20] [--concurrency 2]

Prints the median time to load the task bank (goal: under half a second), the median
start-up of an empty sandbox (bubblewrap and Python printing one line, next
to Python alone), the median time to a verdict for a trivial solution with five tests run one
after another, and for ``--runs`` submissions sent at once through the runner's concurrency
limit: submissions per second and the median and slowest time to a verdict. The goal: a
trivial solution's verdict in under a second.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import time

from engine.coding.bank import load_tasks
from engine.coding.model import RunLimits, Submission, TestCase, Verdict
from engine.providers.bwrap_runner import BwrapRunner

TRIVIAL = Submission(
    "python",
    "def solve(a, b):\n    return a + b\n",
    "solve",
    tuple(TestCase(f"t{n}", (n, n), 2 * n, visible=n < 2) for n in range(5)),
    RunLimits(),
)
SAMPLES = 10


def start_up(command: list[str], **kwargs: object) -> float:
    """Median seconds for ``command`` to run to its end."""
    times = []
    for _ in range(SAMPLES):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, env={}, **kwargs)  # type: ignore[call-overload]
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def bank_load() -> float:
    """Median seconds to read and check every task file of the bank."""
    times = []
    for _ in range(SAMPLES):
        started = time.perf_counter()
        load_tasks()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


async def one_at_a_time(runner: BwrapRunner, runs: int) -> list[float]:
    """Seconds to a verdict for ``runs`` trivial submissions in a row."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        result = await runner.run(TRIVIAL)
        assert result.verdict is Verdict.PASSED, result
        times.append(time.perf_counter() - started)
    return times


async def burst(runner: BwrapRunner, runs: int) -> tuple[float, list[float]]:
    """Wall seconds for ``runs`` submissions sent at once, and each one's time to a verdict."""

    async def timed() -> float:
        started = time.perf_counter()
        result = await runner.run(TRIVIAL)
        assert result.verdict is Verdict.PASSED, result
        return time.perf_counter() - started

    started = time.perf_counter()
    times = await asyncio.gather(*(timed() for _ in range(runs)))
    return time.perf_counter() - started, list(times)


def main() -> None:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--concurrency", type=int, default=2)
    options = parser.parse_args()
    print(f"task bank load (median of {SAMPLES}): {bank_load() * 1000:.0f} ms")
    runner = BwrapRunner(options.concurrency)
    why = runner.probe()
    if why:
        sys.exit(f"bubblewrap does not work here: {why}")
    python = [runner.interpreter.path, "-I", "-S", "-c", "print(42)"]
    bare = start_up(python)
    boxed = start_up(runner.command(python), **runner.spawn_user())
    print(f"start-up (median of {SAMPLES}): python alone {bare * 1000:.0f} ms, "
          f"in bubblewrap {boxed * 1000:.0f} ms")  # fmt: skip
    serial = asyncio.run(one_at_a_time(runner, options.runs))
    print(f"trivial solution, 5 tests, one at a time: median {statistics.median(serial) * 1000:.0f}"
          f" ms, slowest {max(serial) * 1000:.0f} ms")  # fmt: skip
    runner = BwrapRunner(options.concurrency)
    wall, times = asyncio.run(burst(runner, options.runs))
    print(f"{options.runs} at once, {options.concurrency} at a time: {options.runs / wall:.1f} "
          f"submissions/s, verdict median {statistics.median(times) * 1000:.0f} ms, "
          f"slowest {max(times) * 1000:.0f} ms")  # fmt: skip


if __name__ == "__main__":
    main()
