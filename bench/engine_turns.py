"""Engine turns per second with a zero-latency fake LLM on SQLite, in one process.

Usage: python -m bench.engine_turns [--users N] [--turns N]
A turn is one answer through the entry point (the one way in): taken, committed, assessed and
replied to (plus the report at the end). The turn limit allows each user 1000 answers a
minute, so keep ``--turns`` at most 1000.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import tempfile
import time
from pathlib import Path

from bots.app import build_app
from bots.settings import Settings
from engine.actions import AskQuestion, ShowReport
from engine.events import Event, Sender, StartInterview, Text
from engine.models import Assessment, Persona, ReportDraft, Scores
from engine.ports import ReportContext, TurnContext


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
    settings = Settings(
        _env_file=None,
        database_url=url,
        llm_provider="offline",
        stt_provider="none",
        tts_provider="none",
        turns_per_minute=1000,  # the most the settings allow: per user, out of the way
        log_level="WARNING",
    )
    app = build_app(settings, interviewer=InstantInterviewer(), seeds=random.Random(1))
    entry = app.entry
    roles = list(app.roles)
    done = 0

    async def one(user: int) -> None:
        nonlocal done
        sender = Sender("bench", str(user))
        start = StartInterview(roles[user % len(roles)], questions=10)
        await entry.handle(Event(sender, start))
        for _ in range(turns):
            answer = Text("I measured first, then added an index; p95 fell 40%.")
            actions = await entry.handle(Event(sender, answer))
            if not any(isinstance(a, AskQuestion | ShowReport) for a in actions):
                raise RuntimeError(f"answer not taken: {actions}")
            done += 1
            if any(isinstance(a, ShowReport) for a in actions):
                await entry.handle(Event(sender, start))

    try:
        started = time.perf_counter()
        await asyncio.gather(*(one(u) for u in range(users)))
        return done, time.perf_counter() - started
    finally:
        app.close()


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
