"""Daily practice prompts sent to a user's DM channel."""

from __future__ import annotations

import logging
from typing import Any

import discord

from bots.discord.send import ChannelTarget, Outbox
from engine.ports import Delivery, UserKey

log = logging.getLogger(__name__)
CANNOT_MESSAGE_USER = 50007


class DiscordNotifier:
    """Sends unprompted messages through the bot (and discord.py's rate-limit handling)."""

    platform = "discord"

    def __init__(self, bot: discord.Client, outbox: Outbox) -> None:
        """Deliver through ``bot``, rendering with the adapter's ``outbox``."""
        self.bot = bot
        self.outbox = outbox

    async def notify(self, platform_user_id: str, chat_id: str, actions: list[Any]) -> Delivery:
        """Render and send to the user's DM channel; blocked DMs are BLOCKED, never raised."""
        key = UserKey(self.platform, platform_user_id)
        try:
            channel = await self._dm_channel(platform_user_id, chat_id)
            await self.outbox.deliver(ChannelTarget(channel), key, actions)
        except discord.Forbidden as error:
            if error.code == CANNOT_MESSAGE_USER:
                return Delivery.BLOCKED
            log.warning("discord refused a prompt: %s", error)
            return Delivery.FAILED
        except discord.HTTPException as error:
            log.warning("discord prompt not delivered: %s", error)
            return Delivery.FAILED
        except Exception:  # the scheduler retries a failed delivery; it must not crash
            log.exception("notifying discord user %s failed", platform_user_id)
            return Delivery.FAILED
        return Delivery.SENT

    async def _dm_channel(self, platform_user_id: str, chat_id: str) -> discord.abc.Messageable:
        """The stored DM channel; without a usable one, the DM is opened by the user's id."""
        if chat_id.isdigit():
            return self.bot.get_partial_messageable(int(chat_id), type=discord.ChannelType.private)
        return await self.bot.create_dm(discord.Object(int(platform_user_id)))
