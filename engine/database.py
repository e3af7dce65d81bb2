"""Repository calls from async code: off the event loop, retried once when the database hiccups."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from tenacity import AsyncRetrying, retry_if_exception_type, stop_after_attempt, wait_fixed

from engine.messages import Key
from engine.ports import StorageError

log = logging.getLogger(__name__)
P = ParamSpec("P")
T = TypeVar("T")

DATABASE_DOWN = Key("failure.database-down")
RETRY_SECONDS = 0.5


class ServiceUnavailable(RuntimeError):
    """Storage is unreachable; the message asks the user to try again."""


class Database:
    """Runs synchronous repository calls in a worker thread, with one retry."""

    def __init__(self, retry_seconds: float = RETRY_SECONDS) -> None:
        """Wait ``retry_seconds`` before the second attempt."""
        self.retry_seconds = retry_seconds

    async def call(self, function: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """Call ``function`` off the event loop; ServiceUnavailable if it fails twice."""
        try:
            async for attempt in AsyncRetrying(
                retry=retry_if_exception_type(StorageError),
                stop=stop_after_attempt(2),
                wait=wait_fixed(self.retry_seconds),
                before_sleep=lambda state: log.warning(
                    "database call failed (attempt %d)",
                    state.attempt_number,
                    exc_info=state.outcome.exception() if state.outcome else None,
                ),
                reraise=True,
            ):
                with attempt:
                    return await asyncio.to_thread(function, *args, **kwargs)
        except StorageError:
            log.warning("database call failed (attempt 2)", exc_info=True)
            raise ServiceUnavailable("the database failed twice") from None
        raise AssertionError("unreachable")  # reraise=True: the last error propagates
