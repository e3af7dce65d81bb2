"""Turns ordered across replicas: a PostgreSQL advisory lock per user, held for the turn.

Why a lock and not compare-and-set on a version: a turn asks the LLM, which is slow and costs
money, and a turn computed on stale data would have to be thrown away and asked again. The lock
is transaction-level (``pg_try_advisory_xact_lock``), so it works behind PgBouncer in
transaction mode and goes away with the transaction: at the turn's end, or when a killed
replica's connection drops. Waiting polls ``try`` with a short sleep rather than blocking a
database thread. The connections holding turns come from a pool of their own, so turns in
progress can never starve the queries they make.
"""

from __future__ import annotations

import asyncio
import hashlib
import time
from collections.abc import AsyncIterator
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from contextlib import asynccontextmanager

from sqlalchemy import Connection, func, select

from engine.database import ServiceUnavailable
from engine.locks import KeyedLocks
from engine.ports import UserKey
from storage.db import make_engine

TURNS_AT_ONCE = 32  # turns one replica holds at once (each holds a connection)
WAIT_SECONDS = 60.0  # longer than any turn: past it, the other replica is stuck
FIRST_RETRY_SECONDS = 0.01
LONGEST_RETRY_SECONDS = 0.25


def lock_id(key: UserKey) -> int:
    """The user's advisory lock number: a signed 64-bit hash of platform and user id."""
    digest = hashlib.blake2b(f"turn:{key.platform}:{key.platform_user_id}".encode(), digest_size=8)
    return int.from_bytes(digest.digest(), "big", signed=True)


class AdvisoryTurnLocks:
    """A user's turn holds their advisory lock in PostgreSQL for as long as it runs."""

    shared = True

    def __init__(self, url: str, turns_at_once: int = TURNS_AT_ONCE) -> None:
        """Locks in the PostgreSQL database at ``url``; ``turns_at_once`` bounds connections."""
        self._engine = make_engine(url, pool_size=turns_at_once, max_overflow=0)
        self._slots = asyncio.Semaphore(turns_at_once)
        self._local: KeyedLocks[UserKey] = KeyedLocks()  # waiters here queue without a connection

    @asynccontextmanager
    async def __call__(self, key: UserKey) -> AsyncIterator[None]:
        """The user's turn, once no replica runs another turn of theirs."""
        async with self._local(key), self._slots:
            # The turn's connection is used from one thread of its own, in order: a call still
            # running when the turn is cancelled finishes before the transaction ends, and the
            # end runs even when the turn is cancelled while it waits for a thread.
            worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="turn-lock")
            opened = worker.submit(self._engine.connect)
            try:
                try:
                    connection = await asyncio.wrap_future(opened)
                except Exception as error:
                    raise ServiceUnavailable("no connection for the user's turn") from error
                await self._acquire(worker, connection, lock_id(key))
                yield
            finally:
                ended = worker.submit(_end, opened)
                worker.shutdown(wait=False)
                await asyncio.shield(asyncio.wrap_future(ended))

    def close(self) -> None:
        """Release the connections."""
        self._engine.dispose()

    async def _acquire(self, worker: Executor, connection: Connection, number: int) -> None:
        attempt = select(func.pg_try_advisory_xact_lock(number))
        deadline = time.monotonic() + WAIT_SECONDS
        pause = FIRST_RETRY_SECONDS
        while True:
            try:
                taken = await asyncio.wrap_future(
                    worker.submit(lambda: connection.execute(attempt).scalar())
                )
            except Exception as error:
                raise ServiceUnavailable("could not lock the user's turn") from error
            if taken:
                return
            if time.monotonic() > deadline:
                raise ServiceUnavailable("another replica holds the user's turn too long")
            await asyncio.sleep(pause)
            pause = min(pause * 2, LONGEST_RETRY_SECONDS)


def _end(opened: Future[Connection]) -> None:
    """End the turn's transaction (releasing its lock) and return the connection, if opened."""
    if opened.cancelled() or opened.exception() is not None:
        return
    connection = opened.result()
    try:
        connection.rollback()
    finally:
        connection.close()
