"""KeyedLocks: one lock per key while in use, waiters served in arrival order."""

from __future__ import annotations

import asyncio
import gc

from engine.locks import KeyedLocks


async def test_one_lock_per_key_in_arrival_order_and_forgotten_when_unused() -> None:
    locks: KeyedLocks[str] = KeyedLocks()
    order: list[int] = []

    async def turn(number: int) -> None:
        async with locks("ana"):
            await asyncio.sleep(0)
            order.append(number)

    held = locks("ana")
    assert locks("ana") is held and locks("bo") is not held
    async with held:
        tasks = [asyncio.create_task(turn(n)) for n in range(5)]
        await asyncio.sleep(0.01)
        assert order == []  # all waiting behind the holder
        async with asyncio.timeout(1):
            async with locks("bo"):  # another key is never held up
                pass
    async with asyncio.timeout(5):
        await asyncio.gather(*tasks)
    assert order == [0, 1, 2, 3, 4]
    del held, tasks
    gc.collect()
    assert len(locks._locks) == 0  # nobody holds or awaits them: forgotten
