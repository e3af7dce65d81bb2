"""Sending to Discord: escaped markdown split at 2000, report embeds, buttons, spoken questions."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import discord

from bots.conversation import Reply, Spoken
from bots.discord import texts
from bots.render import (
    Markup,
    code_file,
    code_fits,
    render_action,
    report_sections,
    report_summary,
    report_title,
    split_message,
)
from engine.actions import (
    AskQuestion,
    Message,
    OpenAnswerForm,
    Report,
    ShowCodeCheck,
    ShowReport,
)
from engine.events import Origin

CONTENT_LIMIT = 2000
EMBED_TITLE_LIMIT = 256
EMBED_DESCRIPTION_LIMIT = 4096
EMBED_FIELD_LIMIT = 1024
EMBED_FIELDS = 25
EMBED_TOTAL_LIMIT = 6000
NO_MENTIONS = discord.AllowedMentions.none()


def escape(text: str) -> str:
    """User (or engine) text made inert: no markdown, no @everyone or user/role pings."""
    return discord.utils.escape_mentions(discord.utils.escape_markdown(text))


def code_inert(code: str) -> str:
    """Code that cannot close its code block early (a zero-width space breaks a ```)."""
    return code.replace("```", "`\u200b``")


DISCORD = Markup(
    escape=escape,
    bold=lambda text: f"**{text}**",
    italic=lambda text: f"*{text}*",
    limit=CONTENT_LIMIT,
    platform="discord",
    commands=texts.COMMAND_NAMES,
    code=lambda text, language: f"```{language}\n{code_inert(text)}\n```",
)


def score_colour(report: Report) -> discord.Colour:
    """Green for a strong interview through red for a weak one; grey when unscored."""
    if report.scores is None:
        return discord.Colour.light_grey()
    overall = report.scores.overall
    if overall >= 4:
        return discord.Colour.green()
    if overall >= 3:
        return discord.Colour.gold()
    if overall >= 2:
        return discord.Colour.orange()
    return discord.Colour.red()


def report_embeds(report: Report) -> list[discord.Embed]:
    """The report as embeds within Discord's limits (a second embed only for a huge report)."""
    colour = score_colour(report)
    summary = report_summary(report, DISCORD)
    first = discord.Embed(
        title=report_title(report, DISCORD)[:EMBED_TITLE_LIMIT],
        description=split_message(summary, EMBED_DESCRIPTION_LIMIT)[0],
        colour=colour,
    )
    embeds = [first]
    for section in report_sections(report, DISCORD):
        for index, chunk in enumerate(split_message(section.body, EMBED_FIELD_LIMIT)):
            name = section.title if index == 0 else DISCORD.t(texts.CONTINUED(title=section.title))
            embed = embeds[-1]
            full = len(embed.fields) >= EMBED_FIELDS
            if full or len(embed) + len(name) + len(chunk) > EMBED_TOTAL_LIMIT:
                embed = discord.Embed(colour=colour)
                embeds.append(embed)
            embed.add_field(name=name, value=chunk, inline=False)
    return embeds


@dataclass
class Outgoing:
    """One Discord message to send."""

    content: str = ""
    embed: discord.Embed | None = None
    audio: bytes | None = None
    view: discord.ui.View | None = None
    file: discord.File | None = None

    def kwargs(self) -> dict[str, Any]:
        """Keyword arguments for ``send`` (discord.py wants absent values left out, not None)."""
        kwargs: dict[str, Any] = {"allowed_mentions": NO_MENTIONS}
        if self.content:
            kwargs["content"] = self.content
        if self.embed is not None:
            kwargs["embed"] = self.embed
        if self.audio is not None:
            kwargs["file"] = discord.File(io.BytesIO(self.audio), "question.mp3")
        if self.file is not None:
            kwargs["file"] = self.file
        if self.view is not None:
            kwargs["view"] = self.view
        return kwargs


class Target(Protocol):
    """Where a reply goes: an interaction's follow-ups or a channel."""

    async def send(self, message: Outgoing) -> None:
        """Send one message."""
        ...


class FollowUp:
    """Follow-ups of a deferred interaction (ephemeral in servers)."""

    def __init__(self, interaction: discord.Interaction, ephemeral: bool) -> None:
        """Follow up on ``interaction``; ``ephemeral`` hides the replies from everyone else."""
        self.interaction = interaction
        self.ephemeral = ephemeral

    async def send(self, message: Outgoing) -> None:
        """Send one follow-up message."""
        await self.interaction.followup.send(ephemeral=self.ephemeral, **message.kwargs())


class ChannelTarget:
    """Plain messages in a channel (a DM)."""

    def __init__(self, channel: discord.abc.Messageable) -> None:
        """Send to ``channel``."""
        self.channel = channel

    async def send(self, message: Outgoing) -> None:
        """Send one channel message."""
        await self.channel.send(**message.kwargs())


class ButtonsFor(Protocol):
    """The buttons under a question: acting on ``origin``; ``example`` adds Example answer."""

    def __call__(self, origin: Origin, example: bool = False) -> discord.ui.View:
        """The view for one prompt."""
        ...


class Outbox:
    """Renders a turn's replies into Discord messages."""

    def __init__(self, buttons: ButtonsFor) -> None:
        """Questions get ``buttons(origin)``: Answer, Skip, Hint and End acting on that prompt
        (and Example answer, for the question before, under a later main question)."""
        self.buttons = buttons

    async def send(self, target: Target, replies: Sequence[Reply]) -> None:
        """Send a turn's replies: text gathered into few messages, buttons on each question.

        A question ends its message so its buttons (and its spoken form, the ``Spoken`` after
        it) sit right under it; a report goes out as embeds.
        """
        pending: list[str] = []
        for index, reply in enumerate(replies):
            if isinstance(reply, Spoken):  # attached to the question before it
                continue
            if isinstance(reply, ShowReport):
                await self.text(target, pending)
                pending = []
                for embed in report_embeds(reply.report):
                    await target.send(Outgoing(embed=embed))
                continue
            if isinstance(reply, ShowCodeCheck):  # alone: its code block stays whole
                await self.text(target, pending)
                pending = []
                file = None
                if not code_fits(reply, DISCORD):
                    filename, data = code_file(reply)
                    file = discord.File(io.BytesIO(data), filename)
                await self.text(target, [render_action(reply, DISCORD)], file=file)
                continue
            if isinstance(reply, OpenAnswerForm):  # too late for the form: offer the button
                pending += [DISCORD.te(texts.FORM_AGAIN()), escape(reply.question)]
                await self.text(target, pending, view=self.buttons(reply.origin))
                pending = []
                continue
            rendered = render_action(reply, DISCORD)
            if rendered:
                pending.append(rendered)
            if isinstance(reply, AskQuestion):
                following = replies[index + 1] if index + 1 < len(replies) else None
                audio = following.audio if isinstance(following, Spoken) else None
                view = None
                if reply.origin is not None:
                    after_another = reply.number > 1 and not reply.is_follow_up
                    view = self.buttons(reply.origin, example=after_another)
                await self.text(target, pending, view=view, audio=audio)
                pending = []
        await self.text(target, pending)

    async def say(
        self, target: Target, message: Message, view: discord.ui.View | None = None
    ) -> None:
        """Send a message (worded and escaped here)."""
        await self.text(target, [DISCORD.te(message)], view=view)

    async def text(
        self,
        target: Target,
        paragraphs: list[str],
        *,
        view: discord.ui.View | None = None,
        audio: bytes | None = None,
        file: discord.File | None = None,
    ) -> None:
        """Send rendered paragraphs split at 2000 chars; view, audio and file go on the last."""
        if not paragraphs:
            return
        chunks = split_message("\n\n".join(paragraphs), CONTENT_LIMIT)
        for index, chunk in enumerate(chunks):
            last = index == len(chunks) - 1
            message = Outgoing(chunk)
            if last:
                message = Outgoing(chunk, view=view, audio=audio, file=file)
            await target.send(message)
