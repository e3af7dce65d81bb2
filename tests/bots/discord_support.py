"""Running the Discord adapter against the loopback fake, and reading what it sent."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Unpack

from bots.app import App, Parts, build_app
from bots.discord.bot import DiscordAdapter
from bots.settings import Settings
from engine.models import Interview
from engine.ports import UserKey
from fakes.discord_api import EPHEMERAL, Call, FakeDiscord
from tests.databases import app_database_or

TOKEN = "MTExMTExMTExMTExMTExMTEx.GfakeX.discord-test-token-not-real_abcdefghij"
USER = 311_111_111_111_111_111
OTHER = 322_222_222_222_222_222
WAIT = 10.0
STRONG = (
    "At my last job our checkout API was slow. I profiled the queries, added an index and a "
    "cache, and the p95 latency fell from 2 seconds to 300 ms within a week."
)
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)


def settings_for(fake: FakeDiscord, tmp_path: Path, **overrides: Any) -> Settings:
    """Settings pointing the bot at the fake, offline providers, short interviews."""
    values: dict[str, Any] = {
        "discord_bot_token": TOKEN,
        "discord_api_root": fake.root,
        "database_url": app_database_or(f"sqlite:///{tmp_path / 'discord.db'}"),
        "llm_provider": "offline",
        "stt_provider": "none",
        "tts_provider": "none",
        "max_followups": 0,
        "default_questions": 3,
    }
    return Settings(_env_file=None, **(values | overrides))


@asynccontextmanager
async def started(
    settings: Settings, *, tts_timeout_seconds: float = 5.0, **parts: Unpack[Parts]
) -> AsyncIterator[tuple[App, DiscordAdapter]]:
    """The App and its Discord adapter, started as ``python -m bots run`` does.

    ``parts`` stand in for the App's own (an interviewer, TTS, a clock, a repository); TTS is
    off unless given.
    """
    app = build_app(settings, **({"tts": None} | parts))
    # The fake's READY lists no servers, so there is nothing to wait for after it.
    adapter = DiscordAdapter(app, tts_timeout_seconds=tts_timeout_seconds, guild_ready_timeout=0.05)
    await asyncio.wait_for(adapter.start(), WAIT)
    try:
        yield app, adapter
    finally:
        await asyncio.wait_for(adapter.stop(), WAIT)
        app.close()


@asynccontextmanager
async def running(settings: Settings, **options: Any) -> AsyncIterator[App]:
    """The started App (see :func:`started` for the options)."""
    async with started(settings, **options) as (app, _adapter):
        yield app


def key(user: int) -> UserKey:
    """The engine's key for a Discord test user."""
    return UserKey("discord", str(user))


async def active(app: App, user: int | UserKey) -> Interview | None:
    """The user's interview in progress, as the engine sees it."""
    return await app.entry.flow.active(user if isinstance(user, UserKey) else key(user))


async def profile_id(app: App, user: int) -> int:
    """The stored id of a Discord test user."""
    return (await app.entry.profiles.get(key(user))).id


def plain(text: str) -> str:
    """What a Discord message shows: escapes resolved, bold markers and zero-width spaces gone."""
    return _ESCAPE.sub(r"\1", text.replace("**", "")).replace("\u200b", "")


def content(call: Call) -> str:
    """The content of a sent message, as the user sees it."""
    body = call.json if isinstance(call.json, dict) else {}
    data = body.get("data", body) if "type" in body and "data" in body else body
    return plain(str(data.get("content") or ""))


def custom_ids(call: Call) -> list[str]:
    """The custom_ids of a sent message's buttons."""
    body = call.json if isinstance(call.json, dict) else {}
    rows = body.get("components") or []
    return [button["custom_id"] for row in rows for button in row.get("components", [])]


def embeds(call: Call) -> list[dict[str, Any]]:
    """The embeds of a sent message."""
    body = call.json if isinstance(call.json, dict) else {}
    return list(body.get("embeds") or [])


def is_ephemeral(call: Call) -> bool:
    """Whether a callback or follow-up carries the ephemeral flag."""
    body = call.json if isinstance(call.json, dict) else {}
    data = body.get("data") if "type" in body else body
    return bool(((data or {}).get("flags") or 0) & EPHEMERAL)


@dataclass
class Conversation:
    """One interaction's calls: the callback (response) and what followed it."""

    fake: FakeDiscord
    interaction_id: str
    seen: list[Call] = field(default_factory=list)

    @property
    def callback(self) -> Call:
        """The interaction's response (type 4, 5, 6, 8, 9 …)."""
        return next(c for c in self.calls if c.path.endswith("/callback"))

    @property
    def calls(self) -> list[Call]:
        """Every call made with this interaction's id or token."""
        return self.fake.interaction_calls(self.interaction_id)

    @property
    def followups(self) -> list[Call]:
        """Follow-up messages and edits of the original response."""
        return [c for c in self.calls if c.path.startswith("/webhooks/")]

    async def wait(self, predicate: Callable[[Call], bool], timeout: float = WAIT) -> Call:
        """The first call of this interaction matching ``predicate``."""
        token = f"token-{self.interaction_id}"
        mine = f"/{self.interaction_id}/"
        return await self.fake.wait_for(
            lambda c: (token in c.path or mine in c.path) and predicate(c), timeout
        )

    async def reply(self, text: str, timeout: float = WAIT) -> Call:
        """The first follow-up showing ``text``."""
        return await self.wait(
            lambda c: c.path.startswith("/webhooks/") and text in content(c), timeout
        )

    async def report(self, timeout: float = WAIT) -> Call:
        """The first follow-up carrying an embed (the report)."""
        return await self.wait(
            lambda c: c.path.startswith("/webhooks/") and bool(embeds(c)), timeout
        )

    async def responded(self, timeout: float = WAIT) -> Call:
        """The interaction's callback, once made."""
        return await self.wait(lambda c: c.path.endswith("/callback"), timeout)


async def slash(
    fake: FakeDiscord,
    user: int,
    name: str,
    options: dict[str, Any] | None = None,
    *,
    subcommand: str | None = None,
    guild: bool = True,
    locale: str = "en-US",
) -> Conversation:
    """Dispatch a slash command from a client speaking ``locale``."""
    interaction = await fake.send_slash(
        user, name, options, subcommand=subcommand, guild=guild, locale=locale
    )
    return Conversation(fake, interaction)


async def click(
    fake: FakeDiscord, user: int, custom_id: str, *, guild: bool = True
) -> Conversation:
    """Click a button by custom_id."""
    return Conversation(fake, await fake.click_button(user, custom_id, guild=guild))


async def submit(
    fake: FakeDiscord, user: int, custom_id: str, answer: str, *, guild: bool = True
) -> Conversation:
    """Submit the answer modal."""
    interaction = await fake.submit_modal(user, custom_id, {"answer": answer}, guild=guild)
    return Conversation(fake, interaction)


def button(call: Call, action: str) -> str:
    """The custom_id of the Answer/Skip/End button on a question message."""
    found = [c for c in custom_ids(call) if c.startswith(f"ipp:{action}:")]
    assert found, custom_ids(call)
    return found[0]


def dm_replies(fake: FakeDiscord, user: int, since: float = 0.0) -> list[Call]:
    """Messages the bot sent to the user's DM channel after ``since``."""
    return [c for c in fake.channel_messages(fake.dm_channel(user)) if c.at >= since]


async def dm_reply(fake: FakeDiscord, user: int, text: str, since: float) -> Call:
    """The first DM to ``user`` after ``since`` showing ``text``."""
    path = f"/channels/{fake.dm_channel(user)}/messages"
    return await fake.wait_for(
        lambda c: c.method == "POST" and c.path == path and c.at >= since and text in content(c),
        WAIT,
    )
