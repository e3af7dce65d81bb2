"""The interview's value types: turns, assessments, reports and the interview itself.

Everything here is immutable. An ``Interview`` is its configuration, its status and the
list of turns; every other fact (current question, follow-ups asked, difficulty) is derived
from the turns, so what is stored is exactly what is needed to resume.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum

from engine.coding.check import CodeCheck
from engine.questions import InterviewType, Question


class Persona(StrEnum):
    """How the candidate is communicating in an answer."""

    CONFUSED = "confused"
    EFFICIENT = "efficient"
    CHATTY = "chatty"
    OFF_TOPIC = "off_topic"
    NORMAL = "normal"


class NonAnswer(StrEnum):
    """A reply that is a turn of the conversation, not an answer: it is never scored."""

    CLARIFY = "clarify"  # asks what the question means, or repeats it back to check
    REPEAT = "repeat"  # asks to hear the question again
    THINKING = "thinking"  # thinks aloud before answering
    NERVOUS = "nervous"  # asks for a moment, says their mind went blank
    ALREADY_SAID = "already_said"  # says the answer was given already, adding nothing


class TurnKind(StrEnum):
    """What a turn of the transcript is."""

    QUESTION = "question"
    FOLLOW_UP = "follow_up"
    ANSWER = "answer"
    SKIP = "skip"
    HINT = "hint"  # a hint shown while the question waited (an aside: not an answer)
    EXAMPLE = "example"  # an example answer shown for the question (an aside too)


class Status(StrEnum):
    """Where an interview is in its life."""

    ACTIVE = "active"
    COMPLETED = "completed"
    ENDED = "ended"


DIMENSIONS = ("communication", "knowledge", "structure")
TAILORED = "tailored"  # InterviewConfig.source of interviews tailored to a CV and a job


@dataclass(frozen=True)
class Scores:
    """Scores from 1 to 5 on the three dimensions."""

    communication: float
    knowledge: float
    structure: float

    @property
    def overall(self) -> float:
        """The mean of the three dimensions."""
        return (self.communication + self.knowledge + self.structure) / 3

    def capped_by(self, other: Scores) -> Scores:
        """Each dimension no higher than ``other``'s."""
        return Scores(
            min(self.communication, other.communication),
            min(self.knowledge, other.knowledge),
            min(self.structure, other.structure),
        )

    def as_dict(self) -> dict[str, float]:
        """The three dimensions by name."""
        return {
            "communication": self.communication,
            "knowledge": self.knowledge,
            "structure": self.structure,
        }


@dataclass(frozen=True)
class Assessment:
    """The interviewer's short internal note on one answer (or a question's whole thread)."""

    scores: Scores
    persona: Persona
    good: str
    missing: str
    follow_up: str | None = None
    concepts_hit: tuple[str, ...] = ()
    injection: bool = False
    non_answer: NonAnswer | None = None
    code: CodeCheck | None = None  # a code answer's run and reading (coding questions)
    # A real answer, to another question than the one asked: off topic, yet scored and reported.
    answers_another: bool = False

    @property
    def counts(self) -> bool:
        """Whether it assesses a real answer (a non-answer is never scored)."""
        return self.non_answer is None


@dataclass(frozen=True)
class AudioFacts:
    """What we know about a spoken answer."""

    duration_seconds: float
    words_per_minute: float
    filler_count: int
    provider: str


@dataclass(frozen=True)
class Turn:
    """One line of the transcript: a question, a follow-up, an answer or a skip."""

    kind: TurnKind
    question_number: int
    question_id: str
    difficulty: int
    text: str
    assessment: Assessment | None = None
    audio: AudioFacts | None = None
    superseded: bool = False
    question: Question | None = None  # on QUESTION turns: the question asked, whatever its source

    @property
    def is_prompt(self) -> bool:
        """True for turns the interviewer says (questions and follow-ups)."""
        return self.kind in (TurnKind.QUESTION, TurnKind.FOLLOW_UP)

    @property
    def is_aside(self) -> bool:
        """True for a hint or an example shown: kept for the report, never part of the exchange."""
        return self.kind in (TurnKind.HINT, TurnKind.EXAMPLE)


@dataclass(frozen=True)
class InterviewConfig:
    """What the candidate asked for when starting."""

    role_id: str
    interview_type: InterviewType | None  # None: a mix of every type the role has
    difficulty: int
    question_count: int
    follow_up_limit: int
    language: str = "en"
    seed: int = 0
    source: str = "bank"  # where main questions come from: "bank", or "tailored" (CV and job)
    requirements: tuple[str, ...] = ()  # the job's must-haves when it started (for the report)

    @property
    def tailored(self) -> bool:
        """True when the questions are tailored to the candidate's CV and job."""
        return self.source == TAILORED

    @property
    def difficulty_range(self) -> tuple[int, int]:
        """Difficulty may move one step either side of the chosen level, within 1-3."""
        return max(1, self.difficulty - 1), min(3, self.difficulty + 1)


@dataclass(frozen=True)
class Interview:
    """An interview: its configuration, status and transcript."""

    config: InterviewConfig
    status: Status = Status.ACTIVE
    turns: tuple[Turn, ...] = ()
    id: int | None = None
    fallback_notified: bool = False

    @property
    def active_turns(self) -> list[Turn]:
        """The transcript without turns replaced by a redo, nor asides (hints, examples).

        Every fact of the exchange (whose turn it is, follow-ups, answers) comes from these, so
        an aside never counts as an answer, a follow-up or a non-answer.
        """
        return [turn for turn in self.turns if not turn.superseded and not turn.is_aside]

    def asides(self, kind: TurnKind) -> list[Turn]:
        """Every hint or example turn of that kind, those a redo took back too."""
        return [turn for turn in self.turns if turn.kind is kind]

    @property
    def current_prompt(self) -> Turn | None:
        """The question or follow-up the candidate is answering now."""
        for turn in reversed(self.active_turns):
            if turn.is_prompt:
                return turn
        return None

    @property
    def prompt_position(self) -> int:
        """Where the current prompt sits in the transcript (-1 before any).

        It names what the candidate was shown, so a button under an earlier prompt is told apart.
        """
        for position in range(len(self.turns) - 1, -1, -1):
            turn = self.turns[position]
            if turn.is_prompt and not turn.superseded:
                return position
        return -1

    @property
    def question_number(self) -> int:
        """The number (1-based) of the main question in progress."""
        prompt = self.current_prompt
        return prompt.question_number if prompt else 0

    @property
    def pending_answer(self) -> Turn | None:
        """An answer stored but not yet assessed (the process stopped in between)."""
        active = self.active_turns
        if active and active[-1].kind is TurnKind.ANSWER and active[-1].assessment is None:
            return active[-1]
        return None

    def thread(self, question_number: int) -> list[Turn]:
        """All active turns of one main question."""
        return [t for t in self.active_turns if t.question_number == question_number]

    def follow_ups_asked(self, question_number: int) -> int:
        """How many follow-ups were asked on one main question.

        A prompt answering a non-answer (the question rephrased or said again) is not one.
        """
        asked, previous = 0, None
        for turn in self.thread(question_number):
            if turn.kind is TurnKind.FOLLOW_UP and not _is_non_answer(previous):
                asked += 1
            previous = turn
        return asked

    @property
    def asked_question_ids(self) -> set[str]:
        """Every main question asked so far (redone ones too, so they are not repeated)."""
        return {t.question_id for t in self.turns if t.kind is TurnKind.QUESTION}

    def question(self, question_number: int) -> Question:
        """The question asked as main question ``question_number`` (LookupError if none was)."""
        for turn in reversed(self.turns):
            if turn.question_number == question_number and turn.question is not None:
                return turn.question
        raise LookupError(f"no question {question_number} in this interview")

    def last_assessment(self, question_number: int) -> Assessment | None:
        """The latest assessment of a real answer in a question's thread."""
        for turn in reversed(self.thread(question_number)):
            if turn.assessment is not None and turn.assessment.counts:
                return turn.assessment
        return None

    @property
    def last_answer(self) -> Turn | None:
        """The most recent active answer."""
        for turn in reversed(self.active_turns):
            if turn.kind is TurnKind.ANSWER:
                return turn
        return None

    @property
    def answers(self) -> list[Turn]:
        """Every active answer, in order (non-answers left out)."""
        return [t for t in self.active_turns if t.kind is TurnKind.ANSWER and not _is_non_answer(t)]

    def with_turns(self, *new: Turn) -> Interview:
        """A copy with turns appended."""
        return replace(self, turns=(*self.turns, *new))


def _is_non_answer(turn: Turn | None) -> bool:
    return turn is not None and turn.assessment is not None and not turn.assessment.counts


@dataclass(frozen=True)
class Point:
    """A strength or an improvement, backed by the candidate's own words."""

    text: str
    quote: str


class Outcome(StrEnum):
    """What became of a main question."""

    ANSWERED = "answered"
    SKIPPED = "skipped"
    UNANSWERED = "unanswered"


@dataclass(frozen=True)
class QuestionNote:
    """Feedback on one main question: the interviewer's note, else its own good and missing."""

    question_number: int
    question: str
    note: str
    scores: Scores | None
    outcome: Outcome = Outcome.ANSWERED
    good: str = ""
    missing: str = ""
    hint_used: bool = False
    redone_after_example: bool = False  # answered again (/redo) after its example was shown


@dataclass(frozen=True)
class CodingNote:
    """The report's word on one coding task: its last checked code answer and the review."""

    question_number: int
    title: str
    check: CodeCheck | None  # None: no code was sent (skipped, or answered in words only)
    review: str = ""


@dataclass(frozen=True)
class SpeechSummary:
    """Speaking pace and filler words over the voice answers."""

    voice_answers: int
    words_per_minute: float
    filler_count: int
    total_seconds: float


@dataclass(frozen=True)
class Report:
    """The final, grounded feedback on an interview."""

    role_name: str
    answered: int
    asked: int
    scores: Scores | None
    strengths: tuple[Point, ...]
    improvements: tuple[Point, ...]
    question_notes: tuple[QuestionNote, ...]
    summary: str  # the interviewer's words ("" when it wrote none)
    speech: SpeechSummary | None = None
    dropped_quotes: int = 0
    fit: JobFit | None = None  # with a job description: how the answers met its must-haves
    coding: tuple[CodingNote, ...] = ()  # a coding interview's tasks, one note each


class Preparation(StrEnum):
    """What to prepare before the real interview, about one requirement or dimension."""

    GAP = "gap"  # a must-have the answers never showed
    DEEPEN = "deepen"  # a must-have shown, in a weak answer
    DIMENSION = "dimension"  # the weakest scoring dimension
    STORIES = "stories"  # stories with numbers for the CV's claims


@dataclass(frozen=True)
class Requirement:
    """One must-have of the job and the candidate's own words that show it ("" if none do)."""

    skill: str
    quote: str = ""

    @property
    def shown(self) -> bool:
        """True when an answer shows it (a quote checked against the answers)."""
        return bool(self.quote)


@dataclass(frozen=True)
class PrepareItem:
    """One thing to prepare: its kind and what it is about (a skill or a dimension)."""

    kind: Preparation
    subject: str = ""


@dataclass(frozen=True)
class JobFit:
    """The report's fit section: each must-have with evidence, and three things to prepare."""

    requirements: tuple[Requirement, ...]
    prepare: tuple[PrepareItem, ...]


@dataclass(frozen=True)
class ExampleAnswer:
    """A strong answer to a question, with a line on why it is strong."""

    text: str
    why: str


@dataclass(frozen=True)
class ReportDraft:
    """What an interviewer writes for a report, before the engine checks its quotes."""

    strengths: list[Point] = field(default_factory=list)
    improvements: list[Point] = field(default_factory=list)
    question_notes: dict[int, str] = field(default_factory=dict)
    summary: str = ""
