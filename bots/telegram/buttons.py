"""Inline keyboard presses: role → type → difficulty, history pages, delete confirmation."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Awaitable, Callable

from telegram import Update
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from bots.conversation import Conversation
from bots.render import Markup, role_name
from bots.shared_texts import KEPT
from bots.telegram import keyboards, texts
from bots.telegram.channel import ChatChannel, InPlaceChannel, sender, show
from bots.telegram.send import Outbox
from engine import events
from engine.events import Event, Sender
from engine.labels import TAILORED_KIND, type_label
from engine.queries import Queries, Role

log = logging.getLogger(__name__)


async def role_picker(
    queries: Queries, who: Sender, m: Markup
) -> tuple[str, keyboards.InlineKeyboardMarkup]:
    """The role picker for a user: with a stored CV or job, the best-fitting role starred first."""
    tailoring = await queries.tailoring(who.key)
    suggested = tailoring.suggested
    if suggested is None:
        return m.te(texts.PICK_ROLE()), keyboards.role_keyboard(queries.roles.values())
    keyboard = keyboards.role_keyboard(tailoring.roles, suggested, m)
    return m.te(texts.PICK_ROLE_TAILORED(role=suggested.name)), keyboard


Press = Callable[[Sender, int | None, list[str]], Awaitable[bool]]


class ButtonHandler:
    """Handles callback queries; each kind of button has one small method."""

    def __init__(self, conversation: Conversation, outbox: Outbox) -> None:
        """Answer presses through ``conversation`` and ``outbox``."""
        self.conversation = conversation
        self.outbox = outbox
        self._presses: dict[str, Press] = {
            keyboards.AGAIN: self._again,
            keyboards.PICK_ROLES: self._roles,
            keyboards.ROLE: self._role,
            keyboards.KIND: self._kind,
            keyboards.LEVEL: self._level,
            keyboards.HISTORY: self._history,
            keyboards.DELETE: self._delete,
        }

    @property
    def roles(self) -> dict[str, Role]:
        """The roles on offer."""
        return self.conversation.app.queries.roles

    async def __call__(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Route a button press; a stale or unknown button gets a clear reply."""
        query = update.callback_query
        if query is None:
            return
        # Stops the button's spinner; a query too old to answer is still worth acting on.
        with contextlib.suppress(BadRequest):
            await query.answer()
        who = sender(update)
        message = query.message
        message_id = message.message_id if message is not None and message.is_accessible else None
        kind, args = keyboards.parse_callback(query.data)
        press = self._presses.get(kind)
        if press is None or not await press(who, message_id, args):
            log.info("stale or unknown button %r", query.data)
            await self.outbox.say(int(who.chat_id), texts.EXPIRED_BUTTON())

    async def _again(self, who: Sender, message_id: int | None, args: list[str]) -> bool:
        text, keyboard = await self._role_picker(who)
        await self.outbox.text(int(who.chat_id), text, reply_markup=keyboard)
        return True

    async def _roles(self, who: Sender, message_id: int | None, args: list[str]) -> bool:
        text, keyboard = await self._role_picker(who)
        await show(self.outbox, int(who.chat_id), message_id, text, keyboard)
        return True

    async def _role(self, who: Sender, message_id: int | None, args: list[str]) -> bool:
        role = self.roles.get(args[0]) if args else None
        if role is None:
            return False
        m = self.outbox.markup
        text = m.te(texts.PICK_TYPE(role=role_name(role)))
        tailoring = await self.conversation.app.queries.tailoring(who.key)
        keyboard = keyboards.kind_keyboard(role, m, tailored=tailoring.available)
        await show(self.outbox, int(who.chat_id), message_id, text, keyboard)
        return True

    async def _kind(self, who: Sender, message_id: int | None, args: list[str]) -> bool:
        choice = self._role_and_kind(args)
        if choice is None:
            return False
        role, kind = choice
        m = self.outbox.markup
        text = m.te(texts.PICK_LEVEL(role=role_name(role), kind=type_label(kind)))
        keyboard = keyboards.level_keyboard(role, kind, m)
        await show(self.outbox, int(who.chat_id), message_id, text, keyboard)
        return True

    async def _level(self, who: Sender, message_id: int | None, args: list[str]) -> bool:
        choice = self._role_and_kind(args)
        if choice is None or len(args) != 3 or args[2] not in ("1", "2", "3"):
            return False
        role, kind = choice
        level = int(args[2])
        chosen = texts.STARTING(role=role_name(role), kind=type_label(kind), level=level)
        await show(self.outbox, int(who.chat_id), message_id, self.outbox.markup.te(chosen))
        if kind == TAILORED_KIND:  # the types mixed, the questions about the CV and job
            start = events.StartInterview(role.id, None, level, tailored=True)
        else:
            start = events.StartInterview(role.id, kind, level)
        await self.conversation.turn(Event(who, start), ChatChannel(self.outbox, int(who.chat_id)))
        return True

    async def _history(self, who: Sender, message_id: int | None, args: list[str]) -> bool:
        if not args or not args[0].isdigit():
            return False
        channel = InPlaceChannel(self.outbox, int(who.chat_id), message_id)
        await self.conversation.turn(Event(who, events.History(int(args[0]))), channel)
        return True

    async def _delete(self, who: Sender, message_id: int | None, args: list[str]) -> bool:
        if args not in (["yes"], ["no"]):
            return False
        channel = InPlaceChannel(self.outbox, int(who.chat_id), message_id)
        if args == ["yes"]:
            await self.conversation.turn(Event(who, events.DeleteMyData()), channel)
        else:
            await show(self.outbox, int(who.chat_id), message_id, self.outbox.markup.te(KEPT()))
        return True

    async def _role_picker(self, who: Sender) -> tuple[str, keyboards.InlineKeyboardMarkup]:
        """The role picker's text and keyboard: with a CV or job, the best-fitting role first."""
        return await role_picker(self.conversation.app.queries, who, self.outbox.markup)

    def _role_and_kind(self, args: list[str]) -> tuple[Role, str] | None:
        role = self.roles.get(args[0]) if args else None
        if role is None or len(args) < 2:
            return None
        kind = args[1]
        valid = kind in (keyboards.MIXED, TAILORED_KIND) or kind in {
            k.value for k in role.interview_types
        }
        return (role, kind) if valid else None
