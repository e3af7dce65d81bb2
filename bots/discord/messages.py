"""Direct messages: typed text and voice messages in an active session are answers."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator

import aiohttp
import discord

from bots.common import DOWNLOAD_FAILED, DownloadError, text_answer, voice_answer
from bots.discord import texts
from bots.discord.send import ChannelTarget, Outgoing, escape
from bots.discord.turns import Conversation, user_key
from engine.actions import Action, Notice
from engine.ports import UserKey

log = logging.getLogger(__name__)

AUDIO_SUFFIXES = (".ogg", ".oga", ".opus", ".mp3", ".wav", ".flac", ".m4a", ".webm")
ANSWERABLE = (discord.MessageType.default, discord.MessageType.reply)


def audio_attachment(message: discord.Message) -> discord.Attachment | None:
    """The message's voice message or audio file, if it has one."""
    for attachment in message.attachments:
        if message.flags.voice and attachment.is_voice_message():
            return attachment
    for attachment in message.attachments:
        kind = attachment.content_type or ""
        if kind.startswith("audio/") or attachment.filename.lower().endswith(AUDIO_SUFFIXES):
            return attachment
    return None


async def read_attachment(attachment: discord.Attachment) -> bytes:
    """The attachment's bytes; DownloadError (with the user's message) if it can't be fetched."""
    try:
        return await attachment.read()
    except (discord.HTTPException, aiohttp.ClientError, OSError) as error:
        log.warning("voice message download failed: %s", error)
        raise DownloadError(DOWNLOAD_FAILED) from error


@contextlib.asynccontextmanager
async def typing(channel: discord.abc.Messageable) -> AsyncIterator[None]:
    """Discord's "typing…" while the block runs; a failing indicator never fails the turn."""
    async with contextlib.AsyncExitStack() as stack:
        try:
            await stack.enter_async_context(channel.typing())
        except discord.HTTPException as error:
            log.debug("typing indicator failed: %s", error)
        yield


class DirectMessages:
    """Turns DMs into answers; messages in servers are left alone."""

    def __init__(self, conversation: Conversation) -> None:
        """Answer through ``conversation``."""
        self.conversation = conversation

    async def on_message(self, message: discord.Message) -> None:
        """A DM from a user: an answer, or a hint when no interview is running."""
        if message.author.bot or message.type not in ANSWERABLE:
            return
        # Not ``message.guild``: it is None for a server the cache doesn't hold (yet).
        if not isinstance(message.channel, discord.DMChannel):
            return
        key = user_key(message.author)
        target = ChannelTarget(message.channel)
        # Taken before anything is awaited, so a user's messages are handled in arrival order.
        async with self.conversation.turn_lock(key):
            try:
                refusal = self.conversation.service.refusal(key)
                if refusal is not None:
                    await target.send(Outgoing(escape(refusal)))
                    return
                async with typing(message.channel):
                    actions = await self._answer(message, key)
                await self.conversation.outbox.deliver(target, key, actions)
            except Exception as error:
                await self.conversation.report_failure(target, error)

    async def _answer(self, message: discord.Message, key: UserKey) -> list[Action]:
        service, daily = self.conversation.service, self.conversation.app.daily
        await self.conversation.unblock(key)  # they talk to us again: daily prompts resume
        audio = audio_attachment(message)
        if audio is not None:
            return await voice_answer(
                service,
                key,
                lambda: read_attachment(audio),
                filename=audio.filename,
                duration_seconds=audio.duration,
                size_bytes=audio.size,
                no_session=texts.NO_SESSION,
                daily=daily,
            )
        if not message.content.strip():  # a sticker, an embed, a file that is not audio
            active = await service.active(key) is not None
            return [Notice(texts.NOT_AN_ANSWER if active else texts.NO_SESSION)]
        return await text_answer(
            service, key, message.content, no_session=texts.NO_SESSION, daily=daily
        )
