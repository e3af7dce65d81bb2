"""Fixtures for daily practice: the service, reminders, an offset clock and a recording notifier."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine

from bots.scheduler import ReminderScheduler
from engine.actions import ShowReport
from engine.daily_service import DailyPractice
from engine.ports import UserKey
from engine.service import InterviewService
from fakes.clock import OffsetClock
from fakes.notifier import RecordingNotifier
from storage.db import make_engine
from storage.reminders import ReminderRepository

START = datetime(2027, 1, 5, 7, 0, tzinfo=UTC)  # 08:00 in Berlin

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
    """The reminders repository."""
    return ReminderRepository(db_engine)


@pytest.fixture
def clock() -> OffsetClock:
    """A clock reading 08:00 Berlin on 2027-01-05, running on in real time."""
    return OffsetClock.starting_at(START)


@pytest.fixture
def daily(
    offline_service: InterviewService, reminders: ReminderRepository, clock: OffsetClock
) -> DailyPractice:
    """Daily practice on the offline service."""
    return DailyPractice(offline_service, reminders, clock)


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


def user(number: int = 42) -> UserKey:
    """A Telegram user."""
    return UserKey("telegram", str(number))


async def finished_interview(
    service: InterviewService, key: UserKey, answer: str, role: str = "backend_engineer"
) -> None:
    """One short interview, answered once and ended, so it has a report."""
    await service.start(key, role, questions=1)
    actions = await service.answer(key, answer)
    if not any(isinstance(a, ShowReport) for a in actions):
        actions = await service.end(key)
    assert any(isinstance(a, ShowReport) for a in actions)
