"""Direct messages: typed text and voice messages are answers; messages in servers are ignored."""

from __future__ import annotations

import logging

import aiohttp
import discord

from bots.conversation import Conversation
from bots.discord.channel import DmChannel, report_failure, sender
from bots.discord.send import Outbox
from engine.events import (
    DOWNLOAD_FAILED,
    FILE_DOWNLOAD_FAILED,
    DownloadError,
    Event,
    Input,
    Text,
    Unreadable,
    Upload,
    Voice,
)
from engine.messages import Message as Words

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


async def read_attachment(attachment: discord.Attachment, failed: Words | None = None) -> bytes:
    """The attachment's bytes; DownloadError if it can't be fetched, telling the user
    ``failed`` (by default: the voice message could not be downloaded)."""
    try:
        return await attachment.read()
    except (discord.HTTPException, aiohttp.ClientError, OSError) as error:
        log.warning("an attachment download failed: %s", error)
        raise DownloadError(failed or DOWNLOAD_FAILED()) from error


def dm_input(message: discord.Message) -> Input:
    """What a DM says: a voice answer, a typed one, a file, or nothing readable (a sticker)."""
    audio = audio_attachment(message)
    if audio is not None:
        return Voice(
            filename=audio.filename,
            fetch=lambda: read_attachment(audio),
            duration_seconds=audio.duration,
            size_bytes=audio.size,
        )
    if not message.content.strip():
        if message.attachments:  # a CV sent here: the engine says to use /cv upload
            attachment = message.attachments[0]
            return Upload(
                filename=attachment.filename,
                fetch=lambda: read_attachment(attachment, FILE_DOWNLOAD_FAILED()),
                size_bytes=attachment.size,
            )
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
        who = sender(message.author, message.channel.id)
        await self.conversation.language(who)  # a message carries no locale: the stored one
        event = Event(who, dm_input(message))
        try:
            await self.conversation.turn(event, channel)
        except Exception as error:
            await report_failure(channel.target, error)
