"""/remind set|off|show: the daily practice question, delivered by DM."""

from __future__ import annotations

from typing import Any
from zoneinfo import available_timezones

import discord
from discord import app_commands
from discord.app_commands import Choice
from discord.ext import commands

from bots.discord.interactions import Interactions
from bots.discord.translator import described, group, option
from engine.events import RemindAt, RemindOff, RemindShow

ZONES = sorted(available_timezones())
MAX_CHOICES = 25


def matching_zones(typed: str) -> list[str]:
    """IANA zones containing what was typed (case-insensitive), at most 25."""
    needle = typed.strip().lower().replace(" ", "_")
    return [zone for zone in ZONES if needle in zone.lower()][:MAX_CHOICES]


class RemindCog(commands.GroupCog, group_name="remind", group_description=group("remind")):
    """/remind set|off|show."""

    def __init__(self, interactions: Interactions) -> None:
        """Reminder commands run as events through ``interactions``."""
        self.interactions = interactions
        super().__init__()

    @app_commands.command(name="set", description=described("/remind set"))
    @app_commands.describe(time=option("remind set time"), timezone=option("remind set timezone"))
    async def set(
        self, interaction: discord.Interaction[Any], time: str, timezone: str | None = None
    ) -> None:
        """Set (or change) the daily question's time; prompts arrive by DM."""
        await self.interactions.deferred(interaction)  # opening the DM may take a moment
        dm = await interaction.user.create_dm()
        await self.interactions.run(interaction, RemindAt(time, timezone), chat_id=dm.id)

    @set.autocomplete("timezone")
    async def timezone_autocomplete(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[Choice[str]]:
        """Time zones matching what the user has typed so far."""
        return [Choice(name=zone, value=zone) for zone in matching_zones(current)]

    @app_commands.command(name="off", description=described("/remind off"))
    async def off(self, interaction: discord.Interaction[Any]) -> None:
        """Turn the daily question off."""
        await self.interactions.run(interaction, RemindOff())

    @app_commands.command(name="show", description=described("/remind show"))
    async def show(self, interaction: discord.Interaction[Any]) -> None:
        """Show the current setting."""
        await self.interactions.run(interaction, RemindShow())
