"""Voice answers in: checked against the limits, fetched (bounded), decoded and transcribed."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field

from engine.audio import VoiceLimits, describe_duration, describe_size, probe_audio, speech_stats
from engine.events import DOWNLOAD_FAILED, DownloadError, Voice
from engine.languages import language_name
from engine.messages import Key, UserFacingError
from engine.models import AudioFacts
from engine.speech import AudioError, LanguageNotHeard, SpeechToText, TranscriptionError
from engine.text import normalize

log = logging.getLogger(__name__)

NO_SPEECH = Key("voice.unavailable")
TRANSCRIPTION_FAILED = Key("voice.transcription-failed")
NO_MODEL = Key("voice.no-model", ("language",))
NOTHING_HEARD = Key("voice.nothing-heard")
TOO_LARGE = Key("voice.too-large", ("limit",))
TOO_LONG = Key("voice.too-long", ("limit",))
EMPTY = Key("voice.empty")


class VoiceRejected(UserFacingError):
    """A voice note that could not be used; the message tells the user why."""


@dataclass(frozen=True)
class VoiceSettings:
    """The voice limits and how long fetching and transcribing may take."""

    limits: VoiceLimits = field(default_factory=VoiceLimits)
    download_timeout_seconds: float = 60.0
    stt_timeout_seconds: float = 60.0


class VoiceIntake:
    """Turns a voice input into the words said and how they were said."""

    def __init__(self, speech: SpeechToText | None, settings: VoiceSettings | None = None) -> None:
        """Transcribe with ``speech`` (None: voice answers are refused kindly)."""
        self.speech = speech
        self.settings = settings or VoiceSettings()

    async def take(self, voice: Voice, language: str) -> tuple[str, AudioFacts]:
        """What the voice note says, with its pace and fillers; VoiceRejected says why not."""
        if self.speech is None:
            raise VoiceRejected(NO_SPEECH())
        self._precheck(voice)
        audio = await self._fetch(voice)
        try:
            info = probe_audio(audio, self.settings.limits)
            transcript = await asyncio.wait_for(
                self.speech.transcribe(audio, filename=voice.filename, language=language),
                self.settings.stt_timeout_seconds,
            )
        except AudioError as error:  # also a header that lied about the length, found decoding
            raise VoiceRejected(error.message) from error
        except LanguageNotHeard as error:
            raise VoiceRejected(NO_MODEL(language=language_name(language))) from error
        except (TimeoutError, TranscriptionError) as error:
            log.warning("transcription failed", exc_info=True)
            raise VoiceRejected(TRANSCRIPTION_FAILED()) from error
        heard = normalize(transcript.text)
        if not heard:
            raise VoiceRejected(NOTHING_HEARD())
        pace, fillers, _ = speech_stats(heard, info.duration_seconds, language)
        facts = AudioFacts(
            duration_seconds=round(info.duration_seconds, 1),
            words_per_minute=pace,
            filler_count=fillers,
            provider=transcript.provider,
        )
        return heard, facts

    def _precheck(self, voice: Voice) -> None:
        """Refuse before downloading when the announced size or length is over the limits."""
        limits = self.settings.limits
        size, duration = voice.size_bytes, voice.duration_seconds
        if size is not None and size > limits.max_bytes:
            raise VoiceRejected(TOO_LARGE(limit=describe_size(limits.max_bytes)))
        if duration is not None and duration > limits.max_seconds:
            raise VoiceRejected(TOO_LONG(limit=describe_duration(limits.max_seconds)))
        if (duration is not None and duration <= 0) or size == 0:
            raise VoiceRejected(EMPTY())

    async def _fetch(self, voice: Voice) -> bytes:
        timeout = self.settings.download_timeout_seconds
        try:
            return await asyncio.wait_for(voice.fetch(), timeout)
        except DownloadError as error:
            raise VoiceRejected(error.message) from error
        except TimeoutError as error:
            log.warning("voice note download timed out after %.0f s", timeout)
            raise VoiceRejected(DOWNLOAD_FAILED()) from error
