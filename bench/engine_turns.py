"""Engine turns per second with a zero-latency fake LLM on SQLite, in one process.

Usage: python -m bench.engine_turns [--users N] [--turns N]
A turn is one answer taken, committed, assessed and replied to (plus the report at the end).
"""

from __future__ import annotations

import argparse
import asyncio
import random
import tempfile
import time
from pathlib import Path

from engine.actions import AskQuestion, ShowReport
from engine.models import Assessment, Persona, ReportDraft, Scores
from engine.ports import ReportContext, TurnContext, UserKey
from engine.roles import default_roles
from engine.service import InterviewService, ServiceConfig
from storage.db import make_engine, migrate
from storage.repository import SqlRepository


class InstantInterviewer:
    """A zero-latency LLM stand-in: fixed assessments, alternating follow-ups."""

    name = "instant"

    async def assess(self, context: TurnContext) -> Assessment:
        """Answer at once."""
        follow = "Why?" if context.follow_ups_left > 2 else None
        return Assessment(Scores(3, 3, 3), Persona.NORMAL, "ok", "", follow_up=follow)

    async def write_report(self, context: ReportContext) -> ReportDraft:
        """An empty draft at once."""
        return ReportDraft(summary="done")


async def run(users: int, turns: int, url: str) -> tuple[int, float]:
    """Drive ``users`` interviews of ``turns`` answers each, concurrently; return turns, time."""
    migrate(url)
    repository = SqlRepository(make_engine(url))
    service = InterviewService(
        default_roles(),
        repository,
        InstantInterviewer(),
        config=ServiceConfig(turns_per_minute=1_000_000),
        seed_source=random.Random(1),
    )
    roles = list(service.roles)
    done = 0

    async def one(user: int) -> None:
        nonlocal done
        key = UserKey("bench", str(user))
        await service.start(key, roles[user % len(roles)], questions=10)
        for _ in range(turns):
            actions = await service.answer(
                key, "I measured first, then added an index; p95 fell 40%."
            )
            if not any(isinstance(a, AskQuestion | ShowReport) for a in actions):
                raise RuntimeError(f"answer not taken: {actions}")
            done += 1
            if any(isinstance(a, ShowReport) for a in actions):
                await service.start(key, roles[user % len(roles)], questions=10)

    started = time.perf_counter()
    await asyncio.gather(*(one(u) for u in range(users)))
    return done, time.perf_counter() - started


def main() -> None:
    """Print turns per second."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--turns", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        url = f"sqlite:///{Path(directory) / 'bench.db'}"
        count, seconds = asyncio.run(run(args.users, args.turns, url))
    print(
        f"engine turns: {count} in {seconds:.2f} s = {count / seconds:.0f} turns/s "
        f"({args.users} concurrent users, SQLite, zero-latency LLM; goal >= 300)"
    )


if __name__ == "__main__":
    main()
