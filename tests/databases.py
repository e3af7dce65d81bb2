"""Which database an App under test uses (see the ``app_database_url`` fixture in conftest)."""

from __future__ import annotations

import os

# ``app_database_url`` puts its URL here for the length of a test.
APP_DATABASE_ENV = "IPP_TEST_APP_DATABASE_URL"


def app_database_or(default: str) -> str:
    """The database of the test's ``app_database_url`` fixture, else ``default``.

    For Settings-building helpers: a module opts in with
    ``pytestmark = pytest.mark.usefixtures("app_database_url")`` and its apps then run on
    SQLite and (when TEST_DATABASE_URL is set) PostgreSQL; other modules keep ``default``.
    """
    return os.environ.get(APP_DATABASE_ENV) or default
