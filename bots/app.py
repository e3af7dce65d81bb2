"""The composition root: settings -> storage -> providers -> service."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cached_property

import groq
from sqlalchemy import Engine

from bots.settings import Settings
from engine.daily_service import DailyPractice
from engine.ports import Interviewer
from engine.providers.clock import SystemClock
from engine.providers.fallback_speech import FallbackSpeechToText
from engine.providers.groq_llm import GroqInterviewer
from engine.providers.groq_speech import GroqSpeechToText
from engine.providers.offline import OfflineInterviewer
from engine.providers.sphinx_speech import SphinxSpeechToText
from engine.roles import Role, default_roles
from engine.service import InterviewService, ServiceConfig
from engine.speech import SpeechToText, TextToSpeech
from storage.db import make_engine, migrate
from storage.reminders import ReminderRepository
from storage.repository import SqlRepository

log = logging.getLogger(__name__)


@dataclass
class App:
    """Everything the adapters share: one service, one database."""

    settings: Settings
    service: InterviewService
    repository: SqlRepository
    engine: Engine
    tts: TextToSpeech | None

    @property
    def roles(self) -> dict[str, Role]:
        """The roles on offer."""
        return self.service.roles

    @cached_property
    def daily(self) -> DailyPractice:
        """Daily practice (/remind, the question of the day, /progress data, export)."""
        return DailyPractice(self.service, ReminderRepository(self.engine), SystemClock())


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


def build_interviewer(settings: Settings, client: groq.AsyncGroq | None) -> Interviewer:
    """Groq when configured, else the offline interviewer."""
    if settings.uses_groq and client is not None:
        return GroqInterviewer(client, settings.groq_turn_model, settings.groq_report_model)
    return OfflineInterviewer()


def build_speech(settings: Settings, client: groq.AsyncGroq | None) -> SpeechToText | None:
    """Groq Whisper with the offline recogniser behind it, or the offline one alone."""
    if settings.stt_provider == "none":
        return None
    max_bytes, max_seconds = settings.max_voice_mb * 1024 * 1024, settings.max_voice_seconds
    offline = SphinxSpeechToText(max_bytes=max_bytes, max_seconds=max_seconds)
    if settings.stt_provider == "offline" or client is None:
        return offline
    primary = GroqSpeechToText(
        client, model=settings.groq_stt_model, max_bytes=max_bytes, max_seconds=max_seconds
    )
    return FallbackSpeechToText(primary, offline)


def build_tts(settings: Settings) -> TextToSpeech | None:
    """gTTS for spoken questions, unless turned off."""
    if settings.tts_provider == "none":
        return None
    from engine.providers.gtts_speech import GttsTextToSpeech

    return GttsTextToSpeech()


def build_app(settings: Settings) -> App:
    """Wire the product from its settings, applying database migrations first."""
    migrate(settings.database_url)
    engine = make_engine(settings.database_url)
    repository = SqlRepository(engine)
    client = groq_client(settings)
    service = InterviewService(
        roles=default_roles(),
        repository=repository,
        interviewer=build_interviewer(settings, client),
        speech=build_speech(settings, client),
        config=ServiceConfig(
            follow_up_limit=settings.max_followups,
            default_questions=settings.default_questions,
            llm_timeout_seconds=settings.llm_timeout_seconds * 2,
            max_voice_seconds=settings.max_voice_seconds,
            max_voice_bytes=settings.max_voice_mb * 1024 * 1024,
            turns_per_minute=settings.turns_per_minute,
            allowed_users=settings.allowed_users,
        ),
    )
    log.info(
        "interviewer=%s speech=%s database=%s",
        service.interviewer.name,
        type(service.speech).__name__ if service.speech else "none",
        engine.url.render_as_string(hide_password=True),
    )
    return App(settings, service, repository, engine, build_tts(settings))
