"""/hint and /example in Telegram: a real PTB Application against the loopback Bot API fake.

The questions come from a stand-in source (tests/support/examples.py): the first has its own
hint and example, the second has neither, so its example comes from the LLM (the loopback Groq
fake) or, offline, is a friendly "none yet".
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from fakes.groq_api import FakeGroq
from fakes.telegram_api import FakeTelegram
from tests.bots.telegram_support import (
    STRONG,
    TOKEN,
    no_refusals,
    running,
    say,
    settings_for,
    texts_to,
)
from tests.support.examples import (
    EXAMPLE_TEXT,
    HINT_TEXT,
    LLM_EXAMPLE,
    LLM_WHY,
    SITUATIONAL_NUDGE,
    ExampleQuestions,
)

pytestmark = pytest.mark.usefixtures("app_database_url")

USER = 2024
NO_EXAMPLE_YET = "no example to show"
WHY = "Why it is strong:"


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram(token=TOKEN) as server:
        yield server


async def test_hints_examples_and_the_report_notes_offline(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    async with running(settings_for(fake, tmp_path), questions=ExampleQuestions()):
        commands = fake.menu()
        assert {"hint", "example"} <= {c["command"] for c in commands}
        helped = await say(fake, USER, "/help", "/hint")
        assert "/example" in (helped.plain or "")

        await say(fake, USER, "/interview backend_engineer", "Question 1/3")
        instead = await say(fake, USER, "/example", NO_EXAMPLE_YET)
        assert HINT_TEXT in (instead.plain or "")
        await say(fake, USER, "/hint", HINT_TEXT)
        await say(fake, USER, STRONG, "Question 2/3")

        shown = await say(fake, USER, "/example", "Example answer · question 1")
        assert EXAMPLE_TEXT in (shown.plain or "") and WHY in (shown.plain or "")
        await say(fake, USER, "/redo", "Question 1/3")
        await say(fake, USER, STRONG + " I then wrote a runbook for the team.", "Question 2/3")

        await say(fake, USER, "/hint", SITUATIONAL_NUDGE)  # question 2 has no hint of its own
        await say(fake, USER, "/skip", "Question 3/3")
        await say(fake, USER, "/example", "no example answer for question 2 yet")
        report = await say(fake, USER, STRONG, "Interview feedback")
    text = report.plain or ""
    assert "hint used, redone after seeing the example answer" in text
    assert text.count("hint used") == 2  # questions 1 and 2, not 3
    assert text.count("redone after seeing the example answer") == 1
    assert "(2 of 3 answered)" in text
    no_refusals(fake)


def groq_reply(request: dict[str, Any]) -> str:
    """An assessment, a report or, for the example call, a model answer."""
    system = request["messages"][0]["content"]
    if "model answers" in system:
        return json.dumps({"answer": LLM_EXAMPLE, "why": LLM_WHY})
    if "final feedback" in system:
        return json.dumps(
            {"strengths": [], "improvements": [], "question_notes": {}, "summary": ""}
        )
    return json.dumps(
        {"persona": "normal", "communication": 4, "knowledge": 4, "structure": 4,
         "good": "Concrete.", "missing": "", "follow_up": None}
    )  # fmt: skip


async def test_an_example_for_a_question_without_one_comes_from_the_llm(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    async with FakeGroq(chat_handler=groq_reply) as groq:
        settings = settings_for(
            fake,
            tmp_path,
            llm_provider="groq",
            groq_api_key="gsk_fake_key_not_real",
            groq_base_url=groq.base_url,
            llm_timeout_seconds=5,
            llm_max_retries=1,
        )
        async with running(settings, questions=ExampleQuestions()):
            await say(fake, USER, "/interview backend_engineer", "Question 1/3")
            await say(fake, USER, STRONG, "Question 2/3")
            before = len(groq.calls("chat"))
            own = await say(fake, USER, "/example", "Example answer · question 1")
            assert EXAMPLE_TEXT in (own.plain or "")
            assert len(groq.calls("chat")) == before  # the question's own: no LLM call

            await say(fake, USER, STRONG, "Question 3/3")
            written = await say(fake, USER, "/example", "Example answer · question 2")
            assert LLM_EXAMPLE in (written.plain or "") and LLM_WHY in (written.plain or "")
            assert len(groq.calls("chat")) == before + 2  # the answer's assessment, the example

            groq.enqueue_fault("500")
            groq.enqueue_fault("500")
            await say(fake, USER, "/example", "no example answer for question 2 yet")
    assert not any("Traceback" in text for text in texts_to(fake, USER))
