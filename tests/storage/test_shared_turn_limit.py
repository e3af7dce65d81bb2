"""The turn limit shared by replicas: counted in PostgreSQL, or in Redis when REDIS_URL is set."""

from __future__ import annotations

import logging
import random
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import redis
from sqlalchemy import select

from bots.app import build_app
from engine.actions import Notice
from engine.database import Database
from engine.guards import CLEANUP_MINUTES, TOO_FAST, SlidingMinutes, TurnLimit
from engine.ports import UserKey
from fakes.clock import FixedClock
from storage.db import make_engine
from storage.repository import SqlRepository
from storage.tables import TurnCountRow
from tests.databases import empty_database
from tests.support.users import User, memory_app, offline_settings, sql_app
from tests.support.words import words

LIMIT = 20
MINUTE_START = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)  # second 0 of a minute
REDIS_DB_URL = "redis://127.0.0.1:6379/13"  # a database of its own; keys carry a test's user


@pytest.fixture
def postgres_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty PostgreSQL schema (skipped without TEST_DATABASE_URL), migrated by its users."""
    return empty_database(request, "postgresql", tmp_path)


@pytest.fixture
def redis_url() -> Iterator[str]:
    """The local Redis; skipped when no server answers there."""
    client = redis.Redis.from_url(REDIS_DB_URL, socket_connect_timeout=1, socket_timeout=1)
    try:
        client.ping()
    except redis.RedisError as error:
        pytest.skip(f"no Redis answers at {REDIS_DB_URL} ({error})")
    yield REDIS_DB_URL
    client.close()


def minute_of(instant: datetime) -> int:
    """Minutes since the epoch, as the turn counts are keyed."""
    return int(instant.timestamp() // 60)


def counted(repository: SqlRepository) -> dict[int, int]:
    """Every stored count, by minute."""
    with repository.engine.connect() as connection:
        rows = connection.execute(select(TurnCountRow.minute, TurnCountRow.hits)).all()
    return {minute: hits for minute, hits in rows}


async def test_two_replicas_on_one_postgresql_share_the_count(postgres_url: str) -> None:
    first = sql_app(postgres_url)  # migrates; each App is a replica with its own engine
    second = sql_app(postgres_url)
    clock = FixedClock(MINUTE_START + timedelta(seconds=5))
    key = UserKey("telegram", "alice")
    limits = [
        TurnLimit(LIMIT, SlidingMinutes(SqlRepository(app.sql_engine), Database(), clock))
        for app in (first, second)
        if app.sql_engine is not None
    ]
    try:
        refusals = [await limits[n % 2].refusal(key) for n in range(LIMIT + 1)]
        assert refusals[:LIMIT] == [None] * LIMIT
        assert refusals[LIMIT] == TOO_FAST(limit=LIMIT)
        assert "the limit is 20 a minute" in words(refusals[LIMIT])
        assert await limits[0].refusal(UserKey("telegram", "bob")) is None  # per user
    finally:
        first.close()
        second.close()


async def test_an_app_counts_answers_in_postgresql_and_in_memory_on_sqlite(
    app_database_url: str,
) -> None:
    settings = offline_settings(database_url=app_database_url, turns_per_minute=2)
    app = build_app(settings, seeds=random.Random(7))
    try:
        alice = User(app, "alice")
        await alice.start("nurse", questions=5)
        replies = [await alice.answer(f"I checked the vitals, answer {n}.") for n in range(3)]
        assert not isinstance(replies[1][0], Notice)
        assert replies[2] == [Notice(TOO_FAST(limit=2))]
        assert app.sql_engine is not None
        stored = list(counted(SqlRepository(app.sql_engine)).values())
        assert stored == ([2] if app_database_url.startswith("postgresql") else [])
    finally:
        app.close()


def test_the_previous_minute_counts_for_the_share_still_in_the_window(database_url: str) -> None:
    engine = make_engine(database_url)
    repository = SqlRepository(engine)
    minute = minute_of(MINUTE_START)
    try:
        assert all(repository.count_turn("telegram:1", minute - 1, LIMIT, 1.0) for _ in range(20))
        # Half-way through the next minute, half of those 20 still count: room for 10.
        taken = [repository.count_turn("telegram:1", minute, LIMIT, 0.5) for _ in range(12)]
        assert taken == [True] * 10 + [False] * 2
        assert counted(repository) == {minute - 1: 20, minute: 10}  # refusals are not counted
        assert not repository.count_turn("telegram:1", minute, LIMIT, 1.0)  # a full window
    finally:
        engine.dispose()


async def test_old_counts_are_dropped_every_few_minutes(database_url: str) -> None:
    engine = make_engine(database_url)
    repository = SqlRepository(engine)
    clock = FixedClock(MINUTE_START)
    counter = SlidingMinutes(repository, Database(), clock)
    start = minute_of(MINUTE_START)
    try:
        for step in (0, 1, 2, CLEANUP_MINUTES - 1, CLEANUP_MINUTES):
            clock.instant = MINUTE_START + timedelta(minutes=step)
            assert await counter.take("telegram:1", LIMIT)
        kept = start + CLEANUP_MINUTES - 1  # the minute before the clean-up's
        assert sorted(counted(repository)) == [kept, start + CLEANUP_MINUTES]
    finally:
        engine.dispose()


async def test_two_replicas_with_redis_share_the_count(redis_url: str) -> None:
    replicas = [memory_app(offline_settings(redis_url=redis_url)) for _ in range(2)]
    key = UserKey("telegram", f"redis-{uuid.uuid4().hex}")  # no other run counts this user
    try:
        refusals = [await replicas[n % 2].entry.turn_limit.refusal(key) for n in range(LIMIT + 1)]
        assert refusals == [None] * LIMIT + [TOO_FAST(limit=LIMIT)]
    finally:
        client = redis.Redis.from_url(redis_url)
        stale = list(client.scan_iter(match=f"*{key.platform_user_id}*"))
        assert stale  # the count lived in Redis
        client.delete(*stale)
        client.close()


async def test_an_unreachable_redis_lets_answers_through(caplog: pytest.LogCaptureFixture) -> None:
    app = memory_app(offline_settings(redis_url="redis://127.0.0.1:1/0"))  # nothing listens
    with caplog.at_level(logging.WARNING, logger="engine.guards"):
        assert await app.entry.turn_limit.refusal(UserKey("telegram", "1")) is None
    assert "turn limit's storage failed" in caplog.text
