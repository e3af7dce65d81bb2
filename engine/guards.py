"""Who may use the bot (the allow-list) and how fast one user may answer (the turn limit)."""

from __future__ import annotations

import logging
from typing import Protocol

from limits import RateLimitItemPerMinute
from limits.aio.storage import MemoryStorage, Storage
from limits.aio.strategies import MovingWindowRateLimiter
from limits.errors import StorageError as LimitStorageError

from engine.database import Database
from engine.messages import Key, Message
from engine.ports import Clock, UserKey

log = logging.getLogger(__name__)

NOT_ALLOWED = Key("refusal.not-allowed")
TOO_FAST = Key("answer.too-fast", ("limit",))
CLEANUP_MINUTES = 10  # how often a replica drops the turn counts of minutes gone by


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


class TurnCounter(Protocol):
    """Where answers are counted: this process, Redis or the database."""

    async def take(self, user: str, per_minute: int) -> bool:
        """Count one answer of ``user``; False, counting nothing, when they are over
        ``per_minute``."""
        ...


class MovingWindow:
    """Answers in the last 60 seconds, in a rate-limit storage of the ``limits`` library:
    this process's memory (the default) or Redis, shared by every replica."""

    def __init__(self, storage: Storage | None = None) -> None:
        """Count in ``storage`` (in memory when None); build a shared one with
        ``limits.storage.storage_from_string``."""
        self._limiter = MovingWindowRateLimiter(storage or MemoryStorage())

    async def take(self, user: str, per_minute: int) -> bool:
        """Count one answer unless ``per_minute`` were given in the last 60 seconds.

        An unreachable Redis lets the answer through (logged): the limit guards against
        floods, and refusing everyone while Redis is down would be worse.
        """
        try:
            return await self._limiter.hit(RateLimitItemPerMinute(per_minute), user)
        except LimitStorageError:
            log.warning("the turn limit's storage failed; the answer is let through", exc_info=True)
            return True


class TurnCounts(Protocol):
    """The database's side of the shared turn limit (the SQL repository has both)."""

    def count_turn(self, user_key: str, minute: int, per_minute: int, overlap: float) -> bool:
        """Count one answer in ``minute`` if the user is under ``per_minute``."""
        ...

    def forget_turn_counts(self, before_minute: int) -> int:
        """Drop the counts of minutes before ``before_minute``; return how many."""
        ...


class SlidingMinutes:
    """Answers counted per user and minute in the database, shared by every replica.

    The last 60 seconds are estimated from this minute's count and the share of the previous
    minute's still inside them (a sliding window, as Cloudflare and nginx count). Every
    CLEANUP_MINUTES a replica drops the counts no window needs any more.
    """

    def __init__(self, store: TurnCounts, database: Database, clock: Clock) -> None:
        """Count in ``store`` through ``database`` (off the event loop, retried), by ``clock``."""
        self.store = store
        self.database = database
        self.clock = clock
        self._cleaned: int | None = None  # the minute of this replica's last clean-up

    async def take(self, user: str, per_minute: int) -> bool:
        """Count one answer unless the user gave ``per_minute`` in the last 60 seconds."""
        minute, second = divmod(self.clock.now().timestamp(), 60)
        this_minute = int(minute)
        if self._cleaned is None or this_minute - self._cleaned >= CLEANUP_MINUTES:
            self._cleaned = this_minute
            await self.database.call(self.store.forget_turn_counts, this_minute - 1)
        overlap = 1 - second / 60
        return await self.database.call(
            self.store.count_turn, user, this_minute, per_minute, overlap
        )


class TurnLimit:
    """At most ``per_minute`` answers a minute per user, counted by a TurnCounter."""

    def __init__(self, per_minute: int = 20, counter: TurnCounter | None = None) -> None:
        """Allow ``per_minute`` answers in any 60 seconds, counted by ``counter`` (in this
        process's memory when None)."""
        self.per_minute = per_minute
        self.counter = counter or MovingWindow()

    async def refusal(self, key: UserKey) -> Message | None:
        """Count one answer; the reason to refuse it when the user is over the limit."""
        if await self.counter.take(f"{key.platform}:{key.platform_user_id}", self.per_minute):
            return None
        return TOO_FAST(limit=self.per_minute)
