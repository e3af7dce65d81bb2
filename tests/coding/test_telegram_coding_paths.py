"""A coding interview in Telegram, beside the plain answer: code too long for a 4,096-character
message comes back as solution_N.py, and /progress counts the finished coding interview."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bots.render import CODE_ROOM
from engine.providers.bwrap_runner import BwrapRunner
from fakes.telegram_api import FakeTelegram
from tests.bots.telegram_support import (
    TOKEN,
    exchange,
    no_refusals,
    running,
    say,
    settings_for,
    shows,
)
from tests.coding.answers_support import CORRECT, fenced, one_task
from tests.coding.support import needs_bwrap

pytestmark = [pytest.mark.usefixtures("app_database_url"), needs_bwrap]

USER = 4343
TELEGRAM_LIMIT = 4096
# The correct solution with its reasoning as comments: too long to echo beside the verdict.
LONG = CORRECT + "".join(
    f"\n# note {i:02}: a negative run ending here never helps the next number, so drop it."
    for i in range(42)
)


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram(token=TOKEN) as server:
        yield server


async def test_long_code_comes_back_as_a_file_and_progress_counts_the_coding_interview(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    assert len(LONG) + CODE_ROOM > TELEGRAM_LIMIT >= len(fenced(LONG))  # too long to echo
    settings = settings_for(fake, tmp_path, default_questions=1, max_followups=0)
    async with running(settings, questions=one_task(), code_runner=BwrapRunner()):
        await exchange(
            fake, USER, lambda: fake.push_callback(USER, "level:backend_engineer:coding:1", 1),
            "Question 1/1",
        )  # fmt: skip
        start = len(fake.sent)
        passed = await say(fake, USER, fenced(LONG), "All tests pass")
        shown = passed.plain or ""
        assert f"Your code ({LONG.count(chr(10)) + 1} lines) is attached as a file." in shown
        assert "note 41" not in shown  # not echoed, not cut: attached whole
        filed = await fake.wait_for(
            lambda r: r.chat_id == USER and r.filename == "solution_1.py", 15, start=start
        )
        assert (filed.file or b"").decode().strip() == LONG
        await fake.wait_for(shows(USER, "Interview feedback"), 15, start=start)

        progress = await say(fake, USER, "/progress", "Your scores")
    assert "1 coding interview" in (progress.plain or "").splitlines()  # one line, singular
    no_refusals(fake)
