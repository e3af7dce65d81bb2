"""Code as files in Discord: a .py attachment to /interview answer is run and its verdict shown;
code too long for a 2,000-character message comes back as solution_N.py, not cut short."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from engine.providers.bwrap_runner import BwrapRunner
from fakes.discord_api import FakeDiscord
from tests.bots.discord_support import USER, content, running, settings_for, slash
from tests.coding.answers_support import CORRECT, EXPLANATION, WRONG, fenced, one_task
from tests.coding.support import needs_bwrap

pytestmark = [pytest.mark.usefixtures("app_database_url"), needs_bwrap]

DISCORD_LIMIT = 2000
# The correct solution with its reasoning as comments: longer than a Discord message.
LONG = CORRECT + "".join(
    f"\n# note {i:02}: a negative run ending here never helps the next number, so drop it."
    for i in range(36)
)


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord() as server:
        yield server


async def test_a_py_attachment_is_run_and_long_code_comes_back_as_a_file(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    assert DISCORD_LIMIT < len(fenced(LONG)) <= 4000  # too long to echo, short enough to send
    settings = settings_for(fake, tmp_path, max_followups=0)
    async with running(settings, questions=one_task(), code_runner=BwrapRunner()):
        start = await slash(fake, USER, "interview", {"role": "backend_engineer", "questions": 3,
                                                      "type": "coding", "difficulty": 1},
                            subcommand="start")  # fmt: skip
        await start.reply("Question 1/3")

        upload = fake.make_attachment(CORRECT.encode(), "solution.py", "text/x-python")
        filed = await slash(fake, USER, "interview", {"code_file": upload, "text": EXPLANATION},
                            subcommand="answer")  # fmt: skip
        passed = await filed.reply("All tests pass")
        assert "Examples: 2/2" in content(passed) and "Hidden tests: 4/4" in content(passed)
        assert "```python" in content(passed) and "return best" in content(passed)
        await filed.reply("Question 2/3")

        wrong = fake.make_attachment(WRONG.encode(), "wrong.py", "text/x-python")
        second = await slash(fake, USER, "interview", {"code_file": wrong}, subcommand="answer")
        failed = await second.reply("Wrong answers")
        assert "First failing example: example-1" in content(failed)
        await second.reply("Question 3/3")

        long = await slash(fake, USER, "interview", {"text": fenced(LONG)}, subcommand="answer")
        echoed = await long.reply("All tests pass")
        shown = content(echoed)
        assert len(shown) <= DISCORD_LIMIT
        assert f"Your code ({LONG.count(chr(10)) + 1} lines) is attached as a file." in shown
        assert "note 35" not in shown  # not echoed, not cut: attached whole
        assert echoed.files["solution_3.py"].decode().strip() == LONG
        await long.report()
