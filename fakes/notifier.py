"""A Notifier fake that records what it was asked to send and can play a blocked user."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from catalogue import default_catalogue
from engine.actions import Notice
from engine.ports import Clock, Delivery


@dataclass(frozen=True)
class Sent:
    """One notification: to whom and the text of each action."""

    platform_user_id: str
    chat_id: str
    texts: tuple[str, ...]
    at: datetime | None = None  # the clock's time when it was sent, if a clock was given


@dataclass
class RecordingNotifier:
    """Records every notification; users in ``blocked`` get Delivery.BLOCKED, ``failing`` FAILED."""

    platform: str = "telegram"
    blocked: set[str] = field(default_factory=set)
    failing: set[str] = field(default_factory=set)
    sent: list[Sent] = field(default_factory=list)
    clock: Clock | None = None
    attempts: int = 0
    _changed: asyncio.Condition | None = None

    async def notify(self, platform_user_id: str, chat_id: str, actions: list[Any]) -> Delivery:
        """Record the notification (unless the user blocked the bot or delivery fails)."""
        self.attempts += 1
        if platform_user_id in self.blocked:
            return Delivery.BLOCKED
        if platform_user_id in self.failing:
            return Delivery.FAILED
        texts = tuple(
            default_catalogue().render(a.message) if isinstance(a, Notice) else repr(a)
            for a in actions
        )
        at = self.clock.now() if self.clock else None
        self.sent.append(Sent(platform_user_id, chat_id, texts, at))
        async with self._condition():
            self._condition().notify_all()
        return Delivery.SENT

    def to(self, platform_user_id: str) -> list[Sent]:
        """Every notification sent to one user."""
        return [s for s in self.sent if s.platform_user_id == platform_user_id]

    async def wait_for(self, count: int, timeout: float = 5.0) -> list[Sent]:
        """Wait until at least ``count`` notifications went out (TimeoutError after ``timeout``)."""
        condition = self._condition()
        async with condition:
            await asyncio.wait_for(condition.wait_for(lambda: len(self.sent) >= count), timeout)
        return list(self.sent)

    def _condition(self) -> asyncio.Condition:
        if self._changed is None:
            self._changed = asyncio.Condition()
        return self._changed
