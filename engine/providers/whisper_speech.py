"""Speech-to-text through a hosted Whisper: Groq's, or an OpenAI-compatible server's.

Both SDKs (groq and openai) share one shape, ``client.audio.transcriptions.create``, and one
family of errors, so one class serves both; ``WhisperApi`` names which.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from engine.audio import VoiceLimits, probe_audio
from engine.speech import Transcript, TranscriptionError

logger = logging.getLogger(__name__)

# Servers pick the decoder from the file extension and do not accept e.g. Telegram's ".oga",
# so the name sent is derived from the container the bytes actually are.
_EXTENSIONS = {"OGG": "ogg", "WAV": "wav", "MP3": "mp3", "FLAC": "flac"}


@dataclass(frozen=True)
class WhisperApi:
    """A transcription client and the SDK module whose errors it raises."""

    provider: str  # "groq" or "openai_compat": Transcript.provider and error messages
    client: Any  # groq.AsyncGroq or openai.AsyncOpenAI
    sdk: ModuleType  # groq or openai: APITimeoutError, APIStatusError, APIError


class WhisperSpeechToText:
    """Transcribes voice notes with a hosted Whisper; every failure becomes TranscriptionError."""

    def __init__(
        self,
        api: WhisperApi,
        model: str = "whisper-large-v3-turbo",
        timeout_seconds: float = 30,
        *,
        limits: VoiceLimits | None = None,
    ) -> None:
        """Use ``api``; ``timeout_seconds`` bounds the whole call, SDK retries included."""
        self._api = api
        self.provider = api.provider
        self._model = model
        self._timeout_seconds = timeout_seconds
        self._limits = limits or VoiceLimits()

    async def transcribe(self, audio: bytes, *, filename: str, language: str) -> Transcript:
        """Send ``audio`` to the server and return what it heard."""
        info = probe_audio(audio, self._limits)
        stem = filename.rsplit(".", 1)[0] or "voice"
        upload_name = f"{stem}.{_EXTENSIONS.get(info.format, filename.rsplit('.', 1)[-1])}"
        sdk, who = self._api.sdk, self.provider
        try:
            async with asyncio.timeout(self._timeout_seconds):
                result = await self._api.client.audio.transcriptions.create(
                    file=(upload_name, audio),
                    model=self._model,
                    language=_iso_639_1(language),
                    response_format="json",
                    temperature=0.0,
                    timeout=self._timeout_seconds,
                )
        except TimeoutError as exc:
            raise TranscriptionError(
                f"{who} transcription timed out after {self._timeout_seconds:g} s"
            ) from exc
        except sdk.APITimeoutError as exc:
            raise TranscriptionError(f"{who} transcription timed out") from exc
        except sdk.APIStatusError as exc:
            raise TranscriptionError(
                f"{who} transcription failed with HTTP {exc.status_code}"
            ) from exc
        except sdk.APIError as exc:
            raise TranscriptionError(f"{who} transcription failed: {exc}") from exc
        except ValueError as exc:
            # A 200 reply whose body is not JSON surfaces as a bare json.JSONDecodeError.
            raise TranscriptionError(f"{who} transcription reply was not valid JSON") from exc
        text = getattr(result, "text", None)
        if not isinstance(text, str):
            raise TranscriptionError(f"{who} transcription reply had no text")
        return Transcript(
            text=text.strip(), duration_seconds=info.duration_seconds, provider=self.provider
        )


def _iso_639_1(language: str) -> str:
    """Whisper wants "en", not "en-US" or "EN"."""
    return language.replace("_", "-").split("-", 1)[0].lower() or "en"
