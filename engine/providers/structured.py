"""Asking a chat model for JSON of a known shape: parsed tolerantly, validated, retried once.

Every LLM use goes through ``ask_json``: the interviewer's turns, reports and example answers
today; CV extraction, question generation, code review or translation tomorrow. Small local
models often wrap their JSON in a ```json fence or in a sentence ("Here is the JSON: {...}"),
so the first JSON object in the reply is what counts. A reply that holds none, or one that
fails the pydantic model, is retried once with the error quoted back; a second failure raises
InterviewerError, and the caller's stand-in answers.
"""

from __future__ import annotations

import json
import logging
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from engine.ports import ChatMessage, ChatModel, InterviewerError
from engine.providers.prompts import INVALID_REPLY

log = logging.getLogger(__name__)

Reply = TypeVar("Reply", bound=BaseModel)
MAX_REPLY_CHARS = 20_000  # a reply longer than this is cut before looking for JSON in it
ECHOED_CHARS = 2000  # how much of an invalid reply is quoted back with the error

_DECODER = json.JSONDecoder()


class NoJsonObject(ValueError):
    """The reply held no JSON object."""


def first_json_object(text: str) -> dict[str, Any]:
    """The first JSON object in ``text``, whatever prose or fences surround it."""
    text = text[:MAX_REPLY_CHARS]
    start = text.find("{")
    while start != -1:
        try:
            value, _end = _DECODER.raw_decode(text, start)
        except json.JSONDecodeError:
            start = text.find("{", start + 1)
            continue
        if isinstance(value, dict):
            return value
        start = text.find("{", start + 1)
    raise NoJsonObject("the reply held no JSON object")


def parse_reply(text: str, schema: type[Reply]) -> Reply:
    """The reply's first JSON object validated as ``schema``.

    Raises NoJsonObject or pydantic's ValidationError.
    """
    return schema.model_validate(first_json_object(text))


async def ask_json(
    chat: ChatModel, model: str, system: str, prompt: str, schema: type[Reply]
) -> Reply:
    """Ask ``model`` for a reply valid as ``schema``; one retry carries the error back."""
    messages: list[ChatMessage] = [
        {"role": "system", "content": system},
        {"role": "user", "content": prompt},
    ]
    for attempt in (1, 2):
        content = await chat.complete(model, messages, json_mode=True)
        try:
            return parse_reply(content, schema)
        except (NoJsonObject, ValidationError) as error:
            log.warning("%s reply failed validation (attempt %d)", chat.name, attempt)
            messages = [
                *messages,
                {"role": "assistant", "content": content[:ECHOED_CHARS]},
                {"role": "user", "content": INVALID_REPLY.format(errors=brief(error))},
            ]
    raise InterviewerError(f"{chat.name} returned no valid JSON twice")


def brief(error: NoJsonObject | ValidationError) -> str:
    """The error as a short JSON list for the model to fix."""
    if isinstance(error, NoJsonObject):
        return json.dumps([{"field": "", "error": "reply with one JSON object, nothing else"}])
    return json.dumps(
        [{"field": ".".join(map(str, e["loc"])), "error": e["msg"]} for e in error.errors()[:5]]
    )
