"""Platform updates kept until processed, so none is lost to a crash (Telegram's inbox uses it).

Replicas share the work through it: updates are leased to the replica handling them, and a
named lease says which replica holds a role (the Telegram poll leader).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from engine.database import Database
from engine.ports import InterviewRepository, ReceivedUpdate, UpdateRef


class UpdateJournal:
    """Async access to the received-updates records, retried like every database call."""

    def __init__(self, repository: InterviewRepository, database: Database) -> None:
        """Keep updates through ``repository``."""
        self.repository = repository
        self.database = database

    async def receive(
        self, source: UpdateRef, payload: dict[str, object], sender: str | None = None
    ) -> bool:
        """Keep an update until it is finished; False for a redelivery of one received before."""
        return await self.database.call(self.repository.receive_update, source, payload, sender)

    async def finish(self, source: UpdateRef) -> None:
        """Mark a received update as fully processed."""
        await self.database.call(self.repository.finish_update, source)

    async def forget(self, older_than: timedelta) -> int:
        """Drop the record of updates finished longer than ``older_than`` ago."""
        return await self.database.call(self.repository.forget_updates, older_than)

    async def unfinished(self, platform: str) -> list[ReceivedUpdate]:
        """Updates received but never finished (the process stopped), oldest first."""
        return await self.database.call(self.repository.unfinished_updates, platform)

    async def claim(
        self, platform: str, holder: str, lease: timedelta, limit: int
    ) -> list[ReceivedUpdate]:
        """Lease up to ``limit`` unfinished updates to ``holder``: each sender's oldest only."""
        return await self.database.call(
            self.repository.claim_updates, platform, holder, lease, limit
        )

    async def renew(
        self, platform: str, holder: str, lease: timedelta, update_ids: Sequence[str]
    ) -> int:
        """Extend ``holder``'s leases on these unfinished updates."""
        return await self.database.call(
            self.repository.renew_updates, platform, holder, lease, update_ids
        )

    async def release(self, holder: str) -> int:
        """Give up ``holder``'s leases on unfinished updates, for any replica to take."""
        return await self.database.call(self.repository.release_updates, holder)

    async def hold_lease(self, name: str, holder: str, duration: timedelta) -> bool:
        """Take or renew the lease ``name`` for ``holder``; False while another holds it."""
        return await self.database.call(self.repository.hold_lease, name, holder, duration)

    async def release_lease(self, name: str, holder: str) -> None:
        """Give up the lease ``name`` if ``holder`` has it."""
        await self.database.call(self.repository.release_lease, name, holder)
