"""Helpers for the fault tests: the bot as a real process, and reading the turns table."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import sys
from pathlib import Path
from typing import Any

from bots.settings import Settings
from fakes.telegram_api import FakeTelegram
from tests.waiting import until

ROOT = Path(__file__).resolve().parents[2]
START_SECONDS = 30.0
WAIT = 15.0

ANSWERS_SQL = """
SELECT s.id, t.position, t.text FROM turns t
JOIN interview_sessions s ON s.id = t.session_id
JOIN users u ON u.id = s.user_id
WHERE u.platform = 'telegram' AND u.platform_user_id = ? AND t.kind = 'answer'
ORDER BY s.id, t.position
"""


def bot_settings(fake: FakeTelegram, database_url: str, **overrides: Any) -> Settings:
    """Settings of an in-process bot on ``fake``: offline providers, no follow-ups."""
    values: dict[str, Any] = {
        "telegram_bot_token": fake.token,
        "telegram_api_root": fake.root,
        "database_url": database_url,
        "llm_provider": "offline",
        "stt_provider": "none",
        "tts_provider": "none",
        "max_followups": 0,
        "default_questions": 3,
        "turns_per_minute": 1000,
    }
    return Settings(_env_file=None, **(values | overrides))


def stored_answers(database: Path, user_id: int) -> list[tuple[int, str]]:
    """(interview id, text) of every answer the user has in a SQLite file, in order."""
    if not database.exists():
        return []
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=10)
    try:
        rows = connection.execute(ANSWERS_SQL, (str(user_id),)).fetchall()
    except sqlite3.OperationalError:  # the schema is not there yet
        return []
    finally:
        connection.close()
    return [(session_id, text) for session_id, _position, text in rows]


BOTS_RUN = ("-m", "bots", "run")


def offline_settings(database: Path, questions: int, **more: str) -> dict[str, str]:
    """A bot on SQLite with the offline interviewer, no speech, no follow-ups, no turn limit."""
    return {
        "DATABASE_URL": f"sqlite:///{database}",
        "LLM_PROVIDER": "offline",
        "STT_PROVIDER": "none",
        "TTS_PROVIDER": "none",
        "MAX_FOLLOWUPS": "0",
        "DEFAULT_QUESTIONS": str(questions),
        "TURNS_PER_MINUTE": "1000",
        **more,
    }


class BotProcess:
    """``python -m bots run`` against a fake Bot API, started, killed and restarted at will."""

    def __init__(
        self,
        fake: FakeTelegram,
        workdir: Path,
        settings: dict[str, str],
        command: tuple[str, ...] = BOTS_RUN,
    ) -> None:
        """The bot's environment: the fake's root and token plus ``settings``; ``command`` is
        what the Python interpreter runs (it may be changed between starts)."""
        self.fake = fake
        self.command = command
        self.workdir = workdir
        self.log_path = workdir / "bot.log"
        self.env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("TELEGRAM_", "DISCORD_", "GROQ_", "DATABASE_"))
        }
        self.env |= {
            "PYTHONPATH": str(ROOT),
            "TELEGRAM_BOT_TOKEN": fake.token,
            "TELEGRAM_API_ROOT": fake.root,
            **settings,
        }
        self.process: asyncio.subprocess.Process | None = None
        self.starts = 0

    async def start(self, *, wait: bool = True) -> None:
        """Spawn the bot; with ``wait``, return once it long-polls the fake."""
        polls = self.fake.calls["getUpdates"]
        with self.log_path.open("ab") as log:
            log.write(f"\n----- start {self.starts} -----\n".encode())
            log.flush()
            # cwd is the temp dir so no developer's .env is read.
            self.process = await asyncio.create_subprocess_exec(
                sys.executable, *self.command,
                cwd=self.workdir, env=self.env, stdout=log, stderr=log,
            )  # fmt: skip
        self.starts += 1
        if wait:
            await self.ready(polls)

    async def ready(self, polls_before: int) -> None:
        """Wait until the bot has started a new long poll (after ``polls_before`` polls)."""
        await until(
            lambda: self.fake.calls["getUpdates"] > polls_before or self._exited(),
            START_SECONDS,
            "the bot to poll",
        )
        if self._exited():
            raise RuntimeError(f"the bot exited at start-up:\n{self.log_tail()}")

    async def kill(self) -> None:
        """SIGKILL: no clean-up of any kind, as when the machine loses power."""
        if self.process is not None and self.process.returncode is None:
            self.process.send_signal(signal.SIGKILL)
            await asyncio.wait_for(self.process.wait(), START_SECONDS)

    async def stop(self) -> int | None:
        """SIGTERM and wait for a clean exit (SIGKILL if it takes too long)."""
        if self.process is None or self.process.returncode is not None:
            return self.process.returncode if self.process else None
        self.process.send_signal(signal.SIGTERM)
        try:
            return await asyncio.wait_for(self.process.wait(), START_SECONDS)
        except TimeoutError:
            await self.kill()
            return None

    def log_tail(self, chars: int = 4000) -> str:
        """The end of the bot's log, for failure messages."""
        return self.log_path.read_text(errors="replace")[-chars:] if self.log_path.exists() else ""

    def _exited(self) -> bool:
        return self.process is not None and self.process.returncode is not None
