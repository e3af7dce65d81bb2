"""Delivery of many due daily prompts through the Telegram fake with PTB's rate limiter.

Usage: python -m bench.reminder_delivery [--users 10000] [--timeout 900] [--database-url URL]

Every user's reminder falls due at the same instant. The real ReminderScheduler fires them all;
each prompt goes through a python-telegram-bot Application built with ``AIORateLimiter()``
(default: 30 messages/s overall) to the loopback Telegram fake. Prints the delivery rate, the
completion time, and how many prompts were lost (never received) or duplicated (received twice).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert
from sqlmodel import col, select
from telegram.error import Forbidden, TelegramError
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder

from bots.app import build_app
from bots.console import TERMINAL as PLAIN
from bots.render import render_all
from bots.settings import Settings
from engine.ports import Delivery
from fakes.clock import OffsetClock
from fakes.telegram_api import FakeTelegram
from storage.db import make_engine, migrate
from storage.tables import ReminderRow, UserRow

TOKEN = "123:ABC"
FIRE = datetime(2027, 1, 5, 8, 0, tzinfo=UTC)
LEAD_SECONDS = 3.0  # the clock starts this long before every reminder is due
WINDOW_SECONDS = 10.0


class ApplicationNotifier:
    """Sends prompts with the Application's bot, so every call passes its rate limiter."""

    platform = "telegram"

    def __init__(self, application: Application[Any, Any, Any, Any, Any, Any]) -> None:
        self.bot = application.bot

    async def notify(self, platform_user_id: str, chat_id: str, actions: list[Any]) -> Delivery:
        """Send each action as plain text."""
        try:
            for text in render_all(actions, PLAIN):
                await self.bot.send_message(chat_id=int(chat_id), text=text)
        except Forbidden:
            return Delivery.BLOCKED
        except TelegramError:
            logging.getLogger(__name__).warning("send failed", exc_info=True)
            return Delivery.FAILED
        return Delivery.SENT


def seed_reminders(url: str, users: int) -> None:
    """``users`` Telegram users, each with a reminder due at FIRE (inserted in bulk)."""
    engine = make_engine(url)
    set_at = FIRE - timedelta(days=1)
    with engine.begin() as connection:
        connection.execute(
            insert(UserRow),
            [
                dict(platform="telegram", platform_user_id=str(n), display_name="",
                     language="en", voice_replies=False, blocked=False, created_at=set_at)
                for n in range(1, users + 1)
            ],
        )  # fmt: skip
        rows = connection.execute(select(col(UserRow.id), col(UserRow.platform_user_id))).all()
        connection.execute(
            insert(ReminderRow),
            [
                dict(user_id=user_id, chat_id=chat, local_time="08:00", timezone="UTC",
                     enabled=True, streak=0, seen_question_ids=[], created_at=set_at,
                     updated_at=set_at)
                for user_id, chat in rows
            ],
        )  # fmt: skip
    engine.dispose()


async def run(users: int, timeout: float, url: str) -> None:
    """Fire ``users`` due reminders and report what the fake received."""
    migrate(url)
    seed_reminders(url, users)
    settings = Settings(
        _env_file=None,
        database_url=url,
        llm_provider="offline",
        stt_provider="none",
        tts_provider="none",
        reminder_grace_seconds=3600,
        log_level="WARNING",
    )
    clock = OffsetClock.starting_at(FIRE - timedelta(seconds=LEAD_SECONDS))
    app = build_app(settings, clock=clock)
    async with FakeTelegram(token=TOKEN) as fake:
        for chat in range(1, users + 1):
            fake.add_chat(chat)
        application = (
            ApplicationBuilder()
            .token(TOKEN)
            .base_url(f"{fake.root}/bot")
            .base_file_url(f"{fake.root}/file/bot")
            .rate_limiter(AIORateLimiter())
            .build()
        )
        await application.initialize()
        scheduler = app.reminder_scheduler({"telegram": ApplicationNotifier(application)})
        started = time.monotonic()
        await scheduler.start()
        planned = time.monotonic() - started
        due = started + LEAD_SECONDS
        samples: list[tuple[float, int]] = []
        first_at: float | None = None
        deadline = started + timeout
        try:
            while time.monotonic() < deadline:
                count = sum(1 for record in fake.sent if record.method == "sendMessage")
                now = time.monotonic()
                samples.append((now, count))
                if count and first_at is None:
                    first_at = now
                if count >= users:
                    break
                await asyncio.sleep(0.2)
            await asyncio.sleep(2.0)  # anything arriving late would be a duplicate
        finally:
            await scheduler.stop()
            await application.shutdown()
            app.close()
        timed_out = time.monotonic() >= deadline
        _report(fake, users, samples, due, first_at, planned, timed_out=timed_out)


def _report(
    fake: FakeTelegram,
    users: int,
    samples: list[tuple[float, int]],
    due: float,
    first_at: float | None,
    planned: float,
    *,
    timed_out: bool,
) -> None:
    per_chat = Counter(record.chat_id for record in fake.sent if record.method == "sendMessage")
    received = sum(per_chat.values())
    lost = users - len(per_chat)
    duplicated = sum(1 for count in per_chat.values() if count > 1)
    done_at = next((at for at, count in samples if count >= users), samples[-1][0])
    elapsed = done_at - due
    span = done_at - (first_at or due)
    rate = received / span if span > 0 else float("nan")
    step = max(1, int(WINDOW_SECONDS / 0.2))
    sustained = [
        (samples[i + step][1] - samples[i][1]) / (samples[i + step][0] - samples[i][0])
        for i in range(0, len(samples) - step)
        if samples[i + step][1] < users and samples[i][0] >= (first_at or due)
    ]
    print(f"reminders due at once:        {users}")
    print(f"scheduler start (plan all):   {planned:.2f} s")
    print(f"messages received by fake:    {received} ({len(per_chat)} distinct users)")
    print(f"lost (never received):        {lost}")
    print(f"duplicated (received twice):  {duplicated}")
    print(f"completion time (due → last): {elapsed:.1f} s{'  [TIMED OUT]' if timed_out else ''}")
    print(f"delivery rate (first → last): {rate:.2f} messages/s")
    if sustained:
        print(
            f"{WINDOW_SECONDS:.0f} s windows:                 min {min(sustained):.2f} · "
            f"max {max(sustained):.2f} messages/s"
        )
    print(f"fake errors:                  {len(fake.errors)}")


def main() -> None:
    """Parse arguments and run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument("--timeout", type=float, default=900.0, help="bound on the whole run (s)")
    parser.add_argument("--database-url", help="default: a fresh SQLite file in a temp dir")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    with tempfile.TemporaryDirectory() as tmp:
        url = args.database_url or f"sqlite:///{Path(tmp) / 'bench.db'}"
        asyncio.run(run(args.users, args.timeout, url))


if __name__ == "__main__":
    main()
