"""Which database an App under test uses (see the ``app_database_url`` fixture in conftest)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

# ``app_database_url`` puts its URL here for the length of a test.
APP_DATABASE_ENV = "IPP_TEST_APP_DATABASE_URL"


def app_database_or(default: str) -> str:
    """The database of the test's ``app_database_url`` fixture, else ``default``.

    For Settings-building helpers: a module opts in with
    ``pytestmark = pytest.mark.usefixtures("app_database_url")`` and its apps then run on
    SQLite and (when TEST_DATABASE_URL is set) PostgreSQL; other modules keep ``default``.
    """
    return os.environ.get(APP_DATABASE_ENV) or default


def empty_database(request: pytest.FixtureRequest, kind: str, directory: Path) -> str:
    """An empty database: a new SQLite file, or the scratch PostgreSQL one with a new schema.

    The PostgreSQL kind is skipped (with PG_REASON) when TEST_DATABASE_URL is unset: it asks
    for conftest's ``postgres_server`` fixture, which skips then.
    """
    if kind == "sqlite":
        return f"sqlite:///{directory / 'test.db'}"
    url: str = request.getfixturevalue("postgres_server")
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()
    return url
