"""``python -m bots run`` as a real process against loopback fakes: started, killed, restarted.

Used by the crash and replica tests and by ``bench/replicas.py``.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

from fakes.telegram_api import FakeTelegram

ROOT = Path(__file__).resolve().parents[1]
START_SECONDS = 30.0
BOTS_RUN = ("-m", "bots", "run")


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
        deadline = asyncio.get_running_loop().time() + START_SECONDS
        while not (self.fake.calls["getUpdates"] > polls_before or self._exited()):
            if asyncio.get_running_loop().time() > deadline:
                raise TimeoutError(f"the bot did not poll within {START_SECONDS:g} s")
            await asyncio.sleep(0.01)
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
