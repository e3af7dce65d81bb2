"""Database engine creation and migrations."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, event
from sqlmodel import create_engine

MIGRATIONS = Path(__file__).parent / "migrations"
CONNECT_TIMEOUT_SECONDS = 10  # a PostgreSQL server that does not answer is reported, not awaited


def make_engine(
    url: str, *, busy_timeout_seconds: float = 15.0, pool_size: int = 10, max_overflow: int = 20
) -> Engine:
    """A SQLAlchemy engine; SQLite gets WAL, a busy timeout and foreign keys.

    ``busy_timeout_seconds``: how long a write waits for another connection's lock before it
    fails (as a StorageError, which the service retries once) — SQLite's busy timeout,
    PostgreSQL's ``lock_timeout``. An unreachable PostgreSQL fails within
    CONNECT_TIMEOUT_SECONDS. ``pool_size`` and ``max_overflow`` size PostgreSQL's pool.
    """
    busy_ms = int(busy_timeout_seconds * 1000)
    if url.startswith("sqlite"):
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": busy_timeout_seconds},
            pool_size=10,
        )

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={busy_ms}")
            cursor.close()

        return engine
    return create_engine(
        url,
        pool_pre_ping=True,
        pool_size=pool_size,
        max_overflow=max_overflow,
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT_SECONDS,
            "options": f"-c lock_timeout={busy_ms}",
        },
    )


def alembic_config(url: str) -> Config:
    """An Alembic configuration pointing at our migrations and the given database."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def migrate(url: str, revision: str = "head") -> None:
    """Bring the database schema up to ``revision`` (applied at every start)."""
    command.upgrade(alembic_config(url), revision)
