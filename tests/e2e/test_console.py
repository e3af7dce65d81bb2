"""The terminal chat as a user runs it: a real process, answers on stdin."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.databases import app_database_or

# Every bot here runs on SQLite, and on PostgreSQL too when TEST_DATABASE_URL is set.
pytestmark = pytest.mark.usefixtures("app_database_url")

ROOT = Path(__file__).resolve().parents[2]  # the child runs this checkout, not an installed one
ANSWER = (
    "In my last role I was responsible for a slow reporting API. I profiled the queries, "
    "added an index and a cache because most reads repeated, and p95 fell from 2 s to 300 ms."
)


def run_cli(
    tmp_path: Path, *args: str, stdin: str, extra_env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.endswith(("_TOKEN", "_API_KEY"))} | {
        "DATABASE_URL": app_database_or(f"sqlite:///{tmp_path / 'chat.db'}"),
        "LLM_PROVIDER": "offline",
        "PYTHONPATH": str(ROOT),
    }
    env |= extra_env or {}
    return subprocess.run(
        [sys.executable, "-m", "bots", *args],
        input=stdin, capture_output=True, text=True, timeout=120, cwd=tmp_path, env=env,
    )  # fmt: skip


def test_a_terminal_interview_runs_to_the_report(tmp_path: Path) -> None:
    lines = [ANSWER, "/redo", ANSWER + " We shipped it in two weeks.", "/skip", "/end"]
    result = run_cli(
        tmp_path, "chat", "--role", "backend_engineer", "--questions", "3",
        stdin="\n".join(lines) + "\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Question 1/3" in out and "Question 2/3" in out
    assert "Score change for this answer" in out
    assert "Interview feedback — Software / Backend Engineer" in out
    assert "Overall:" in out and "Skipped." in out


def test_ctrl_d_saves_and_the_same_command_resumes(tmp_path: Path) -> None:
    first = run_cli(tmp_path, "chat", "--role", "nurse", "--questions", "2", stdin=ANSWER + "\n")
    assert "Saved." in first.stdout
    second = run_cli(tmp_path, "chat", stdin="/end\n")
    assert "Resuming your Registered Nurse interview in progress." in second.stdout
    assert "Interview feedback — Registered Nurse" in second.stdout


def test_run_without_tokens_starts_the_terminal_chat(tmp_path: Path) -> None:
    result = run_cli(tmp_path, "run", stdin="1\n/end\n")
    assert "No TELEGRAM_BOT_TOKEN or DISCORD_BOT_TOKEN is set" in result.stdout
    assert "Interview feedback" in result.stdout


def test_the_example_env_file_as_copied_starts_the_terminal_chat(tmp_path: Path) -> None:
    # Blank keys (TELEGRAM_BOT_TOKEN=, GROQ_API_KEY=) mean "not set", not an empty token.
    example = (Path(__file__).resolve().parents[2] / ".env.example").read_text()
    (tmp_path / ".env").write_text(example)
    result = run_cli(tmp_path, "run", stdin="1\n/end\n", extra_env={"LLM_PROVIDER": "auto"})
    assert "No TELEGRAM_BOT_TOKEN or DISCORD_BOT_TOKEN is set" in result.stdout, result.stderr
    assert "Interview feedback" in result.stdout
    assert "Traceback" not in result.stderr


def test_a_bad_setting_fails_with_one_line_naming_it(tmp_path: Path) -> None:
    result = run_cli(tmp_path, "roles", stdin="", extra_env={"MAX_FOLLOWUPS": "many"})
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "Configuration error: MAX_FOLLOWUPS: Input should be a valid integer, unable to parse "
        "string as an integer"
    ]


def test_a_secret_is_never_echoed_in_a_config_error(tmp_path: Path) -> None:
    secret = "123456:THIS-IS-A-SECRET-TOKEN-VALUE"
    result = run_cli(
        tmp_path, "roles", stdin="",
        extra_env={"TELEGRAM_BOT_TOKEN": secret, "LLM_PROVIDER": "groq"},
    )  # fmt: skip
    assert result.returncode == 2
    assert "GROQ_API_KEY" in result.stderr and secret not in result.stderr + result.stdout


def test_a_database_url_that_cannot_be_parsed_fails_without_echoing_the_password(
    tmp_path: Path,
) -> None:
    url = "postgresql://bob:pa@ss:w0rd@db.example:5432/interviews"
    result = run_cli(tmp_path, "run", stdin="", extra_env={"DATABASE_URL": url})
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "Configuration error: DATABASE_URL: cannot be parsed (percent-encode special characters"
        " in the password, @ as %40)"
    ]
    assert "w0rd" not in result.stderr + result.stdout


def test_roles_lists_every_role(tmp_path: Path) -> None:
    result = run_cli(tmp_path, "roles", stdin="")
    assert result.returncode == 0
    assert "nurse" in result.stdout and "backend_engineer" in result.stdout
