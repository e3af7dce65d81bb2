"""A loopback fake of Discord: REST under /api/v10, a JSON gateway websocket, and a CDN.

Driven by the real discord.py client: point ``discord.http.Route.BASE`` at
``f"{fake.root}/api/v10"`` and, in ``setup_hook``, set ``DiscordWebSocket.DEFAULT_GATEWAY`` to
``yarl.URL(url)`` from ``await self.http.get_bot_gateway()``. The test side dispatches
interactions and messages, injects faults, and inspects every REST call and the messages the
bot sent (their current state after edits). See ``discord_gateway`` and ``discord_payloads``.

Sharded like Discord with ``shard_count``: GET /gateway/bot recommends that many shards, each
gateway session IDENTIFIES as one of them, a guild's events go to shard
``(guild_id >> 22) % shard_count`` and direct messages (no guild) only to shard 0.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import math
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Any, TypeVar

from aiohttp import web

from fakes import discord_payloads as p
from fakes.discord_events import EventsMixin, command_path, modal_components
from fakes.discord_gateway import Gateway, GatewaySession
from fakes.discord_payloads import (
    APP_ID,
    BOT_ID,
    CHANNEL_ID,
    EPHEMERAL,
    GUILD_ID,
    IS_VOICE_MESSAGE,
    LOADING,
)
from fakes.discord_rest import (
    PARSED,
    Call,
    InteractionRecord,
    Parsed,
    RestMixin,
    SentMessage,
    json_response,
    read_body,
)

__all__ = [
    "APP_ID",
    "BOT_ID",
    "CHANNEL_ID",
    "EPHEMERAL",
    "GUILD_ID",
    "IS_VOICE_MESSAGE",
    "LOADING",
    "Call",
    "FakeDiscord",
    "InteractionRecord",
    "SentMessage",
    "discord_py_pointed_at",
]

T = TypeVar("T")
API = "/api/v10"


@dataclass
class _Fault:
    part: str
    status: int
    retry_after: float
    times: int
    code: int | None
    message: str | None
    is_global: bool


class FakeDiscord(EventsMixin, RestMixin):
    """The fake Discord; ``async with FakeDiscord() as fake:`` then point the bot at ``root``."""

    def __init__(
        self,
        *,
        token: str | None = None,
        guild_id: int = GUILD_ID,
        channel_id: int = CHANNEL_ID,
        with_guild: bool = True,
        callback_deadline: float | None = 3.0,
        echo_own_messages: bool = True,
        heartbeat_interval_ms: int = 41_250,
        shard_count: int = 1,
    ) -> None:
        """Configure the fake.

        ``token``: if set, REST and IDENTIFY with another token fail (401 / close 4004).
        ``with_guild``: READY lists the guild and a GUILD_CREATE follows (text channel
        ``#practice`` = ``channel_id``, members = users known at IDENTIFY time).
        ``callback_deadline``: seconds the bot has for the initial interaction response before
        Discord answers 404 Unknown interaction (10062); None disables it.
        ``echo_own_messages``: the bot's non-ephemeral messages come back as MESSAGE_CREATE,
        as on Discord (so on_message sees its own messages).
        ``shard_count``: the shards clients must IDENTIFY with (see the module's docstring).
        """
        self.token = token
        self.guild_id = guild_id
        self.channel_id = channel_id
        self.with_guild = with_guild
        self.callback_deadline = callback_deadline
        self.token_lifetime = 15 * 60.0
        self.echo_own_messages = echo_own_messages
        self.shard_count = shard_count
        self.calls: list[Call] = []
        self.dispatched: dict[str, float] = {}
        self.global_commands: list[dict[str, Any]] = []
        self.guild_commands: dict[int, list[dict[str, Any]]] = {}
        self.bot_messages: dict[int, SentMessage] = {}
        self.user_messages: dict[int, dict[str, Any]] = {}
        self.interactions: dict[str, InteractionRecord] = {}
        self.files: dict[str, bytes] = {}
        self.cdn_fetches: list[str] = []
        self.suppressed: list[tuple[str, dict[str, Any]]] = []
        self.blocked_users: set[int] = set()
        self.users: dict[int, dict[str, Any]] = {}
        self.channels: dict[int, dict[str, Any]] = {}
        self.port = 0
        self._last_commands: list[dict[str, Any]] = []
        self._command_ids: dict[tuple[int | None, str], str] = {}
        self._faults: list[_Fault] = []
        self._ids = p.Snowflakes()
        self._dm_channels: dict[int, int] = {}
        self._event = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.bot_user = p.user(BOT_ID, "practice-partner", None, bot=True)
        self.users[BOT_ID] = self.bot_user
        self.channels[channel_id] = p.text_channel(channel_id, guild_id, "practice")
        self.gateway = Gateway(
            token=lambda: self.token,
            ready_events=self._ready_events,
            members_chunk=lambda _request: self._members(),
            changed=self._notify,
            heartbeat_interval_ms=heartbeat_interval_ms,
            shard_count=shard_count,
        )

    # ----- lifecycle ---------------------------------------------------------------------

    @property
    def root(self) -> str:
        """The base URL: REST at ``{root}/api/v10``, gateway at ``{root}/gateway``."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def gateway_url(self) -> str:
        """The websocket URL GET /gateway/bot returns."""
        return f"ws://127.0.0.1:{self.port}/gateway"

    async def __aenter__(self) -> FakeDiscord:
        """Start the server on an ephemeral loopback port."""
        app = web.Application(client_max_size=64 * 1024 * 1024, middlewares=[self._record])
        app.router.add_get("/gateway", self.gateway.handle)
        app.router.add_get("/attachments/{key:.*}", self._cdn)
        self.add_rest_routes(app.router, API)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = int(self._runner.addresses[0][1])
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Close sockets and stop the server."""
        await self.gateway.close_all()
        if self._runner is not None:
            await self._runner.cleanup()

    # ----- test side: set-up and faults --------------------------------------------------

    async def wait_ready(self, timeout: float = 10) -> None:
        """Wait until clients have IDENTIFIED every shard and been sent READY (and
        GUILD_CREATE)."""
        await asyncio.wait_for(self.gateway.ready.wait(), timeout)

    def reset_ready(self) -> None:
        """Forget the last IDENTIFY (before restarting the bot)."""
        self.gateway.ready.clear()

    def fail_next(
        self,
        path_part: str,
        status: int = 429,
        retry_after: float = 0.2,
        *,
        times: int = 1,
        code: int | None = None,
        message: str | None = None,
        is_global: bool = False,
    ) -> None:
        """Fail the next ``times`` REST calls whose ``"METHOD /path"`` contains ``path_part``.

        429 answers carry ``Via``, ``Retry-After`` and ``{"message", "retry_after", "global"}``
        (what discord.py needs to treat it as a rate limit and retry); other statuses answer
        ``{"message", "code"}``. Paths are relative to /api/v10, e.g. ``"POST /channels/"``.
        """
        self._faults.append(_Fault(path_part, status, retry_after, times, code, message, is_global))

    def block_user(self, user_id: int) -> None:
        """Messages to this user's DM channel fail: 403, code 50007."""
        self.blocked_users.add(user_id)

    def unblock_user(self, user_id: int) -> None:
        """Undo ``block_user``."""
        self.blocked_users.discard(user_id)

    def add_user(
        self, user_id: int, username: str | None = None, global_name: str | None = None
    ) -> dict[str, Any]:
        """Register (or rename) a test user; returns its user object."""
        name = username or f"user{user_id}"
        self.users[user_id] = p.user(user_id, name, global_name or name.title())
        return self.users[user_id]

    def user_payload(self, user_id: int) -> dict[str, Any]:
        """The user object of a test user (registered on first use)."""
        return self.users.get(user_id) or self.add_user(user_id)

    def add_text_channel(self, name: str) -> int:
        """Another text channel in the guild (only seen by clients that IDENTIFY afterwards)."""
        channel_id = self._ids.next()
        self.channels[channel_id] = p.text_channel(
            channel_id, self.guild_id, name, len(self.channels)
        )
        return channel_id

    def dm_channel(self, user_id: int) -> int:
        """The DM channel id with a user (created on demand)."""
        if user_id not in self._dm_channels:
            channel_id = self._ids.next()
            self._dm_channels[user_id] = channel_id
            self.channels[channel_id] = p.dm_channel(channel_id, self.user_payload(user_id))
        return self._dm_channels[user_id]

    def register_file(self, data: bytes, name: str) -> str:
        """Serve bytes on the fake CDN and return their URL."""
        key = f"{self._ids.next()}/{name}"
        self.files[key] = data
        return f"{self.root}/attachments/{key}"

    def make_attachment(
        self,
        data: bytes,
        filename: str,
        content_type: str | None = None,
        *,
        duration_secs: float | None = None,
        waveform: bytes | None = None,
        size: int | None = None,
    ) -> dict[str, Any]:
        """An attachment object whose ``url`` serves ``data`` (for messages and options);
        ``size`` is the size it announces, if not the true one."""
        return p.attachment(
            self._ids.next(), filename, len(data) if size is None else size,
            self.register_file(data, filename),
            content_type=content_type, duration_secs=duration_secs, waveform=waveform,
        )  # fmt: skip

    # ----- test side: gateway ------------------------------------------------------------

    async def dispatch(self, event: str, data: dict[str, Any]) -> bool:
        """Send any gateway event as is, to the shard of its ``guild_id`` (none: shard 0);
        False if the client is reconnecting (kept for RESUME)."""
        if "id" in data:
            self.dispatched[str(data["id"])] = time.monotonic()
        shard_id = self.shard_of(data.get("guild_id"))
        return await self.gateway.dispatch(event, data, shard_id=shard_id)

    def shard_of(self, guild_id: int | str | None) -> int:
        """The shard Discord sends a guild's events to; direct messages go to shard 0."""
        return 0 if guild_id is None else (int(guild_id) >> 22) % self.shard_count

    _dispatch = dispatch

    async def request_reconnect(self) -> None:
        """Send op 7 RECONNECT; the client reconnects and RESUMEs."""
        await self.gateway.request_reconnect()

    async def invalidate_session(self, resumable: bool = False) -> None:
        """Send op 9 INVALID_SESSION (not resumable: the client IDENTIFIES again)."""
        await self.gateway.invalidate_session(resumable)

    async def drop_connection(self, code: int = 4000) -> None:
        """Close the gateway socket from the server side."""
        await self.gateway.drop_connection(code)

    @property
    def identifies(self) -> list[dict[str, Any]]:
        """Every IDENTIFY payload received (token, intents, properties, …)."""
        return self.gateway.identifies

    @property
    def resumes(self) -> list[dict[str, Any]]:
        """Every accepted RESUME payload."""
        return self.gateway.resumes

    # ----- test side: interactions -------------------------------------------------------

    async def send_slash(
        self,
        user_id: int,
        name: str | Sequence[str],
        options: Mapping[str, Any] | None = None,
        *,
        subcommand: str | None = None,
        guild: bool = True,
        guild_id: int | None = None,
        channel_id: int | None = None,
        locale: str = "en-US",
    ) -> str:
        """Dispatch a chat-input command; return the interaction id.

        ``name`` is ``"interview"``, ``"interview start"`` or ``("interview", "start")``;
        ``subcommand`` appends to it. Option types come from the commands the bot synced
        (falling back to the Python type); USER/CHANNEL/ATTACHMENT options get ``resolved``.
        In a guild, ``data.guild_id`` is set when the command was synced to that guild.
        """
        path = command_path(name, subcommand)
        gid = (guild_id or self.guild_id) if guild else None
        data = self._command_data(path, options or {}, gid, None, None)
        return await self._interaction(
            user_id, p.APPLICATION_COMMAND, data, gid, channel_id, None, locale
        )

    async def send_autocomplete(
        self,
        user_id: int,
        name: str | Sequence[str],
        subcommand: str | None,
        focused: str,
        value: str,
        others: Mapping[str, Any] | None = None,
        *,
        guild: bool = True,
        guild_id: int | None = None,
        channel_id: int | None = None,
    ) -> str:
        """Dispatch an autocomplete request (type 4) with ``focused`` being typed as ``value``."""
        path = command_path(name, subcommand)
        gid = (guild_id or self.guild_id) if guild else None
        data = self._command_data(path, others or {}, gid, focused, value)
        return await self._interaction(
            user_id, p.AUTOCOMPLETE, data, gid, channel_id, None, "en-US"
        )

    async def click_button(
        self,
        user_id: int,
        custom_id: str,
        message: Mapping[str, Any] | int | str | None = None,
        *,
        message_id: int | str | None = None,
        channel_id: int | None = None,
        guild: bool | None = None,
        guild_id: int | None = None,
    ) -> str:
        """Dispatch a button click (type 3, component_type 2); return the interaction id.

        The message is the one given (object or id), else the newest message the bot sent
        with that custom_id, else a stub. ``guild`` defaults to where that message is.
        """
        data = {"custom_id": custom_id, "component_type": 2}
        return await self._component(
            user_id, data, message, message_id, channel_id, guild, guild_id
        )

    async def choose_select(
        self,
        user_id: int,
        custom_id: str,
        values: Sequence[str],
        message: Mapping[str, Any] | int | str | None = None,
        *,
        component_type: int = 3,
        guild: bool | None = None,
    ) -> str:
        """Dispatch a select menu choice (type 3, component_type 3 = string select)."""
        data = {"custom_id": custom_id, "component_type": component_type, "values": list(values)}
        return await self._component(user_id, data, message, None, None, guild, None)

    async def submit_modal(
        self,
        user_id: int,
        custom_id: str,
        values: Mapping[str, str | Sequence[str]],
        *,
        guild: bool | None = None,
        channel_id: int | None = None,
    ) -> str:
        """Dispatch a modal submission (type 5) with ``{input custom_id: value}``.

        The layout mirrors the modal the bot last opened with this custom_id (action rows or
        labels), and so does the context (guild/DM, channel, message); else action rows.
        """
        opener = next(
            (r for r in reversed(self.interactions.values())
             if r.response_type == 9 and (r.response_data or {}).get("custom_id") == custom_id),
            None,
        )  # fmt: skip
        layout = (opener.response_data or {}).get("components") if opener else None
        data = {"custom_id": custom_id, "components": modal_components(layout, values)}
        in_guild = guild if guild is not None else (opener.guild_id is not None if opener else True)
        gid = (
            (opener.guild_id if opener and opener.guild_id else self.guild_id) if in_guild else None
        )
        channel = channel_id or (opener.channel_id if opener else None)
        message = opener.payload.get("message") if opener else None
        return await self._interaction(
            user_id, p.MODAL_SUBMIT, data, gid, channel, message, "en-US"
        )

    # ----- test side: messages -----------------------------------------------------------

    async def send_dm(
        self, user_id: int, content: str, *, attachments: Sequence[dict[str, Any]] = ()
    ) -> str:
        """Dispatch a DM from a user to the bot (MESSAGE_CREATE); return the message id."""
        return await self._user_message(user_id, self.dm_channel(user_id), content, attachments, 0)

    async def send_dm_voice(
        self,
        user_id: int,
        audio: bytes,
        duration_secs: float,
        *,
        waveform: bytes | None = None,
        filename: str = "voice-message.ogg",
    ) -> str:
        """Dispatch a DM voice message: flag IS_VOICE_MESSAGE, one audio/ogg attachment."""
        attachment = self.make_attachment(
            audio, filename, "audio/ogg", duration_secs=duration_secs, waveform=waveform
        )
        channel = self.dm_channel(user_id)
        return await self._user_message(user_id, channel, "", [attachment], IS_VOICE_MESSAGE)

    async def send_channel_message(
        self,
        user_id: int,
        content: str,
        *,
        channel_id: int | None = None,
        mention_bot: bool = False,
        attachments: Sequence[dict[str, Any]] = (),
    ) -> str:
        """Dispatch a guild channel message from a user (content hidden without the intent)."""
        text = f"<@{BOT_ID}> {content}" if mention_bot else content
        channel = channel_id or self.channel_id
        return await self._user_message(user_id, channel, text, attachments, 0, mention_bot)

    # ----- test side: inspection ---------------------------------------------------------

    @property
    def commands(self) -> list[dict[str, Any]]:
        """The commands of the last bulk overwrite (PUT), as Discord returned them."""
        return self._last_commands

    def interaction_calls(self, interaction_id: str) -> list[Call]:
        """The callback of an interaction and every follow-up/edit made with its token."""
        token = f"token-{interaction_id}"
        return [c for c in self.calls if f"/{interaction_id}/" in c.path or token in c.path]

    def interaction_responses(self, interaction_id: str) -> list[Call]:
        """Callback, follow-ups and edits of one interaction, in order (same as above)."""
        return self.interaction_calls(interaction_id)

    def interaction_messages(self, interaction_id: str) -> list[SentMessage]:
        """Messages an interaction's response and follow-ups created, as they are now."""
        return [m for m in self.bot_messages.values() if m.interaction_id == interaction_id]

    def messages(self) -> list[Call]:
        """Every call that created or edited a message (channel sends, follow-ups, callbacks)."""
        return [
            c for c in self.calls
            if c.method in ("POST", "PATCH") and ("/messages" in c.path or "/webhooks/" in c.path
                                                  or c.path.endswith("/callback"))
        ]  # fmt: skip

    def channel_messages(self, channel_id: int) -> list[Call]:
        """POST calls that sent a message to a channel (e.g. a DM channel)."""
        path = f"/channels/{channel_id}/messages"
        return [c for c in self.calls if c.method == "POST" and c.path == path]

    def messages_to_channel(
        self, channel_id: int, *, include_deleted: bool = False
    ) -> list[SentMessage]:
        """Messages the bot created in a channel (any route), oldest first, as they are now."""
        return [
            m for m in self.bot_messages.values()
            if m.channel_id == channel_id and (include_deleted or not m.deleted)
        ]  # fmt: skip

    def dm_messages(self, user_id: int) -> list[SentMessage]:
        """Messages the bot sent to a user's DM channel."""
        channel = self._dm_channels.get(user_id)
        return [] if channel is None else self.messages_to_channel(channel)

    def modal_for(self, interaction_id: str) -> dict[str, Any] | None:
        """The modal (custom_id, title, components) an interaction was answered with."""
        record = self.interactions.get(interaction_id)
        if record is None or record.response_type != 9:
            return None
        return record.response_data

    async def wait_for(self, predicate: Callable[[Call], bool], timeout: float = 10) -> Call:
        """The first recorded call matching ``predicate``, waiting for it if needed."""

        def first() -> Call | None:
            return next((c for c in self.calls if predicate(c)), None)

        return await self.wait_until(first, timeout, what="matching REST call")

    async def wait_until(
        self, condition: Callable[[], T | None], timeout: float = 10, *, what: str = "condition"
    ) -> T:
        """Wait until ``condition()`` is truthy (re-checked on every change and every 50 ms)."""
        deadline = time.monotonic() + timeout
        while True:
            result = condition()
            if result:
                return result
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                last = [f"{c.method} {c.path} -> {c.status}" for c in self.calls[-6:]]
                raise TimeoutError(f"no {what} within {timeout} s; last calls: {last}")
            event = self._event
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), min(remaining, 0.05))

    async def wait_for_dm(
        self, user_id: int, text: str = "", *, since: float = 0.0, timeout: float = 10
    ) -> SentMessage:
        """The first DM to ``user_id`` sent after ``since`` whose content contains ``text``."""

        def found() -> SentMessage | None:
            return next(
                (m for m in self.dm_messages(user_id) if m.at >= since and text in m.content),
                None,
            )

        return await self.wait_until(found, timeout, what=f"DM to {user_id} with {text!r}")

    # ----- internals: events -------------------------------------------------------------

    def _notify(self) -> None:
        event, self._event = self._event, asyncio.Event()
        event.set()

    def _members(self) -> list[dict[str, Any]]:
        return [p.member(u) for u in self.users.values()]

    def _ready_events(self, session: GatewaySession) -> list[tuple[str, dict[str, Any]]]:
        with_guild = self.with_guild and self.shard_of(self.guild_id) == session.shard_id
        guilds = [{"id": str(self.guild_id), "unavailable": True}] if with_guild else []
        ready = {
            "v": 10, "user": self.bot_user, "user_settings": {}, "guilds": guilds,
            "session_id": session.session_id, "session_type": "normal",
            "resume_gateway_url": self.gateway_url,
            "shard": [session.shard_id, self.shard_count], "private_channels": [],
            "relationships": [], "presences": [], "guild_join_requests": [],
            "geo_ordered_rtc_regions": [], "auth": {}, "_trace": ["fake-gateway"],
            "application": {"id": str(APP_ID), "flags": 0},
        }  # fmt: skip
        events = [("READY", ready)]
        if with_guild:
            channels = [c for c in self.channels.values() if c["type"] != 1]
            guild = p.guild(self.guild_id, "Interview Practice", channels, self._members())
            events.append(("GUILD_CREATE", guild))
        return events

    # ----- internals: HTTP ---------------------------------------------------------------

    @web.middleware
    async def _record(
        self, request: web.Request, handler: Callable[[web.Request], Any]
    ) -> web.StreamResponse:
        if not request.path.startswith(f"{API}/"):
            response: web.StreamResponse = await handler(request)
            return response
        at = time.monotonic()
        body, files, uploads = await read_body(request)
        path = request.path[len(API) :]
        call = Call(request.method, path, dict(request.query), body, files, at,
                    headers=dict(request.headers))  # fmt: skip
        request[PARSED] = Parsed(call, body, uploads)
        fault = self._take_fault(request.method, path)
        if fault is not None:
            response = fault
        elif not self._authorized(request, path):
            response = json_response({"message": "401: Unauthorized", "code": 0}, 401)
        else:
            try:
                response = await handler(request)
            except web.HTTPNotFound:
                response = json_response({"message": "404: Not Found", "code": 0}, 404)
            except web.HTTPMethodNotAllowed:
                response = json_response({"message": "405: Method Not Allowed", "code": 0}, 405)
        call.status = response.status
        if (
            isinstance(response, web.Response)
            and response.body
            and response.content_type == "application/json"
        ):
            call.response = json.loads(bytes(response.body))  # type: ignore[arg-type]
        self.calls.append(call)
        self._notify()
        return response

    def _authorized(self, request: web.Request, path: str) -> bool:
        if self.token is None or path.startswith(("/webhooks/", "/interactions/")):
            return True
        return request.headers.get("Authorization") == f"Bot {self.token}"

    def _take_fault(self, method: str, path: str) -> web.Response | None:
        for fault in self._faults:
            if fault.part not in f"{method} {path}":
                continue
            fault.times -= 1
            if fault.times <= 0:
                self._faults.remove(fault)
            if fault.status == 429:
                headers = {
                    "Via": "1.1 google", "Retry-After": str(math.ceil(fault.retry_after)),
                    "X-RateLimit-Scope": "global" if fault.is_global else "user",
                }  # fmt: skip
                if fault.is_global:
                    headers["X-RateLimit-Global"] = "true"
                error: dict[str, Any] = {
                    "message": fault.message or "You are being rate limited.",
                    "retry_after": fault.retry_after, "global": fault.is_global,
                }  # fmt: skip
                if fault.code is not None:
                    error["code"] = fault.code
                return json_response(error, 429, headers)
            default = f"{fault.status}: Server error" if fault.status >= 500 else "Request failed"
            return json_response(
                {"message": fault.message or default, "code": fault.code or 0}, fault.status
            )
        return None

    async def _cdn(self, request: web.Request) -> web.Response:
        key = request.match_info["key"]
        self.cdn_fetches.append(key)
        data = self.files.get(key)
        if data is None:
            return web.Response(status=404, text="Not Found")
        return web.Response(body=data, content_type="application/octet-stream")


@contextlib.contextmanager
def discord_py_pointed_at(root: str) -> Iterator[None]:
    """Set discord.py's ``Route.BASE`` to the fake; restore it and ``DEFAULT_GATEWAY`` after.

    (The gateway URL itself is set by the bot in ``setup_hook`` from GET /gateway/bot.)
    """
    import discord

    saved = (discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY)
    discord.http.Route.BASE = f"{root}{API}"
    try:
        yield
    finally:
        discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = saved
