"""News of stored updates for every replica: PostgreSQL ``LISTEN`` on the inbox's channel.

A replica that stores an update also sends ``NOTIFY`` in the same transaction (see
``SqlRepository.receive_update``), so every replica's inbox wakes at once and they race for
the work with ``SKIP LOCKED``; without it only the receiving replica would look at once, and
the others only at their next poll.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

import psycopg
from sqlalchemy import make_url

from storage.repository import arrivals_channel

log = logging.getLogger(__name__)

RECONNECT_SECONDS = 1.0


class Arrivals:
    """Calls ``wake()`` whenever any replica stored an update of a platform."""

    def __init__(self, database_url: str) -> None:
        """Listen on the PostgreSQL database at ``database_url`` (a SQLAlchemy URL)."""
        self._conninfo = (
            make_url(database_url)
            .set(drivername="postgresql")
            .render_as_string(hide_password=False)
        )

    async def listen(self, platform: str, wake: Callable[[], None]) -> None:
        """Wake on every arrival until cancelled, reconnecting after a lost connection."""
        channel = arrivals_channel(platform)
        while True:
            try:
                async with await psycopg.AsyncConnection.connect(
                    self._conninfo, autocommit=True
                ) as connection:
                    await connection.execute(f'LISTEN "{channel}"')
                    wake()  # anything stored while this replica was not listening
                    async for _ in connection.notifies():
                        wake()
            except psycopg.Error as error:
                log.warning("listening for stored updates failed (%s); retrying", error.sqlstate)
            await asyncio.sleep(RECONNECT_SECONDS)
