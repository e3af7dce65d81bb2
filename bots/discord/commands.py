"""Slash commands: the /interview group, /roles, /voice, /language, /privacy delete and /help."""

from __future__ import annotations

import io
from dataclasses import replace
from typing import Any

import discord
from discord import app_commands
from discord.app_commands import Choice, Range
from discord.ext import commands

from bots.charts import progress_reply
from bots.discord import texts
from bots.discord.channel import sender
from bots.discord.interactions import Interactions, interactions_of
from bots.discord.material import upload_of
from bots.discord.send import DISCORD
from bots.discord.translator import described, group, localized, option
from bots.discord.views import delete_buttons
from bots.export import export_latest
from bots.render import role_name, roles_text
from bots.role_search import find_role, matching_roles
from bots.shared_texts import DELETE_CONFIRM
from engine.events import (
    AskExample,
    AskHint,
    End,
    Feedback,
    History,
    Redo,
    SetLanguage,
    SetVoice,
    Skip,
    StartInterview,
    Text,
)
from engine.labels import LEVEL_LABELS, TAILORED_KIND
from engine.languages import LANGUAGE_NAMES

KIND_CHOICES = [Choice(name=localized(key), value=kind) for kind, key in texts.KIND_CHOICES.items()]
LEVEL_CHOICES = [Choice(name=localized(key), value=level) for level, key in LEVEL_LABELS.items()]
SOURCE_CHOICES = [
    Choice(name=localized(texts.BANK_CHOICE), value="bank"),
    Choice(name=localized(texts.TAILORED_CHOICE), value=TAILORED_KIND),
]
VOICE_CHOICES = [
    Choice(name=localized(texts.VOICE_ON_CHOICE), value="on"),
    Choice(name=localized(texts.VOICE_OFF_CHOICE), value="off"),
]
# Each language in its own words, whatever the user's client speaks.
LANGUAGE_CHOICES = [Choice(name=name, value=code) for code, name in LANGUAGE_NAMES.items()]


class InterviewTree(app_commands.CommandTree[Any]):
    """The command tree: the allow-list before every command, friendly errors after."""

    async def interaction_check(self, interaction: discord.Interaction[Any], /) -> bool:
        """Refuse users outside the allow-list (privately) before any command runs."""
        return await interactions_of(interaction).admit(interaction)

    async def on_error(
        self, interaction: discord.Interaction[Any], error: app_commands.AppCommandError, /
    ) -> None:
        """Log the failure and tell the user kindly — never a traceback in chat."""
        original = error.original if isinstance(error, app_commands.CommandInvokeError) else error
        await interactions_of(interaction).fail(interaction, original)


class InterviewCog(
    commands.GroupCog,
    group_name="interview",
    group_description=group("interview"),
):
    """/interview start|answer|skip|redo|hint|example|end|feedback|history|progress|export."""

    def __init__(self, interactions: Interactions) -> None:
        """Commands run as events through ``interactions``."""
        self.interactions = interactions
        self.app = interactions.app
        super().__init__()

    @app_commands.command(name="start", description=described("/interview start"))
    @app_commands.rename(kind="type")
    @app_commands.describe(
        role=option("interview start role"),
        kind=option("interview start type"),
        difficulty=option("interview start difficulty"),
        questions=option("interview start questions"),
        source=option("interview start source"),
    )
    @app_commands.choices(kind=KIND_CHOICES)
    @app_commands.choices(difficulty=LEVEL_CHOICES)
    @app_commands.choices(source=SOURCE_CHOICES)
    async def start(
        self,
        interaction: discord.Interaction[Any],
        role: str,
        kind: Choice[str] | None = None,
        difficulty: Choice[int] | None = None,
        questions: Range[int, 1, 10] | None = None,
        source: Choice[str] | None = None,
    ) -> None:
        """Start an interview (ending any in progress) and ask the first question."""
        found = find_role(self.app.roles.values(), role)
        request = StartInterview(
            role=found.id if found is not None else role,  # an unknown one is named back
            kind=kind.value if kind is not None else None,
            difficulty=difficulty.value if difficulty is not None else 2,
            questions=questions,
            tailored=source is not None and source.value == TAILORED_KIND,
        )
        await self.interactions.run(interaction, request)

    @start.autocomplete("role")
    async def role_autocomplete(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[Choice[str]]:
        """Roles matching what the user has typed so far; with a CV or job stored and nothing
        typed, the best-fitting role first."""
        roles = matching_roles(self.app.roles.values(), current)
        if not current.strip():
            tailoring = await self.app.queries.tailoring(sender(interaction.user).key)
            if tailoring.suggested is not None:
                roles = [tailoring.suggested, *(r for r in roles if r is not tailoring.suggested)]
        return [Choice(name=role_name(role), value=role.id) for role in roles][:25]

    @app_commands.command(name="answer", description=described("/interview answer"))
    @app_commands.describe(
        text=option("interview answer text"), code_file=option("interview answer code_file")
    )
    async def answer(
        self,
        interaction: discord.Interaction[Any],
        text: Range[str, 1, 4000] | None = None,
        code_file: discord.Attachment | None = None,
    ) -> None:
        """Take ``text`` (and ``code_file``) as the answer to the current question."""
        if code_file is not None:
            await self.interactions.run(
                interaction, replace(upload_of(code_file), caption=text or "")
            )
            return
        await self.interactions.run(interaction, Text(text or ""))

    @app_commands.command(name="skip", description=described("/interview skip"))
    async def skip(self, interaction: discord.Interaction[Any]) -> None:
        """Skip the current question."""
        await self.interactions.run(interaction, Skip())

    @app_commands.command(name="redo", description=described("/interview redo"))
    async def redo(self, interaction: discord.Interaction[Any]) -> None:
        """Take back the last answer and ask its question again."""
        await self.interactions.run(interaction, Redo())

    @app_commands.command(name="hint", description=described("/interview hint"))
    async def hint(self, interaction: discord.Interaction[Any]) -> None:
        """A nudge toward what a strong answer to the current question covers."""
        await self.interactions.run(interaction, AskHint())

    @app_commands.command(name="example", description=described("/interview example"))
    async def example(self, interaction: discord.Interaction[Any]) -> None:
        """An example answer to the question just answered or skipped, and why it is strong."""
        await self.interactions.run(interaction, AskExample())

    @app_commands.command(name="end", description=described("/interview end"))
    async def end(self, interaction: discord.Interaction[Any]) -> None:
        """End the interview and send the report."""
        await self.interactions.run(interaction, End())

    @app_commands.command(name="feedback", description=described("/interview feedback"))
    async def feedback(self, interaction: discord.Interaction[Any]) -> None:
        """The report of the latest finished interview."""
        await self.interactions.run(interaction, Feedback())

    @app_commands.command(name="history", description=described("/interview history"))
    @app_commands.describe(page=option("interview history page"))
    async def history(
        self, interaction: discord.Interaction[Any], page: Range[int, 1, 1000] = 1
    ) -> None:
        """One page of past interviews."""
        await self.interactions.run(interaction, History(page))

    @app_commands.command(name="progress", description=described("/interview progress"))
    async def progress(self, interaction: discord.Interaction[Any]) -> None:
        """Scores per dimension over time as a PNG (text with fewer than two interviews)."""
        target = await self.interactions.deferred(interaction)
        image, text = await progress_reply(self.app.queries, sender(interaction.user), DISCORD)
        file = discord.File(io.BytesIO(image), "progress.png") if image else None
        await self.interactions.outbox.text(target, [text], file=file)

    @app_commands.command(name="export", description=described("/interview export"))
    @app_commands.describe(include_cv=option("interview export include_cv"))
    async def export(self, interaction: discord.Interaction[Any], include_cv: bool = False) -> None:
        """The last interview's transcript and report as a Markdown attachment (with
        ``include_cv``, the stored CV and job texts too)."""
        target = await self.interactions.deferred(interaction)
        who = sender(interaction.user)
        exported = await export_latest(self.app.queries, who, DISCORD, include_cv)
        if exported is None:
            await self.interactions.outbox.say(target, texts.NOTHING_TO_EXPORT())
            return
        name, data = exported
        file = discord.File(io.BytesIO(data), name)
        await self.interactions.outbox.text(target, [DISCORD.te(texts.EXPORTED())], file=file)


class AccountCog(commands.Cog):
    """/roles, /voice, /language, /help and /privacy delete."""

    privacy = app_commands.Group(name="privacy", description=group("privacy"))

    def __init__(self, interactions: Interactions) -> None:
        """Commands answered through ``interactions``."""
        self.interactions = interactions
        self.app = interactions.app

    @app_commands.command(name="roles", description=described("/roles"))
    async def roles(self, interaction: discord.Interaction[Any]) -> None:
        """The roles with their ids and interview types."""
        target = await self.interactions.deferred(interaction)
        text = roles_text(self.app.roles.values(), DISCORD)
        await self.interactions.outbox.text(target, [text])

    @app_commands.command(name="voice", description=described("/voice"))
    @app_commands.describe(mode=option("voice mode"))
    @app_commands.choices(mode=VOICE_CHOICES)
    async def voice(self, interaction: discord.Interaction[Any], mode: Choice[str]) -> None:
        """Turn spoken questions on or off."""
        await self.interactions.run(interaction, SetVoice(on=mode.value == "on"))

    @app_commands.command(name="language", description=described("/language"))
    @app_commands.describe(language=option("language language"))
    @app_commands.choices(language=LANGUAGE_CHOICES)
    async def language(
        self, interaction: discord.Interaction[Any], language: Choice[str] | None = None
    ) -> None:
        """Set the interview language (without a choice: say which it is); the reply comes in
        the language chosen."""
        await self.interactions.run(
            interaction, SetLanguage(language.value if language is not None else None)
        )

    @app_commands.command(name="help", description=described("/help"))
    async def help(self, interaction: discord.Interaction[Any]) -> None:
        """What the bot does and its commands."""
        target = await self.interactions.deferred(interaction)
        await self.interactions.outbox.say(target, texts.help_message(DISCORD))

    @privacy.command(name="delete", description=described("/privacy delete"))
    async def delete(self, interaction: discord.Interaction[Any]) -> None:
        """Ask for confirmation before deleting the user's data (the Yes button deletes)."""
        target = await self.interactions.deferred(interaction)
        await self.interactions.outbox.text(
            target, [DISCORD.te(DELETE_CONFIRM())], view=delete_buttons(interaction.user.id)
        )
