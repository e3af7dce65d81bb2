"""The REST half of the Discord fake: records, interaction callbacks, webhooks, channels.

``RestMixin`` is mixed into ``FakeDiscord`` (discord_api.py); its handlers use the fake's state.
Errors use Discord's JSON error shape ``{"message", "code"}`` and real error codes.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aiohttp import BodyPartReader, web

from fakes import discord_payloads as p
from fakes.discord_payloads import APP_ID, EPHEMERAL, LOADING

if TYPE_CHECKING:
    from fakes.discord_api import FakeDiscord

IS_COMPONENTS_V2 = 1 << 15
_FILE_FIELD = re.compile(r"files\[(\d+)\]")
_COMMAND_NAME = re.compile(r"^[-_\w]{1,32}$")


@dataclass
class Call:
    """One REST call the bot made (``path`` is relative to ``/api/v10``)."""

    method: str
    path: str
    query: dict[str, str]
    json: Any
    files: dict[str, bytes] = field(default_factory=dict)
    at: float = 0.0
    status: int = 0
    response: Any = None
    interaction_id: str | None = None
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class SentMessage:
    """A message the bot created (channel send, interaction response, follow-up), as it is now."""

    id: int
    channel_id: int
    payload: dict[str, Any]
    files: dict[str, bytes] = field(default_factory=dict)
    via: str = "channel"  # "channel" | "callback" | "followup"
    interaction_id: str | None = None
    deleted: bool = False
    edits: int = 0
    at: float = 0.0

    @property
    def content(self) -> str:
        """The message text."""
        return str(self.payload.get("content") or "")

    @property
    def embeds(self) -> list[dict[str, Any]]:
        """The message embeds."""
        return list(self.payload.get("embeds") or [])

    @property
    def components(self) -> list[dict[str, Any]]:
        """The top-level components (action rows, …)."""
        return list(self.payload.get("components") or [])

    @property
    def custom_ids(self) -> list[str]:
        """Every custom_id in the message's components."""
        return [c["custom_id"] for c in p.walk_components(self.components) if "custom_id" in c]

    @property
    def attachments(self) -> list[dict[str, Any]]:
        """The attachment objects (their ``url`` serves the uploaded bytes)."""
        return list(self.payload.get("attachments") or [])

    @property
    def flags(self) -> int:
        """The message flags."""
        return int(self.payload.get("flags") or 0)

    @property
    def ephemeral(self) -> bool:
        """Whether only the invoking user sees it."""
        return bool(self.flags & EPHEMERAL)


@dataclass
class InteractionRecord:
    """An interaction the test dispatched and what the bot did with it."""

    id: str
    token: str
    type: int
    user_id: int
    guild_id: int | None
    channel_id: int
    payload: dict[str, Any]
    dispatched_at: float
    response_type: int | None = None
    response_data: dict[str, Any] | None = None
    original_id: int | None = None
    message_ids: list[int] = field(default_factory=list)


@dataclass
class Parsed:
    """What the recording middleware read from a request."""

    call: Call
    body: Any
    uploads: list[tuple[str, str, bytes]]


PARSED: Any = web.RequestKey("fake_discord", Parsed) if hasattr(web, "RequestKey") else "fake"


def parsed(request: web.Request) -> Parsed:
    """The request's body and its recorded call."""
    result: Parsed = request[PARSED]
    return result


def json_response(
    body: Any, status: int = 200, headers: Mapping[str, str] | None = None
) -> web.Response:
    """A JSON response with exactly ``Content-Type: application/json`` (discord.py needs it)."""
    return web.Response(
        body=json.dumps(body).encode(),
        status=status,
        headers={"Content-Type": "application/json", **(headers or {})},
    )


def error(status: int, code: int, message: str, errors: Any = None) -> web.Response:
    """Discord's error shape."""
    body: dict[str, Any] = {"message": message, "code": code}
    if errors is not None:
        body["errors"] = errors
    return json_response(body, status)


def _form_error(field_name: str, code: str, message: str) -> web.Response:
    errors = {field_name: {"_errors": [{"code": code, "message": message}]}}
    return error(400, 50035, "Invalid Form Body", errors)


async def read_body(
    request: web.Request,
) -> tuple[Any, dict[str, bytes], list[tuple[str, str, bytes]]]:
    """The JSON body (or multipart ``payload_json``), files by name, uploads by field."""
    files: dict[str, bytes] = {}
    uploads: list[tuple[str, str, bytes]] = []
    if request.content_type.startswith("multipart/"):
        payload: Any = None
        reader = await request.multipart()
        async for part in reader:
            if not isinstance(part, BodyPartReader):
                continue
            if part.name == "payload_json":
                payload = json.loads(await part.text())
            else:
                data = bytes(await part.read())
                filename = part.filename or part.name or "file"
                files[filename] = data
                uploads.append((part.name or "", filename, data))
        return payload, files, uploads
    text = await request.text()
    try:
        return (json.loads(text) if text else None), files, uploads
    except ValueError:
        return text, files, uploads


def invalid_message(
    body: Mapping[str, Any], uploads: Sequence[Any], *, creating: bool
) -> web.Response | None:
    """Discord's checks on a message body (lengths, counts, emptiness); None if it is fine."""
    content = body.get("content")
    if content is not None and len(str(content)) > 2000:
        return _form_error("content", "BASE_TYPE_MAX_LENGTH", "Must be 2000 or fewer in length.")
    embeds = body.get("embeds") or []
    if len(embeds) > 10:
        return _form_error("embeds", "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.")
    total = 0
    for index, embed in enumerate(embeds):
        limits = (("title", 256), ("description", 4096))
        for key, limit in limits:
            if len(str(embed.get(key) or "")) > limit:
                return _form_error(f"embeds.{index}.{key}", "BASE_TYPE_MAX_LENGTH",
                                   f"Must be {limit} or fewer in length.")  # fmt: skip
        fields = embed.get("fields") or []
        if len(fields) > 25:
            return _form_error(f"embeds.{index}.fields", "BASE_TYPE_MAX_LENGTH",
                               "Must be 25 or fewer in length.")  # fmt: skip
        for number, item in enumerate(fields):
            if len(str(item.get("name") or "")) > 256 or len(str(item.get("value") or "")) > 1024:
                return _form_error(f"embeds.{index}.fields.{number}", "BASE_TYPE_MAX_LENGTH",
                                   "Field name ≤ 256, value ≤ 1024.")  # fmt: skip
        total += sum(len(str(embed.get(k) or "")) for k in ("title", "description"))
        total += len(str((embed.get("footer") or {}).get("text") or ""))
        total += len(str((embed.get("author") or {}).get("name") or ""))
        total += sum(len(str(f.get("name") or "")) + len(str(f.get("value") or "")) for f in fields)
    if total > 6000:
        return _form_error(
            "embeds", "MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000"
        )
    components = body.get("components") or []
    too_many = len(components) > 5 or any(len(r.get("components") or []) > 5 for r in components)
    if too_many and not int(body.get("flags") or 0) & IS_COMPONENTS_V2:
        return _form_error("components", "BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer in length.")
    for component in p.walk_components(components):
        if len(str(component.get("custom_id") or "")) > 100:
            return _form_error("components", "BASE_TYPE_MAX_LENGTH", "custom_id: 100 or fewer.")
        if len(str(component.get("label") or "")) > 80:
            return _form_error("components", "BASE_TYPE_MAX_LENGTH", "label: 80 or fewer.")
    has_something = any(
        body.get(k) for k in ("content", "embeds", "components", "sticker_ids", "poll")
    )
    if creating and not has_something and not uploads:
        return error(400, 50006, "Cannot send an empty message")
    return None


class RestMixin:
    """REST routes of the fake (mixed into FakeDiscord)."""

    def add_rest_routes(self: FakeDiscord, router: web.UrlDispatcher, prefix: str) -> None:
        """Register every modelled REST route under ``prefix`` (``/api/v10``)."""
        r = router
        r.add_get(f"{prefix}/gateway", self._get_gateway)
        r.add_get(f"{prefix}/gateway/bot", self._get_gateway)
        r.add_get(f"{prefix}/users/@me", self._get_me)
        r.add_post(f"{prefix}/users/@me/channels", self._create_dm)
        r.add_get(f"{prefix}/users/{{user_id}}", self._get_user)
        r.add_get(f"{prefix}/oauth2/applications/@me", self._get_application)
        r.add_get(f"{prefix}/applications/@me", self._get_application)
        for scope in ("", "/guilds/{guild_id}"):
            path = f"{prefix}/applications/{{app_id}}{scope}/commands"
            r.add_route("GET", path, self._list_commands)
            r.add_route("PUT", path, self._put_commands)
            r.add_route("POST", path, self._post_command)
        r.add_post(f"{prefix}/interactions/{{interaction_id}}/{{token}}/callback", self._callback)
        r.add_post(f"{prefix}/webhooks/{{app_id}}/{{token}}", self._followup)
        for method in ("GET", "PATCH", "DELETE"):
            r.add_route(method, f"{prefix}/webhooks/{{app_id}}/{{token}}/messages/{{message_id}}",
                        self._webhook_message)  # fmt: skip
        r.add_get(f"{prefix}/channels/{{channel_id}}", self._get_channel)
        r.add_post(f"{prefix}/channels/{{channel_id}}/typing", self._typing)
        r.add_get(f"{prefix}/channels/{{channel_id}}/messages", self._list_messages)
        r.add_post(f"{prefix}/channels/{{channel_id}}/messages", self._channel_send)
        for method in ("GET", "PATCH", "DELETE"):
            r.add_route(method, f"{prefix}/channels/{{channel_id}}/messages/{{message_id}}",
                        self._channel_message)  # fmt: skip
        reaction = (
            f"{prefix}/channels/{{channel_id}}/messages/{{message_id}}/reactions/{{emoji}}/@me"
        )
        r.add_route("PUT", reaction, self._no_content)
        r.add_route("DELETE", reaction, self._no_content)
        r.add_get(f"{prefix}/guilds/{{guild_id}}", self._get_guild)
        r.add_get(f"{prefix}/guilds/{{guild_id}}/channels", self._get_guild_channels)
        r.add_get(f"{prefix}/guilds/{{guild_id}}/members/{{user_id}}", self._get_member)

    # ----- identity ----------------------------------------------------------------------

    async def _get_gateway(self: FakeDiscord, request: web.Request) -> web.Response:
        body: dict[str, Any] = {"url": self.gateway_url}
        if request.path.endswith("/bot"):
            body["shards"] = self.shard_count
            body["session_start_limit"] = {
                "total": 1000, "remaining": 999, "reset_after": 14_400_000, "max_concurrency": 1,
            }  # fmt: skip
        return json_response(body)

    async def _get_me(self: FakeDiscord, request: web.Request) -> web.Response:
        return json_response(self.bot_user)

    async def _get_user(self: FakeDiscord, request: web.Request) -> web.Response:
        found = self.users.get(int(request.match_info["user_id"]))
        return json_response(found) if found else error(404, 10013, "Unknown User")

    async def _get_application(self: FakeDiscord, request: web.Request) -> web.Response:
        return json_response({
            "id": str(APP_ID), "name": "Interview Practice Partner", "icon": None,
            "description": "", "summary": "", "type": None, "bot_public": True,
            "bot_require_code_grant": False, "verify_key": "0" * 64, "flags": 0,
            "owner": p.user(p.OWNER_ID, "owner", "Owner"), "team": None, "bot": self.bot_user,
            "interactions_endpoint_url": None, "redirect_uris": [], "tags": [],
            "install_params": None, "integration_types_config": {"0": {}},
            "approximate_guild_count": 1, "role_connections_verification_url": None,
        })  # fmt: skip

    # ----- application commands ----------------------------------------------------------

    def _scope(self: FakeDiscord, request: web.Request) -> int | None:
        guild_id = request.match_info.get("guild_id")
        return int(guild_id) if guild_id else None

    async def _list_commands(self: FakeDiscord, request: web.Request) -> web.Response:
        scope = self._scope(request)
        return json_response(self.guild_commands.get(scope, []) if scope else self.global_commands)

    def _command(self: FakeDiscord, body: Mapping[str, Any], scope: int | None) -> dict[str, Any]:
        name = str(body.get("name"))
        command_id = self._command_ids.setdefault((scope, name), str(self._ids.next()))
        command = {
            "id": command_id, "application_id": str(APP_ID), "version": str(self._ids.next()),
            "type": 1, "default_member_permissions": None, "dm_permission": True,
            "nsfw": False, "name_localizations": None, "description_localizations": None,
            "contexts": None, "integration_types": [0], **body,
        }  # fmt: skip
        if scope is not None:
            command["guild_id"] = str(scope)
        return command

    async def _put_commands(self: FakeDiscord, request: web.Request) -> web.Response:
        body = parsed(request).body
        if not isinstance(body, list):
            return error(400, 50109, "The request body contains invalid JSON.")
        for index, command in enumerate(body):
            problem = _invalid_command(command)
            if problem:
                return _form_error(f"{index}.{problem[0]}", "INVALID", problem[1])
        scope = self._scope(request)
        commands = [self._command(c, scope) for c in body]
        if scope is None:
            self.global_commands = commands
        else:
            self.guild_commands[scope] = commands
        self._last_commands = commands
        return json_response(commands)

    async def _post_command(self: FakeDiscord, request: web.Request) -> web.Response:
        body = parsed(request).body or {}
        problem = _invalid_command(body)
        if problem:
            return _form_error(problem[0], "INVALID", problem[1])
        scope = self._scope(request)
        command = self._command(body, scope)
        existing = self.guild_commands.setdefault(scope, []) if scope else self.global_commands
        existing[:] = [c for c in existing if c["name"] != command["name"]] + [command]
        return json_response(command, 201)

    # ----- interactions ------------------------------------------------------------------

    async def _callback(self: FakeDiscord, request: web.Request) -> web.Response:
        interaction_id = request.match_info["interaction_id"]
        parsed(request).call.interaction_id = interaction_id
        record = self.interactions.get(interaction_id)
        if record is None or record.token != request.match_info["token"]:
            return error(404, 10062, "Unknown interaction")
        if record.response_type is not None:
            return error(400, 40060, "Interaction has already been acknowledged.")
        late = self.callback_deadline is not None and (
            time.monotonic() - record.dispatched_at > self.callback_deadline
        )
        if late:
            return error(404, 10062, "Unknown interaction")
        body = parsed(request).body if isinstance(parsed(request).body, dict) else {}
        kind, data = body.get("type"), body.get("data") or {}
        allowed = {1: {1}, 2: {4, 5, 9}, 3: {4, 5, 6, 7, 9}, 4: {8}, 5: {4, 5, 6, 7}}
        if kind not in allowed.get(record.type, set()):
            return _form_error("type", "INTERACTION_CALLBACK_TYPE", "Invalid callback type.")
        uploads = parsed(request).uploads
        problem = _invalid_callback(kind, data, uploads)
        if problem is not None:
            return problem
        record.response_type, record.response_data = kind, data
        message: SentMessage | None = None
        if kind == 4:
            message = self._store(record.channel_id, data, uploads, "callback", record)
        elif kind == 5:
            flags = (int(data.get("flags") or 0) & EPHEMERAL) | LOADING
            message = self._store(record.channel_id, {"flags": flags}, [], "callback", record)
        elif kind in (6, 7) and record.payload.get("message"):
            message = self._adopt(record.payload["message"])
            if kind == 7:
                await self._edit(message, data, uploads)
        if message is not None:
            record.original_id = message.id
            if kind in (4, 5):
                await self._echo(message)
        if request.query.get("with_response", "").lower() not in ("1", "true"):
            return web.Response(status=204)
        result: dict[str, Any] = {"interaction": {"id": interaction_id, "type": record.type}}
        if message is not None:
            result["interaction"].update(
                response_message_id=str(message.id), response_message_loading=kind == 5,
                response_message_ephemeral=message.ephemeral,
            )  # fmt: skip
            if kind in (4, 5, 7):
                result["resource"] = {"type": kind, "message": message.payload}
        return json_response(result)

    def _token_record(self: FakeDiscord, request: web.Request) -> InteractionRecord | web.Response:
        token = request.match_info["token"]
        record = next((r for r in self.interactions.values() if r.token == token), None)
        if record is None or request.match_info["app_id"] != str(APP_ID):
            return error(404, 10015, "Unknown Webhook")
        parsed(request).call.interaction_id = record.id
        if time.monotonic() - record.dispatched_at > self.token_lifetime:
            return error(401, 50027, "Invalid Webhook Token")
        if record.response_type is None:
            return error(404, 10015, "Unknown Webhook")
        return record

    async def _followup(self: FakeDiscord, request: web.Request) -> web.Response:
        record = self._token_record(request)
        if isinstance(record, web.Response):
            return record
        body = parsed(request).body if isinstance(parsed(request).body, dict) else {}
        uploads = parsed(request).uploads
        problem = invalid_message(body, uploads, creating=True)
        if problem is not None:
            return problem
        original = self.bot_messages.get(record.original_id or 0)
        if record.response_type == 5 and original is not None and original.flags & LOADING:
            # The first follow-up after a "thinking" defer replaces the loading message and
            # keeps the defer's visibility (the follow-up's own ephemeral flag is ignored).
            keep = original.flags & EPHEMERAL
            await self._edit(original, body, uploads)
            original.payload["flags"] = (int(body.get("flags") or 0) & ~EPHEMERAL & ~LOADING) | keep
            message = original
        else:
            message = self._store(record.channel_id, body, uploads, "followup", record)
            await self._echo(message)
        if request.query.get("wait", "").lower() not in ("1", "true"):
            return web.Response(status=204)
        return json_response(message.payload)

    async def _webhook_message(self: FakeDiscord, request: web.Request) -> web.Response:
        record = self._token_record(request)
        if isinstance(record, web.Response):
            return record
        wanted = request.match_info["message_id"]
        message_id = record.original_id if wanted == "@original" else int(wanted)
        allowed = {*record.message_ids, record.original_id}
        message = self.bot_messages.get(message_id or 0)
        if message is None or message.deleted or message_id not in allowed:
            return error(404, 10008, "Unknown Message")
        return await self._message_verb(request, message)

    # ----- channels ----------------------------------------------------------------------

    async def _create_dm(self: FakeDiscord, request: web.Request) -> web.Response:
        body = parsed(request).body if isinstance(parsed(request).body, dict) else {}
        if "recipient_id" not in body:
            return _form_error("recipient_id", "BASE_TYPE_REQUIRED", "This field is required")
        channel_id = self.dm_channel(int(body["recipient_id"]))
        return json_response(self.channels[channel_id])

    async def _get_channel(self: FakeDiscord, request: web.Request) -> web.Response:
        channel = self.channels.get(int(request.match_info["channel_id"]))
        return json_response(channel) if channel else error(404, 10003, "Unknown Channel")

    async def _typing(self: FakeDiscord, request: web.Request) -> web.Response:
        if int(request.match_info["channel_id"]) not in self.channels:
            return error(404, 10003, "Unknown Channel")
        return web.Response(status=204)

    async def _no_content(self: FakeDiscord, request: web.Request) -> web.Response:
        return web.Response(status=204)

    def _blocked(self: FakeDiscord, channel_id: int) -> bool:
        recipient = next((u for u, c in self._dm_channels.items() if c == channel_id), None)
        return recipient in self.blocked_users

    async def _list_messages(self: FakeDiscord, request: web.Request) -> web.Response:
        channel_id = int(request.match_info["channel_id"])
        if channel_id not in self.channels:
            return error(404, 10003, "Unknown Channel")
        mine = [m.payload for m in self.messages_to_channel(channel_id)]
        theirs = [m for m in self.user_messages.values() if int(m["channel_id"]) == channel_id]
        every = sorted(mine + theirs, key=lambda m: int(m["id"]), reverse=True)
        return json_response(every[: int(request.query.get("limit", 50))])

    async def _channel_send(self: FakeDiscord, request: web.Request) -> web.Response:
        channel_id = int(request.match_info["channel_id"])
        if channel_id not in self.channels:
            return error(404, 10003, "Unknown Channel")
        if self._blocked(channel_id):
            return error(403, 50007, "Cannot send messages to this user")
        body = parsed(request).body if isinstance(parsed(request).body, dict) else {}
        uploads = parsed(request).uploads
        problem = invalid_message(body, uploads, creating=True)
        if problem is not None:
            return problem
        message = self._store(channel_id, body, uploads, "channel", None)
        await self._echo(message)
        return json_response(message.payload)

    async def _channel_message(self: FakeDiscord, request: web.Request) -> web.Response:
        channel_id = int(request.match_info["channel_id"])
        message_id = int(request.match_info["message_id"])
        if channel_id not in self.channels:
            return error(404, 10003, "Unknown Channel")
        message = self.bot_messages.get(message_id)
        if message is None or message.deleted or message.channel_id != channel_id:
            theirs = self.user_messages.get(message_id)
            if theirs is not None and request.method == "GET":
                return json_response(theirs)
            if theirs is not None and request.method == "PATCH":
                return error(403, 50005, "Cannot edit a message authored by another user")
            return error(404, 10008, "Unknown Message")
        if message.ephemeral:
            return error(404, 10008, "Unknown Message")
        return await self._message_verb(request, message)

    async def _message_verb(
        self: FakeDiscord, request: web.Request, message: SentMessage
    ) -> web.Response:
        if request.method == "GET":
            return json_response(message.payload)
        if request.method == "DELETE":
            message.deleted = True
            if not message.ephemeral:
                gone = {"id": str(message.id), "channel_id": str(message.channel_id)}
                await self._echo(message, "MESSAGE_DELETE", gone)
            return web.Response(status=204)
        body = parsed(request).body if isinstance(parsed(request).body, dict) else {}
        uploads = parsed(request).uploads
        problem = invalid_message(body, uploads, creating=False)
        if problem is not None:
            return problem
        await self._edit(message, body, uploads)
        return json_response(message.payload)

    # ----- guilds ------------------------------------------------------------------------

    async def _get_guild(self: FakeDiscord, request: web.Request) -> web.Response:
        if int(request.match_info["guild_id"]) != self.guild_id:
            return error(404, 10004, "Unknown Guild")
        channels = [c for c in self.channels.values() if c["type"] != 1]
        guild = p.guild(self.guild_id, "Interview Practice", channels, [])
        for key in ("channels", "members", "threads", "voice_states", "presences", "joined_at"):
            guild.pop(key, None)
        return json_response(guild)

    async def _get_guild_channels(self: FakeDiscord, request: web.Request) -> web.Response:
        if int(request.match_info["guild_id"]) != self.guild_id:
            return error(404, 10004, "Unknown Guild")
        return json_response([c for c in self.channels.values() if c["type"] != 1])

    async def _get_member(self: FakeDiscord, request: web.Request) -> web.Response:
        user = self.users.get(int(request.match_info["user_id"]))
        if int(request.match_info["guild_id"]) != self.guild_id:
            return error(404, 10004, "Unknown Guild")
        return json_response(p.member(user)) if user else error(404, 10007, "Unknown Member")

    # ----- message store -----------------------------------------------------------------

    def _attachments(
        self: FakeDiscord,
        channel_id: int,
        body: Mapping[str, Any],
        uploads: Sequence[tuple[str, str, bytes]],
        existing: Sequence[dict[str, Any]],
    ) -> list[dict[str, Any]]:
        by_index: dict[int, tuple[str, bytes]] = {}
        for position, (name, filename, data) in enumerate(uploads):
            match = _FILE_FIELD.fullmatch(name)
            by_index[int(match.group(1)) if match else position] = (filename, data)

        def upload(index: int, description: str | None = None) -> dict[str, Any]:
            filename, data = by_index[index]
            attachment_id = self._ids.next()
            key = f"{channel_id}/{attachment_id}/{filename}"
            self.files[key] = data
            url = f"{self.root}/attachments/{key}"
            return p.attachment(attachment_id, filename, len(data), url, description=description)

        if "attachments" not in body:
            return [*existing, *(upload(i) for i in sorted(by_index))]
        kept = {a["id"]: a for a in existing}
        result: list[dict[str, Any]] = []
        for entry in body.get("attachments") or []:
            ident = str(entry.get("id"))
            if ident in kept:
                result.append(kept[ident])
            elif ident.isdigit() and int(ident) in by_index:
                result.append(upload(int(ident), entry.get("description")))
        return result

    def _store(
        self: FakeDiscord,
        channel_id: int,
        body: Mapping[str, Any],
        uploads: Sequence[tuple[str, str, bytes]],
        via: str,
        record: InteractionRecord | None,
    ) -> SentMessage:
        message_id = self._ids.next()
        attachments = self._attachments(channel_id, body, uploads, [])
        kind = 20 if record is not None and record.type == p.APPLICATION_COMMAND else 0
        payload = p.message(message_id, channel_id, self.bot_user, body, attachments=attachments,
                            message_type=kind)  # fmt: skip
        if record is not None:
            payload.update(webhook_id=str(APP_ID), application_id=str(APP_ID))
            metadata: dict[str, Any] = {
                "id": record.id, "type": record.type, "user": self.user_payload(record.user_id),
                "authorizing_integration_owners": record.payload["authorizing_integration_owners"],
            }  # fmt: skip
            if via == "followup" and record.original_id is not None:
                metadata["original_response_message_id"] = str(record.original_id)
            if record.payload.get("message"):
                metadata["interacted_message_id"] = record.payload["message"]["id"]
            payload["interaction_metadata"] = metadata
            record.message_ids.append(message_id)
        files = {filename: data for _name, filename, data in uploads}
        message = SentMessage(message_id, channel_id, payload, files, via,
                              record.id if record else None, at=time.monotonic())  # fmt: skip
        self.bot_messages[message_id] = message
        return message

    def _adopt(self: FakeDiscord, payload: Mapping[str, Any]) -> SentMessage:
        """The stored message a component sits on (a stub message is stored on first use)."""
        message_id = int(payload["id"])
        if message_id not in self.bot_messages:
            stored = SentMessage(message_id, int(payload["channel_id"]), dict(payload), via="stub",
                                 at=time.monotonic())  # fmt: skip
            self.bot_messages[message_id] = stored
        return self.bot_messages[message_id]

    async def _edit(
        self: FakeDiscord,
        message: SentMessage,
        body: Mapping[str, Any],
        uploads: Sequence[tuple[str, str, bytes]],
    ) -> None:
        payload = message.payload
        was_loading = bool(message.flags & LOADING)
        for key in ("content", "embeds", "components", "allowed_mentions", "poll"):
            if key in body:
                payload[key] = (
                    body[key] if body[key] is not None else ([] if key != "content" else "")
                )
        if "flags" in body and body["flags"] is not None:
            payload["flags"] = (int(body["flags"]) & ~EPHEMERAL) | (message.flags & EPHEMERAL)
        payload["flags"] = int(payload.get("flags") or 0) & ~LOADING
        if "attachments" in body or uploads:
            payload["attachments"] = self._attachments(
                message.channel_id, body, uploads, payload.get("attachments") or []
            )
            message.files.update({filename: data for _n, filename, data in uploads})
        if not was_loading:
            payload["edited_timestamp"] = p.now_iso()
        message.edits += 1
        if not message.ephemeral:
            await self._echo(message, "MESSAGE_UPDATE")

    async def _echo(
        self: FakeDiscord,
        message: SentMessage,
        event: str = "MESSAGE_CREATE",
        data: dict[str, Any] | None = None,
    ) -> None:
        """Tell the bot about its own message, as Discord does (never for ephemeral ones)."""
        in_guild = self.channels.get(message.channel_id, {}).get("type") != 1
        if not self.echo_own_messages or message.ephemeral or self._session(in_guild) is None:
            return
        await self._dispatch_message(event, data or message.payload, in_guild, own=True)


def _invalid_command(command: Mapping[str, Any]) -> tuple[str, str] | None:
    name = str(command.get("name") or "")
    if command.get("type", 1) == 1:
        if not _COMMAND_NAME.fullmatch(name) or name != name.lower():
            return "name", f"Command name is invalid: {name!r}"
        if not 1 <= len(str(command.get("description") or "")) <= 100:
            return "description", "Must be between 1 and 100 in length."
    return _invalid_localizations(command) or _invalid_options(command.get("options") or [])


def _invalid_localizations(
    item: Mapping[str, Any], *, choice: bool = False
) -> tuple[str, str] | None:
    """What is wrong with a command's, option's or choice's words in other locales: a locale
    Discord lacks, a command or option name unlike a name, or words of the wrong length."""
    for locale, words in (item.get("name_localizations") or {}).items():
        where = f"name_localizations.{locale}"
        if locale not in p.LOCALES:
            return where, f"Invalid locale: {locale!r}"
        if choice and not 1 <= len(str(words)) <= 100:
            return where, "Must be between 1 and 100 in length."
        if not choice and not _COMMAND_NAME.fullmatch(str(words)):
            return where, f"Name is invalid: {words!r}"
    for locale, words in (item.get("description_localizations") or {}).items():
        where = f"description_localizations.{locale}"
        if locale not in p.LOCALES:
            return where, f"Invalid locale: {locale!r}"
        if not 1 <= len(str(words)) <= 100:
            return where, "Must be between 1 and 100 in length."
    return None


def _invalid_options(options: Sequence[Mapping[str, Any]]) -> tuple[str, str] | None:
    if len(options) > 25:
        return "options", "Must be 25 or fewer in length."
    seen_optional = False
    for index, option in enumerate(options):
        name = str(option.get("name") or "")
        if not _COMMAND_NAME.fullmatch(name) or name != name.lower():
            return f"options.{index}.name", f"Option name is invalid: {name!r}"
        if not 1 <= len(str(option.get("description") or "")) <= 100:
            return f"options.{index}.description", "Must be between 1 and 100 in length."
        if len(option.get("choices") or []) > 25:
            return f"options.{index}.choices", "Must be 25 or fewer in length."
        problem = _invalid_localizations(option)
        if problem:
            return f"options.{index}.{problem[0]}", problem[1]
        for number, choice in enumerate(option.get("choices") or []):
            where = f"options.{index}.choices.{number}"
            if not 1 <= len(str(choice.get("name") or "")) <= 100:
                return f"{where}.name", "Must be between 1 and 100 in length."
            problem = _invalid_localizations(choice, choice=True)
            if problem:
                return f"{where}.{problem[0]}", problem[1]
        if option.get("type") in (p.SUB_COMMAND, p.SUB_COMMAND_GROUP):
            nested = _invalid_options(option.get("options") or [])
            if nested:
                return f"options.{index}.{nested[0]}", nested[1]
            continue
        if option.get("required"):
            if seen_optional:
                return (
                    f"options.{index}.required",
                    "Required options must be placed before non-required options",
                )
        else:
            seen_optional = True
    return None


def _invalid_callback(
    kind: int, data: Mapping[str, Any], uploads: Sequence[Any]
) -> web.Response | None:
    if kind in (4, 7):
        return invalid_message(data, uploads, creating=kind == 4)
    if kind == 8:
        choices = data.get("choices") or []
        if len(choices) > 25:
            return _form_error(
                "data.choices", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length."
            )
        for index, choice in enumerate(choices):
            if not 1 <= len(str(choice.get("name") or "")) <= 100:
                return _form_error(f"data.choices.{index}.name", "BASE_TYPE_BAD_LENGTH",
                                   "Must be between 1 and 100 in length.")  # fmt: skip
    if kind == 9:
        if not 1 <= len(str(data.get("title") or "")) <= 45:
            return _form_error(
                "data.title", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 45 in length."
            )
        if not 1 <= len(str(data.get("custom_id") or "")) <= 100:
            return _form_error(
                "data.custom_id", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length."
            )
        if not 1 <= len(data.get("components") or []) <= 5:
            return _form_error(
                "data.components", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 5 in length."
            )
        for component in p.walk_components(data.get("components")):
            if component.get("type") == 4 and len(str(component.get("label") or "")) > 45:
                return _form_error("data.components", "BASE_TYPE_MAX_LENGTH", "label: 45 or fewer.")
    return None
