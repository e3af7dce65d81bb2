"""A loopback fake of Groq's API for driving the real groq SDK in tests.

Usage::

    async with FakeGroq() as fake:
        fake.chat_handler = lambda request: {"score": 4}
        fake.transcription_text = "I built a data pipeline"
        fake.enqueue_fault("500", route="transcription")
        client = groq.AsyncGroq(api_key="test-key", base_url=fake.base_url, max_retries=1)

Groq's API is OpenAI-compatible: this is ``FakeOpenAI`` (faults, recording and all) under the
``/openai/v1`` prefix the groq SDK appends to ``base_url`` itself.
"""

from __future__ import annotations

from fakes.openai_api import (
    BAD_SCHEMA,
    NOT_JSON,
    ChatHandler,
    FakeOpenAI,
    Fault,
    FaultKind,
    RecordedRequest,
    Route,
)

__all__ = [
    "BAD_SCHEMA",
    "NOT_JSON",
    "ChatHandler",
    "FakeGroq",
    "Fault",
    "FaultKind",
    "RecordedRequest",
    "Route",
]


class FakeGroq(FakeOpenAI):
    """FakeOpenAI at Groq's paths: ``{root}/openai/v1/...``."""

    api_prefix = "/openai/v1"

    @property
    def base_url(self) -> str:
        """Root URL to pass as ``base_url`` to ``groq.AsyncGroq`` (it adds /openai/v1)."""
        return self.root
