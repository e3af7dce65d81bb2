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
