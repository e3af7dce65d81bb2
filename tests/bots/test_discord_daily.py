"""Daily practice on Discord: /remind, prompts by DM, scored answers, progress and export."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from engine.actions import Delivery, Notice
from engine.daily import fire_on
from engine.daily_practice import QUESTION_GONE
from fakes.clock import OffsetClock
from fakes.discord_api import FakeDiscord
from tests.bots.discord_support import (
    STRONG,
    USER,
    WAIT,
    content,
    dm_reply,
    embeds,
    key,
    profile_id,
    settings_for,
    slash,
    started,
)

# Every bot here runs on SQLite, and on PostgreSQL too when TEST_DATABASE_URL is set.
pytestmark = pytest.mark.usefixtures("app_database_url")


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord() as server:
        yield server


async def finish_interview(fake: FakeDiscord) -> None:
    """A one-question interview answered by DM, up to its report."""
    begun = await slash(
        fake, USER, "interview", {"role": "backend_engineer", "questions": 1}, subcommand="start"
    )
    await begun.reply("Question 1/1")
    since = time.monotonic()
    await fake.send_dm(USER, STRONG)
    dm = f"/channels/{fake.dm_channel(USER)}/messages"
    await fake.wait_for(lambda c: c.path == dm and c.at >= since and bool(embeds(c)), WAIT)


async def test_remind_set_then_a_prompt_by_dm_is_answered_with_a_streak(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    async with started(settings_for(fake, tmp_path)) as (app, adapter):
        chat = await slash(
            fake, USER, "remind", {"time": "08:30", "timezone": "Europe/Berlin"}, subcommand="set"
        )
        await chat.reply("08:30")
        shown = await slash(fake, USER, "remind", subcommand="show")
        await shown.reply("Europe/Berlin")

        reminder = await app.daily.reminder(await profile_id(app, USER))
        assert reminder is not None and reminder.chat_id == str(fake.dm_channel(USER))
        since = time.monotonic()
        result = await app.daily.deliver(reminder, app.daily.clock.now(), adapter.notifier)
        assert result is Delivery.SENT
        await dm_reply(fake, USER, "question of the day", since)

        since = time.monotonic()
        await fake.send_dm(USER, STRONG)
        feedback = await dm_reply(fake, USER, "🔥", since)
        assert "/5" in content(feedback)
        assert not await app.daily.has_pending(key(USER))


async def test_the_scheduler_prompts_by_dm_through_the_adapters_notifier(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    fire = fire_on(date(2027, 1, 5), "08:30", "Europe/Berlin")
    clock = OffsetClock()
    async with started(settings_for(fake, tmp_path), clock=clock) as (app, adapter):
        # Set only now, so the bot's start-up cannot eat the margin before the fire time.
        clock.jump_to(fire - timedelta(milliseconds=1500))
        assert adapter.notifier.platform == "discord"
        scheduler = app.reminder_scheduler({"discord": adapter.notifier})
        await scheduler.start()
        try:
            since = time.monotonic()
            chat = await slash(
                fake,
                USER,
                "remind",
                {"time": "08:30", "timezone": "Europe/Berlin"},
                subcommand="set",
            )
            await chat.reply("08:30")
            await dm_reply(fake, USER, "question of the day", since)
        finally:
            await scheduler.stop()
        assert await app.daily.has_pending(key(USER))

        since = time.monotonic()
        await fake.send_dm(USER, STRONG)
        await dm_reply(fake, USER, "🔥", since)


async def test_remind_off_and_show(fake: FakeDiscord, tmp_path: Path) -> None:
    async with started(settings_for(fake, tmp_path)) as (app, _adapter):
        chat = await slash(
            fake, USER, "remind", {"time": "07:15", "timezone": "Asia/Tokyo"}, subcommand="set"
        )
        await chat.reply("07:15")
        off = await slash(fake, USER, "remind", subcommand="off")
        await off.wait(lambda c: c.path.startswith("/webhooks/"))
        reminder = await app.daily.reminder(await profile_id(app, USER))
        assert reminder is not None and not reminder.enabled


async def test_timezone_autocomplete_offers_matching_zones(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    async with started(settings_for(fake, tmp_path)):
        interaction = await fake.send_autocomplete(
            USER, "remind", "set", "timezone", "berl", {"time": "08:30"}
        )
        callback = await fake.wait_for(
            lambda c: f"/{interaction}/" in c.path and c.path.endswith("/callback"), WAIT
        )
        choices = [choice["value"] for choice in callback.json["data"]["choices"]]
        assert choices == ["Europe/Berlin"]


async def test_a_blocked_user_is_marked_and_gets_no_pending_question(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    async with started(settings_for(fake, tmp_path)) as (app, adapter):
        chat = await slash(
            fake, USER, "remind", {"time": "08:30", "timezone": "Europe/Berlin"}, subcommand="set"
        )
        await chat.reply("08:30")
        reminder = await app.daily.reminder(await profile_id(app, USER))
        assert reminder is not None
        fake.block_user(USER)
        result = await app.daily.deliver(reminder, app.daily.clock.now(), adapter.notifier)
        assert result is Delivery.BLOCKED
        marked = await app.daily.reminder(await profile_id(app, USER))
        assert marked is not None and marked.blocked
        assert not await app.daily.has_pending(key(USER))


async def test_any_interaction_from_a_blocked_user_resumes_prompts(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    async with started(settings_for(fake, tmp_path)) as (app, adapter):
        chat = await slash(
            fake, USER, "remind", {"time": "08:30", "timezone": "Europe/Berlin"}, subcommand="set"
        )
        await chat.reply("08:30")
        reminder = await app.daily.reminder(await profile_id(app, USER))
        assert reminder is not None
        fake.block_user(USER)
        assert await adapter.notifier.notify(
            str(USER), reminder.chat_id, [Notice(QUESTION_GONE())]
        ) is (Delivery.BLOCKED)
        assert await app.daily.deliver(reminder, app.daily.clock.now(), adapter.notifier) is (
            Delivery.BLOCKED
        )
        roles = await slash(fake, USER, "roles")
        await roles.wait(lambda c: c.path.startswith("/webhooks/"))
        unblocked = await app.daily.reminder(await profile_id(app, USER))
        assert unblocked is not None and not unblocked.blocked


async def test_the_notifier_opens_the_dm_and_reports_other_errors_as_failed(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    async with started(settings_for(fake, tmp_path)) as (_app, adapter):
        notify = adapter.notifier.notify
        since = time.monotonic()
        assert await notify(str(USER), "", [Notice(QUESTION_GONE())]) is Delivery.SENT
        await dm_reply(fake, USER, "no longer available", since)

        messages = f"/channels/{fake.dm_channel(USER)}/messages"
        for status in (403, 404):  # refused for another reason than a block; channel gone
            fake.fail_next(messages, status)
            result = await notify(str(USER), str(fake.dm_channel(USER)), [Notice(QUESTION_GONE())])
            assert result is Delivery.FAILED


async def test_progress_sends_a_png_after_three_interviews_and_text_before(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    async with started(settings_for(fake, tmp_path)):
        early = await slash(fake, USER, "interview", subcommand="progress")
        first = await early.wait(lambda c: c.path.startswith("/webhooks/"))
        assert not first.files
        for _ in range(3):
            await finish_interview(fake)
        chat = await slash(fake, USER, "interview", subcommand="progress")
        sent = await chat.wait(lambda c: c.path.startswith("/webhooks/") and bool(c.files))
        [(name, image)] = sent.files.items()
        assert name == "progress.png" and image.startswith(b"\x89PNG")
        assert 5_000 < len(image) < 500_000


async def test_export_sends_every_answer_as_markdown(fake: FakeDiscord, tmp_path: Path) -> None:
    async with started(settings_for(fake, tmp_path)):
        nothing = await slash(fake, USER, "interview", subcommand="export")
        await nothing.reply("No interviews to export yet")
        await finish_interview(fake)
        chat = await slash(fake, USER, "interview", subcommand="export")
        sent = await chat.wait(lambda c: c.path.startswith("/webhooks/") and bool(c.files))
        [(name, data)] = sent.files.items()
        assert name.endswith(".md")
        text = data.decode()
        assert "Backend Engineer" in text
        assert "profiled the queries" in text
