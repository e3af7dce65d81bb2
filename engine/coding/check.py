"""What checking one code answer found, as kept with its assessment and shown to the candidate.

It is the run's result boiled down to what an interviewer says about it (tests passed, the
first failing visible example, time and memory) plus what reading the code showed (the
complexity it suggests, linter findings). Plain values only: it is stored as JSON.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pydantic import JsonValue


@dataclass(frozen=True)
class FailedExample:
    """The first visible example the code got wrong: its input, the result due, the result got."""

    name: str
    args: tuple[JsonValue, ...]
    expected: JsonValue
    got: JsonValue = None
    error: str = ""  # the exception's last line when it raised


@dataclass(frozen=True)
class CodeCheck:
    """One code answer's run and reading."""

    task_id: str
    title: str
    verdict: str  # a coding.model.Verdict value
    ran: bool  # False when no code runner is configured
    visible_passed: tuple[str, ...] = ()  # the visible examples passed, by name
    visible_total: int = 0
    hidden_passed: int = 0
    hidden_total: int = 0
    failed: FailedExample | None = None
    seconds: float = 0.0
    memory_mb: float = 0.0
    message: str = ""  # the compiler's or sandbox's words (a syntax error, a crash)
    expected_complexity: str = ""
    complexity: str = ""  # what the code's structure suggests, e.g. "O(n^2)"
    findings: tuple[str, ...] = field(default_factory=tuple)  # the linter's and the reading's
    lines: int = 0

    @property
    def passed(self) -> int:
        """Tests passed, visible and hidden."""
        return len(self.visible_passed) + self.hidden_passed

    @property
    def total(self) -> int:
        """Tests run, visible and hidden."""
        return self.visible_total + self.hidden_total

    @property
    def all_passed(self) -> bool:
        """True when it ran and every test passed."""
        return self.ran and self.verdict == "passed"
