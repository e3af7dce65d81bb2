"""The LLM misbehaving under the Telegram bot: every turn is still answered, the user told once.

The in-process adapter (real PTB against the loopback Bot API fake) runs the LLM interviewer
against each provider's loopback fake (Groq's API through the groq SDK, an OpenAI-compatible
server such as Ollama through the openai SDK) with a 1 s timeout and one SDK retry. The fake
answers 429 with Retry-After, 500, hangs past the timeout, and returns text that is not JSON or
JSON of the wrong shape; each time the offline interviewer stands in, and the stand-in notice
reaches the chat exactly once. A local server that refuses ``response_format`` and wraps its
JSON in fences or prose still interviews without the stand-in.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from engine import judge
from fakes.groq_api import FakeGroq
from fakes.openai_api import FakeOpenAI, FaultKind, interviewer_reply
from fakes.telegram_api import FakeTelegram
from tests.bots.telegram_support import running, say, texts_to
from tests.databases import app_database_or
from tests.faults.support import bot_settings
from tests.support.words import words

# Every bot here runs on SQLite, and on PostgreSQL too when TEST_DATABASE_URL is set.
pytestmark = pytest.mark.usefixtures("app_database_url")

TOKEN = "424242:LLM-faults-token-not-real_abcdef"
USER = 3131
QUESTIONS = 6
ANSWER = (
    "In my last role I profiled a slow endpoint, added an index and a cache, and p95 latency "
    "fell from two seconds to 300 ms; I then wrote a runbook so the team could repeat it."
)
STAND_IN = "the built-in interviewer is standing in"


def provider_settings(llm: FakeOpenAI) -> dict[str, Any]:
    """Settings pointing the bot's LLM at ``llm`` (FakeGroq is FakeOpenAI at Groq's paths)."""
    if isinstance(llm, FakeGroq):
        return {
            "llm_provider": "groq",
            "groq_api_key": "gsk_fake_key_not_real",
            "groq_base_url": llm.base_url,
        }
    return {
        "llm_provider": "openai_compat",
        "llm_base_url": llm.base_url,
        "llm_turn_model": "llama3.1:8b",
    }


@pytest.mark.parametrize("provider", [FakeGroq, FakeOpenAI], ids=["groq", "openai_compat"])
async def test_every_turn_is_answered_and_the_stand_in_is_announced_once(
    tmp_path: Path, provider: type[FakeOpenAI]
) -> None:
    assert STAND_IN in words(judge.FALLBACK_NOTICE())
    async with FakeTelegram(token=TOKEN) as fake, provider(chat_handler=interviewer_reply) as llm:
        settings = bot_settings(
            fake,
            app_database_or(f"sqlite:///{tmp_path / 'llm.db'}"),
            **provider_settings(llm),
            # A turn has twice this to answer: room for the 429's one-second wait and its retry
            # even on a loaded machine (at 1 s a busy CI worker tipped it into the stand-in).
            llm_timeout_seconds=2,
            llm_max_retries=1,
            default_questions=QUESTIONS,
        )
        async with running(settings):
            await say(fake, USER, "/interview backend_engineer", f"Question 1/{QUESTIONS}")

            # One 429: the SDK waits the Retry-After second and the retry succeeds.
            llm.enqueue_fault("429", retry_after=1)
            reply = await say(fake, USER, ANSWER, f"Question 2/{QUESTIONS}")
            assert STAND_IN not in (reply.plain or "")
            first, retried = llm.calls("chat")[-2:]
            assert first.fault == "429" and retried.fault is None
            assert retried.received_at - first.received_at >= 0.9

            # Each fault below outlasts the SDK's one retry (or the one retry of a reply that
            # fails validation): 429 with Retry-After 1 s, 500, a 30 s hang, not JSON.
            faults: list[FaultKind] = ["429", "500", "hang", "invalid_json"]
            for number, fault in enumerate(faults, start=3):
                llm.enqueue_fault(fault, count=2, retry_after=1, seconds=30)
                await say(fake, USER, ANSWER, f"Question {number}/{QUESTIONS}")
                assert llm.pending_faults() == 0, fault

            # The last answer gets JSON of the wrong shape twice; the report call a 500 twice.
            llm.enqueue_fault("bad_schema", count=2)
            llm.enqueue_fault("500", count=2)
            report = await say(fake, USER, ANSWER, "Interview feedback")
            assert llm.pending_faults() == 0
        chat = texts_to(fake, USER)

    assert f"({QUESTIONS} of {QUESTIONS} answered)" in (report.plain or "")
    assert sum(text.count(STAND_IN) for text in chat) == 1
    notice_at = next(i for i, text in enumerate(chat) if STAND_IN in text)
    assert f"Question 3/{QUESTIONS}" in chat[notice_at]  # announced with the first stand-in turn
    for number in range(1, QUESTIONS + 1):
        assert any(f"Question {number}/{QUESTIONS}" in text for text in chat), number
    assert not any("Sorry" in text for text in chat)
    assert [e for e in fake.errors if e.method.startswith("send")] == []


async def test_a_local_server_without_json_mode_interviews_without_the_stand_in(
    tmp_path: Path,
) -> None:
    async with (
        FakeTelegram(token=TOKEN) as fake,
        FakeOpenAI(chat_handler=interviewer_reply, json_mode=False) as llm,
    ):
        settings = bot_settings(
            fake,
            app_database_or(f"sqlite:///{tmp_path / 'local.db'}"),
            **provider_settings(llm),
            llm_timeout_seconds=2,
            llm_max_retries=0,
            default_questions=3,
        )
        async with running(settings):
            await say(fake, USER, "/interview nurse", "Question 1/3")
            llm.enqueue_fault("fenced")
            await say(fake, USER, ANSWER, "Question 2/3")
            llm.enqueue_fault("prose")
            await say(fake, USER, ANSWER, "Question 3/3")
            llm.enqueue_fault("prose", count=2)  # the last turn and the report
            report = await say(fake, USER, ANSWER, "Interview feedback")
        chat = texts_to(fake, USER)
        asked = ["response_format" in (call.json or {}) for call in llm.calls("chat")]

    assert asked == [True] + [False] * (len(asked) - 1)  # refused once, then never asked again
    assert len(asked) == 1 + 3 + 1  # the refused call, three turns, the report: no retries
    assert "(3 of 3 answered)" in (report.plain or "")
    assert not any(STAND_IN in text for text in chat)
    assert [e for e in fake.errors if e.method.startswith("send")] == []
