"""The Discord adapter: the bot (commands, buttons, DMs) and its start/stop for the runner."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
from typing import Any

import discord
import yarl
from discord.ext import commands
from discord.gateway import DiscordWebSocket

from bots.app import App
from bots.conversation import DEFAULT_TTS_TIMEOUT_SECONDS, ChatNotifier, Conversation
from bots.discord.channel import PLATFORM, DmChannel
from bots.discord.commands import AccountCog, InterviewCog, InterviewTree
from bots.discord.daily import RemindCog
from bots.discord.interactions import Interactions
from bots.discord.material import MaterialCog
from bots.discord.messages import DirectMessages
from bots.discord.send import NO_MENTIONS, Outbox
from bots.discord.translator import CatalogueTranslator
from bots.discord.views import DYNAMIC_ITEMS, answer_modal, on_modal_submit, question_buttons
from bots.settings import Settings
from engine.actions import Delivery

log = logging.getLogger(__name__)

CANNOT_MESSAGE_USER = 50007  # Discord's error code when the user blocks the bot's DMs
READY_TIMEOUT_SECONDS = 30.0
GUILD_READY_TIMEOUT_SECONDS = 2.0  # discord.py's default wait for servers to stream in
STOP_TIMEOUT_SECONDS = 10.0
# The bot never joins voice channels (voice *messages* are plain attachments), so the
# warnings about missing voice-channel libraries would only mislead.
discord.VoiceClient.warn_nacl = False
discord.VoiceClient.warn_dave = False


def intents() -> discord.Intents:
    """Default intents plus message content (DM answers) and DMs."""
    wanted = discord.Intents.default()
    wanted.message_content = True
    wanted.dm_messages = True
    return wanted


def shard_options(settings: Settings) -> dict[str, Any]:
    """discord.py's sharding options: DISCORD_SHARD_COUNT and this replica's DISCORD_SHARD_IDS
    (all of them when unset); none without a count."""
    if settings.discord_shard_count is None:
        return {}
    return {"shard_count": settings.discord_shard_count, "shard_ids": settings.shard_ids}


def runs_shard_zero(settings: Settings) -> bool:
    """Whether this replica runs shard 0 (always so without sharding)."""
    ids = settings.shard_ids
    return ids is None or 0 in ids


def shard_label(settings: Settings) -> str | None:
    """This replica's shards for /health, e.g. "shards 0,1 of 2"; None without sharding."""
    count = settings.discord_shard_count
    if count is None:
        return None
    ids = settings.shard_ids or list(range(count))
    noun = "shard" if len(ids) == 1 else "shards"
    return f"{noun} {','.join(map(str, ids))} of {count}"


class InterviewBot(commands.Bot):
    """The Discord bot; the App (entry point, queries, settings) comes in by the constructor."""

    def __init__(
        self,
        app: App,
        *,
        tts_timeout_seconds: float = DEFAULT_TTS_TIMEOUT_SECONDS,
        guild_ready_timeout: float = GUILD_READY_TIMEOUT_SECONDS,
    ) -> None:
        """A bot serving ``app``'s users; nothing touches the network until login."""
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents(),
            help_command=None,
            allowed_mentions=NO_MENTIONS,
            tree_cls=InterviewTree,
            guild_ready_timeout=guild_ready_timeout,
            **shard_options(app.settings),
        )
        self.app = app
        self.outbox = Outbox(question_buttons)
        self.conversation = Conversation(app, tts_timeout_seconds)
        self.interactions = Interactions(app, self.conversation, self.outbox, answer_modal)
        self.direct_messages = DirectMessages(self.conversation, self.outbox)

    async def setup_hook(self) -> None:
        """Find the gateway (custom API root), register buttons and commands, sync the tree
        (with the commands' words in every language the bot speaks)."""
        if self.app.settings.discord_api_root is not None:
            # discord.py asks for the gateway only when sharded without a count; otherwise
            # it connects to DEFAULT_GATEWAY (read after this hook), so behind a custom root,
            # ask it here.
            _shards, url, _limits = await self.http.get_bot_gateway()
            DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(url)
        self.add_dynamic_items(*DYNAMIC_ITEMS)
        await self.tree.set_translator(CatalogueTranslator())
        await self.add_cog(InterviewCog(self.interactions))
        await self.add_cog(AccountCog(self.interactions))
        await self.add_cog(RemindCog(self.interactions))
        await self.add_cog(MaterialCog(self.interactions))
        # Commands belong to the application, not to a shard: one replica syncs them. Shard 0
        # runs in every deployment (direct messages arrive only there), so exactly one
        # replica syncs; every replica overwriting the same list at start would only spend
        # the application's rate limit, and a replica of an older release restarting during a
        # rolling deploy would put its old commands back.
        if runs_shard_zero(self.app.settings):
            await self._sync_commands()
        else:
            log.info("discord: slash commands are synced by the replica running shard 0")

    async def on_message(self, message: discord.Message, /) -> None:
        """DM answers (no prefix commands: everything is a slash command)."""
        await self.direct_messages.on_message(message)

    async def on_interaction(self, interaction: discord.Interaction[Any], /) -> None:
        """Answer modals are handled here, by custom_id (see views.answer_modal)."""
        await on_modal_submit(interaction)

    async def dm_channel(self, platform_user_id: str, chat_id: str) -> DmChannel:
        """The user's DM channel: the one stored, else opened by the user's id."""
        if chat_id.isdigit():
            channel = self.get_partial_messageable(int(chat_id), type=discord.ChannelType.private)
            return DmChannel(self.outbox, channel)
        opened = await self.create_dm(discord.Object(int(platform_user_id)))
        return DmChannel(self.outbox, opened)

    async def _sync_commands(self) -> None:
        guild_id = self.app.settings.dev_guild_id
        try:
            if guild_id is not None:
                guild = discord.Object(guild_id)
                self.tree.copy_global_to(guild=guild)
                synced = await self.tree.sync(guild=guild)
            else:
                synced = await self.tree.sync()
        except discord.HTTPException as error:  # commands synced earlier still work
            log.warning("could not sync slash commands: %s", error)
            return
        where = f"guild {guild_id}" if guild_id is not None else "globally"
        log.info("discord: %d slash commands synced %s", len(synced), where)


class ShardedInterviewBot(InterviewBot, commands.AutoShardedBot):
    """The same bot on discord.py's AutoShardedBot: one gateway connection per shard it runs
    (DISCORD_SHARD_IDS of DISCORD_SHARD_COUNT), each IDENTIFYing as ``[shard_id, count]``."""


def build_bot(app: App, *, tts_timeout_seconds: float, guild_ready_timeout: float) -> InterviewBot:
    """The bot for ``app``: sharded when DISCORD_SHARD_COUNT is set."""
    kind = ShardedInterviewBot if app.settings.discord_shard_count is not None else InterviewBot
    return kind(
        app, tts_timeout_seconds=tts_timeout_seconds, guild_ready_timeout=guild_ready_timeout
    )


def delivery_failure(error: Exception) -> Delivery | None:
    """What a failed prompt means: BLOCKED when the user blocks the bot's DMs."""
    if isinstance(error, discord.Forbidden) and error.code == CANNOT_MESSAGE_USER:
        return Delivery.BLOCKED
    if isinstance(error, discord.HTTPException):
        return Delivery.FAILED
    return None


class DiscordAdapter:
    """Runs the Discord bot for the service runner."""

    name = "discord"

    def __init__(
        self,
        app: App,
        *,
        tts_timeout_seconds: float = DEFAULT_TTS_TIMEOUT_SECONDS,
        ready_timeout_seconds: float = READY_TIMEOUT_SECONDS,
        guild_ready_timeout: float = GUILD_READY_TIMEOUT_SECONDS,
    ) -> None:
        """Build the bot; nothing touches the network until :meth:`start`.

        ``guild_ready_timeout`` is how long discord.py waits after READY for servers to
        stream in before it reports ready.
        """
        if app.settings.discord_bot_token is None:
            raise ValueError("DISCORD_BOT_TOKEN is not set")
        self.settings = app.settings
        self.ready_timeout_seconds = ready_timeout_seconds
        self.bot = build_bot(
            app, tts_timeout_seconds=tts_timeout_seconds, guild_ready_timeout=guild_ready_timeout
        )
        self.notifier = ChatNotifier(
            PLATFORM, self.bot.conversation, self.bot.dm_channel, delivery_failure
        )
        self._connection: asyncio.Task[None] | None = None
        self._saved: tuple[str, yarl.URL] | None = None

    def health(self) -> tuple[bool, str]:
        """Whether the gateway connection (every shard's, when sharded) is up, and which
        shards this replica runs."""
        ok, detail = self._connection_health()
        shards = shard_label(self.settings)
        return ok, detail if shards is None else f"{detail}, {shards}"

    def _connection_health(self) -> tuple[bool, str]:
        if self.bot.is_closed():
            return False, "stopped"
        if not self.bot.is_ready():
            return False, "connecting"
        if not self._gateway_open():  # dropped: discord.py is reconnecting
            return False, "reconnecting"
        latency = self.bot.latency
        if not math.isfinite(latency):  # no heartbeat acknowledged yet
            return True, "connected"
        return True, f"connected, latency {latency * 1000:.0f} ms"

    def _gateway_open(self) -> bool:
        if isinstance(self.bot, commands.AutoShardedBot):  # no ``ws`` of its own
            return all(not shard.is_closed() for shard in self.bot.shards.values())
        socket = self.bot.ws
        return socket is not None and socket.open

    async def start(self) -> None:
        """Log in (setup_hook syncs the commands), connect to the gateway, wait until ready."""
        token = self.settings.discord_bot_token
        assert token is not None
        self._point_at_api_root()
        try:
            await self.bot.login(token.get_secret_value())
            self._connection = asyncio.create_task(self.bot.connect(), name="discord-gateway")
            await self._wait_until_ready()
        except BaseException:
            await self.stop()
            raise
        log.info("discord: connected as %s", self.bot.user)

    async def stop(self) -> None:
        """Disconnect and close the HTTP session."""
        await self.bot.close()
        if self._connection is not None:
            try:
                await asyncio.wait_for(self._connection, STOP_TIMEOUT_SECONDS)
            except Exception as error:  # already reported by the connection; stopping anyway
                log.debug("discord gateway task ended with %r", error)
            self._connection = None
        self._restore_api_root()

    async def _wait_until_ready(self) -> None:
        assert self._connection is not None
        ready = asyncio.create_task(self.bot.wait_until_ready())
        done, _ = await asyncio.wait(
            {ready, self._connection},
            timeout=self.ready_timeout_seconds,
            return_when=asyncio.FIRST_COMPLETED,
        )
        if ready not in done:
            ready.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await ready
        if self._connection in done:
            self._connection.result()  # raises why the gateway connection failed
            raise RuntimeError("the Discord gateway connection closed during start-up")
        if not done:
            log.warning(
                "discord: not ready after %.0f s; still connecting", self.ready_timeout_seconds
            )

    def _point_at_api_root(self) -> None:
        root = self.settings.discord_api_root
        if root is None:
            return
        self._saved = (discord.http.Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY)
        discord.http.Route.BASE = f"{root}/api/v10"

    def _restore_api_root(self) -> None:
        # Both are class attributes of discord.py: put them back for whatever runs next.
        if self._saved is not None:
            discord.http.Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY = self._saved
            self._saved = None
