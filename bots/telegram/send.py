"""Sending to Telegram: MarkdownV2 text split at 4096, chat actions, spoken questions."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from typing import TypeVar

from telegram import Bot, InlineKeyboardMarkup, ReplyParameters
from telegram.constants import ChatAction, MessageLimit, ParseMode
from telegram.error import BadRequest, NetworkError, RetryAfter
from telegram.helpers import escape_markdown
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception,
    stop_after_attempt,
    wait_exponential,
)

from bots.conversation import Reply, Spoken, text_of
from bots.render import Markup, code_file, code_fits, render_action, split_message
from bots.telegram import texts
from bots.telegram.durations import seconds
from engine.actions import Message, Notice, ShowCodeCheck

log = logging.getLogger(__name__)

MARKDOWN_V2 = Markup(
    escape=lambda text: escape_markdown(text, version=2),
    bold=lambda text: f"*{text}*",
    italic=lambda text: f"_{text}_",
    limit=MessageLimit.MAX_TEXT_LENGTH,
    platform="telegram",
    commands=texts.COMMAND_NAMES,
    code=lambda text, language: (
        f"```{language}\n{escape_markdown(text, version=2, entity_type='pre')}\n```"
    ),
)
ACTION_REFRESH_SECONDS = 4.0  # Telegram shows a chat action for about 5 s
# Telegram recommends chat actions only when a reply takes noticeably long; a quick turn sends
# none, which also halves outgoing calls under the 30 messages/s overall limit.
ACTION_DELAY_SECONDS = 1.0
_MARKUP_OR_ESCAPE = re.compile(r"\\(.)|[*_~|`]", re.DOTALL)
# A send that failed for a passing reason (flood control, a timeout, a 5xx from the Bot API) is
# tried again, so the reply is not lost: at most SEND_ATTEMPTS tries, with backoff, or the
# wait Telegram asks for (AIORateLimiter has already retried 429s by then, when it is on).
SEND_ATTEMPTS = 4
_backoff = wait_exponential(multiplier=0.5, max=4.0)
MAX_RETRY_AFTER_SECONDS = 30.0  # a longer flood wait is not worth holding the chat for
T = TypeVar("T")


def retry_after_seconds(error: RetryAfter) -> float:
    """The wait Telegram asked for, in seconds."""
    return seconds(error, "retry_after") or 0.0


def _worth_retrying(error: BaseException) -> bool:
    # BadRequest subclasses NetworkError in PTB, but sending it again cannot help.
    if isinstance(error, RetryAfter):
        return retry_after_seconds(error) <= MAX_RETRY_AFTER_SECONDS
    return isinstance(error, NetworkError) and not isinstance(error, BadRequest)


def _wait(state: RetryCallState) -> float:
    error = state.outcome.exception() if state.outcome else None
    if isinstance(error, RetryAfter):
        return retry_after_seconds(error) + 0.1
    return float(_backoff(state))


def _log_retry(state: RetryCallState) -> None:
    error = state.outcome.exception() if state.outcome else None
    delay = state.next_action.sleep if state.next_action else 0.0
    log.warning("send attempt %d failed (%s); again in %.1f s", state.attempt_number, error, delay)


async def delivered(send: Callable[[], Awaitable[T]]) -> T:
    """Run a Bot API send, trying again (bounded) after flood control, timeouts and 5xx."""
    async for attempt in AsyncRetrying(
        retry=retry_if_exception(_worth_retrying),
        stop=stop_after_attempt(SEND_ATTEMPTS),
        wait=_wait,
        before_sleep=_log_retry,
        reraise=True,
    ):
        with attempt:
            return await send()
    raise AssertionError("unreachable")  # reraise=True: the last error propagates


def strip_markdown_v2(text: str) -> str:
    """What a MarkdownV2 text displays: escapes resolved, emphasis markers dropped."""
    return _MARKUP_OR_ESCAPE.sub(lambda match: match.group(1) or "", text)


async def _keep_showing(bot: Bot, chat_id: int, action: str) -> None:
    await asyncio.sleep(ACTION_DELAY_SECONDS)
    while True:
        try:
            await bot.send_chat_action(chat_id, action)
        except Exception as error:  # the indicator is cosmetic: it must never fail a turn
            log.debug("chat action failed: %s", error)
        await asyncio.sleep(ACTION_REFRESH_SECONDS)


@contextlib.asynccontextmanager
async def chat_action(
    bot: Bot, chat_id: int, action: str = ChatAction.TYPING
) -> AsyncIterator[None]:
    """Show "typing…" (or another action) while the block runs, once it runs noticeably long."""
    task = asyncio.create_task(_keep_showing(bot, chat_id, action))
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


class Outbox:
    """Everything the bot sends to a chat goes through here."""

    def __init__(self, bot: Bot) -> None:
        """Send with ``bot``."""
        self.bot = bot
        self.markup = MARKDOWN_V2

    async def send(
        self,
        chat_id: int,
        replies: Sequence[Reply],
        *,
        reply_markup: InlineKeyboardMarkup | None = None,
    ) -> None:
        """Render and send a turn's replies; spoken questions follow as voice notes.

        A turn's text goes out as one message where it fits (split on paragraphs where
        not): fewer notifications for the user, fewer calls under Telegram's flood limits.
        """
        # A code check goes alone, so its code block never straddles two messages; code too
        # long to echo follows as a file.
        groups: list[list[Reply]] = [[]]
        for reply in replies:
            if isinstance(reply, ShowCodeCheck):
                groups += [[reply], []]
            else:
                groups[-1].append(reply)
        groups = [group for group in groups if group]
        for index, group in enumerate(groups):
            text = text_of(group, self.markup)
            last = index == len(groups) - 1
            if text:
                await self.text(chat_id, text, reply_markup=reply_markup if last else None)
            for reply in group:
                if isinstance(reply, ShowCodeCheck) and not code_fits(reply, self.markup):
                    filename, data = code_file(reply)
                    await self.document(chat_id, data, filename, filename)
        for reply in replies:
            if isinstance(reply, Spoken):
                await self.voice(chat_id, reply.audio)

    async def say(
        self,
        chat_id: int,
        message: Message,
        *,
        reply_markup: InlineKeyboardMarkup | None = None,
        reply_to: int | None = None,
    ) -> None:
        """Send a message (worded and escaped here)."""
        rendered = render_action(Notice(message), self.markup)
        await self.text(chat_id, rendered, reply_markup=reply_markup, reply_to=reply_to)

    async def text(
        self,
        chat_id: int,
        text: str,
        *,
        reply_markup: InlineKeyboardMarkup | None = None,
        reply_to: int | None = None,
    ) -> None:
        """Send MarkdownV2 text, split on paragraph boundaries at Telegram's limit."""
        chunks = split_message(text, self.markup.limit)
        for index, chunk in enumerate(chunks):
            last = index == len(chunks) - 1
            await self._send_chunk(
                chat_id,
                chunk,
                reply_markup if last else None,
                reply_to if index == 0 else None,
            )

    async def edit(
        self, chat_id: int, message_id: int, text: str, reply_markup: InlineKeyboardMarkup | None
    ) -> None:
        """Replace a bot message's text (MarkdownV2) and keyboard; an unchanged edit is fine."""
        try:
            await delivered(
                lambda: self.bot.edit_message_text(
                    text,
                    chat_id=chat_id,
                    message_id=message_id,
                    parse_mode=ParseMode.MARKDOWN_V2,
                    reply_markup=reply_markup,
                )
            )
        except BadRequest as error:
            if "not modified" not in str(error).lower():
                raise

    async def photo(self, chat_id: int, image: bytes, caption: str, filename: str) -> None:
        """Send a picture with a MarkdownV2 caption (sent as its own text when too long)."""
        fits = len(strip_markdown_v2(caption)) <= MessageLimit.CAPTION_LENGTH
        await delivered(
            lambda: self.bot.send_photo(
                chat_id,
                image,
                caption=caption if fits else None,
                parse_mode=ParseMode.MARKDOWN_V2 if fits else None,
                filename=filename,
            )
        )
        if not fits:
            await self.text(chat_id, caption)

    async def document(self, chat_id: int, data: bytes, filename: str, caption: str) -> None:
        """Send a file with a short plain-text caption."""
        await delivered(
            lambda: self.bot.send_document(
                chat_id, data, filename=filename, caption=caption[: MessageLimit.CAPTION_LENGTH]
            )
        )

    async def voice(self, chat_id: int, audio: bytes) -> None:
        """Send a spoken question (MP3) as a voice note, else as an audio file."""
        try:
            await delivered(lambda: self.bot.send_voice(chat_id, audio, filename="question.mp3"))
        except BadRequest as error:
            # Users can forbid voice notes in their privacy settings; an audio file still plays.
            log.info("sendVoice refused (%s); sending an audio file", error)
            await delivered(
                lambda: self.bot.send_audio(
                    chat_id, audio, filename="question.mp3", title="Question"
                )
            )

    async def _send_chunk(
        self,
        chat_id: int,
        chunk: str,
        reply_markup: InlineKeyboardMarkup | None,
        reply_to: int | None,
    ) -> None:
        reply = ReplyParameters(reply_to, allow_sending_without_reply=True) if reply_to else None
        try:
            await delivered(
                lambda: self.bot.send_message(
                    chat_id,
                    chunk,
                    parse_mode=ParseMode.MARKDOWN_V2,
                    reply_markup=reply_markup,
                    reply_parameters=reply,
                )
            )
        except BadRequest as error:
            if "can't parse entities" not in str(error).lower():
                raise
            # Should not happen (all text is escaped), but losing the reply would be worse.
            log.error("Telegram refused our MarkdownV2 (%s); sending it as plain text", error)
            await delivered(
                lambda: self.bot.send_message(
                    chat_id,
                    strip_markdown_v2(chunk),
                    reply_markup=reply_markup,
                    reply_parameters=reply,
                )
            )
