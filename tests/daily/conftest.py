"""Fixtures for daily practice: an App (in memory), an offset clock and a recording notifier.

Modules about the reminders table itself, or several processes sharing it, override ``app``
with one on SQLite and PostgreSQL (``sql_app``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine

from bots.app import App
from engine.actions import ShowReport
from engine.daily import fire_on
from engine.daily_practice import DailyPractice
from engine.ports import UserKey
from engine.reminder_scheduler import ReminderScheduler
from fakes.clock import OffsetClock
from fakes.notifier import RecordingNotifier
from storage.db import make_engine
from storage.reminders import ReminderRepository
from tests.support.users import User, memory_app

START = datetime(2027, 1, 5, 7, 0, tzinfo=UTC)  # 08:00 in Berlin
# How long before the prompt a test sets the clock: room for start-up and /remind to be
# done before the fire time even on a loaded machine (with 400 ms, PostgreSQL once missed it).
LEAD = timedelta(seconds=2)

GOOD_ANSWER = (
    "At my previous job our checkout service timed out during a sale. I was responsible for "
    "the fix, so I profiled the queries, added an index and a cache, and load-tested it. As a "
    "result p95 latency went from 900 ms to 120 ms and we handled 3x the traffic."
)
WEAK_ANSWER = "I guess I would maybe try some stuff, not sure really."


@pytest.fixture
def db_engine(database_url: str) -> Iterator[Engine]:
    """A second engine on the test database (as a second process would have)."""
    engine = make_engine(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def reminders(db_engine: Engine) -> ReminderRepository:
    """The reminders repository on the test database."""
    return ReminderRepository(db_engine)


@pytest.fixture
def clock() -> OffsetClock:
    """A clock reading 08:00 Berlin on 2027-01-05, running on in real time."""
    return OffsetClock.starting_at(START)


@pytest.fixture
def app(clock: OffsetClock) -> Iterator[App]:
    """An App in memory with the offline interviewer, on the test clock."""
    built = memory_app(clock=clock)
    yield built
    built.close()


@pytest.fixture
def daily(app: App) -> DailyPractice:
    """The App's daily practice."""
    return app.daily


@pytest.fixture
def notifier(clock: OffsetClock) -> RecordingNotifier:
    """A Telegram notifier that records (with the clock's time of each message)."""
    return RecordingNotifier(clock=clock)


@pytest.fixture
async def scheduler(
    daily: DailyPractice, notifier: RecordingNotifier, clock: OffsetClock
) -> AsyncIterator[ReminderScheduler]:
    """A scheduler (not started) that is stopped after the test."""
    instance = ReminderScheduler(daily, {"telegram": notifier}, clock, grace_seconds=3600)
    yield instance
    await instance.stop()


def just_before(day: str, local_time: str, zone: str = "Europe/Berlin") -> datetime:
    """The instant ``LEAD`` before ``local_time`` on ``day`` in ``zone``."""
    return fire_on(datetime.fromisoformat(day).date(), local_time, zone) - LEAD


@asynccontextmanager
async def running(scheduler: ReminderScheduler) -> AsyncIterator[ReminderScheduler]:
    """Start a scheduler and always stop it."""
    await scheduler.start()
    try:
        yield scheduler
    finally:
        await scheduler.stop()


def user(number: int = 42) -> UserKey:
    """A Telegram user."""
    return UserKey("telegram", str(number))


def person(app: App, number: int = 42) -> User:
    """Telegram user ``number`` (as ``user(number)``) talking to ``app``, in chat ``number``."""
    return User(app, str(number), platform="telegram", chat_id=str(number))


async def user_id(daily: DailyPractice, number: int = 42) -> int:
    """The stored id of Telegram user ``number`` (created on first use)."""
    return (await daily.profiles.get(user(number))).id


async def finished_interview(someone: User, answer: str, role: str = "backend_engineer") -> None:
    """One short interview, answered once and ended, so it has a report."""
    await someone.start(role, questions=1)
    actions = await someone.answer(answer)
    if not any(isinstance(a, ShowReport) for a in actions):
        actions = await someone.end()
    assert any(isinstance(a, ShowReport) for a in actions)
