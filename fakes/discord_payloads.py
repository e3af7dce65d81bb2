"""Discord API v10 object shapes for the loopback fake (users, guilds, messages, interactions).

Shapes follow Discord's documented payloads closely enough for discord.py 2.x to parse them
exactly as it parses the real thing; ids are real snowflakes (time-ordered, as strings).
"""

from __future__ import annotations

import base64
import mimetypes
import time
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

GUILD_ID = 900_000_000_000_000_001
CHANNEL_ID = 900_000_000_000_000_002
APP_ID = 900_000_000_000_000_010
BOT_ID = APP_ID
OWNER_ID = 900_000_000_000_000_020

EPHEMERAL = 1 << 6  # message flag
LOADING = 1 << 7  # message flag: a deferred ("thinking") response
IS_VOICE_MESSAGE = 1 << 13  # message flag
ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024

# Gateway intents the fake honours when it dispatches messages.
INTENT_GUILDS = 1 << 0
INTENT_GUILD_MEMBERS = 1 << 1
INTENT_GUILD_MESSAGES = 1 << 9
INTENT_DIRECT_MESSAGES = 1 << 12
INTENT_MESSAGE_CONTENT = 1 << 15

# A bot with the usual text permissions (view, send, embed, attach, read history, …).
BOT_PERMISSIONS = "2147483647"
EVERYONE_PERMISSIONS = "1071698660929"

# Interaction types and option types (Discord's numbering).
PING, APPLICATION_COMMAND, MESSAGE_COMPONENT, AUTOCOMPLETE, MODAL_SUBMIT = 1, 2, 3, 4, 5
SUB_COMMAND, SUB_COMMAND_GROUP, STRING, INTEGER, BOOLEAN = 1, 2, 3, 4, 5
USER, CHANNEL, ROLE, MENTIONABLE, NUMBER, ATTACHMENT = 6, 7, 8, 9, 10, 11

# The locales Discord accepts as keys of name_localizations and description_localizations.
LOCALES = frozenset({
    "id", "da", "de", "en-GB", "en-US", "es-ES", "es-419", "fr", "hr", "it", "lt", "hu", "nl",
    "no", "pl", "pt-BR", "ro", "fi", "sv-SE", "vi", "tr", "cs", "el", "bg", "ru", "uk", "hi",
    "th", "zh-CN", "ja", "zh-TW", "ko",
})  # fmt: skip

_DISCORD_EPOCH_MS = 1_420_070_400_000


class Snowflakes:
    """Unique, increasing snowflake ids derived from the current time."""

    def __init__(self) -> None:
        self._last = 0

    def next(self) -> int:
        """A new snowflake, greater than every one handed out before."""
        now = (int(time.time() * 1000) - _DISCORD_EPOCH_MS) << 22
        self._last = max(self._last + 1, now)
        return self._last


def now_iso() -> str:
    """An ISO 8601 timestamp as Discord writes them."""
    return datetime.now(UTC).isoformat()


def user(
    user_id: int, username: str, global_name: str | None, *, bot: bool = False
) -> dict[str, Any]:
    """A user object (new-style username: discriminator "0")."""
    payload: dict[str, Any] = {
        "id": str(user_id), "username": username, "global_name": global_name,
        "discriminator": "0", "avatar": None, "avatar_decoration_data": None, "banner": None,
        "accent_color": None, "public_flags": 0, "flags": 0, "bot": bot,
    }  # fmt: skip
    if bot:
        payload.update({"verified": True, "mfa_enabled": False, "email": None, "locale": "en-US"})
    return payload


def member(user_payload: dict[str, Any], *, permissions: str | None = None) -> dict[str, Any]:
    """A guild member object (``permissions`` only in interactions)."""
    payload: dict[str, Any] = {
        "user": user_payload, "nick": None, "avatar": None, "banner": None, "roles": [],
        "joined_at": now_iso(), "premium_since": None, "deaf": False, "mute": False, "flags": 0,
        "pending": False, "communication_disabled_until": None,
    }  # fmt: skip
    if permissions is not None:
        payload["permissions"] = permissions
    return payload


def text_channel(channel_id: int, guild_id: int, name: str, position: int = 0) -> dict[str, Any]:
    """A guild text channel (type 0)."""
    return {
        "id": str(channel_id), "type": 0, "guild_id": str(guild_id), "name": name,
        "position": position, "permission_overwrites": [], "nsfw": False, "parent_id": None,
        "topic": None, "last_message_id": None, "rate_limit_per_user": 0, "flags": 0,
    }  # fmt: skip


def dm_channel(channel_id: int, recipient: dict[str, Any]) -> dict[str, Any]:
    """A DM channel (type 1) with one recipient."""
    return {
        "id": str(channel_id), "type": 1, "last_message_id": None, "flags": 0,
        "recipients": [recipient],
    }  # fmt: skip


def everyone_role(guild_id: int) -> dict[str, Any]:
    """The @everyone role (its id is the guild's id)."""
    return {
        "id": str(guild_id), "name": "@everyone", "color": 0,
        "colors": {"primary_color": 0, "secondary_color": None, "tertiary_color": None},
        "hoist": False, "icon": None, "unicode_emoji": None, "position": 0,
        "permissions": EVERYONE_PERMISSIONS, "managed": False, "mentionable": False, "flags": 0,
    }  # fmt: skip


def guild(
    guild_id: int, name: str, channels: Sequence[dict[str, Any]], members: Sequence[dict[str, Any]]
) -> dict[str, Any]:
    """A full guild object as GUILD_CREATE carries it."""
    return {
        "id": str(guild_id), "name": name, "icon": None, "splash": None,
        "discovery_splash": None, "banner": None, "description": None, "owner_id": str(OWNER_ID),
        "afk_channel_id": None, "afk_timeout": 300, "verification_level": 0,
        "default_message_notifications": 0, "explicit_content_filter": 0,
        "roles": [everyone_role(guild_id)], "emojis": [], "stickers": [], "features": [],
        "mfa_level": 0, "application_id": None, "system_channel_id": None,
        "system_channel_flags": 0, "rules_channel_id": None, "public_updates_channel_id": None,
        "safety_alerts_channel_id": None, "vanity_url_code": None, "premium_tier": 0,
        "premium_subscription_count": 0, "preferred_locale": "en-US", "nsfw_level": 0,
        "max_members": 500_000, "max_video_channel_users": 25,
        "premium_progress_bar_enabled": False, "incidents_data": None,
        "joined_at": now_iso(), "large": False, "unavailable": False,
        "member_count": len(members), "voice_states": [], "members": list(members),
        "channels": [{k: v for k, v in c.items() if k != "guild_id"} for c in channels],
        "threads": [], "presences": [], "stage_instances": [], "guild_scheduled_events": [],
        "soundboard_sounds": [],
    }  # fmt: skip


def attachment(
    attachment_id: int,
    filename: str,
    size: int,
    url: str,
    *,
    content_type: str | None = None,
    duration_secs: float | None = None,
    waveform: bytes | None = None,
    description: str | None = None,
) -> dict[str, Any]:
    """An attachment object; voice messages add ``duration_secs`` and a base64 ``waveform``."""
    guessed = content_type or mimetypes.guess_type(filename)[0] or "application/octet-stream"
    payload: dict[str, Any] = {
        "id": str(attachment_id), "filename": filename, "size": size, "url": url,
        "proxy_url": url, "content_type": guessed,
    }  # fmt: skip
    if description is not None:
        payload["description"] = description
    if duration_secs is not None:
        payload["duration_secs"] = duration_secs
        payload["waveform"] = base64.b64encode(waveform or bytes(range(0, 256, 4))).decode()
    return payload


def message(
    message_id: int,
    channel_id: int,
    author: dict[str, Any],
    body: Mapping[str, Any],
    *,
    attachments: Sequence[dict[str, Any]] = (),
    message_type: int = 0,
) -> dict[str, Any]:
    """A message object built from a create-message body (content, embeds, components, flags)."""
    payload: dict[str, Any] = {
        "id": str(message_id), "channel_id": str(channel_id), "author": author,
        "content": body.get("content") or "", "timestamp": now_iso(), "edited_timestamp": None,
        "tts": bool(body.get("tts")), "mention_everyone": False, "mentions": [],
        "mention_roles": [], "mention_channels": [], "attachments": list(attachments),
        "embeds": list(body.get("embeds") or []), "reactions": [], "pinned": False,
        "type": message_type, "flags": int(body.get("flags") or 0),
        "components": list(body.get("components") or []),
    }  # fmt: skip
    if body.get("message_reference"):
        payload["message_reference"] = body["message_reference"]
        payload["type"] = 19  # REPLY
    if body.get("nonce") is not None:
        payload["nonce"] = body["nonce"]
    return payload


def walk_components(components: Any) -> Iterator[dict[str, Any]]:
    """Every component in a (possibly nested: rows, sections, containers, labels) layout."""
    if isinstance(components, list):
        for item in components:
            yield from walk_components(item)
    elif isinstance(components, dict):
        yield components
        for key in ("components", "component", "accessory"):
            if key in components:
                yield from walk_components(components[key])


def infer_option_type(value: Any) -> int:
    """The option type for a value when the command's definition is not known."""
    if isinstance(value, bool):
        return BOOLEAN
    if isinstance(value, int):
        return INTEGER
    if isinstance(value, float):
        return NUMBER
    if isinstance(value, dict) and "filename" in value:
        return ATTACHMENT
    return STRING


def find_definition(options: Sequence[Mapping[str, Any]], name: str) -> Mapping[str, Any] | None:
    """The option definition called ``name`` in a command's option list."""
    return next((o for o in options if o.get("name") == name), None)


def option_value(kind: int, value: Any) -> Any:
    """How Discord sends a value of an option type (snowflakes as strings)."""
    if kind in (USER, CHANNEL, ROLE, MENTIONABLE):
        return str(value["id"] if isinstance(value, dict) else value)
    if kind == ATTACHMENT:
        return str(value["id"]) if isinstance(value, dict) else str(value)
    if kind == INTEGER and not isinstance(value, bool):
        return int(value)
    if kind == NUMBER:
        return float(value)
    return value
