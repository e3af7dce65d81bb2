"""The chat port over any OpenAI-compatible server (Ollama, llama.cpp's server, vLLM, OpenAI).

Not every server takes ``response_format``: one that refuses it (HTTP 400 naming it) is asked
again without it, and never with it again; the tolerant parse in ``structured`` then finds the
JSON in whatever the model wrote around it.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any, cast

import openai

from engine.ports import ChatMessage, InterviewerError

log = logging.getLogger(__name__)

TEMPERATURE = 0.2
MAX_TOKENS = 900
JSON_MODE: dict[str, Any] = {"response_format": {"type": "json_object"}}


class OpenAIChat:
    """Chat completions through the openai SDK's ``AsyncOpenAI`` pointed at ``base_url``."""

    name = "openai_compat"

    def __init__(self, client: openai.AsyncOpenAI, max_tokens: int = MAX_TOKENS) -> None:
        """Use ``client`` (its base URL, timeout and retries bound each call)."""
        self.client = client
        self.max_tokens = max_tokens
        self.json_mode_supported = True  # until the server says otherwise

    async def complete(
        self, model: str, messages: Sequence[ChatMessage], json_mode: bool = False
    ) -> str:
        """The reply's text; InterviewerError when the call fails."""
        try:
            if json_mode and self.json_mode_supported:
                try:
                    return await self._create(model, messages, JSON_MODE)
                except openai.BadRequestError as error:
                    if not _rejects_response_format(error):
                        raise
                    self.json_mode_supported = False
                    log.warning("the LLM server refuses response_format; asking without it")
            return await self._create(model, messages, {})
        except (openai.APIError, ValueError) as error:  # a non-JSON 200 body is a ValueError
            raise InterviewerError(f"openai_compat call failed: {type(error).__name__}") from error

    async def _create(
        self, model: str, messages: Sequence[ChatMessage], extra: dict[str, Any]
    ) -> str:
        completion = await self.client.chat.completions.create(
            model=model,
            messages=cast(Any, list(messages)),
            temperature=TEMPERATURE,
            max_tokens=self.max_tokens,
            **extra,
        )
        content = completion.choices[0].message.content if completion.choices else None
        return content or ""


def _rejects_response_format(error: openai.BadRequestError) -> bool:
    """Whether a 400 is the server saying it does not support ``response_format``."""
    return "response_format" in f"{error.message} {error.body}"
