"""Voice answers in: checked against the limits, fetched (bounded), decoded and transcribed."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field

from engine.audio import VoiceLimits, probe_audio, speech_stats
from engine.events import DownloadError, Voice
from engine.models import AudioFacts
from engine.speech import AudioError, SpeechToText, TranscriptionError
from engine.text import normalize

log = logging.getLogger(__name__)

NO_SPEECH = "Voice answers are not available here — please type your answer."
TRANSCRIPTION_FAILED = (
    "Sorry, I couldn't transcribe that voice note. Please try again or type your answer."
)
NOTHING_HEARD = (
    "I couldn't make out any words in that voice note — could you try again, a little "
    "closer to the microphone?"
)
DOWNLOAD_FAILED = "I couldn't download that voice note — please send it again."
TOO_LARGE = "That voice note is too large — the limit is {limit} MB. Please send a shorter one."
TOO_LONG = "That voice note is longer than {minutes:g} minutes — please keep answers shorter."
EMPTY = "That voice note is empty — please record your answer again."


class VoiceRejected(ValueError):
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
            raise VoiceRejected(NO_SPEECH)
        self._precheck(voice)
        audio = await self._fetch(voice)
        try:
            info = probe_audio(audio, self.settings.limits)
            transcript = await asyncio.wait_for(
                self.speech.transcribe(audio, filename=voice.filename, language=language),
                self.settings.stt_timeout_seconds,
            )
        except AudioError as error:  # also a header that lied about the length, found decoding
            raise VoiceRejected(str(error)) from error
        except (TimeoutError, TranscriptionError) as error:
            log.warning("transcription failed", exc_info=True)
            raise VoiceRejected(TRANSCRIPTION_FAILED) from error
        heard = normalize(transcript.text)
        if not heard:
            raise VoiceRejected(NOTHING_HEARD)
        pace, fillers, _ = speech_stats(heard, info.duration_seconds)
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
            raise VoiceRejected(TOO_LARGE.format(limit=limits.max_bytes // (1024 * 1024)))
        if duration is not None and duration > limits.max_seconds:
            raise VoiceRejected(TOO_LONG.format(minutes=limits.max_seconds / 60))
        if (duration is not None and duration <= 0) or size == 0:
            raise VoiceRejected(EMPTY)

    async def _fetch(self, voice: Voice) -> bytes:
        timeout = self.settings.download_timeout_seconds
        try:
            return await asyncio.wait_for(voice.fetch(), timeout)
        except DownloadError as error:
            raise VoiceRejected(str(error)) from error
        except TimeoutError as error:
            log.warning("voice note download timed out after %.0f s", timeout)
            raise VoiceRejected(DOWNLOAD_FAILED) from error
