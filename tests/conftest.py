"""Shared fixtures: databases (SQLite always, PostgreSQL when TEST_DATABASE_URL is set)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from storage.db import make_engine, migrate
from storage.repository import SqlRepository
from tests.databases import APP_DATABASE_ENV, empty_database

PG_REASON = "TEST_DATABASE_URL is not set (point it at a PostgreSQL server to run these)"


def _postgres_url(base: str, database: str) -> str:
    prefix, _, _ = base.rpartition("/")
    url = f"{prefix}/{database}"
    return url.replace("postgresql://", "postgresql+psycopg://", 1)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A scratch PostgreSQL database for this test run, dropped at the end."""
    base = os.environ.get("TEST_DATABASE_URL")
    if not base:
        pytest.skip(PG_REASON)
    name = f"ipp_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(_postgres_url(base, "postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield _postgres_url(base, name)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A migrated, empty database: SQLite in a temp dir, or PostgreSQL when configured."""
    url = empty_database(request, request.param, tmp_path)
    migrate(url)
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def app_database_url(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> str:
    """An empty database for a whole App (``build_app`` migrates it, as at start-up).

    SQLite always; PostgreSQL too when TEST_DATABASE_URL is set (a freshly reset schema per
    test). For the length of the test the URL is also what ``tests.databases.app_database_or``
    returns, so helpers that build Settings pick it up without a new argument.
    """
    url = empty_database(request, request.param, tmp_path)
    monkeypatch.setenv(APP_DATABASE_ENV, url)
    return url


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def module_app_database_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> str:
    """Like ``app_database_url``, shared by a module that runs one bot for all its tests."""
    return empty_database(request, request.param, tmp_path_factory.mktemp("app-db"))


@pytest.fixture
def repository(database_url: str) -> Iterator[SqlRepository]:
    """The SQL repository on the test database."""
    engine = make_engine(database_url)
    yield SqlRepository(engine)
    engine.dispose()
