"""Privacy and robustness: no pings, the 3-second rule, users kept apart, friendly errors."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bots.discord.send import DISCORD
from engine import entry
from engine.guards import NOT_ALLOWED as NOT_ALLOWED_KEY
from engine.models import Interview
from engine.ports import StorageError, UserProfile
from fakes.discord_api import FakeDiscord
from fakes.interviewers import ScriptedInterviewer
from storage.db import make_engine
from storage.repository import SqlRepository
from tests.bots.discord_support import (
    OTHER,
    STRONG,
    USER,
    WAIT,
    active,
    button,
    click,
    content,
    custom_ids,
    dm_reply,
    is_ephemeral,
    running,
    settings_for,
    slash,
    submit,
)

NOT_YOURS = DISCORD.t(entry.NOT_YOURS())
NOT_ALLOWED = DISCORD.t(NOT_ALLOWED_KEY())
SORRY = DISCORD.t(entry.SORRY())

# Every bot here runs on SQLite, and on PostgreSQL too when TEST_DATABASE_URL is set.
pytestmark = pytest.mark.usefixtures("app_database_url")

PING = "@everyone @here <@311111111111111111> <@&322222222222222222> **bold** `code`"


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord() as server:
        yield server


class FailingRepository(SqlRepository):
    """The SQL repository, whose next calls fail with ``failures[method]`` (first in, first out)."""

    def __init__(self, database_url: str) -> None:
        super().__init__(make_engine(database_url))
        self.failures: dict[str, list[Exception]] = {}

    def _fail(self, method: str) -> None:
        if self.failures.get(method):
            raise self.failures[method].pop(0)

    def active_interview(self, user_id: int) -> Interview | None:
        self._fail("active_interview")
        return super().active_interview(user_id)

    def update_user(self, profile: UserProfile) -> None:
        self._fail("update_user")
        super().update_user(profile)


async def test_user_text_pings_nobody_and_cannot_format(fake: FakeDiscord, tmp_path: Path) -> None:
    async with running(settings_for(fake, tmp_path)):
        echoed = await slash(fake, USER, "interview", {"role": PING}, subcommand="start")
        reply = await echoed.reply("I don't know the role")
        raw = reply.json["content"]
        assert "@\u200beveryone" in raw and "@\u200bhere" in raw and "@everyone" not in raw
        assert "<@311111111111111111>" not in raw and "\\*\\*bold\\*\\*" in raw
        assert content(reply).count("bold") == 1
        await slash(fake, USER, "interview", {"role": "nurse"}, subcommand="start")
        answer = await slash(fake, USER, "interview", {"text": PING}, subcommand="answer")
        await answer.reply("Question")
        since = time.monotonic()
        await fake.send_dm(USER, PING)
        await dm_reply(fake, USER, "", since)
        sent = fake.messages()
        assert sent and all(
            (c.json.get("data", c.json) if c.path.endswith("/callback") else c.json).get(
                "allowed_mentions"
            )
            == {"parse": []}
            for c in sent
            if isinstance(c.json, dict) and c.json.get("type") not in (5, 6, 8, 9)
        )


async def test_interactions_are_deferred_within_3_s_while_the_llm_takes_5(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    slow = ScriptedInterviewer(latency=5)
    settings = settings_for(fake, tmp_path, max_followups=1, llm_timeout_seconds=10)
    async with running(settings, interviewer=slow):
        started = await slash(fake, USER, "interview", {"role": "nurse"}, subcommand="start")
        await started.reply("Question 1/3")
        answer = await slash(fake, USER, "interview", {"text": STRONG}, subcommand="answer")
        callback = await answer.responded(timeout=3)
        dispatched = fake.dispatched[answer.interaction_id]
        assert callback.json["type"] == 5 and callback.at - dispatched < 3
        follow_up = await answer.reply("Tell me more", timeout=WAIT)
        assert follow_up.at - dispatched >= 5
        assert len(slow.calls) == 1


async def test_the_answer_button_is_acknowledged_in_time_behind_a_slow_turn(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    slow = ScriptedInterviewer(latency=5)
    settings = settings_for(fake, tmp_path, max_followups=1, llm_timeout_seconds=10)
    async with running(settings, interviewer=slow):
        started = await slash(fake, USER, "interview", {"role": "nurse"}, subcommand="start")
        question = await started.reply("Question 1/3")
        answer = await slash(fake, USER, "interview", {"text": STRONG}, subcommand="answer")
        await answer.responded(timeout=3)
        # The form cannot open before the answer's turn is over, 5 s from now: acknowledged
        # within 3 s all the same, and then told the button is under an earlier question.
        pressed = await click(fake, USER, button(question, "answer"))
        callback = await pressed.responded(timeout=3)
        dispatched = fake.dispatched[pressed.interaction_id]
        assert callback.json["type"] == 5 and callback.at - dispatched < 3
        await answer.reply("Tell me more", timeout=WAIT)
        await pressed.reply("under an earlier question", timeout=WAIT)
        assert is_ephemeral(callback) and len(slow.calls) == 1


async def test_two_users_in_one_channel_never_see_or_answer_each_others_interviews(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    async with running(settings_for(fake, tmp_path)) as app:
        mine = await slash(fake, USER, "interview", {"role": "nurse"}, subcommand="start")
        question = await mine.reply("Question 1/3")
        theirs = await slash(fake, OTHER, "interview", {"role": "teacher"}, subcommand="start")
        await theirs.reply("Question 1/3")
        before = await active(app, USER)
        assert before is not None
        for action in ("skip", "end"):
            pressed = await click(fake, OTHER, button(question, action))
            await pressed.reply(NOT_YOURS)
        opened = await click(fake, OTHER, button(question, "answer"))
        refused = await opened.responded()
        assert refused.json["type"] == 4 and NOT_YOURS in content(refused)
        forged = await submit(fake, OTHER, f"ipp:modal:{before.id}", "my answer in your interview")
        await forged.reply(NOT_YOURS)
        assert await active(app, USER) == before  # untouched
        other = await active(app, OTHER)
        assert other is not None and other.id != before.id and other.last_answer is None
        for conversation in (mine, theirs, opened, forged):
            assert conversation.calls and all(is_ephemeral(c) for c in conversation.calls)
        interaction_calls = [c for c in fake.messages() if "/channels/" not in c.path]
        assert interaction_calls and all(is_ephemeral(c) for c in interaction_calls)


async def test_users_outside_the_allow_list_are_refused_everywhere(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    async with running(settings_for(fake, tmp_path, allowed_user_ids=str(USER))) as app:
        refused = await slash(fake, OTHER, "interview", {"role": "nurse"}, subcommand="start")
        answer = await refused.responded()
        assert answer.json["type"] == 4 and content(answer) == NOT_ALLOWED
        assert is_ephemeral(answer)
        typed = await fake.send_autocomplete(OTHER, "interview", "start", "role", "nu")
        empty = await fake.wait_for(lambda c: f"/{typed}/" in c.path, WAIT)
        assert empty.json == {"type": 8, "data": {"choices": []}}
        since = time.monotonic()
        await fake.send_dm(OTHER, "let me in")
        await dm_reply(fake, OTHER, NOT_ALLOWED, since)
        allowed = await slash(fake, USER, "interview", {"role": "nurse"}, subcommand="start")
        await allowed.reply("Question 1/3")
        assert await active(app, OTHER) is None


async def test_failures_become_friendly_messages(fake: FakeDiscord, tmp_path: Path) -> None:
    settings = settings_for(fake, tmp_path)
    repository = FailingRepository(settings.database_url)
    try:
        async with running(settings, repository=repository):
            repository.failures["active_interview"] = [StorageError("down"), StorageError("down")]
            down = await slash(fake, USER, "interview", subcommand="skip")
            await down.reply("couldn't reach my database")
            repository.failures["active_interview"] = [RuntimeError("boom: internal detail")]
            failed = await slash(fake, USER, "interview", subcommand="end")
            sorry = await failed.reply(SORRY)
            assert "boom" not in content(sorry) and "Traceback" not in content(sorry)

            repository.failures["update_user"] = [RuntimeError("boom")]
            voice = await slash(fake, USER, "voice", {"mode": "off"})
            await voice.reply(SORRY)
    finally:
        repository.engine.dispose()


async def test_privacy_delete_asks_first_and_only_the_owner_confirms(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    async with running(settings_for(fake, tmp_path)) as app:
        started = await slash(fake, USER, "interview", {"role": "nurse"}, subcommand="start")
        await started.reply("Question 1/3")
        asked = await slash(fake, USER, "privacy", subcommand="delete")
        confirm = await asked.reply("Delete everything?")
        yes = next(i for i in custom_ids(confirm) if i.endswith(":yes"))
        intruder = await click(fake, OTHER, yes)
        refused = await intruder.responded()
        assert refused.json["type"] == 4 and content(refused) == NOT_YOURS and is_ephemeral(refused)
        assert await active(app, USER) is not None
        pressed = await click(fake, USER, yes)
        edited = await pressed.wait(lambda c: c.method == "PATCH")
        assert (await pressed.responded()).json["type"] == 6
        assert edited.path.endswith("/messages/@original")
        assert "I deleted everything I stored about you" in content(edited)
        assert edited.json["components"] == []
        assert await active(app, USER) is None
