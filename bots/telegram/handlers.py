"""Telegram handlers: each turns an update into service calls and sends what comes back."""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable
from typing import Any, Protocol

from telegram import Audio, Chat, Document, Message, MessageEntity, Update, Voice
from telegram.constants import ChatAction
from telegram.error import BadRequest, Forbidden, NetworkError, TelegramError
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.helpers import create_deep_linked_url

from bots import common
from bots.charts import progress_reply
from bots.export import export_latest
from bots.languages import parse_language
from bots.render import roles_text
from bots.telegram import keyboards, texts
from bots.telegram.buttons import ButtonHandler
from bots.telegram.durations import seconds
from bots.telegram.send import chat_action
from bots.telegram.turns import ServiceCall, Turns, sender, update_ref
from engine.actions import Action, ShowHistory
from engine.daily_service import DailyPractice
from engine.ports import UpdateRef, UserKey
from engine.service import InterviewService

log = logging.getLogger(__name__)

Media = Voice | Audio | Document


class SourcedCall(Protocol):
    """A service call that a platform update can make exactly once (skip, redo, end)."""

    def __call__(self, key: UserKey, *, source: UpdateRef | None = None) -> Awaitable[list[Action]]:
        """Act for ``key``, claiming ``source``."""
        ...


class TelegramHandlers:
    """The bot's handlers, bound to one App through ``turns``."""

    def __init__(self, turns: Turns) -> None:
        """Serve the users of ``turns.app``."""
        self.turns = turns
        self.outbox = turns.outbox
        self.buttons = ButtonHandler(turns)

    @property
    def service(self) -> InterviewService:
        """The interview service."""
        return self.turns.service

    @property
    def daily(self) -> DailyPractice:
        """Daily practice: reminders, the question of the day, progress and export."""
        return self.turns.app.daily

    def register(self, application: Application[Any, Any, Any, Any, Any, Any]) -> None:
        """Add every handler and the error handler to ``application``."""
        private = filters.ChatType.PRIVATE
        application.add_handler(TypeHandler(Update, self.admit), group=-1)
        addressed = filters.COMMAND | filters.Entity(MessageEntity.MENTION)
        application.add_handler(MessageHandler(filters.ChatType.GROUPS & addressed, self.in_group))
        commands = {
            "start": self.start, "interview": self.interview, "roles": self.roles,
            "skip": self.skip, "redo": self.redo, "end": self.end, "feedback": self.feedback,
            "history": self.history, "progress": self.progress, "export": self.export,
            "remind": self.remind, "voice": self.voice, "lang": self.lang,
            "delete_me": self.delete_me, "help": self.help,
        }  # fmt: skip
        assert set(commands) == {name for name, _ in texts.COMMANDS}
        for name, callback in commands.items():
            application.add_handler(CommandHandler(name, callback, filters=private))
        application.add_handler(MessageHandler(private & filters.COMMAND, self.unknown_command))
        audio = filters.VOICE | filters.AUDIO | filters.Document.AUDIO
        application.add_handler(MessageHandler(private & audio, self.voice_answer))
        application.add_handler(MessageHandler(private & filters.TEXT, self.text_answer))
        application.add_handler(MessageHandler(private, self.other_message))
        application.add_handler(CallbackQueryHandler(self.buttons))
        application.add_error_handler(self.on_error)

    # ------------------------------------------------------------------ before every update
    async def admit(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Turn away users outside the allow-list before any handler.

        Redelivered updates never get here: the inbox (inbox.py) drops them as they arrive.
        """
        if update.effective_user is None or update.effective_chat is None:
            return
        key, chat_id = sender(update)
        refusal = self.service.refusal(key)
        if refusal is not None:
            try:
                if update.callback_query is not None:  # else the button spins until timed out
                    await update.callback_query.answer(refusal, show_alert=True)
                elif update.effective_chat.type == Chat.PRIVATE:  # a group hears nothing of it
                    await self.outbox.say(chat_id, refusal)
            except TelegramError as error:  # e.g. an expired button: still refused
                log.info("could not tell a user outside the allow-list: %s", error)
            raise ApplicationHandlerStop
        if update.callback_query is not None or update.effective_chat.type == Chat.PRIVATE:
            await common.unblock(self.daily, key)

    # ------------------------------------------------------------------ commands
    async def start(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """/start: welcome and the role picker (a deep link naming a role skips ahead)."""
        key, chat_id = sender(update)
        role = self.turns.app.roles.get(context.args[0]) if context.args else None
        if role is not None:
            text = self.outbox.markup.escape(texts.PICK_TYPE.format(role=role.name))
            await self.outbox.text(chat_id, text, reply_markup=keyboards.kind_keyboard(role))
            return
        user = update.effective_user
        paragraphs = [texts.WELCOME.format(name=user.first_name if user else "there")]
        active = await self.service.active(key) is not None
        if active:
            paragraphs.append(texts.ACTIVE_NOTE)
        paragraphs.append(texts.PICK_ROLE)
        m = self.outbox.markup
        text = m.b(texts.WELCOME_TITLE) + "\n\n" + m.escape("\n\n".join(paragraphs))
        await self.outbox.text(chat_id, text, reply_markup=self._role_keyboard())
        if active:  # coming back (perhaps after days): show the question that is waiting
            await self.turns.run(key, chat_id, self.service.current_question)

    async def interview(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """/interview [role]: start at once with the defaults for a role (id or name), else pick."""
        key, chat_id = sender(update)
        if not context.args:
            await self.outbox.say(chat_id, texts.PICK_ROLE, reply_markup=self._role_keyboard())
            return
        typed = " ".join(context.args)
        role = common.find_role(self.turns.app.roles.values(), typed)
        if role is None:
            unknown = texts.UNKNOWN_ROLE.format(role=typed)
            await self.outbox.say(chat_id, unknown, reply_markup=self._role_keyboard())
            return
        name = update.effective_user.full_name if update.effective_user else ""
        await self.turns.run(
            key, chat_id, lambda key: self.service.start(key, role.id, display_name=name)
        )

    async def roles(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """/roles: the roles with their ids and interview types, and a picker."""
        _, chat_id = sender(update)
        text = roles_text(self.turns.app.roles.values(), self.outbox.markup)
        await self.outbox.text(chat_id, text, reply_markup=self._role_keyboard())

    async def skip(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """/skip: skip the current question."""
        await self._once(update, self.service.skip)

    async def redo(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """/redo: take back the last answer and ask its question again."""
        await self._once(update, self.service.redo)

    async def end(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """/end: end the interview now and send the report."""
        await self._once(update, self.service.end)

    async def _once(self, update: Update, call: SourcedCall) -> None:
        """Run ``call`` for the sender, claiming the update: a replay after a crash is done once."""
        source = update_ref(update)
        await self.turns.run(*sender(update), lambda key: call(key, source=source))

    async def feedback(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """/feedback: the report of the latest finished interview."""
        await self.turns.run(*sender(update), self.service.feedback)

    async def history(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """/history [page]: past interviews, newest first, with newer/older buttons."""
        key, chat_id = sender(update)
        page = int(context.args[0]) if context.args and context.args[0].isdecimal() else 1
        actions = await self.service.history(key, page)
        shown = next((a for a in actions if isinstance(a, ShowHistory)), None)
        keyboard = keyboards.history_keyboard(shown.page, shown.pages) if shown else None
        await self.outbox.send(chat_id, actions, reply_markup=keyboard)

    async def progress(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """/progress: a chart of the scores over finished interviews (text under two)."""
        key, chat_id = sender(update)
        async with chat_action(self.outbox.bot, chat_id, ChatAction.UPLOAD_PHOTO):
            image, text = await progress_reply(self.daily, key, self.outbox.markup)
        if image is None:
            await self.outbox.text(chat_id, text)
            return
        await self.outbox.photo(chat_id, image, text, filename="progress.png")

    async def export(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """/export: the latest interview's transcript and report as a Markdown file."""
        key, chat_id = sender(update)
        exported = await export_latest(self.daily, key)
        if exported is None:
            await self.outbox.say(chat_id, texts.NOTHING_TO_EXPORT)
            return
        filename, data = exported
        await self.outbox.document(chat_id, data, filename, texts.EXPORT_CAPTION)

    async def remind(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """/remind HH:MM [Area/City] | off: the daily practice question; alone, the setting."""
        key, chat_id = sender(update)
        args = context.args or []
        call: ServiceCall
        if not args:
            call = self.daily.describe
        elif len(args) == 1 and args[0].lower() == "off":
            call = self.daily.disable
        elif len(args) <= 2:
            time_text, zone_text = args[0], args[1] if len(args) == 2 else None
            call = functools.partial(
                self.daily.set_reminder,
                chat_id=str(chat_id),
                time_text=time_text,
                zone_text=zone_text,
            )
        else:
            await self.outbox.say(chat_id, texts.REMIND_USAGE)
            return
        await self.turns.run(key, chat_id, call)

    async def voice(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """/voice on|off: spoken questions as voice notes."""
        key, chat_id = sender(update)
        choice = context.args[0].lower() if context.args else ""
        if choice not in ("on", "off"):
            profile = await self.service.user(key)
            state = "on" if profile.voice_replies else "off"
            await self.outbox.say(chat_id, texts.VOICE_USAGE.format(state=state))
            return
        if choice == "on" and self.turns.app.tts is None:
            await self.outbox.say(chat_id, common.VOICE_UNAVAILABLE)
            return
        await self.service.set_preferences(key, voice=choice == "on")
        await self.outbox.say(chat_id, texts.VOICE_ON if choice == "on" else texts.VOICE_OFF)

    async def lang(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """/lang <code>: the interview language, as a 2-letter ISO 639-1 code."""
        key, chat_id = sender(update)
        if not context.args:
            profile = await self.service.user(key)
            await self.outbox.say(chat_id, texts.LANG_USAGE.format(code=profile.language))
            return
        try:
            code = parse_language(" ".join(context.args))
        except ValueError as error:
            await self.outbox.say(chat_id, str(error))
            return
        await self.service.set_preferences(key, language=code)
        await self.outbox.say(chat_id, texts.LANG_SET.format(code=code))

    async def delete_me(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """/delete_me: ask for confirmation before deleting the user's data."""
        _, chat_id = sender(update)
        await self.outbox.say(
            chat_id, common.DELETE_CONFIRM, reply_markup=keyboards.delete_keyboard()
        )

    async def help(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """/help: what the bot does and its commands."""
        await self.outbox.say(sender(update)[1], texts.help_text())

    async def unknown_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A command the bot does not have."""
        await self.outbox.say(sender(update)[1], texts.UNKNOWN_COMMAND)

    # ------------------------------------------------------------------ answers
    async def text_answer(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Typed text in a private chat: an interview answer, the daily question's, or a hint."""
        key, chat_id = sender(update)
        text = update.effective_message.text if update.effective_message else None
        await self.turns.run(
            key,
            chat_id,
            lambda key: common.text_answer(
                self.service,
                key,
                text or "",
                no_session=texts.NO_SESSION,
                daily=self.daily,
                source=update_ref(update),  # a replay after a crash is not stored twice
            ),
        )

    async def voice_answer(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A voice note or audio file: checked before download, transcribed, then answered."""
        key, chat_id = sender(update)
        message = update.effective_message
        media = _media(message)
        if media is None:
            return
        await self.turns.run(
            key,
            chat_id,
            lambda key: common.voice_answer(
                self.service,
                key,
                lambda: _download(media),
                filename=_filename(media),
                duration_seconds=_duration_seconds(media),
                size_bytes=media.file_size,
                no_session=texts.NO_SESSION,
                daily=self.daily,
                source=update_ref(update),
            ),
        )

    async def other_message(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Anything else in a private chat (photo, sticker, non-audio file): say what works."""
        key, chat_id = sender(update)
        active = await self.service.active(key) is not None
        await self.outbox.say(chat_id, texts.NOT_AN_ANSWER if active else texts.NO_SESSION)

    # ------------------------------------------------------------------ groups
    async def in_group(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A command or mention in a group: interviews are private, so link to a private chat."""
        message = update.effective_message
        username = context.bot.username
        if message is None or not _addressed_to(message, username):
            return
        link = create_deep_linked_url(username, "group")
        await self.outbox.say(
            message.chat_id,
            texts.GROUP_HINT.format(link=link),
            reply_markup=keyboards.link_keyboard(link),
            reply_to=message.message_id,
        )

    # ------------------------------------------------------------------ errors
    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Log a handler's failure and tell the user kindly — never a traceback in chat."""
        error = context.error
        chat = update.effective_chat if isinstance(update, Update) else None
        if isinstance(error, Forbidden):
            log.info("chat %s blocked the bot: %s", chat.id if chat else "?", error)
            return
        if isinstance(update, Update):
            log.info("handling update %d failed", update.update_id)
        text = common.failure_text(error) if error is not None else common.SORRY
        if chat is None:
            return
        try:
            await self.outbox.say(chat.id, text)
        except TelegramError as send_error:
            log.warning("could not send the error message either: %s", send_error)

    def _role_keyboard(self) -> keyboards.InlineKeyboardMarkup:
        return keyboards.role_keyboard(self.turns.app.roles.values())


def _media(message: Message | None) -> Media | None:
    if message is None:
        return None
    return message.voice or message.audio or message.document


def _duration_seconds(media: Media) -> float | None:
    return None if isinstance(media, Document) else seconds(media, "duration")


def _filename(media: Media) -> str:
    if isinstance(media, Voice):
        return "voice.ogg"
    return media.file_name or "answer.audio"


async def _download(media: Media) -> bytes:
    """The file's bytes: getFile, then the download (bots.common bounds the time)."""
    try:
        file = await media.get_file()
        return bytes(await file.download_as_bytearray())
    except BadRequest as error:
        if "too big" in str(error).lower():
            raise common.DownloadError(texts.FILE_TOO_BIG) from error
        raise
    except NetworkError as error:
        log.warning("voice note download failed: %s", error)
        raise common.DownloadError(common.DOWNLOAD_FAILED) from error


def _addressed_to(message: Message, bot_username: str) -> bool:
    """Whether a group message is a command for this bot or mentions it."""
    wanted = bot_username.lower()
    found = message.parse_entities([MessageEntity.BOT_COMMAND, MessageEntity.MENTION])
    for entity, value in found.items():
        if entity.type == MessageEntity.BOT_COMMAND and entity.offset == 0:
            target = value.partition("@")[2].lower()
            if target in ("", wanted):
                return True
        if entity.type == MessageEntity.MENTION and value.lower() == f"@{wanted}":
            return True
    return False
