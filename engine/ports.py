"""The small interfaces through which the engine reaches the outside world."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any, Protocol

from engine.candidate import CvProfile, JobProfile, Material, MaterialKind
from engine.coding.check import CodeCheck
from engine.models import Assessment, ExampleAnswer, Interview, Report, ReportDraft, Turn
from engine.questions import InterviewType, Question
from engine.roles import Role


class InterviewerError(RuntimeError):
    """The interviewer (an LLM) could not produce a usable reply."""


class StorageError(RuntimeError):
    """The database could not be reached or was locked; the call may be retried."""


class AlreadyHandled(RuntimeError):
    """The platform update carrying this answer was stored before (a replay after a crash)."""


@dataclass(frozen=True)
class UpdateRef:
    """The platform update (message) an answer arrived in, so it is stored exactly once."""

    platform: str
    update_id: str


@dataclass(frozen=True)
class ReceivedUpdate:
    """An update kept in the inbox because its processing had not finished."""

    update_id: str
    claimed: bool  # its answer is stored already; only the reply may be missing
    payload: dict[str, Any]


@dataclass(frozen=True)
class EarlierQuestion:
    """A compact line about a finished question, for bounded prompts."""

    number: int
    question: str
    overall: float | None
    note: str


@dataclass(frozen=True)
class TurnContext:
    """Everything an interviewer may look at to assess an answer: bounded by design."""

    role: Role
    question: Question
    thread: tuple[Turn, ...]
    earlier: tuple[EarlierQuestion, ...]
    follow_ups_left: int
    language: str
    check: CodeCheck | None = None  # the latest answer's code, run and read (coding questions)

    @property
    def thread_answers(self) -> str:
        """The candidate's answers on this question so far, joined."""
        return "\n".join(t.text for t in self.thread if t.kind.value == "answer")


@dataclass(frozen=True)
class ReportContext:
    """What an interviewer sees to write the final report."""

    role: Role
    interview: Interview
    language: str


@dataclass(frozen=True)
class ExampleContext:
    """What an interviewer sees to write a strong example answer to one question."""

    role: Role
    question: Question
    language: str


class Interviewer(Protocol):
    """Assesses answers and writes reports; the LLM and the offline interviewer implement it."""

    name: str

    async def assess(self, context: TurnContext) -> Assessment:
        """Assess the latest answer of the current question's thread."""
        ...

    async def write_report(self, context: ReportContext) -> ReportDraft:
        """Draft the final report's words (the engine computes scores and checks quotes)."""
        ...

    async def example_answer(self, context: ExampleContext) -> ExampleAnswer | None:
        """A strong answer to the question and why it is strong; None when it cannot write one."""
        ...


ChatMessage = Mapping[str, str]  # {"role": "system"|"user"|"assistant", "content": "..."}


class ChatModel(Protocol):
    """A chat-completions LLM (Groq, or any OpenAI-compatible server); every LLM call uses it."""

    name: str  # the provider, e.g. "groq" or "openai_compat" (for logs and health)

    async def complete(
        self, model: str, messages: Sequence[ChatMessage], json_mode: bool = False
    ) -> str:
        """The reply's text; with ``json_mode``, asks for one JSON object where the server can.

        Raises InterviewerError when the call fails (unreachable, rate-limited past the
        retries, a server error, a timeout).
        """
        ...


class ProfileReader(Protocol):
    """Reads a CV or a job description into a profile: the LLM, or the offline rules."""

    name: str

    async def read_cv(self, text: str) -> CvProfile:
        """The skills, jobs, achievements and education a CV shows."""
        ...

    async def read_job(self, text: str) -> JobProfile:
        """The must-have and nice-to-have skills, seniority and domain a job asks for."""
        ...


@dataclass(frozen=True)
class QuestionRequest:
    """What a question source is asked for: the next main question of one interview."""

    role: Role
    types: tuple[InterviewType, ...]  # the fitting interview types; () for any (mixed)
    difficulty: int  # wanted
    difficulty_range: tuple[int, int]  # allowed, inclusive
    number: int  # which main question of the interview (1-based)
    seed: str  # the same request and seed give the same question
    asked: frozenset[str] = frozenset()  # ids already asked in this interview
    history: Mapping[str, datetime] = field(default_factory=dict)  # id -> last asked, any time
    language: str = "en"  # the interview's language, for questions worded by the source
    material: Material | None = None  # the user's CV and job, for a tailored interview


class QuestionSource(Protocol):
    """Where questions come from: the role bank, a résumé, a coding-task set, an LLM."""

    async def next_question(self, request: QuestionRequest) -> Question:
        """The question to ask next; it avoids ``asked`` and prefers questions not in history."""
        ...


class Clock(Protocol):
    """Tells the time (a port so tests control it)."""

    def now(self) -> datetime:
        """The current time, timezone-aware UTC."""
        ...


@dataclass(frozen=True)
class UserKey:
    """A user as the platform knows them."""

    platform: str
    platform_user_id: str


@dataclass(frozen=True)
class UserProfile:
    """A stored user and their preferences."""

    id: int
    key: UserKey
    language: str = "en"
    voice_replies: bool = False
    timezone: str | None = None
    display_name: str = ""


@dataclass(frozen=True)
class InterviewSummary:
    """One line of a user's history."""

    id: int
    role_id: str
    interview_type: str
    started_at: datetime
    status: str
    overall: float | None
    scores: dict[str, float] | None


@dataclass(frozen=True)
class MaterialWait:
    """The bot waits for the user's CV or job text (sent or pasted) until ``until``."""

    kind: MaterialKind
    until: datetime


class InterviewRepository(Protocol):
    """Storage of users, interviews, turns and reports (synchronous; run off the event loop)."""

    def get_or_create_user(
        self, key: UserKey, display_name: str = "", language: str = "en"
    ) -> UserProfile:
        """Return the user, creating them (speaking ``language``) on first contact."""
        ...

    def update_user(self, profile: UserProfile) -> None:
        """Store changed preferences."""
        ...

    def active_interview(self, user_id: int) -> Interview | None:
        """The user's interview in progress, if any."""
        ...

    def latest_interview(self, user_id: int) -> Interview | None:
        """The user's most recent interview of any status."""
        ...

    def create_interview(
        self, user_id: int, interview: Interview, source: UpdateRef | None = None
    ) -> Interview:
        """Store a new interview and return it with its id.

        With ``source``, the update is claimed in the same transaction; AlreadyHandled (and
        nothing stored) when it was claimed or finished before.
        """
        ...

    def save_interview(
        self,
        interview: Interview,
        changed: list[tuple[int, Turn]],
        source: UpdateRef | None = None,
    ) -> None:
        """Store the interview's status and the turns (by index) that changed.

        With ``source``, the update is marked as claimed in the same transaction; AlreadyHandled
        (and nothing stored) when it was claimed before.
        """
        ...

    def save_report(self, interview_id: int, report: Report) -> None:
        """Store the final report of an interview."""
        ...

    def get_report(self, interview_id: int) -> Report | None:
        """The stored report of an interview, if any."""
        ...

    def list_interviews(self, user_id: int, limit: int, offset: int) -> list[InterviewSummary]:
        """The user's interviews, newest first."""
        ...

    def count_interviews(self, user_id: int) -> int:
        """How many interviews the user has."""
        ...

    def question_history(self, user_id: int, role_id: str) -> dict[str, datetime]:
        """When the user was last asked each main question in their interviews for a role."""
        ...

    def receive_update(
        self, source: UpdateRef, payload: dict[str, Any], sender: str | None = None
    ) -> bool:
        """Keep a just-received update until it is finished; False if it was received before.

        ``sender`` (a platform user id) ties it to that user, if known, for deleting their data.
        """
        ...

    def forget_updates(self, older_than: timedelta) -> int:
        """Drop finished updates received longer than ``older_than`` ago; return how many."""
        ...

    def update_handled(self, source: UpdateRef) -> bool:
        """Whether ``source`` was claimed (its effect stored) or finished already."""
        ...

    def finish_update(self, source: UpdateRef) -> None:
        """Mark a received update as fully processed (its payload is dropped)."""
        ...

    def unfinished_updates(self, platform: str) -> list[ReceivedUpdate]:
        """Received updates whose processing never finished, in the order they came."""
        ...

    def question_translation(self, question_id: str, language: str) -> dict[str, str] | None:
        """The stored words of a question in a language, if any."""
        ...

    def save_question_translation(
        self, question_id: str, language: str, words: dict[str, str]
    ) -> None:
        """Keep a question's words in a language (the first one stored wins)."""
        ...

    def claim_updates(
        self, platform: str, holder: str, lease: timedelta, limit: int
    ) -> list[ReceivedUpdate]:
        """Lease up to ``limit`` unfinished updates to ``holder``: each sender's oldest only."""
        ...

    def renew_updates(
        self, platform: str, holder: str, lease: timedelta, update_ids: Sequence[str]
    ) -> int:
        """Extend ``holder``'s leases on these unfinished updates; return how many."""
        ...

    def release_updates(self, holder: str) -> int:
        """Give up ``holder``'s leases on unfinished updates, for any replica to take."""
        ...

    def hold_lease(self, name: str, holder: str, duration: timedelta) -> bool:
        """Take or renew the lease ``name`` for ``holder``; False while another holds it."""
        ...

    def release_lease(self, name: str, holder: str) -> None:
        """Give up the lease ``name`` if ``holder`` has it."""
        ...

    def save_material(
        self,
        user_id: int,
        kind: MaterialKind,
        text: str,
        profile: CvProfile | JobProfile,
        filename: str = "",
    ) -> None:
        """Store the user's CV or job text and its profile, replacing the one of that kind."""
        ...

    def material(self, user_id: int) -> Material:
        """The user's stored CV and job (an empty Material when they gave neither)."""
        ...

    def clear_material(self, user_id: int, kind: MaterialKind) -> int:
        """Delete the user's CV or job; return how many rows went (0 or 1)."""
        ...

    def wait_for_material(self, user_id: int, kind: MaterialKind, until: datetime) -> None:
        """Remember that the user's next text or file is their ``kind``, until ``until``."""
        ...

    def material_wait(self, user_id: int) -> MaterialWait | None:
        """What the bot waits for from the user, if anything (expired waits included)."""
        ...

    def stop_material_wait(self, user_id: int) -> bool:
        """Stop waiting for the user's material; False if nothing was awaited."""
        ...

    def delete_user(self, user_id: int) -> int:
        """Remove every row of the user; return how many rows went."""
        ...


class Delivery(StrEnum):
    """What happened to a message the bot sent on its own initiative."""

    SENT = "sent"
    BLOCKED = "blocked"  # the user blocked the bot (Telegram 403, Discord 50007)
    FAILED = "failed"


class Notifier(Protocol):
    """Sends unprompted messages (daily practice prompts) to a platform's users."""

    platform: str

    async def notify(self, platform_user_id: str, chat_id: str, actions: list[Any]) -> Delivery:
        """Render and send actions to a user's chat; never raises for delivery problems."""
        ...
