"""/cv upload|show|clear and /job set|show|clear: the CV and the job description.

Each command is deferred before anything is read (reading a PDF can take a second); the
attachment's announced size is checked before it is downloaded.
"""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands
from discord.app_commands import Range
from discord.ext import commands

from bots.discord import texts
from bots.discord.interactions import Interactions
from bots.discord.messages import read_attachment
from bots.discord.translator import described, group, option
from engine.events import (
    FILE_DOWNLOAD_FAILED,
    ClearMaterial,
    GiveMaterial,
    Input,
    MaterialKind,
    ShowMaterial,
    Upload,
)

MAX_PASTED_CHARS = 6000  # Discord's longest string option


def upload_of(attachment: discord.Attachment) -> Upload:
    """An attachment as the engine's upload: its name, its announced size, its download."""
    return Upload(
        filename=attachment.filename,
        fetch=lambda: read_attachment(attachment, FILE_DOWNLOAD_FAILED()),
        size_bytes=attachment.size,
    )


class MaterialCog(commands.Cog):
    """/cv upload|show|clear and /job set|show|clear."""

    cv = app_commands.Group(name="cv", description=group("cv"))
    job = app_commands.Group(name="job", description=group("job"))

    def __init__(self, interactions: Interactions) -> None:
        """Commands run as events through ``interactions``."""
        self.interactions = interactions

    @cv.command(name="upload", description=described("/cv upload"))
    @app_commands.describe(file=option("cv upload file"))
    async def cv_upload(
        self, interaction: discord.Interaction[Any], file: discord.Attachment
    ) -> None:
        """Read and store the user's CV."""
        await self.interactions.run(
            interaction, GiveMaterial(MaterialKind.CV, file=upload_of(file))
        )

    @cv.command(name="show", description=described("/cv show"))
    async def cv_show(self, interaction: discord.Interaction[Any]) -> None:
        """A summary of the stored CV."""
        await self.interactions.run(interaction, ShowMaterial(MaterialKind.CV))

    @cv.command(name="clear", description=described("/cv clear"))
    async def cv_clear(self, interaction: discord.Interaction[Any]) -> None:
        """Delete the stored CV."""
        await self.interactions.run(interaction, ClearMaterial(MaterialKind.CV))

    @job.command(name="set", description=described("/job set"))
    @app_commands.describe(text=option("job set text"), file=option("job set file"))
    async def job_set(
        self,
        interaction: discord.Interaction[Any],
        text: Range[str, 1, MAX_PASTED_CHARS] | None = None,
        file: discord.Attachment | None = None,
    ) -> None:
        """Read and store the job description (the file when both are given)."""
        given: Input
        if file is not None:
            given = GiveMaterial(MaterialKind.JOB, file=upload_of(file))
        elif text is not None:
            given = GiveMaterial(MaterialKind.JOB, text)
        else:
            target = await self.interactions.deferred(interaction)
            await self.interactions.outbox.say(target, texts.JOB_SET_USAGE())
            return
        await self.interactions.run(interaction, given)

    @job.command(name="show", description=described("/job show"))
    async def job_show(self, interaction: discord.Interaction[Any]) -> None:
        """A summary of the stored job description."""
        await self.interactions.run(interaction, ShowMaterial(MaterialKind.JOB))

    @job.command(name="clear", description=described("/job clear"))
    async def job_clear(self, interaction: discord.Interaction[Any]) -> None:
        """Delete the stored job description."""
        await self.interactions.run(interaction, ClearMaterial(MaterialKind.JOB))
