"""Speech-to-text through Groq's hosted Whisper (OpenAI-compatible transcription API)."""

from __future__ import annotations

import asyncio
import logging

import groq

from engine.audio import VoiceLimits, probe_audio
from engine.speech import Transcript, TranscriptionError

logger = logging.getLogger(__name__)

# Groq picks the decoder from the file extension and does not accept e.g. Telegram's ".oga",
# so the name sent is derived from the container the bytes actually are.
_EXTENSIONS = {"OGG": "ogg", "WAV": "wav", "MP3": "mp3", "FLAC": "flac"}


class GroqSpeechToText:
    """Transcribes voice notes with Groq Whisper; every failure becomes TranscriptionError."""

    provider = "groq"

    def __init__(
        self,
        client: groq.AsyncGroq,
        model: str = "whisper-large-v3-turbo",
        timeout_seconds: float = 30,
        *,
        limits: VoiceLimits | None = None,
    ) -> None:
        """Use ``client``; ``timeout_seconds`` bounds the whole call, SDK retries included."""
        self._client = client
        self._model = model
        self._timeout_seconds = timeout_seconds
        self._limits = limits or VoiceLimits()

    async def transcribe(self, audio: bytes, *, filename: str, language: str) -> Transcript:
        """Send ``audio`` to Groq and return what it heard."""
        info = probe_audio(audio, self._limits)
        stem = filename.rsplit(".", 1)[0] or "voice"
        upload_name = f"{stem}.{_EXTENSIONS.get(info.format, filename.rsplit('.', 1)[-1])}"
        try:
            async with asyncio.timeout(self._timeout_seconds):
                result = await self._client.audio.transcriptions.create(
                    file=(upload_name, audio),
                    model=self._model,
                    language=_iso_639_1(language),
                    response_format="json",
                    temperature=0.0,
                    timeout=self._timeout_seconds,
                )
        except TimeoutError as exc:
            raise TranscriptionError(
                f"Groq transcription timed out after {self._timeout_seconds:g} s"
            ) from exc
        except groq.APITimeoutError as exc:
            raise TranscriptionError("Groq transcription timed out") from exc
        except groq.APIStatusError as exc:
            raise TranscriptionError(
                f"Groq transcription failed with HTTP {exc.status_code}"
            ) from exc
        except groq.APIError as exc:
            raise TranscriptionError(f"Groq transcription failed: {exc}") from exc
        except ValueError as exc:
            # A 200 reply whose body is not JSON surfaces as a bare json.JSONDecodeError.
            raise TranscriptionError("Groq transcription reply was not valid JSON") from exc
        text = getattr(result, "text", None)
        if not isinstance(text, str):
            raise TranscriptionError("Groq transcription reply had no text")
        return Transcript(
            text=text.strip(), duration_seconds=info.duration_seconds, provider=self.provider
        )


def _iso_639_1(language: str) -> str:
    """Whisper wants "en", not "en-US" or "EN"."""
    return language.replace("_", "-").split("-", 1)[0].lower() or "en"
