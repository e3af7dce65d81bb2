"""What the engine asks adapters to show: one small value per kind of outbound message."""

from __future__ import annotations

from dataclasses import dataclass

from engine.models import Report
from engine.ports import InterviewSummary


@dataclass(frozen=True)
class AskQuestion:
    """Ask a main question or a follow-up; ``lead`` is a short line said before it."""

    text: str
    number: int
    total: int
    is_follow_up: bool
    lead: str = ""


@dataclass(frozen=True)
class Notice:
    """A short informational line (not part of the interview itself)."""

    text: str


@dataclass(frozen=True)
class Heard:
    """Echo of what speech-to-text heard, so the candidate can /redo a bad transcription."""

    text: str


@dataclass(frozen=True)
class ScoreChange:
    """How a redone answer scored against the one it replaced."""

    before: float
    after: float


@dataclass(frozen=True)
class ShowReport:
    """The final feedback."""

    report: Report


@dataclass(frozen=True)
class ShowHistory:
    """One page of the candidate's past interviews."""

    items: tuple[InterviewSummary, ...]
    page: int
    pages: int


Action = AskQuestion | Notice | Heard | ScoreChange | ShowReport | ShowHistory
