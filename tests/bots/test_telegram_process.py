"""``python -m bots run`` as a real process: long polling a loopback fake until SIGTERM."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

import pytest

from fakes.telegram_api import FakeTelegram
from tests.databases import app_database_or

# Every bot here runs on SQLite, and on PostgreSQL too when TEST_DATABASE_URL is set.
pytestmark = pytest.mark.usefixtures("app_database_url")

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "987654:PROCESS-token-not-real_abcdefghij"
USER = 4242
START_SECONDS = 60.0
REPLY_SECONDS = 15.0
STOP_SECONDS = 20.0


async def test_the_service_polls_until_sigterm_then_stops_cleanly(tmp_path: Path) -> None:
    async with FakeTelegram(token=TOKEN) as fake:
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("TELEGRAM_", "DISCORD_", "GROQ_"))
        }
        env |= {
            "PYTHONPATH": str(ROOT),
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_ROOT": fake.root,
            "DATABASE_URL": app_database_or(f"sqlite:///{tmp_path / 'service.db'}"),
            "LLM_PROVIDER": "offline",
            "STT_PROVIDER": "offline",
            "TTS_PROVIDER": "none",
            "LOG_LEVEL": "DEBUG",  # the most talkative level must still hide the token
        }
        log_path = tmp_path / "service.log"
        with log_path.open("wb") as log:
            # cwd is the temp dir so no developer's .env is read.
            process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bots", "run", cwd=tmp_path, env=env, stderr=log, stdout=log
            )
            try:
                await fake.wait_for(lambda r: r.method == "setMyCommands", START_SECONDS)
                fake.push_command(USER, "/start")
                await fake.wait_for_text(USER, "Pick a role", REPLY_SECONDS)
                fake.push_command(USER, "/interview nurse")
                await fake.wait_for_text(USER, "Question 1/5", REPLY_SECONDS)
                asked = len(fake.messages_to(USER))
                fake.push_text(USER, "I calmed the patient, checked vitals and called the doctor.")
                replies = await fake.wait_for_count(USER, asked + 1, REPLY_SECONDS)
                process.send_signal(signal.SIGTERM)
                code = await asyncio.wait_for(process.wait(), STOP_SECONDS)
            finally:
                if process.returncode is None:
                    process.kill()
                    await process.wait()
    output = log_path.read_text()
    assert code == 0, output[-3000:]
    assert "Question" in (replies[-1].plain or "")  # a follow-up or the next question
    assert "telegram bot running" in output and "stopping" in output
    assert TOKEN not in output and TOKEN.split(":")[1] not in output
    assert "Traceback" not in output
    assert fake.pending_updates == 0  # the last poll confirmed every update
