"""Replicas starting together on one PostgreSQL: migrations take turns under an advisory lock.

Kept light on imports: the worker processes import this module.
"""

from __future__ import annotations

import multiprocessing
import threading
from multiprocessing.synchronize import Barrier
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from storage.db import MIGRATION_LOCK_KEY, migrate
from tests.databases import empty_database
from tests.storage.test_migrations import _schema_diff

REPLICAS = 3
WAIT_SECONDS = 60.0


def _migrate_together(barrier: Barrier, url: str) -> None:
    """One replica's start: wait for the others, then migrate (raises, exit code 1, on error)."""
    barrier.wait(WAIT_SECONDS)
    migrate(url)


def test_three_processes_migrating_one_empty_schema_at_once_all_succeed(
    request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    url = empty_database(request, "postgresql", tmp_path)
    spawn = multiprocessing.get_context("spawn")
    barrier = spawn.Barrier(REPLICAS)
    processes = [
        spawn.Process(target=_migrate_together, args=(barrier, url)) for _ in range(REPLICAS)
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join(WAIT_SECONDS)
    codes = [process.exitcode for process in processes]
    for process in processes:
        if process.exitcode is None:
            process.kill()
    assert codes == [0] * REPLICAS
    assert _schema_diff(url) == []


def test_a_migration_waits_while_another_holds_the_lock(
    request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    url = empty_database(request, "postgresql", tmp_path)
    engine = create_engine(url)
    try:
        with engine.connect() as holder:
            holder.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
            waiting = threading.Thread(target=migrate, args=(url,), daemon=True)
            waiting.start()
            waiting.join(2.0)
            assert waiting.is_alive()
            assert inspect(engine).get_table_names() == []  # nothing migrated meanwhile
            holder.rollback()  # the other "replica" is done: the lock goes with its transaction
        waiting.join(WAIT_SECONDS)
        assert not waiting.is_alive()
        assert _schema_diff(url) == []
    finally:
        engine.dispose()
