"""A loopback fake of Discord: REST under /api/v10 and a JSON gateway websocket.

Driven by the real discord.py client (``Route.BASE`` and ``DEFAULT_GATEWAY`` pointed here).
The test side dispatches interactions and DMs and inspects every REST call the bot made.
"""

from __future__ import annotations

import asyncio
import base64
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import TracebackType
from typing import Any

from aiohttp import WSMsgType, web

GUILD_ID = 900_000_000_000_000_001
CHANNEL_ID = 900_000_000_000_000_002
APP_ID = 900_000_000_000_000_010
BOT_ID = APP_ID
IS_VOICE_MESSAGE = 1 << 13
EPHEMERAL = 1 << 6


@dataclass
class Call:
    """One REST call the bot made."""

    method: str
    path: str
    query: dict[str, str]
    json: Any
    files: dict[str, bytes] = field(default_factory=dict)
    at: float = 0.0


def _json(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    # discord.py parses JSON only for exactly this content type (no charset).
    return web.Response(
        body=json.dumps(body).encode(),
        status=status,
        headers={"Content-Type": "application/json", **(headers or {})},
    )


def _user(user_id: int, name: str, bot: bool = False) -> dict[str, Any]:
    return {
        "id": str(user_id), "username": name, "global_name": name.title(), "discriminator": "0",
        "avatar": None, "bot": bot, "public_flags": 0,
    }  # fmt: skip


class FakeDiscord:
    """The fake server; ``async with FakeDiscord() as discord:`` then point the bot at ``root``."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.dispatched: dict[str, float] = {}
        self.commands: list[dict[str, Any]] = []
        self.files: dict[str, bytes] = {}
        self.blocked_users: set[int] = set()
        self._faults: list[tuple[str, int, float]] = []
        self._ids = itertools.count(1_000_000_000_000_000_000)
        self._seq = itertools.count(1)
        self._sockets: list[web.WebSocketResponse] = []
        self._identified = asyncio.Event()
        self._changed = asyncio.Condition()
        self._dm_channels: dict[int, int] = {}
        self._runner: web.AppRunner | None = None
        self.port = 0
        self.bot_user = _user(BOT_ID, "practice-partner", bot=True)

    @property
    def root(self) -> str:
        """The base URL: REST at ``{root}/api/v10``, gateway at ``{root}/gateway``."""
        return f"http://127.0.0.1:{self.port}"

    async def __aenter__(self) -> FakeDiscord:
        """Start the server on an ephemeral loopback port."""
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_get("/gateway", self._gateway)
        app.router.add_get("/attachments/{name:.*}", self._attachment)
        app.router.add_route("*", "/api/v10/{path:.*}", self._rest)
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
        for socket in list(self._sockets):
            await socket.close()
        if self._runner is not None:
            await self._runner.cleanup()

    # ----- test side -------------------------------------------------------------------

    async def wait_ready(self, timeout: float = 10) -> None:
        """Wait until a client identified on the gateway."""
        await asyncio.wait_for(self._identified.wait(), timeout)

    def reset_ready(self) -> None:
        """Forget the last IDENTIFY (before restarting the bot)."""
        self._identified = asyncio.Event()

    def fail_next(self, path_part: str, status: int = 429, retry_after: float = 0.2) -> None:
        """Make the next REST call whose path contains ``path_part`` fail."""
        self._faults.append((path_part, status, retry_after))

    def block_user(self, user_id: int) -> None:
        """DMs to this user fail with 50007 Cannot send messages to this user."""
        self.blocked_users.add(user_id)

    def register_file(self, data: bytes, name: str) -> str:
        """Serve bytes as an attachment and return its URL."""
        key = f"{next(self._ids)}/{name}"
        self.files[key] = data
        return f"{self.root}/attachments/{key}"

    def dm_channel(self, user_id: int) -> int:
        """The DM channel id with a user (created on demand)."""
        return self._dm_channels.setdefault(user_id, next(self._ids))

    def user_payload(self, user_id: int) -> dict[str, Any]:
        """A user object for a test user."""
        return _user(user_id, f"user{user_id}")

    async def send_slash(
        self,
        user_id: int,
        name: str,
        options: dict[str, Any] | None = None,
        *,
        subcommand: str | None = None,
        guild: bool = True,
    ) -> str:
        """Dispatch a slash command (optionally ``/name subcommand``); return the interaction id."""
        opts = [_option(k, v) for k, v in (options or {}).items()]
        if subcommand is not None:
            opts = [{"type": 1, "name": subcommand, "options": opts}]
        data = {"id": str(next(self._ids)), "name": name, "type": 1, "options": opts}
        return await self._interaction(user_id, 2, data, guild=guild)

    async def send_autocomplete(
        self, user_id: int, name: str, subcommand: str | None, focused: str, value: str,
        others: dict[str, Any] | None = None, *, guild: bool = True,
    ) -> str:  # fmt: skip
        """Dispatch an autocomplete request for one focused option."""
        opts = [_option(k, v) for k, v in (others or {}).items()]
        opts.append({"type": 3, "name": focused, "value": value, "focused": True})
        if subcommand is not None:
            opts = [{"type": 1, "name": subcommand, "options": opts}]
        data = {"id": str(next(self._ids)), "name": name, "type": 1, "options": opts}
        return await self._interaction(user_id, 4, data, guild=guild)

    async def click_button(
        self,
        user_id: int,
        custom_id: str,
        message: dict[str, Any] | None = None,
        *,
        guild: bool = True,
    ) -> str:
        """Dispatch a button click on a message the bot sent."""
        data = {"custom_id": custom_id, "component_type": 2}
        if message is None:
            button = {"type": 2, "style": 1, "label": "Answer", "custom_id": custom_id}
            message = self._message_object(
                {"content": "question", "components": [{"type": 1, "components": [button]}],
                 "flags": EPHEMERAL if guild else 0},
                channel_id=CHANNEL_ID if guild else self.dm_channel(user_id),
            )  # fmt: skip
        return await self._interaction(user_id, 3, data, guild=guild, message=message)

    async def submit_modal(
        self, user_id: int, custom_id: str, values: dict[str, str], *, guild: bool = True
    ) -> str:
        """Dispatch a modal submission with text input values."""
        rows = [
            {"type": 1, "components": [{"type": 4, "custom_id": k, "value": v}]}
            for k, v in values.items()
        ]
        data = {"custom_id": custom_id, "components": rows}
        return await self._interaction(user_id, 5, data, guild=guild)

    async def send_dm(self, user_id: int, content: str) -> str:
        """Dispatch a DM from a user to the bot; return the message id."""
        return await self._message(user_id, content, [], 0)

    async def send_dm_voice(self, user_id: int, audio: bytes, duration_secs: float) -> str:
        """Dispatch a DM voice message (flag IS_VOICE_MESSAGE, OGG/Opus attachment)."""
        attachment = {
            "id": str(next(self._ids)), "filename": "voice-message.ogg", "size": len(audio),
            "url": self.register_file(audio, "voice-message.ogg"), "proxy_url": "",
            "content_type": "audio/ogg", "duration_secs": duration_secs,
            "waveform": base64.b64encode(bytes(range(0, 256, 4))).decode(),
        }  # fmt: skip
        return await self._message(user_id, "", [attachment], IS_VOICE_MESSAGE)

    def interaction_calls(self, interaction_id: str) -> list[Call]:
        """The callback of an interaction and every follow-up/edit made with its token."""
        token = f"token-{interaction_id}"
        return [c for c in self.calls if f"/{interaction_id}/" in c.path or token in c.path]

    def messages(self) -> list[Call]:
        """Every call that created or edited a message (channel sends, follow-ups, callbacks)."""
        return [
            c for c in self.calls
            if c.method in ("POST", "PATCH") and ("/messages" in c.path or "/webhooks/" in c.path
                                                  or c.path.endswith("/callback"))
        ]  # fmt: skip

    def channel_messages(self, channel_id: int) -> list[Call]:
        """Messages sent to a channel (e.g. a DM channel)."""
        return [
            c
            for c in self.calls
            if c.method == "POST" and c.path == f"/channels/{channel_id}/messages"
        ]

    async def wait_for(self, predicate: Callable[[Call], bool], timeout: float = 10) -> Call:
        """The first recorded call matching ``predicate``, waiting for it if needed."""
        async with self._changed:
            deadline = time.monotonic() + timeout
            while True:
                for call in self.calls:
                    if predicate(call):
                        return call
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(
                        f"no matching call; last: {[c.path for c in self.calls[-5:]]}"
                    )
                try:
                    await asyncio.wait_for(self._changed.wait(), remaining)
                except TimeoutError:
                    continue

    # ----- gateway ----------------------------------------------------------------------

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        self._sockets.append(socket)
        await socket.send_json({"op": 10, "d": {"heartbeat_interval": 45_000}})
        try:
            async for frame in socket:
                if frame.type != WSMsgType.TEXT:
                    continue
                payload = json.loads(frame.data)
                if payload["op"] == 1:
                    await socket.send_json({"op": 11})
                elif payload["op"] == 2:
                    await self._ready(socket)
                elif payload["op"] == 6:
                    await socket.send_json({"op": 0, "t": "RESUMED", "s": next(self._seq), "d": {}})
        finally:
            self._sockets.remove(socket)
        return socket

    async def _ready(self, socket: web.WebSocketResponse) -> None:
        ready = {
            "v": 10, "user": self.bot_user, "guilds": [], "session_id": "fake-session",
            "resume_gateway_url": f"ws://127.0.0.1:{self.port}/gateway",
            "application": {"id": str(APP_ID), "flags": 0}, "private_channels": [],
            "relationships": [],
        }  # fmt: skip
        await socket.send_json({"op": 0, "t": "READY", "s": next(self._seq), "d": ready})
        self._identified.set()

    async def _dispatch(self, event: str, data: dict[str, Any]) -> None:
        if not self._sockets:
            raise RuntimeError("no bot connected to the gateway")
        self.dispatched[data["id"]] = time.monotonic()
        await self._sockets[-1].send_json({"op": 0, "t": event, "s": next(self._seq), "d": data})

    async def _interaction(
        self, user_id: int, kind: int, data: dict[str, Any], *, guild: bool,
        message: dict[str, Any] | None = None,
    ) -> str:  # fmt: skip
        interaction_id = str(next(self._ids))
        channel_id = CHANNEL_ID if guild else self.dm_channel(user_id)
        payload: dict[str, Any] = {
            "id": interaction_id, "application_id": str(APP_ID), "type": kind, "data": data,
            "channel_id": str(channel_id), "channel": self._channel(channel_id, user_id, guild),
            "token": f"token-{interaction_id}", "version": 1, "app_permissions": "2147483647",
            "locale": "en-US", "entitlements": [], "authorizing_integration_owners": {"0": str(GUILD_ID)} if guild else {"1": str(user_id)},  # noqa: E501
            "context": 0 if guild else 1, "attachment_size_limit": 10_485_760,
        }  # fmt: skip
        if guild:
            payload["guild_id"] = str(GUILD_ID)
            payload["guild_locale"] = "en-US"
            payload["member"] = {
                "user": self.user_payload(user_id), "roles": [], "joined_at": _now(), "deaf": False,
                "mute": False, "flags": 0, "permissions": "2147483647", "nick": None,
            }  # fmt: skip
        else:
            payload["user"] = self.user_payload(user_id)
        if message is not None:
            payload["message"] = message
        await self._dispatch("INTERACTION_CREATE", payload)
        return interaction_id

    def _channel(self, channel_id: int, user_id: int, guild: bool) -> dict[str, Any]:
        if not guild:
            return {"id": str(channel_id), "type": 1, "last_message_id": None, "flags": 0,
                    "recipients": [self.user_payload(user_id)]}  # fmt: skip
        return {
            "id": str(channel_id), "type": 0, "name": "practice", "guild_id": str(GUILD_ID),
            "position": 0, "permission_overwrites": [], "nsfw": False, "parent_id": None,
            "topic": None, "last_message_id": None, "rate_limit_per_user": 0, "flags": 0,
        }  # fmt: skip

    async def _message(self, user_id: int, content: str, attachments: list[Any], flags: int) -> str:
        message_id = str(next(self._ids))
        payload = {
            "id": message_id, "channel_id": str(self.dm_channel(user_id)),
            "author": self.user_payload(user_id), "content": content, "timestamp": _now(),
            "edited_timestamp": None, "tts": False, "mention_everyone": False, "mentions": [],
            "mention_roles": [], "attachments": attachments, "embeds": [], "pinned": False,
            "type": 0, "flags": flags, "components": [],
        }  # fmt: skip
        await self._dispatch("MESSAGE_CREATE", payload)
        return message_id

    # ----- REST ------------------------------------------------------------------------

    async def _attachment(self, request: web.Request) -> web.Response:
        data = self.files.get(request.match_info["name"])
        if data is None:
            return web.Response(status=404)
        return web.Response(body=data, content_type="application/octet-stream")

    async def _rest(self, request: web.Request) -> web.Response:
        path = "/" + request.match_info["path"]
        body, files = await _read_body(request)
        call = Call(request.method, path, dict(request.query), body, files, time.monotonic())
        async with self._changed:
            self.calls.append(call)
            self._changed.notify_all()
        for index, (part, status, retry_after) in enumerate(self._faults):
            if part in path:
                del self._faults[index]
                error = {
                    "message": "You are being rate limited.",
                    "retry_after": retry_after,
                    "global": False,
                }
                headers = (
                    {"Via": "1.1 google", "Retry-After": str(retry_after)} if status == 429 else {}
                )
                return _json(
                    error if status == 429 else {"message": "Server error", "code": 0},
                    status,
                    headers,
                )
        return self._route(request.method, path, body)

    def _route(self, method: str, path: str, body: Any) -> web.Response:
        parts = path.strip("/").split("/")
        if path in ("/gateway", "/gateway/bot"):
            limit = {"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1}
            return _json(
                {
                    "url": f"ws://127.0.0.1:{self.port}/gateway",
                    "shards": 1,
                    "session_start_limit": limit,
                }
            )
        if path == "/users/@me" and method == "GET":
            return _json(self.bot_user)
        if path == "/oauth2/applications/@me":
            return _json({
                "id": str(APP_ID), "name": "Practice Partner", "icon": None, "description": "",
                "bot_public": True, "bot_require_code_grant": False, "verify_key": "00",
                "owner": _user(1, "owner"), "flags": 0, "team": None,
                "interactions_endpoint_url": None,
            })  # fmt: skip
        if parts[0] == "applications" and parts[-1] == "commands" and method == "PUT":
            self.commands = [
                {"id": str(next(self._ids)), "application_id": str(APP_ID), "version": "1",
                 "type": 1,
                 "default_member_permissions": None, "dm_permission": True, "nsfw": False, **c}
                for c in body
            ]  # fmt: skip
            return _json(self.commands)
        if parts[0] == "interactions" and parts[-1] == "callback":
            return self._callback(parts[1], body)
        if parts[0] == "webhooks":
            if method == "DELETE":
                return web.Response(status=204)
            return _json(self._message_object(body, channel_id=CHANNEL_ID))
        if path == "/users/@me/channels":
            user_id = int(body["recipient_id"])
            channel_id = self.dm_channel(user_id)
            return _json(
                {
                    "id": str(channel_id),
                    "type": 1,
                    "recipients": [self.user_payload(user_id)],
                    "last_message_id": None,
                }
            )
        if parts[0] == "channels" and parts[-1] == "typing":
            return web.Response(status=204)
        if parts[0] == "channels" and "messages" in parts:
            channel_id = int(parts[1])
            recipient = next((u for u, c in self._dm_channels.items() if c == channel_id), None)
            if recipient in self.blocked_users:
                return _json({"message": "Cannot send messages to this user", "code": 50007}, 403)
            return _json(self._message_object(body, channel_id=channel_id))
        if parts[0] == "channels" and len(parts) == 2:
            return _json({"id": parts[1], "type": 1, "recipients": []})
        return _json({"message": f"404: Not Found ({method} {path})", "code": 0}, 404)

    def _callback(self, interaction_id: str, body: Any) -> web.Response:
        kind = body.get("type") if isinstance(body, dict) else None
        data = body.get("data") or {} if isinstance(body, dict) else {}
        interaction = {
            "id": interaction_id, "type": kind,
            "response_message_loading": kind == 5,
            "response_message_ephemeral": bool((data.get("flags") or 0) & EPHEMERAL),
        }  # fmt: skip
        resource: dict[str, Any] = {"type": kind}
        if kind in (4, 5, 7):
            message = self._message_object(data, channel_id=CHANNEL_ID)
            interaction["response_message_id"] = message["id"]
            resource["message"] = message
        return _json({"interaction": interaction, "resource": resource})

    def _message_object(self, body: Any, *, channel_id: int) -> dict[str, Any]:
        body = body if isinstance(body, dict) else {}
        return {
            "id": str(next(self._ids)), "channel_id": str(channel_id), "author": self.bot_user,
            "content": body.get("content") or "", "timestamp": _now(), "edited_timestamp": None,
            "tts": False, "mention_everyone": False, "mentions": [], "mention_roles": [],
            "attachments": [], "embeds": body.get("embeds") or [], "pinned": False, "type": 0,
            "flags": body.get("flags") or 0, "components": body.get("components") or [],
        }  # fmt: skip


async def _read_body(request: web.Request) -> tuple[Any, dict[str, bytes]]:
    files: dict[str, bytes] = {}
    if request.content_type.startswith("multipart/"):
        payload: Any = None
        reader = await request.multipart()
        async for part in reader:
            if part.name == "payload_json":
                payload = json.loads(await part.text())  # type: ignore[union-attr]
            else:
                files[part.filename or part.name or "file"] = bytes(await part.read())  # type: ignore[union-attr]
        return payload, files
    text = await request.text()
    return (json.loads(text) if text else None), files


def _option(name: str, value: Any) -> dict[str, Any]:
    kind = 4 if isinstance(value, int) and not isinstance(value, bool) else 3
    return {"type": kind, "name": name, "value": value}


def _now() -> str:
    return datetime.now(UTC).isoformat()
