"""Platform updates kept until processed, so none is lost to a crash (Telegram's inbox uses it)."""

from __future__ import annotations

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
