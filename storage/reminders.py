"""The reminders repository: daily practice settings, the exactly-once claim and streaks."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Engine, Update, case, or_, update
from sqlalchemy.dialects.postgresql import insert as postgres_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col, select

from engine.daily import Reminder, local_day, next_streak, remember_seen
from engine.ports import UserKey
from storage.repository import storage_errors
from storage.tables import ReminderRow, UserRow

SETTINGS = ("chat_id", "local_time", "timezone", "enabled", "updated_at")


class ReminderRepository:
    """Reminders in the product's SQL database: the schedule lives here, not in APScheduler."""

    def __init__(self, engine: Engine) -> None:
        """Reminders over ``engine`` (its tables migrated already)."""
        self.engine = engine
        self._insert = postgres_insert if engine.dialect.name == "postgresql" else sqlite_insert

    @storage_errors
    def get(self, user_id: int) -> Reminder | None:
        """The user's reminder, if they ever set one."""
        with Session(self.engine) as db:
            found = db.exec(
                select(ReminderRow, UserRow)
                .join(UserRow, col(UserRow.id) == col(ReminderRow.user_id))
                .where(col(ReminderRow.user_id) == user_id)
            ).first()
            return _reminder(*found) if found else None

    @storage_errors
    def save(
        self, user_id: int, chat_id: str, local_time: str, timezone: str, now: datetime
    ) -> Reminder:
        """Create or change the user's reminder and turn it on (streak and history are kept)."""
        values: dict[str, Any] = dict(
            user_id=user_id,
            chat_id=chat_id[:64],
            local_time=local_time,
            timezone=timezone,
            enabled=True,
            streak=0,
            seen_question_ids=[],
            created_at=now,
            updated_at=now,
        )
        statement = self._insert(ReminderRow).values(**values)
        # Moved west, "today" can come again: the day just served in the old zone is not owed
        # twice, so what was sent counts as no later than today in the new zone.
        today = local_day(now, timezone)
        sent_on = col(ReminderRow.last_sent_on)
        statement = statement.on_conflict_do_update(
            index_elements=["user_id"],
            set_={name: statement.excluded[name] for name in SETTINGS}
            | {"last_sent_on": case((sent_on > today, today), else_=sent_on)},
        )
        with self.engine.begin() as connection:
            connection.execute(statement)
        reminder = self.get(user_id)
        assert reminder is not None
        return reminder

    @storage_errors
    def disable(self, user_id: int) -> bool:
        """Turn the reminder off (dropping any unanswered question); False if none was on."""
        statement = (
            update(ReminderRow)
            .where(col(ReminderRow.user_id) == user_id, col(ReminderRow.enabled))
            .values(enabled=False, pending_question_id=None, pending_role_id=None)
        )
        with self.engine.begin() as connection:
            return bool(connection.execute(statement).rowcount == 1)

    @storage_errors
    def active(self) -> list[Reminder]:
        """Every reminder that is on, for users who have not blocked the bot."""
        with Session(self.engine) as db:
            rows = db.exec(
                select(ReminderRow, UserRow)
                .join(UserRow, col(UserRow.id) == col(ReminderRow.user_id))
                .where(col(ReminderRow.enabled), ~col(UserRow.blocked))
                .order_by(col(ReminderRow.id))
            ).all()
            return [_reminder(reminder_row, user_row) for reminder_row, user_row in rows]

    @storage_errors
    def versions(self) -> dict[int, datetime]:
        """For every reminder in ``active()``: its user id and when its settings last changed.

        Two narrow columns, so replicas can poll it every few seconds (see the scheduler).
        """
        statement = (
            select(ReminderRow.user_id, ReminderRow.updated_at)
            .join(UserRow, col(UserRow.id) == col(ReminderRow.user_id))
            .where(col(ReminderRow.enabled), ~col(UserRow.blocked))
        )
        with self.engine.connect() as connection:
            return {user_id: updated_at for user_id, updated_at in connection.execute(statement)}

    @storage_errors
    def claim(self, reminder_id: int, day: str, question_id: str, role_id: str) -> bool:
        """Atomically take the right to send ``day``'s prompt; True for exactly one caller.

        The conditional UPDATE is the whole protocol: however many schedulers fire for the
        same reminder, the database lets exactly one of them move ``last_sent_on`` to ``day``.
        """
        claim = (
            update(ReminderRow)
            .where(
                col(ReminderRow.id) == reminder_id,
                col(ReminderRow.enabled),
                # ISO dates order as text. "<", not "!=": after a move west, the new zone's
                # "today" can be the day already served in the old zone.
                or_(col(ReminderRow.last_sent_on).is_(None), col(ReminderRow.last_sent_on) < day),
            )
            .values(last_sent_on=day, pending_question_id=question_id, pending_role_id=role_id)
        )
        with self.engine.begin() as connection:
            if connection.execute(claim).rowcount != 1:
                return False
            # The row is ours (locked by the UPDATE) until commit, so read-modify-write is safe.
            seen = connection.execute(
                select(ReminderRow.seen_question_ids).where(col(ReminderRow.id) == reminder_id)
            ).scalar_one()
            connection.execute(
                update(ReminderRow)
                .where(col(ReminderRow.id) == reminder_id)
                .values(seen_question_ids=remember_seen(seen or [], question_id))
            )
            return True

    @storage_errors
    def release(self, reminder_id: int, day: str, previous: Reminder) -> None:
        """Undo a claim whose prompt could not be delivered, so it may be tried again."""
        statement = (
            update(ReminderRow)
            .where(col(ReminderRow.id) == reminder_id, col(ReminderRow.last_sent_on) == day)
            .values(
                last_sent_on=previous.last_sent_on,
                pending_question_id=previous.pending_question_id,
                pending_role_id=previous.pending_role_id,
            )
        )
        with self.engine.begin() as connection:
            connection.execute(statement)

    @storage_errors
    def drop_pending(self, reminder_id: int, question_id: str) -> bool:
        """Clear a pending question that can no longer be answered (the streak is untouched)."""
        with self.engine.begin() as connection:
            return bool(connection.execute(_take(reminder_id, question_id)).rowcount == 1)

    @storage_errors
    def record_answer(self, reminder_id: int, question_id: str) -> int | None:
        """Clear the pending question and return the new streak; None if already answered."""
        with self.engine.begin() as connection:
            if connection.execute(_take(reminder_id, question_id)).rowcount != 1:
                return None
            streak, answered_on, sent_on = connection.execute(
                select(
                    ReminderRow.streak, ReminderRow.last_answered_on, ReminderRow.last_sent_on
                ).where(col(ReminderRow.id) == reminder_id)
            ).one()
            # The answer counts for the day its question was sent, even if it comes after
            # midnight, so a late-evening prompt answered at 00:10 keeps the streak.
            day = sent_on or answered_on
            new_streak = next_streak(streak, answered_on, day) if day else 1
            latest = max(day, answered_on) if day and answered_on else day
            connection.execute(
                update(ReminderRow)
                .where(col(ReminderRow.id) == reminder_id)
                .values(streak=new_streak, last_answered_on=latest)
            )
            return new_streak

    @storage_errors
    def set_blocked(self, user_id: int, blocked: bool) -> bool:
        """Mark the user as having blocked the bot (or not); True if that changed anything."""
        statement = (
            update(UserRow)
            .where(col(UserRow.id) == user_id, col(UserRow.blocked) != blocked)
            .values(blocked=blocked)
        )
        with self.engine.begin() as connection:
            return bool(connection.execute(statement).rowcount == 1)


def _take(reminder_id: int, question_id: str) -> Update:
    """Clear the reminder's pending question, if it is still ``question_id``."""
    return (
        update(ReminderRow)
        .where(
            col(ReminderRow.id) == reminder_id,
            col(ReminderRow.pending_question_id) == question_id,
        )
        .values(pending_question_id=None, pending_role_id=None)
    )


def _reminder(reminder_row: ReminderRow, user_row: UserRow) -> Reminder:
    assert reminder_row.id is not None
    return Reminder(
        id=reminder_row.id,
        user_id=reminder_row.user_id,
        key=UserKey(user_row.platform, user_row.platform_user_id),
        chat_id=reminder_row.chat_id,
        local_time=reminder_row.local_time,
        timezone=reminder_row.timezone,
        enabled=reminder_row.enabled,
        updated_at=reminder_row.updated_at,
        blocked=user_row.blocked,
        last_sent_on=reminder_row.last_sent_on,
        pending_question_id=reminder_row.pending_question_id,
        pending_role_id=reminder_row.pending_role_id,
        streak=reminder_row.streak,
        last_answered_on=reminder_row.last_answered_on,
        seen_question_ids=tuple(reminder_row.seen_question_ids or ()),
    )
