"""Database engine creation, migrations, and the one-process rule of SQLite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from filelock import FileLock, Timeout
from sqlalchemy import Engine, event, make_url, pool, text
from sqlmodel import create_engine

MIGRATIONS = Path(__file__).parent / "migrations"
CONNECT_TIMEOUT_SECONDS = 10  # a PostgreSQL server that does not answer is reported, not awaited
# pg_advisory_xact_lock's key for migrations: any fixed 64-bit number ("ipp_migr" in ASCII).
MIGRATION_LOCK_KEY = 0x6970705F6D696772


class DatabaseInUse(RuntimeError):
    """Another process serves the SQLite database already; the message says what to do."""


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
    """Bring the database schema up to ``revision`` (applied at every start).

    On PostgreSQL one migration runs at a time: replicas starting together wait for each other
    (a transaction-level advisory lock, which also holds behind PgBouncer in transaction mode,
    is kept while Alembic works on its own connection), and the later ones find nothing to do.
    """
    if not url.startswith("postgresql"):
        command.upgrade(alembic_config(url), revision)
        return
    # Its own engine without the product's lock_timeout: waiting for a long migration is right.
    lock_engine = create_engine(
        url, poolclass=pool.NullPool, connect_args={"connect_timeout": CONNECT_TIMEOUT_SECONDS}
    )
    try:
        with lock_engine.begin() as connection:
            lock = text("SELECT pg_advisory_xact_lock(:key)")
            connection.execute(lock, {"key": MIGRATION_LOCK_KEY})
            command.upgrade(alembic_config(url), revision)
    finally:
        lock_engine.dispose()


def single_process_lock(url: str) -> FileLock | None:
    """Hold SQLite's one-process rule for a ``run``: a lock file beside the database, kept
    until this process ends (the system frees it even after SIGKILL). None for PostgreSQL and
    in-memory SQLite, which need no such lock.

    Raises DatabaseInUse when another process holds it.
    """
    if not url.startswith("sqlite"):
        return None
    database = make_url(url).database
    if not database or database == ":memory:":
        return None
    path = Path(database).resolve()
    lock = FileLock(f"{path}.lock", timeout=0)
    try:
        lock.acquire()
    except Timeout:
        raise DatabaseInUse(
            f"another `python -m bots run` is serving the SQLite database {path}; SQLite "
            "serves one process, so stop that one first (or use PostgreSQL to run several)"
        ) from None
    return lock
