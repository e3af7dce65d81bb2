"""Buttons and modals of a question keep working after the bot restarts on the same database."""

from __future__ import annotations

from pathlib import Path

import pytest

from fakes.discord_api import FakeDiscord
from tests.bots.discord_support import (
    STRONG,
    USER,
    active,
    button,
    click,
    running,
    settings_for,
    slash,
    submit,
)

# Every bot here runs on SQLite, and on PostgreSQL too when TEST_DATABASE_URL is set.
pytestmark = pytest.mark.usefixtures("app_database_url")


async def test_old_buttons_and_modals_work_after_a_restart(tmp_path: Path) -> None:
    async with FakeDiscord() as fake:
        settings = settings_for(fake, tmp_path)
        async with running(settings) as app:
            started = await slash(fake, USER, "interview", {"role": "nurse"}, subcommand="start")
            question = await started.reply("Question 1/3")
            before = await active(app, USER)
            assert before is not None
            opened = await click(fake, USER, button(question, "answer"))
            modal_id = (await opened.responded()).json["data"]["custom_id"]
        # A new process: a new App on the same database, a new bot, a new gateway session.
        async with running(settings) as app:
            answered = await submit(fake, USER, modal_id, STRONG)  # typed before the restart
            second = await answered.reply("Question 2/3")
            skipped = await click(fake, USER, button(second, "skip"))
            await skipped.reply("Question 3/3")
            # The first question's buttons know they are old, restart or not.
            stale = await click(fake, USER, button(question, "answer"))
            assert (await stale.responded()).json["type"] == 5
            await stale.reply("under an earlier question")
            after = await active(app, USER)
            assert after is not None and after.id == before.id
            assert after.last_answer is not None and after.last_answer.text == STRONG
            assert after.question_number == 3
            ended = await click(fake, USER, button(question, "end"))
            await ended.report()
            assert await active(app, USER) is None
