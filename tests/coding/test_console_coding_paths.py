"""A coding interview in the terminal, the paths beside the plain answer: /example before and
after a submission, a corrected resubmission within the follow-up limit, and no code runner."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

from bots.app import build_app
from bots.console import Console
from bots.settings import Settings
from catalogue import use_language
from engine import events
from engine.providers.bwrap_runner import BwrapRunner
from tests.coding.answers_support import CORRECT, EXPLANATION, WRONG, one_task, task
from tests.coding.support import needs_bwrap
from tests.databases import app_database_or

pytestmark = pytest.mark.usefixtures("app_database_url")

HINT_INSTEAD = "You haven't answered a question yet, so there is no example to show"
REFERENCE = "```python\n" + CORRECT


def typed(code: str) -> list[str]:
    """A code answer as typed at the prompt: the words and the fence, the code, the fence."""
    return [f"{EXPLANATION} ```python", *code.splitlines(), "```"]


async def session(
    tmp_path: Path, lines: list[str], questions: int, language: str = "en", **overrides: Any
) -> str:
    """Everything the terminal showed over one coding interview in ``language`` fed ``lines``."""
    values: dict[str, Any] = {
        "database_url": app_database_or(f"sqlite:///{tmp_path / 'chat.db'}"),
        "llm_provider": "offline", "stt_provider": "none", "tts_provider": "none",
        "max_followups": 0,
    }  # fmt: skip
    settings = Settings(_env_file=None, **(values | overrides))
    runner = {} if settings.code_runner == "none" else {"code_runner": BwrapRunner()}
    app = build_app(settings, questions=one_task(), tts=None, **runner)  # type: ignore[arg-type]
    fed = iter(lines)

    async def read_line(prompt: str) -> str | None:
        return next(fed, None)

    out = io.StringIO()
    console = Console(app.entry, app.queries, read_line, out, user="coder")
    start = events.StartInterview("backend_engineer", "coding", difficulty=1, questions=questions)
    try:
        await console.handle(events.SetLanguage(language))
        with use_language(language):  # as `python -m bots chat --language` answers
            finished = await console.run(start)
    finally:
        app.close()
    text = out.getvalue()
    assert finished, text
    return text


def coding_section(text: str, heading: str = "Coding", after: str = "Question by question") -> str:
    """The report's coding section (``heading`` and the one ``after`` it in the language)."""
    return text.split(f"\n{heading}\n", 1)[1].split(f"\n{after}\n", 1)[0]


@needs_bwrap
async def test_a_wrong_answer_then_its_fix_runs_again_and_the_report_keeps_the_fix(
    tmp_path: Path,
) -> None:
    text = await session(tmp_path, [*typed(WRONG), *typed(CORRECT)], questions=1, max_followups=1)
    wrong, fixed = text.split("Follow-up · Question 1/1", 1)
    assert "Task 1 · Best run of numbers\n❌ Wrong answers" in wrong
    assert "Fix it and send the code again" in fixed  # the follow-up asks for the fix
    assert "Task 1 · Best run of numbers\n✅ All tests pass" in fixed  # the same task, run again
    assert "Hidden tests: 4/4" in fixed and "return best" in fixed
    section = coding_section(text)
    assert "Task 1 · Best run of numbers: ✅ All tests pass" in section
    assert "Tests passed 6/6" in section and "Wrong answers" not in section


@needs_bwrap
async def test_example_gives_the_hint_before_a_submission_and_the_reference_after(
    tmp_path: Path,
) -> None:
    lines = ["/example", *typed(WRONG), "/example", "/skip", "/example", "/end"]
    text = await session(tmp_path, lines, questions=3)
    before, after = text.split("Wrong answers", 1)
    hint = before.split(HINT_INSTEAD, 1)[1]
    assert "💡 Hint · question 1" in hint and REFERENCE not in before  # no solution yet
    answered, skipped = after.split("Skipped.", 1)
    assert "⭐ Example answer · question 1" in answered and REFERENCE in answered
    assert "⭐ Example answer · question 2" in skipped and REFERENCE in skipped
    assert "A reference solution in O(n)." in skipped


async def test_with_no_code_runner_the_code_is_read_not_run_and_the_candidate_told(
    tmp_path: Path,
) -> None:
    text = await session(tmp_path, typed(WRONG), questions=1, code_runner="none")
    assert "📖 Reviewed without running" in text
    assert "No code runner is set up here, so your code was read, not run." in text
    assert "Wrong answers" not in text and "Examples:" not in text  # nothing was run
    assert "```python\ndef max_subarray" in text  # the code echoed all the same
    assert "Task 1 · Best run of numbers: 📖 Reviewed without running" in coding_section(text)


async def test_a_spanish_interview_shows_the_task_its_hints_and_its_title_in_spanish(
    tmp_path: Path,
) -> None:
    text = await session(
        tmp_path, ["/hint", "/hint", *typed(WRONG)], questions=1, language="es", code_runner="none"
    )
    english = task()
    assert "Pregunta 1/1" in text and "Recibes una lista no vacía de enteros" in text
    assert "Supón que conoces la mejor suma de un tramo" in text  # the first hint, then the second
    assert "Un tramo que arrastras solo vale la pena" in text
    assert "Tarea 1 · La mejor racha de números\n📖" in text  # the check of the code sent
    section = coding_section(text, "Programación", "Pregunta por pregunta")
    assert "Tarea 1 · La mejor racha de números: 📖" in section
    for words in (english.title, english.statement, *english.hints):
        assert words not in text
