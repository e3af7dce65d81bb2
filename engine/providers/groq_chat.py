"""The chat port over Groq's hosted models (the groq SDK's ``AsyncGroq``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

import groq

from engine.ports import ChatMessage, InterviewerError

TEMPERATURE = 0.2
MAX_TOKENS = 900


class GroqChat:
    """Chat completions on Groq; Groq's JSON mode is always on offer."""

    name = "groq"

    def __init__(self, client: groq.AsyncGroq, max_tokens: int = MAX_TOKENS) -> None:
        """Use ``client`` (its timeout and retries bound each call)."""
        self.client = client
        self.max_tokens = max_tokens

    async def complete(
        self, model: str, messages: Sequence[ChatMessage], json_mode: bool = False
    ) -> str:
        """The reply's text; InterviewerError when the call fails."""
        extra: dict[str, Any] = {"response_format": {"type": "json_object"}} if json_mode else {}
        try:
            completion = await self.client.chat.completions.create(
                model=model,
                messages=cast(Any, list(messages)),
                temperature=TEMPERATURE,
                max_tokens=self.max_tokens,
                **extra,
            )
        except (groq.APIError, ValueError) as error:  # the SDK lets a non-JSON 200 body through
            raise InterviewerError(f"groq call failed: {type(error).__name__}") from error
        content = completion.choices[0].message.content if completion.choices else None
        return content or ""
