"""FakeGroq's chat route behaves like Groq for the real SDK, faults included."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator
from typing import Any

import groq
import pytest

from fakes.groq_api import NOT_JSON, FakeGroq

MODEL = "llama-3.3-70b-versatile"
MESSAGES: list[Any] = [
    {"role": "system", "content": "You are an interviewer."},
    {"role": "user", "content": "I led the migration."},
]


@pytest.fixture
async def fake() -> AsyncIterator[FakeGroq]:
    async with FakeGroq() as server:
        yield server


@pytest.fixture
async def client(fake: FakeGroq) -> AsyncIterator[groq.AsyncGroq]:
    async with groq.AsyncGroq(
        api_key="test-key", base_url=fake.base_url, max_retries=1, timeout=5
    ) as sdk:
        yield sdk


async def ask(client: groq.AsyncGroq, **options: Any) -> str | None:
    completion = await asyncio.wait_for(
        client.with_options(**options).chat.completions.create(model=MODEL, messages=MESSAGES),
        20,
    )
    assert completion.object == "chat.completion"
    assert completion.model == MODEL
    return completion.choices[0].message.content


async def test_chat_handler_dict_becomes_json_content(
    fake: FakeGroq, client: groq.AsyncGroq
) -> None:
    fake.chat_handler = lambda request: {"score": 4, "model": request["model"]}

    content = await ask(client)

    assert json.loads(content or "") == {"score": 4, "model": MODEL}
    [request] = fake.requests
    assert request.path == "/openai/v1/chat/completions"
    assert request.json is not None and request.json["messages"] == MESSAGES
    assert request.has_auth and "Authorization" not in request.headers
    assert fake.prompt_chars == [len("You are an interviewer.") + len("I led the migration.")]


async def test_async_chat_handler_string_is_the_content(
    fake: FakeGroq, client: groq.AsyncGroq
) -> None:
    async def handler(request: dict[str, Any]) -> str:
        return "Tell me more."

    fake.chat_handler = handler

    assert await ask(client) == "Tell me more."


async def test_no_handler_is_a_server_error(fake: FakeGroq, client: groq.AsyncGroq) -> None:
    with pytest.raises(groq.InternalServerError):
        await ask(client, max_retries=0)


@pytest.mark.parametrize(
    ("kind", "error"),
    [("429", groq.RateLimitError), ("500", groq.InternalServerError), ("503", groq.APIStatusError)],
)
async def test_status_faults_exhaust_sdk_retries(
    fake: FakeGroq, client: groq.AsyncGroq, kind: str, error: type[Exception]
) -> None:
    fake.chat_handler = lambda request: "fine"
    fake.enqueue_fault(kind, count=2, retry_after=0.1)  # type: ignore[arg-type]

    with pytest.raises(error):
        await ask(client)
    assert [r.fault for r in fake.requests] == [kind, kind]
    assert await ask(client) == "fine"


async def test_429_carries_retry_after_and_a_groq_error_body(
    fake: FakeGroq, client: groq.AsyncGroq
) -> None:
    fake.enqueue_fault("429", retry_after=7)

    with pytest.raises(groq.RateLimitError) as caught:
        await ask(client, max_retries=0)

    assert caught.value.response.headers["retry-after"] == "7"
    body = caught.value.body
    assert isinstance(body, dict)
    assert body["error"]["code"] == "rate_limit_exceeded"
    assert "Please try again in 7s" in body["error"]["message"]


async def test_content_faults(fake: FakeGroq, client: groq.AsyncGroq) -> None:
    fake.chat_handler = lambda request: {"score": 4}
    fake.enqueue_fault("invalid_json")
    fake.enqueue_fault("bad_schema")

    assert await ask(client) == NOT_JSON
    assert "score" not in json.loads(await ask(client) or "")
    assert json.loads(await ask(client) or "") == {"score": 4}


async def test_hang_then_answer_and_latency(fake: FakeGroq, client: groq.AsyncGroq) -> None:
    fake.chat_handler = lambda request: "late"
    fake.latency = 0.2
    fake.enqueue_fault("hang", seconds=0.3)

    started = time.monotonic()
    assert await ask(client) == "late"
    assert time.monotonic() - started >= 0.5


async def test_endless_hang_times_out_the_sdk(fake: FakeGroq, client: groq.AsyncGroq) -> None:
    fake.enqueue_fault("hang", then="never")

    started = time.monotonic()
    with pytest.raises(groq.APITimeoutError):
        await ask(client, max_retries=0, timeout=0.5)
    assert time.monotonic() - started < 3


def test_unknown_fault_kinds_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown fault"):
        FakeGroq().enqueue_fault("418")  # type: ignore[arg-type]
