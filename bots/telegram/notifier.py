"""Messages the bot sends on its own (daily practice prompts), through the adapter's Outbox."""

from __future__ import annotations

import logging
from typing import Any

from telegram.error import Forbidden, TelegramError

from bots.telegram.turns import PLATFORM, Turns
from engine.ports import Delivery, UserKey

log = logging.getLogger(__name__)


class TelegramNotifier:
    """A Notifier: renders actions like any reply; 403 means the user blocked the bot."""

    platform = PLATFORM

    def __init__(self, turns: Turns) -> None:
        """Send through ``turns`` (the Application's rate-limited bot)."""
        self.turns = turns

    async def notify(self, platform_user_id: str, chat_id: str, actions: list[Any]) -> Delivery:
        """Send ``actions`` to ``chat_id``; never raises for delivery problems."""
        try:
            await self.turns.reply(UserKey(PLATFORM, platform_user_id), int(chat_id), actions)
        except Forbidden as error:
            log.info("chat %s blocked the bot: %s", chat_id, error)
            return Delivery.BLOCKED
        except TelegramError as error:
            log.warning("could not notify chat %s: %s", chat_id, error)
            return Delivery.FAILED
        except Exception:  # the scheduler retries a failed delivery; it must not crash
            log.exception("notifying chat %s failed", chat_id)
            return Delivery.FAILED
        return Delivery.SENT
