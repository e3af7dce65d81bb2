"""Reply latency of the Telegram bot under load: many users, a slow fake LLM, a fake Bot API.

Usage: python -m bench.telegram_latency [--users 200] [--answers 5] [--llm 0.3] [--think 10]
       [--limiter both|on|off]

Each simulated user starts an interview, then answers ``--answers`` times, waiting a random
think time (uniform, mean ``--think`` seconds) before each answer. Latency is measured from
pushing an answer into the fake server to the bot's next question reaching it; the fake LLM
sleeps ``--llm`` seconds per turn, so the ideal is ``--llm`` and the figure of merit is
p95 / llm. The bot runs in its own process exactly as production runs it (TelegramAdapter,
long polling, SQLite), with and without PTB's AIORateLimiter (30 messages/s overall).
"""

from __future__ import annotations

import argparse
import asyncio
import random
import re
import resource
import signal
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bots.app import build_app
from bots.settings import Settings
from bots.telegram.bot import TelegramAdapter
from engine.models import Assessment, Persona, ReportDraft, Scores
from engine.ports import ReportContext, TurnContext
from fakes.telegram_api import FakeTelegram, SentRecord

TOKEN = "123456:BENCH-token-not-real_abcdefghijk"
QUESTION = re.compile(r"Question \d+/\d+")
ANSWER = "I profiled the slow queries, added an index and a cache; p95 fell from 2 s to 300 ms."
FIRST_CHAT = 100_000
REPLY_TIMEOUT_SECONDS = 120.0
STARTUP_SECONDS = 60.0


class SleepyInterviewer:
    """An LLM stand-in that takes ``latency`` seconds per turn and per report."""

    name = "sleepy"

    def __init__(self, latency: float) -> None:
        self.latency = latency

    async def assess(self, context: TurnContext) -> Assessment:
        """A fixed assessment after the delay (always a follow-up, so no report comes)."""
        await asyncio.sleep(self.latency)
        return Assessment(Scores(3, 3, 3), Persona.NORMAL, "ok", "", follow_up="And then?")

    async def write_report(self, context: ReportContext) -> ReportDraft:
        """A short report after the delay."""
        await asyncio.sleep(self.latency)
        return ReportDraft(summary="done")


class TimedTelegram(FakeTelegram):
    """The fake Bot API plus one waiter per chat for its next question (cheap at 200 users)."""

    def __init__(self, token: str) -> None:
        super().__init__(token=token)
        self.waiters: dict[int | str, asyncio.Future[SentRecord]] = {}

    def next_question(self, chat_id: int) -> asyncio.Future[SentRecord]:
        """A future resolved by the next message to ``chat_id`` that asks a question."""
        future: asyncio.Future[SentRecord] = asyncio.get_running_loop().create_future()
        self.waiters[chat_id] = future
        return future

    def _record(self, record: SentRecord, *, message: bool = False) -> None:
        super()._record(record, message=message)
        if not message or record.chat_id is None or not QUESTION.search(record.plain or ""):
            return
        waiter = self.waiters.pop(record.chat_id, None)
        if waiter is not None and not waiter.done():
            waiter.set_result(record)


async def ask(fake: TimedTelegram, chat_id: int, push: Callable[[], object]) -> float:
    """Push an update; seconds until the bot's question reached the fake."""
    waiter = fake.next_question(chat_id)
    started = time.monotonic()
    push()
    record = await asyncio.wait_for(waiter, REPLY_TIMEOUT_SECONDS)
    return record.ts - started


def bot_settings(root: str, database: Path, answers: int) -> Settings:
    """The bot's settings: offline providers, no report within ``answers`` turns."""
    return Settings(
        _env_file=None,
        telegram_bot_token=TOKEN,
        telegram_api_root=root,
        database_url=f"sqlite:///{database}",
        llm_provider="offline",
        stt_provider="none",
        tts_provider="none",
        max_followups=answers,
        default_questions=2,
        turns_per_minute=1000,
    )


async def serve_bot(root: str, database: Path, answers: int, llm: float, limited: bool) -> None:
    """The bot process: the production adapter with the slow fake LLM, until SIGTERM."""
    app = build_app(bot_settings(root, database, answers), interviewer=SleepyInterviewer(llm))
    adapter = TelegramAdapter(app, rate_limited=limited)
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    await adapter.start()
    await stop.wait()
    await adapter.stop()
    app.close()


async def run(
    users: int, answers: int, llm: float, think: float, limited: bool
) -> tuple[list[float], float, int, float]:
    """Latencies of every answer, the wall time, Bot API calls made, the bot's CPU seconds."""
    cpu_before = _children_cpu()
    with tempfile.TemporaryDirectory() as folder:
        fake = TimedTelegram(TOKEN)
        async with fake:
            # The bot runs in its own process, as it would against the real Bot API: the
            # fake server and the simulated users do not eat into the bot's CPU.
            bot = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bench.telegram_latency", "--serve-bot", fake.root,
                "--database", str(Path(folder) / "bench.db"), "--answers", str(answers),
                "--llm", str(llm), "--limiter", "on" if limited else "off",
            )  # fmt: skip
            try:
                await fake.wait_for(lambda r: r.method == "setMyCommands", STARTUP_SECONDS)
                latencies, wall = await simulate(fake, users, answers, think)
            finally:
                if bot.returncode is None:
                    bot.send_signal(signal.SIGTERM)
                await asyncio.wait_for(bot.wait(), STARTUP_SECONDS)
            calls = sum(n for method, n in fake.calls.items() if method != "getUpdates")
            return latencies, wall, calls, _children_cpu() - cpu_before


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


async def simulate(
    fake: TimedTelegram, users: int, answers: int, think: float
) -> tuple[list[float], float]:
    """Every user starts an interview and answers; the latencies and the wall time."""
    rng = random.Random(7)
    latencies: list[float] = []

    async def user(index: int) -> None:
        chat = FIRST_CHAT + index
        await asyncio.sleep(rng.uniform(0, 2 * think))
        await ask(fake, chat, lambda: fake.push_command(chat, "/interview backend_engineer"))
        for _ in range(answers):
            await asyncio.sleep(rng.uniform(0, 2 * think))
            latencies.append(await ask(fake, chat, lambda: fake.push_text(chat, ANSWER)))

    started = time.monotonic()
    await asyncio.gather(*(user(index) for index in range(users)))
    return latencies, time.monotonic() - started


def report(
    label: str, latencies: list[float], wall: float, calls: int, cpu: float, llm: float
) -> None:
    """Print one line of figures."""
    cuts = statistics.quantiles(latencies, n=100)
    p50, p95 = statistics.median(latencies), cuts[94]
    print(
        f"{label:<22} answers={len(latencies):>5}  p50={p50 * 1000:7.0f} ms  "
        f"p95={p95 * 1000:7.0f} ms  max={max(latencies) * 1000:7.0f} ms  "
        f"p95/llm={p95 / llm:5.2f}  answers/s={len(latencies) / wall:6.1f}  "
        f"Bot API calls/s={calls / wall:6.1f}  bot CPU={cpu / wall:4.0%}"
    )


def main() -> None:
    """Run the benchmark and print p50, p95 and p95 / LLM latency."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--answers", type=int, default=5)
    parser.add_argument("--llm", type=float, default=0.3, help="fake LLM seconds per turn")
    parser.add_argument("--think", type=float, default=10.0, help="mean seconds before answers")
    parser.add_argument("--limiter", choices=("both", "on", "off"), default="both")
    parser.add_argument("--serve-bot", metavar="ROOT", help=argparse.SUPPRESS)
    parser.add_argument("--database", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_bot:
        limited = args.limiter == "on"
        asyncio.run(serve_bot(args.serve_bot, args.database, args.answers, args.llm, limited))
        return
    peak = args.users / (args.think + args.llm)
    print(
        f"{args.users} users x {args.answers} answers, fake LLM {args.llm * 1000:.0f} ms, "
        f"think time uniform 0-{2 * args.think:g} s: at most ~{peak:.0f} answers/s "
        "(Telegram allows ~30 messages/s overall)"
    )
    modes = {"both": (False, True), "on": (True,), "off": (False,)}[args.limiter]
    for limited in modes:
        latencies, wall, calls, cpu = asyncio.run(
            run(args.users, args.answers, args.llm, args.think, limited)
        )
        label = "AIORateLimiter on" if limited else "AIORateLimiter off"
        report(label, latencies, wall, calls, cpu, args.llm)


if __name__ == "__main__":
    main()
