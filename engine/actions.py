"""What the engine asks adapters to show: one small value per kind of outbound message."""

from __future__ import annotations

from dataclasses import dataclass

from engine.candidate import CvProfile, JobProfile, MaterialKind
from engine.coding.check import CodeCheck, FailedExample
from engine.events import Origin
from engine.messages import Message, require_message
from engine.models import (
    DIMENSIONS,
    AudioFacts,
    CodingNote,
    JobFit,
    Outcome,
    Point,
    Preparation,
    QuestionNote,
    Report,
    Scores,
    Turn,
    TurnKind,
)
from engine.ports import Delivery, InterviewSummary

__all__ = [
    "DIMENSIONS",
    "Action",
    "AskQuestion",
    "AudioFacts",
    "CodeCheck",
    "CodingNote",
    "CvProfile",
    "Delivery",
    "FailedExample",
    "Heard",
    "Hint",
    "InterviewSummary",
    "JobFit",
    "JobProfile",
    "MaterialKind",
    "MaterialSummary",
    "Message",
    "Notice",
    "OpenAnswerForm",
    "Outcome",
    "Point",
    "Preparation",
    "QuestionNote",
    "Refusal",
    "Report",
    "ScoreChange",
    "Scores",
    "ShowCodeCheck",
    "ShowExample",
    "ShowHint",
    "ShowHistory",
    "ShowReport",
    "Speak",
    "Turn",
    "TurnKind",
]


@dataclass(frozen=True)
class AskQuestion:
    """Ask a main question or a follow-up; ``lead`` is a short line said before it.

    ``text`` is the question itself (from its source or the interviewer), not a message.
    """

    text: str
    number: int
    total: int
    is_follow_up: bool
    lead: Message | None = None
    origin: Origin | None = None  # the interview and prompt its buttons act on
    code: str | None = None  # a coding task's function and examples, shown as code

    def __post_init__(self) -> None:
        if self.lead is not None:
            require_message(self.lead, "AskQuestion.lead")


@dataclass(frozen=True)
class Speak:
    """Say the question before it aloud, lead line first (the user turned voice replies on)."""

    text: str
    language: str
    lead: Message | None = None

    def __post_init__(self) -> None:
        if self.lead is not None:
            require_message(self.lead, "Speak.lead")


@dataclass(frozen=True)
class OpenAnswerForm:
    """Open the answer form for one prompt (Discord's modal)."""

    origin: Origin
    number: int
    total: int
    question: str


@dataclass(frozen=True)
class Refusal:
    """The user may not use the bot (the allow-list): said privately, or not at all in groups."""

    message: Message

    def __post_init__(self) -> None:
        require_message(self.message, "Refusal")


@dataclass(frozen=True)
class Hint:
    """A hint about using the bot (said privately where the platform can)."""

    message: Message

    def __post_init__(self) -> None:
        require_message(self.message, "Hint")


@dataclass(frozen=True)
class Notice:
    """A short informational line (not part of the interview itself)."""

    message: Message

    def __post_init__(self) -> None:
        require_message(self.message, "Notice")


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
class ShowHint:
    """A nudge toward what a strong answer to question ``number`` covers, never the answer.

    ``text`` is the question's own hint; a question without one gets ``nudge``, a message
    built from its type. ``lead`` says why a hint came when something else was asked for.
    """

    number: int
    text: str = ""
    nudge: Message | None = None
    lead: Message | None = None

    def __post_init__(self) -> None:
        if self.nudge is None and not self.text:
            raise ValueError("a hint needs its text or a nudge")
        for value, what in ((self.nudge, "ShowHint.nudge"), (self.lead, "ShowHint.lead")):
            if value is not None:
                require_message(value, what)


@dataclass(frozen=True)
class ShowExample:
    """A strong answer to question ``number`` and why it is strong (content, not messages)."""

    number: int
    question: str
    answer: str
    why: str
    code: bool = False  # the answer is code (a coding task's reference solution)


@dataclass(frozen=True)
class ShowCodeCheck:
    """What running and reading a code answer to question ``number`` found, with the code
    itself (echoed in a code block, or sent as a file where it is too long)."""

    number: int
    check: CodeCheck
    code: str


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


@dataclass(frozen=True)
class MaterialSummary:
    """What was read from the user's stored CV (``cv``) or job description (``job``)."""

    kind: MaterialKind
    cv: CvProfile | None = None
    job: JobProfile | None = None


Action = (
    AskQuestion
    | Speak
    | OpenAnswerForm
    | Notice
    | Refusal
    | Hint
    | Heard
    | ScoreChange
    | ShowHint
    | ShowExample
    | ShowCodeCheck
    | ShowReport
    | ShowHistory
    | MaterialSummary
)
