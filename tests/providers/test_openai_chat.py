"""The OpenAI-compatible path: the real openai SDK against FakeOpenAI (as Ollama, vLLM, ...).

Covers the fake itself (paths, models, faults), the chat port over it (JSON mode, a server
that refuses ``response_format``), and the tolerant parse every LLM reply goes through.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator
from typing import Any

import openai
import pytest
from pydantic import BaseModel, Field, ValidationError

from engine.ports import InterviewerError
from engine.providers.openai_chat import OpenAIChat
from engine.providers.structured import NoJsonObject, ask_json, first_json_object, parse_reply
from fakes.openai_api import FakeOpenAI

MODEL = "llama3.1:8b"
VALID = {"answer": "Index the join column.", "why": "It is the slow part."}


class Verdict(BaseModel):
    """A small reply shape, as a future LLM use (code review, CV extraction) might ask for."""

    answer: str = Field(min_length=5)
    why: str


@pytest.fixture
async def fake() -> AsyncIterator[FakeOpenAI]:
    async with FakeOpenAI(chat_handler=lambda request: VALID) as server:
        yield server


@pytest.fixture
async def client(fake: FakeOpenAI) -> AsyncIterator[openai.AsyncOpenAI]:
    async with openai.AsyncOpenAI(
        api_key="not-needed", base_url=fake.base_url, max_retries=1, timeout=2
    ) as sdk:
        yield sdk


async def ask(chat: OpenAIChat) -> Verdict:
    return await asyncio.wait_for(ask_json(chat, MODEL, "Be brief.", "Why slow?", Verdict), 20)


async def test_the_fake_serves_the_openai_paths_to_the_real_sdk(
    fake: FakeOpenAI, client: openai.AsyncOpenAI
) -> None:
    completion = await client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": "Hi"}]
    )
    models = await client.models.list()
    assert json.loads(completion.choices[0].message.content or "") == VALID
    assert [m.id for m in models.data] == list(fake.models)
    assert [r.path for r in fake.requests] == ["/v1/chat/completions", "/v1/models"]
    assert all(r.has_auth and "Authorization" not in r.headers for r in fake.requests)


async def test_json_mode_is_asked_for_and_the_reply_validated(
    fake: FakeOpenAI, client: openai.AsyncOpenAI
) -> None:
    verdict = await ask(OpenAIChat(client))
    assert verdict == Verdict(**VALID)
    [call] = fake.calls("chat")
    assert call.json is not None and call.json["response_format"] == {"type": "json_object"}


@pytest.mark.parametrize("fault", ["fenced", "prose"])
async def test_json_in_a_fence_or_in_prose_is_accepted_first_time(
    fake: FakeOpenAI, client: openai.AsyncOpenAI, fault: Any
) -> None:
    fake.enqueue_fault(fault)
    assert await ask(OpenAIChat(client)) == Verdict(**VALID)
    assert len(fake.calls("chat")) == 1  # no retry was needed


async def test_a_server_refusing_response_format_is_asked_without_it_from_then_on(
    client: openai.AsyncOpenAI,
) -> None:
    async with FakeOpenAI(
        chat_handler=lambda r: f"Sure: {json.dumps(VALID)}", json_mode=False
    ) as fake:
        client = client.with_options(base_url=fake.base_url)
        chat = OpenAIChat(client)
        assert await ask(chat) == Verdict(**VALID)
        assert await ask(chat) == Verdict(**VALID)
        asked = ["response_format" in (c.json or {}) for c in fake.calls("chat")]
    assert asked == [True, False, False]  # refused once, remembered
    assert chat.json_mode_supported is False


async def test_a_one_off_400_about_response_format_falls_back_too(
    fake: FakeOpenAI, client: openai.AsyncOpenAI
) -> None:
    fake.enqueue_fault("reject_response_format")
    assert await ask(OpenAIChat(client)) == Verdict(**VALID)
    assert [c.fault for c in fake.calls("chat")] == ["reject_response_format", None]


async def test_a_server_error_is_an_interviewer_error_and_json_mode_is_kept(
    client: openai.AsyncOpenAI,
) -> None:
    async with FakeOpenAI() as fake:  # no chat handler: it answers 500
        chat = OpenAIChat(client.with_options(base_url=fake.base_url, max_retries=0))
        with pytest.raises(InterviewerError, match="openai_compat call failed"):
            await ask(chat)
    assert chat.json_mode_supported  # only a 400 naming response_format turns it off


async def test_invalid_json_is_retried_once_with_the_error_then_gives_up(
    fake: FakeOpenAI, client: openai.AsyncOpenAI
) -> None:
    fake.enqueue_fault("invalid_json")
    assert await ask(OpenAIChat(client)) == Verdict(**VALID)
    retry = fake.calls("chat")[-1].json
    assert retry is not None and "not valid" in retry["messages"][-1]["content"]

    fake.enqueue_fault("bad_schema", count=2)
    with pytest.raises(InterviewerError, match="no valid JSON twice"):
        await ask(OpenAIChat(client))


async def test_429_with_retry_after_is_waited_out_and_a_hang_is_cut_off(
    fake: FakeOpenAI, client: openai.AsyncOpenAI
) -> None:
    fake.enqueue_fault("429", retry_after=1)
    started = time.monotonic()
    assert await ask(OpenAIChat(client)) == Verdict(**VALID)
    assert time.monotonic() - started >= 0.9

    fake.enqueue_fault("hang", then="never", count=2)
    started = time.monotonic()
    with pytest.raises(InterviewerError):
        await ask(OpenAIChat(client))  # 2 s timeout, one retry
    assert time.monotonic() - started < 8


@pytest.mark.parametrize(
    "reply",
    [
        json.dumps(VALID),
        f"```json\n{json.dumps(VALID, indent=2)}\n```",
        f"Here is the JSON: {json.dumps(VALID)} Hope it helps {{really}}.",
        f"I think {{this}} matters. {json.dumps(VALID)}",
        f"[1, 2] then {json.dumps(VALID)}",
    ],
    ids=["bare", "fenced", "prose around", "braces before", "array before"],
)
def test_the_first_json_object_is_found_whatever_surrounds_it(reply: str) -> None:
    assert parse_reply(reply, Verdict) == Verdict(**VALID)


@pytest.mark.parametrize("reply", ["", "No JSON here.", "{broken", "[1, 2, 3]"])
def test_a_reply_without_a_json_object_is_refused(reply: str) -> None:
    with pytest.raises(NoJsonObject):
        first_json_object(reply)


def test_a_json_object_of_the_wrong_shape_fails_validation() -> None:
    with pytest.raises(ValidationError):
        parse_reply('Here: {"answer": "no"}', Verdict)
