"""Discord interactions as events: admitted, run through the conversation, answered in time."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import discord

from bots.app import App
from bots.conversation import Conversation, refusal_of
from bots.discord.channel import (
    FormFor,
    InPlaceChannel,
    InteractionChannel,
    report_failure,
    sender,
    tell,
)
from bots.discord.send import FollowUp, Outbox
from engine.events import Event, Hello, Input

log = logging.getLogger(__name__)

# The allow-list is checked before the user's turn is waited for: a Hello not back within this
# time is queued behind a running turn of an admitted user. The interaction goes on then (to be
# acknowledged within Discord's 3 seconds) and the Hello finishes in its turn.
ADMIT_WAIT_SECONDS = 0.5


class Interactions:
    """Runs the interactions of Discord users (commands, buttons, forms) through the entry."""

    def __init__(self, app: App, conversation: Conversation, outbox: Outbox, form: FormFor) -> None:
        """Run events through ``conversation``; ``form`` renders the answer form as a modal."""
        self.app = app
        self.conversation = conversation
        self.outbox = outbox
        self.form = form
        self._waiting: set[asyncio.Task[Any]] = set()

    async def admit(self, interaction: discord.Interaction) -> bool:
        """Say Hello for the user (the allow-list; daily prompts resume); False if refused.

        A refused user is told privately, as the interaction's response, or offered no
        choices when typing an option.
        """
        who = sender(interaction.user, interaction.channel_id)
        # Everything shown for this interaction speaks the user's language (at first, Discord's).
        await self.conversation.language(who, str(interaction.locale))
        event = Event(who, Hello())
        hello = asyncio.create_task(self.app.entry.handle(event))
        self._waiting.add(hello)
        hello.add_done_callback(self._waiting.discard)
        done, _ = await asyncio.wait({hello}, timeout=ADMIT_WAIT_SECONDS)
        if not done or hello.exception() is not None:  # a failed Hello: the event will say
            return True
        refusal = refusal_of(hello.result())
        if refusal is None:
            return True
        try:
            if interaction.type is discord.InteractionType.autocomplete:
                await interaction.response.autocomplete([])
            else:
                await tell(interaction, refusal.message)
        except discord.HTTPException as error:
            log.warning("could not refuse a Discord interaction: %s", error)
        return False

    async def run(
        self,
        interaction: discord.Interaction,
        given: Input,
        *,
        chat_id: int | None = None,
        form: bool = False,
    ) -> None:
        """Run ``given`` as the user's event, deferring at once, and follow up with the replies.

        ``chat_id`` is the chat to remember for the user (default: where they are); with
        ``form`` the response waits for the turn, which may open the answer form.
        """
        channel = InteractionChannel(self.outbox, interaction, self.form if form else None)
        event = Event(sender(interaction.user, chat_id or interaction.channel_id), given)
        try:
            await self.conversation.turn(event, channel)
        except Exception as error:  # sending failed (the engine's own failures are replies)
            await self.fail(interaction, error)

    async def in_place(self, interaction: discord.Interaction, given: Input) -> None:
        """Run ``given`` and show the replies in place of the message its button was under."""
        event = Event(sender(interaction.user, interaction.channel_id), given)
        try:
            await self.conversation.turn(event, InPlaceChannel(interaction))
        except Exception as error:  # sending failed (the engine's own failures are replies)
            await self.fail(interaction, error)

    async def deferred(self, interaction: discord.Interaction) -> FollowUp:
        """For replies the adapter makes itself: acknowledged at once; their follow-ups."""
        channel = InteractionChannel(self.outbox, interaction)
        await channel.defer()
        return channel.target

    async def fail(self, interaction: discord.Interaction, error: BaseException) -> None:
        """Report a failure outside a turn (deferring first if nothing answered yet)."""
        channel = InteractionChannel(self.outbox, interaction)
        try:
            await channel.defer()
        except discord.HTTPException as defer_error:
            log.warning("could not acknowledge a failed interaction: %s", defer_error)
        await report_failure(channel.target, error)


def interactions_of(interaction: discord.Interaction) -> Interactions:
    """The Interactions of the bot that received ``interaction``."""
    found = getattr(interaction.client, "interactions", None)
    if not isinstance(found, Interactions):
        raise RuntimeError("this client has no Interactions")
    return found
