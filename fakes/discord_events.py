"""Building what users do on Discord for the fake: interactions and messages as gateway events.

``EventsMixin`` is mixed into ``FakeDiscord`` (discord_api.py). Command options are typed from
the commands the bot synced; message events are filtered by the session's intents as Discord does.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from fakes import discord_payloads as p
from fakes.discord_payloads import APP_ID, BOT_ID, EPHEMERAL
from fakes.discord_rest import InteractionRecord

if TYPE_CHECKING:
    from fakes.discord_api import FakeDiscord
    from fakes.discord_gateway import GatewaySession


class EventsMixin:
    """Dispatching interactions and user messages (mixed into FakeDiscord)."""

    async def _interaction(
        self: FakeDiscord,
        user_id: int,
        kind: int,
        data: dict[str, Any],
        guild_id: int | None,
        channel_id: int | None,
        message: Mapping[str, Any] | None,
        locale: str,
    ) -> str:
        interaction_id = str(self._ids.next())
        token = f"token-{interaction_id}"
        user = self.user_payload(user_id)
        if guild_id is not None:
            channel_id = channel_id or self.channel_id
            channel = self.channels.get(channel_id) or p.text_channel(channel_id, guild_id, "chat")
        else:
            channel_id = self.dm_channel(user_id)
            channel = self.channels[channel_id]
        payload: dict[str, Any] = {
            "id": interaction_id, "application_id": str(APP_ID), "type": kind, "data": data,
            "channel_id": str(channel_id), "channel": channel, "token": token, "version": 1,
            "app_permissions": p.BOT_PERMISSIONS, "locale": locale, "entitlements": [],
            "authorizing_integration_owners": {"0": str(guild_id or 0)},
            "context": 0 if guild_id is not None else 1,
            "attachment_size_limit": p.ATTACHMENT_SIZE_LIMIT,
        }  # fmt: skip
        if guild_id is not None:
            payload["guild_id"] = str(guild_id)
            payload["guild_locale"] = "en-US"
            payload["guild"] = {"id": str(guild_id), "locale": "en-US", "features": []}
            payload["member"] = p.member(user, permissions=p.BOT_PERMISSIONS)
        else:
            payload["user"] = user
        if message is not None:
            payload["message"] = dict(message)
        self.interactions[interaction_id] = InteractionRecord(
            interaction_id, token, kind, user_id, guild_id, channel_id, payload, time.monotonic()
        )
        await self.dispatch("INTERACTION_CREATE", payload)
        return interaction_id

    async def _component(
        self: FakeDiscord,
        user_id: int,
        data: dict[str, Any],
        message: Mapping[str, Any] | int | str | None,
        message_id: int | str | None,
        channel_id: int | None,
        guild: bool | None,
        guild_id: int | None,
    ) -> str:
        custom_id = data["custom_id"]
        wanted = message_id if message_id is not None else message
        found: Mapping[str, Any] | None = None
        if isinstance(wanted, int | str):
            stored = self.bot_messages.get(int(wanted))
            found = stored.payload if stored else None
        elif isinstance(wanted, Mapping):
            found = wanted
        else:
            found = next(
                (m.payload for m in reversed(self.bot_messages.values())
                 if not m.deleted and custom_id in m.custom_ids),
                None,
            )  # fmt: skip
        if found is not None:
            where = int(found["channel_id"])
            in_guild = guild if guild is not None else self.channels.get(where, {}).get("type") != 1
            channel_id = channel_id or (where if in_guild else None)
        else:
            in_guild = True if guild is None else guild
            button = {"type": 2, "style": 1, "label": "Answer", "custom_id": custom_id}
            channel = (channel_id or self.channel_id) if in_guild else self.dm_channel(user_id)
            stub_body = {"content": "question", "flags": EPHEMERAL if in_guild else 0,
                         "components": [{"type": 1, "components": [button]}]}  # fmt: skip
            found = p.message(self._ids.next(), channel, self.bot_user, stub_body)
        gid = (guild_id or self.guild_id) if in_guild else None
        return await self._interaction(
            user_id, p.MESSAGE_COMPONENT, data, gid, channel_id, found, "en-US"
        )

    def _command_data(
        self: FakeDiscord,
        path: list[str],
        values: Mapping[str, Any],
        guild_id: int | None,
        focused: str | None,
        typed: str | None,
    ) -> dict[str, Any]:
        name, nested = path[0], path[1:]
        definition = None
        if guild_id is not None:
            definition = p.find_definition(self.guild_commands.get(guild_id, []), name)
        scoped = definition is not None
        definition = definition or p.find_definition(self.global_commands, name)
        defs: Sequence[Mapping[str, Any]] = (definition or {}).get("options") or []
        kinds: list[int] = []
        for index, part in enumerate(nested):
            option = p.find_definition(defs, part)
            last = index == len(nested) - 1
            kinds.append(
                option["type"] if option else (p.SUB_COMMAND if last else p.SUB_COMMAND_GROUP)
            )
            defs = (option or {}).get("options") or []
        resolved: dict[str, dict[str, Any]] = {}
        options = [self._option(defs, k, v, resolved, guild_id) for k, v in values.items()]
        if focused is not None:
            option = p.find_definition(defs, focused)
            kind = option["type"] if option else p.STRING
            options.append({"type": kind, "name": focused, "value": typed, "focused": True})
        for part, kind in reversed(list(zip(nested, kinds, strict=True))):
            options = [{"type": kind, "name": part, "options": options}]
        data: dict[str, Any] = {
            "id": (definition or {}).get("id") or str(self._ids.next()),
            "name": name, "type": 1, "options": options,
        }  # fmt: skip
        if scoped:
            data["guild_id"] = str(guild_id)
        if resolved:
            data["resolved"] = resolved
        return data

    def _option(
        self: FakeDiscord,
        defs: Sequence[Mapping[str, Any]],
        name: str,
        value: Any,
        resolved: dict[str, dict[str, Any]],
        guild_id: int | None,
    ) -> dict[str, Any]:
        option = p.find_definition(defs, name)
        kind = int(option["type"]) if option else p.infer_option_type(value)
        wire = p.option_value(kind, value)
        if kind in (p.USER, p.MENTIONABLE) and int(wire) not in self.channels:
            user = self.user_payload(int(wire))
            resolved.setdefault("users", {})[wire] = user
            if guild_id is not None:
                member = {k: v for k, v in p.member(user, permissions=p.BOT_PERMISSIONS).items()
                          if k != "user"}  # fmt: skip
                resolved.setdefault("members", {})[wire] = member
        elif kind == p.CHANNEL:
            channel = self.channels.get(int(wire)) or {"id": wire, "type": 0, "name": "chat"}
            resolved.setdefault("channels", {})[wire] = {
                "id": wire, "name": channel.get("name"), "type": channel["type"],
                "permissions": p.BOT_PERMISSIONS,
            }  # fmt: skip
        elif kind == p.ATTACHMENT and isinstance(value, dict):
            resolved.setdefault("attachments", {})[wire] = value
        return {"type": kind, "name": name, "value": wire}

    async def _user_message(
        self: FakeDiscord,
        user_id: int,
        channel_id: int,
        content: str,
        attachments: Sequence[dict[str, Any]],
        flags: int,
        mentions_bot: bool = False,
    ) -> str:
        message_id = self._ids.next()
        user = self.user_payload(user_id)
        body = {"content": content, "flags": flags}
        payload = p.message(message_id, channel_id, user, body, attachments=attachments)
        self.user_messages[message_id] = payload
        in_guild = self.channels.get(channel_id, {}).get("type") != 1
        if mentions_bot:
            payload["mentions"] = [self.bot_user]
        await self._dispatch_message("MESSAGE_CREATE", payload, in_guild, own=False)
        return str(message_id)

    async def _dispatch_message(
        self, event: str, payload: dict[str, Any], in_guild: bool, *, own: bool
    ) -> bool:
        """Dispatch a message event the way Discord filters it by the session's intents."""
        session = self._session(in_guild)
        if session is None:
            self.suppressed.append((event, payload))
            return False
        needed = p.INTENT_GUILD_MESSAGES if in_guild else p.INTENT_DIRECT_MESSAGES
        if not session.intents & needed:
            self.suppressed.append((event, payload))
            return False
        data = dict(payload)
        if in_guild:
            data["guild_id"] = str(self.guild_id)
            author = data["author"]
            data["member"] = {k: v for k, v in p.member(author).items() if k != "user"}
            mentioned = any(u.get("id") == str(BOT_ID) for u in data.get("mentions", []))
            if not (session.intents & p.INTENT_MESSAGE_CONTENT or own or mentioned):
                data.update(content="", embeds=[], attachments=[], components=[])
        self.dispatched[str(data["id"])] = time.monotonic()
        return await self.gateway.dispatch(event, data, session=session)

    def _session(self: FakeDiscord, in_guild: bool) -> GatewaySession | None:
        """The live session of the shard a message goes to: the guild's, or 0 for a DM."""
        return self.gateway.live_session(self.shard_of(self.guild_id if in_guild else None))


def command_path(name: str | Sequence[str], subcommand: str | None) -> list[str]:
    """``"interview start"`` / ``("interview", "start")`` (+ subcommand) as a list of names."""
    parts = name.split() if isinstance(name, str) else list(name)
    return parts + (subcommand.split() if subcommand else [])


def modal_components(
    layout: Sequence[Mapping[str, Any]] | None, values: Mapping[str, str | Sequence[str]]
) -> list[dict[str, Any]]:
    """Submitted components, shaped like the modal's layout (rows or labels)."""

    def submitted(inner: Mapping[str, Any] | None, custom_id: str) -> dict[str, Any]:
        value = values[custom_id]
        kind = int((inner or {}).get("type", 4))
        if kind == 4:
            return {
                "type": 4,
                "id": (inner or {}).get("id", 0),
                "custom_id": custom_id,
                "value": value,
            }
        chosen = [value] if isinstance(value, str) else list(value)
        return {
            "type": kind,
            "id": (inner or {}).get("id", 0),
            "custom_id": custom_id,
            "values": chosen,
        }

    if not layout:
        return [{"type": 1, "components": [submitted(None, k)]} for k in values]
    out: list[dict[str, Any]] = []
    for item in layout:
        if item.get("type") == 18:
            inner = item.get("component") or {}
            if inner.get("custom_id") in values:
                out.append({"type": 18, "id": item.get("id", 0),
                            "component": submitted(inner, inner["custom_id"])})  # fmt: skip
        elif item.get("type") == 1:
            row = [submitted(c, c["custom_id"]) for c in item.get("components", [])
                   if c.get("custom_id") in values]  # fmt: skip
            if row:
                out.append({"type": 1, "components": row})
    return out
