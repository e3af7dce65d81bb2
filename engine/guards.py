"""Who may use the bot (the allow-list) and how fast one user may answer (the turn limit)."""

from __future__ import annotations

from limits import RateLimitItemPerMinute
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter

from engine.messages import Key, Message
from engine.ports import UserKey

NOT_ALLOWED = Key("refusal.not-allowed")
TOO_FAST = Key("answer.too-fast", ("limit",))


class AllowList:
    """Users named as "123" (any platform) or "telegram:123"; None lets everyone in."""

    def __init__(self, allowed: frozenset[str] | None = None) -> None:
        """Admit only ``allowed`` users (everyone when None)."""
        self.allowed = allowed

    def refusal(self, key: UserKey) -> Message | None:
        """Why this user may not use the bot, or None when they may."""
        if self.allowed is None:
            return None
        if {key.platform_user_id, f"{key.platform}:{key.platform_user_id}"} & self.allowed:
            return None
        return NOT_ALLOWED()


class TurnLimit:
    """At most ``per_minute`` answers a minute per user (a moving window, in memory)."""

    def __init__(self, per_minute: int = 20) -> None:
        """Allow ``per_minute`` answers in any 60 seconds."""
        self.per_minute = per_minute
        self._item = RateLimitItemPerMinute(per_minute)
        self._limiter = MovingWindowRateLimiter(MemoryStorage())

    def refusal(self, key: UserKey) -> Message | None:
        """Count one answer; the reason to refuse it when the user is over the limit."""
        if self._limiter.hit(self._item, key.platform, key.platform_user_id):
            return None
        return TOO_FAST(limit=self.per_minute)
