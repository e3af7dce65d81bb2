"""The Bot API refusing sends for a while (429 flood control, 502): nothing the bot says is lost.

The in-process adapter (real PTB, AIORateLimiter on) talks to the loopback fake, which fails
chosen ``sendMessage`` calls. A 429 is waited out (its retry_after) and a 5xx retried with a
short backoff, so every reply still arrives, in order, and the user never sees an error.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from fakes.telegram_api import FakeTelegram
from tests.bots.telegram_support import running, say, texts_to
from tests.databases import app_database_or
from tests.faults.support import WAIT, bot_settings

pytestmark = [
    # Every bot here runs on SQLite, and on PostgreSQL too when TEST_DATABASE_URL is set.
    pytest.mark.usefixtures("app_database_url"),
    # PTB's own AIORateLimiter reads RetryAfter.retry_after, which PTB 22 flags as deprecated.
    pytest.mark.filterwarnings("ignore:.*retry_after:telegram.warnings.PTBDeprecationWarning"),
]
TOKEN = "515151:SEND-faults-token-not-real_abcdef"
USER, OTHER = 6161, 6262
QUESTIONS = 5
ANSWER = (
    "I split the release into small steps, measured error rates after each, and rolled back "
    "once when errors rose by 2 percent; the launch finished a day early."
)


async def test_flood_control_and_bad_gateway_lose_no_reply(tmp_path: Path) -> None:
    async with FakeTelegram(token=TOKEN) as fake:
        async with running(
            bot_settings(
                fake,
                app_database_or(f"sqlite:///{tmp_path / 'send.db'}"),
                default_questions=QUESTIONS,
            )
        ):
            await say(fake, USER, "/interview backend_engineer", "Question 1/")
            await say(fake, OTHER, "/interview nurse", "Question 1/")

            fake.fail_next("sendMessage", 429, retry_after=1)
            started = time.monotonic()
            await say(fake, USER, ANSWER, f"Question 2/{QUESTIONS}")
            assert time.monotonic() - started >= 1.0  # the retry_after second was respected

            fake.fail_next("sendMessage", 502, times=2)
            await say(fake, USER, ANSWER, f"Question 3/{QUESTIONS}")

            # Both users at once, with the next sends failing 429, 502, 502, 503, 500 in turn.
            fake.fail_next("sendMessage", 429, retry_after=1)
            for status in (502, 502, 503, 500):
                fake.fail_next("sendMessage", status)
            fake.push_text(USER, ANSWER)
            fake.push_text(OTHER, ANSWER)
            fake.push_text(USER, ANSWER)
            await fake.wait_for_text(USER, f"Question 5/{QUESTIONS}", WAIT)
            await fake.wait_for_text(OTHER, f"Question 2/{QUESTIONS}", WAIT)

            fake.fail_next("sendMessage", 502)
            await say(fake, USER, "/end", "Interview feedback")

        mine, theirs = texts_to(fake, USER), texts_to(fake, OTHER)
        refused = [(e.method, e.status) for e in fake.errors]

    assert refused.count(("sendMessage", 429)) == 2
    assert sorted(s for m, s in refused if m == "sendMessage" and s >= 500) == [
        500, 502, 502, 502, 502, 502, 503,
    ]  # fmt: skip
    expected = [f"Question {n}/{QUESTIONS}" for n in range(1, QUESTIONS + 1)]
    shown = [next((q for q in expected if q in text), text) for text in mine]
    assert shown[:-1] == expected, mine  # each question once, in order
    assert "Interview feedback" in mine[-1]
    assert len(theirs) == 2 and f"Question 2/{QUESTIONS}" in theirs[1]
    assert not any("Sorry" in text for text in mine + theirs)
