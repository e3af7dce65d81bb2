"""SQLite serves one ``run``: a second bot on the same file is refused, other commands are not,
and the lock dies with its process (even by SIGKILL)."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from pathlib import Path

from fakes.telegram_api import FakeTelegram
from tests.e2e.test_console import ROOT, run_cli
from tests.e2e.test_health import free_port

TOKEN = "424242:ONE-PROCESS-token-not-real_abcdef"
START_SECONDS = 60.0
STOP_SECONDS = 20.0


async def start_bot(env: dict[str, str], cwd: Path) -> asyncio.subprocess.Process:
    """``python -m bots run`` in the background."""
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bots", "run", cwd=cwd, env=env,
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
    )  # fmt: skip


async def command(
    tmp_path: Path, bot: dict[str, str], *args: str
) -> subprocess.CompletedProcess[str]:
    """Another command on the same database, run beside the bot."""
    return await asyncio.to_thread(run_cli, tmp_path, *args, stdin="", extra_env=bot)


async def test_a_second_run_on_one_sqlite_file_is_refused_until_the_first_is_gone(
    tmp_path: Path,
) -> None:
    async with FakeTelegram(token=TOKEN) as fake:
        bot = {
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_ROOT": fake.root,
            "DATABASE_URL": f"sqlite:///{tmp_path / 'chat.db'}",  # run_cli's database too
            "LLM_PROVIDER": "offline",
            "STT_PROVIDER": "none",
            "TTS_PROVIDER": "none",
            "HEALTH_PORT": str(free_port()),
        }
        env = {k: v for k, v in os.environ.items() if not k.endswith(("_TOKEN", "_API_KEY"))}
        env |= bot | {"PYTHONPATH": str(ROOT)}
        first = await start_bot(env, tmp_path)
        restarted = None
        try:
            await fake.wait_for(lambda r: r.method == "setMyCommands", START_SECONDS)
            second = await command(tmp_path, bot, "run")
            beside = {
                name: await command(tmp_path, bot, *args)
                for name, args in {
                    "health": ("health",),
                    "migrate": ("migrate",),
                    "chat": ("chat", "--role", "nurse", "--questions", "1"),
                }.items()
            }
            first.send_signal(signal.SIGKILL)
            await asyncio.wait_for(first.wait(), STOP_SECONDS)
            seen = len(fake.sent)
            restarted = await start_bot(env, tmp_path)
            await fake.wait_for(lambda r: r.method == "setMyCommands", START_SECONDS, start=seen)
            restarted.send_signal(signal.SIGTERM)
            assert await asyncio.wait_for(restarted.wait(), STOP_SECONDS) == 0
        finally:
            for process in (first, restarted):
                if process is not None and process.returncode is None:
                    process.kill()
                    await process.wait()
    assert second.returncode == 3
    message = second.stderr.strip()
    assert "\n" not in message, message
    assert message.startswith("Database in use (DATABASE_URL): another `python -m bots run`")
    assert str(tmp_path / "chat.db") in message and "PostgreSQL" in message
    assert {name: result.returncode for name, result in beside.items()} == dict.fromkeys(
        beside, 0
    ), {name: result.stderr[-500:] for name, result in beside.items()}
    assert "Question 1/1" in beside["chat"].stdout
