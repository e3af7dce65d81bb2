"""Replicas on one PostgreSQL: turns per second and reply latency with 1, 2 and 3 of them,
and how long a dead leader takes to be replaced.

Usage: TEST_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/test python -m bench.replicas
       [--users 60] [--llm 0.3] [--replicas 1,2,3]

Each replica is a real ``python -m bots run`` process polling the loopback Telegram fake
through the leader; the interviewer is an OpenAI-compatible fake answering after ``--llm``
seconds. Every candidate starts an interview and answers each question as soon as it is
asked; a turn's latency runs from pushing the answer to the next question (or report)
arriving. The database is a fresh one per run, created next to TEST_DATABASE_URL's.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, make_url, text

from bench.replica_cluster import FIRST_USER, QUESTIONS, Cluster, interview
from fakes.openai_api import FakeOpenAI, interviewer_reply
from fakes.telegram_api import FakeTelegram

NAMES = ("a", "b", "c")


class ScratchDatabase:
    """A new PostgreSQL database beside the configured one, dropped afterwards."""

    def __init__(self, base_url: str) -> None:
        """Name a database to create on ``base_url``'s server."""
        self.base = make_url(base_url)
        self.name = f"ipp_bench_{uuid.uuid4().hex[:8]}"
        self.url = self.base.set(database=self.name).render_as_string(hide_password=False)

    def __enter__(self) -> str:
        """Create it; its URL."""
        self._admin("CREATE DATABASE")
        return self.url

    def __exit__(self, *exc: object) -> None:
        """Drop it."""
        self._admin("DROP DATABASE IF EXISTS", " WITH (FORCE)")

    def _admin(self, verb: str, suffix: str = "") -> None:
        engine = create_engine(self.base.set(database="postgres"), isolation_level="AUTOCOMMIT")
        with engine.connect() as connection:
            connection.execute(text(f'{verb} "{self.name}"{suffix}'))
        engine.dispose()


async def measure(base_url: str, replicas: int, users: int, llm_seconds: float) -> str:
    """One run: ``users`` candidates over ``replicas`` replicas; a line of figures."""
    with ScratchDatabase(base_url) as url, tempfile.TemporaryDirectory() as workdir:
        async with (
            FakeTelegram() as fake,
            FakeOpenAI(latency=llm_seconds, chat_handler=interviewer_reply) as llm,
        ):
            settings = {
                "LLM_PROVIDER": "openai_compat",
                "LLM_BASE_URL": llm.base_url,
                "LLM_TURN_MODEL": "bench-model",
                "LOG_LEVEL": "WARNING",
            }
            cluster = Cluster(fake, url, Path(workdir), settings=settings)
            try:
                for name in NAMES[:replicas]:
                    await cluster.start(cluster.add(name))
                await cluster.leader()

                async def deliver(update_id: int) -> None:
                    return None  # the leader polls it

                started = time.monotonic()
                runs = [interview(fake, deliver, FIRST_USER + n) for n in range(users)]
                waits = [w for run in await asyncio.gather(*runs) for w in run]
                elapsed = time.monotonic() - started
            finally:
                await cluster.stop()
    p95 = statistics.quantiles(waits, n=20)[-1]
    return (
        f"{replicas} replica(s): {len(waits) / elapsed:5.1f} turns/s over {elapsed:5.1f} s, "
        f"reply median {statistics.median(waits) * 1000:5.0f} ms, p95 {p95 * 1000:5.0f} ms "
        f"({p95 / llm_seconds:.1f}x the LLM's {llm_seconds * 1000:.0f} ms)"
    )


async def failover(base_url: str) -> str:
    """Kill the leader of three; seconds until another polls and until a candidate is answered."""
    with ScratchDatabase(base_url) as url, tempfile.TemporaryDirectory() as workdir:
        async with FakeTelegram() as fake:
            cluster = Cluster(fake, url, Path(workdir), settings={"LOG_LEVEL": "WARNING"})
            try:
                for name in NAMES:
                    await cluster.start(cluster.add(name))
                leader = await cluster.leader()
                killed = time.monotonic()
                await leader.process.kill()
                user = FIRST_USER
                fake.add_chat(user)
                fake.push_command(user, "/start")
                new = await cluster.leader(timeout=60)
                led = time.monotonic() - killed
                await fake.wait_for_count(user, 1, 60)
                answered = time.monotonic() - killed
            finally:
                await cluster.stop()
    return (
        f"leader killed: {new.name} leads after {led:.1f} s; "
        f"a message sent meanwhile answered after {answered:.1f} s"
    )


async def main(args: argparse.Namespace) -> None:
    """Print one line per replica count, then the fail-over time."""
    base_url = os.environ.get("TEST_DATABASE_URL")
    if not base_url:
        raise SystemExit("set TEST_DATABASE_URL to a PostgreSQL server (replicas need one)")
    print(f"{args.users} candidates x {QUESTIONS} answers, LLM fake at {args.llm * 1000:.0f} ms")
    for replicas in args.replicas:
        print(await measure(base_url, replicas, args.users, args.llm), flush=True)
    print(await failover(base_url))


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=60)
    parser.add_argument("--llm", type=float, default=0.3, help="LLM fake latency, seconds")
    parser.add_argument(
        "--replicas", type=lambda s: [int(n) for n in s.split(",")], default=[1, 2, 3]
    )
    return parser.parse_args(argv)


if __name__ == "__main__":
    asyncio.run(main(parse()))
