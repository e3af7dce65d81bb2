"""Several ``python -m bots run`` replicas on one PostgreSQL, and candidates talking to them.

Shared by the replica tests and ``bench/replicas.py``: the replicas poll the loopback Telegram
fake through their leader, or take webhook deliveries that the candidates' side spreads
round-robin, as a load balancer would.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import socket
import time
import urllib.request
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
from sqlalchemy import create_engine, text

from fakes.bot_process import BotProcess
from fakes.telegram_api import FakeTelegram

QUESTIONS = 3
ROLE = "nurse"
REPORT = "Interview feedback"
SECRET = "replicas-share-this-secret"
START_SECONDS = 60.0
REPLY_SECONDS = 60.0  # a reply may wait for a dead replica's lease (15 s) to expire
FIRST_USER = 7_000


def free_port() -> int:
    """A TCP port nobody listens on (for a replica's health or webhook endpoint)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def answer_text(user: int, number: int) -> str:
    """A distinct, genuine answer: the stored text says whose and which it is."""
    return (
        f"Answer {number} of candidate {user}: I checked the patient's vital signs, used SBAR "
        f"to escalate to the doctor within ten minutes, and documented every step."
    )


def offline_replica_settings(questions: int) -> dict[str, str]:
    """What every replica under test runs with: the offline interviewer, no speech, no
    follow-ups, ``questions`` per interview, and no turn limit in the way."""
    return {
        "LLM_PROVIDER": "offline",
        "STT_PROVIDER": "none",
        "TTS_PROVIDER": "none",
        "MAX_FOLLOWUPS": "0",
        "DEFAULT_QUESTIONS": str(questions),
        "TURNS_PER_MINUTE": "1000",
    }


@dataclass
class Replica:
    """One replica process and its endpoints."""

    name: str
    process: BotProcess
    health_port: int
    webhook_port: int | None = None

    async def health(self) -> dict[str, str]:
        """The replica's ``/health`` body ({} while it does not answer).

        Asked off the event loop: the replica's health check may call fakes served by it.
        """
        return await asyncio.to_thread(self._health)

    def _health(self) -> dict[str, str]:
        url = f"http://127.0.0.1:{self.health_port}/health"
        try:
            with urllib.request.urlopen(url, timeout=5) as reply:
                return dict(json.loads(reply.read()))
        except urllib.error.HTTPError as error:
            return dict(json.loads(error.read()))
        except OSError:
            return {}

    @property
    def alive(self) -> bool:
        """Whether its process runs."""
        process = self.process.process
        return process is not None and process.returncode is None

    async def leads(self) -> bool:
        """Whether it is the Telegram leader (polls, or set the webhook)."""
        telegram = (await self.health()).get("telegram", "")
        return telegram in ("polling", "webhook, sets the webhook")


@dataclass
class Cluster:
    """Replicas on one database, against one Telegram fake."""

    fake: FakeTelegram
    database_url: str
    workdir: Path
    webhook: bool = False
    settings: dict[str, str] = field(default_factory=dict)
    replicas: list[Replica] = field(default_factory=list)
    _next: itertools.cycle[int] | None = None

    def add(self, name: str) -> Replica:
        """A replica (not started) with its own id, health port and, in webhook mode, port."""
        workdir = self.workdir / name
        workdir.mkdir(parents=True, exist_ok=True)
        health_port = free_port()
        env = {
            "REPLICA_ID": name,
            "DATABASE_URL": self.database_url,
            "HEALTH_PORT": str(health_port),
            **offline_replica_settings(QUESTIONS),
            "LOG_LEVEL": "INFO",
            **self.settings,
        }
        webhook_port = None
        if self.webhook:
            webhook_port = free_port()
            env |= {
                "TELEGRAM_WEBHOOK_URL": f"http://127.0.0.1:{webhook_port}/telegram",
                "TELEGRAM_WEBHOOK_PORT": str(webhook_port),
                "TELEGRAM_WEBHOOK_SECRET": SECRET,
            }
        replica = Replica(name, BotProcess(self.fake, workdir, env), health_port, webhook_port)
        self.replicas.append(replica)
        return replica

    async def start(self, replica: Replica) -> None:
        """Start a replica and wait until it reports healthy."""
        await replica.process.start(wait=False)
        deadline = time.monotonic() + START_SECONDS
        while (await replica.health()).get("status") != "ok":
            process = replica.process.process
            if process is not None and process.returncode is not None:
                raise RuntimeError(f"{replica.name} exited:\n{replica.process.log_tail()}")
            if time.monotonic() > deadline:
                raise TimeoutError(f"replica {replica.name} not healthy in {START_SECONDS} s")
            await asyncio.sleep(0.1)

    async def leader(self, timeout: float = START_SECONDS) -> Replica:
        """The replica leading now (waiting until exactly one leads)."""
        deadline = time.monotonic() + timeout
        while True:
            running = [r for r in self.replicas if r.alive]
            answers = await asyncio.gather(*(r.leads() for r in running))
            leading = [r for r, leads in zip(running, answers, strict=True) if leads]
            if len(leading) == 1:
                return leading[0]
            if time.monotonic() > deadline:
                raise TimeoutError(f"{len(leading)} leaders after {timeout} s")
            await asyncio.sleep(0.1)

    async def stop(self) -> list[int | None]:
        """SIGTERM every replica; their exit codes."""
        return list(await asyncio.gather(*(r.process.stop() for r in self.replicas)))

    async def deliver(self, http: aiohttp.ClientSession, update_id: int) -> None:
        """Hand an update to the bot: polled by the leader, or posted to a replica's webhook.

        Webhook deliveries go round-robin; a replica that does not answer 200 gets the
        delivery retried on the next, as Telegram retries and a balancer skips dead upstreams.
        """
        if not self.webhook:
            return  # queued in the fake: the leader's next poll takes it
        if self._next is None:
            self._next = itertools.cycle(range(len(self.replicas)))
        update = self.fake.history[update_id]
        for _ in range(10 * len(self.replicas)):
            replica = self.replicas[next(self._next)]
            url = f"http://127.0.0.1:{replica.webhook_port}/telegram"
            headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
            try:
                async with http.post(url, json=update, headers=headers) as reply:
                    if reply.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.1)
        raise RuntimeError(f"no replica took update {update_id}")


Deliver = Callable[[int], Awaitable[None]]


async def interview(fake: FakeTelegram, deliver: Deliver, user: int) -> list[float]:
    """One candidate's whole interview, each answer after the reply before; reply times."""
    fake.add_chat(user, first_name=f"C{user}")
    await deliver(fake.push_command(user, f"/interview {ROLE}"))
    await fake.wait_for_text(user, f"Question 1/{QUESTIONS}", REPLY_SECONDS)
    waits = []
    for number in range(1, QUESTIONS + 1):
        sent = time.monotonic()
        await deliver(fake.push_text(user, answer_text(user, number)))
        expected = f"Question {number + 1}/{QUESTIONS}" if number < QUESTIONS else REPORT
        await fake.wait_for_text(user, expected, REPLY_SECONDS)
        waits.append(time.monotonic() - sent)
    return waits


def stored_answers(database_url: str, users: range) -> dict[int, list[str]]:
    """Every answer stored for each user, over all their interviews, in the order given."""
    engine = create_engine(database_url)
    query = text(
        "SELECT u.platform_user_id, t.text FROM turns t "
        "JOIN interview_sessions s ON s.id = t.session_id JOIN users u ON u.id = s.user_id "
        "WHERE u.platform = 'telegram' AND t.kind = 'answer' ORDER BY s.id, t.position"
    )
    answers: dict[int, list[str]] = {user: [] for user in users}
    with engine.connect() as connection:
        for user_id, answer in connection.execute(query):
            answers.setdefault(int(user_id), []).append(answer)
    engine.dispose()
    return answers


def repeated_replies(fake: FakeTelegram, users: range) -> int:
    """Replies a user got more than once (a replica killed between send and commit)."""
    expected = [f"Question {n}/{QUESTIONS}" for n in range(1, QUESTIONS + 1)] + [REPORT]
    repeats = 0
    for user in users:
        texts = [record.plain or "" for record in fake.messages_to(user)]
        repeats += sum(max(sum(mark in t for t in texts) - 1, 0) for mark in expected)
    return repeats


def conflicts(fake: FakeTelegram) -> int:
    """getUpdates calls Telegram refused because another poller was active (409)."""
    return sum(1 for e in fake.errors if e.method == "getUpdates" and e.status == 409)


def handled_by(database_url: str) -> dict[str, int]:
    """How many finished updates each replica handled (the holder stays on a done update)."""
    engine = create_engine(database_url)
    query = text(
        "SELECT holder, count(*) FROM processed_updates WHERE status = 'done' GROUP BY holder"
    )
    with engine.connect() as connection:
        counts = {str(holder): int(count) for holder, count in connection.execute(query)}
    engine.dispose()
    return counts
