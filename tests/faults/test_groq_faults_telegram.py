"""Groq misbehaving under the Telegram bot: every turn is still answered, the user told once.

The in-process adapter (real PTB against the loopback Bot API fake) runs the Groq interviewer
against the loopback Groq fake with a 1 s timeout and one SDK retry. The fake answers 429 with
Retry-After, 500, hangs past the timeout, and returns text that is not JSON or JSON of the
wrong shape; each time the offline interviewer stands in, and the stand-in notice reaches the
chat exactly once.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from engine import judge
from fakes.groq_api import FakeGroq, FaultKind
from fakes.telegram_api import FakeTelegram
from tests.bots.telegram_support import running, say, texts_to
from tests.databases import app_database_or
from tests.faults.support import bot_settings
from tests.support.words import words

# Every bot here runs on SQLite, and on PostgreSQL too when TEST_DATABASE_URL is set.
pytestmark = pytest.mark.usefixtures("app_database_url")

TOKEN = "424242:GROQ-faults-token-not-real_abcdef"
USER = 3131
QUESTIONS = 6
ANSWER = (
    "In my last role I profiled a slow endpoint, added an index and a cache, and p95 latency "
    "fell from two seconds to 300 ms; I then wrote a runbook so the team could repeat it."
)
TURN_REPLY = {
    "persona": "normal", "communication": 4, "knowledge": 4, "structure": 4,
    "good": "Concrete and measured.", "missing": "", "follow_up": None,
}  # fmt: skip
REPORT_REPLY = {"strengths": [], "improvements": [], "question_notes": {}, "summary": "Solid."}
STAND_IN = "the built-in interviewer is standing in"


def groq_reply(request: dict[str, Any]) -> str:
    """A valid turn assessment, or a valid report for the report call."""
    system = request["messages"][0]["content"]
    return json.dumps(REPORT_REPLY if "final feedback" in system else TURN_REPLY)


async def test_every_turn_is_answered_and_the_stand_in_is_announced_once(
    tmp_path: Path,
) -> None:
    assert STAND_IN in words(judge.FALLBACK_NOTICE())
    async with FakeTelegram(token=TOKEN) as fake, FakeGroq(chat_handler=groq_reply) as groq:
        settings = bot_settings(
            fake,
            app_database_or(f"sqlite:///{tmp_path / 'groq.db'}"),
            llm_provider="groq",
            groq_api_key="gsk_fake_key_not_real",
            groq_base_url=groq.base_url,
            llm_timeout_seconds=1,
            llm_max_retries=1,
            default_questions=QUESTIONS,
        )
        async with running(settings):
            await say(fake, USER, "/interview backend_engineer", f"Question 1/{QUESTIONS}")

            # One 429: the SDK waits the Retry-After second and the retry succeeds.
            groq.enqueue_fault("429", retry_after=1)
            reply = await say(fake, USER, ANSWER, f"Question 2/{QUESTIONS}")
            assert STAND_IN not in (reply.plain or "")
            first, retried = groq.calls("chat")[-2:]
            assert first.fault == "429" and retried.fault is None
            assert retried.received_at - first.received_at >= 0.9

            # Each fault below outlasts the SDK's one retry (or the one retry of a reply that
            # fails validation): 429 with Retry-After 1 s, 500, a 30 s hang, not JSON.
            faults: list[FaultKind] = ["429", "500", "hang", "invalid_json"]
            for number, fault in enumerate(faults, start=3):
                groq.enqueue_fault(fault, count=2, retry_after=1, seconds=30)
                await say(fake, USER, ANSWER, f"Question {number}/{QUESTIONS}")
                assert groq.pending_faults() == 0, fault

            # The last answer gets JSON of the wrong shape twice; the report call a 500 twice.
            groq.enqueue_fault("bad_schema", count=2)
            groq.enqueue_fault("500", count=2)
            report = await say(fake, USER, ANSWER, "Interview feedback")
            assert groq.pending_faults() == 0
        chat = texts_to(fake, USER)

    assert f"({QUESTIONS} of {QUESTIONS} answered)" in (report.plain or "")
    assert sum(text.count(STAND_IN) for text in chat) == 1
    notice_at = next(i for i, text in enumerate(chat) if STAND_IN in text)
    assert f"Question 3/{QUESTIONS}" in chat[notice_at]  # announced with the first stand-in turn
    for number in range(1, QUESTIONS + 1):
        assert any(f"Question {number}/{QUESTIONS}" in text for text in chat), number
    assert not any("Sorry" in text for text in chat)
    assert [e for e in fake.errors if e.method.startswith("send")] == []
