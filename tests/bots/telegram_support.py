"""Shared helpers for tests of the Telegram adapter: settings, a started bot, exchanges."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, Unpack

from bots.app import App, Parts, build_app
from bots.settings import Settings
from bots.telegram.bot import TelegramAdapter
from fakes.telegram_api import FakeTelegram, SentRecord
from tests.databases import app_database_or

TOKEN = "123456:TEST-token-not-real_abcdefghijkl"
WAIT = 15.0
STRONG = (
    "At my last job our checkout API was slow. I profiled the queries, added an index and a "
    "cache, and the p95 latency fell from 2 seconds to 300 ms within a week."
)


def settings_for(fake: FakeTelegram, tmp_path: Path, **overrides: Any) -> Settings:
    """Settings pointing the bot at ``fake``: offline providers, no follow-ups, 3 questions."""
    values: dict[str, Any] = {
        "telegram_bot_token": fake.token,
        "telegram_api_root": fake.root,
        "database_url": app_database_or(f"sqlite:///{tmp_path / 'bot.db'}"),
        "llm_provider": "offline",
        "stt_provider": "offline",
        "tts_provider": "none",
        "max_followups": 0,
        "default_questions": 3,
    }
    return Settings(_env_file=None, **(values | overrides))


@asynccontextmanager
async def started(
    settings: Settings, *, tts_timeout_seconds: float = 5.0, **parts: Unpack[Parts]
) -> AsyncIterator[tuple[App, TelegramAdapter]]:
    """The App and its Telegram adapter, started exactly as ``python -m bots run`` does.

    ``parts`` stand in for the App's own (an interviewer, TTS, a clock, a repository); without
    ``tts`` the App builds its own from ``settings.tts_provider``, which ``settings_for`` turns off.
    """
    app = build_app(settings, **parts)
    adapter = TelegramAdapter(app, tts_timeout_seconds=tts_timeout_seconds)
    await asyncio.wait_for(adapter.start(), WAIT)
    try:
        yield app, adapter
    finally:
        await asyncio.wait_for(adapter.stop(), WAIT)
        app.close()


@asynccontextmanager
async def running(settings: Settings, **options: Any) -> AsyncIterator[App]:
    """The started App (see :func:`started` for the options)."""
    async with started(settings, **options) as (app, _adapter):
        yield app


def shows(chat_id: int, text: str) -> Callable[[SentRecord], bool]:
    """A predicate: a message to ``chat_id`` whose displayed text contains ``text``."""
    return lambda r: r.chat_id == chat_id and r.plain is not None and text in r.plain


async def exchange(
    fake: FakeTelegram, chat_id: int, push: Callable[[], object], expect: str
) -> SentRecord:
    """Push one update and wait for the first later message to ``chat_id`` showing ``expect``."""
    start = len(fake.sent)
    push()
    return await fake.wait_for(shows(chat_id, expect), WAIT, start=start)


async def say(fake: FakeTelegram, user: int, text: str, expect: str) -> SentRecord:
    """Push ``text`` from ``user``; the first later message to them that shows ``expect``."""
    return await exchange(fake, user, lambda: fake.push_text(user, text), expect)


async def press(
    fake: FakeTelegram, user: int, on: SentRecord, data: str, expect: str
) -> SentRecord:
    """Press the button ``data`` of the message ``on``; the first later reply showing ``expect``."""
    buttons = [b for row in (on.reply_markup or {})["inline_keyboard"] for b in row]
    assert data in [b.get("callback_data") for b in buttons], buttons
    message_id = on.message_id
    assert message_id is not None
    return await exchange(fake, user, lambda: fake.push_callback(user, data, message_id), expect)


def texts_to(fake: FakeTelegram, chat_id: int) -> list[str]:
    """What ``chat_id`` was shown, message by message."""
    return [r.plain or "" for r in fake.messages_to(chat_id)]


def no_refusals(fake: FakeTelegram) -> None:
    """The Bot API refused none of the bot's sends and edits."""
    assert [e for e in fake.errors if e.method.startswith(("send", "edit"))] == []
