"""The update inbox: an update Telegram handed over is not lost when the process dies.

PTB confirms updates to Telegram (the offset of its next ``getUpdates``) as soon as it has
queued them, long before their handlers ran: killed in between, the bot would never see them
again. So each update is written to the database as it is queued — before that confirming poll
— and marked done once processed; at start-up whatever is not done is processed again. An
answer claims its update in the transaction that stores it (see ``InterviewService.answer``),
so a replayed answer is never stored twice: the user gets the question or report they missed.
Webhook mode goes through the same queue, and Telegram gets its 200 only after the write.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable, Sequence
from datetime import timedelta
from typing import Any, Protocol

from telegram import Bot, Update
from telegram.ext import ApplicationHandlerStop, ContextTypes, TypeHandler

from bots.telegram.channel import PLATFORM, update_ref
from engine.events import UpdateRef

log = logging.getLogger(__name__)

REMEMBER_UPDATES = timedelta(days=2)


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

    async def unfinished(self, platform: str) -> Sequence[StoredUpdate]:
        """Updates received but never finished, oldest first."""
        ...


Resume = Callable[[Update], Awaitable[None]]


class InboxQueue(asyncio.Queue[object]):
    """PTB's update queue: an update is stored before it is queued; redeliveries are dropped."""

    def __init__(self, inbox: UpdateInbox) -> None:
        """A queue that reports every update to ``inbox`` first."""
        super().__init__()
        self._inbox = inbox

    async def put(self, item: object) -> None:
        """Queue ``item`` once the inbox kept it (PTB's stop signal and the like pass as is)."""
        if isinstance(item, Update) and not await self._inbox.receive(item):
            return
        await super().put(item)

    async def put_stored(self, update: Update) -> None:
        """Queue an update the inbox holds already (replayed after a restart)."""
        await super().put(update)


class UpdateInbox:
    """Stores received updates, marks them done, and replays the unfinished at start-up."""

    def __init__(self, store: UpdateStore) -> None:
        """Keep updates in ``store``."""
        self.store = store
        self.queue = InboxQueue(self)
        self._claimed: set[int] = set()  # replayed updates whose answer was stored already

    async def receive(self, update: Update) -> bool:
        """Store a new update; False for one received before (a redelivery)."""
        try:
            payload: dict[str, Any] = json.loads(update.to_json())
            user = update.effective_user
            sender = str(user.id) if user is not None else None
            fresh = await self.store.receive(update_ref(update), payload, sender)
        except Exception:  # raising here would stop PTB's polling loop for good
            # Processed all the same: if the database is still down, the handler says so.
            log.warning("could not store update %d before handling it", update.update_id)
            return True
        if not fresh:
            log.info("update %d was delivered again; ignored", update.update_id)
        return fresh

    async def finish(self, update: object) -> None:
        """Mark a processed update done (the update processor calls this)."""
        if not isinstance(update, Update):
            return
        self._claimed.discard(update.update_id)
        try:
            await self.store.finish(update_ref(update))
        except Exception:
            log.warning("could not mark update %d done; it runs again at restart", update.update_id)

    async def replay(self, bot: Bot) -> int:
        """Queue again, in order, every update an earlier process received but did not finish.

        Finished updates older than REMEMBER_UPDATES are forgotten first: Telegram redelivers
        only updates that were never confirmed, and keeps those for at most a day.
        """
        await self.store.forget(REMEMBER_UPDATES)
        unfinished = await self.store.unfinished(PLATFORM)
        for item in unfinished:
            try:
                update = Update.de_json(item.payload, bot)
            except Exception:  # e.g. stored by another PTB version: never block the start-up
                log.warning("stored update %s unreadable; dropped", item.update_id, exc_info=True)
                await self.store.finish(UpdateRef(PLATFORM, item.update_id))
                continue
            if item.claimed:
                self._claimed.add(update.update_id)
            await self.queue.put_stored(update)
        if unfinished:
            log.info("replaying %d update(s) left unfinished by the last run", len(unfinished))
        return len(unfinished)

    def resumer(self, resume: Resume) -> TypeHandler[Update, Any, None]:
        """A handler (run before all others) answering replayed, already stored answers.

        ``resume(update)`` sends what the crash kept from the user instead of taking the
        answer again.
        """

        async def resume_claimed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
            if update.update_id not in self._claimed or update.effective_user is None:
                return
            await resume(update)
            raise ApplicationHandlerStop

        return TypeHandler(Update, resume_claimed)
