"""The reminder scheduler with real APScheduler, a real database and a clock running ahead.

Every prompt is due a fraction of a second after it is planned: the clock is set just before
the chosen local time, so nothing here waits for minutes. The App runs on SQLite and
PostgreSQL, as restarts and a second process share the reminders table.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bots.app import App
from engine.daily import fire_on
from engine.daily_practice import DailyPractice
from engine.ports import Delivery, UserKey
from engine.reminder_scheduler import ReminderScheduler
from fakes.clock import OffsetClock
from fakes.notifier import RecordingNotifier
from tests.daily.conftest import GOOD_ANSWER, LEAD, just_before, running, user, user_id
from tests.support.users import sql_app
from tests.support.words import words

BERLIN = ZoneInfo("Europe/Berlin")
QUIET = 0.6  # seconds to watch for a duplicate that must not come


@pytest.fixture
def app(database_url: str, clock: OffsetClock) -> Iterator[App]:
    """The App on the test database (SQLite, and PostgreSQL when configured)."""
    built = sql_app(database_url, clock=clock)
    yield built
    built.close()


@asynccontextmanager
async def second_process(
    database_url: str, clock: OffsetClock, notifier: RecordingNotifier
) -> AsyncIterator[ReminderScheduler]:
    """Another process's App and scheduler on the same database."""
    app = sql_app(database_url, clock=clock)
    scheduler = app.reminder_scheduler({"telegram": notifier})
    try:
        yield scheduler
    finally:
        await scheduler.stop()
        app.close()


async def eventually(condition: Callable[[], bool | Awaitable[bool]], timeout: float = 5.0) -> None:
    """Wait until ``condition()`` holds (AssertionError after ``timeout`` seconds)."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        result = condition()
        if await result if inspect.isawaitable(result) else result:
            return
        assert asyncio.get_running_loop().time() < deadline, "condition not met in time"
        await asyncio.sleep(0.02)


async def test_fire_prompt_answer_and_a_streak_over_two_days(
    daily: DailyPractice,
    scheduler: ReminderScheduler,
    notifier: RecordingNotifier,
    clock: OffsetClock,
) -> None:
    clock.jump_to(just_before("2027-01-05", "08:00"))
    await scheduler.start()
    await daily.set_reminder(user(), "42", "08:00", "Europe/Berlin")
    (sent,) = await notifier.wait_for(1, timeout=5)
    assert sent.chat_id == "42" and "question of the day" in sent.texts[0]
    assert sent.at is not None and sent.at.astimezone(BERLIN).strftime("%H:%M") == "08:00"
    assert await daily.has_pending(user())
    first = words((await daily.answer(user(), GOOD_ANSWER))[0])
    assert "Score:" in first and "Day 1" in first

    uid = await user_id(daily)
    tomorrow = fire_on(datetime(2027, 1, 6).date(), "08:00", "Europe/Berlin")
    await eventually(lambda: scheduler.scheduled_for(uid) == tomorrow)
    # The next morning: move the clock on and let the scheduler re-plan from it.
    clock.jump_to(just_before("2027-01-06", "08:00"))
    await scheduler.reschedule(uid)
    await notifier.wait_for(2, timeout=5)
    assert "Streak: 1 day" in notifier.sent[1].texts[0]
    second = words((await daily.answer(user(), GOOD_ANSWER))[0])
    assert "🔥 2 days in a row" in second


@pytest.mark.parametrize(
    ("day", "utc_hour"),
    [("2027-03-28", 7), ("2026-10-25", 8)],  # spring forward (CEST), fall back (CET)
)
async def test_on_the_dst_change_day_the_prompt_comes_at_the_local_time(
    daily: DailyPractice,
    scheduler: ReminderScheduler,
    notifier: RecordingNotifier,
    clock: OffsetClock,
    day: str,
    utc_hour: int,
) -> None:
    # The day before the change: the scheduler plans the DST day itself after firing.
    day_before = (datetime.fromisoformat(day) - timedelta(days=1)).date().isoformat()
    clock.jump_to(just_before(day_before, "09:00"))
    await scheduler.start()
    await daily.set_reminder(user(), "42", "09:00", "Europe/Berlin")
    uid = await user_id(daily)
    await notifier.wait_for(1, timeout=5)
    expected = datetime.fromisoformat(f"{day}T{utc_hour:02d}:00:00+00:00")
    await eventually(lambda: scheduler.scheduled_for(uid) == expected)

    clock.jump_to(expected - LEAD)  # the night passes
    await scheduler.reschedule(uid)
    assert scheduler.scheduled_for(uid) == expected
    sent = (await notifier.wait_for(2, timeout=5))[1]
    assert sent.at is not None and expected <= sent.at < expected + timedelta(seconds=2)
    local = sent.at.astimezone(BERLIN)
    assert (local.date().isoformat(), local.strftime("%H:%M")) == (day, "09:00")
    reminder = await daily.reminder(uid)
    assert reminder is not None and reminder.last_sent_on == day
    await eventually(lambda: scheduler.scheduled_for(uid) not in (None, expected))
    following = scheduler.scheduled_for(uid)
    assert following is not None and following.astimezone(BERLIN).strftime("%H:%M") == "09:00"


async def test_a_restart_before_the_fire_time_still_fires_exactly_once(
    daily: DailyPractice, clock: OffsetClock, database_url: str
) -> None:
    clock.jump_to(just_before("2027-01-05", "08:00") - timedelta(milliseconds=400))
    first_notifier, second_notifier = RecordingNotifier(), RecordingNotifier()
    first = ReminderScheduler(daily, {"telegram": first_notifier}, clock)
    await first.start()
    await daily.set_reminder(user(), "42", "08:00", "Europe/Berlin")
    assert first.scheduled_for(await user_id(daily)) is not None
    await first.stop()  # the process goes down before 08:00
    async with second_process(database_url, clock, second_notifier) as second:
        await second.start()
        await second_notifier.wait_for(1, timeout=5)
        await asyncio.sleep(QUIET)
    assert first_notifier.sent == [] and len(second_notifier.sent) == 1


async def test_two_schedulers_running_at_once_deliver_each_prompt_once(
    daily: DailyPractice, clock: OffsetClock, database_url: str
) -> None:
    clock.jump_to(just_before("2027-01-05", "08:00") - timedelta(milliseconds=600))
    users = range(1, 31)
    for number in users:
        await daily.set_reminder(user(number), str(number), "08:00", "Europe/Berlin")
    ours = RecordingNotifier()
    theirs = RecordingNotifier()
    scheduler = ReminderScheduler(daily, {"telegram": ours}, clock)
    async with second_process(database_url, clock, theirs) as other, running(scheduler):
        await other.start()
        await eventually(lambda: len(ours.sent) + len(theirs.sent) >= len(users), timeout=10)
        await asyncio.sleep(QUIET)
    receivers = sorted(s.platform_user_id for s in ours.sent + theirs.sent)
    assert receivers == sorted(str(n) for n in users)  # everyone once, nobody twice


async def test_a_prompt_missed_within_grace_is_delivered_once_at_start(
    daily: DailyPractice, notifier: RecordingNotifier, clock: OffsetClock
) -> None:
    clock.jump_to(datetime(2027, 1, 5, 6, 0, tzinfo=UTC))  # 07:00 Berlin
    await daily.set_reminder(user(), "42", "08:00", "Europe/Berlin")
    clock.jump_to(datetime(2027, 1, 5, 7, 40, tzinfo=UTC))  # down from 07:30 to 08:40
    async with running(ReminderScheduler(daily, {"telegram": notifier}, clock)) as first:
        await notifier.wait_for(1, timeout=5)
        uid = await user_id(daily)
        tomorrow = datetime(2027, 1, 6, 7, 0, tzinfo=UTC)
        await eventually(lambda: first.scheduled_for(uid) == tomorrow)
    async with running(ReminderScheduler(daily, {"telegram": notifier}, clock)) as again:
        await asyncio.sleep(QUIET)
        assert again.scheduled_for(uid) == tomorrow
    assert len(notifier.sent) == 1
    assert "late" not in notifier.sent[0].texts[0]


async def test_a_prompt_missed_beyond_grace_is_skipped_but_tomorrow_is_planned(
    daily: DailyPractice, notifier: RecordingNotifier, clock: OffsetClock
) -> None:
    clock.jump_to(datetime(2027, 1, 5, 6, 0, tzinfo=UTC))
    await daily.set_reminder(user(), "42", "08:00", "Europe/Berlin")
    clock.jump_to(datetime(2027, 1, 5, 8, 30, tzinfo=UTC))  # 09:30 Berlin: 90 min late
    scheduler = ReminderScheduler(daily, {"telegram": notifier}, clock, grace_seconds=3600)
    async with running(scheduler):
        await asyncio.sleep(QUIET)
        assert scheduler.scheduled_for(await user_id(daily)) == datetime(
            2027, 1, 6, 7, 0, tzinfo=UTC
        )
    assert notifier.sent == []


async def test_a_blocked_user_is_marked_and_not_scheduled_again(
    daily: DailyPractice,
    scheduler: ReminderScheduler,
    notifier: RecordingNotifier,
    clock: OffsetClock,
) -> None:
    clock.jump_to(just_before("2027-01-05", "08:00"))
    await scheduler.start()
    await daily.set_reminder(user(), "42", "08:00", "Europe/Berlin")
    notifier.blocked.add("42")
    uid = await user_id(daily)

    async def marked_blocked() -> bool:
        reminder = await daily.reminder(uid)
        return reminder is not None and reminder.blocked and reminder.enabled

    await eventually(marked_blocked)
    assert notifier.attempts == 1 and scheduler.scheduled_for(uid) is None
    async with running(ReminderScheduler(daily, {"telegram": notifier}, clock)) as restarted:
        assert uid not in restarted.jobs()
        # Writing to the bot again brings the reminders back.
        notifier.blocked.clear()
        assert await daily.unblock(user())
        assert restarted.scheduled_for(uid) == datetime(2027, 1, 6, 7, 0, tzinfo=UTC)
    assert notifier.attempts == 1 and notifier.sent == []


async def test_a_failed_delivery_is_retried_within_grace(
    daily: DailyPractice, notifier: RecordingNotifier, clock: OffsetClock
) -> None:
    clock.jump_to(just_before("2027-01-05", "08:00"))
    scheduler = ReminderScheduler(daily, {"telegram": notifier}, clock, retry_seconds=0.3)
    notifier.failing.add("42")
    async with running(scheduler):
        await daily.set_reminder(user(), "42", "08:00", "Europe/Berlin")
        await eventually(lambda: notifier.attempts == 1)
        notifier.failing.clear()
        await notifier.wait_for(1, timeout=5)
        await asyncio.sleep(QUIET)
    assert len(notifier.sent) == 1 and notifier.attempts == 2


async def test_remind_off_and_changes_replan_the_job(
    daily: DailyPractice, scheduler: ReminderScheduler, clock: OffsetClock
) -> None:
    await scheduler.start()
    await daily.set_reminder(user(), "42", "21:15", "Asia/Tokyo")
    uid = await user_id(daily)
    assert scheduler.scheduled_for(uid) == datetime(2027, 1, 5, 12, 15, tzinfo=UTC)
    await daily.set_reminder(user(), "42", "06:00", None)  # the zone is remembered
    assert scheduler.scheduled_for(uid) == datetime(2027, 1, 5, 21, 0, tzinfo=UTC)
    await daily.disable(user())
    assert scheduler.scheduled_for(uid) is None and scheduler.jobs() == []


async def test_users_of_a_platform_without_a_notifier_are_not_scheduled(
    daily: DailyPractice, scheduler: ReminderScheduler
) -> None:
    await scheduler.start()
    await daily.set_reminder(UserKey("discord", "7"), "dm-7", "08:00", "UTC")
    assert scheduler.jobs() == []


class StuckNotifier(RecordingNotifier):
    """Never finishes sending (as if queued behind a long rate-limiter backlog)."""

    async def notify(self, platform_user_id: str, chat_id: str, actions: list[Any]) -> Delivery:
        """Wait forever."""
        self.attempts += 1
        await asyncio.Event().wait()
        raise AssertionError("unreachable")


async def test_a_prompt_cut_off_by_shutdown_is_sent_after_a_restart(
    daily: DailyPractice, notifier: RecordingNotifier, clock: OffsetClock
) -> None:
    clock.jump_to(just_before("2027-01-05", "08:00"))
    stuck = StuckNotifier()
    first = ReminderScheduler(daily, {"telegram": stuck}, clock, stop_timeout=0.2)
    await first.start()
    await daily.set_reminder(user(), "42", "08:00", "Europe/Berlin")
    await eventually(lambda: stuck.attempts == 1)
    await first.stop()  # cancels the stuck delivery, which gives the day back
    reminder = await daily.reminder(await user_id(daily))
    assert reminder is not None and reminder.last_sent_on is None
    async with running(ReminderScheduler(daily, {"telegram": notifier}, clock)):
        await notifier.wait_for(1, timeout=5)
        await asyncio.sleep(QUIET)
    assert len(notifier.sent) == 1
