"""Fixtures for the bad-input tests: error records from the bot's loggers."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

BOT_LOGGERS = ("bots", "engine", "storage", "telegram", "discord")


class ErrorRecords(logging.Handler):
    """Keeps every ERROR (or worse) record of the bot's loggers."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        """Keep the record if one of the bot's loggers wrote it."""
        if record.name.split(".")[0] in BOT_LOGGERS:
            self.records.append(record)

    def since(self, start: int) -> list[str]:
        """The records kept after the first ``start``, formatted with their tracebacks."""
        formatter = logging.Formatter("%(name)s: %(message)s")
        return [formatter.format(record) for record in self.records[start:]]


@pytest.fixture(scope="module")
def error_records() -> Iterator[ErrorRecords]:
    """ERROR records of the bot's loggers for the whole module (its bot runs that long)."""
    handler = ErrorRecords()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
