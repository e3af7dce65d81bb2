"""What the engine asks adapters to show: one small value per kind of outbound message."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from engine.events import Origin
from engine.models import DIMENSIONS, AudioFacts, Point, Report, Scores, Turn, TurnKind
from engine.ports import Delivery, InterviewSummary

__all__ = [
    "DIMENSIONS",
    "Action",
    "AskQuestion",
    "AudioFacts",
    "Delivery",
    "Heard",
    "Hint",
    "HintKind",
    "InterviewSummary",
    "Notice",
    "OpenAnswerForm",
    "Point",
    "Refusal",
    "Report",
    "ScoreChange",
    "Scores",
    "ShowHistory",
    "ShowReport",
    "Speak",
    "Turn",
    "TurnKind",
]


@dataclass(frozen=True)
class AskQuestion:
    """Ask a main question or a follow-up; ``lead`` is a short line said before it."""

    text: str
    number: int
    total: int
    is_follow_up: bool
    lead: str = ""
    origin: Origin | None = None  # the interview and prompt its buttons act on


@dataclass(frozen=True)
class Speak:
    """Say ``text`` aloud after the question before it (the user turned voice replies on)."""

    text: str
    language: str


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

    text: str


class HintKind(StrEnum):
    """Hints each adapter words itself, because they name its own commands and controls."""

    NO_SESSION = "no_session"  # nothing to answer: how to start
    NOT_AN_ANSWER = "not_an_answer"  # a photo, sticker or other file during an interview
    NOT_YOURS = "not_yours"  # a button of someone else's or a finished interview
    EARLIER_QUESTION = "earlier_question"  # a button under an earlier question
    EARLIER_FORM = "earlier_form"  # a form for an earlier question; value: the text typed
    VOICE_STATE = "voice_state"  # value: "on" or "off"
    VOICE_ON = "voice_on"
    VOICE_OFF = "voice_off"
    LANGUAGE_STATE = "language_state"  # value: the language code
    LANGUAGE_SET = "language_set"  # value: the language code


@dataclass(frozen=True)
class Hint:
    """A hint in the adapter's own words, with the one value it may show."""

    kind: HintKind
    value: str = ""


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


Action = (
    AskQuestion
    | Speak
    | OpenAnswerForm
    | Notice
    | Refusal
    | Hint
    | Heard
    | ScoreChange
    | ShowReport
    | ShowHistory
)
