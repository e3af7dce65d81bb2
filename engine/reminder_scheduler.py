"""The daily practice scheduler: one APScheduler date job per reminder, on the bots' event loop.

The schedule lives in our ``reminders`` table; jobs are rebuilt from it at every start (an
in-memory job store, nothing pickled). Each job fires once at the reminder's next local time,
delivers through the platform's Notifier and then plans the next one. Delivery happens at most
once per local day because ``DailyPractice.deliver`` first wins an atomic claim in the
database, so a second process, a restart or a retry can never send the same day twice.

Several replicas each keep the whole schedule, so any of them can send any prompt (the claim
picks one). Changes reach the other replicas by polling every ``sync_seconds``: one narrow query
lists every active reminder's ``updated_at`` (``ReminderStore.versions``); a user whose value
differs from the one their job was planned from, or who is no longer listed (turned off,
blocked, erased), is re-read and re-planned. The query takes about 25 ms for 10,000 reminders on
PostgreSQL here, so a poll every few seconds costs a replica well under 1 % of a core.

Why polling, not LISTEN/NOTIFY: a listener holds a session of its own (impossible behind
PgBouncer's transaction pooling, which the poll leader's lease row is built to survive), misses
what is sent while it reconnects (so a full re-read is needed anyway), and SQLite has nothing
like it; the poll runs the same on SQLite. Why versions, not "rows newer than the last poll":
turning a reminder off and blocking the bot leave ``updated_at`` alone (``blocked`` is on
``users``), erasing a user deletes the row, and a cursor over timestamps from several replicas'
clocks would skip a row committed late with an earlier stamp.

Until the next poll, another replica's job may still fire at the old time: it re-reads the
reminder first and, finding a newer ``updated_at``, plans the new time instead of sending.

Times come from a Clock port. APScheduler itself waits on the real clock, so every fire time
is translated by the clock's offset from real time; tests use a clock running ahead and see a
"09:00 in Berlin on the DST day" prompt a fraction of a second after scheduling it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.date import DateTrigger

from engine.daily import Reminder, missed_fire, next_fire, upcoming
from engine.daily_practice import DailyPractice
from engine.ports import Clock, Delivery, Notifier

log = logging.getLogger(__name__)
Job = Callable[[int, datetime, str, datetime], Awaitable[None]]
SYNC_SECONDS = 5.0  # how often other replicas' reminder changes are looked for


class ReminderScheduler:
    """Fires each user's daily practice prompt at their local time."""

    def __init__(
        self,
        daily: DailyPractice,
        notifiers: Mapping[str, Notifier],
        clock: Clock,
        grace_seconds: float = 3600,
        retry_seconds: float = 300,
        stop_timeout: float = 15,
        in_flight_per_platform: int = 64,
        sync_seconds: float = SYNC_SECONDS,
    ) -> None:
        """Deliver ``daily``'s prompts through ``notifiers`` (by platform) on ``clock``'s time.

        A prompt missed by up to ``grace_seconds`` (while down) is still sent; a failed one is
        tried again after ``retry_seconds``; changes made by other replicas are looked for every
        ``sync_seconds``.
        """
        self.daily = daily
        self.notifiers = dict(notifiers)
        self.clock = clock
        self.grace = timedelta(seconds=grace_seconds)
        self.retry = timedelta(seconds=retry_seconds)
        self.stop_timeout = stop_timeout
        self.sync_seconds = sync_seconds
        # Our own code decides about lateness (with our clock), so APScheduler never drops a run.
        self._scheduler = AsyncIOScheduler(
            timezone=UTC,
            job_defaults={"misfire_grace_time": None, "coalesce": True, "max_instances": 1},
        )
        self._tasks: set[asyncio.Task[None]] = set()
        self._stopping = False
        # Each active reminder's updated_at as last planned here: what a poll compares against.
        self._versions: dict[int, datetime] = {}
        self._syncing: asyncio.Task[None] | None = None
        # Thousands of prompts fall due at the same minute. Letting a few dozen per platform
        # through at a time keeps the first ones flowing at once (instead of every task queueing
        # its database reads first) and one platform's backlog from holding up the other's.
        self._slots = {
            platform: asyncio.Semaphore(in_flight_per_platform) for platform in self.notifiers
        }

    async def start(self) -> None:
        """Plan every enabled reminder (delivering ones missed within the grace period) and run."""
        # One INFO line per job added and run would flood the log with thousands of users.
        logging.getLogger("apscheduler").setLevel(logging.WARNING)
        self.daily.subscribe(self.reschedule)
        reminders = await self.daily.active_reminders()
        now = self.clock.now()
        for reminder in reminders:
            self._plan(reminder, now, catch_up=True)
        self._scheduler.start()
        self._syncing = asyncio.create_task(self._keep_in_sync())
        log.info("reminder scheduler running: %d reminder(s) planned", len(self.jobs()))

    async def stop(self) -> None:
        """Stop firing, let deliveries under way finish (bounded), then shut down."""
        self._stopping = True
        self.daily.unsubscribe(self.reschedule)
        if self._syncing is not None:
            self._syncing.cancel()
            await asyncio.wait({self._syncing})
        if self._scheduler.running:
            self._scheduler.pause()
            self._scheduler.shutdown(wait=False)
        if self._tasks:
            _done, pending = await asyncio.wait(set(self._tasks), timeout=self.stop_timeout)
            for task in pending:
                task.cancel()
            if pending:
                log.warning("%d reminder deliveries cancelled at shutdown", len(pending))
                await asyncio.wait(pending, timeout=self.stop_timeout)  # they give their day back
        await asyncio.sleep(0)  # AsyncIOScheduler shuts down in a loop callback

    async def reschedule(self, user_id: int) -> None:
        """(Re)plan one user's reminder after it changed (/remind, /remind off, unblocked)."""
        if self._stopping:
            return
        reminder = await self.daily.reminder(user_id)
        if reminder is None:
            self._forget(user_id)
        else:
            self._plan(reminder, self.clock.now(), catch_up=False)

    async def sync(self) -> int:
        """Re-plan the reminders changed (by any replica) since they were planned here, and
        drop those turned off, blocked or erased; returns how many users were re-read."""
        versions = await self.daily.reminder_versions()
        stale = {user_id for user_id, at in versions.items() if self._versions.get(user_id) != at}
        stale |= self._versions.keys() - versions.keys()
        for user_id in sorted(stale):
            await self.reschedule(user_id)
        return len(stale)

    def health(self) -> tuple[bool, str]:
        """Whether the scheduler runs, with how many prompts it has planned."""
        if not self._scheduler.running:
            return False, "stopped"
        return True, f"running, {len(self._scheduler.get_jobs())} prompt(s) planned"

    def scheduled_for(self, user_id: int) -> datetime | None:
        """When the user's next prompt is due (clock time), or None when nothing is planned."""
        job = self._scheduler.get_job(_job_id(user_id))
        if job is None:
            return None
        scheduled: datetime = job.args[1]
        return scheduled

    def jobs(self) -> list[int]:
        """The user ids with a planned prompt."""
        return [job.args[0] for job in self._scheduler.get_jobs()]

    # ------------------------------------------------------------------ planning
    def _plan(
        self, reminder: Reminder, now: datetime, *, catch_up: bool, after: datetime | None = None
    ) -> None:
        self._note(reminder)
        if not self._schedulable(reminder):
            self._remove(reminder.user_id)
            return
        missed = missed_fire(reminder, now, self.grace) if catch_up else None
        if missed is not None:
            self._add(self._fire, reminder, now, missed)
            return
        if after is None:
            scheduled = upcoming(reminder, now)
        else:
            scheduled = next_fire(reminder.local_time, reminder.timezone, max(now, after))
        self._add(self._fire, reminder, scheduled, scheduled)

    def _add(self, job: Job, reminder: Reminder, run_at: datetime, scheduled: datetime) -> None:
        # APScheduler waits on the real clock: shift by how far our clock is from it.
        real = datetime.now(UTC) + (run_at - self.clock.now())
        user_id = reminder.user_id
        self._scheduler.add_job(
            job,
            DateTrigger(run_date=real, timezone=UTC),
            args=(user_id, scheduled, reminder.key.platform, reminder.updated_at),
            id=_job_id(user_id),
            name=f"daily practice for user {user_id}",
            replace_existing=True,
        )

    def _note(self, reminder: Reminder) -> None:
        """Remember the version planned from, as ``versions()`` would list it (or not)."""
        if reminder.enabled and not reminder.blocked:
            self._versions[reminder.user_id] = reminder.updated_at
        else:
            self._versions.pop(reminder.user_id, None)

    def _forget(self, user_id: int) -> None:
        self._versions.pop(user_id, None)
        self._remove(user_id)

    def _remove(self, user_id: int) -> None:
        if self._scheduler.get_job(_job_id(user_id)) is not None:
            self._scheduler.remove_job(_job_id(user_id))

    def _schedulable(self, reminder: Reminder) -> bool:
        return reminder.enabled and not reminder.blocked and reminder.key.platform in self.notifiers

    def _later(self, user_id: int, scheduled: datetime, platform: str) -> None:
        """Try again after ``retry``: re-read the reminder and catch up if still in grace."""
        if self._stopping:
            return
        run_at = datetime.now(UTC) + self.retry  # a duration: no clock translation needed
        self._scheduler.add_job(
            self._refresh,
            DateTrigger(run_date=run_at, timezone=UTC),
            args=(user_id, scheduled, platform),
            id=_job_id(user_id),
            name=f"daily practice retry for user {user_id}",
            replace_existing=True,
        )

    # ------------------------------------------------------------------ jobs
    async def _fire(
        self, user_id: int, scheduled: datetime, platform: str, planned_from: datetime
    ) -> None:
        # The job only hands over to a task we own, so shutdown can let it finish.
        delivery = self._deliver(user_id, scheduled, platform, planned_from)
        self._spawn(delivery, user_id, scheduled, platform)

    async def _refresh(self, user_id: int, scheduled: datetime, platform: str) -> None:
        self._spawn(self._replan(user_id), user_id, scheduled, platform)

    def _spawn(
        self, work: Coroutine[Any, Any, None], user_id: int, scheduled: datetime, platform: str
    ) -> None:
        async def guarded() -> None:
            try:
                await work
            except Exception:
                log.exception("daily prompt for user %s failed; retrying later", user_id)
                self._later(user_id, scheduled, platform)

        task = asyncio.create_task(guarded())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _replan(self, user_id: int) -> None:
        reminder = await self.daily.reminder(user_id)
        if reminder is None:
            self._forget(user_id)
        elif not self._stopping:
            self._plan(reminder, self.clock.now(), catch_up=True)

    async def _keep_in_sync(self) -> None:
        while True:
            await asyncio.sleep(self.sync_seconds)  # a duration: no clock translation needed
            try:
                await self.sync()
            except Exception:
                log.warning("could not look for reminder changes; trying again", exc_info=True)

    async def _deliver(
        self, user_id: int, scheduled: datetime, platform: str, planned_from: datetime
    ) -> None:
        late = self.clock.now() - scheduled
        if late > self.grace:  # the job itself ran late (the loop or the process stalled)
            log.warning("daily prompt for user %s is %s late; skipped", user_id, late)
        elif platform in self._slots:
            async with self._slots[platform]:
                reminder = await self.daily.reminder(user_id)
                if reminder is None or not self._schedulable(reminder):
                    return
                if reminder.updated_at != planned_from:
                    # Changed on another replica after this job was planned, and our poll has
                    # not seen it yet: the prompt is due at the new time, not now.
                    if not self._stopping:
                        self._plan(reminder, self.clock.now(), catch_up=False)
                    return
                notifier = self.notifiers[reminder.key.platform]
                result = await self.daily.deliver(reminder, scheduled, notifier)
            if result is Delivery.BLOCKED:
                log.info("user %s blocked the bot; no more daily prompts", user_id)
                return
            if result is Delivery.FAILED:
                self._later(user_id, scheduled, platform)
                return
        if not self._stopping:
            fresh = await self.daily.reminder(user_id)
            if fresh is not None:
                self._plan(fresh, self.clock.now(), catch_up=False, after=scheduled)


def _job_id(user_id: int) -> str:
    return f"daily:{user_id}"
