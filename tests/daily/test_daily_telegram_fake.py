"""Daily prompts through a real python-telegram-bot ``Bot`` against the loopback Telegram fake.

The notifier here is the smallest one possible (the adapter's own lives in bots/telegram/):
it proves the daily pipeline end to end over HTTP and that Telegram's 403 "bot was blocked
by the user" marks the user blocked and stops their prompts.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import pytest
from telegram import Bot
from telegram.error import Forbidden, TelegramError

from bots.console import TERMINAL as PLAIN
from bots.render import render_all
from engine.daily import fire_on
from engine.daily_practice import DailyPractice
from engine.ports import Delivery
from engine.reminder_scheduler import ReminderScheduler
from fakes.clock import OffsetClock
from fakes.telegram_api import FakeTelegram
from tests.daily.conftest import GOOD_ANSWER, user, user_id
from tests.support.words import words

TOKEN = "123:ABC"


class BotNotifier:
    """Sends daily prompts with a PTB Bot; Forbidden (403) means the user blocked the bot."""

    platform = "telegram"

    def __init__(self, bot: Bot) -> None:
        self.bot = bot

    async def notify(self, platform_user_id: str, chat_id: str, actions: list[Any]) -> Delivery:
        """Send each action as plain text."""
        try:
            for text in render_all(actions, PLAIN):
                await self.bot.send_message(chat_id=int(chat_id), text=text)
        except Forbidden:
            return Delivery.BLOCKED
        except TelegramError:
            return Delivery.FAILED
        return Delivery.SENT


@pytest.fixture
async def telegram() -> AsyncIterator[tuple[FakeTelegram, Bot]]:
    """The fake Bot API and an initialised PTB Bot pointed at it."""
    async with FakeTelegram(token=TOKEN) as fake:
        bot = Bot(TOKEN, base_url=f"{fake.root}/bot", base_file_url=f"{fake.root}/file/bot")
        async with bot:
            yield fake, bot


# Room for /remind to be stored before the fire time, even on a loaded machine.
LEAD = timedelta(seconds=2)


async def test_prompts_go_out_over_http_and_a_403_marks_the_user_blocked(
    daily: DailyPractice, clock: OffsetClock, telegram: tuple[FakeTelegram, Bot]
) -> None:
    fake, bot = telegram
    for chat in (42, 43):
        fake.add_chat(chat)
    first_fire = fire_on(clock.now().date(), "08:00", "Europe/Berlin")
    clock.jump_to(first_fire - LEAD)
    scheduler = ReminderScheduler(daily, {"telegram": BotNotifier(bot)}, clock)
    await scheduler.start()
    try:
        for chat in (42, 43):
            await daily.set_reminder(user(chat), str(chat), "08:00", "Europe/Berlin")
        for chat in (42, 43):
            record = await fake.wait_for_text(chat, "question of the day", timeout=5)
            assert record.method == "sendMessage"
        reply = await daily.answer(user(42), GOOD_ANSWER)
        assert "Day 1" in words(reply[0])

        # Day two: user 42 has blocked the bot, user 43 has not.
        fake.block(42)
        clock.jump_to(first_fire + timedelta(days=1) - LEAD)
        ids = {chat: await user_id(daily, chat) for chat in (42, 43)}
        for uid in ids.values():
            await scheduler.reschedule(uid)
        await fake.wait_for_count(43, 2, timeout=5)
        deadline = asyncio.get_running_loop().time() + 5
        while True:
            reminder = await daily.reminder(ids[42])
            if reminder is not None and reminder.blocked:
                break
            assert asyncio.get_running_loop().time() < deadline, "42 was not marked blocked"
            await asyncio.sleep(0.05)
        assert any(e.status == 403 and "blocked" in e.description for e in fake.errors)
        assert scheduler.scheduled_for(ids[42]) is None
        # 43's job plans its next day right after its send returns: allow it that moment.
        while scheduler.scheduled_for(ids[43]) is None:
            assert asyncio.get_running_loop().time() < deadline + 5, "43 was not rescheduled"
            await asyncio.sleep(0.05)
        assert len(fake.messages_to(42)) == 1  # nothing was delivered after the block
        assert [r.user_id for r in await daily.active_reminders()] == [ids[43]]

        # Writing to the bot again: reminders resume from the next day.
        fake.unblock(42)
        assert await daily.unblock(user(42))
        assert scheduler.scheduled_for(ids[42]) is not None
    finally:
        await scheduler.stop()
