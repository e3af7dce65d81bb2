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

from bots.app import build_app
from engine.actions import Action, AskQuestion, Notice
from engine.models import Interview, Turn
from engine.ports import UserKey
from fakes.telegram_api import FakeTelegram
from storage.db import make_engine, migrate
from storage.reminders import ReminderRepository
from storage.repository import SqlRepository
from storage.tables import TurnRow
from tests.bots.telegram_support import running, say, texts_to
from tests.faults.support import ROOT, bot_settings
from tests.support.users import User, offline_settings
from tests.support.words import words

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


def user_on(repository: SqlRepository) -> User:
    """A user of an App on ``repository``: offline interviewer, fixed question order."""
    settings = offline_settings(max_followups=0, turns_per_minute=1000)
    app = build_app(
        settings,
        repository=repository,
        reminders=ReminderRepository(repository.engine),
        seeds=random.Random(3),
    )
    return User(app, KEY.platform_user_id, platform=KEY.platform)


def try_again(actions: list[Action]) -> bool:
    """Whether ``actions`` ask the user to try again because the database is away."""
    return any(isinstance(a, Notice) and "Please try again" in words(a) for a in actions)


class LockedAfterFirstSave(SqlRepository):
    """A repository on which a write lock is taken right after the first save commits."""

    def __init__(self, url: str, locks: contextlib.ExitStack) -> None:
        super().__init__(make_engine(url, busy_timeout_seconds=BUSY_SECONDS))
        self.url = url
        self.locks = locks
        self.saves: list[int] = []

    def save_interview(
        self, interview: Interview, changed: list[tuple[int, Turn]], *args: Any
    ) -> None:
        super().save_interview(interview, changed, *args)
        self.saves.append(len(changed))
        if len(self.saves) == 1:  # the answer is committed; its assessment will meet the lock
            self.locks.enter_context(write_lock(self.url))


class Outage:
    """A repository whose database server can go away (``away``) and come back."""

    def __init__(self, working: SqlRepository) -> None:
        self.working = working
        self.unreachable = SqlRepository(make_engine(UNREACHABLE))
        self.away = False

    def __getattr__(self, name: str) -> Any:
        return getattr(self.unreachable if self.away else self.working, name)


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
    user = user_on(repository)
    await user.start("backend_engineer", questions=3)
    with write_lock(database_url) as release:
        asyncio.get_running_loop().call_later(1.0, release)
        started = time.monotonic()
        with caplog.at_level(logging.WARNING, "engine.database"):
            actions = await user.answer(ANSWER)
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
    user = user_on(repository)
    await user.start("backend_engineer", questions=3)
    before = turn_rows(database_url)
    with write_lock(database_url):
        assert try_again(await user.answer(ANSWER))
        assert turn_rows(database_url) == before  # no answer row, no half of one
    actions = await user.answer(ANSWER)  # the user tries again
    assert asks(actions, 2)
    assert answers(database_url) == [ANSWER]
    repository.engine.dispose()


async def test_a_lock_between_answer_and_assessment_keeps_the_answer_for_later(
    database_url: str,
) -> None:
    locks = contextlib.ExitStack()
    repository = LockedAfterFirstSave(database_url, locks)
    user = user_on(repository)
    await user.start("backend_engineer", questions=3)
    repository.saves.clear()  # starting saved nothing through save_interview, but be sure
    with locks:
        assert try_again(await user.answer(ANSWER))
    assert turn_rows(database_url)[-1] == ("answer", ANSWER, False)  # whole, not yet assessed
    recovered = await user.current_question()  # any next message finishes the turn
    assert asks(recovered, 2)
    assert turn_rows(database_url)[-2] == ("answer", ANSWER, True)
    assert answers(database_url) == [ANSWER]
    repository.engine.dispose()


async def test_the_telegram_user_is_asked_to_try_again_while_the_database_is_locked(
    database_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    async with FakeTelegram(token=TOKEN) as fake:
        settings = bot_settings(fake, database_url)
        async with running(settings, repository=short_waits(database_url)):
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
    user = user_on(repository)
    started = time.monotonic()
    for call in (
        lambda: user.start("backend_engineer"),
        lambda: user.answer(ANSWER),
        lambda: user.history(),
    ):
        assert try_again(await call())
    assert time.monotonic() - started < 10  # refused at once, retried once, no hanging
    repository.engine.dispose()


async def test_the_telegram_bot_survives_its_database_going_away(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    url = f"sqlite:///{tmp_path / 'away.db'}"
    async with FakeTelegram(token=TOKEN) as fake:
        settings = bot_settings(fake, url)
        migrate(url)
        repository = Outage(SqlRepository(make_engine(url)))
        async with running(settings, repository=repository):
            await say(fake, USER, "/interview backend_engineer", "Question 1/3")
            repository.away = True
            with caplog.at_level(logging.WARNING):
                await say(fake, USER, ANSWER, TRY_AGAIN)
                await say(fake, USER + 1, "/start", TRY_AGAIN)  # a new user: not even a profile
            repository.away = False  # the server is back
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
