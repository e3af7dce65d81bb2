"""Direct messages: typed text and voice messages are answers; messages in servers are ignored."""

from __future__ import annotations

import logging

import aiohttp
import discord

from bots.conversation import Conversation
from bots.discord.channel import DmChannel, report_failure, sender
from bots.discord.send import Outbox
from engine.events import DOWNLOAD_FAILED, DownloadError, Event, Input, Text, Unreadable, Voice

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
        raise DownloadError(DOWNLOAD_FAILED()) from error


def dm_input(message: discord.Message) -> Input:
    """What a DM says: a voice answer, a typed one, or nothing readable (a sticker, a file)."""
    audio = audio_attachment(message)
    if audio is not None:
        return Voice(
            filename=audio.filename,
            fetch=lambda: read_attachment(audio),
            duration_seconds=audio.duration,
            size_bytes=audio.size,
        )
    if not message.content.strip():
        return Unreadable()
    return Text(message.content)


class DirectMessages:
    """Turns DMs into events; messages in servers are left alone."""

    def __init__(self, conversation: Conversation, outbox: Outbox) -> None:
        """Run DMs through ``conversation``, replying through ``outbox``."""
        self.conversation = conversation
        self.outbox = outbox

    async def on_message(self, message: discord.Message) -> None:
        """A DM from a user: an answer, or a hint when there is nothing to answer."""
        if message.author.bot or message.type not in ANSWERABLE:
            return
        # Not ``message.guild``: it is None for a server the cache doesn't hold (yet).
        if not isinstance(message.channel, discord.DMChannel):
            return
        channel = DmChannel(self.outbox, message.channel)
        event = Event(sender(message.author, message.channel.id), dm_input(message))
        try:
            await self.conversation.turn(event, channel)
        except Exception as error:
            await report_failure(channel.target, error)
