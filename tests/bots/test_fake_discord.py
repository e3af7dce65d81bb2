"""The Discord fake speaks enough of the protocol for a real discord.py bot."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import discord
import pytest
import yarl
from discord import app_commands
from discord.ext import commands

from tests.fakes.discord_api import GUILD_ID, FakeDiscord


class EchoBot(commands.Bot):
    """A bot with one deferred slash command and a DM echo."""

    def __init__(self) -> None:
        intents = discord.Intents.default()
        intents.message_content = True
        super().__init__(command_prefix="!", intents=intents)
        self.voice_bytes: list[int] = []

    async def setup_hook(self) -> None:
        _shards, url, _limits = await self.http.get_bot_gateway()
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(url)
        group = app_commands.Group(name="interview", description="Interviews")

        @group.command(name="start", description="Start")
        async def start(interaction: discord.Interaction, role: str) -> None:
            await interaction.response.defer(ephemeral=True, thinking=True)
            await interaction.followup.send(f"role {role}", ephemeral=True)

        self.tree.add_command(group)
        self.tree.copy_global_to(guild=discord.Object(GUILD_ID))
        await self.tree.sync(guild=discord.Object(GUILD_ID))

    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot:
            return
        for attachment in message.attachments:
            if attachment.is_voice_message():
                self.voice_bytes.append(len(await attachment.read()))
        await message.channel.send(f"echo {message.content}")


@pytest.fixture
async def running() -> AsyncIterator[tuple[FakeDiscord, EchoBot]]:
    async with FakeDiscord() as fake:
        original = discord.http.Route.BASE
        discord.http.Route.BASE = f"{fake.root}/api/v10"
        bot = EchoBot()
        try:
            await bot.login("fake-token")
            task = asyncio.create_task(bot.connect())
            await fake.wait_ready()
            yield fake, bot
            await bot.close()
            await asyncio.wait_for(task, 5)
        finally:
            discord.http.Route.BASE = original


async def test_slash_command_defer_and_follow_up(running: tuple[FakeDiscord, EchoBot]) -> None:
    fake, _bot = running
    assert any(c.method == "PUT" and c.path.endswith("/commands") for c in fake.calls)
    interaction = await fake.send_slash(7, "interview", {"role": "nurse"}, subcommand="start")
    follow = await fake.wait_for(lambda c: c.path.startswith("/webhooks/"), 5)
    callback = fake.interaction_calls(interaction)[0]
    assert callback.json["type"] == 5 and callback.json["data"]["flags"] == 64
    assert follow.json["content"] == "role nurse" and follow.json["flags"] == 64


async def test_dm_text_and_voice_messages(running: tuple[FakeDiscord, EchoBot]) -> None:
    fake, bot = running
    await fake.send_dm(7, "hello")
    reply = await fake.wait_for(lambda c: c.path.endswith("/messages") and c.method == "POST", 5)
    assert reply.json["content"] == "echo hello"
    await fake.send_dm_voice(7, b"OggS" + bytes(200), 2.5)
    for _ in range(50):
        if bot.voice_bytes:
            break
        await asyncio.sleep(0.05)
    assert bot.voice_bytes == [204]
