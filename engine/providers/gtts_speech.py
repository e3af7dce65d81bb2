"""Spoken questions with gTTS (Google Translate's text-to-speech)."""

from __future__ import annotations

import asyncio
import io

from gtts import gTTS


class GttsTextToSpeech:
    """Makes MP3 audio of a question; callers send the text anyway if this fails."""

    def __init__(self, timeout_seconds: float = 15.0) -> None:
        self.timeout_seconds = timeout_seconds

    async def synthesize(self, text: str, *, language: str) -> bytes:
        """Return MP3 bytes speaking ``text`` in ``language``."""
        return await asyncio.wait_for(
            asyncio.to_thread(self._render, text, language), self.timeout_seconds + 5
        )

    def _render(self, text: str, language: str) -> bytes:
        buffer = io.BytesIO()
        gTTS(text, lang=language, timeout=self.timeout_seconds).write_to_fp(buffer)
        return buffer.getvalue()
