"""The values a coding round passes around: test cases, a submission, and what running it gave.

A task's tests call one function with JSON arguments and compare its JSON result with the
expected one; the runner (a sandbox) only ever sees a ``Submission`` and answers a ``RunResult``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from pydantic import JsonValue


@dataclass(frozen=True)
class TestCase:
    """One call of the candidate's function: its arguments and the result it must return."""

    __test__ = False  # not a pytest class, whatever its name

    name: str
    args: tuple[JsonValue, ...]
    expected: JsonValue
    visible: bool  # shown to the candidate as an example; hidden ones are only counted


@dataclass(frozen=True)
class RunLimits:
    """What one run may use."""

    cpu_seconds: float = 2.0  # per whole run (all tests)
    wall_seconds: float = 5.0
    memory_mb: int = 256
    processes: int = 16
    open_files: int = 64
    output_bytes: int = 64_000


@dataclass(frozen=True)
class Submission:
    """Code to run against test cases."""

    language: str  # "python" (or "javascript" where Node is installed)
    code: str
    function: str  # the name the tests call
    tests: tuple[TestCase, ...]
    limits: RunLimits = field(default_factory=RunLimits)


class Verdict(StrEnum):
    """How a run, or one test of it, ended."""

    PASSED = "passed"
    FAILED = "failed"  # a wrong result
    ERROR = "error"  # it raised
    SYNTAX_ERROR = "syntax_error"  # the code does not compile (the whole run)
    TIMEOUT = "timeout"  # the CPU or wall-clock limit
    MEMORY = "memory"  # the memory limit
    OUTPUT = "output"  # printed more than the output limit
    CRASHED = "crashed"  # the sandbox ended without a result (killed, fork bomb, ...)
    NOT_RUN = "not_run"  # no runner: reviewed without running


@dataclass(frozen=True)
class CaseResult:
    """One test's outcome."""

    name: str
    visible: bool
    verdict: Verdict
    got: JsonValue = None  # what the function returned (visible tests only)
    error: str = ""  # the exception's last line, clipped
    seconds: float = 0.0


@dataclass(frozen=True)
class RunResult:
    """What running a submission gave."""

    verdict: Verdict  # PASSED only when every test passed
    cases: tuple[CaseResult, ...] = ()
    seconds: float = 0.0  # CPU time of the whole run
    peak_memory_mb: float = 0.0
    message: str = ""  # the compiler's or sandbox's own words, clipped (syntax errors, crashes)

    @property
    def passed(self) -> int:
        """How many tests passed."""
        return sum(1 for case in self.cases if case.verdict is Verdict.PASSED)


class CodeRunner(Protocol):
    """Runs untrusted code against tests: bubblewrap on this machine, Piston, or nothing."""

    name: str

    async def run(self, submission: Submission) -> RunResult:
        """Run every test of the submission within its limits; never raises for bad code."""
        ...
