"""Daily practice in the Telegram adapter: /remind, prompts, answers, /progress and /export."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from bots.app import App
from engine.actions import Notice
from engine.daily import fire_on
from engine.daily_practice import QUESTION_GONE
from engine.ports import Delivery, UserKey
from fakes.audio import ogg_opus_bytes
from fakes.clock import OffsetClock
from fakes.telegram_api import FakeTelegram, SentRecord
from tests.bots.telegram_support import (
    TOKEN,
    WAIT,
    exchange,
    no_refusals,
    say,
    settings_for,
    shows,
    started,
)
from tests.daily.conftest import GOOD_ANSWER, finished_interview
from tests.support.users import User

# Every bot here runs on SQLite, and on PostgreSQL too when TEST_DATABASE_URL is set.
pytestmark = pytest.mark.usefixtures("app_database_url")

USER, OTHER, GROUP = 2001, 2002, -100600
ANSWERS = (
    "First I listened to the customer and wrote down every detail of the failed order",
    "Second I checked the logs with the on call engineer and found the retry storm",
    "Third I shipped a rate limit and wrote a short postmortem for the whole team",
)


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram(token=TOKEN) as server:
        yield server


async def sent_by(fake: FakeTelegram, user: int, text: str, method: str) -> SentRecord:
    """Push ``text`` and wait for the next ``method`` call to ``user``."""
    start = len(fake.sent)
    fake.push_text(user, text)
    return await fake.wait_for(
        lambda r: r.chat_id == user and r.method == method, WAIT, start=start
    )


def key(user: int) -> UserKey:
    return UserKey("telegram", str(user))


def telegram_user(app: App, user: int) -> User:
    return User(app, str(user), platform="telegram", chat_id=str(user))


async def blocked(app: App, user: int) -> bool:
    profile = await app.entry.profiles.get(key(user))
    reminder = await app.daily.reminder(profile.id)
    assert reminder is not None
    return reminder.blocked


# ---------------------------------------------------------------------------------- /remind
async def test_remind_sets_describes_rejects_and_turns_off(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    async with started(settings_for(fake, tmp_path)) as (app, _):
        commands = fake.menu()
        assert {"remind", "progress", "export"} <= {c["command"] for c in commands}
        await say(fake, USER, "/help", "/remind")

        await say(fake, USER, "/remind", "Daily practice questions are off")
        await say(fake, USER, "/remind 08:30", "Which time zone")
        done = await say(fake, USER, "/remind 08:30 Europe/Berlin", "✅ Done")
        assert done.plain is not None and "08:30 (Europe/Berlin time)" in done.plain
        shown = await say(fake, USER, "/remind", "📅")
        assert shown.plain is not None
        assert "08:30 (Europe/Berlin)" in shown.plain and "Streak: 0 days" in shown.plain

        await say(fake, USER, "/remind 25:99 Europe/Berlin", "That time doesn't exist")
        await say(fake, USER, "/remind soon", "isn't a time I understand")
        await say(fake, USER, "/remind 08:30 Mars/Olympus", "I don't know the time zone")
        await say(fake, USER, "/remind 8 30 Europe Berlin", "/remind off to stop")
        await say(fake, USER, "/remind", "08:30 (Europe/Berlin)")  # unchanged by the mistakes

        await say(fake, USER, "/remind off", "Daily practice questions are off")
        await say(fake, USER, "/remind", "Daily practice questions are off")

        await exchange(
            fake, GROUP, lambda: fake.push_group_text(USER, GROUP, "/remind 08:30"), "privately"
        )
        profile = await app.entry.profiles.get(key(USER))
        reminder = await app.daily.reminder(profile.id)
        assert reminder is not None and not reminder.enabled
    no_refusals(fake)


# ---------------------------------------------------------------------------------- prompts
async def test_the_scheduler_prompts_through_the_adapter_and_the_answer_is_scored(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    fire = fire_on(date(2027, 1, 5), "08:30", "Europe/Berlin")
    clock = OffsetClock()
    async with started(settings_for(fake, tmp_path), clock=clock) as (app, adapter):
        # Set once the bot is up, with room for /remind to be stored before the fire time.
        clock.jump_to(fire - timedelta(seconds=2))
        assert adapter.notifier.platform == "telegram"
        scheduler = app.reminder_scheduler({"telegram": adapter.notifier})
        await scheduler.start()
        try:
            await say(fake, USER, "/remind 08:30 Europe/Berlin", "today at 08:30")
            prompt = await fake.wait_for(shows(USER, "question of the day"), WAIT)
        finally:
            await scheduler.stop()
        assert prompt.method == "sendMessage" and prompt.parse_mode == "MarkdownV2"
        assert await app.daily.has_pending(key(USER))

        feedback = await say(fake, USER, GOOD_ANSWER, "🔥")
        assert feedback.plain is not None and "Day 1" in feedback.plain
        assert not await app.daily.has_pending(key(USER))
        await say(fake, USER, "thanks!", "/start")  # nothing pending: the usual hint
    no_refusals(fake)


async def test_a_voice_note_answers_the_question_of_the_day(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    async with started(settings_for(fake, tmp_path)) as (app, adapter):
        await say(fake, USER, "/remind 08:30 Europe/Berlin", "✅ Done")
        profile = await app.entry.profiles.get(key(USER))
        reminder = await app.daily.reminder(profile.id)
        assert reminder is not None
        result = await app.daily.deliver(reminder, app.clock.now(), adapter.notifier)
        assert result is Delivery.SENT
        await fake.wait_for(shows(USER, "question of the day"), WAIT)

        note = ogg_opus_bytes("I worked on the project for three years")
        await exchange(fake, USER, lambda: fake.push_voice(USER, note, duration=3), "I heard")
        await fake.wait_for(shows(USER, "🔥"), WAIT)
        assert not await app.daily.has_pending(key(USER))
    no_refusals(fake)


async def test_a_blocked_chat_is_marked_blocked_and_a_message_unblocks_it(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    async with started(settings_for(fake, tmp_path)) as (app, adapter):
        await say(fake, USER, "/remind 08:30 Europe/Berlin", "✅ Done")
        profile = await app.entry.profiles.get(key(USER))
        reminder = await app.daily.reminder(profile.id)
        assert reminder is not None

        fake.block(USER)
        result = await app.daily.deliver(reminder, app.clock.now(), adapter.notifier)
        assert result is Delivery.BLOCKED
        assert await blocked(app, USER)
        assert not await app.daily.has_pending(key(USER))  # never received, never awaited
        assert any(e.status == 403 and "blocked" in e.description for e in fake.errors)
        assert await app.daily.active_reminders() == []
        # Any other Telegram failure is FAILED, never an exception.
        fake.add_chat(OTHER)
        fake.fail_next("sendMessage", status=400)
        failed = await adapter.notifier.notify(str(OTHER), str(OTHER), [Notice(QUESTION_GONE())])
        assert failed is Delivery.FAILED

        fake.unblock(USER)
        await say(fake, USER, "/remind", "📅")
        assert not await blocked(app, USER)
        assert [r.user_id for r in await app.daily.active_reminders()] == [profile.id]


# ---------------------------------------------------------------------------------- /progress
async def test_progress_sends_a_chart_after_three_interviews_and_text_before_two(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    async with started(settings_for(fake, tmp_path)) as (app, _):
        empty = await sent_by(fake, OTHER, "/progress", "sendMessage")
        assert empty.plain is not None and "No finished interviews" in empty.plain

        await finished_interview(telegram_user(app, OTHER), GOOD_ANSWER)
        one = await sent_by(fake, OTHER, "/progress", "sendMessage")
        assert one.plain is not None and "Finish one more interview" in one.plain

        for _ in range(3):
            await finished_interview(telegram_user(app, USER), GOOD_ANSWER)
        photo = await sent_by(fake, USER, "/progress", "sendPhoto")
        assert photo.file is not None and photo.file.startswith(b"\x89PNG\r\n\x1a\n")
        assert 5_000 < len(photo.file) < 1_000_000
        assert photo.plain is not None and "Your scores" in photo.plain
        assert photo.plain.count("overall") == 3
    no_refusals(fake)


# ---------------------------------------------------------------------------------- /export
async def test_export_sends_the_latest_interview_as_markdown(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    async with started(settings_for(fake, tmp_path)):
        nothing = await sent_by(fake, USER, "/export", "sendMessage")
        assert nothing.plain is not None and "no interview to export" in nothing.plain

        await say(fake, USER, "/interview customer_support", "Question 1/3")
        for answer in ANSWERS:
            await say(fake, USER, answer, "")
        await fake.wait_for(shows(USER, "Overall"), WAIT)
        document = await sent_by(fake, USER, "/export", "sendDocument")
    assert document.filename is not None and document.filename.endswith(".md")
    assert document.file is not None
    markdown = document.file.decode("utf-8")
    assert markdown.startswith("# Mock interview — Customer Support")
    for answer in ANSWERS:
        assert answer in markdown
    assert "## Feedback" in markdown
    no_refusals(fake)
