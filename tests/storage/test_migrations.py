"""Alembic migrations: from empty, from the previous revision, in step with the tables, and
rows written before a migration read after it."""

from __future__ import annotations

from datetime import UTC, datetime

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import MetaData, create_engine, insert, inspect
from sqlmodel import SQLModel

import storage.tables  # noqa: F401  (registers the tables)
from engine.questions import InterviewType, Question
from engine.roles import default_roles
from storage.db import alembic_config, make_engine, migrate
from storage.repository import SqlRepository


def _revisions(url: str) -> list[str]:
    script = ScriptDirectory.from_config(alembic_config(url))
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def _schema_diff(url: str) -> list[object]:
    engine = create_engine(url)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection)
        diff = compare_metadata(context, SQLModel.metadata)
    engine.dispose()
    return list(diff)


def test_upgrade_from_empty_matches_the_tables(database_url: str) -> None:
    # The fixture already migrated; start from nothing to prove the full chain.
    command.downgrade(alembic_config(database_url), "base")
    assert set(inspect(create_engine(database_url)).get_table_names()) <= {"alembic_version"}
    migrate(database_url)
    assert _schema_diff(database_url) == []


def test_upgrade_from_each_previous_revision(database_url: str) -> None:
    revisions = _revisions(database_url)
    config = alembic_config(database_url)
    for previous in revisions[:-1]:
        command.downgrade(config, "base")
        command.upgrade(config, previous)
        migrate(database_url)
        assert _schema_diff(database_url) == [], previous
    assert len(revisions) >= 1


def test_turns_stored_before_0004_load_with_their_questions_rebuilt(database_url: str) -> None:
    """A NULL question column: the shipped bank's question by role and id, else a bare one."""
    command.downgrade(alembic_config(database_url), "0003")
    engine = create_engine(database_url)
    assert "question" not in {c["name"] for c in inspect(engine).get_columns("turns")}
    tables = MetaData()
    tables.reflect(engine, only=["users", "interview_sessions", "turns"])
    now = datetime(2026, 11, 1, 9, tzinfo=UTC)
    banked = default_roles()["data_analyst"].question("da-t1")
    with engine.begin() as connection:
        user_id = connection.execute(
            insert(tables.tables["users"]).values(
                platform="telegram", platform_user_id="1", display_name="", language="en",
                voice_replies=False, blocked=False, created_at=now,
            )
        ).inserted_primary_key[0]  # fmt: skip
        session_id = connection.execute(
            insert(tables.tables["interview_sessions"]).values(
                user_id=user_id, role_id="data_analyst", interview_type="technical",
                difficulty=2, question_count=2, follow_up_limit=1, language="en", seed=1,
                status="active", fallback_notified=False, started_at=now, updated_at=now,
            )
        ).inserted_primary_key[0]  # fmt: skip
        row = dict(session_id=session_id, superseded=False, created_at=now, difficulty=2)
        connection.execute(
            insert(tables.tables["turns"]),
            [
                row | dict(position=0, kind="question", question_number=1,
                           question_id="da-t1", text="INNER vs LEFT JOIN, as once worded?"),
                row | dict(position=1, kind="answer", question_number=1, question_id="da-t1",
                           text="An inner join keeps matches only."),
                row | dict(position=2, kind="question", question_number=2,
                           question_id="da-t99", text="A question the bank no longer has?"),
            ],
        )  # fmt: skip
    engine.dispose()
    migrate(database_url)
    sql_engine = make_engine(database_url)
    try:
        interview = SqlRepository(sql_engine).active_interview(user_id)
    finally:
        sql_engine.dispose()
    assert interview is not None
    first, answer, second = interview.turns
    assert answer.question is None
    assert first.question == interview.question(1)
    assert first.question is not None and first.question.text == first.text  # as it was asked
    assert first.question.model_dump(exclude={"text"}) == banked.model_dump(exclude={"text"})
    assert second.question == interview.question(2) == Question(
        id="da-t99", type=InterviewType.TECHNICAL, difficulty=2,
        text="A question the bank no longer has?", source="transcript",
    )  # fmt: skip
