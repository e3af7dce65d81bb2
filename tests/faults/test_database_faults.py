"""The database locked for a moment, for too long, or unreachable: clear replies, nothing torn.

A write lock is held from another connection — SQLite ``BEGIN EXCLUSIVE``, PostgreSQL
``LOCK TABLE ... IN EXCLUSIVE MODE`` — while an answer arrives. The repository's busy timeout
is cut to 0.3 s so the service's retry budget (two tries, 0.5 s apart) is about 1.1 s: a
1 s lock is waited out, a longer one gets ServiceUnavailable ("please try again") with nothing
half-written, and the same answer sent again afterwards is stored once. PostgreSQL on a closed
port gets the same clear message, through the service and through the Telegram adapter, and
``python -m bots run`` refuses to start with one line instead of a traceback.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlmodel import Session, col, select

from bots.app import App
from engine.actions import Action, AskQuestion
from engine.models import Interview, Turn
from engine.ports import UserKey
from engine.providers.offline import OfflineInterviewer
from engine.roles import default_roles
from engine.service import InterviewService, ServiceConfig, ServiceUnavailable
from fakes.telegram_api import FakeTelegram
from storage.db import make_engine
from storage.repository import SqlRepository
from storage.tables import TurnRow
from tests.bots.telegram_support import running, say, texts_to
from tests.faults.support import ROOT, bot_settings

KEY = UserKey("telegram", "9090")
USER = 9090
BUSY_SECONDS = 0.3
TRY_AGAIN = "couldn't reach my database just now. Please try again"
UNREACHABLE = "postgresql+psycopg://postgres@127.0.0.1:1/test"
ANSWER = (
    "I profiled the slow endpoint, found a missing index, added it with a cache in front, and "
    "p95 latency fell from two seconds to 300 ms within a week."
)
TOKEN = "717171:DB-faults-token-not-real_abcdefgh"


def service_on(repository: SqlRepository) -> InterviewService:
    """The service with the offline interviewer and a deterministic question order."""
    return InterviewService(
        default_roles(),
        repository,
        OfflineInterviewer(),
        config=ServiceConfig(follow_up_limit=0, turns_per_minute=1000),
        seed_source=random.Random(3),
    )


def short_waits(url: str) -> SqlRepository:
    """A repository whose writes give up on a lock after BUSY_SECONDS."""
    return SqlRepository(make_engine(url, busy_timeout_seconds=BUSY_SECONDS))


@contextlib.contextmanager
def write_lock(url: str) -> Iterator[Callable[[], None]]:
    """Hold a write lock from another connection until the yielded release() is called."""
    if url.startswith("sqlite"):
        raw = sqlite3.connect(
            url.removeprefix("sqlite:///"), isolation_level=None, check_same_thread=False
        )
        raw.execute("BEGIN EXCLUSIVE")

        def release() -> None:
            if raw.in_transaction:
                raw.rollback()

        try:
            yield release
        finally:
            release()
            raw.close()
        return
    engine = create_engine(url)
    connection = engine.connect()
    transaction = connection.begin()
    connection.execute(
        text("LOCK TABLE turns, interview_sessions, processed_updates IN EXCLUSIVE MODE")
    )

    def release_pg() -> None:
        if transaction.is_active:
            transaction.rollback()

    try:
        yield release_pg
    finally:
        release_pg()
        connection.close()
        engine.dispose()


def turn_rows(url: str) -> list[tuple[str, str, bool]]:
    """Every row of the turns table: (kind, text, has an assessment)."""
    engine = create_engine(url)
    try:
        with Session(engine) as session:
            rows = session.exec(select(TurnRow).order_by(col(TurnRow.id))).all()
    finally:
        engine.dispose()
    return [(row.kind, row.text, row.assessment is not None) for row in rows]


def answers(url: str) -> list[str]:
    """The texts of the stored answers, in order."""
    return [body for kind, body, _ in turn_rows(url) if kind == "answer"]


def asks(actions: list[Action], number: int) -> bool:
    """Whether ``actions`` ask main question ``number``."""
    return any(isinstance(a, AskQuestion) and a.number == number for a in actions)


# ------------------------------------------------------------------------------------ locked
async def test_a_lock_shorter_than_the_retry_budget_is_waited_out(
    database_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    repository = short_waits(database_url)
    service = service_on(repository)
    await service.start(KEY, "backend_engineer", questions=3)
    with write_lock(database_url) as release:
        asyncio.get_running_loop().call_later(1.0, release)
        started = time.monotonic()
        with caplog.at_level(logging.WARNING, "engine.service"):
            actions = await service.answer(KEY, ANSWER)
        waited = time.monotonic() - started
    assert asks(actions, 2)
    assert waited >= 0.9
    assert "database call failed (attempt 1)" in caplog.text  # the first try hit the lock
    assert answers(database_url) == [ANSWER]
    repository.engine.dispose()


async def test_a_lock_past_the_retry_budget_asks_to_try_again_and_writes_nothing(
    database_url: str,
) -> None:
    repository = short_waits(database_url)
    service = service_on(repository)
    await service.start(KEY, "backend_engineer", questions=3)
    before = turn_rows(database_url)
    with write_lock(database_url):
        with pytest.raises(ServiceUnavailable, match="Please try again"):
            await service.answer(KEY, ANSWER)
        assert turn_rows(database_url) == before  # no answer row, no half of one
    actions = await service.answer(KEY, ANSWER)  # the user tries again
    assert asks(actions, 2)
    assert answers(database_url) == [ANSWER]
    repository.engine.dispose()


async def test_a_lock_between_answer_and_assessment_keeps_the_answer_for_later(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    repository = short_waits(database_url)
    service = service_on(repository)
    await service.start(KEY, "backend_engineer", questions=3)
    saves: list[int] = []
    locks: contextlib.ExitStack = contextlib.ExitStack()
    save_interview = repository.save_interview

    def save_then_lock(interview: Interview, changed: list[tuple[int, Turn]], *args: Any) -> None:
        save_interview(interview, changed, *args)
        saves.append(len(changed))
        if len(saves) == 1:  # the answer is committed; its assessment will meet the lock
            locks.enter_context(write_lock(database_url))

    monkeypatch.setattr(repository, "save_interview", save_then_lock)
    with locks, pytest.raises(ServiceUnavailable):
        await service.answer(KEY, ANSWER)
    assert turn_rows(database_url)[-1] == ("answer", ANSWER, False)  # whole, not yet assessed
    monkeypatch.undo()
    recovered = await service.current_question(KEY)  # any next message finishes the turn
    assert asks(recovered, 2)
    assert turn_rows(database_url)[-2] == ("answer", ANSWER, True)
    assert answers(database_url) == [ANSWER]
    repository.engine.dispose()


async def test_the_telegram_user_is_asked_to_try_again_while_the_database_is_locked(
    database_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    def short_lock_waits(app: App) -> None:
        app.service.repository = short_waits(database_url)

    async with FakeTelegram(token=TOKEN) as fake:
        settings = bot_settings(fake, database_url)
        async with running(settings, short_lock_waits):
            await say(fake, USER, "/interview backend_engineer", "Question 1/3")
            with write_lock(database_url), caplog.at_level(logging.WARNING):
                await say(fake, USER, ANSWER, TRY_AGAIN)
            await say(fake, USER, ANSWER, "Question 2/3")  # sent again: taken once
        chat = texts_to(fake, USER)
    assert answers(database_url) == [ANSWER]
    assert sum(TRY_AGAIN in t for t in chat) == 1 and not any("Traceback" in t for t in chat)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


# ------------------------------------------------------------------------------- unreachable
async def test_an_unreachable_postgresql_gets_a_clear_message_from_every_call() -> None:
    repository = SqlRepository(make_engine(UNREACHABLE))
    service = service_on(repository)
    started = time.monotonic()
    for call in (
        lambda: service.start(KEY, "backend_engineer"),
        lambda: service.answer(KEY, ANSWER),
        lambda: service.history(KEY),
    ):
        with pytest.raises(ServiceUnavailable, match="Please try again"):
            await call()
    assert time.monotonic() - started < 10  # refused at once, retried once, no hanging
    repository.engine.dispose()


async def test_the_telegram_bot_survives_its_database_going_away(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    url = f"sqlite:///{tmp_path / 'away.db'}"
    async with FakeTelegram(token=TOKEN) as fake, running(bot_settings(fake, url)) as app:
        await say(fake, USER, "/interview backend_engineer", "Question 1/3")
        working = app.service.repository
        app.service.repository = SqlRepository(make_engine(UNREACHABLE))
        with caplog.at_level(logging.WARNING):
            await say(fake, USER, ANSWER, TRY_AGAIN)
            await say(fake, USER + 1, "/start", TRY_AGAIN)  # a new user: not even a profile
        app.service.repository = working  # the server is back
        await say(fake, USER, ANSWER, "Question 2/3")
    assert answers(url) == [ANSWER]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


def test_the_service_refuses_to_start_on_an_unreachable_database(tmp_path: Path) -> None:
    env = {
        "PATH": "/usr/bin:/bin",
        "PYTHONPATH": str(ROOT),
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_ROOT": "http://127.0.0.1:9",
        "DATABASE_URL": "postgresql://postgres:s3cret-pw@127.0.0.1:1/test",
        "LLM_PROVIDER": "offline",
        "STT_PROVIDER": "none",
        "TTS_PROVIDER": "none",
    }
    done = subprocess.run(
        [sys.executable, "-m", "bots", "run"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 3
    assert done.stderr.startswith("Database error (DATABASE_URL): ")
    assert "Connection refused" in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr and "s3cret-pw" not in done.stderr + done.stdout
