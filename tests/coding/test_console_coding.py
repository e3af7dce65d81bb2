"""A coding interview in the terminal: fenced code typed over several lines is one answer,
run in bubblewrap; correct, wrong, too slow and not compiling each get their verdict."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from bots.app import build_app
from bots.console import Console
from bots.settings import Settings
from engine import events
from engine.providers.bwrap_runner import BwrapRunner
from tests.coding.answers_support import BROKEN, CORRECT, EXPLANATION, SLOW, WRONG, one_task
from tests.coding.support import needs_bwrap
from tests.databases import app_database_or

pytestmark = [pytest.mark.usefixtures("app_database_url"), needs_bwrap]


def typed(code: str) -> list[str]:
    """A code answer as typed at the prompt: the words and the fence, the code, the fence."""
    return [f"{EXPLANATION} ```python", *code.splitlines(), "```"]


async def test_fenced_lines_are_one_answer_and_each_gets_its_verdict(tmp_path: Path) -> None:
    settings = Settings(
        _env_file=None,
        database_url=app_database_or(f"sqlite:///{tmp_path / 'chat.db'}"),
        llm_provider="offline", stt_provider="none", tts_provider="none", max_followups=0,
    )  # fmt: skip
    app = build_app(settings, questions=one_task(), code_runner=BwrapRunner(), tts=None)
    lines = iter(["/hint", *typed(CORRECT), *typed(WRONG), *typed(SLOW), *typed(BROKEN)])

    async def read_line(prompt: str) -> str | None:
        return next(lines, None)

    out = io.StringIO()
    console = Console(app.entry, app.queries, read_line, out, user="coder")
    start = events.StartInterview("backend_engineer", "coding", difficulty=1, questions=4)
    try:
        finished = await console.run(start)
    finally:
        app.close()
    text = out.getvalue()
    assert finished, text
    for verdict in ("All tests pass", "Wrong answers", "Too slow", "Syntax error"):
        assert verdict in text
    assert "Question 4/4" in text and "Interview feedback" in text
    assert "Tests passed 6/6" in text  # the report's coding section
    assert "```python\ndef max_subarray" in text  # the code echoed
