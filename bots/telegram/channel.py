"""Where a Telegram turn's replies go: a chat, or in place of the message a button was under."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Sequence

from telegram import CallbackQuery, Chat, InlineKeyboardMarkup, Update
from telegram.error import BadRequest

from bots.conversation import Reply, refusal_of, text_of
from bots.render import Markup
from bots.telegram import keyboards
from bots.telegram.send import Outbox, chat_action
from engine.actions import Refusal, ShowHistory, ShowReport
from engine.events import Sender, UpdateRef

log = logging.getLogger(__name__)

PLATFORM = "telegram"


def sender(update: Update) -> Sender:
    """Who sent the update and the chat to answer in."""
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None:
        raise ValueError(f"update {update.update_id} has no user or chat")
    return Sender(PLATFORM, str(user.id), str(chat.id), user.full_name)


def update_ref(update: Update) -> UpdateRef:
    """The storage key of a Telegram update (its answer is stored once, however replayed)."""
    return UpdateRef(PLATFORM, str(update.update_id))


def keyboard_for(replies: Sequence[Reply], m: Markup) -> InlineKeyboardMarkup | None:
    """The buttons a turn's last message carries: history pages, or "practise again"."""
    for reply in replies:
        if isinstance(reply, ShowHistory):
            return keyboards.history_keyboard(reply.page, reply.pages, m)
    if any(isinstance(reply, ShowReport) for reply in replies):
        return keyboards.again_keyboard(m)
    return None


class ChatChannel:
    """Replies as new messages in a chat, with "typing…" while the turn is computed.

    A refusal (the allow-list) answers a button as an alert and says nothing in a group.
    """

    def __init__(
        self,
        outbox: Outbox,
        chat_id: int,
        *,
        private: bool = True,
        query: CallbackQuery | None = None,
    ) -> None:
        """Send to ``chat_id`` through ``outbox``."""
        self.outbox = outbox
        self.chat_id = chat_id
        self.private = private
        self.query = query

    @classmethod
    def of(cls, outbox: Outbox, update: Update) -> ChatChannel:
        """The channel answering ``update``."""
        chat = update.effective_chat
        assert chat is not None
        return cls(outbox, chat.id, private=chat.type == Chat.PRIVATE, query=update.callback_query)

    def working(self) -> contextlib.AbstractAsyncContextManager[None]:
        """Telegram's "typing…" while the turn is computed."""
        return chat_action(self.outbox.bot, self.chat_id)

    async def send(self, replies: Sequence[Reply]) -> None:
        """Send the replies as few messages, with the buttons they call for."""
        refusal = refusal_of(replies)
        if refusal is not None:
            await self._refuse(refusal)
            return
        await self.outbox.send(
            self.chat_id, replies, reply_markup=keyboard_for(replies, self.outbox.markup)
        )

    async def _refuse(self, refusal: Refusal) -> None:
        if self.query is not None:  # else the button spins until timed out
            await self.query.answer(self.outbox.markup.t(refusal.message), show_alert=True)
        elif self.private:  # a group hears nothing of it
            await self.outbox.say(self.chat_id, refusal.message)


class InPlaceChannel(ChatChannel):
    """Replies in place of the bot message a button was under (a new message if that fails)."""

    def __init__(self, outbox: Outbox, chat_id: int, message_id: int | None) -> None:
        """Edit ``message_id`` in ``chat_id``."""
        super().__init__(outbox, chat_id)
        self.message_id = message_id

    async def send(self, replies: Sequence[Reply]) -> None:
        """Show the replies' text where the button was, with the buttons they call for."""
        text = text_of(replies, self.outbox.markup)
        await show(
            self.outbox,
            self.chat_id,
            self.message_id,
            text,
            keyboard_for(replies, self.outbox.markup),
        )


async def show(
    outbox: Outbox,
    chat_id: int,
    message_id: int | None,
    text: str,
    reply_markup: InlineKeyboardMarkup | None = None,
) -> None:
    """Put MarkdownV2 ``text`` in place of a bot message, or send it anew if that fails."""
    if message_id is not None:
        try:
            await outbox.edit(chat_id, message_id, text, reply_markup)
            return
        except BadRequest:  # too old or deleted: a new message does the job
            pass
    await outbox.text(chat_id, text, reply_markup=reply_markup)
