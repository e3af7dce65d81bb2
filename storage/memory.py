"""The storage ports in memory, following the SQL repositories rule for rule (for tests and demos).

One ``MemoryStore`` holds every table as a dict; ``MemoryRepository`` and ``MemoryReminders``
are views over it, so deleting a user through one is seen by the other. Values are the engine's
frozen dataclasses, replaced (never mutated) under the store's lock.
"""

from __future__ import annotations

import copy
import itertools
import json
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from engine.candidate import CvProfile, JobProfile, Material, MaterialKind
from engine.daily import Reminder, local_day, next_streak, remember_seen
from engine.models import Interview, Report, Status, Turn, TurnKind
from engine.ports import (
    AlreadyHandled,
    InterviewSummary,
    MaterialWait,
    ReceivedUpdate,
    UpdateRef,
    UserKey,
    UserProfile,
)
from storage.repository import CLAIMED, DONE, RECEIVED, UPSERT_COLUMNS
from storage.tables import utcnow


@dataclass(frozen=True)
class StoredUser:
    """A user's row: the profile and whether they blocked the bot."""

    profile: UserProfile
    blocked: bool = False


@dataclass(frozen=True)
class StoredInterview:
    """An interview's row: its turns are kept apart, by position, in ``MemoryStore.turns``."""

    user_id: int
    started_at: datetime
    interview: Interview


@dataclass(frozen=True)
class StoredUpdate:
    """A received update's row (see ``storage.tables.ReceivedUpdateRow``)."""

    id: int
    user_id: int | None
    status: str
    payload: dict[str, Any] | None
    received_at: datetime
    sender: str | None = None
    holder: str | None = None
    lease_until: datetime | None = None


@dataclass(frozen=True)
class StoredMaterial:
    """A CV or job row (see ``storage.tables.MaterialRow``)."""

    text: str
    profile: CvProfile | JobProfile
    filename: str
    updated_at: datetime


class MemoryStore:
    """Every table of the product's database, as dicts, behind one lock."""

    def __init__(self, clock: Callable[[], datetime] = utcnow) -> None:
        """An empty store; ``clock`` stamps interviews started and updates received."""
        self.clock = clock
        self.lock = threading.Lock()
        self.users: dict[int, StoredUser] = {}
        self.user_ids: dict[UserKey, int] = {}
        self.interviews: dict[int, StoredInterview] = {}
        self.turns: dict[int, dict[int, Turn]] = {}  # interview id -> position -> turn
        self.turn_times: dict[int, dict[int, datetime]] = {}  # as turns: when first written
        self.reports: dict[int, Report] = {}  # by interview id
        self.updates: dict[tuple[str, str], StoredUpdate] = {}  # by (platform, update id)
        self.leases: dict[str, tuple[str, datetime]] = {}  # name: (holder, expires at)
        self.translations: dict[tuple[str, str], dict[str, str]] = {}  # (question, language)
        self.reminders: dict[int, Reminder] = {}  # by user id; key and blocked are set on read
        self.materials: dict[tuple[int, MaterialKind], StoredMaterial] = {}
        self.material_waits: dict[int, MaterialWait] = {}  # by user id
        self._ids: dict[str, Iterator[int]] = {}

    def next_id(self, table: str) -> int:
        """A new id in ``table``, never reused (as a PostgreSQL sequence)."""
        return next(self._ids.setdefault(table, itertools.count(1)))

    def interview(self, interview_id: int) -> Interview:
        """A stored interview with its turns in position order."""
        stored = self.interviews[interview_id]
        turns = self.turns[interview_id]
        return replace(stored.interview, turns=tuple(turns[p] for p in sorted(turns)))

    def reminder(self, reminder: Reminder) -> Reminder:
        """A stored reminder as read: with its user's key and blocked flag."""
        user = self.users[reminder.user_id]
        return replace(reminder, key=user.profile.key, blocked=user.blocked)


class MemoryRepository:
    """Users, interviews, turns, reports and received updates in a MemoryStore."""

    def __init__(self, store: MemoryStore) -> None:
        """A repository over ``store``."""
        self.store = store

    def get_or_create_user(
        self, key: UserKey, display_name: str = "", language: str = "en"
    ) -> UserProfile:
        """Return the user, creating them (speaking ``language``) on first contact."""
        store = self.store
        with store.lock:
            user_id = store.user_ids.get(key)
            if user_id is None:
                user_id = store.next_id("users")
                profile = UserProfile(
                    id=user_id, key=key, display_name=display_name[:128], language=language
                )
                store.users[user_id] = StoredUser(profile)
                store.user_ids[key] = user_id
            return store.users[user_id].profile

    def update_user(self, profile: UserProfile) -> None:
        """Store changed preferences (the name and platform key stay as first stored)."""
        store = self.store
        with store.lock:
            user = store.users.get(profile.id)
            if user is None:
                return
            changed = replace(
                user.profile,
                language=profile.language,
                voice_replies=profile.voice_replies,
                timezone=profile.timezone,
            )
            store.users[profile.id] = replace(user, profile=changed)

    def active_interview(self, user_id: int) -> Interview | None:
        """The user's interview in progress, if any."""
        return self._latest(user_id, only_active=True)

    def latest_interview(self, user_id: int) -> Interview | None:
        """The user's most recent interview of any status."""
        return self._latest(user_id, only_active=False)

    def create_interview(
        self, user_id: int, interview: Interview, source: UpdateRef | None = None
    ) -> Interview:
        """Store a new interview (any active one of the user is ended) and return it.

        With ``source`` the update is claimed at the same time (AlreadyHandled if it was).
        """
        store = self.store
        with store.lock:
            if user_id not in store.users:
                raise LookupError(f"user {user_id} is gone")  # SQL: a foreign key violation
            if source is not None:
                self._claim(source)
            for old_id, old in list(store.interviews.items()):
                if old.user_id == user_id and old.interview.status is Status.ACTIVE:
                    ended = replace(old.interview, status=Status.ENDED)
                    store.interviews[old_id] = replace(old, interview=ended)
            interview_id = store.next_id("interviews")
            # As the SQL row: only config and status; fallback_notified starts False.
            row = Interview(config=interview.config, status=interview.status, id=interview_id)
            store.interviews[interview_id] = StoredInterview(user_id, store.clock(), row)
            store.turns[interview_id] = dict(enumerate(interview.turns))
            store.turn_times[interview_id] = {p: store.clock() for p in range(len(interview.turns))}
        return Interview(
            config=interview.config, status=interview.status, turns=interview.turns, id=interview_id
        )

    def save_interview(
        self,
        interview: Interview,
        changed: list[tuple[int, Turn]],
        source: UpdateRef | None = None,
    ) -> None:
        """Store the interview's status and the turns (by position) that changed, atomically.

        With ``source`` the update is claimed at the same time; AlreadyHandled (and nothing
        stored) when it was claimed or finished before.
        """
        assert interview.id is not None
        store = self.store
        with store.lock:
            stored = store.interviews.get(interview.id)
            if stored is None:
                raise LookupError(f"interview {interview.id} is gone")
            if source is not None:
                self._claim(source)
            row = replace(
                stored.interview,
                status=interview.status,
                fallback_notified=interview.fallback_notified,
            )
            store.interviews[interview.id] = replace(stored, interview=row)
            turns, times = store.turns[interview.id], store.turn_times[interview.id]
            for position, turn in changed:
                old = turns.get(position)
                times.setdefault(position, store.clock())
                # As the SQL upsert: a position keeps its kind and question once written.
                turns[position] = (
                    turn
                    if old is None
                    else replace(old, **{name: getattr(turn, name) for name in UPSERT_COLUMNS})
                )

    def save_report(self, interview_id: int, report: Report) -> None:
        """Store (or replace) the final report of an interview."""
        with self.store.lock:
            if interview_id not in self.store.interviews:
                raise LookupError(f"interview {interview_id} is gone")  # SQL: a foreign key
            self.store.reports[interview_id] = report

    def get_report(self, interview_id: int) -> Report | None:
        """The stored report of an interview, if any."""
        with self.store.lock:
            return self.store.reports.get(interview_id)

    def list_interviews(self, user_id: int, limit: int, offset: int) -> list[InterviewSummary]:
        """The user's interviews, newest first, with their report scores."""
        store = self.store
        with store.lock:
            rows = sorted(
                ((i, row) for i, row in store.interviews.items() if row.user_id == user_id),
                key=lambda item: (item[1].started_at, item[0]),
                reverse=True,
            )[offset : offset + limit]
            reports = {interview_id: store.reports.get(interview_id) for interview_id, _ in rows}
        result = []
        for interview_id, row in rows:
            config, report = row.interview.config, reports[interview_id]
            kind, scores = config.interview_type, report.scores if report else None
            result.append(
                InterviewSummary(
                    id=interview_id,
                    role_id=config.role_id,
                    interview_type=kind.value if kind else "mixed",
                    started_at=row.started_at,
                    status=row.interview.status.value,
                    overall=scores.overall if scores else None,
                    scores=scores.as_dict() if scores else None,
                )
            )
        return result

    def count_interviews(self, user_id: int) -> int:
        """How many interviews the user has."""
        with self.store.lock:
            return sum(1 for row in self.store.interviews.values() if row.user_id == user_id)

    def question_history(self, user_id: int, role_id: str) -> dict[str, datetime]:
        """When the user was last asked each main question in their interviews for a role."""
        store = self.store
        history: dict[str, datetime] = {}
        with store.lock:
            for interview_id, row in store.interviews.items():
                if row.user_id != user_id or row.interview.config.role_id != role_id:
                    continue
                times = store.turn_times[interview_id]
                for position, turn in store.turns[interview_id].items():
                    if turn.kind is TurnKind.QUESTION:
                        asked_at = max(
                            times[position], history.get(turn.question_id, times[position])
                        )
                        history[turn.question_id] = asked_at
        return history

    def receive_update(
        self, source: UpdateRef, payload: dict[str, Any], sender: str | None = None
    ) -> bool:
        """Keep a just-received update until it is finished; False if it was received before.

        ``sender`` is the platform user id of whoever sent it, when there is one.
        """
        stored_payload = json.loads(json.dumps(payload))  # stored as JSON, as in a JSON column
        store = self.store
        with store.lock:
            update_key = (source.platform, source.update_id)
            if update_key in store.updates:
                return False
            sender_id = (
                store.user_ids.get(UserKey(source.platform, sender)) if sender is not None else None
            )
            store.updates[update_key] = StoredUpdate(
                store.next_id("updates"),
                sender_id,
                RECEIVED,
                stored_payload,
                store.clock(),
                sender=sender,
            )
            return True

    def update_handled(self, source: UpdateRef) -> bool:
        """Whether ``source`` was claimed (its effect stored) or finished already."""
        with self.store.lock:
            received = self.store.updates.get((source.platform, source.update_id))
        return received is not None and received.status != RECEIVED

    def finish_update(self, source: UpdateRef) -> None:
        """Mark a received update as fully processed (its payload is dropped)."""
        with self.store.lock:
            update_key = (source.platform, source.update_id)
            received = self.store.updates.get(update_key)
            if received is not None:
                self.store.updates[update_key] = replace(
                    received, status=DONE, payload=None, lease_until=None
                )

    def forget_updates(self, older_than: timedelta) -> int:
        """Drop finished updates received longer than ``older_than`` ago; return how many."""
        store = self.store
        with store.lock:
            cutoff = store.clock() - older_than
            old = [
                update_key
                for update_key, row in store.updates.items()
                if row.status == DONE and row.received_at < cutoff
            ]
            for update_key in old:
                del store.updates[update_key]
            return len(old)

    def unfinished_updates(self, platform: str) -> list[ReceivedUpdate]:
        """Received updates whose processing never finished, in the order they came."""
        with self.store.lock:
            rows = [
                (update_id, row)
                for (row_platform, update_id), row in self.store.updates.items()
                if row_platform == platform and row.status in (RECEIVED, CLAIMED)
            ]
        rows.sort(key=lambda item: item[1].id)
        return [
            ReceivedUpdate(update_id, row.status == CLAIMED, copy.deepcopy(row.payload or {}))
            for update_id, row in rows
        ]

    def _claim(self, source: UpdateRef) -> None:
        """Claim ``source`` (the store's lock is held); AlreadyHandled if it was before."""
        store = self.store
        update_key = (source.platform, source.update_id)
        received = store.updates.get(update_key)
        if received is not None and received.status != RECEIVED:
            raise AlreadyHandled(f"{source.platform} update {source.update_id}")
        store.updates[update_key] = (
            replace(received, status=CLAIMED)
            if received is not None
            else StoredUpdate(store.next_id("updates"), None, CLAIMED, None, store.clock())
        )

    def question_translation(self, question_id: str, language: str) -> dict[str, str] | None:
        """The stored words of a question in a language, if any."""
        with self.store.lock:
            words = self.store.translations.get((question_id, language))
        return dict(words) if words is not None else None

    def save_question_translation(
        self, question_id: str, language: str, words: dict[str, str]
    ) -> None:
        """Keep a question's words in a language (the first one stored wins)."""
        with self.store.lock:
            self.store.translations.setdefault((question_id, language), dict(words))

    def claim_updates(
        self, platform: str, holder: str, lease: timedelta, limit: int
    ) -> list[ReceivedUpdate]:
        """Lease up to ``limit`` unfinished updates to ``holder``: each sender's oldest only."""
        store = self.store
        with store.lock:
            now = store.clock()
            open_rows = sorted(
                (row.id, update_key, row)
                for update_key, row in store.updates.items()
                if update_key[0] == platform and row.status in (RECEIVED, CLAIMED)
            )
            waiting: set[str] = set()  # senders with an older unfinished update
            claimed: list[ReceivedUpdate] = []
            for _id, update_key, row in open_rows:
                behind = row.sender is not None and row.sender in waiting
                if row.sender is not None:
                    waiting.add(row.sender)
                free = row.lease_until is None or row.lease_until < now
                if behind or not free or len(claimed) == limit:
                    continue
                store.updates[update_key] = replace(row, holder=holder, lease_until=now + lease)
                claimed.append(
                    ReceivedUpdate(
                        update_key[1], row.status == CLAIMED, copy.deepcopy(row.payload or {})
                    )
                )
            return claimed

    def renew_updates(
        self, platform: str, holder: str, lease: timedelta, update_ids: Sequence[str]
    ) -> int:
        """Extend ``holder``'s leases on these unfinished updates; return how many."""
        keys = {(platform, update_id) for update_id in update_ids}
        return self._relet(holder, lambda now: (holder, now + lease), keys)

    def release_updates(self, holder: str) -> int:
        """Give up ``holder``'s leases on unfinished updates, for any replica to take."""
        return self._relet(holder, lambda now: (None, None))

    def _relet(
        self,
        holder: str,
        lease: Callable[[datetime], tuple[str | None, datetime | None]],
        only: set[tuple[str, str]] | None = None,
    ) -> int:
        store = self.store
        with store.lock:
            now = store.clock()
            mine = [
                update_key
                for update_key, row in store.updates.items()
                if row.holder == holder
                and row.status in (RECEIVED, CLAIMED)
                and (only is None or update_key in only)
            ]
            new_holder, until = lease(now)
            for update_key in mine:
                store.updates[update_key] = replace(
                    store.updates[update_key], holder=new_holder, lease_until=until
                )
            return len(mine)

    def hold_lease(self, name: str, holder: str, duration: timedelta) -> bool:
        """Take or renew the lease ``name`` for ``holder``; False while another holds it."""
        store = self.store
        with store.lock:
            now = store.clock()
            current = store.leases.get(name)
            if current is not None and current[0] != holder and current[1] >= now:
                return False
            store.leases[name] = (holder, now + duration)
            return True

    def release_lease(self, name: str, holder: str) -> None:
        """Give up the lease ``name`` if ``holder`` has it."""
        with self.store.lock:
            if self.store.leases.get(name, ("", None))[0] == holder:
                del self.store.leases[name]

    def save_material(
        self,
        user_id: int,
        kind: MaterialKind,
        text: str,
        profile: CvProfile | JobProfile,
        filename: str = "",
    ) -> None:
        """Store the user's CV or job text and its profile, replacing the one of that kind."""
        store = self.store
        with store.lock:
            if user_id not in store.users:
                raise LookupError(f"user {user_id} is gone")  # SQL: a foreign key violation
            stored = StoredMaterial(text, profile, filename[:255], store.clock())
            store.materials[(user_id, kind)] = stored

    def material(self, user_id: int) -> Material:
        """The user's stored CV and job (an empty Material when they gave neither)."""
        with self.store.lock:
            cv = self.store.materials.get((user_id, MaterialKind.CV))
            job = self.store.materials.get((user_id, MaterialKind.JOB))
        return Material(
            cv_text=cv.text if cv else "",
            job_text=job.text if job else "",
            cv=cv.profile if cv and isinstance(cv.profile, CvProfile) else None,
            job=job.profile if job and isinstance(job.profile, JobProfile) else None,
        )

    def clear_material(self, user_id: int, kind: MaterialKind) -> int:
        """Delete the user's CV or job; return how many rows went (0 or 1)."""
        with self.store.lock:
            return int(self.store.materials.pop((user_id, kind), None) is not None)

    def wait_for_material(self, user_id: int, kind: MaterialKind, until: datetime) -> None:
        """Remember that the user's next text or file is their ``kind``, until ``until``."""
        with self.store.lock:
            if user_id not in self.store.users:
                raise LookupError(f"user {user_id} is gone")  # SQL: a foreign key violation
            self.store.material_waits[user_id] = MaterialWait(kind, until)

    def material_wait(self, user_id: int) -> MaterialWait | None:
        """What the bot waits for from the user, if anything (expired waits included)."""
        with self.store.lock:
            return self.store.material_waits.get(user_id)

    def stop_material_wait(self, user_id: int) -> bool:
        """Stop waiting for the user's material; False if nothing was awaited."""
        with self.store.lock:
            return self.store.material_waits.pop(user_id, None) is not None

    def delete_user(self, user_id: int) -> int:
        """Remove every row of the user, in every table; return how many rows went."""
        store = self.store
        with store.lock:
            removed = 0
            for material_key in [k for k in store.materials if k[0] == user_id]:
                del store.materials[material_key]
                removed += 1
            removed += store.material_waits.pop(user_id, None) is not None
            for interview_id in [i for i, r in store.interviews.items() if r.user_id == user_id]:
                removed += len(store.turns.pop(interview_id))
                del store.turn_times[interview_id]
                removed += store.reports.pop(interview_id, None) is not None
                del store.interviews[interview_id]
                removed += 1
            sent = [key for key, row in store.updates.items() if row.user_id == user_id]
            for update_key in sent:
                del store.updates[update_key]
            removed += len(sent)
            removed += store.reminders.pop(user_id, None) is not None
            user = store.users.pop(user_id, None)
            if user is not None:
                del store.user_ids[user.profile.key]
                removed += 1
            return removed

    def _latest(self, user_id: int, *, only_active: bool) -> Interview | None:
        store = self.store
        with store.lock:
            ids = [
                interview_id
                for interview_id, row in store.interviews.items()
                if row.user_id == user_id
                and (not only_active or row.interview.status is Status.ACTIVE)
            ]
            return store.interview(max(ids)) if ids else None


class MemoryReminders:
    """Reminders in a MemoryStore: the same claim, release and streak rules as in SQL."""

    def __init__(self, store: MemoryStore) -> None:
        """Reminders over ``store`` (whose users the repository creates)."""
        self.store = store

    def get(self, user_id: int) -> Reminder | None:
        """The user's reminder, if they ever set one."""
        with self.store.lock:
            reminder = self.store.reminders.get(user_id)
            return self.store.reminder(reminder) if reminder else None

    def save(
        self, user_id: int, chat_id: str, local_time: str, timezone: str, now: datetime
    ) -> Reminder:
        """Create or change the user's reminder and turn it on (streak and history are kept)."""
        today = local_day(now, timezone)
        store = self.store
        with store.lock:
            user = store.users.get(user_id)
            if user is None:
                raise LookupError(f"user {user_id} is gone")  # SQL: a foreign key violation
            old = store.reminders.get(user_id)
            settings: dict[str, Any] = dict(
                chat_id=chat_id[:64],
                local_time=local_time,
                timezone=timezone,
                enabled=True,
                updated_at=now,
            )
            if old is None:
                reminder = Reminder(
                    id=store.next_id("reminders"), user_id=user_id, key=user.profile.key, **settings
                )
            else:
                # Moved west, "today" can come again: what was sent counts as no later than today.
                sent_on = old.last_sent_on
                capped = today if sent_on is not None and sent_on > today else sent_on
                reminder = replace(old, last_sent_on=capped, **settings)
            store.reminders[user_id] = reminder
            return store.reminder(reminder)

    def disable(self, user_id: int) -> bool:
        """Turn the reminder off (dropping any unanswered question); False if none was on."""
        with self.store.lock:
            reminder = self.store.reminders.get(user_id)
            if reminder is None or not reminder.enabled:
                return False
            self.store.reminders[user_id] = replace(
                reminder, enabled=False, pending_question_id=None, pending_role_id=None
            )
            return True

    def active(self) -> list[Reminder]:
        """Every reminder that is on, for users who have not blocked the bot."""
        store = self.store
        with store.lock:
            return [
                store.reminder(reminder)
                for reminder in sorted(store.reminders.values(), key=lambda r: r.id)
                if reminder.enabled and not store.users[reminder.user_id].blocked
            ]

    def versions(self) -> dict[int, datetime]:
        """For every reminder in ``active()``: its user id and when its settings last changed."""
        return {reminder.user_id: reminder.updated_at for reminder in self.active()}

    def claim(self, reminder_id: int, day: str, question_id: str, role_id: str) -> bool:
        """Atomically take the right to send ``day``'s prompt; True for exactly one caller."""
        with self.store.lock:
            reminder = self._find(reminder_id)
            if reminder is None or not reminder.enabled:
                return False
            # Only a later day: after a move west, the new zone's "today" can be the day served.
            if reminder.last_sent_on is not None and reminder.last_sent_on >= day:
                return False
            self.store.reminders[reminder.user_id] = replace(
                reminder,
                last_sent_on=day,
                pending_question_id=question_id,
                pending_role_id=role_id,
                seen_question_ids=tuple(remember_seen(reminder.seen_question_ids, question_id)),
            )
            return True

    def release(self, reminder_id: int, day: str, previous: Reminder) -> None:
        """Undo a claim whose prompt could not be delivered, so it may be tried again."""
        with self.store.lock:
            reminder = self._find(reminder_id)
            if reminder is None or reminder.last_sent_on != day:
                return
            self.store.reminders[reminder.user_id] = replace(
                reminder,
                last_sent_on=previous.last_sent_on,
                pending_question_id=previous.pending_question_id,
                pending_role_id=previous.pending_role_id,
            )

    def drop_pending(self, reminder_id: int, question_id: str) -> bool:
        """Clear a pending question that can no longer be answered (the streak is untouched)."""
        with self.store.lock:
            return self._take(reminder_id, question_id) is not None

    def record_answer(self, reminder_id: int, question_id: str) -> int | None:
        """Clear the pending question and return the new streak; None if already answered."""
        with self.store.lock:
            reminder = self._take(reminder_id, question_id)
            if reminder is None:
                return None
            answered_on = reminder.last_answered_on
            # The answer counts for the day its question was sent, even after midnight.
            day = reminder.last_sent_on or answered_on
            streak = next_streak(reminder.streak, answered_on, day) if day else 1
            latest = max(day, answered_on) if day and answered_on else day
            self.store.reminders[reminder.user_id] = replace(
                reminder, streak=streak, last_answered_on=latest
            )
            return streak

    def set_blocked(self, user_id: int, blocked: bool) -> bool:
        """Mark the user as having blocked the bot (or not); True if that changed anything."""
        with self.store.lock:
            user = self.store.users.get(user_id)
            if user is None or user.blocked == blocked:
                return False
            self.store.users[user_id] = replace(user, blocked=blocked)
            return True

    def _find(self, reminder_id: int) -> Reminder | None:
        return next((r for r in self.store.reminders.values() if r.id == reminder_id), None)

    def _take(self, reminder_id: int, question_id: str) -> Reminder | None:
        """Clear the pending question if it is still ``question_id``; the reminder after."""
        reminder = self._find(reminder_id)
        if reminder is None or reminder.pending_question_id != question_id:
            return None
        taken = replace(reminder, pending_question_id=None, pending_role_id=None)
        self.store.reminders[reminder.user_id] = taken
        return taken
