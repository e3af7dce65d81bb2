"""Telegram handlers: each parses an update into an event for the entry point (or answers a
menu itself) and sends what comes back."""

from __future__ import annotations

import logging
from typing import Any

from telegram import Audio, Document, Message, MessageEntity, Update, Voice
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

from bots.charts import progress_reply
from bots.conversation import Conversation, failure_message, refusal_of
from bots.export import export_latest
from bots.render import role_name, roles_text
from bots.role_search import find_role
from bots.shared_texts import DELETE_CONFIRM
from bots.telegram import keyboards, texts
from bots.telegram.buttons import ButtonHandler, role_picker
from bots.telegram.channel import ChatChannel, sender, update_ref
from bots.telegram.durations import seconds
from bots.telegram.send import Outbox, chat_action
from bots.telegram.texts import help_message
from engine import events
from engine.actions import AskQuestion
from engine.entry import SORRY
from engine.events import (
    DOWNLOAD_FAILED,
    FILE_DOWNLOAD_FAILED,
    DownloadError,
    Event,
    Input,
    MaterialKind,
)
from engine.labels import TAILORED_KIND
from engine.messages import Message as Words

log = logging.getLogger(__name__)

Media = Voice | Audio | Document
Context = ContextTypes.DEFAULT_TYPE


class TelegramHandlers:
    """The bot's handlers: parse, call the entry point through ``conversation``, render."""

    def __init__(self, conversation: Conversation, outbox: Outbox) -> None:
        """Serve ``conversation.app``'s users through ``outbox``."""
        self.conversation = conversation
        self.outbox = outbox
        self.queries = conversation.app.queries
        self.buttons = ButtonHandler(conversation, outbox)

    def register(self, application: Application[Any, Any, Any, Any, Any, Any]) -> None:
        """Add every handler and the error handler to ``application``."""
        private = filters.ChatType.PRIVATE
        application.add_handler(TypeHandler(Update, self.admit), group=-1)
        addressed = filters.COMMAND | filters.Entity(MessageEntity.MENTION)
        application.add_handler(MessageHandler(filters.ChatType.GROUPS & addressed, self.in_group))
        commands = {
            "start": self.start, "interview": self.interview, "roles": self.roles,
            "skip": self.skip, "redo": self.redo, "hint": self.hint, "example": self.example,
            "end": self.end, "feedback": self.feedback,
            "history": self.history, "progress": self.progress, "export": self.export,
            "cv": self.cv, "job": self.job, "cancel": self.cancel,
            "remind": self.remind, "voice": self.voice, "lang": self.lang,
            "delete_me": self.delete_me, "help": self.help,
        }  # fmt: skip
        assert set(commands) == set(texts.COMMANDS)
        for name, callback in commands.items():
            application.add_handler(CommandHandler(name, callback, filters=private))
        application.add_handler(MessageHandler(private & filters.COMMAND, self.unknown_command))
        audio = filters.VOICE | filters.AUDIO | filters.Document.AUDIO
        application.add_handler(MessageHandler(private & audio, self.voice_answer))
        application.add_handler(MessageHandler(private & filters.Document.ALL, self.document))
        application.add_handler(MessageHandler(private & filters.TEXT, self.text_answer))
        application.add_handler(MessageHandler(private, self.other_message))
        application.add_handler(CallbackQueryHandler(self.buttons))
        application.add_error_handler(self.on_error)

    async def turn(self, update: Update, what: Input, *, once: bool = False) -> None:
        """Hand ``what`` to the entry point and answer in the update's chat.

        ``once`` ties it to the update, so a replay after a crash is acted on only once.
        """
        event = Event(sender(update), what, update_ref(update) if once else None)
        await self.conversation.turn(event, ChatChannel.of(self.outbox, update))

    # ------------------------------------------------------------------ before every update
    async def admit(self, update: Update, context: Context) -> None:
        """Turn away users outside the allow-list before any handler (the entry point decides),
        and answer the others in their language.

        Redelivered updates never get here: the inbox (inbox.py) drops them as they arrive.
        """
        user = update.effective_user
        if user is None or update.effective_chat is None:
            return
        # Everything shown for this update speaks the user's language (at first, Telegram's).
        await self.conversation.language(sender(update), user.language_code)
        event = Event(sender(update), events.Hello())
        channel = ChatChannel.of(self.outbox, update)
        try:
            replies = await self.conversation.turn(event, channel)
        except TelegramError as error:  # e.g. an expired button: still refused
            log.info("could not tell a user outside the allow-list: %s", error)
            raise ApplicationHandlerStop from error
        if refusal_of(replies) is not None:
            raise ApplicationHandlerStop

    # ------------------------------------------------------------------ commands
    async def start(self, update: Update, context: Context) -> None:
        """/start: welcome and the role picker (a deep link naming a role skips ahead)."""
        who = sender(update)
        role = self.queries.roles.get(context.args[0]) if context.args else None
        if role is not None:
            m = self.outbox.markup
            text = m.te(texts.PICK_TYPE(role=role_name(role)))
            tailoring = await self.queries.tailoring(who.key)
            keyboard = keyboards.kind_keyboard(role, m, tailored=tailoring.available)
            await self.outbox.text(int(who.chat_id), text, reply_markup=keyboard)
            return
        waiting = await self.conversation.app.entry.handle(Event(who, events.CurrentQuestion()))
        active = any(isinstance(action, AskQuestion) for action in waiting)
        user = update.effective_user
        m = self.outbox.markup
        name = user.first_name if user and user.first_name else m.t(texts.SOMEONE())
        paragraphs = [m.t(texts.WELCOME(name=name))]
        if active:
            paragraphs.append(m.t(texts.ACTIVE_NOTE()))
        pick, keyboard = await role_picker(self.queries, who, m)
        text = m.b(m.t(texts.WELCOME_TITLE())) + "\n\n" + m.escape("\n\n".join(paragraphs))
        await self.outbox.text(int(who.chat_id), text + "\n\n" + pick, reply_markup=keyboard)
        if waiting:  # coming back (perhaps after days): show the question that is waiting
            channel = ChatChannel.of(self.outbox, update)
            await channel.send(await self.conversation.voiced(waiting))

    async def interview(self, update: Update, context: Context) -> None:
        """/interview [tailored] [role]: start at once with the defaults for a role (id or
        name), else pick; "tailored" asks about the stored CV and job (the best-fitting role
        when none is named)."""
        who = sender(update)
        chat_id = int(who.chat_id)
        args = list(context.args or [])
        tailored = bool(args) and args[0].lower() == TAILORED_KIND
        if tailored:
            args = args[1:]
        if not args and not tailored:
            text, keyboard = await role_picker(self.queries, who, self.outbox.markup)
            await self.outbox.text(chat_id, text, reply_markup=keyboard)
            return
        typed = " ".join(args)
        tailoring = await self.queries.tailoring(who.key)
        role = find_role(self.queries.roles.values(), typed) if typed else tailoring.roles[0]
        if role is None:
            unknown = texts.UNKNOWN_ROLE(role=typed)
            await self.outbox.say(chat_id, unknown, reply_markup=self._role_keyboard())
            return
        await self.turn(update, events.StartInterview(role.id, tailored=tailored))

    async def roles(self, update: Update, context: Context) -> None:
        """/roles: the roles with their ids and interview types, and a picker."""
        text = roles_text(self.queries.roles.values(), self.outbox.markup)
        await self.outbox.text(
            int(sender(update).chat_id), text, reply_markup=self._role_keyboard()
        )

    async def skip(self, update: Update, context: Context) -> None:
        """/skip: skip the current question."""
        await self.turn(update, events.Skip(), once=True)

    async def redo(self, update: Update, context: Context) -> None:
        """/redo: take back the last answer and ask its question again."""
        await self.turn(update, events.Redo(), once=True)

    async def hint(self, update: Update, context: Context) -> None:
        """/hint: a nudge toward what a strong answer to the current question covers."""
        await self.turn(update, events.AskHint())

    async def example(self, update: Update, context: Context) -> None:
        """/example: an example answer to the question just answered or skipped, and why."""
        await self.turn(update, events.AskExample())

    async def end(self, update: Update, context: Context) -> None:
        """/end: end the interview now and send the report."""
        await self.turn(update, events.End(), once=True)

    async def feedback(self, update: Update, context: Context) -> None:
        """/feedback: the report of the latest finished interview."""
        await self.turn(update, events.Feedback())

    async def history(self, update: Update, context: Context) -> None:
        """/history [page]: past interviews, newest first, with newer/older buttons."""
        page = int(context.args[0]) if context.args and context.args[0].isdecimal() else 1
        await self.turn(update, events.History(page))

    async def progress(self, update: Update, context: Context) -> None:
        """/progress: a chart of the scores over finished interviews (text under two)."""
        who = sender(update)
        chat_id = int(who.chat_id)
        async with chat_action(self.outbox.bot, chat_id, ChatAction.UPLOAD_PHOTO):
            image, text = await progress_reply(self.queries, who, self.outbox.markup)
        if image is None:
            await self.outbox.text(chat_id, text)
            return
        await self.outbox.photo(chat_id, image, text, filename="progress.png")

    async def export(self, update: Update, context: Context) -> None:
        """/export [cv]: the latest interview's transcript and report as a Markdown file
        (with ``cv``, the stored CV and job texts too)."""
        who = sender(update)
        with_material = [arg.lower() for arg in context.args or []][:1] == ["cv"]
        exported = await export_latest(self.queries, who, self.outbox.markup, with_material)
        if exported is None:
            await self.outbox.say(int(who.chat_id), texts.NOTHING_TO_EXPORT())
            return
        filename, data = exported
        caption = self.outbox.markup.t(texts.EXPORT_CAPTION())
        await self.outbox.document(int(who.chat_id), data, filename, caption)

    async def cv(self, update: Update, context: Context) -> None:
        """/cv [show|clear|text]: wait for the CV (a file or pasted text), or show or clear it."""
        await self.turn(update, _material_input(update, context, MaterialKind.CV))

    async def job(self, update: Update, context: Context) -> None:
        """/job [show|clear|text]: wait for the job description, or show or clear it."""
        await self.turn(update, _material_input(update, context, MaterialKind.JOB))

    async def cancel(self, update: Update, context: Context) -> None:
        """/cancel: stop waiting for the CV or job description."""
        await self.turn(update, events.Cancel())

    async def remind(self, update: Update, context: Context) -> None:
        """/remind HH:MM [Area/City] | off: the daily practice question; alone, the setting."""
        args = context.args or []
        what: Input
        if not args:
            what = events.RemindShow()
        elif len(args) == 1 and args[0].lower() == "off":
            what = events.RemindOff()
        elif len(args) <= 2:
            what = events.RemindAt(args[0], args[1] if len(args) == 2 else None)
        else:
            await self.outbox.say(int(sender(update).chat_id), texts.REMIND_USAGE())
            return
        await self.turn(update, what)

    async def voice(self, update: Update, context: Context) -> None:
        """/voice on|off: spoken questions as voice notes (alone: the setting)."""
        choice = context.args[0].lower() if context.args else ""
        await self.turn(update, events.SetVoice({"on": True, "off": False}.get(choice)))

    async def lang(self, update: Update, context: Context) -> None:
        """/lang <code>: the interview language, as a 2-letter ISO 639-1 code."""
        code = " ".join(context.args) if context.args else None
        await self.turn(update, events.SetLanguage(code))

    async def delete_me(self, update: Update, context: Context) -> None:
        """/delete_me: ask for confirmation before deleting the user's data."""
        chat_id = int(sender(update).chat_id)
        keyboard = keyboards.delete_keyboard(self.outbox.markup)
        await self.outbox.say(chat_id, DELETE_CONFIRM(), reply_markup=keyboard)

    async def help(self, update: Update, context: Context) -> None:
        """/help: what the bot does and its commands."""
        await self.outbox.say(int(sender(update).chat_id), help_message(self.outbox.markup))

    async def unknown_command(self, update: Update, context: Context) -> None:
        """A command the bot does not have."""
        await self.outbox.say(int(sender(update).chat_id), texts.UNKNOWN_COMMAND())

    # ------------------------------------------------------------------ answers
    async def text_answer(self, update: Update, context: Context) -> None:
        """Typed text in a private chat: an interview answer, the daily question's, or a hint."""
        message = update.effective_message
        await self.turn(update, events.Text(text_with_code(message) if message else ""), once=True)

    async def voice_answer(self, update: Update, context: Context) -> None:
        """A voice note or audio file: checked before download, transcribed, then answered."""
        media = _media(update.effective_message)
        if media is None:
            return
        voice = events.Voice(
            filename=_filename(media),
            fetch=lambda: _download(media, DOWNLOAD_FAILED()),
            duration_seconds=_duration_seconds(media),
            size_bytes=media.file_size,
        )
        await self.turn(update, voice, once=True)

    async def document(self, update: Update, context: Context) -> None:
        """A file that is not audio: the CV or job the bot waits for (else a hint to say so).

        Its announced size is checked before anything is downloaded.
        """
        message = update.effective_message
        if message is None or message.document is None:
            return
        document = message.document
        upload = events.Upload(
            filename=document.file_name or "document",
            fetch=lambda: _download(document, FILE_DOWNLOAD_FAILED()),
            size_bytes=document.file_size,
            caption=message.caption or "",
        )
        await self.turn(update, upload)

    async def other_message(self, update: Update, context: Context) -> None:
        """Anything else in a private chat (photo, sticker, non-audio file): say what works."""
        await self.turn(update, events.Unreadable())

    # ------------------------------------------------------------------ groups
    async def in_group(self, update: Update, context: Context) -> None:
        """A command or mention in a group: interviews are private, so link to a private chat."""
        message = update.effective_message
        username = context.bot.username
        if message is None or not _addressed_to(message, username):
            return
        link = create_deep_linked_url(username, "group")
        await self.outbox.say(
            message.chat_id,
            texts.GROUP_HINT(link=link),
            reply_markup=keyboards.link_keyboard(link, self.outbox.markup),
            reply_to=message.message_id,
        )

    # ------------------------------------------------------------------ errors
    async def on_error(self, update: object, context: Context) -> None:
        """Log a handler's failure and tell the user kindly — never a traceback in chat."""
        error = context.error
        chat = update.effective_chat if isinstance(update, Update) else None
        if isinstance(error, Forbidden):
            log.info("chat %s blocked the bot: %s", chat.id if chat else "?", error)
            return
        if isinstance(update, Update):
            log.info("handling update %d failed", update.update_id)
        message = failure_message(error) if error is not None else SORRY()
        if chat is None:
            return
        try:
            await self.outbox.say(chat.id, message)
        except TelegramError as send_error:
            log.warning("could not send the error message either: %s", send_error)

    def _role_keyboard(self) -> keyboards.InlineKeyboardMarkup:
        return keyboards.role_keyboard(self.queries.roles.values())


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


def text_with_code(message: Message) -> str:
    """A message's text with its code blocks (``pre`` entities) fenced again with ```.

    Telegram hands the text of a ``` block without the fences, marking it with an entity; the
    engine reads code answers from fences, so they are put back (offsets are UTF-16 units).
    """
    text = message.text or ""
    blocks = sorted(message.entities or (), key=lambda entity: entity.offset)
    blocks = [entity for entity in blocks if entity.type == MessageEntity.PRE]
    if not blocks:
        return text
    encoded = text.encode("utf-16-le")
    pieces, last = [], 0
    for entity in blocks:
        start, end = entity.offset * 2, (entity.offset + entity.length) * 2
        code = encoded[start:end].decode("utf-16-le")
        pieces += [
            encoded[last:start].decode("utf-16-le"),
            f"\n```{entity.language or ''}\n{code}\n```\n",
        ]
        last = end
    pieces.append(encoded[last:].decode("utf-16-le"))
    return "".join(pieces)


def _material_input(update: Update, context: Context, kind: MaterialKind) -> Input:
    """``/cv``, ``/cv show``, ``/cv clear`` or ``/cv <pasted text>`` (newlines kept)."""
    args = [arg.lower() for arg in context.args or []]
    if not args:
        return events.AwaitMaterial(kind)
    if args == ["show"]:
        return events.ShowMaterial(kind)
    if args == ["clear"]:
        return events.ClearMaterial(kind)
    message = update.effective_message
    text = (message.text or "") if message else ""
    pasted = text.split(maxsplit=1)[1] if len(text.split(maxsplit=1)) == 2 else ""
    return events.GiveMaterial(kind, pasted)


async def _download(media: Media, failed: Words) -> bytes:
    """The file's bytes: getFile, then the download (the intake bounds the time); ``failed``
    is what the user is told when the download fails."""
    try:
        file = await media.get_file()
        return bytes(await file.download_as_bytearray())
    except BadRequest as error:
        if "too big" in str(error).lower():
            raise DownloadError(texts.FILE_TOO_BIG()) from error
        raise
    except NetworkError as error:
        log.warning("a file download failed: %s", error)
        raise DownloadError(failed) from error


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
