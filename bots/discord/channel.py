"""Where a Discord turn's replies go: an interaction's follow-ups, a DM channel, or in place.

Discord wants an interaction answered within 3 seconds, and only once: either a message, a
deferral ("thinking…", completed later by follow-ups) or a modal. The channels here make that
first response, so the rest of the adapter only says which event to run and where.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable, Sequence

import discord

from bots.conversation import Reply, failure_message, refusal_of, text_of
from bots.discord.send import (
    DISCORD,
    NO_MENTIONS,
    ChannelTarget,
    FollowUp,
    Outbox,
    Outgoing,
)
from bots.render import render_action
from engine.actions import Hint, Message, OpenAnswerForm
from engine.events import Sender

log = logging.getLogger(__name__)

PLATFORM = "discord"
# The Answer button opens a modal, which must be the first response, so it is not deferred at
# once; if the turn is slow (the user's previous turn still running), it is deferred after this
# long, within Discord's 3 seconds, and the form is offered again as a button.
FORM_DEFER_SECONDS = 1.5
User = discord.User | discord.Member | discord.abc.User
FormFor = Callable[[OpenAnswerForm], discord.ui.Modal]


def sender(user: User, chat_id: int | str | None = None) -> Sender:
    """Who sent an input, and the chat (a channel id) to answer in."""
    return Sender(PLATFORM, str(user.id), str(chat_id or ""), user.display_name)


def in_guild(interaction: discord.Interaction) -> bool:
    """Whether the interaction happened in a server (replies are then ephemeral)."""
    return interaction.guild_id is not None


async def tell(interaction: discord.Interaction, message: Message) -> None:
    """A private message as the response, or as a follow-up once the response is made."""
    text = DISCORD.te(message)
    if interaction.response.is_done():
        await interaction.followup.send(text, ephemeral=True, allowed_mentions=NO_MENTIONS)
    else:
        await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_MENTIONS)


async def report_failure(target: FollowUp | ChannelTarget, error: BaseException) -> None:
    """A friendly message for a failed turn — never a traceback in chat."""
    if isinstance(error, discord.Forbidden | discord.NotFound):
        log.info("could not reply on Discord: %s", error)
        return
    text = DISCORD.te(failure_message(error))
    try:
        await target.send(Outgoing(text))
    except discord.HTTPException as send_error:
        log.warning("could not send the error message either: %s", send_error)


class InteractionChannel:
    """Replies to an interaction: deferred at once, then follow-ups, private in servers.

    A refusal is said privately. With ``form`` (the Answer button) the response waits for the
    turn, so that an answer form can be the first response; a hint alone then answers privately.
    """

    def __init__(
        self, outbox: Outbox, interaction: discord.Interaction, form: FormFor | None = None
    ) -> None:
        """Answer ``interaction`` through ``outbox``; ``form`` builds the answer form's modal."""
        self.outbox = outbox
        self.interaction = interaction
        self.form = form
        self.ephemeral = in_guild(interaction)
        self._first_response = asyncio.Lock()

    @property
    def target(self) -> FollowUp:
        """The interaction's follow-ups."""
        return FollowUp(self.interaction, ephemeral=self.ephemeral)

    def working(self) -> contextlib.AbstractAsyncContextManager[None]:
        """Discord's "thinking…": at once, or only if the turn is slow when a form may follow."""
        return self._deferred_if_slow() if self.form is not None else self._deferred()

    async def defer(self) -> None:
        """Acknowledge with "thinking…" unless the interaction has its response already."""
        if not self.interaction.response.is_done():
            await self.interaction.response.defer(ephemeral=self.ephemeral, thinking=True)

    async def send(self, replies: Sequence[Reply]) -> None:
        """Send a turn's replies: a refusal privately, a form as a modal, the rest followed up."""
        refusal = refusal_of(replies)
        if refusal is not None:
            await tell(self.interaction, refusal.message)
            return
        async with self._first_response:
            if await self._responded(replies):
                return
            await self.defer()
        await self.outbox.send(self.target, replies)

    async def _responded(self, replies: Sequence[Reply]) -> bool:
        """Make a form's first response when the replies call for it; True if made."""
        if self.form is None or self.interaction.response.is_done():
            return False
        form = next((r for r in replies if isinstance(r, OpenAnswerForm)), None)
        if form is not None:
            await self.interaction.response.send_modal(self.form(form))
            return True
        hints = [r for r in replies if isinstance(r, Hint)]
        if hints and len(hints) == len(replies):  # e.g. not yours: said privately at once
            shown = "\n\n".join(render_action(hint, DISCORD) for hint in hints)
            await self.interaction.response.send_message(
                shown, ephemeral=True, allowed_mentions=NO_MENTIONS
            )
            return True
        return False

    @contextlib.asynccontextmanager
    async def _deferred(self) -> AsyncIterator[None]:
        await self.defer()
        yield

    @contextlib.asynccontextmanager
    async def _deferred_if_slow(self) -> AsyncIterator[None]:
        timer = asyncio.create_task(self._defer_after(FORM_DEFER_SECONDS))
        try:
            yield
        finally:
            timer.cancel()  # by now the replies made the first response; nothing to defer

    async def _defer_after(self, seconds: float) -> None:
        await asyncio.sleep(seconds)
        async with self._first_response:
            try:
                await self.defer()
            except discord.HTTPException as error:
                log.warning("could not acknowledge a Discord interaction: %s", error)


class DmChannel:
    """Replies as messages in a DM channel, with "typing…" while the turn is computed."""

    def __init__(self, outbox: Outbox, channel: discord.abc.Messageable) -> None:
        """Send to ``channel`` through ``outbox``."""
        self.outbox = outbox
        self.channel = channel

    @property
    def target(self) -> ChannelTarget:
        """The channel's messages."""
        return ChannelTarget(self.channel)

    @contextlib.asynccontextmanager
    async def working(self) -> AsyncIterator[None]:
        """Discord's "typing…" while the turn runs; a failing indicator never fails the turn."""
        # Started aside rather than awaited here: the user's turn must be queued before this
        # awaits anything, or two quick messages could be handled out of order.
        typing = asyncio.create_task(self._typing())
        try:
            yield
        finally:
            typing.cancel()

    async def send(self, replies: Sequence[Reply]) -> None:
        """Send the replies (a refusal too: a DM is private)."""
        await self.outbox.send(self.target, replies)

    async def _typing(self) -> None:
        try:
            async with self.channel.typing():
                await asyncio.Event().wait()  # until the turn is done
        except discord.HTTPException as error:
            log.debug("typing indicator failed: %s", error)


class InPlaceChannel:
    """Replies in place of the message a button was under (the button is removed)."""

    def __init__(self, interaction: discord.Interaction) -> None:
        """Edit the message of ``interaction``'s button."""
        self.interaction = interaction

    @contextlib.asynccontextmanager
    async def working(self) -> AsyncIterator[None]:
        """Acknowledge at once; the message is edited when the turn is done."""
        if not self.interaction.response.is_done():
            await self.interaction.response.defer()
        yield

    async def send(self, replies: Sequence[Reply]) -> None:
        """Show the replies' text in place of the message, without its buttons."""
        refusal = refusal_of(replies)
        if refusal is not None:
            await tell(self.interaction, refusal.message)
            return
        await self.interaction.edit_original_response(
            content=text_of(replies, DISCORD),
            view=None,
            allowed_mentions=NO_MENTIONS,
        )
