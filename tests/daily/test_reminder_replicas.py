"""Reminders with several replicas on one database: changes reach every schedule, prompts go once.

Most tests run two App + ReminderScheduler stacks in this process on one database (SQLite, and
PostgreSQL when configured; one in-memory store for the failed poll), as two replicas would: a
change made through one is planned by the other within a few of its polls. The last one starts
three real ``python -m bots run`` processes on PostgreSQL with 1,000 prompts already due and
counts what the Telegram fake got.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bots.app import App
from engine.events import DeleteMyData, RemindAt, RemindOff
from engine.ports import StorageError, UserKey
from engine.reminder_scheduler import ReminderScheduler
from fakes.bot_process import BotProcess
from fakes.clock import OffsetClock
from fakes.notifier import RecordingNotifier
from fakes.telegram_api import FakeTelegram
from storage.db import make_engine, migrate
from storage.memory import MemoryReminders, MemoryRepository, MemoryStore
from storage.reminders import ReminderRepository
from storage.repository import SqlRepository
from tests.daily.conftest import just_before, person, running, user_id
from tests.databases import empty_database
from tests.support.users import memory_app, sql_app
from tests.waiting import until

SYNC_SECONDS = 0.2  # the replicas' poll interval in these tests
NOTICED = 3.0  # a change must be planned elsewhere by then (many polls, for a loaded machine)
TOKYO_2115 = datetime(2027, 1, 5, 12, 15, tzinfo=UTC)  # 21:15 in Tokyo, the START day
TOKYO_0600 = datetime(2027, 1, 5, 21, 0, tzinfo=UTC)  # 06:00 in Tokyo, the next morning

USERS = 1_000
REPLICAS = ("a", "b", "c")
DELIVERED_SECONDS = 180.0  # bound on start-up and delivery (30 messages/s per replica)
QUIET_SECONDS = 3.0  # watched after the last prompt for a duplicate that must not come


@asynccontextmanager
async def replica(
    database_url: str, clock: OffsetClock, notifier: RecordingNotifier, sync_seconds: float
) -> AsyncIterator[tuple[App, ReminderScheduler]]:
    """One replica's App and scheduler on the shared database (not started; stopped after)."""
    app = sql_app(database_url, clock=clock)
    scheduler = ReminderScheduler(
        app.daily, {"telegram": notifier}, clock, sync_seconds=sync_seconds
    )
    try:
        yield app, scheduler
    finally:
        await scheduler.stop()
        app.close()


async def test_a_change_on_one_replica_is_planned_on_the_other(
    database_url: str, clock: OffsetClock
) -> None:
    async with (
        replica(database_url, clock, RecordingNotifier(), SYNC_SECONDS) as (app_a, a),
        replica(database_url, clock, RecordingNotifier(), SYNC_SECONDS) as (app_b, b),
    ):
        await a.start()
        await b.start()
        await person(app_a).send(RemindAt("21:15", "Asia/Tokyo"))
        uid = await user_id(app_a.daily)
        assert a.scheduled_for(uid) == TOKYO_2115  # at once, by the process that made it
        await until(lambda: b.scheduled_for(uid) == TOKYO_2115, NOTICED, "B to plan A's reminder")

        await person(app_b).send(RemindAt("06:00", "Asia/Tokyo"))
        assert b.scheduled_for(uid) == TOKYO_0600
        await until(lambda: a.scheduled_for(uid) == TOKYO_0600, NOTICED, "A to move the time")

        await person(app_a).send(RemindOff())  # stored as enabled=False: updated_at is kept
        assert a.jobs() == []
        await until(lambda: b.jobs() == [], NOTICED, "B to drop the reminder turned off")


async def test_erasing_a_user_on_one_replica_drops_their_prompt_everywhere(
    database_url: str, clock: OffsetClock
) -> None:
    async with (
        replica(database_url, clock, RecordingNotifier(), SYNC_SECONDS) as (app_a, a),
        replica(database_url, clock, RecordingNotifier(), SYNC_SECONDS) as (_app_b, b),
    ):
        await a.start()
        await b.start()
        await person(app_a).send(RemindAt("21:15", "Asia/Tokyo"))
        uid = await user_id(app_a.daily)
        await until(lambda: b.scheduled_for(uid) is not None, NOTICED, "B to plan the reminder")
        await person(app_a).send(DeleteMyData())  # the row is deleted, nobody is told
        await until(lambda: a.jobs() == [] and b.jobs() == [], NOTICED, "both to drop it")


async def test_a_job_planned_before_a_change_elsewhere_does_not_send_at_the_old_time(
    database_url: str, clock: OffsetClock
) -> None:
    ours, theirs = RecordingNotifier(), RecordingNotifier()
    async with (
        replica(database_url, clock, ours, SYNC_SECONDS) as (app_a, a),
        # B's next poll is an hour away: only the check at fire time can save it.
        replica(database_url, clock, theirs, 3600) as (_app_b, b),
    ):
        await a.start()
        clock.jump_to(just_before("2027-01-05", "08:00"))
        await person(app_a).send(RemindAt("08:00", "Europe/Berlin"))
        await b.start()  # plans 08:00 from the table
        uid = await user_id(app_a.daily)
        eight, nine = datetime(2027, 1, 5, 7, tzinfo=UTC), datetime(2027, 1, 5, 8, tzinfo=UTC)
        assert b.scheduled_for(uid) == eight
        await person(app_a).send(RemindAt("09:00", "Europe/Berlin"))
        assert a.scheduled_for(uid) == nine
        # 08:00 comes: B's job fires, finds the newer setting and plans it instead of sending.
        await until(lambda: b.scheduled_for(uid) == nine, NOTICED + 2, "B to re-plan at 08:00")
    assert ours.attempts == 0 and theirs.attempts == 0


class FailingVersions(MemoryReminders):
    """Reminders in memory whose ``versions()`` fails ``failures`` times (the database away)."""

    def __init__(self, store: MemoryStore, failures: int) -> None:
        """Over ``store``; the first ``failures`` polls raise StorageError."""
        super().__init__(store)
        self.failures = failures

    def versions(self) -> dict[int, datetime]:
        """StorageError while failures are left, then the stored versions."""
        if self.failures:
            self.failures -= 1
            raise StorageError("the database is away")
        return super().versions()


async def test_a_failed_poll_is_logged_and_the_next_one_catches_up(
    clock: OffsetClock, caplog: pytest.LogCaptureFixture
) -> None:
    store = MemoryStore()  # one store, two Apps: two replicas on one database
    app_a = memory_app(
        repository=MemoryRepository(store), reminders=MemoryReminders(store), clock=clock
    )
    flaky = FailingVersions(store, failures=4)  # two polls: Database.call tries twice each
    app_b = memory_app(repository=MemoryRepository(store), reminders=flaky, clock=clock)
    b = ReminderScheduler(app_b.daily, {"telegram": RecordingNotifier()}, clock, sync_seconds=0.05)
    async with running(b):
        await person(app_a).send(RemindAt("21:15", "Asia/Tokyo"))
        uid = await user_id(app_a.daily)
        await until(lambda: b.scheduled_for(uid) == TOKYO_2115, NOTICED, "B to catch up")
    assert flaky.failures == 0
    assert "could not look for reminder changes" in caplog.text


# ---------------------------------------------------------------------- three processes
@pytest.fixture
def postgres_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A migrated, empty PostgreSQL database (skipped when TEST_DATABASE_URL is unset)."""
    url = empty_database(request, "postgresql", tmp_path)
    migrate(url)
    return url


def seed_due_prompts(database_url: str, users: int) -> None:
    """``users`` Telegram users (chat = user number) whose prompt fell due two minutes ago.

    Each reminder was set a day earlier, so every replica starting now owes it (a prompt
    missed within REMINDER_GRACE_SECONDS is delivered at start).
    """
    now = datetime.now(UTC)
    due = (now - timedelta(minutes=2)).strftime("%H:%M")
    engine = make_engine(database_url)
    repository, reminders = SqlRepository(engine), ReminderRepository(engine)
    try:
        for number in range(1, users + 1):
            profile = repository.get_or_create_user(UserKey("telegram", str(number)))
            reminders.save(profile.id, str(number), due, "UTC", now - timedelta(days=1))
    finally:
        engine.dispose()


@pytest.mark.timeout(300)
async def test_three_replicas_send_a_thousand_due_prompts_once_each(
    postgres_url: str, tmp_path: Path
) -> None:
    seed_due_prompts(postgres_url, USERS)
    chats = range(1, USERS + 1)
    async with FakeTelegram() as fake, AsyncExitStack() as stack:
        for chat in chats:
            fake.add_chat(chat)
        replicas: list[BotProcess] = []
        for name in REPLICAS:
            workdir = tmp_path / name
            workdir.mkdir()
            settings = {
                "REPLICA_ID": name,
                "DATABASE_URL": postgres_url,
                "LLM_PROVIDER": "offline",
                "STT_PROVIDER": "none",
                "TTS_PROVIDER": "none",
                "LOG_LEVEL": "INFO",
            }
            replicas.append(BotProcess(fake, workdir, settings))
        started = time.monotonic()
        for bot in replicas:
            stack.push_async_callback(bot.stop)
            await bot.start(wait=False)  # they all poll, and may get 409s: only sends count here

        def received() -> int:
            for bot in replicas:  # a replica that died at start would never send its share
                assert bot.process and bot.process.returncode is None, bot.log_tail()
            return sum(len(fake.messages_to(chat)) for chat in chats)

        await until(lambda: received() >= USERS, DELIVERED_SECONDS, f"{USERS} prompts")
        elapsed = time.monotonic() - started
        await asyncio.sleep(QUIET_SECONDS)
        codes = await asyncio.gather(*(bot.stop() for bot in replicas))
    counts = {chat: len(fake.messages_to(chat)) for chat in chats}
    assert sorted(set(counts.values())) == [1], {c: n for c, n in counts.items() if n != 1}
    assert fake.calls["sendMessage"] == USERS
    assert all("question of the day" in (fake.messages_to(c)[0].plain or "") for c in chats)
    logs = [bot.log_tail(10**9) for bot in replicas]
    for name, log in zip(REPLICAS, logs, strict=True):
        assert f"{USERS} reminder(s) planned" in log, f"replica {name}:\n{log[-3000:]}"
    assert codes == [0, 0, 0], logs[0][-3000:]
    print(f"\n{USERS} due prompts, {len(REPLICAS)} replicas: all sent once in {elapsed:.1f} s")
