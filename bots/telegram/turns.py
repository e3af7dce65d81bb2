"""Running a service call for a chat: typing indicator while it works, then the replies."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram import InlineKeyboardMarkup, Update
from telegram.error import BadRequest

from bots.app import App
from bots.telegram import keyboards
from bots.telegram.send import Outbox, chat_action
from engine.actions import Action, ShowReport
from engine.ports import UpdateRef, UserKey
from engine.service import InterviewService

PLATFORM = "telegram"

ServiceCall = Callable[[UserKey], Awaitable[list[Action]]]


def sender(update: Update) -> tuple[UserKey, int]:
    """The service's key for the update's user, and the chat to answer in."""
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None:
        raise ValueError(f"update {update.update_id} has no user or chat")
    return UserKey(PLATFORM, str(user.id)), chat.id


def update_ref(update: Update) -> UpdateRef:
    """The storage key of a Telegram update (its answer is stored once, however replayed)."""
    return UpdateRef(PLATFORM, str(update.update_id))


class Turns:
    """Calls the service on behalf of a chat and renders what comes back."""

    def __init__(self, app: App, outbox: Outbox) -> None:
        """Serve ``app``'s users through ``outbox``."""
        self.app = app
        self.outbox = outbox

    @property
    def service(self) -> InterviewService:
        """The interview service."""
        return self.app.service

    async def run(self, key: UserKey, chat_id: int, call: ServiceCall) -> None:
        """Show "typing…" while ``call`` works, then send its actions."""
        async with chat_action(self.outbox.bot, chat_id):
            actions = await call(key)
        await self.reply(key, chat_id, actions)

    async def reply(
        self,
        key: UserKey,
        chat_id: int,
        actions: list[Action],
        reply_markup: InlineKeyboardMarkup | None = None,
    ) -> None:
        """Send actions, speaking questions when the user turned voice replies on."""
        profile = await self.service.user(key)
        speaker = self.app.tts if profile.voice_replies else None
        if reply_markup is None and any(isinstance(a, ShowReport) for a in actions):
            reply_markup = keyboards.again_keyboard()
        await self.outbox.send(
            chat_id, actions, reply_markup=reply_markup, speaker=speaker, language=profile.language
        )

    async def show(
        self,
        chat_id: int,
        message_id: int | None,
        text: str,
        reply_markup: InlineKeyboardMarkup | None = None,
    ) -> None:
        """Put MarkdownV2 ``text`` in place of a bot message, or send it anew if that fails."""
        if message_id is not None:
            try:
                await self.outbox.edit(chat_id, message_id, text, reply_markup)
                return
            except BadRequest:  # too old or deleted: a new message does the job
                pass
        await self.outbox.text(chat_id, text, reply_markup=reply_markup)
