"""Soak: many simulated Telegram users answering at once through the real adapter, in-process.

Usage: python -m bench.soak [--users 1000] [--turns 10] [--database-url URL]
       [--postgres URL] [--limiter off|on]

The bot (TelegramAdapter: real PTB, long polling, the update inbox, the offline interviewer)
runs in this process against the loopback Bot API fake. Every user starts an interview of
``--turns`` questions and answers each one as soon as the previous reply arrives, so all users
are active at once. Printed per database: turns/s, p50/p95 reply latency (answer pushed to
reply received), peak RSS of this process (psutil, sampled every 100 ms), errors (calls the fake
refused plus ERROR records logged) and lost answers (pushed minus stored in the database).

Without ``--database-url`` it runs on a fresh SQLite file, then on a scratch PostgreSQL
database (created and dropped) when ``--postgres URL`` or TEST_DATABASE_URL is given.
``--limiter on`` keeps PTB's AIORateLimiter (Telegram's 30 messages/s), which then sets the pace.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import random
import statistics
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import psutil
from sqlalchemy import create_engine, func, text
from sqlmodel import Session, select

from bots.app import build_app
from bots.settings import Settings
from bots.telegram.bot import TelegramAdapter
from fakes.telegram_api import FakeTelegram, SentRecord
from storage.tables import TurnRow

TOKEN = "246810:SOAK-token-not-real_abcdefghijklm"
FIRST_CHAT = 500_000
REPLY_TIMEOUT_SECONDS = 120.0
START_SECONDS = 30.0
SAMPLE_SECONDS = 0.1
RSS_GOAL_MB = 300
ANSWERS = (
    "I profiled the slow endpoint, found a missing index, added it with a cache in front, and "
    "p95 latency fell from two seconds to 300 ms within a week.",
    "In my last team we disagreed about a rewrite; I proposed a two-week spike with clear "
    "success metrics, we measured both options and shipped the cheaper one.",
    "I would start with the requirements and the read/write ratio, then sketch the API, the "
    "storage and a cache, and explain the trade-offs of each choice.",
    "I wrote tests around the risky code first, shipped behind a feature flag on Friday, and "
    "watched the error rate; it stayed under 0.1 percent, so we rolled it out.",
)


@dataclass
class Figures:
    """What one soak run measured."""

    label: str
    users: int
    turns_pushed: int
    latencies: list[float]
    wall_seconds: float
    peak_rss_mb: float
    refused_calls: int
    logged_errors: int
    unanswered: int
    wrong_replies: int
    stored_answers: int
    first_errors: list[str] = field(default_factory=list)

    @property
    def lost(self) -> int:
        """Answers pushed but not in the database."""
        return max(self.turns_pushed - self.stored_answers, 0)

    @property
    def duplicated(self) -> int:
        """Answers stored more often than pushed."""
        return max(self.stored_answers - self.turns_pushed, 0)


class SoakTelegram(FakeTelegram):
    """The Bot API fake plus one waiter per chat for the bot's next message there."""

    def __init__(self, token: str) -> None:
        """A fake for ``token`` (no latency, generous long polls)."""
        super().__init__(token=token)
        self.waiters: dict[int | str, asyncio.Future[SentRecord]] = {}

    def next_message(self, chat_id: int) -> asyncio.Future[SentRecord]:
        """A future resolved by the next message the bot sends to ``chat_id``."""
        future: asyncio.Future[SentRecord] = asyncio.get_running_loop().create_future()
        self.waiters[chat_id] = future
        return future

    def _record(self, record: SentRecord, *, message: bool = False) -> None:
        super()._record(record, message=message)
        if message and record.chat_id is not None:
            waiter = self.waiters.pop(record.chat_id, None)
            if waiter is not None and not waiter.done():
                waiter.set_result(record)


class ErrorLog(logging.Handler):
    """Counts ERROR (and worse) records logged anywhere while the soak runs."""

    def __init__(self) -> None:
        """Start counting from zero."""
        super().__init__(logging.ERROR)
        self.count = 0
        self.first: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        """Count the record; keep the first few messages."""
        self.count += 1
        if len(self.first) < 5:
            self.first.append(f"{record.name}: {record.getMessage()}"[:300])


@contextlib.asynccontextmanager
async def rss_sampler() -> AsyncIterator[list[float]]:
    """Sample this process's RSS every SAMPLE_SECONDS; yields the list of samples (bytes)."""
    process = psutil.Process()
    samples: list[float] = [process.memory_info().rss]

    async def sample() -> None:
        while True:
            await asyncio.sleep(SAMPLE_SECONDS)
            samples.append(process.memory_info().rss)

    task = asyncio.create_task(sample())
    try:
        yield samples
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        samples.append(process.memory_info().rss)


def soak_settings(root: str, url: str, turns: int) -> Settings:
    """The bot's settings: offline interviewer, no follow-ups, a turn limit out of the way."""
    return Settings(
        _env_file=None,
        telegram_bot_token=TOKEN,
        telegram_api_root=root,
        database_url=url,
        llm_provider="offline",
        stt_provider="none",
        tts_provider="none",
        max_followups=0,
        default_questions=turns,
        turns_per_minute=1000,
        log_level="WARNING",
    )


def expected_reply(answered: int, turns: int) -> str:
    """What the reply to the ``answered``-th answer must show."""
    return f"Question {answered + 1}/{turns}" if answered < turns else "Interview feedback"


async def soak(label: str, url: str, users: int, turns: int, limited: bool) -> Figures:
    """Run ``users`` interviews of ``turns`` answers on ``url``; return the figures."""
    errors = ErrorLog()
    logging.getLogger().addHandler(errors)
    latencies: list[float] = []
    unanswered = wrong = 0
    async with SoakTelegram(TOKEN) as fake, rss_sampler() as rss:
        app = build_app(soak_settings(fake.root, url, turns))
        adapter = TelegramAdapter(app, rate_limited=limited)
        await asyncio.wait_for(adapter.start(), START_SECONDS)
        rng = random.Random(11)

        async def exchange(chat: int, message: str, expect: str) -> float | None:
            """Push one message; seconds until the reply, None if none came in time."""
            nonlocal unanswered, wrong
            waiter = fake.next_message(chat)
            started = time.monotonic()
            fake.push_text(chat, message)
            try:
                record = await asyncio.wait_for(waiter, REPLY_TIMEOUT_SECONDS)
            except TimeoutError:
                unanswered += 1
                return None
            if expect not in (record.plain or ""):
                wrong += 1
            return record.ts - started

        async def user(index: int) -> None:
            chat = FIRST_CHAT + index
            await exchange(chat, "/interview backend_engineer", "Question 1/")
            for answered in range(1, turns + 1):
                seconds = await exchange(chat, rng.choice(ANSWERS), expected_reply(answered, turns))
                if seconds is not None:
                    latencies.append(seconds)

        started = time.monotonic()
        try:
            await asyncio.gather(*(user(index) for index in range(users)))
        finally:
            wall = time.monotonic() - started
            await asyncio.wait_for(adapter.stop(), START_SECONDS)
            stored = stored_answers(app.sql_engine)
            app.close()
            logging.getLogger().removeHandler(errors)
        refused = len(fake.errors)
        first_errors = [f"{e.method} {e.status} {e.description}" for e in fake.errors[:5]]
    return Figures(
        label=label,
        users=users,
        turns_pushed=users * turns,
        latencies=latencies,
        wall_seconds=wall,
        peak_rss_mb=max(rss) / 2**20,
        refused_calls=refused,
        logged_errors=errors.count,
        unanswered=unanswered,
        wrong_replies=wrong,
        stored_answers=stored,
        first_errors=first_errors + errors.first,
    )


def stored_answers(engine: object) -> int:
    """How many answers the database holds (a fresh database holds only this run's)."""
    with Session(engine) as session:  # type: ignore[arg-type]
        query = select(func.count()).select_from(TurnRow).where(TurnRow.kind == "answer")
        return int(session.exec(query).one())


@contextlib.contextmanager
def scratch_postgres(base: str) -> Iterator[str]:
    """A new, empty PostgreSQL database next to ``base``'s, dropped afterwards."""
    prefix = base.rpartition("/")[0].replace("postgresql://", "postgresql+psycopg://", 1)
    name = f"ipp_soak_{uuid.uuid4().hex[:10]}"
    admin = create_engine(f"{prefix}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield f"{prefix}/{name}"
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def report(figures: Figures) -> bool:
    """Print one run's figures; True when every goal was met."""
    cuts = statistics.quantiles(figures.latencies, n=100) if len(figures.latencies) > 1 else [0.0]
    p50 = statistics.median(figures.latencies) if figures.latencies else 0.0
    p95 = cuts[94] if len(cuts) > 94 else max(figures.latencies, default=0.0)
    errors = figures.refused_calls + figures.logged_errors
    print(
        f"{figures.label:<11} users={figures.users} turns={len(figures.latencies)}/"
        f"{figures.turns_pushed}  turns/s={len(figures.latencies) / figures.wall_seconds:6.1f}  "
        f"p50={p50 * 1000:6.0f} ms  p95={p95 * 1000:6.0f} ms  "
        f"peak RSS={figures.peak_rss_mb:5.0f} MB  errors={errors} "
        f"(refused {figures.refused_calls}, logged {figures.logged_errors})  "
        f"lost={figures.lost}  duplicated={figures.duplicated}  "
        f"unanswered={figures.unanswered}  wrong replies={figures.wrong_replies}"
    )
    for line in figures.first_errors:
        print(f"    {line}")
    met = (
        errors == 0
        and figures.lost == 0
        and figures.duplicated == 0
        and figures.unanswered == 0
        and figures.wrong_replies == 0
        and figures.peak_rss_mb <= RSS_GOAL_MB
    )
    verdict = "met" if met else "MISSED"
    print(f"    goals (0 errors, 0 lost, peak RSS <= {RSS_GOAL_MB} MB): {verdict}")
    return met


def main() -> int:
    """Run the soak on each chosen database; exit 1 if a goal was missed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--users", type=int, default=1000)
    parser.add_argument("--turns", type=int, default=10, choices=range(1, 11), metavar="1-10")
    parser.add_argument("--database-url", help="run on this (empty) database only")
    parser.add_argument("--postgres", help="a PostgreSQL server URL for a scratch database")
    parser.add_argument("--limiter", choices=("off", "on"), default="off")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    limited = args.limiter == "on"
    print(
        f"{args.users} users x {args.turns} answers, all at once, offline interviewer, "
        f"AIORateLimiter {args.limiter}"
    )
    results: list[bool] = []
    if args.database_url:
        settings_url = Settings(_env_file=None, database_url=args.database_url).database_url
        figures = asyncio.run(soak("given", settings_url, args.users, args.turns, limited))
        return 0 if report(figures) else 1
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'soak.db'}"
        figures = asyncio.run(soak("sqlite", url, args.users, args.turns, limited))
        results.append(report(figures))
    postgres = args.postgres or os.environ.get("TEST_DATABASE_URL")
    if postgres:
        with scratch_postgres(postgres) as url:
            figures = asyncio.run(soak("postgresql", url, args.users, args.turns, limited))
            results.append(report(figures))
    return 0 if all(results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
