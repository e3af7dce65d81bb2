"""Speech ports and the audio facts the engine keeps about a voice answer."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from engine.messages import UserFacingError


class AudioError(UserFacingError):
    """Audio that cannot be used; its message tells the user why."""


class TranscriptionError(RuntimeError):
    """A speech-to-text provider failed (network, timeout, bad reply)."""


class LanguageNotHeard(TranscriptionError):
    """The recogniser has no model for the language the user speaks."""


@dataclass(frozen=True)
class Transcript:
    """What a speech-to-text provider heard."""

    text: str
    duration_seconds: float
    provider: str


class SpeechToText(Protocol):
    """Turns a voice note (OGG/Opus or another audio file) into text."""

    async def transcribe(self, audio: bytes, *, filename: str, language: str) -> Transcript:
        """Transcribe ``audio``; raise AudioError for unusable audio, TranscriptionError else."""
        ...


class TextToSpeech(Protocol):
    """Turns a question into spoken audio."""

    async def synthesize(self, text: str, *, language: str) -> bytes:
        """Return MP3 bytes speaking ``text``; raise on failure (callers fall back to text)."""
        ...
