"""A coding interview in Discord: a real discord.py client against the loopback fakes, code
answers by /interview answer, the Answer form and a DM code block, run in bubblewrap."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from engine.providers.bwrap_runner import BwrapRunner
from fakes.discord_api import FakeDiscord
from tests.bots.discord_support import (
    USER,
    button,
    click,
    content,
    dm_reply,
    embeds,
    running,
    settings_for,
    slash,
    submit,
)
from tests.coding.answers_support import BROKEN, CORRECT, SLOW, WRONG, fenced, one_task
from tests.coding.support import needs_bwrap

pytestmark = [pytest.mark.usefixtures("app_database_url"), needs_bwrap]


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord() as server:
        yield server


async def test_code_by_command_form_and_dm_gets_its_verdicts(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    settings = settings_for(fake, tmp_path, max_followups=0)
    async with running(settings, questions=one_task(), code_runner=BwrapRunner()):
        start = await slash(fake, USER, "interview", {"role": "backend_engineer", "questions": 4,
                                                      "type": "coding", "difficulty": 1},
                            subcommand="start")  # fmt: skip
        first = await start.reply("Question 1/4")
        assert "contiguous run" in content(first)

        answer = await slash(
            fake, USER, "interview", {"text": fenced(CORRECT)}, subcommand="answer"
        )
        passed = await answer.reply("All tests pass")
        assert "```python" in content(passed) and len(content(passed)) <= 2000
        second = await answer.reply("Question 2/4")

        # The form's paragraph: bare code, no fences, is code too.
        opened = await click(fake, USER, button(second, "answer"))
        modal_id = (await opened.responded()).json["data"]["custom_id"]
        form = await submit(fake, USER, modal_id, WRONG)
        wrong = await form.reply("Wrong answers")
        assert "First failing example: example-1" in content(wrong)
        await form.reply("Question 3/4")

        since = time.monotonic()
        await fake.send_dm(USER, fenced(SLOW))
        await dm_reply(fake, USER, "Too slow", since)
        await dm_reply(fake, USER, "Question 4/4", since)

        last = await slash(fake, USER, "interview", {"text": fenced(BROKEN)}, subcommand="answer")
        broken = await last.reply("Syntax error")
        assert "SyntaxError" in content(broken)
        report = await last.report()
    fields = {f["name"]: f["value"] for e in embeds(report) for f in e.get("fields", [])}
    assert "Tests passed 6/6" in fields["Coding"]
    assert "Syntax error" in fields["Coding"] and "Too slow" in fields["Coding"]
