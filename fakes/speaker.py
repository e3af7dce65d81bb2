"""A TextToSpeech that records what it was asked to say (and in which language), or fails."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

MP3 = b"ID3\x04\x00\x00\x00\x00\x00\x00fake mp3 frames"


@dataclass
class RecordingSpeaker:
    """Returns fixed MP3 bytes; ``fail`` makes it raise, ``delay`` makes it slow (or hang)."""

    fail: bool = False
    delay: float = 0.0
    spoken: list[tuple[str, str]] = field(default_factory=list)  # (text, language)

    async def synthesize(self, text: str, *, language: str) -> bytes:
        """Fixed MP3 bytes for ``text``."""
        self.spoken.append((text, language))
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.fail:
            raise RuntimeError("the speech service is unreachable")
        return MP3
