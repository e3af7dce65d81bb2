"""Discord sharding: each replica runs DISCORD_SHARD_IDS of DISCORD_SHARD_COUNT.

A guild's events reach the shard ``(guild_id >> 22) % count`` and direct messages only shard
0, so one user's server interactions and DMs can land on different replicas; the database keeps
their answers in order. The fake routes events exactly so (fakes/discord_api.py).
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time
import urllib.request
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import discord
import pytest
from discord.ext import commands

from bench.replica_cluster import offline_replica_settings
from bots.app import build_app
from bots.discord.bot import build_bot
from fakes.discord_api import GUILD_ID, FakeDiscord
from fakes.discord_gateway import GatewaySession
from storage.db import make_engine
from tests.bots.discord_support import (
    STRONG,
    TOKEN,
    USER,
    dm_reply,
    key,
    settings_for,
    slash,
    started,
)
from tests.databases import empty_database
from tests.e2e.test_health import free_port
from tests.security.support import stored_answers
from tests.waiting import until

ROOT = Path(__file__).resolve().parents[2]
SHARDS = 2
QUESTIONS = 6
START_SECONDS = 60.0
REPLY_SECONDS = 20.0
STOP_SECONDS = 20.0
PG_ONLY = (
    "two replicas need PostgreSQL (TEST_DATABASE_URL is not set): "
    "a second `run` on one SQLite file is refused"
)
ROUTED = ("INTERACTION_CREATE", "MESSAGE_CREATE")


def session_of(fake: FakeDiscord, shard_id: int) -> GatewaySession:
    """The live gateway session of a shard (it must have IDENTIFIED)."""
    session = fake.gateway.live_session(shard_id)
    assert session is not None, f"shard {shard_id} has not identified"
    return session


def received_ids(session: GatewaySession, event: str) -> set[str]:
    """The ids of the ``event`` dispatches a session was sent."""
    return {str(frame["d"]["id"]) for frame in session.sent if frame["t"] == event}


def misrouted(fake: FakeDiscord) -> list[tuple[int, str, Any]]:
    """Interactions and messages any session got that belong to another shard."""
    return [
        (session.shard_id, frame["t"], frame["d"].get("guild_id"))
        for session in fake.gateway.sessions
        for frame in session.sent
        if frame["t"] in ROUTED and fake.shard_of(frame["d"].get("guild_id")) != session.shard_id
    ]


def command_syncs(fake: FakeDiscord) -> int:
    """How many times the bot overwrote its slash commands."""
    return sum(1 for c in fake.calls if c.method == "PUT" and c.path.endswith("/commands"))


# ----- in one process ------------------------------------------------------------------------


def test_the_settings_choose_the_client_and_its_shards(tmp_path: Path) -> None:
    unsharded = settings_for(FakeDiscord(), tmp_path)
    sharded = settings_for(FakeDiscord(), tmp_path, discord_shard_count=4, discord_shard_ids="3,1")
    every = settings_for(FakeDiscord(), tmp_path, discord_shard_count=2)
    bots = {}
    for name, settings in (("unsharded", unsharded), ("sharded", sharded), ("every", every)):
        app = build_app(settings, tts=None)
        bots[name] = build_bot(app, tts_timeout_seconds=1.0, guild_ready_timeout=0.05)
        app.close()
    assert isinstance(bots["unsharded"], commands.Bot)
    assert not isinstance(bots["unsharded"], discord.AutoShardedClient)
    assert bots["unsharded"].shard_count is None
    assert isinstance(bots["sharded"], commands.AutoShardedBot)
    assert (bots["sharded"].shard_count, bots["sharded"].shard_ids) == (4, [1, 3])
    assert isinstance(bots["every"], commands.AutoShardedBot)
    assert (bots["every"].shard_count, bots["every"].shard_ids) == (2, None)  # all of them


async def test_one_replica_running_both_shards_gets_guild_events_on_1_and_dms_on_0(
    tmp_path: Path,
) -> None:
    async with FakeDiscord(shard_count=SHARDS) as fake:
        settings = settings_for(fake, tmp_path, discord_shard_count=SHARDS)
        assert fake.shard_of(GUILD_ID) == 1
        # discord.py waits 5 s between IDENTIFYs of one process (Discord's session limit).
        async with started(settings) as (_app, adapter):
            assert sorted(i["shard"] for i in fake.identifies) == [[0, 2], [1, 2]]
            assert command_syncs(fake) == 1
            ok, detail = adapter.health()
            assert ok and detail.startswith("connected") and detail.endswith("shards 0,1 of 2")

            start = await slash(fake, USER, "interview", {"role": "nurse"}, subcommand="start")
            await start.reply(f"Question 1/{settings.default_questions}")
            since = time.monotonic()
            message = await fake.send_dm(USER, STRONG)
            await dm_reply(fake, USER, f"Question 2/{settings.default_questions}", since)

            guild_session, dm_session = session_of(fake, 1), session_of(fake, 0)
            assert start.interaction_id in received_ids(guild_session, "INTERACTION_CREATE")
            assert message in received_ids(dm_session, "MESSAGE_CREATE")
            assert misrouted(fake) == []


async def test_a_replica_without_shard_0_connects_its_shard_and_leaves_the_commands_alone(
    tmp_path: Path,
) -> None:
    async with FakeDiscord(shard_count=SHARDS) as fake:
        settings = settings_for(fake, tmp_path, discord_shard_count=SHARDS, discord_shard_ids="1")
        async with started(settings) as (_app, adapter):
            assert [i["shard"] for i in fake.identifies] == [[1, 2]]
            assert command_syncs(fake) == 0  # the replica running shard 0 syncs them
            ok, detail = adapter.health()
            assert ok and detail.endswith(", shard 1 of 2"), detail
            start = await slash(fake, USER, "interview", {"role": "nurse"}, subcommand="start")
            await start.reply(f"Question 1/{settings.default_questions}")
            assert start.interaction_id in received_ids(session_of(fake, 1), "INTERACTION_CREATE")


# ----- two replicas on one PostgreSQL ---------------------------------------------------------


class Replica:
    """``python -m bots run`` running some of the fake's shards, with its own /health port."""

    def __init__(self, name: str, shard_ids: str, env: dict[str, str], workdir: Path) -> None:
        """Replica ``name`` (its REPLICA_ID) running ``shard_ids``; nothing runs until start."""
        self.name = name
        self.health_port = free_port()
        self.env = env | {
            "REPLICA_ID": name,
            "DISCORD_SHARD_IDS": shard_ids,
            "HEALTH_PORT": str(self.health_port),
        }
        self.workdir = workdir / name  # no developer's .env is read here
        self.workdir.mkdir()
        self.log_path = self.workdir / "bot.log"
        self.process: asyncio.subprocess.Process | None = None

    async def start(self) -> None:
        """Spawn it and wait until /health says its shards are connected."""
        with self.log_path.open("wb") as log:
            self.process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bots", "run",
                cwd=self.workdir, env=self.env, stdout=log, stderr=log,
            )  # fmt: skip
        await until(
            lambda: self.exited or self.health().get("discord", "").startswith("connected"),
            START_SECONDS,
            f"replica {self.name} to connect",
        )
        assert not self.exited, f"replica {self.name} exited:\n{self.log_tail()}"

    @property
    def exited(self) -> bool:
        """Whether the process has ended."""
        return self.process is not None and self.process.returncode is not None

    def health(self) -> dict[str, str]:
        """Its /health report (empty while it does not answer)."""
        url = f"http://127.0.0.1:{self.health_port}/health"
        try:
            with urllib.request.urlopen(url, timeout=1) as reply:
                report: dict[str, str] = json.loads(reply.read())
        except OSError:
            return {}
        return report

    async def stop(self) -> int | None:
        """SIGTERM, then SIGKILL if it does not end in time; the exit code."""
        if self.process is None or self.exited:
            return None if self.process is None else self.process.returncode
        self.process.terminate()
        try:
            return await asyncio.wait_for(self.process.wait(), STOP_SECONDS)
        except TimeoutError:
            self.process.kill()
            await self.process.wait()
            return None

    def log_tail(self, chars: int = 4000) -> str:
        """The end of its log, for failure messages."""
        return self.log_path.read_text(errors="replace")[-chars:] if self.log_path.exists() else ""


@pytest.fixture
def shared_database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty PostgreSQL database for every replica; skipped without TEST_DATABASE_URL."""
    if not os.environ.get("TEST_DATABASE_URL"):
        pytest.skip(PG_ONLY)
    return empty_database(request, "postgresql", tmp_path)


@asynccontextmanager
async def replicas(
    fake: FakeDiscord, database_url: str, workdir: Path
) -> AsyncIterator[tuple[Replica, Replica]]:
    """Replica "a" running shard 0 and "b" running shard 1 of 2, on one database.

    "a" starts first: it migrates the empty database, and then "b" finds it up to date.
    """
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("TELEGRAM_", "DISCORD_", "GROQ_", "DATABASE_", "HEALTH_"))
    }
    env |= {
        "PYTHONPATH": str(ROOT),
        "DISCORD_BOT_TOKEN": TOKEN,
        "DISCORD_API_ROOT": fake.root,
        "DISCORD_SHARD_COUNT": str(SHARDS),
        "DATABASE_URL": database_url,
        **offline_replica_settings(QUESTIONS),
    }
    pair = (Replica("a", "0", env, workdir), Replica("b", "1", env, workdir))
    try:
        for replica in pair:
            await replica.start()
        yield pair
    finally:
        codes = [await replica.stop() for replica in pair]
    logs = {replica.name: replica.log_tail() for replica in pair}
    assert codes == [0, 0], logs
    assert not any("Traceback" in log for log in logs.values()), logs


def answer_text(number: int) -> str:
    """A distinct answer (so the stored text says which one it is)."""
    return f"{STRONG} (answer {number})"


@pytest.mark.timeout(240)
async def test_two_replicas_keep_one_users_guild_and_dm_answers_in_order(
    shared_database: str, tmp_path: Path
) -> None:
    async with FakeDiscord(token=TOKEN, shard_count=SHARDS) as fake:
        assert fake.shard_of(GUILD_ID) == 1  # the user's server is replica b's
        async with replicas(fake, shared_database, tmp_path) as (a, b):
            assert a.health()["discord"].endswith("shard 0 of 2")
            assert b.health()["discord"].endswith("shard 1 of 2")
            assert command_syncs(fake) == 1  # by a, which runs shard 0

            start = await slash(fake, USER, "interview", {"role": "nurse"}, subcommand="start")
            await start.reply(f"Question 1/{QUESTIONS}", REPLY_SECONDS)
            dm_ids, guild_ids = [], [start.interaction_id]
            # Odd answers by DM (shard 0: replica a), even ones in the server (shard 1:
            # replica b); QUESTIONS is even, so the last answer's reply is the report.
            for number in range(1, QUESTIONS + 1):
                if number % 2:
                    since = time.monotonic()
                    dm_ids.append(await fake.send_dm(USER, answer_text(number)))
                    await dm_reply(fake, USER, f"Question {number + 1}/{QUESTIONS}", since)
                    continue
                answer = await slash(
                    fake, USER, "interview", {"text": answer_text(number)}, subcommand="answer"
                )
                guild_ids.append(answer.interaction_id)
                if number == QUESTIONS:
                    await answer.report(REPLY_SECONDS)
                else:
                    await answer.reply(f"Question {number + 1}/{QUESTIONS}", REPLY_SECONDS)

            shard_0, shard_1 = session_of(fake, 0), session_of(fake, 1)
            assert [shard_0.shard_id, shard_1.shard_id] == [0, 1]
            assert set(dm_ids) <= received_ids(shard_0, "MESSAGE_CREATE")
            assert set(guild_ids) <= received_ids(shard_1, "INTERACTION_CREATE")
            assert not received_ids(shard_0, "INTERACTION_CREATE") & set(guild_ids)
            assert misrouted(fake) == []

    engine = make_engine(shared_database)
    try:
        answers = stored_answers(engine, key(USER))
    finally:
        engine.dispose()
    assert answers == [answer_text(n) for n in range(1, QUESTIONS + 1)]
