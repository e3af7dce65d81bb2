"""The composition root: settings -> storage -> providers -> engine parts -> the entry point.

``build_app(settings, **overrides)`` wires the product; any part named in ``Parts`` can be
given instead (a scripted interviewer, a test clock, an in-memory repository), so tests and
benches build the same App with fakes rather than changing a built one. This is the one
module of ``bots/`` that knows the engine's insides.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TypedDict, Unpack

import groq
from sqlalchemy import Engine

from bots.settings import Settings
from engine.audio import VoiceLimits
from engine.daily import ReminderStore
from engine.daily_practice import DailyPractice
from engine.database import Database
from engine.entry import EntryPoint
from engine.guards import AllowList, TurnLimit
from engine.interview_flow import FlowConfig, InterviewFlow
from engine.judge import Judge
from engine.ports import Clock, Interviewer, InterviewRepository, Notifier, QuestionSource
from engine.profiles import Profiles
from engine.providers.clock import SystemClock
from engine.providers.fallback_speech import FallbackSpeechToText
from engine.providers.groq_llm import GroqInterviewer
from engine.providers.groq_speech import GroqSpeechToText
from engine.providers.offline import OfflineInterviewer
from engine.providers.sphinx_speech import SphinxSpeechToText
from engine.queries import Queries
from engine.question_bank import QuestionBank
from engine.reminder_scheduler import ReminderScheduler
from engine.roles import Role, default_roles
from engine.speech import SpeechToText, TextToSpeech
from engine.update_journal import UpdateJournal
from engine.voice_intake import VoiceIntake, VoiceSettings
from storage.db import make_engine, migrate
from storage.reminders import ReminderRepository
from storage.repository import SqlRepository

log = logging.getLogger(__name__)

# The most main questions an interview may have (the terminal's --questions is checked by it).
MAX_QUESTIONS = FlowConfig.max_questions


class Parts(TypedDict, total=False):
    """The parts ``build_app`` takes instead of building them from the settings."""

    roles: dict[str, Role]
    questions: QuestionSource
    interviewer: Interviewer
    speech: SpeechToText | None
    tts: TextToSpeech | None
    clock: Clock
    repository: InterviewRepository
    reminders: ReminderStore
    seeds: random.Random


@dataclass
class App:
    """What the adapters and the runner share: the entry point, queries and the database."""

    settings: Settings
    entry: EntryPoint
    queries: Queries
    daily: DailyPractice
    updates: UpdateJournal
    tts: TextToSpeech | None
    clock: Clock
    sql_engine: Engine | None  # None when both repositories were given (e.g. in memory)

    @property
    def roles(self) -> dict[str, Role]:
        """The roles on offer."""
        return self.queries.roles

    def reminder_scheduler(self, notifiers: Mapping[str, Notifier]) -> ReminderScheduler:
        """The daily practice scheduler, delivering through ``notifiers`` (by platform)."""
        return ReminderScheduler(
            self.daily, notifiers, self.clock, self.settings.reminder_grace_seconds
        )

    def close(self) -> None:
        """Release the database connections."""
        if self.sql_engine is not None:
            self.sql_engine.dispose()


def groq_client(settings: Settings) -> groq.AsyncGroq | None:
    """An AsyncGroq client with deliberate timeouts and retries, if a key is set."""
    if settings.groq_api_key is None:
        return None
    return groq.AsyncGroq(
        api_key=settings.groq_api_key.get_secret_value(),
        base_url=settings.groq_base_url,
        timeout=settings.llm_timeout_seconds,
        max_retries=settings.llm_max_retries,
    )


def voice_limits(settings: Settings) -> VoiceLimits:
    """The voice limits, from MAX_VOICE_MB and MAX_VOICE_SECONDS."""
    return VoiceLimits(settings.max_voice_mb * 1024 * 1024, settings.max_voice_seconds)


def build_interviewer(settings: Settings, client: groq.AsyncGroq | None) -> Interviewer:
    """Groq when configured, else the offline interviewer."""
    if settings.uses_groq and client is not None:
        return GroqInterviewer(client, settings.groq_turn_model, settings.groq_report_model)
    return OfflineInterviewer()


def build_speech(settings: Settings, client: groq.AsyncGroq | None) -> SpeechToText | None:
    """Groq Whisper with the offline recogniser behind it, or the offline one alone."""
    if settings.stt_provider == "none":
        return None
    limits = voice_limits(settings)
    offline = SphinxSpeechToText(limits=limits)
    if settings.stt_provider == "offline" or client is None:
        return offline
    primary = GroqSpeechToText(client, model=settings.groq_stt_model, limits=limits)
    return FallbackSpeechToText(primary, offline)


def build_tts(settings: Settings) -> TextToSpeech | None:
    """gTTS for spoken questions, unless turned off."""
    if settings.tts_provider == "none":
        return None
    from engine.providers.gtts_speech import GttsTextToSpeech

    return GttsTextToSpeech()


def build_app(settings: Settings, **overrides: Unpack[Parts]) -> App:
    """Wire the product from its settings (applying database migrations first), with
    ``overrides`` standing in for the parts they name."""
    sql_engine = None
    repository = overrides.get("repository")
    reminders = overrides.get("reminders")
    if repository is None or reminders is None:
        migrate(settings.database_url)
        sql_engine = make_engine(settings.database_url)
        repository = repository or SqlRepository(sql_engine)
        reminders = reminders or ReminderRepository(sql_engine)
    client = groq_client(settings)
    roles = overrides.get("roles") or default_roles()
    clock = overrides.get("clock") or SystemClock()
    questions = overrides.get("questions") or QuestionBank()
    tts = overrides["tts"] if "tts" in overrides else build_tts(settings)
    speech = overrides["speech"] if "speech" in overrides else build_speech(settings, client)
    interviewer = overrides.get("interviewer") or build_interviewer(settings, client)
    database = Database()
    profiles = Profiles(repository, database)
    judge = Judge(interviewer, timeout_seconds=settings.llm_timeout_seconds * 2)
    flow = InterviewFlow(
        roles,
        questions,
        repository,
        judge,
        profiles,
        database,
        FlowConfig(
            follow_up_limit=settings.max_followups, default_questions=settings.default_questions
        ),
        overrides.get("seeds"),
    )
    daily = DailyPractice(roles, questions, reminders, repository, judge, profiles, database, clock)
    queries = Queries(roles, repository, profiles, database)
    entry = EntryPoint(
        flow,
        daily,
        VoiceIntake(speech, VoiceSettings(limits=voice_limits(settings))),
        profiles,
        queries,
        AllowList(settings.allowed_users),
        TurnLimit(settings.turns_per_minute),
        spoken_questions=tts is not None,
    )
    log.info(
        "interviewer=%s speech=%s database=%s",
        judge.name,
        type(speech).__name__ if speech else "none",
        sql_engine.url.render_as_string(hide_password=True) if sql_engine else "in memory",
    )
    updates = UpdateJournal(repository, database)
    return App(settings, entry, queries, daily, updates, tts, clock, sql_engine)
