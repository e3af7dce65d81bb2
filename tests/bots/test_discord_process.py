"""``python -m bots run`` with both tokens: both bots, one process, one database, until SIGTERM."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import sys
from pathlib import Path

from fakes.discord_api import FakeDiscord
from fakes.telegram_api import FakeTelegram
from tests.bots.discord_support import STRONG, TOKEN, USER, Conversation

ROOT = Path(__file__).resolve().parents[2]
TELEGRAM_TOKEN = "987654:BOTH-token-not-real_abcdefghijkl"
TELEGRAM_USER = 4343
START_SECONDS = 60.0
REPLY_SECONDS = 15.0
STOP_SECONDS = 20.0


async def test_both_bots_run_in_one_process_and_stop_cleanly_on_sigterm(tmp_path: Path) -> None:
    async with FakeDiscord() as discord_fake, FakeTelegram(token=TELEGRAM_TOKEN) as telegram_fake:
        database = tmp_path / "both.db"
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("TELEGRAM_", "DISCORD_", "GROQ_", "DEV_GUILD"))
        }
        env |= {
            "PYTHONPATH": str(ROOT),
            "DISCORD_BOT_TOKEN": TOKEN,
            "DISCORD_API_ROOT": discord_fake.root,
            "TELEGRAM_BOT_TOKEN": TELEGRAM_TOKEN,
            "TELEGRAM_API_ROOT": telegram_fake.root,
            "DATABASE_URL": f"sqlite:///{database}",
            "LLM_PROVIDER": "offline",
            "STT_PROVIDER": "none",
            "TTS_PROVIDER": "none",
            "LOG_LEVEL": "DEBUG",  # the most talkative level must still hide the tokens
        }
        log_path = tmp_path / "service.log"
        with log_path.open("wb") as log:
            # cwd is the temp dir so no developer's .env is read.
            process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bots", "run", cwd=tmp_path, env=env, stderr=log, stdout=log
            )
            try:
                await discord_fake.wait_ready(START_SECONDS)
                await telegram_fake.wait_for(lambda r: r.method == "setMyCommands", START_SECONDS)
                started = Conversation(
                    discord_fake,
                    await discord_fake.send_slash(
                        USER, "interview", {"role": "nurse"}, subcommand="start"
                    ),
                )
                await started.reply("Question 1/5", REPLY_SECONDS)
                answered = Conversation(
                    discord_fake,
                    await discord_fake.send_slash(
                        USER, "interview", {"text": STRONG}, subcommand="answer"
                    ),
                )
                await answered.reply("Question", REPLY_SECONDS)
                telegram_fake.push_command(TELEGRAM_USER, "/interview nurse")
                await telegram_fake.wait_for_text(TELEGRAM_USER, "Question 1/5", REPLY_SECONDS)
                process.send_signal(signal.SIGTERM)
                code = await asyncio.wait_for(process.wait(), STOP_SECONDS)
            finally:
                if process.returncode is None:
                    process.kill()
                    await process.wait()
    output = log_path.read_text()
    assert code == 0, output[-3000:]
    assert "discord bot running" in output and "telegram bot running" in output
    assert "stopping" in output and "Traceback" not in output
    assert TOKEN not in output and TOKEN.split(".")[-1] not in output
    assert TELEGRAM_TOKEN not in output and TELEGRAM_TOKEN.split(":")[1] not in output
    with sqlite3.connect(database) as connection:
        platforms = {row[0] for row in connection.execute("SELECT platform FROM users")}
    assert platforms == {"discord", "telegram"}  # one database for both
