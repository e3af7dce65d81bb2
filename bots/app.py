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
import openai
from limits.aio.storage import Storage as AsyncStorage
from limits.errors import ConfigurationError
from limits.storage import storage_from_string
from sqlalchemy import Engine

from bots.llm import groq_client, openai_client
from bots.settings import ConfigError, Settings
from engine.audio import VoiceLimits
from engine.coding.model import CodeRunner
from engine.coding.round import CodingRound
from engine.coding.task_source import CodingTasks
from engine.daily import ReminderStore
from engine.daily_practice import DailyPractice
from engine.database import Database
from engine.entry import EntryPoint
from engine.guards import AllowList, MovingWindow, SlidingMinutes, TurnLimit
from engine.interview_flow import FlowConfig, InterviewFlow
from engine.judge import Judge
from engine.languages import OFFLINE, SUPPORTED
from engine.locks import LocalTurnLocks, TurnLocks
from engine.material_flow import MaterialFlow
from engine.ports import (
    ChatModel,
    Clock,
    Interviewer,
    InterviewRepository,
    Notifier,
    ProfileReader,
    QuestionSource,
)
from engine.profiles import Profiles
from engine.providers.clock import SystemClock
from engine.providers.code_runners import choose_code_runner
from engine.providers.fallback_speech import FallbackSpeechToText
from engine.providers.groq_chat import GroqChat
from engine.providers.llm_interviewer import LLMInterviewer
from engine.providers.llm_profiles import FallbackProfileReader, LLMProfileReader
from engine.providers.offline import OfflineInterviewer
from engine.providers.offline_profiles import OfflineProfileReader
from engine.providers.openai_chat import OpenAIChat
from engine.providers.question_translation import TranslatedQuestions
from engine.providers.sphinx_speech import SphinxSpeechToText
from engine.providers.tailored_questions import TailoredQuestions
from engine.providers.whisper_speech import WhisperApi, WhisperSpeechToText
from engine.queries import Queries
from engine.question_bank import QuestionBank
from engine.reminder_scheduler import ReminderScheduler
from engine.roles import Role, default_roles
from engine.speech import SpeechToText, TextToSpeech
from engine.update_journal import UpdateJournal
from engine.voice_intake import VoiceIntake, VoiceSettings
from storage.arrivals import Arrivals
from storage.db import make_engine, migrate
from storage.reminders import ReminderRepository
from storage.repository import SqlRepository
from storage.turn_locks import AdvisoryTurnLocks

log = logging.getLogger(__name__)

# The most main questions an interview may have (the terminal's --questions is checked by it).
MAX_QUESTIONS = FlowConfig.max_questions
REDIS_TIMEOUT_SECONDS = 2.0  # an answer waits at most this long on the turn limit's Redis


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
    profile_reader: ProfileReader
    code_runner: CodeRunner


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
    arrivals: Arrivals | None = None  # news of updates other replicas stored (PostgreSQL)

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
        self.entry.turns.close()
        if self.sql_engine is not None:
            self.sql_engine.dispose()


@dataclass(frozen=True)
class LLMClients:
    """The SDK clients the settings call for (None where a provider is not configured)."""

    groq: groq.AsyncGroq | None
    openai: openai.AsyncOpenAI | None

    @classmethod
    def of(cls, settings: Settings) -> LLMClients:
        """The clients, with the settings' timeouts and retries."""
        return cls(groq_client(settings), openai_client(settings))


def voice_limits(settings: Settings) -> VoiceLimits:
    """The voice limits, from MAX_VOICE_MB and MAX_VOICE_SECONDS."""
    return VoiceLimits(settings.max_voice_mb * 1024 * 1024, settings.max_voice_seconds)


def llm_chat(settings: Settings, clients: LLMClients) -> ChatModel | None:
    """The chosen provider's chat, through which every LLM call goes; None offline."""
    if settings.turn_model is None or settings.report_model is None:
        return None
    if settings.llm_backend == "groq" and clients.groq is not None:
        return GroqChat(clients.groq)
    if settings.llm_backend == "openai_compat" and clients.openai is not None:
        return OpenAIChat(clients.openai)
    return None


def build_interviewer(settings: Settings, clients: LLMClients) -> Interviewer:
    """The LLM interviewer over the chosen provider's chat, else the offline interviewer."""
    chat = llm_chat(settings, clients)
    if chat is None or settings.turn_model is None or settings.report_model is None:
        return OfflineInterviewer()
    return LLMInterviewer(chat, settings.turn_model, settings.report_model)


def build_speech(settings: Settings, clients: LLMClients) -> SpeechToText | None:
    """A hosted Whisper (Groq's or the OpenAI-compatible server's) with the offline recogniser
    behind it, or the offline one alone."""
    backend = settings.stt_backend
    if backend == "none":
        return None
    limits = voice_limits(settings)
    offline = SphinxSpeechToText(limits=limits)
    if backend == "groq" and clients.groq is not None:
        api, model = WhisperApi("groq", clients.groq, groq), settings.groq_stt_model
    elif backend == "openai_compat" and clients.openai is not None and settings.llm_stt_model:
        api, model = WhisperApi("openai_compat", clients.openai, openai), settings.llm_stt_model
    else:
        return offline
    return FallbackSpeechToText(WhisperSpeechToText(api, model=model, limits=limits), offline)


def build_tts(settings: Settings) -> TextToSpeech | None:
    """gTTS for spoken questions, unless turned off."""
    if settings.tts_provider == "none":
        return None
    from engine.providers.gtts_speech import GttsTextToSpeech

    return GttsTextToSpeech()


def build_questions(settings: Settings, clients: LLMClients) -> QuestionSource:
    """The role bank, with questions tailored to a CV and job when an interview asks for them
    (generated by the LLM's report model and checked against the texts, else from templates),
    and coding tasks for coding interviews."""
    chat = llm_chat(settings, clients)
    model = settings.report_model if chat is not None else None
    return CodingTasks(TailoredQuestions(QuestionBank(), chat, model))


def build_profile_reader(settings: Settings, clients: LLMClients) -> ProfileReader:
    """What reads CVs and job descriptions into profiles: the LLM (its stronger model) with the
    offline rules standing in when it fails, else the offline rules alone."""
    chat = llm_chat(settings, clients)
    if chat is None or settings.report_model is None:
        return OfflineProfileReader()
    reader = LLMProfileReader(chat, settings.report_model)
    return FallbackProfileReader(reader, timeout_seconds=settings.llm_timeout_seconds * 2)


def build_code_runner(settings: Settings) -> CodeRunner:
    """Where coding answers run: CODE_RUNNER (auto: Piston, bubblewrap, or none)."""
    return choose_code_runner(
        settings.code_runner,
        piston_url=settings.piston_url,
        piston_version=settings.piston_python_version,
        concurrency=settings.code_runner_concurrency,
    )


def shared_database(sql_engine: Engine | None) -> bool:
    """Whether replicas may share the database: PostgreSQL (SQLite serves one process)."""
    return sql_engine is not None and sql_engine.dialect.name == "postgresql"


def turn_locks(sql_engine: Engine | None, settings: Settings) -> TurnLocks:
    """Per-user turn order: across replicas on PostgreSQL, in this process on SQLite."""
    if shared_database(sql_engine):
        return AdvisoryTurnLocks(settings.database_url)
    return LocalTurnLocks()


def build_turn_limit(
    settings: Settings, repository: InterviewRepository, database: Database, clock: Clock
) -> TurnLimit:
    """TURNS_PER_MINUTE, shared by every replica: counted in Redis when REDIS_URL is set, else
    in PostgreSQL, else (SQLite, in memory: one process) in this process's memory."""
    per_minute = settings.turns_per_minute
    if settings.redis_url is not None:
        url = settings.redis_url.get_secret_value()
        try:  # the async client, so a Redis round trip never blocks the event loop
            storage = storage_from_string(
                f"async+{url}",
                implementation="redispy",
                key_prefix="interview-partner",
                wrap_exceptions=True,
                socket_timeout=REDIS_TIMEOUT_SECONDS,
                socket_connect_timeout=REDIS_TIMEOUT_SECONDS,
            )
        except (ConfigurationError, ValueError):  # not echoed: the URL may hold a password
            raise ConfigError("REDIS_URL must be a URL like redis://host:6379/0") from None
        assert isinstance(storage, AsyncStorage)  # an async+ scheme gives an async storage
        return TurnLimit(per_minute, MovingWindow(storage))
    if isinstance(repository, SqlRepository) and repository.engine.dialect.name == "postgresql":
        return TurnLimit(per_minute, SlidingMinutes(repository, database, clock))
    return TurnLimit(per_minute)


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
    clients = LLMClients.of(settings)
    roles = overrides.get("roles") or default_roles()
    clock = overrides.get("clock") or SystemClock()
    database = Database()
    chat = llm_chat(settings, clients)
    questions = overrides.get("questions") or build_questions(settings, clients)
    if chat is not None and settings.report_model is not None:
        questions = TranslatedQuestions(
            questions, chat, settings.report_model, repository, database
        )
    tts = overrides["tts"] if "tts" in overrides else build_tts(settings)
    speech = overrides["speech"] if "speech" in overrides else build_speech(settings, clients)
    interviewer = overrides.get("interviewer") or build_interviewer(settings, clients)
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
            follow_up_limit=settings.max_followups,
            default_questions=settings.default_questions,
            languages=SUPPORTED if isinstance(questions, TranslatedQuestions) else OFFLINE,
        ),
        overrides.get("seeds"),
        CodingRound(overrides.get("code_runner") or build_code_runner(settings)),
    )
    daily = DailyPractice(roles, questions, reminders, repository, judge, profiles, database, clock)
    queries = Queries(roles, repository, profiles, database)
    reader = overrides.get("profile_reader") or build_profile_reader(settings, clients)
    material = MaterialFlow(repository, profiles, database, reader, clock)
    entry = EntryPoint(
        flow,
        daily,
        VoiceIntake(speech, VoiceSettings(limits=voice_limits(settings))),
        profiles,
        queries,
        material,
        AllowList(settings.allowed_users),
        build_turn_limit(settings, repository, database, clock),
        spoken_questions=tts is not None,
        turns=turn_locks(sql_engine, settings),
    )
    log.info(
        "interviewer=%s speech=%s database=%s",
        judge.name,
        type(speech).__name__ if speech else "none",
        sql_engine.url.render_as_string(hide_password=True) if sql_engine else "in memory",
    )
    updates = UpdateJournal(repository, database)
    arrivals = Arrivals(settings.database_url) if shared_database(sql_engine) else None
    return App(settings, entry, queries, daily, updates, tts, clock, sql_engine, arrivals)
