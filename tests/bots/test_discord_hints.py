"""Hint and Example answer in Discord: a real discord.py bot against the loopback fake.

The questions come from a stand-in source (tests/support/examples.py): the first has its own
hint and example, the second has neither (a nudge from its type; offline, no example yet).
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from fakes.discord_api import FakeDiscord
from fakes.groq_api import FakeGroq
from tests.bots.discord_support import (
    STRONG,
    USER,
    active,
    button,
    click,
    content,
    custom_ids,
    embeds,
    running,
    settings_for,
    slash,
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


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord() as server:
        yield server


def actions(call: Any) -> list[str]:
    """The buttons under a message, by action (ipp:<action>:…)."""
    return [custom_id.split(":")[1] for custom_id in custom_ids(call)]


async def test_hint_and_example_buttons_and_the_example_command(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    async with running(settings_for(fake, tmp_path), questions=ExampleQuestions()) as app:
        helped = await slash(fake, USER, "help")
        assert "/interview example" in content(await helped.reply("Hint button"))

        start = await slash(fake, USER, "interview", {"role": "backend_engineer"},
                            subcommand="start")  # fmt: skip
        first = await start.reply("Question 1/3")
        assert actions(first) == ["answer", "skip", "hint", "end"]  # no question before it
        hinted = await click(fake, USER, button(first, "hint"))
        await hinted.reply(HINT_TEXT)
        early = await slash(fake, USER, "interview", subcommand="example")
        assert HINT_TEXT in content(await early.reply("no example to show"))

        answered = await slash(fake, USER, "interview", {"text": STRONG}, subcommand="answer")
        second = await answered.reply("Question 2/3")
        assert actions(second) == ["answer", "skip", "hint", "example", "end"]
        shown = await click(fake, USER, button(second, "example"))
        example = content(await shown.reply("Example answer · question 1"))
        assert EXAMPLE_TEXT in example and "Why it is strong:" in example

        redo = await slash(fake, USER, "interview", subcommand="redo")
        await redo.reply("Question 1/3")
        again = await slash(fake, USER, "interview", {"text": STRONG + " It held."},
                            subcommand="answer")  # fmt: skip
        second = await again.reply("Question 2/3")
        nudged = await click(fake, USER, button(second, "hint"))
        await nudged.reply(SITUATIONAL_NUDGE)
        skipped = await click(fake, USER, button(second, "skip"))
        third = await skipped.reply("Question 3/3")
        none_yet = await click(fake, USER, button(third, "example"))  # question 2's
        await none_yet.reply("no example answer for question 2 yet")
        interview = await active(app, USER)
        assert interview is not None and interview.question_number == 3
        assert len(interview.answers) == 1  # hints and examples are no answers

        last = await slash(fake, USER, "interview", {"text": STRONG}, subcommand="answer")
        report = embeds(await last.report())
        notes = " ".join(f["value"] for e in report for f in e.get("fields", []))
        assert "(hint used, redone after seeing the example answer)" in notes
        assert "Skipped. *(hint used)*" in notes


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


async def test_the_example_of_a_question_without_one_is_the_llms(
    fake: FakeDiscord, tmp_path: Path
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
            start = await slash(fake, USER, "interview", {"role": "backend_engineer"},
                                subcommand="start")  # fmt: skip
            await start.reply("Question 1/3")
            skip = await slash(fake, USER, "interview", subcommand="skip")
            second = await skip.reply("Question 2/3")
            answered = await slash(fake, USER, "interview", {"text": STRONG}, subcommand="answer")
            third = await answered.reply("Question 3/3")
            own = await click(fake, USER, button(second, "example"))  # question 1's own
            assert EXAMPLE_TEXT in content(await own.reply("Example answer · question 1"))
            written = await click(fake, USER, button(third, "example"))
            shown = content(await written.reply("Example answer · question 2"))
            assert LLM_EXAMPLE in shown and LLM_WHY in shown
    examples = [c for c in groq.calls("chat") if "model answers" in json.dumps(c.json)]
    assert len(examples) == 1
