"""The terminal chat as a newcomer meets it: coming back, the first screen, the command line
and /redo — a real ``python -m bots`` process, answers on stdin, a real database."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from fakes import documents as files
from fakes.telegram_api import FakeTelegram
from tests.databases import app_database_or

# Every chat here runs on SQLite, and on PostgreSQL too when TEST_DATABASE_URL is set.
pytestmark = pytest.mark.usefixtures("app_database_url")

ROOT = Path(__file__).resolve().parents[2]  # the child runs this checkout, not an installed one
CHAT_SECONDS = 120
ANSWER = (
    "At my last job our checkout API had a p95 latency of 2 seconds and I was responsible for "
    "fixing it before a sales event. I profiled the slowest queries, added a composite index "
    "and cached product data because most reads repeated; p95 fell to 300 ms."
)
# A log line as bots/logs.py formats it: "2026-01-31 12:00:00,123 INFO name: message".
LOG_LINE = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d+ [A-Z]+ \S+: ", re.MULTILINE)
# The heading of a question or follow-up; its text is the last line of the block it opens.
QUESTION = re.compile(r"^(?:Follow-up · )?Question (\d+)/\d+$")
NUMBERED_ROLE = re.compile(r"^\s*(\d+)\. (.+) \((\w+)\) — ", re.MULTILINE)


def terminal_env(tmp_path: Path) -> dict[str, str]:
    """A user's environment: no token, no API key, no LOG_LEVEL; offline, on the test's database."""
    inherited = {
        key: value
        for key, value in os.environ.items()
        if not key.endswith(("_TOKEN", "_API_KEY")) and key != "LOG_LEVEL"
    }
    return inherited | {
        "DATABASE_URL": app_database_or(f"sqlite:///{tmp_path / 'chat.db'}"),
        "LLM_PROVIDER": "offline",
        "STT_PROVIDER": "none",
        "TTS_PROVIDER": "none",
        "PYTHONPATH": str(ROOT),
    }


def terminal(
    tmp_path: Path, *args: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``python -m bots *args`` with ``stdin`` typed in, as a user at a terminal runs it.

    No token, no API key and no LOG_LEVEL reach it (the defaults are what is under test); the
    working directory is the test's, so no developer's .env is read.
    """
    return subprocess.run(
        [sys.executable, "-m", "bots", *args],
        input=stdin, capture_output=True, text=True, timeout=CHAT_SECONDS, cwd=tmp_path,
        env=terminal_env(tmp_path) | (env or {}),
    )  # fmt: skip


def interviews(tmp_path: Path) -> list[tuple[str, str]]:
    """(role, status) of every stored interview, oldest first ([] before the first start)."""
    engine = create_engine(app_database_or(f"sqlite:///{tmp_path / 'chat.db'}"))
    try:
        if not inspect(engine).has_table("interview_sessions"):
            return []
        with engine.connect() as connection:
            rows = connection.execute(
                text("SELECT role_id, status FROM interview_sessions ORDER BY id")
            )
            return [(str(role), str(status)) for role, status in rows]
    finally:
        engine.dispose()


def questions_asked(output: str) -> list[tuple[int, str]]:
    """(number, question text) of every question and follow-up shown, in order.

    A block runs from its heading (lead lines, then the question) to a blank line, the help
    or the next prompt for an answer.
    """
    asked: list[tuple[int, str]] = []
    lines = output.splitlines()
    for index, line in enumerate(lines):
        heading = QUESTION.match(line)
        if heading is None:
            continue
        block: list[str] = []
        for following in lines[index + 1 :]:
            if not following.strip() or following == "Commands:" or following.startswith("you>"):
                break
            block.append(following)
        asked.append((int(heading[1]), block[-1]))
    return asked


# ---------------------------------------------------------------- 9: coming back


def test_the_same_command_resumes_the_unfinished_interview(tmp_path: Path) -> None:
    command = ("chat", "--role", "nurse", "--questions", "2")
    first = terminal(tmp_path, *command, stdin=ANSWER + "\n")
    assert first.returncode == 0, first.stderr
    assert "Saved. Run the same command again" in first.stdout
    waiting = questions_asked(first.stdout)[-1]  # a follow-up on question 1, or question 2

    second = terminal(tmp_path, *command, stdin="/end\n")
    assert second.returncode == 0, second.stderr
    assert "Resuming your Registered Nurse interview in progress." in second.stdout
    assert "--new" in second.stdout  # and it says how to start another instead
    assert "Starting a" not in second.stdout
    assert questions_asked(second.stdout) == [waiting]
    assert "Interview feedback — Registered Nurse" in second.stdout
    assert interviews(tmp_path) == [("nurse", "ended")]


def test_new_ends_the_unfinished_interview_with_its_feedback_and_starts_another(
    tmp_path: Path,
) -> None:
    terminal(tmp_path, "chat", "--role", "nurse", "--questions", "2", stdin=ANSWER + "\n")

    second = terminal(tmp_path, "chat", "--role", "teacher", "--new", stdin="")
    assert second.returncode == 0, second.stderr
    assert "Resuming" not in second.stdout
    feedback = second.stdout.index("Interview feedback — Registered Nurse")
    assert feedback < second.stdout.index("Starting a mixed interview for Teacher")
    assert interviews(tmp_path) == [("nurse", "ended"), ("teacher", "active")]


# ---------------------------------------------------------------- 10: the first run


@pytest.mark.parametrize("command", [("chat", "--role", "nurse"), ("run",)])
def test_the_terminal_interview_shows_no_log_lines_at_the_default_level(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    # `run` with no token is the terminal interview too.
    result = terminal(tmp_path, *command, stdin="1\n/end\n" if command == ("run",) else "/end\n")
    assert result.returncode == 0, result.stderr
    assert "Interview feedback" in result.stdout  # migrations ran, the interview happened
    assert LOG_LINE.search(result.stdout + result.stderr) is None, result.stderr
    assert result.stderr == ""


def test_the_example_env_files_log_level_keeps_the_terminal_quiet(tmp_path: Path) -> None:
    example = (ROOT / ".env.example").read_text()
    assert "\nLOG_LEVEL=INFO" in example  # what a newcomer copies to .env
    (tmp_path / ".env").write_text(example)
    result = terminal(tmp_path, "chat", "--role", "nurse", stdin="/end\n")
    assert result.returncode == 0, result.stderr
    assert "Interview feedback" in result.stdout
    assert result.stderr == ""


def test_log_level_debug_still_logs_in_the_terminal(tmp_path: Path) -> None:
    result = terminal(
        tmp_path, "chat", "--role", "nurse", stdin="/end\n", env={"LOG_LEVEL": "DEBUG"}
    )
    assert result.returncode == 0, result.stderr
    assert "INFO alembic.runtime.migration: Running upgrade" in result.stderr


async def test_the_bots_keep_logging_at_the_default_level(tmp_path: Path) -> None:
    token = "987654:CONSOLE-test-token-not-real_abcdef"
    async with FakeTelegram(token=token) as fake:
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("TELEGRAM_", "DISCORD_", "GROQ_")) and key != "LOG_LEVEL"
        }
        env |= {
            "PYTHONPATH": str(ROOT),
            "TELEGRAM_BOT_TOKEN": token,
            "TELEGRAM_API_ROOT": fake.root,
            "DATABASE_URL": app_database_or(f"sqlite:///{tmp_path / 'service.db'}"),
            "LLM_PROVIDER": "offline",
            "STT_PROVIDER": "none",
            "TTS_PROVIDER": "none",
        }
        log_path = tmp_path / "service.log"
        with log_path.open("wb") as log:
            process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bots", "run", cwd=tmp_path, env=env, stderr=log, stdout=log
            )
            try:
                await fake.wait_for(lambda r: r.method == "setMyCommands", 60.0)
                process.send_signal(signal.SIGTERM)
                code = await asyncio.wait_for(process.wait(), 20.0)
            finally:
                if process.returncode is None:
                    process.kill()
                    await process.wait()
    output = log_path.read_text()
    assert code == 0, output[-3000:]
    assert "INFO alembic.runtime.migration: Running upgrade" in output
    assert "INFO bots.app: interviewer=offline" in output


def test_the_role_list_is_numbered_and_a_number_picks_that_role(tmp_path: Path) -> None:
    result = terminal(tmp_path, "chat", stdin="8\n/end\n")
    assert result.returncode == 0, result.stderr
    listed = NUMBERED_ROLE.findall(result.stdout)
    assert [int(number) for number, _, _ in listed] == list(range(1, len(listed) + 1))
    assert len(listed) >= 10
    _, name, role_id = listed[7]
    assert f"Starting a mixed interview for {name}:" in result.stdout
    assert interviews(tmp_path) == [(role_id, "ended")]


@pytest.mark.parametrize("count", ["0", "11", "-1", "five"])
def test_a_question_count_out_of_range_is_refused_before_anything_starts(
    tmp_path: Path, count: str
) -> None:
    result = terminal(tmp_path, "chat", "--role", "nurse", "--questions", count, stdin="")
    assert result.returncode == 2
    assert result.stdout == ""
    last = result.stderr.strip().splitlines()[-1]
    assert last == (
        f"python -m bots chat: error: argument --questions: must be a whole number "
        f"from 1 to 10, not {count!r}"
    )
    assert interviews(tmp_path) == []


@pytest.mark.parametrize("count", ["1", "10"])
def test_the_question_counts_at_the_ends_of_the_range_are_taken(tmp_path: Path, count: str) -> None:
    result = terminal(tmp_path, "chat", "--role", "nurse", "--questions", count, stdin="/end\n")
    assert result.returncode == 0, result.stderr
    assert f"Question 1/{count}" in result.stdout


def test_redo_after_the_next_question_was_shown_keeps_that_question(tmp_path: Path) -> None:
    # No follow-ups: each answer closes its question and the next one is shown at once.
    lines = [ANSWER, "/redo", ANSWER + " It held through the sale.", ANSWER, "/end"]
    result = terminal(
        tmp_path, "chat", "--role", "backend_engineer", "--questions", "3",
        stdin="\n".join(lines) + "\n", env={"MAX_FOLLOWUPS": "0"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    asked = questions_asked(result.stdout)
    assert [number for number, _ in asked] == [1, 2, 1, 2, 3]
    (_, first), (_, second), (_, again), (_, second_again), (_, third) = asked
    assert again == first  # /redo asks the answered question again...
    assert second_again == second  # ...and then the question that was shown, not another
    assert third not in (first, second)
    assert "Score change for this answer" in result.stdout


def test_a_reader_that_goes_away_ends_the_chat_quietly(tmp_path: Path) -> None:
    # `python -m bots chat ... | head -1`: the reader takes one line and closes the pipe.
    child = subprocess.Popen(
        [sys.executable, "-m", "bots", "chat", "--role", "nurse", "--questions", "1"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        cwd=tmp_path, env=terminal_env(tmp_path),
    )  # fmt: skip
    assert child.stdout is not None and child.stdin is not None
    child.stdout.readline()
    child.stdout.close()
    _, errors = child.communicate(ANSWER.encode() + b"\n", timeout=CHAT_SECONDS)
    assert child.returncode == 1
    assert b"Traceback" not in errors and b"BrokenPipe" not in errors, errors.decode()


def test_hint_and_example_in_the_terminal_with_the_bank(tmp_path: Path) -> None:
    lines = ["/help", "/example", "/hint", ANSWER, "/example", "/end"]
    result = terminal(
        tmp_path, "chat", "--role", "backend_engineer", "--questions", "2",
        stdin="\n".join(lines) + "\n", env={"MAX_FOLLOWUPS": "0"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "/hint" in out and "/example" in out  # the help names both
    assert "so there is no example to show" in out and out.count("💡 Hint · question 1") == 2
    assert "⭐ Example answer · question 1" in out and "Why it is strong:" in out
    assert "Q1" in out and "(hint used)" in out


def test_example_redo_and_the_report_notes_in_the_terminal(tmp_path: Path) -> None:
    # The stand-in's question 1 has its own hint and example; question 2 has neither.
    lines = [
        "/hint", ANSWER, "/example", "/redo", ANSWER + " It held through the sale.",
        "/hint", "/skip", "/example", ANSWER,
    ]  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-m", "tests.support.example_chat", "backend_engineer", "3"],
        input="\n".join(lines) + "\n", capture_output=True, text=True, timeout=CHAT_SECONDS,
        cwd=tmp_path,
        env=terminal_env(tmp_path) | {"MAX_FOLLOWUPS": "0"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Think of one time you measured a slow system" in out
    assert "⭐ Example answer · question 1" in out and "p95 fell to 300 ms" in out
    assert "Walk through the steps you would take" in out  # question 2's nudge, from its type
    assert "no example answer for question 2 yet" in out  # offline, and it has none of its own
    assert "(hint used, redone after seeing the example answer)" in out
    assert "Skipped. (hint used)" in out
    assert [number for number, _ in questions_asked(out)] == [1, 2, 1, 2, 3]


# ---------------------------------------------------------------- the CV and the job


def materials(tmp_path: Path) -> list[tuple[str, str, str]]:
    """(kind, file name, text) of every stored CV and job description."""
    engine = create_engine(app_database_or(f"sqlite:///{tmp_path / 'chat.db'}"))
    try:
        if not inspect(engine).has_table("materials"):
            return []
        with engine.connect() as connection:
            rows = connection.execute(
                text("SELECT kind, filename, text FROM materials ORDER BY id")
            )
            return [(str(kind), str(name), str(body)) for kind, name, body in rows]
    finally:
        engine.dispose()


def test_cv_and_job_files_are_read_and_stored_before_the_interview(tmp_path: Path) -> None:
    (tmp_path / "Jane Doe CV.pdf").write_bytes(files.cv_pdf())
    job = "Senior backend engineer\nMust have: Python and PostgreSQL; payments experience. " * 2
    (tmp_path / "job.txt").write_text(job)
    result = terminal(
        tmp_path, "chat", "--role", "nurse", "--cv", "Jane Doe CV.pdf", "--job", "job.txt",
        stdin="/cv show\n/job clear\n/job show\n/end\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Got it — I stored your CV from Jane Doe CV.pdf." in out
    assert "I stored your job description from job.txt." in out
    assert out.index("stored your CV") < out.index("Question 1/")
    assert "Your CV — what I read from it" in out  # /cv show, after the question
    assert "Done — I deleted your job description." in out
    assert "You haven't given me a job description yet" in out
    [(kind, name, stored)] = materials(tmp_path)
    assert (kind, name) == ("cv", "Jane Doe CV.pdf") and "Acme Payments" in stored


@pytest.mark.parametrize(
    ("cv", "job", "said"),
    [
        (files.scanned_pdf(), None, "That PDF has no text I can read"),
        (files.cv_pdf(), files.elf_bytes(), "I can't read that kind of file"),
        (files.encrypted_pdf("secret"), None, "protected by a password"),
    ],
)
def test_an_unreadable_file_stops_the_chat_with_exit_code_2_and_stores_nothing(
    tmp_path: Path, cv: bytes, job: bytes | None, said: str
) -> None:
    (tmp_path / "cv.pdf").write_bytes(cv)
    args = ["--cv", "cv.pdf"]
    if job is not None:
        (tmp_path / "job.pdf").write_bytes(job)
        args += ["--job", "job.pdf"]
    result = terminal(tmp_path, "chat", "--role", "nurse", *args, stdin="/end\n")
    assert result.returncode == 2
    assert said in result.stderr and "Nothing was stored." in result.stderr
    assert "Question 1/" not in result.stdout
    assert materials(tmp_path) == [] and interviews(tmp_path) == []


def test_a_file_that_is_not_there_stops_the_chat_with_exit_code_2(tmp_path: Path) -> None:
    result = terminal(tmp_path, "chat", "--role", "nurse", "--job", "missing.pdf", stdin="")
    assert result.returncode == 2
    assert "Cannot read missing.pdf: No such file or directory" in result.stderr
    assert materials(tmp_path) == []
