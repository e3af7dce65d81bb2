"""The health endpoint and command report the database, the scheduler and each bot."""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from fakes.openai_api import FakeOpenAI
from fakes.telegram_api import FakeTelegram
from tests.databases import app_database_or

# Every bot here runs on SQLite, and on PostgreSQL too when TEST_DATABASE_URL is set.
pytestmark = pytest.mark.usefixtures("app_database_url")

TOKEN = "123456:HEALTH-test-token-not-real_abcdef"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_health_reports_every_component_of_a_running_service(tmp_path: Path) -> None:
    port = free_port()
    async with FakeTelegram(token=TOKEN) as fake:
        env = {k: v for k, v in os.environ.items() if not k.endswith(("_TOKEN", "_API_KEY"))} | {
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_ROOT": fake.root,
            "DATABASE_URL": app_database_or(f"sqlite:///{tmp_path / 'health.db'}"),
            "LLM_PROVIDER": "offline",
            "STT_PROVIDER": "none",
            "TTS_PROVIDER": "none",
            "HEALTH_PORT": str(port),
            "PYTHONPATH": str(Path(__file__).resolve().parents[2]),  # this checkout's code
        }
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bots", "run", cwd=tmp_path, env=env,
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        try:
            report: dict[str, str] = {}
            for _ in range(100):
                result = await asyncio.to_thread(
                    subprocess.run, [sys.executable, "-m", "bots", "health"],
                    env=env, cwd=tmp_path, capture_output=True, text=True, timeout=30,
                )  # fmt: skip
                if result.returncode == 0:
                    report = json.loads(result.stdout)
                    if "scheduler" in report:
                        break
                await asyncio.sleep(0.2)
            assert report.get("status") == "ok", report
            assert report["database"] == "ok"
            assert report["telegram"] == "polling"
            assert report["scheduler"].startswith("running")
        finally:
            process.terminate()
            await asyncio.wait_for(process.wait(), 20)
        assert process.returncode == 0
        # Stopped: the health command now says so, with a failing exit code.
        down = subprocess.run(
            [sys.executable, "-m", "bots", "health"], env=env, cwd=tmp_path,
            capture_output=True, text=True, timeout=30,
        )  # fmt: skip
        assert down.returncode == 1 and "unreachable" in down.stdout


def health_command(tmp_path: Path, **settings: str) -> subprocess.CompletedProcess[str]:
    """``python -m bots health`` with no HEALTH_PORT: the database and the LLM, checked here."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LLM_", "GROQ_", "STT_"))}
    env |= {
        "DATABASE_URL": app_database_or(f"sqlite:///{tmp_path / 'health.db'}"),
        "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
        **settings,
    }
    env.pop("HEALTH_PORT", None)
    return subprocess.run(
        [sys.executable, "-m", "bots", "health"], env=env, cwd=tmp_path,
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip


def test_health_says_when_there_is_no_llm(tmp_path: Path) -> None:
    result = health_command(tmp_path, LLM_PROVIDER="offline")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["llm"] == "offline (no LLM)"


async def test_health_names_the_local_llm_and_its_models_and_whether_it_answers(
    tmp_path: Path,
) -> None:
    async with FakeOpenAI(models=("llama3.1:8b", "qwen2.5:14b")) as llm:
        base_url = llm.base_url
        local = {
            "LLM_BASE_URL": llm.base_url.replace("://", "://user:s3cret@"),
            "LLM_API_KEY": "sk-local-secret-key",
            "LLM_TURN_MODEL": "llama3.1:8b",
            "LLM_REPORT_MODEL": "qwen2.5:14b",
        }
        answers = await asyncio.to_thread(health_command, tmp_path, **local)
        llm.enqueue_fault("hang", route="models", then="never")
        started = asyncio.get_running_loop().time()
        hangs = await asyncio.to_thread(health_command, tmp_path, **local)
        took = asyncio.get_running_loop().time() - started
        unlisted = await asyncio.to_thread(
            health_command, tmp_path, **(local | {"LLM_REPORT_MODEL": "mistral:7b"})
        )
    described = f"openai_compat at {base_url} (turn llama3.1:8b, report qwen2.5:14b)"
    assert answers.returncode == 0 and json.loads(answers.stdout) == {
        "status": "ok", "database": "ok", "llm": f"{described}: answers",
    }  # fmt: skip
    # Degraded, not unhealthy: the offline interviewer answers while the LLM does not.
    assert hangs.returncode == 0 and took < 20
    assert json.loads(hangs.stdout)["llm"] == (
        f"{described}: degraded, not answering (APITimeoutError); offline stands in"
    )
    assert unlisted.returncode == 0
    assert json.loads(unlisted.stdout)["llm"].endswith(": answers, but lists no mistral:7b")
    for result in (answers, hangs, unlisted):
        assert "s3cret" not in result.stdout + result.stderr
        assert "sk-local-secret-key" not in result.stdout + result.stderr
