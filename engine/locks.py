"""One user's turns one at a time: in this process, or across replicas sharing a database."""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import AsyncIterator, Hashable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Generic, Protocol, TypeVar

from engine.ports import UserKey

K = TypeVar("K", bound=Hashable)


class KeyedLocks(Generic[K]):
    """Hands out the same lock for the same key while it is in use.

    Locks are held weakly, so a user who went quiet costs nothing; asyncio.Lock queues its
    waiters first-in, first-out, which keeps one user's turns in arrival order.
    """

    def __init__(self) -> None:
        """No locks yet."""
        self._locks: weakref.WeakValueDictionary[K, asyncio.Lock] = weakref.WeakValueDictionary()

    def __call__(self, key: K) -> asyncio.Lock:
        """The lock of ``key`` (a new one when nobody holds or awaits it)."""
        lock = self._locks.get(key)
        if lock is None:
            lock = asyncio.Lock()
            self._locks[key] = lock
        return lock


class TurnLocks(Protocol):
    """Holds a user's turn; ``shared`` says other processes write the same users' data."""

    @property
    def shared(self) -> bool:
        """True when other replicas may have changed the user's data since the last turn."""
        ...

    def __call__(self, key: UserKey) -> AbstractAsyncContextManager[None]:
        """The user's turn: entered once their earlier turn, wherever it ran, is over."""
        ...

    def close(self) -> None:
        """Release what the locks hold (connections)."""
        ...


class LocalTurnLocks:
    """Turns ordered within this process: the only one using its database (SQLite)."""

    shared = False

    def __init__(self) -> None:
        """No turn under way."""
        self._locks: KeyedLocks[UserKey] = KeyedLocks()

    @asynccontextmanager
    async def __call__(self, key: UserKey) -> AsyncIterator[None]:
        """The user's turn in this process."""
        async with self._locks(key):
            yield

    def close(self) -> None:
        """Nothing to release."""
