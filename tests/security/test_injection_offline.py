"""Prompt injection against the offline interviewer, through the real Telegram bot.

No attempt scores above a plain weak answer to the same question, and nothing the bot sends
quotes a system prompt. One bot serves the whole module; each attempt has its own user.
"""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from bots.app import App
from fakes.telegram_api import FakeTelegram
from tests.bots.telegram_support import TOKEN, no_refusals, running, settings_for
from tests.security.injection import ATTEMPTS, leaked_lines, run_attempt

pytestmark = pytest.mark.asyncio(loop_scope="module")
USERS = itertools.count(20_001)


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def bot(
    module_app_database_url: str, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[tuple[FakeTelegram, App]]:
    """The Telegram bot with the offline interviewer (one follow-up per question)."""
    async with FakeTelegram(token=TOKEN) as fake:
        settings = settings_for(
            fake,
            tmp_path_factory.mktemp("bot"),
            database_url=module_app_database_url,
            llm_provider="offline",
            max_followups=1,
        )
        async with running(settings) as app:
            yield fake, app


@pytest.mark.parametrize("attempt", ATTEMPTS.values(), ids=ATTEMPTS.keys())
async def test_an_injection_attempt_never_outscores_a_weak_answer_nor_reveals_a_prompt(
    bot: tuple[FakeTelegram, App], attempt: str
) -> None:
    fake, app = bot
    run = await run_attempt(fake, app.sql_engine, next(USERS), attempt)
    assert run.attempt_score <= run.weak_score
    assert run.again_score <= run.weak_score
    assert [leaked_lines(text) for text in run.shown if leaked_lines(text)] == []
    no_refusals(fake)
