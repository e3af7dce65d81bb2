"""Slash commands: the /interview group, /roles, /voice, /privacy delete and /help."""

from __future__ import annotations

import io
from typing import Any

import discord
from discord import app_commands
from discord.app_commands import Choice, Range
from discord.ext import commands

from bots.charts import progress_reply
from bots.common import DELETE_CONFIRM, LEVELS, VOICE_UNAVAILABLE, find_role, matching_roles
from bots.discord import texts
from bots.discord.send import DISCORD, FollowUp, escape
from bots.discord.turns import Conversation, conversation_of, in_guild, user_key
from bots.discord.views import delete_buttons
from bots.export import export_latest
from bots.render import roles_text
from engine.actions import Action, Notice
from engine.ports import UserKey
from engine.roles import InterviewType

KIND_CHOICES = [Choice(name="Mixed", value="mixed")] + [
    Choice(name=kind.value.replace("_", " ").capitalize(), value=kind.value)
    for kind in InterviewType
]
LEVEL_CHOICES = [Choice(name=label, value=level) for level, label in LEVELS.items()]
VOICE_CHOICES = [Choice(name="on", value="on"), Choice(name="off", value="off")]


def reply_target(interaction: discord.Interaction[Any]) -> FollowUp:
    """Follow-ups of the interaction: private to the candidate in servers, normal in DMs."""
    return FollowUp(interaction, ephemeral=in_guild(interaction))


class InterviewTree(app_commands.CommandTree[Any]):
    """The command tree: allow-list check before every command, friendly errors after."""

    async def interaction_check(self, interaction: discord.Interaction[Any], /) -> bool:
        """Refuse users outside the allow-list (privately) before any command runs."""
        return not await conversation_of(interaction).refused(interaction)

    async def on_error(
        self, interaction: discord.Interaction[Any], error: app_commands.AppCommandError, /
    ) -> None:
        """Log the failure and tell the user kindly — never a traceback in chat."""
        original = error.original if isinstance(error, app_commands.CommandInvokeError) else error
        await conversation_of(interaction).fail(interaction, original)


class InterviewCog(commands.GroupCog, group_name="interview", group_description="Mock interviews"):
    """/interview start|answer|skip|redo|end|feedback|history|progress|export."""

    def __init__(self, conversation: Conversation) -> None:
        """Commands that run turns through ``conversation``."""
        self.conversation = conversation
        super().__init__()

    @app_commands.command(name="start", description="Start a mock interview")
    @app_commands.rename(kind="type")
    @app_commands.describe(
        role="The job role (start typing to search)",
        kind="Kind of questions (default: a mix)",
        difficulty="How hard (default: standard)",
        questions="How many main questions (default: 5)",
    )
    @app_commands.choices(kind=KIND_CHOICES)
    @app_commands.choices(difficulty=LEVEL_CHOICES)
    async def start(
        self,
        interaction: discord.Interaction[Any],
        role: str,
        kind: Choice[str] | None = None,
        difficulty: Choice[int] | None = None,
        questions: Range[int, 1, 10] | None = None,
    ) -> None:
        """Start an interview (ending any in progress) and ask the first question."""
        roles = self.conversation.app.roles
        found = find_role(roles.values(), role)
        interview_type = (
            None if kind is None or kind.value == "mixed" else InterviewType(kind.value)
        )
        name = interaction.user.display_name

        async def begin(key: UserKey) -> list[Action]:
            if found is None:
                return [Notice(f"I don't know the role “{role}”. See /roles for the list.")]
            return await self.conversation.service.start(
                key,
                found.id,
                interview_type,
                difficulty.value if difficulty else 2,
                questions,
                display_name=name,
            )

        await self.conversation.run(interaction, begin)

    @start.autocomplete("role")
    async def role_autocomplete(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[Choice[str]]:
        """Roles matching what the user has typed so far."""
        roles = matching_roles(self.conversation.app.roles.values(), current)
        return [Choice(name=role.name, value=role.id) for role in roles]

    @app_commands.command(name="answer", description="Answer the current question")
    @app_commands.describe(text="Your answer")
    async def answer(
        self, interaction: discord.Interaction[Any], text: Range[str, 1, 4000]
    ) -> None:
        """Take ``text`` as the answer to the current question."""
        service = self.conversation.service
        await self.conversation.run(interaction, lambda key: service.answer(key, text))

    @app_commands.command(name="skip", description="Skip the current question")
    async def skip(self, interaction: discord.Interaction[Any]) -> None:
        """Skip the current question."""
        await self.conversation.run(interaction, self.conversation.service.skip)

    @app_commands.command(name="redo", description="Answer the last question again")
    async def redo(self, interaction: discord.Interaction[Any]) -> None:
        """Take back the last answer and ask its question again."""
        await self.conversation.run(interaction, self.conversation.service.redo)

    @app_commands.command(name="end", description="End now and get feedback")
    async def end(self, interaction: discord.Interaction[Any]) -> None:
        """End the interview and send the report."""
        await self.conversation.run(interaction, self.conversation.service.end)

    @app_commands.command(name="feedback", description="Feedback on your latest interview")
    async def feedback(self, interaction: discord.Interaction[Any]) -> None:
        """The report of the latest finished interview."""
        await self.conversation.run(interaction, self.conversation.service.feedback)

    @app_commands.command(name="history", description="Your past interviews")
    @app_commands.describe(page="Page number (newest first)")
    async def history(
        self, interaction: discord.Interaction[Any], page: Range[int, 1, 1000] = 1
    ) -> None:
        """One page of past interviews."""
        service = self.conversation.service
        await self.conversation.run(interaction, lambda key: service.history(key, page))

    @app_commands.command(name="progress", description="A chart of your scores over time")
    async def progress(self, interaction: discord.Interaction[Any]) -> None:
        """Scores per dimension over time as a PNG (text with fewer than two interviews)."""
        await self.conversation.defer(interaction)
        key = user_key(interaction.user)
        image, text = await progress_reply(self.conversation.app.daily, key, DISCORD)
        file = discord.File(io.BytesIO(image), "progress.png") if image else None
        await self.conversation.outbox.text(reply_target(interaction), [text], file=file)

    @app_commands.command(name="export", description="Your last interview as a Markdown file")
    async def export(self, interaction: discord.Interaction[Any]) -> None:
        """The last interview's transcript and report as a Markdown attachment."""
        await self.conversation.defer(interaction)
        exported = await export_latest(self.conversation.app.daily, user_key(interaction.user))
        target = reply_target(interaction)
        if exported is None:
            await self.conversation.outbox.say(target, texts.NOTHING_TO_EXPORT)
            return
        name, data = exported
        file = discord.File(io.BytesIO(data), name)
        await self.conversation.outbox.text(target, [escape(texts.EXPORTED)], file=file)


class AccountCog(commands.Cog):
    """/roles, /voice, /help and /privacy delete."""

    privacy = app_commands.Group(name="privacy", description="Your stored data")

    def __init__(self, conversation: Conversation) -> None:
        """Commands answered through ``conversation``."""
        self.conversation = conversation

    @app_commands.command(name="roles", description="The roles you can practise")
    async def roles(self, interaction: discord.Interaction[Any]) -> None:
        """The roles with their ids and interview types."""
        await self.conversation.defer(interaction)
        text = roles_text(self.conversation.app.roles.values(), DISCORD)
        await self.conversation.outbox.text(reply_target(interaction), [text])

    @app_commands.command(name="voice", description="Spoken questions as audio files")
    @app_commands.describe(mode="on or off")
    @app_commands.choices(mode=VOICE_CHOICES)
    async def voice(self, interaction: discord.Interaction[Any], mode: Choice[str]) -> None:
        """Turn spoken questions on or off."""
        await self.conversation.defer(interaction)
        target = reply_target(interaction)
        if mode.value == "on" and self.conversation.app.tts is None:
            await self.conversation.outbox.say(target, VOICE_UNAVAILABLE)
            return
        key = user_key(interaction.user)
        await self.conversation.service.set_preferences(key, voice=mode.value == "on")
        await self.conversation.outbox.say(
            target, texts.VOICE_ON if mode.value == "on" else texts.VOICE_OFF
        )

    @app_commands.command(name="help", description="How this works")
    async def help(self, interaction: discord.Interaction[Any]) -> None:
        """What the bot does and its commands."""
        await self.conversation.defer(interaction)
        await self.conversation.outbox.say(reply_target(interaction), texts.help_text())

    @privacy.command(name="delete", description="Delete everything stored about you")
    async def delete(self, interaction: discord.Interaction[Any]) -> None:
        """Ask for confirmation before deleting the user's data."""
        await self.conversation.defer(interaction)
        await self.conversation.outbox.text(
            reply_target(interaction),
            [escape(DELETE_CONFIRM)],
            view=delete_buttons(interaction.user.id),
        )
