"""Building an App for engine tests and talking to its entry point as one user would."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any, Unpack

from bots.app import App, Parts, build_app
from bots.settings import Settings
from engine import events
from engine.actions import Action
from engine.events import Event, Input, Sender, UpdateRef
from storage.memory import MemoryReminders, MemoryRepository, MemoryStore


def offline_settings(**values: Any) -> Settings:
    """Settings for an App with no network at all: offline interviewer and speech, no TTS."""
    defaults: dict[str, Any] = {
        "llm_provider": "offline",
        "stt_provider": "none",
        "tts_provider": "none",
        "database_url": "sqlite:///unused.db",
    }
    return Settings(_env_file=None, **(defaults | values))


def memory_app(settings: Settings | None = None, **parts: Unpack[Parts]) -> App:
    """An App on the in-memory repositories (no database), questions in a fixed order."""
    store = MemoryStore()
    defaults: Parts = {
        "repository": MemoryRepository(store),
        "reminders": MemoryReminders(store),
        "seeds": random.Random(7),
    }
    return build_app(settings or offline_settings(), **(defaults | parts))


def sql_app(database_url: str, **parts: Unpack[Parts]) -> App:
    """An App on a real database (migrated here), questions in a fixed order."""
    defaults: Parts = {"seeds": random.Random(7)}
    return build_app(offline_settings(database_url=database_url), **(defaults | parts))


@dataclass(frozen=True)
class User:
    """One user talking to the App's entry point (platform "test" unless said otherwise)."""

    app: App
    name: str
    platform: str = "test"
    chat_id: str = "chat"

    @property
    def sender(self) -> Sender:
        """Who the user's events come from."""
        return Sender(self.platform, self.name, self.chat_id, self.name.title())

    @property
    def key(self) -> events.UserKey:
        """The user as the engine keys them."""
        return self.sender.key

    async def send(self, what: Input, update: str | None = None) -> list[Action]:
        """The actions answering ``what`` (carried by platform update ``update``, if given)."""
        ref = UpdateRef(self.platform, update) if update is not None else None
        return await self.app.entry.handle(Event(self.sender, what, ref))

    async def start(
        self, role: str, kind: str | None = None, difficulty: int = 2, questions: int | None = None
    ) -> list[Action]:
        """Start an interview."""
        return await self.send(events.StartInterview(role, kind, difficulty, questions))

    async def answer(self, text: str, update: str | None = None) -> list[Action]:
        """Type an answer."""
        return await self.send(events.Text(text), update)

    async def skip(self, update: str | None = None) -> list[Action]:
        """Skip the question."""
        return await self.send(events.Skip(), update)

    async def redo(self, update: str | None = None) -> list[Action]:
        """Redo the last answer."""
        return await self.send(events.Redo(), update)

    async def end(self, update: str | None = None) -> list[Action]:
        """End the interview."""
        return await self.send(events.End(), update)

    async def feedback(self) -> list[Action]:
        """Ask for the latest report."""
        return await self.send(events.Feedback())

    async def history(self, page: int = 1) -> list[Action]:
        """Ask for a page of history."""
        return await self.send(events.History(page))

    async def current_question(self) -> list[Action]:
        """Ask for the question waiting."""
        return await self.send(events.CurrentQuestion())

    async def resume(self) -> list[Action]:
        """What a crash kept from the user."""
        return await self.send(events.Resume())
