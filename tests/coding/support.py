"""Shared by the coding-round tests: a real bubblewrap runner, submissions, a process scan."""

from __future__ import annotations

import asyncio
import os
import shutil
from pathlib import Path

import pytest

from engine.coding.model import RunLimits, RunResult, Submission, TestCase
from engine.providers.bwrap_runner import BwrapRunner

ROOT = Path(__file__).resolve().parents[2]
# Small limits keep the slow cases fast: a CPU second, two seconds of wall clock.
QUICK = RunLimits(cpu_seconds=1.0, wall_seconds=2.0, memory_mb=128)
ADD_TESTS = (
    TestCase("small", (1, 2), 3, visible=True),
    TestCase("negative", (-5, 2), -3, visible=True),
    TestCase("hidden", (10**12, 1), 10**12 + 1, visible=False),
)
BOUND_SECONDS = 20.0  # no run in these tests may take longer, whatever the code does


def bwrap_reason() -> str:
    """Why the bubblewrap tests cannot run here ("" when they can)."""
    if shutil.which("bwrap") is None:
        return "bubblewrap is not installed (apt-get install bubblewrap; .ci/run does)"
    return BwrapRunner().probe()


needs_bwrap = pytest.mark.skipif(bool(bwrap_reason()), reason=bwrap_reason() or "-")


def submission(
    code: str,
    tests: tuple[TestCase, ...] = ADD_TESTS,
    limits: RunLimits = QUICK,
    function: str = "solve",
) -> Submission:
    """A Python submission of ``code`` whose tests call ``function``."""
    return Submission("python", code, function, tests, limits)


async def run(runner: BwrapRunner, code: str, **kwargs: object) -> RunResult:
    """Run ``code`` (bounded: a hung runner fails the test instead of hanging it)."""
    async with asyncio.timeout(BOUND_SECONDS):
        return await runner.run(submission(code, **kwargs))  # type: ignore[arg-type]


def processes_mentioning(marker: str) -> list[int]:
    """Pids whose command line contains ``marker`` (this test's own process excluded)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            command = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if marker.encode() in command:
            found.append(int(entry.name))
    return found
