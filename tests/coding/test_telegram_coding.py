"""A coding interview in Telegram: a real PTB Application against the loopback Bot API fake,
code answers run in bubblewrap (correct, wrong, too slow, not compiling; a .py document)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from engine.providers.bwrap_runner import BwrapRunner
from fakes.telegram_api import FakeTelegram
from tests.bots.telegram_support import (
    TOKEN,
    exchange,
    no_refusals,
    running,
    say,
    settings_for,
)
from tests.coding.answers_support import BROKEN, CORRECT, SLOW, WRONG, fenced, one_task
from tests.coding.support import needs_bwrap

pytestmark = [pytest.mark.usefixtures("app_database_url"), needs_bwrap]

USER = 4242


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram(token=TOKEN) as server:
        yield server


async def test_four_answers_get_their_verdicts_and_the_report_a_coding_section(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    settings = settings_for(fake, tmp_path, default_questions=5)
    async with running(settings, questions=one_task(), code_runner=BwrapRunner()):
        started = await exchange(
            fake, USER, lambda: fake.push_callback(USER, "level:backend_engineer:coding:1", 1),
            "Question 1/5",
        )  # fmt: skip
        assert "contiguous run" in (started.plain or "")
        hint = await say(fake, USER, "/hint", "Hint")
        second = await say(fake, USER, "/hint", "Hint")
        assert hint.plain != second.plain  # the task's hints, one by one

        passed = await say(fake, USER, fenced(CORRECT), "All tests pass")
        assert "Examples: 2/2" in (passed.plain or "") and "Hidden tests: 4/4" in (
            passed.plain or ""
        )
        assert "def max_subarray" in (passed.plain or "")  # the code echoed in a code block
        assert "```python" in (passed.text or "")

        wrong = await say(fake, USER, fenced(WRONG), "Wrong answers")
        text = wrong.plain or ""
        assert "First failing example: example-1" in text
        assert "expected  6" in text and "got       1" in text

        slow = await say(fake, USER, fenced(SLOW), "Too slow")
        assert "Hidden tests: 3/4" in (slow.plain or "")

        broken = await say(fake, USER, fenced(BROKEN), "Syntax error")
        assert "SyntaxError" in (broken.plain or "")
        await fake.wait_for(lambda r: r.chat_id == USER and "Question 5/5" in (r.plain or ""), 15)

        start = len(fake.sent)
        fake.push_document(USER, CORRECT.encode(), "solution.py", "text/x-python", caption=None)
        filed = await fake.wait_for(
            lambda r: r.chat_id == USER and "All tests pass" in (r.plain or ""), 30, start=start
        )
        assert filed.plain
        report = await fake.wait_for(
            lambda r: r.chat_id == USER and "Interview feedback" in (r.plain or ""), 30, start=start
        )
    report_text = report.plain or ""
    assert "Coding" in report_text and "Tests passed 6/6" in report_text
    assert "Syntax error" in report_text and "Too slow" in report_text
    no_refusals(fake)
