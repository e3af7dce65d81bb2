"""Turns across replicas: one user's turns never overlap, whichever replica runs them.

Two Apps on one PostgreSQL database stand for two replicas (each its own engine, caches and
locks); a turn lock left by a killed process goes with its connection.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading
from collections.abc import AsyncIterator, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from bots.app import App
from engine.actions import AskQuestion
from engine.models import TurnKind
from engine.ports import UserKey
from storage.turn_locks import AdvisoryTurnLocks, lock_id
from tests.databases import empty_database
from tests.support.users import User, sql_app

ANA = UserKey("telegram", "1")
BEN = UserKey("telegram", "2")
WAIT = 20.0


@pytest.fixture
def database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty PostgreSQL database (the test is skipped without TEST_DATABASE_URL)."""
    return empty_database(request, "postgresql", tmp_path)


@pytest.fixture
async def two_replicas(database: str) -> AsyncIterator[tuple[AdvisoryTurnLocks, ...]]:
    """The turn locks of two replicas on one database."""
    replicas = (AdvisoryTurnLocks(database), AdvisoryTurnLocks(database))
    yield replicas
    for locks in replicas:
        locks.close()


async def test_one_users_turns_never_overlap_across_replicas(
    two_replicas: tuple[AdvisoryTurnLocks, ...],
) -> None:
    inside: list[str] = []
    overlaps: list[str] = []

    async def turn(locks: AdvisoryTurnLocks, name: str) -> None:
        async with locks(ANA):
            if inside:
                overlaps.append(name)
            inside.append(name)
            await asyncio.sleep(0.05)
            inside.remove(name)

    turns = [turn(two_replicas[n % 2], f"turn {n}") for n in range(8)]
    await asyncio.wait_for(asyncio.gather(*turns), WAIT)
    assert overlaps == []


async def test_other_users_do_not_wait(two_replicas: tuple[AdvisoryTurnLocks, ...]) -> None:
    first, second = two_replicas
    async with first(ANA):
        async with asyncio.timeout(2):  # would wait the full minute if users shared a lock
            async with second(BEN):
                pass


async def test_a_killed_replicas_turn_lock_goes_with_its_connection(
    database: str, two_replicas: tuple[AdvisoryTurnLocks, ...]
) -> None:
    holder = (
        "import sys, time\n"
        "from sqlalchemy import create_engine, text\n"
        f"connection = create_engine({database!r}).connect()\n"
        f"connection.execute(text('select pg_advisory_xact_lock({lock_id(ANA)})'))\n"
        "print('held', flush=True)\n"
        "time.sleep(600)\n"
    )
    process = subprocess.Popen([sys.executable, "-c", holder], stdout=subprocess.PIPE)
    try:
        assert process.stdout is not None
        assert await asyncio.to_thread(process.stdout.readline) == b"held\n"
        waiting = asyncio.ensure_future(_enter(two_replicas[0], ANA))
        await asyncio.sleep(0.5)
        assert not waiting.done()  # the other process holds the user's turn
        process.kill()
        await asyncio.wait_for(waiting, WAIT)
    finally:
        process.kill()
        process.wait()


async def test_a_turn_cut_short_while_threads_are_busy_still_frees_the_user(
    two_replicas: tuple[AdvisoryTurnLocks, ...],
) -> None:
    # One busy worker thread: the turn's end waits in line behind it, and is then cancelled,
    # as when a bot shuts down while a turn fails to deliver its reply.
    loop = asyncio.get_running_loop()
    loop.set_default_executor(ThreadPoolExecutor(max_workers=1))
    first, second = two_replicas
    inside = asyncio.Event()
    failure: asyncio.Future[None] = loop.create_future()

    async def turn() -> None:
        async with first(ANA):
            inside.set()
            await failure

    running = asyncio.ensure_future(turn())
    await asyncio.wait_for(inside.wait(), WAIT)
    gate = threading.Event()
    busy = loop.run_in_executor(None, gate.wait, WAIT)
    failure.set_exception(ConnectionError("the platform went away mid-reply"))
    for _ in range(5):  # the turn fails and starts ending its transaction
        await asyncio.sleep(0)
    running.cancel()
    gate.set()
    await busy
    with pytest.raises((asyncio.CancelledError, ConnectionError)):
        await running
    async with asyncio.timeout(5):  # a leaked lock would make this wait a full minute
        await _enter(second, ANA)


async def _enter(locks: AdvisoryTurnLocks, key: UserKey) -> None:
    async with locks(key):
        pass


@pytest.fixture
def replica_apps(database: str) -> Iterator[tuple[App, App]]:
    """Two Apps on one database, as two replicas run them."""
    first, second = sql_app(database), sql_app(database)
    yield first, second
    first.close()
    second.close()


async def test_a_user_answering_through_two_replicas_keeps_every_answer_in_order(
    replica_apps: tuple[App, App],
) -> None:
    first, second = replica_apps
    on_first, on_second = User(first, "5", "telegram"), User(second, "5", "telegram")
    asked = await on_first.start("nurse", "behavioral", questions=3)
    assert any(isinstance(action, AskQuestion) for action in asked)
    answers = [
        "I calmed the patient, checked vitals every 15 minutes and called the doctor.",
        "I used SBAR to hand over: the situation, background, assessment, recommendation.",
        "I double-checked the five rights before giving the medication to the patient.",
    ]
    # Each replica caches the interview it saw; the other one changes it in between.
    for number, answer in enumerate(answers):
        await (on_first if number % 2 else on_second).answer(answer, update=str(number + 1))
    past = await first.queries.last_interview(on_first.key)
    assert past is not None
    given = [turn.text for turn in past.interview.turns if turn.kind is TurnKind.ANSWER]
    assert given[: len(answers)] == answers
