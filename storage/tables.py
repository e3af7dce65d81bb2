"""SQLModel tables. They never leave ``storage/``: repositories map them to engine values."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Column, UniqueConstraint
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    """The current time, timezone-aware UTC."""
    return datetime.now(UTC)


class UserRow(SQLModel, table=True):
    """A candidate on one platform, with their preferences."""

    __tablename__ = "users"
    __table_args__ = (UniqueConstraint("platform", "platform_user_id"),)

    id: int | None = Field(default=None, primary_key=True)
    platform: str = Field(max_length=16)
    platform_user_id: str = Field(max_length=64)
    display_name: str = Field(default="", max_length=128)
    language: str = Field(default="en", max_length=16)
    timezone: str | None = Field(default=None, max_length=64)
    voice_replies: bool = False
    blocked: bool = False
    created_at: datetime = Field(default_factory=utcnow)


class InterviewRow(SQLModel, table=True):
    """One interview."""

    __tablename__ = "interview_sessions"  # the old name, kept: renaming needs a migration

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="users.id", index=True)
    role_id: str = Field(max_length=64)
    interview_type: str | None = Field(default=None, max_length=32)
    difficulty: int
    question_count: int
    follow_up_limit: int
    language: str = Field(default="en", max_length=16)
    seed: int = Field(default=0, sa_column=Column(BigInteger, nullable=False, default=0))
    question_source: str = Field(default="bank", max_length=16)
    # The job's must-haves when a tailored interview started (its report's fit section).
    requirements: list[str] | None = Field(default=None, sa_column=Column(JSON))
    status: str = Field(default="active", max_length=16, index=True)
    fallback_notified: bool = False
    started_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class TurnRow(SQLModel, table=True):
    """One line of an interview's transcript."""

    __tablename__ = "turns"
    __table_args__ = (UniqueConstraint("session_id", "position"),)

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="interview_sessions.id", index=True)
    position: int
    kind: str = Field(max_length=16)
    question_number: int
    question_id: str = Field(max_length=64)
    difficulty: int
    text: str
    superseded: bool = False
    assessment: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    audio: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    # QUESTION turns: the whole question; NULL in rows stored before migration 0004.
    question: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    created_at: datetime = Field(default_factory=utcnow)


class ReportRow(SQLModel, table=True):
    """The final report of an interview."""

    __tablename__ = "reports"

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="interview_sessions.id", unique=True)
    overall: float | None = None
    body: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    created_at: datetime = Field(default_factory=utcnow)


class ReceivedUpdateRow(SQLModel, table=True):
    """A platform update received (redeliveries are ignored), kept until it is processed.

    ``status``: "received" (stored before the platform's offset confirmed it; ``payload`` holds
    the update so a restart can finish it), "claimed" (its answer is stored), "done".
    """

    __tablename__ = "processed_updates"  # the old name, kept: renaming needs a migration
    __table_args__ = (UniqueConstraint("platform", "update_id"),)

    id: int | None = Field(default=None, primary_key=True)
    platform: str = Field(max_length=16)
    update_id: str = Field(max_length=64)
    user_id: int | None = Field(default=None, foreign_key="users.id", index=True)
    status: str = Field(default="done", max_length=16, index=True)
    payload: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    created_at: datetime = Field(default_factory=utcnow)
    # Who sent it (the platform's user id): one sender's updates are handled in order.
    sender: str | None = Field(default=None, max_length=64)
    # The replica handling it and until when; an expired lease is taken over by another.
    holder: str | None = Field(default=None, max_length=64)
    lease_until: datetime | None = Field(default=None)


class LeaseRow(SQLModel, table=True):
    """A role one replica holds for a while (the Telegram poll leader), renewed by heartbeat."""

    __tablename__ = "leases"

    name: str = Field(primary_key=True, max_length=64)
    holder: str = Field(max_length=64)
    expires_at: datetime


class TurnCountRow(SQLModel, table=True):
    """How many answers a user gave in one minute (the turn limit shared by replicas)."""

    __tablename__ = "turn_counts"

    user_key: str = Field(primary_key=True, max_length=96)
    minute: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    hits: int = 0


class QuestionTranslationRow(SQLModel, table=True):
    """A bank question worded in a language without a bank (translated once by the LLM)."""

    __tablename__ = "question_translations"

    question_id: str = Field(primary_key=True, max_length=64)
    language: str = Field(primary_key=True, max_length=16)
    words: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    created_at: datetime = Field(default_factory=utcnow)


class ReminderRow(SQLModel, table=True):
    """A user's daily practice prompt setting and streak."""

    __tablename__ = "reminders"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="users.id", unique=True)
    chat_id: str = Field(max_length=64)
    local_time: str = Field(max_length=5)
    timezone: str = Field(max_length=64)
    enabled: bool = True
    last_sent_on: str | None = Field(default=None, max_length=10)
    pending_question_id: str | None = Field(default=None, max_length=64)
    pending_role_id: str | None = Field(default=None, max_length=64)
    streak: int = 0
    last_answered_on: str | None = Field(default=None, max_length=10)
    seen_question_ids: list[str] = Field(default_factory=list, sa_column=Column(JSON))
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)  # when the time or zone last changed


class MaterialRow(SQLModel, table=True):
    """A text the user gave about themselves or the job they want (personal data).

    One row per user and kind ("cv" or "job"): giving a new one replaces the old.
    """

    __tablename__ = "materials"
    __table_args__ = (UniqueConstraint("user_id", "kind"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="users.id")
    kind: str = Field(max_length=8)
    text: str
    profile: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    filename: str = Field(default="", max_length=255)  # "" when the text was pasted
    updated_at: datetime = Field(default_factory=utcnow)


class MaterialWaitRow(SQLModel, table=True):
    """The bot waits for a user's CV or job text until ``until`` (Telegram's /cv, /job).

    Kept in the database so a restart (or another replica) still knows that the next text
    the user sends is their CV, not an interview answer.
    """

    __tablename__ = "material_waits"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="users.id", unique=True)
    kind: str = Field(max_length=8)
    until: datetime
