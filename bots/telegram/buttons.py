"""Inline keyboard presses: role → type → difficulty, history pages, delete confirmation."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Awaitable, Callable

from telegram import Update
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from bots import common
from bots.render import history_text
from bots.telegram import keyboards, texts
from bots.telegram.turns import Turns, sender
from engine.actions import ShowHistory
from engine.ports import UserKey
from engine.roles import InterviewType, Role

log = logging.getLogger(__name__)

Press = Callable[[UserKey, int, int | None, list[str]], Awaitable[bool]]


class ButtonHandler:
    """Handles callback queries; each kind of button has one small method."""

    def __init__(self, turns: Turns) -> None:
        """Answer presses through ``turns``."""
        self.turns = turns
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
        return self.turns.app.roles

    async def __call__(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Route a button press; a stale or unknown button gets a clear reply."""
        query = update.callback_query
        if query is None:
            return
        # Stops the button's spinner; a query too old to answer is still worth acting on.
        with contextlib.suppress(BadRequest):
            await query.answer()
        key, chat_id = sender(update)
        message = query.message
        message_id = message.message_id if message is not None and message.is_accessible else None
        kind, args = keyboards.parse_callback(query.data)
        press = self._presses.get(kind)
        if press is None or not await press(key, chat_id, message_id, args):
            log.info("stale or unknown button %r", query.data)
            await self.turns.outbox.say(chat_id, texts.EXPIRED_BUTTON)

    async def _again(
        self, key: UserKey, chat_id: int, message_id: int | None, args: list[str]
    ) -> bool:
        markup = self.turns.outbox.markup
        await self.turns.outbox.text(
            chat_id,
            markup.escape(texts.PICK_ROLE),
            reply_markup=keyboards.role_keyboard(self.roles.values()),
        )
        return True

    async def _roles(
        self, key: UserKey, chat_id: int, message_id: int | None, args: list[str]
    ) -> bool:
        markup = self.turns.outbox.markup
        keyboard = keyboards.role_keyboard(self.roles.values())
        await self.turns.show(chat_id, message_id, markup.escape(texts.PICK_ROLE), keyboard)
        return True

    async def _role(
        self, key: UserKey, chat_id: int, message_id: int | None, args: list[str]
    ) -> bool:
        role = self.roles.get(args[0]) if args else None
        if role is None:
            return False
        text = self.turns.outbox.markup.escape(texts.PICK_TYPE.format(role=role.name))
        await self.turns.show(chat_id, message_id, text, keyboards.kind_keyboard(role))
        return True

    async def _kind(
        self, key: UserKey, chat_id: int, message_id: int | None, args: list[str]
    ) -> bool:
        choice = self._role_and_kind(args)
        if choice is None:
            return False
        role, kind = choice
        text = texts.PICK_LEVEL.format(role=role.name, kind=keyboards.kind_label(kind))
        markup = self.turns.outbox.markup
        await self.turns.show(
            chat_id, message_id, markup.escape(text), keyboards.level_keyboard(role, kind)
        )
        return True

    async def _level(
        self, key: UserKey, chat_id: int, message_id: int | None, args: list[str]
    ) -> bool:
        choice = self._role_and_kind(args)
        if choice is None or len(args) != 3 or args[2] not in ("1", "2", "3"):
            return False
        role, kind = choice
        level = int(args[2])
        chosen = texts.STARTING.format(role=role.name, kind=keyboards.kind_label(kind), level=level)
        await self.turns.show(chat_id, message_id, self.turns.outbox.markup.escape(chosen))
        interview_type = None if kind == keyboards.MIXED else InterviewType(kind)
        await self.turns.run(
            key,
            chat_id,
            lambda key: self.turns.service.start(key, role.id, interview_type, level),
        )
        return True

    async def _history(
        self, key: UserKey, chat_id: int, message_id: int | None, args: list[str]
    ) -> bool:
        if not args or not args[0].isdigit():
            return False
        actions = await self.turns.service.history(key, int(args[0]))
        page = next((a for a in actions if isinstance(a, ShowHistory)), None)
        if page is None:  # no interviews any more (e.g. after /delete_me)
            await self.turns.reply(key, chat_id, actions)
            return True
        text = history_text(page, self.turns.outbox.markup)
        keyboard = keyboards.history_keyboard(page.page, page.pages)
        await self.turns.show(chat_id, message_id, text, keyboard)
        return True

    async def _delete(
        self, key: UserKey, chat_id: int, message_id: int | None, args: list[str]
    ) -> bool:
        if args not in (["yes"], ["no"]):
            return False
        if args == ["yes"]:
            removed = await self.turns.service.delete_user(key)
            log.info("deleted a user's data (%d rows)", removed)
            text = common.DELETED.format(count=removed)
        else:
            text = common.KEPT
        await self.turns.show(chat_id, message_id, self.turns.outbox.markup.escape(text))
        return True

    def _role_and_kind(self, args: list[str]) -> tuple[Role, str] | None:
        role = self.roles.get(args[0]) if args else None
        if role is None or len(args) < 2:
            return None
        kind = args[1]
        valid = kind == keyboards.MIXED or kind in {k.value for k in role.interview_types}
        return (role, kind) if valid else None
