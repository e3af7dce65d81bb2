"""A real discord.py bot against the Discord fake: protocol shapes and Discord's rules."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import discord
import pytest
import yarl
from discord import app_commands
from discord.ext import commands

from fakes.discord_api import (
    APP_ID,
    CHANNEL_ID,
    EPHEMERAL,
    GUILD_ID,
    LOADING,
    FakeDiscord,
    discord_py_pointed_at,
)

TOKEN = "MTExMTExMTExMTExMTExMTEx.GfakeX.fake-discord-self-test-token_abcdef"
USER = 311_111_111_111_111_111
WAIT = 10.0
ROLES = ["nurse", "teacher", "software engineer", "nutritionist"]
OGG = b"OggS" + bytes(range(256)) * 4


class AnswerModal(discord.ui.Modal, title="Your answer"):
    """A modal with one paragraph input; thanks the user by DM."""

    answer: discord.ui.TextInput[AnswerModal] = discord.ui.TextInput(
        label="Answer", style=discord.TextStyle.paragraph, custom_id="answer", max_length=4000
    )

    def __init__(self) -> None:
        super().__init__(custom_id="practice:modal")

    async def on_submit(self, interaction: discord.Interaction[Any]) -> None:
        """Acknowledge ephemerally, then DM (or say that DMs are closed)."""
        await interaction.response.send_message(
            f"Got {len(self.answer.value)} chars", ephemeral=True
        )
        try:
            await interaction.user.send("Thanks for your answer")
        except discord.Forbidden as error:
            await interaction.followup.send(f"I can't DM you ({error.code})", ephemeral=True)


class PanelView(discord.ui.View):
    """A persistent view: its button opens the answer modal."""

    def __init__(self) -> None:
        super().__init__(timeout=None)

    @discord.ui.button(
        label="Answer", style=discord.ButtonStyle.primary, custom_id="practice:answer"
    )
    async def answer(
        self, interaction: discord.Interaction[Any], _button: discord.ui.Button[Any]
    ) -> None:
        """Open the modal."""
        await interaction.response.send_modal(AnswerModal())


class PracticeBot(commands.Bot):
    """A small bot using the features the product uses."""

    def __init__(self) -> None:
        intents = discord.Intents.default()
        intents.message_content = True
        intents.dm_messages = True
        super().__init__(command_prefix="!", intents=intents, guild_ready_timeout=0.1)
        self.voice: list[tuple[bool, bool, float | None, bytes]] = []
        self.errors: list[BaseException] = []

    async def setup_hook(self) -> None:
        """Find the gateway (custom root), register the view and commands, sync them."""
        _shards, url, _limits = await self.http.get_bot_gateway()
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(url)
        self.add_view(PanelView())
        group = app_commands.Group(name="interview", description="Mock interviews")

        @group.command(name="start", description="Start an interview")
        async def start(interaction: discord.Interaction[Any], role: str) -> None:
            await interaction.response.defer(ephemeral=True, thinking=True)
            await interaction.followup.send(f"Starting a {role} interview", ephemeral=True)

        @start.autocomplete("role")
        async def roles(
            _interaction: discord.Interaction[Any], current: str
        ) -> list[app_commands.Choice[str]]:
            return [app_commands.Choice(name=r.title(), value=r) for r in ROLES if current in r]

        @group.command(name="panel", description="Post the answer panel")
        async def panel(interaction: discord.Interaction[Any]) -> None:
            await interaction.response.send_message("Answer panel", view=PanelView())

        @group.command(name="slow", description="Answers too late")
        async def slow(interaction: discord.Interaction[Any]) -> None:
            await asyncio.sleep(0.4)
            await interaction.response.send_message("finally")

        @app_commands.command(name="ping", description="Ping")
        async def ping(interaction: discord.Interaction[Any]) -> None:
            await interaction.response.send_message(f"pong {interaction.context.dm_channel}")

        self.tree.add_command(group, guild=discord.Object(GUILD_ID))
        self.tree.add_command(ping)
        self.tree.on_error = self._tree_error  # type: ignore[method-assign]
        await self.tree.sync(guild=discord.Object(GUILD_ID))
        await self.tree.sync()

    async def _tree_error(
        self, _interaction: discord.Interaction[Any], error: app_commands.AppCommandError
    ) -> None:
        self.errors.append(error.__cause__ or error)

    async def on_message(self, message: discord.Message) -> None:
        """DMs: voice messages are read from the CDN; text is echoed."""
        if message.author.bot or message.guild is not None:
            return
        for attachment in message.attachments:
            data = await attachment.read()
            voice = (attachment.is_voice_message(), message.flags.voice, attachment.duration, data)
            self.voice.append(voice)
            await message.channel.send(f"voice {len(data)} bytes {attachment.duration}s")
            return
        await message.channel.send(f"echo {message.content}")


@pytest.fixture
async def running() -> AsyncIterator[tuple[FakeDiscord, PracticeBot]]:
    """The fake and a started PracticeBot (stopped and globals restored afterwards)."""
    async with FakeDiscord(token=TOKEN) as fake:
        fake.add_user(USER, "alice", "Alice")
        with discord_py_pointed_at(fake.root):
            bot = PracticeBot()
            task = asyncio.create_task(bot.start(TOKEN))
            ready = asyncio.create_task(bot.wait_until_ready())
            try:
                done, _ = await asyncio.wait(
                    {task, ready}, timeout=WAIT, return_when="FIRST_COMPLETED"
                )
                if task in done:
                    task.result()
                assert ready in done, "bot not ready"
                yield fake, bot
            finally:
                ready.cancel()
                await asyncio.wait_for(bot.close(), WAIT)
                with contextlib.suppress(asyncio.CancelledError):
                    await asyncio.wait_for(task, WAIT)


async def test_start_up_identifies_and_syncs_commands(
    running: tuple[FakeDiscord, PracticeBot],
) -> None:
    fake, bot = running
    order = [f"{c.method} {c.path}" for c in fake.calls[:5]]
    assert order == [
        "GET /users/@me",
        "GET /oauth2/applications/@me",
        "GET /gateway/bot",
        f"PUT /applications/{APP_ID}/guilds/{GUILD_ID}/commands",
        f"PUT /applications/{APP_ID}/commands",
    ]
    assert all(c.headers.get("Authorization") == f"Bot {TOKEN}" for c in fake.calls[:5])
    (interview,) = fake.guild_commands[GUILD_ID]
    assert [(o["name"], o["type"]) for o in interview["options"]] == [
        ("start", 1), ("panel", 1), ("slow", 1),
    ]  # fmt: skip
    assert [c["name"] for c in fake.global_commands] == ["ping"]
    intents = fake.identifies[0]["intents"]
    assert intents & (1 << 15) and intents & (1 << 12)  # message content, direct messages
    assert fake.gateway.all_connections[0].query["v"] == "10"
    guild = bot.get_guild(GUILD_ID)
    assert guild is not None and guild.get_channel(CHANNEL_ID) is not None
    assert (
        guild.member_count == 2 and guild.me is not None
    )  # members aren't cached without the intent


async def test_deferred_thinking_then_ephemeral_follow_up(
    running: tuple[FakeDiscord, PracticeBot],
) -> None:
    fake, _bot = running
    interaction = await fake.send_slash(USER, ("interview", "start"), {"role": "nurse"})
    sent = fake.interactions[interaction].payload["data"]
    assert sent["guild_id"] == str(GUILD_ID)  # a guild command
    assert sent["options"] == [
        {"type": 1, "name": "start", "options": [{"type": 3, "name": "role", "value": "nurse"}]}
    ]
    follow = await fake.wait_for(lambda c: c.path.startswith("/webhooks/"), WAIT)
    callback, *_ = fake.interaction_responses(interaction)
    assert callback.query == {"with_response": "1"} and callback.status == 200
    assert callback.json == {"type": 5, "data": {"flags": EPHEMERAL}}
    assert callback.response["interaction"]["response_message_loading"] is True
    assert follow.query["wait"] == "1" and follow.json["flags"] == EPHEMERAL
    assert follow.json["content"] == "Starting a nurse interview"
    (message,) = fake.interaction_messages(interaction)  # the follow-up replaced "thinking…"
    assert message.content == "Starting a nurse interview"
    assert message.ephemeral and not message.flags & LOADING


async def test_autocomplete_gets_nested_focused_option(
    running: tuple[FakeDiscord, PracticeBot],
) -> None:
    fake, _bot = running
    interaction = await fake.send_autocomplete(USER, "interview", "start", "role", "nu")
    (start,) = fake.interactions[interaction].payload["data"]["options"]
    assert start["options"] == [{"type": 3, "name": "role", "value": "nu", "focused": True}]
    callback = await fake.wait_for(lambda c: f"/{interaction}/" in c.path, WAIT)
    assert callback.json == {
        "type": 8,
        "data": {
            "choices": [
                {"name": "Nurse", "value": "nurse"},
                {"name": "Nutritionist", "value": "nutritionist"},
            ]
        },
    }


async def test_button_opens_modal_and_submit_dms_the_user(
    running: tuple[FakeDiscord, PracticeBot],
) -> None:
    fake, _bot = running
    posted = await fake.send_slash(USER, "interview panel")
    await fake.wait_until(lambda: fake.interaction_messages(posted), WAIT)
    (panel,) = fake.messages_to_channel(CHANNEL_ID)
    assert panel.custom_ids == ["practice:answer"] and not panel.ephemeral

    clicked = await fake.click_button(USER, "practice:answer")
    assert fake.interactions[clicked].payload["message"]["id"] == str(panel.id)
    modal = await fake.wait_until(lambda: fake.modal_for(clicked), WAIT)
    assert modal["custom_id"] == "practice:modal" and modal["title"] == "Your answer"
    (text_input,) = [c for c in _walk(modal["components"]) if c.get("type") == 4]
    assert text_input["custom_id"] == "answer" and text_input["style"] == 2  # paragraph

    submitted = await fake.submit_modal(USER, "practice:modal", {"answer": "I profiled it."})
    dm = await fake.wait_for_dm(USER, "Thanks for your answer", timeout=WAIT)
    assert not dm.ephemeral and dm.via == "channel"
    (reply,) = fake.interaction_messages(submitted)
    assert reply.content == "Got 14 chars" and reply.ephemeral
    opened = [c for c in fake.calls if c.path == "/users/@me/channels"]
    assert [c.json for c in opened] == [{"recipient_id": USER}]


async def test_blocked_user_gets_50007(running: tuple[FakeDiscord, PracticeBot]) -> None:
    fake, _bot = running
    fake.block_user(USER)
    await fake.send_slash(USER, "interview panel")
    await fake.wait_until(lambda: fake.messages_to_channel(CHANNEL_ID), WAIT)
    clicked = await fake.click_button(USER, "practice:answer")
    await fake.wait_until(lambda: fake.modal_for(clicked), WAIT)
    submitted = await fake.submit_modal(USER, "practice:modal", {"answer": "x"})
    apology = await fake.wait_until(
        lambda: [m for m in fake.interaction_messages(submitted) if "can't DM" in m.content], WAIT
    )
    assert apology[0].content == "I can't DM you (50007)"
    refused = [c for c in fake.calls if c.path == f"/channels/{fake.dm_channel(USER)}/messages"]
    assert [c.status for c in refused] == [403]
    assert refused[0].response == {"message": "Cannot send messages to this user", "code": 50007}
    assert fake.dm_messages(USER) == []


async def test_dm_text_and_voice_message(running: tuple[FakeDiscord, PracticeBot]) -> None:
    fake, bot = running
    await fake.send_dm(USER, "hello")
    echo = await fake.wait_for_dm(USER, "echo hello", timeout=WAIT)
    assert echo.payload["author"]["id"] == str(APP_ID)
    await fake.send_dm_voice(USER, OGG, 2.5)
    await fake.wait_for_dm(USER, f"voice {len(OGG)} bytes 2.5s", timeout=WAIT)
    assert bot.voice == [(True, True, 2.5, OGG)]
    assert len(fake.cdn_fetches) == 1
    assert [m.content for m in fake.dm_messages(USER)] == [
        "echo hello",
        f"voice {len(OGG)} bytes 2.5s",
    ]


async def test_429_is_retried_after_retry_after(running: tuple[FakeDiscord, PracticeBot]) -> None:
    fake, _bot = running
    fake.fail_next("POST /channels/", 429, retry_after=0.3)
    await fake.send_dm(USER, "rate me")
    await fake.wait_for_dm(USER, "echo rate me", timeout=WAIT)
    tries = fake.channel_messages(fake.dm_channel(USER))
    assert [c.status for c in tries] == [429, 200]
    assert tries[1].at - tries[0].at >= 0.3


async def test_follow_up_500_is_retried(running: tuple[FakeDiscord, PracticeBot]) -> None:
    fake, _bot = running
    fake.fail_next("/webhooks/", 500)
    interaction = await fake.send_slash(USER, "interview start", {"role": "teacher"})
    await fake.wait_until(
        lambda: [
            c
            for c in fake.interaction_calls(interaction)
            if c.status == 200 and "webhooks" in c.path
        ],
        WAIT,
    )
    statuses = [c.status for c in fake.interaction_calls(interaction) if "webhooks" in c.path]
    assert statuses == [500, 200]


async def test_dm_slash_command_uses_user_and_global_command(
    running: tuple[FakeDiscord, PracticeBot],
) -> None:
    fake, _bot = running
    interaction = await fake.send_slash(USER, "ping", guild=False)
    payload = fake.interactions[interaction].payload
    assert "user" in payload and "member" not in payload and payload["context"] == 1
    assert "guild_id" not in payload["data"]
    callback = await fake.wait_for(lambda c: f"/{interaction}/" in c.path, WAIT)
    assert callback.json["type"] == 4 and callback.json["data"]["content"] == "pong True"


async def test_late_callback_is_an_unknown_interaction(
    running: tuple[FakeDiscord, PracticeBot],
) -> None:
    fake, bot = running
    fake.callback_deadline = 0.2
    interaction = await fake.send_slash(USER, "interview slow")
    callback = await fake.wait_for(lambda c: f"/{interaction}/" in c.path, WAIT)
    assert callback.status == 404 and callback.response["code"] == 10062
    await fake.wait_until(lambda: bot.errors, WAIT)
    assert isinstance(bot.errors[0], discord.NotFound) and bot.errors[0].code == 10062


async def test_reconnect_resumes_and_replays(running: tuple[FakeDiscord, PracticeBot]) -> None:
    fake, _bot = running
    await fake.request_reconnect()
    await fake.send_dm(USER, "during reconnect")  # kept for the session, replayed on RESUME
    await fake.wait_for_dm(USER, "echo during reconnect", timeout=WAIT)
    await fake.wait_until(lambda: fake.resumes, WAIT)
    assert len(fake.identifies) == 1 and len(fake.gateway.all_connections) == 2

    await fake.drop_connection(4000)
    await fake.wait_until(lambda: len(fake.resumes) == 2, WAIT)
    await fake.send_dm(USER, "after drop")
    await fake.wait_for_dm(USER, "echo after drop", timeout=WAIT)


async def test_invalid_session_makes_the_bot_identify_again(
    running: tuple[FakeDiscord, PracticeBot],
) -> None:
    fake, _bot = running
    await fake.invalidate_session(resumable=False)
    await fake.wait_ready(WAIT)
    assert len(fake.identifies) == 2 and fake.resumes == []
    await fake.send_dm(USER, "again")
    await fake.wait_for_dm(USER, "echo again", timeout=WAIT)


# ----- protocol level, without discord.py ---------------------------------------------------


async def test_rest_error_shapes_and_content_type() -> None:
    async with FakeDiscord(token="t") as fake, aiohttp.ClientSession() as http:
        api, auth = f"{fake.root}/api/v10", {"Authorization": "Bot t"}
        async with http.get(f"{api}/gateway/bot", headers=auth) as response:
            assert response.headers["Content-Type"] == "application/json"
            body = await response.json()
            assert body["url"] == f"ws://127.0.0.1:{fake.port}/gateway" and body["shards"] == 1
        async with http.get(f"{api}/users/@me", headers={"Authorization": "Bot wrong"}) as response:
            assert response.status == 401
        fake.fail_next("GET /users/@me", 429, retry_after=0.5)
        async with http.get(f"{api}/users/@me", headers=auth) as response:
            assert response.status == 429 and response.headers["Via"]
            assert await response.json() == {
                "message": "You are being rate limited.", "retry_after": 0.5, "global": False,
            }  # fmt: skip
        async with http.post(
            f"{api}/channels/1/messages", headers=auth, json={"content": "x"}
        ) as response:
            assert response.status == 404 and (await response.json())["code"] == 10003
        too_long = {"content": "x" * 2001}
        async with http.post(
            f"{api}/channels/{CHANNEL_ID}/messages", headers=auth, json=too_long
        ) as response:
            assert response.status == 400 and (await response.json())["code"] == 50035
        async with http.post(
            f"{api}/channels/{CHANNEL_ID}/messages", headers=auth, json={}
        ) as response:
            assert response.status == 400 and (await response.json())["code"] == 50006


async def test_gateway_handshake_acks_and_replays_on_resume() -> None:
    async with FakeDiscord() as fake, aiohttp.ClientSession() as http:
        async with http.ws_connect(f"{fake.gateway_url}?v=10&encoding=json") as ws:
            hello = await ws.receive_json(timeout=WAIT)
            assert hello["op"] == 10 and hello["d"]["heartbeat_interval"] > 0
            await ws.send_json({"op": 1, "d": None})
            assert (await ws.receive_json(timeout=WAIT))["op"] == 11
            await ws.send_json({"op": 2, "d": {"token": "x", "intents": 1 << 12, "properties": {}}})
            ready = await ws.receive_json(timeout=WAIT)
            assert ready["t"] == "READY" and ready["s"] == 1
            assert ready["d"]["guilds"] == [{"id": str(GUILD_ID), "unavailable": True}]
            guild = await ws.receive_json(timeout=WAIT)
            assert guild["t"] == "GUILD_CREATE" and guild["d"]["channels"][0]["id"] == str(
                CHANNEL_ID
            )

            interaction = await fake.send_slash(USER, "ping", guild=False)
            event = await ws.receive_json(timeout=WAIT)
            assert event["t"] == "INTERACTION_CREATE" and event["d"]["id"] == interaction
            assert event["d"]["token"] and event["d"]["version"] == 1
            webhook = f"{fake.root}/api/v10/webhooks/{APP_ID}/{event['d']['token']}"
            async with http.post(webhook, json={"content": "too early"}) as response:
                assert response.status == 404 and (await response.json())["code"] == 10015
            callback = (
                f"{fake.root}/api/v10/interactions/{interaction}/{event['d']['token']}/callback"
            )
            for status in (204, 400):
                async with http.post(
                    callback, json={"type": 4, "data": {"content": "hi"}}
                ) as response:
                    assert response.status == status
            echo = await ws.receive_json(timeout=WAIT)  # Discord tells the bot of its own message
            assert echo["t"] == "MESSAGE_CREATE" and echo["d"]["author"]["id"] == str(APP_ID)
            session = ready["d"]["session_id"]
        await fake.send_dm(USER, "missed")  # the socket is gone: kept for RESUME
        async with http.ws_connect(ready["d"]["resume_gateway_url"]) as ws:
            await ws.receive_json(timeout=WAIT)
            await ws.send_json({"op": 6, "d": {"token": "x", "session_id": session, "seq": 4}})
            replayed = await ws.receive_json(timeout=WAIT)
            assert replayed["t"] == "MESSAGE_CREATE" and replayed["d"]["content"] == "missed"
            assert "guild_id" not in replayed["d"] and replayed["s"] == 5
            assert (await ws.receive_json(timeout=WAIT))["t"] == "RESUMED"
            clip = fake.make_attachment(b"OggS-clip", "clip.ogg")
            upload = await fake.send_slash(USER, "upload", {"file": clip, "count": 3}, guild=False)
            data = (await ws.receive_json(timeout=WAIT))["d"]["data"]
            assert data["name"] == "upload" and data["id"]  # not synced: types from the values
            assert [(o["type"], o["value"]) for o in data["options"]] == [(11, clip["id"]), (4, 3)]
            assert data["resolved"]["attachments"] == {clip["id"]: clip}
            assert fake.interactions[upload].payload["data"] == data
        async with http.get(clip["url"]) as response:
            assert await response.read() == b"OggS-clip"
        async with http.get(f"{fake.root}/api/v10/no/such/route") as response:
            assert response.status == 404 and response.headers["Content-Type"] == "application/json"
        sent = [frame["t"] for frame in fake.gateway.sessions[0].sent]
        assert sent == [
            "READY",
            "GUILD_CREATE",
            "INTERACTION_CREATE",
            "MESSAGE_CREATE",
            "MESSAGE_CREATE",
            "INTERACTION_CREATE",
        ]


async def _identify(ws: aiohttp.ClientWebSocketResponse, shard: list[int] | None) -> None:
    """Read HELLO, then IDENTIFY (as ``shard``, or unsharded) with guild and DM messages."""
    assert (await ws.receive_json(timeout=WAIT))["op"] == 10
    intents = (1 << 9) | (1 << 12) | (1 << 15)
    identify: dict[str, Any] = {"token": "x", "intents": intents, "properties": {}}
    if shard is not None:
        identify["shard"] = shard
    await ws.send_json({"op": 2, "d": identify})


async def test_gateway_shards_guild_events_by_guild_id_and_dms_to_shard_0() -> None:
    async with FakeDiscord(shard_count=2) as fake, aiohttp.ClientSession() as http:
        assert fake.shard_of(GUILD_ID) == 1 and fake.shard_of(None) == 0
        async with http.get(f"{fake.root}/api/v10/gateway/bot") as response:
            assert (await response.json())["shards"] == 2
        for shard, code in ((None, 4011), ([0, 4], 4010), ([2, 2], 4010)):
            async with http.ws_connect(fake.gateway_url) as ws:
                await _identify(ws, shard)
                closed = await ws.receive(timeout=WAIT)
                assert closed.type is aiohttp.WSMsgType.CLOSE and closed.data == code
        async with (
            http.ws_connect(fake.gateway_url) as zero,
            http.ws_connect(fake.gateway_url) as one,
        ):
            await _identify(zero, [0, 2])
            ready = (await zero.receive_json(timeout=WAIT))["d"]
            assert ready["shard"] == [0, 2] and ready["guilds"] == []
            assert not fake.gateway.ready.is_set()  # shard 1 is missing
            await _identify(one, [1, 2])
            ready = (await one.receive_json(timeout=WAIT))["d"]
            assert ready["shard"] == [1, 2] and ready["guilds"][0]["id"] == str(GUILD_ID)
            assert (await one.receive_json(timeout=WAIT))["t"] == "GUILD_CREATE"
            await fake.wait_ready(WAIT)

            in_guild = await fake.send_slash(USER, "ping")
            assert (await one.receive_json(timeout=WAIT))["d"]["id"] == in_guild
            in_dm = await fake.send_slash(USER, "ping", guild=False)
            assert (await zero.receive_json(timeout=WAIT))["d"]["id"] == in_dm
            dm = await fake.send_dm(USER, "hello")
            assert (await zero.receive_json(timeout=WAIT))["d"]["id"] == dm
            said = await fake.send_channel_message(USER, "hello all")
            assert (await one.receive_json(timeout=WAIT))["d"]["id"] == said
        sent = {
            session.shard_id: [frame["t"] for frame in session.sent]
            for session in fake.gateway.sessions
        }
        assert sent == {
            0: ["READY", "INTERACTION_CREATE", "MESSAGE_CREATE"],
            1: ["READY", "GUILD_CREATE", "INTERACTION_CREATE", "MESSAGE_CREATE"],
        }


def _walk(components: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for component in components:
        out.append(component)
        out.extend(_walk(component.get("components", [])))
        if "component" in component:
            out.extend(_walk([component["component"]]))
    return out
