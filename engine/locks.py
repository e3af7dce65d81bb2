"""One asyncio lock per key (a user), forgotten once nobody holds or awaits it."""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import Hashable
from typing import Generic, TypeVar

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
