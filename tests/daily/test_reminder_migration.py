"""Revision 0002 (reminders.updated_at) upgrades a 0001 database that already has reminders."""

from __future__ import annotations

from datetime import UTC, datetime

from alembic import command
from sqlalchemy import create_engine, inspect, text

from storage.db import alembic_config, make_engine, migrate
from storage.reminders import ReminderRepository


def test_upgrade_from_0001_keeps_reminders_and_fills_updated_at(database_url: str) -> None:
    config = alembic_config(database_url)
    command.downgrade(config, "0001")
    raw = create_engine(database_url)
    created = datetime(2026, 5, 1, 6, 30, tzinfo=UTC)
    with raw.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO users (platform, platform_user_id, display_name, language, "
                "voice_replies, blocked, created_at) "
                "VALUES ('telegram', '42', 'Ana', 'en', false, false, :at)"
            ),
            {"at": created},
        )
        connection.execute(
            text(
                "INSERT INTO reminders (user_id, chat_id, local_time, timezone, enabled, streak, "
                "seen_question_ids, created_at) "
                "SELECT id, '42', '08:30', 'Europe/Berlin', true, 3, '[\"q1\"]', :at FROM users"
            ),
            {"at": created},
        )
    columns = {c["name"] for c in inspect(raw).get_columns("reminders")}
    assert "updated_at" not in columns
    raw.dispose()

    migrate(database_url)

    engine = make_engine(database_url)
    try:
        (reminder,) = ReminderRepository(engine).active()
        assert (reminder.local_time, reminder.streak, reminder.seen_question_ids) == (
            "08:30", 3, ("q1",)
        )  # fmt: skip
        assert reminder.updated_at == created
        column = next(
            c for c in inspect(engine).get_columns("reminders") if c["name"] == "updated_at"
        )
        assert column["nullable"] is False
    finally:
        engine.dispose()
    command.downgrade(config, "0001")  # and back down cleanly
    migrate(database_url)
