"""Clocks for tests: one running ahead of (or behind) real time, one standing still."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta


@dataclass
class OffsetClock:
    """Real time shifted by ``offset``: time flows normally, starting from a chosen instant."""

    offset: timedelta = timedelta(0)

    @classmethod
    def starting_at(cls, instant: datetime) -> OffsetClock:
        """A clock that reads ``instant`` now and runs on from there."""
        return cls(instant - datetime.now(UTC))

    def now(self) -> datetime:
        """Real now plus the offset, timezone-aware UTC."""
        return datetime.now(UTC) + self.offset

    def jump_to(self, instant: datetime) -> None:
        """Make the clock read ``instant`` now."""
        self.offset = instant - datetime.now(UTC)


@dataclass
class FixedClock:
    """A clock that reads the same instant until moved."""

    instant: datetime

    def now(self) -> datetime:
        """The fixed instant."""
        return self.instant
