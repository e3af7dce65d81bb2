"""Running service calls for Discord users: defer at once, keep each user's turns in order."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

import discord

from bots.app import App
from bots.common import failure_text, unblock
from bots.discord import texts
from bots.discord.origin import Origin
from bots.discord.send import NO_MENTIONS, FollowUp, Outbox, Outgoing, Target, escape
from engine.actions import Action, Notice
from engine.locks import KeyedLocks
from engine.ports import UserKey
from engine.service import InterviewService

log = logging.getLogger(__name__)

PLATFORM = "discord"
ServiceCall = Callable[[UserKey], Awaitable[list[Action]]]
User = discord.User | discord.Member


def user_key(user: User | discord.abc.User) -> UserKey:
    """The service's key for a Discord user."""
    return UserKey(PLATFORM, str(user.id))


def in_guild(interaction: discord.Interaction) -> bool:
    """Whether the interaction happened in a server (replies are then ephemeral)."""
    return interaction.guild_id is not None


class Conversation:
    """Calls the service for Discord users and sends what comes back."""

    def __init__(self, app: App, outbox: Outbox) -> None:
        """Serve ``app``'s users through ``outbox``."""
        self.app = app
        self.outbox = outbox
        self._locks: KeyedLocks[UserKey] = KeyedLocks()

    @property
    def service(self) -> InterviewService:
        """The interview service."""
        return self.app.service

    def turn_lock(self, key: UserKey) -> asyncio.Lock:
        """Held while a user's turn is computed and sent, so replies go out in order."""
        return self._locks(key)

    async def defer(self, interaction: discord.Interaction) -> None:
        """Acknowledge at once with "thinking…" (Discord allows 3 seconds for the first reply)."""
        if not interaction.response.is_done():
            await interaction.response.defer(ephemeral=in_guild(interaction), thinking=True)
            await self.unblock(user_key(interaction.user))

    async def unblock(self, key: UserKey) -> None:
        """The user talks to us again: daily prompts resume (failures only logged)."""
        await unblock(self.app.daily, key)

    async def run(
        self,
        interaction: discord.Interaction,
        call: ServiceCall,
        *,
        origin: Origin | None = None,
    ) -> None:
        """Defer, run ``call`` for the user and follow up with its actions.

        With ``origin`` (a button or form) the call only runs if it was made for the clicker's
        interview in progress and its current prompt.
        """
        try:
            await self.defer(interaction)
        except discord.HTTPException as error:  # too late (or gone): follow-ups would fail too
            log.warning("could not acknowledge a Discord interaction: %s", error)
            return
        key = user_key(interaction.user)
        target = FollowUp(interaction, ephemeral=in_guild(interaction))
        try:
            async with self.turn_lock(key):
                refused = await self._misplaced(key, origin) if origin else None
                actions = refused if refused is not None else await call(key)
                await self.outbox.deliver(target, key, actions)
        except Exception as error:
            await self.report_failure(target, error)

    async def _misplaced(self, key: UserKey, origin: Origin) -> list[Action] | None:
        """Why a button or form may not act (with the question that is current), else None."""
        interview = await self.service.active(key)
        if interview is None or interview.id != origin.interview_id:
            return [Notice(texts.NOT_YOURS)]
        if origin.position is not None and origin.position != interview.prompt_position:
            return [Notice(origin.earlier), *await self.service.current_question(key)]
        return None

    async def refused(self, interaction: discord.Interaction) -> bool:
        """Tell a user outside the allow-list so (privately) and return True; else False."""
        refusal = self.service.refusal(user_key(interaction.user))
        if refusal is None:
            return False
        if interaction.type is discord.InteractionType.autocomplete:
            await interaction.response.autocomplete([])
        else:
            await tell(interaction, refusal)
        return True

    async def fail(self, interaction: discord.Interaction, error: BaseException) -> None:
        """Report a failure outside :meth:`run` (deferring first if nothing answered yet)."""
        try:
            await self.defer(interaction)
        except discord.HTTPException as defer_error:
            log.warning("could not acknowledge a failed interaction: %s", defer_error)
        await self.report_failure(FollowUp(interaction, ephemeral=in_guild(interaction)), error)

    async def report_failure(self, target: Target, error: BaseException) -> None:
        """A friendly message for a failed turn — never a traceback in chat."""
        if isinstance(error, discord.Forbidden | discord.NotFound):
            log.info("could not reply on Discord: %s", error)
            return
        text = failure_text(error)
        try:
            await target.send(Outgoing(escape(text)))
        except discord.HTTPException as send_error:
            log.warning("could not send the error message either: %s", send_error)


async def tell(interaction: discord.Interaction, text: str) -> None:
    """A private line of text as the response, or as a follow-up once the response is made."""
    if interaction.response.is_done():
        await interaction.followup.send(escape(text), ephemeral=True, allowed_mentions=NO_MENTIONS)
    else:
        await interaction.response.send_message(
            escape(text), ephemeral=True, allowed_mentions=NO_MENTIONS
        )


def conversation_of(interaction: discord.Interaction) -> Conversation:
    """The Conversation of the bot that received ``interaction``."""
    conversation = getattr(interaction.client, "conversation", None)
    if not isinstance(conversation, Conversation):
        raise RuntimeError("this client has no Conversation")
    return conversation
