"""The storage ports on every backend: SQLite, PostgreSQL (when configured) and in memory."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from engine.daily import ReminderStore
from engine.ports import InterviewRepository
from storage.db import make_engine, migrate
from storage.memory import MemoryReminders, MemoryRepository, MemoryStore
from storage.reminders import ReminderRepository
from storage.repository import SqlRepository
from tests.databases import empty_database


@dataclass(frozen=True)
class Backend:
    """Both storage ports over one backend, and a second reminders handle on the same data."""

    repository: InterviewRepository
    reminders: ReminderStore
    other_reminders: ReminderStore  # as a second process would have (its own engine)


@pytest.fixture(params=["sqlite", "postgresql", "memory"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Backend]:
    """The storage ports, empty, on each backend in turn (PostgreSQL when TEST_DATABASE_URL)."""
    if request.param == "memory":
        store = MemoryStore()
        yield Backend(MemoryRepository(store), MemoryReminders(store), MemoryReminders(store))
        return
    url = empty_database(request, request.param, tmp_path)
    migrate(url)
    engine, other_engine = make_engine(url), make_engine(url)
    try:
        yield Backend(
            SqlRepository(engine),
            ReminderRepository(engine),
            ReminderRepository(other_engine),
        )
    finally:
        engine.dispose()
        other_engine.dispose()
