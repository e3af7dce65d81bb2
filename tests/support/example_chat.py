"""``python -m tests.support.example_chat ROLE COUNT``: ``python -m bots chat`` asking the
example questions (tests/support/examples.py), one with its own example and one without."""

from __future__ import annotations

import asyncio
import sys

from bots.__main__ import chat
from bots.app import build_app
from bots.logs import configure_logging
from bots.settings import load_settings
from engine.events import StartInterview
from tests.support.examples import ExampleQuestions


def main() -> int:
    """The terminal interview for role ``argv[1]`` with ``argv[2]`` questions."""
    settings = load_settings()
    configure_logging(settings, terminal=True)
    app = build_app(settings, questions=ExampleQuestions())
    return asyncio.run(chat(app, StartInterview(sys.argv[1], questions=int(sys.argv[2]))))


if __name__ == "__main__":
    sys.exit(main())
