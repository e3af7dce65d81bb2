"""Update processing: concurrent across users, strictly in arrival order for each user."""

from __future__ import annotations

import asyncio
import inspect
import weakref
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

# Waiting updates hold a slot too, so this is far above any real burst of distinct users.
MAX_CONCURRENT_UPDATES = 4096


def sender_id(update: object) -> int | None:
    """Whose updates must stay in order: the user (or, without one, the chat)."""
    if not isinstance(update, Update):
        return None
    if update.effective_user is not None:
        return update.effective_user.id
    return update.effective_chat.id if update.effective_chat is not None else None


class PerUserUpdateProcessor(BaseUpdateProcessor):
    """Runs updates of different users at once and one user's updates one after another."""

    def __init__(
        self,
        max_concurrent_updates: int = MAX_CONCURRENT_UPDATES,
        on_processed: Callable[[object], Awaitable[None]] | None = None,
    ) -> None:
        """A processor with room for ``max_concurrent_updates`` updates in flight.

        ``on_processed`` is awaited after each update's handlers finished (not if cancelled),
        still in the user's turn, so the next update of the user starts after it.
        """
        super().__init__(max_concurrent_updates)
        # Held weakly: a user who went quiet costs nothing.
        self._locks: weakref.WeakValueDictionary[int, asyncio.Lock] = weakref.WeakValueDictionary()
        self._on_processed = on_processed

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Wait for the user's earlier updates, then process this one."""
        key = sender_id(update)
        if key is None:
            await coroutine
            await self._processed(update)
            return
        lock = self._locks.get(key) or self._locks.setdefault(key, asyncio.Lock())
        # PTB starts one task per update in arrival order and reaches this point without
        # yielding (its semaphore wakes waiters first-in, first-out); asyncio.Lock also queues
        # waiters in order, so a user's updates are handled exactly in the order they came.
        started = False
        try:
            async with lock:
                started = True
                await coroutine
                await self._processed(update)
        finally:
            if not started and inspect.iscoroutine(coroutine):
                coroutine.close()  # cancelled while queued: never awaited, so close it quietly

    async def _processed(self, update: object) -> None:
        if self._on_processed is not None:
            await self._on_processed(update)

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""
