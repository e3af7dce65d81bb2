"""Bounded waiting for tests: poll a condition until it holds or a deadline passes."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

POLL_SECONDS = 0.01


async def until(condition: Callable[[], bool], timeout: float, what: str) -> None:
    """Wait until ``condition()`` holds, checking every 10 ms; TimeoutError names ``what``."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise TimeoutError(f"after {timeout:g} s still waiting for {what}")
        await asyncio.sleep(POLL_SECONDS)
