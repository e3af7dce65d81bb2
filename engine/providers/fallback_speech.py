"""A speech-to-text provider that falls back to a second one when the first fails."""

from __future__ import annotations

import logging

from engine.speech import SpeechToText, Transcript, TranscriptionError

logger = logging.getLogger(__name__)


class FallbackSpeechToText:
    """Tries ``primary``; on TranscriptionError uses ``fallback``. AudioError propagates.

    Which one answered is in ``Transcript.provider`` (e.g. "groq" or "offline").
    """

    def __init__(self, primary: SpeechToText, fallback: SpeechToText) -> None:
        """Combine two providers."""
        self._primary = primary
        self._fallback = fallback

    async def transcribe(self, audio: bytes, *, filename: str, language: str) -> Transcript:
        """Transcribe with the primary provider, or with the fallback if it fails."""
        try:
            return await self._primary.transcribe(audio, filename=filename, language=language)
        except TranscriptionError as exc:
            logger.warning("primary speech-to-text failed (%s); using the fallback", exc)
        return await self._fallback.transcribe(audio, filename=filename, language=language)
