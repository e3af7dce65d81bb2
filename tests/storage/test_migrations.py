"""Alembic migrations: from empty, from the previous revision, and in step with the tables."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect
from sqlmodel import SQLModel

import storage.tables  # noqa: F401  (registers the tables)
from storage.db import alembic_config, migrate


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
