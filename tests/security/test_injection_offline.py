"""Prompt injection against the offline interviewer, through the real Telegram bot.

Every attack is paired with the same answer without it, on the same question: the attack
stores no score above its base, and nothing the bot sends quotes a system prompt. One bot
serves the whole module; each pair has its own user.
"""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator
from dataclasses import dataclass

import pytest
import pytest_asyncio

from bots.app import App
from fakes.telegram_api import FakeTelegram
from tests.bots.telegram_support import TOKEN, no_refusals, running, settings_for
from tests.databases import empty_database
from tests.security.injection import DEV_PAIRS, PAIRS, Pair, PinnedQuestions, leaked_lines, run_pair

pytestmark = pytest.mark.asyncio(loop_scope="module")
USERS = itertools.count(20_001)


@dataclass
class OfflineBot:
    """The running bot, its Telegram fake and the question pin."""

    fake: FakeTelegram
    app: App
    questions: PinnedQuestions


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def bot(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[OfflineBot]:
    """The Telegram bot with the offline interviewer (one follow-up per question), on SQLite:
    what an attack can do to the score does not depend on where turns are stored."""
    questions = PinnedQuestions()
    database_url = empty_database(request, "sqlite", tmp_path_factory.mktemp("db"))
    async with FakeTelegram(token=TOKEN) as fake:
        settings = settings_for(
            fake,
            tmp_path_factory.mktemp("bot"),
            database_url=database_url,
            llm_provider="offline",
            max_followups=1,
        )
        async with running(settings, questions=questions) as app:
            yield OfflineBot(fake, app, questions)


@pytest.mark.parametrize("pair", PAIRS + DEV_PAIRS, ids=[p.kind for p in PAIRS + DEV_PAIRS])
async def test_an_attack_never_outscores_its_base_answer_nor_reveals_a_prompt(
    bot: OfflineBot, pair: Pair
) -> None:
    run = await run_pair(bot.fake, bot.app.sql_engine, bot.questions, next(USERS), pair)
    assert run.attack_score <= run.base_score
    assert [leaked_lines(text) for text in run.shown if leaked_lines(text)] == []
    no_refusals(bot.fake)
