"""The update inbox: an update Telegram handed over is not lost, and replicas share the work.

PTB confirms updates to Telegram (the offset of its next ``getUpdates``) as soon as it has
queued them, long before their handlers ran: killed in between, the bot would never see them
again. So each update is written to the database as it arrives — before that confirming poll,
and before a webhook delivery gets its 200 — and marked done once processed.

Whoever received it, an update is handled by the replica that leases it from the database
(``UpdateJournal.claim``): only each sender's oldest unfinished update can be leased, so one
user's updates run one at a time and in order across replicas. Leases are renewed while the
work goes on; a replica that dies stops renewing, and once its leases expire another takes the
updates over. At start-up a replica first gives up the leases its earlier life left, so a
restart finishes them at once. An answer claims its update in the transaction that stores it
(see ``InterviewService.answer``), so a re-run answer is never stored twice: the user gets the
question or report they missed.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from datetime import timedelta
from typing import Any, Protocol

from telegram import Bot, Update
from telegram.ext import ApplicationHandlerStop, ContextTypes, TypeHandler

from bots.telegram.channel import PLATFORM, update_ref
from engine.events import UpdateRef

log = logging.getLogger(__name__)

REMEMBER_UPDATES = timedelta(days=2)
# A replica renews its leases every third of this; one that stops (killed, frozen, cut off)
# loses its updates to another replica this long after its last renewal.
LEASE = timedelta(seconds=15)
POLL_SECONDS = 0.25  # how often a replica looks for updates another replica stored
IN_FLIGHT = 64  # updates one replica holds at once (one per sender at most)
CLAIM_BATCH = 4


class StoredUpdate(Protocol):
    """An update kept because its processing had not finished."""

    @property
    def update_id(self) -> str:
        """The platform's id of the update."""
        ...

    @property
    def claimed(self) -> bool:
        """Its answer is stored already; only the reply may be missing."""
        ...

    @property
    def payload(self) -> dict[str, Any]:
        """The update as received (JSON)."""
        ...


class UpdateStore(Protocol):
    """Where received updates are kept until finished (the App's ``updates``)."""

    async def receive(
        self, source: UpdateRef, payload: dict[str, object], sender: str | None = None
    ) -> bool:
        """Keep an update; False for a redelivery of one received before."""
        ...

    async def finish(self, source: UpdateRef) -> None:
        """Mark an update fully processed."""
        ...

    async def forget(self, older_than: timedelta) -> int:
        """Drop finished updates older than ``older_than``."""
        ...

    async def claim(
        self, platform: str, holder: str, lease: timedelta, limit: int
    ) -> Sequence[StoredUpdate]:
        """Lease up to ``limit`` unfinished updates to ``holder``: each sender's oldest only."""
        ...

    async def renew(
        self, platform: str, holder: str, lease: timedelta, update_ids: Sequence[str]
    ) -> int:
        """Extend ``holder``'s leases on these unfinished updates."""
        ...

    async def release(self, holder: str) -> int:
        """Give up ``holder``'s leases on unfinished updates."""
        ...


Resume = Callable[[Update], Awaitable[None]]
Listen = Callable[[Callable[[], None]], Coroutine[Any, Any, None]]


class InboxQueue(asyncio.Queue[object]):
    """PTB's update queue: an arriving update is stored, then leased back by the dispatcher."""

    def __init__(self, inbox: UpdateInbox) -> None:
        """A queue that hands every arriving update to ``inbox`` first."""
        super().__init__()
        self._inbox = inbox

    async def put(self, item: object) -> None:
        """Store an arriving update (queued when leased); PTB's stop signal passes as is."""
        if isinstance(item, Update) and not await self._inbox.receive(item):
            return
        await super().put(item)

    async def put_leased(self, update: Update) -> None:
        """Queue an update this replica leased from the inbox."""
        await super().put(update)


class UpdateInbox:
    """Stores arriving updates, leases work from the database, and marks it done."""

    def __init__(
        self,
        store: UpdateStore,
        holder: str,
        *,
        lease: timedelta = LEASE,
        poll_seconds: float = POLL_SECONDS,
        in_flight: int = IN_FLIGHT,
        arrivals: Listen | None = None,
    ) -> None:
        """Keep updates in ``store``; ``holder`` names this replica on its leases.

        ``in_flight`` caps the updates this replica holds at once; ``arrivals(wake)`` calls
        ``wake`` whenever any replica stored an update, and ``poll_seconds`` is how often the
        inbox looks anyway (for expired leases, and arrivals missed).
        """
        self.store = store
        self.holder = holder
        self.lease = lease
        self.poll_seconds = poll_seconds
        self.in_flight = in_flight
        self.arrivals = arrivals
        self.queue = InboxQueue(self)
        self._claimed: set[int] = set()  # leased updates whose answer was stored already
        self._held: set[int] = set()  # leased and not yet finished here
        self._wake = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []

    async def receive(self, update: Update) -> bool:
        """Store an arriving update; True only when it could not be stored (handle it here)."""
        try:
            payload: dict[str, Any] = json.loads(update.to_json())
            user = update.effective_user
            sender = str(user.id) if user is not None else None
            fresh = await self.store.receive(update_ref(update), payload, sender)
        except Exception:  # raising here would stop PTB's polling loop for good
            # Handled here all the same: if the database is still down, the handler says so.
            log.warning("could not store update %d before handling it", update.update_id)
            return True
        if fresh:
            self._wake.set()
        else:
            log.info("update %d was delivered again; ignored", update.update_id)
        return False

    async def finish(self, update: object) -> None:
        """Mark a processed update done (the update processor calls this)."""
        if not isinstance(update, Update):
            return
        self._claimed.discard(update.update_id)
        try:
            await self.store.finish(update_ref(update))
        except Exception:
            log.warning("could not mark update %d done; it runs again", update.update_id)
        finally:
            self._held.discard(update.update_id)
            self._wake.set()  # the sender's next update may be taken now

    async def start(self, bot: Bot) -> None:
        """Take back this replica's earlier leases, then lease and renew work until stopped.

        Finished updates older than REMEMBER_UPDATES are forgotten first: Telegram redelivers
        only updates that were never confirmed, and keeps those for at most a day.
        """
        await self.store.forget(REMEMBER_UPDATES)
        released = await self.store.release(self.holder)
        if released:
            log.info("taking up %d update(s) left unfinished by the last run", released)
        self._tasks = [
            asyncio.create_task(self._dispatch(bot), name="inbox-dispatch"),
            asyncio.create_task(self._renew(), name="inbox-renew"),
        ]
        if self.arrivals is not None:
            self._tasks.append(
                asyncio.create_task(self.arrivals(self._wake.set), name="inbox-arrivals")
            )

    async def stop_taking(self) -> None:
        """Lease no more updates (those taken already are finished and kept renewed)."""
        await _cancel(self._tasks[:1])

    async def close(self) -> None:
        """Stop renewing and give up the leases of updates not finished here."""
        await _cancel(self._tasks)
        self._tasks = []
        try:
            await self.store.release(self.holder)
        except Exception:  # they expire by themselves
            log.warning("could not release this replica's update leases")

    async def _dispatch(self, bot: Bot) -> None:
        while True:
            # A few at a time, so replicas woken together share a burst between them.
            batch = min(self.in_flight - len(self._held), CLAIM_BATCH)
            taken = 0
            if batch > 0:
                try:
                    taken = await self._take(bot, batch)
                except Exception:  # e.g. the database is down: try again later
                    log.warning("could not lease updates from the inbox", exc_info=True)
            if batch == 0 or taken < batch:  # nothing more to take now: wait for news
                self._wake.clear()
                # asyncio.timeout, not wait_for: 3.11's wait_for can swallow a cancellation.
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(self.poll_seconds):
                        await self._wake.wait()

    async def _take(self, bot: Bot, room: int) -> int:
        leased = await self.store.claim(PLATFORM, self.holder, self.lease, room)
        for item in leased:
            try:
                update = Update.de_json(item.payload, bot)
            except Exception:  # e.g. stored by another PTB version: never block the queue
                log.warning("stored update %s unreadable; dropped", item.update_id, exc_info=True)
                await self.store.finish(UpdateRef(PLATFORM, item.update_id))
                continue
            if item.claimed:
                self._claimed.add(update.update_id)
            self._held.add(update.update_id)
            await self.queue.put_leased(update)
        return len(leased)

    async def _renew(self) -> None:
        while True:
            await asyncio.sleep(self.lease.total_seconds() / 3)
            try:
                held = [str(update_id) for update_id in self._held]
                await self.store.renew(PLATFORM, self.holder, self.lease, held)
            except Exception:  # a missed renewal is retried; leases outlast two of them
                log.warning("could not renew this replica's update leases")

    def resumer(self, resume: Resume) -> TypeHandler[Update, Any, None]:
        """A handler (run before all others) answering leased, already stored answers.

        ``resume(update)`` sends what the crash kept from the user instead of taking the
        answer again.
        """

        async def resume_claimed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
            if update.update_id not in self._claimed or update.effective_user is None:
                return
            await resume(update)
            raise ApplicationHandlerStop

        return TypeHandler(Update, resume_claimed)


async def _cancel(tasks: list[asyncio.Task[None]]) -> None:
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
