"""Which replica talks to Telegram for everyone: the holder of a lease row in the database.

Telegram allows one ``getUpdates`` poller per bot (a second gets 409 Conflict) and one webhook
address. So one replica, the leader, polls (or, in webhook mode, calls ``setWebhook``); every
replica handles the updates it stores (see ``inbox.py``). Leadership is a row with an expiry,
renewed by a heartbeat — plain rows work behind PgBouncer, where session advisory locks do not.
A leader that cannot renew stops polling before its lease runs out, so two never poll at once
for long; when it dies, another replica takes the expired lease at its next heartbeat.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Protocol

log = logging.getLogger(__name__)

LEADER_LEASE = "telegram-leader"
LEASE = timedelta(seconds=10)
HEARTBEAT_SECONDS = 2.0

Act = Callable[[], Awaitable[None]]


class LeaseStore(Protocol):
    """Named leases in the database (the App's ``updates``)."""

    async def hold_lease(self, name: str, holder: str, duration: timedelta) -> bool:
        """Take or renew the lease ``name`` for ``holder``; False while another holds it."""
        ...

    async def release_lease(self, name: str, holder: str) -> None:
        """Give up the lease ``name`` if ``holder`` has it."""
        ...


class Leadership:
    """Keeps trying to hold the leader's lease; runs ``on_gain`` / ``on_loss`` as it changes."""

    def __init__(
        self,
        store: LeaseStore,
        holder: str,
        on_gain: Act,
        on_loss: Act,
        *,
        lease: timedelta = LEASE,
        heartbeat_seconds: float = HEARTBEAT_SECONDS,
    ) -> None:
        """Leadership for ``holder``; ``on_gain`` starts the leader's work, ``on_loss`` stops it."""
        self.store = store
        self.holder = holder
        self.on_gain = on_gain
        self.on_loss = on_loss
        self.lease = lease
        self.heartbeat_seconds = heartbeat_seconds
        self.leading = False
        self._renewed = 0.0  # monotonic time of the last confirmed renewal
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        """Try once now (a lone replica leads from the start), then at every heartbeat."""
        await self._beat()
        self._task = asyncio.create_task(self._run(), name="telegram-leadership")

    async def stop(self) -> None:
        """Stop the leader's work and give the lease up, so another replica leads at once."""
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None
        was_leading = self.leading
        await self._lose()
        if was_leading:
            try:
                await self.store.release_lease(LEADER_LEASE, self.holder)
            except Exception:  # it expires by itself
                log.warning("could not release the leader's lease")

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self.heartbeat_seconds)
            await self._beat()

    async def _beat(self) -> None:
        try:
            held = await self.store.hold_lease(LEADER_LEASE, self.holder, self.lease)
        except Exception as error:
            # Unsure whether the lease still holds: stop well before it could have expired.
            held = self.leading and self._fresh()
            log.warning("could not renew the leader's lease: %s", type(error).__name__)
        else:
            if held:
                self._renewed = time.monotonic()
        if held and not self.leading:
            await self._gain()
        elif not held and self.leading:
            await self._lose()

    def _fresh(self) -> bool:
        margin = 2 * self.heartbeat_seconds
        return time.monotonic() - self._renewed < self.lease.total_seconds() - margin

    async def _gain(self) -> None:
        try:
            await self.on_gain()
        except Exception:  # e.g. Telegram unreachable: tried again at the next heartbeat
            log.warning("could not start as the leader; trying again", exc_info=True)
            return
        self.leading = True
        log.info("this replica (%s) is the Telegram leader", self.holder)

    async def _lose(self) -> None:
        if not self.leading:
            return
        self.leading = False
        try:
            await self.on_loss()
        except Exception:
            log.warning("stopping the leader's work failed", exc_info=True)
        log.info("this replica (%s) is no longer the Telegram leader", self.holder)
