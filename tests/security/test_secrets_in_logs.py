"""``python -m bots run`` as a real process never writes a token or an API key anywhere.

Both bots and the Groq interviewer run with realistic fake secrets at LOG_LEVEL=DEBUG against
loopback fakes; the run takes in error paths on purpose (Groq 500s, a Telegram 429, a failed
voice download whose URL holds the token, a Discord follow-up refused with 400) and ends with
SIGTERM. Then everything the process wrote to stdout and stderr is searched for each secret.
Two shorter runs cover a token rejected at start-up (an uncaught exception that quotes it) and
webhook mode (the secret_token the service makes up for Telegram to send back).
"""

from __future__ import annotations

import asyncio
import os
import re
import signal
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from engine import entry, events, judge
from fakes.audio import ogg_opus_bytes
from fakes.discord_api import FakeDiscord
from fakes.groq_api import FakeGroq
from fakes.telegram_api import FakeTelegram
from tests.bots.discord_support import STRONG, Conversation
from tests.support.words import words
from tests.waiting import until

DOWNLOAD_FAILED = words(events.DOWNLOAD_FAILED())
SORRY = words(entry.SORRY())
FALLBACK_NOTICE = words(judge.FALLBACK_NOTICE())


ROOT = Path(__file__).resolve().parents[2]
# Shaped like the real thing: bot id, colon, 35 characters; "gsk_" and 52; three dotted parts.
TELEGRAM_TOKEN = "7012345678:AAF3kq9Zr2Xx1Lm5Np0Qs8Tu4Vw6Yz7AbCd"
GROQ_KEY = "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"
DISCORD_TOKEN = "MTI3NjU0MzIxMDk4NzY1NDMyMQ.GhX1aB.Zx9Qw2Er4Ty6Ui8Op0As1Df3Gh5Jk7Lz9Xc2Vb4N"
SECRETS = {
    "Telegram token": TELEGRAM_TOKEN,
    "Telegram token, secret half": TELEGRAM_TOKEN.split(":", 1)[1],
    "Groq API key": GROQ_KEY,
    "Groq API key without its prefix": GROQ_KEY.removeprefix("gsk_"),
    "Discord token": DISCORD_TOKEN,
    "Discord token, signature part": DISCORD_TOKEN.rsplit(".", 1)[1],
}
# A secret_token value that is not the mask.
SHOWN_SECRET_TOKEN = re.compile(r"secret[-_]token['\"]?\s*[:=]\s*['\"]?(?!\*\*\*)[^'\"\s,;}]+")
TELEGRAM_USER = 4_701
DISCORD_USER = 471_111_111_111_111_111
HEARD = "I checked the vitals and called the doctor at once."
START_SECONDS = 60.0
REPLY_SECONDS = 20.0
STOP_SECONDS = 20.0


def turn_or_report(payload: dict[str, Any]) -> dict[str, Any]:
    """An honest Groq reply: a turn assessment, or the final report."""
    if payload["messages"][0]["content"].startswith("You write the final feedback"):
        return {"strengths": [], "improvements": [], "question_notes": {}, "summary": "Fine."}
    return {
        "persona": "normal", "communication": 3, "knowledge": 3, "structure": 3,
        "good": "Clear.", "missing": "", "follow_up": None,
    }  # fmt: skip


def service_env(
    telegram: FakeTelegram,
    database_url: str,
    *,
    discord: FakeDiscord | None = None,
    groq: FakeGroq | None = None,
) -> dict[str, str]:
    """The process environment: the caller's, minus any real bot or Groq settings, plus ours."""
    own = ("TELEGRAM_", "DISCORD_", "GROQ_", "DATABASE_", "DEV_GUILD", "LLM_", "STT_", "TTS_")
    env = {k: v for k, v in os.environ.items() if not k.startswith(own)}
    env |= {
        "PYTHONPATH": str(ROOT),
        "TELEGRAM_BOT_TOKEN": TELEGRAM_TOKEN,
        "TELEGRAM_API_ROOT": telegram.root,
        "LLM_PROVIDER": "offline",
        "STT_PROVIDER": "none",
        "TTS_PROVIDER": "none",
        "MAX_FOLLOWUPS": "0",
        "DEFAULT_QUESTIONS": "3",
        "DATABASE_URL": database_url,
        "LOG_LEVEL": "DEBUG",  # the most talkative level must still hide every secret
    }
    if discord is not None:
        env |= {"DISCORD_BOT_TOKEN": DISCORD_TOKEN, "DISCORD_API_ROOT": discord.root}
    if groq is not None:
        env |= {
            "GROQ_API_KEY": GROQ_KEY,
            "GROQ_BASE_URL": groq.base_url,
            "LLM_PROVIDER": "groq",
            "STT_PROVIDER": "groq",
            "LLM_MAX_RETRIES": "1",
            "LLM_TIMEOUT_SECONDS": "5",
        }
    return env


def leaks(written: dict[str, str]) -> list[tuple[str, str]]:
    """(secret, stream) for every secret found in what the process wrote."""
    return sorted(
        (name, stream)
        for name, secret in SECRETS.items()
        for stream, text in written.items()
        if secret in text
    )


def output(workdir: Path) -> dict[str, str]:
    """What the process wrote, by stream."""
    return {name: (workdir / name).read_text() for name in ("stdout.log", "stderr.log")}


@asynccontextmanager
async def service(env: dict[str, str], workdir: Path) -> AsyncIterator[asyncio.subprocess.Process]:
    """``python -m bots run`` writing to workdir/stdout.log and stderr.log; killed if left running.

    The working directory is the temp dir, so no developer's .env is read.
    """
    with (workdir / "stdout.log").open("wb") as out, (workdir / "stderr.log").open("wb") as err:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bots", "run", cwd=workdir, env=env, stdout=out, stderr=err
        )
        try:
            yield process
        finally:
            if process.returncode is None:
                process.kill()
                await process.wait()


async def drive_telegram(fake: FakeTelegram, groq: FakeGroq) -> None:
    """An interview with a Groq outage, a Telegram 429 and a failed voice download."""
    fake.push_command(TELEGRAM_USER, "/interview nurse")
    await fake.wait_for_text(TELEGRAM_USER, "Question 1/3", REPLY_SECONDS)
    groq.enqueue_fault("500", count=2)  # the first try and the one retry both fail
    fake.push_text(TELEGRAM_USER, STRONG)
    await fake.wait_for_text(TELEGRAM_USER, "Question 2/3", REPLY_SECONDS)
    fake.fail_next("sendMessage", 429, retry_after=1)
    fake.push_text(TELEGRAM_USER, STRONG)
    await fake.wait_for_text(TELEGRAM_USER, "Question 3/3", REPLY_SECONDS)
    note = ogg_opus_bytes("I checked the vitals and called the doctor")
    fake.fail_next("download", 502)
    fake.push_voice(TELEGRAM_USER, note, duration=3)
    await fake.wait_for_text(TELEGRAM_USER, "couldn't download", REPLY_SECONDS)
    fake.push_voice(TELEGRAM_USER, note, duration=3)
    await fake.wait_for_text(TELEGRAM_USER, "Interview feedback", REPLY_SECONDS)


async def drive_discord(fake: FakeDiscord) -> None:
    """An interview whose answer's follow-up is refused once (the user gets the apology)."""
    started = Conversation(
        fake,
        await fake.send_slash(DISCORD_USER, "interview", {"role": "nurse"}, subcommand="start"),
    )
    await started.reply("Question 1/3", REPLY_SECONDS)
    fake.fail_next("POST /webhooks/", 400, message="Invalid Form Body")
    answered = Conversation(
        fake,
        await fake.send_slash(DISCORD_USER, "interview", {"text": STRONG}, subcommand="answer"),
    )
    await answered.reply(SORRY, REPLY_SECONDS)


async def test_no_secret_reaches_stdout_or_stderr_even_on_error_paths(
    app_database_url: str, tmp_path: Path
) -> None:
    assert len(TELEGRAM_TOKEN.split(":")[1]) == 35 and len(GROQ_KEY) == 56
    async with (
        FakeTelegram(token=TELEGRAM_TOKEN) as telegram,
        FakeDiscord(token=DISCORD_TOKEN) as discord,
        FakeGroq(chat_handler=turn_or_report, transcription_text=HEARD) as groq,
    ):
        env = service_env(telegram, app_database_url, discord=discord, groq=groq)
        async with service(env, tmp_path) as process:
            await discord.wait_ready(START_SECONDS)
            await telegram.wait_for(lambda r: r.method == "setMyCommands", START_SECONDS)
            await drive_telegram(telegram, groq)
            await drive_discord(discord)
            process.send_signal(signal.SIGTERM)
            code = await asyncio.wait_for(process.wait(), STOP_SECONDS)
        shown = [r.plain or "" for r in telegram.messages_to(TELEGRAM_USER)]
        refused = [e.method for e in telegram.errors]
        downloads = telegram.calls["download"]
        groq_calls = groq.requests
    written = output(tmp_path)
    everything = "\n".join(written.values())
    assert code == 0, everything[-3000:]

    # The error paths really ran (and really carried the secrets to the fakes).
    assert any(FALLBACK_NOTICE in text for text in shown)
    assert any(DOWNLOAD_FAILED in text for text in shown)
    assert refused == ["sendMessage"] and downloads == 2  # the 429, then the 502 and a retry
    assert [r.fault for r in groq_calls[:2]] == ["500", "500"]
    assert all(r.has_auth for r in groq_calls)
    assert any(r.route == "transcription" for r in groq_calls)
    assert "discord bot running" in everything and "telegram bot running" in everything

    assert leaks(written) == []
    assert not any(secret in text for text in shown for secret in SECRETS.values())


async def test_a_token_rejected_at_start_up_is_not_printed_either(
    app_database_url: str, tmp_path: Path
) -> None:
    # The Bot API answers 401 to getMe; PTB's InvalidToken quotes the token in its message
    # and nothing in the service catches it, so it ends as an uncaught exception.
    async with (
        FakeTelegram(token="1:another-bots-token") as telegram,
        FakeDiscord(token=DISCORD_TOKEN) as discord,
        FakeGroq(chat_handler=turn_or_report) as groq,
    ):
        env = service_env(telegram, app_database_url, discord=discord, groq=groq)
        async with service(env, tmp_path) as process:
            code = await asyncio.wait_for(process.wait(), START_SECONDS)
    written = output(tmp_path)
    assert code != 0
    assert "InvalidToken: The token `***` was rejected" in written["stderr.log"]  # still says why
    assert leaks(written) == []


async def test_the_webhook_secret_the_service_makes_up_is_not_logged(
    app_database_url: str, tmp_path: Path, unused_tcp_port: int
) -> None:
    # PTB logs each Bot API call's parameters at DEBUG, setWebhook's secret_token included;
    # whoever has it can post forged updates to the webhook.
    url = f"http://127.0.0.1:{unused_tcp_port}/telegram"
    async with FakeTelegram(token=TELEGRAM_TOKEN) as telegram:
        env = service_env(telegram, app_database_url) | {
            "TELEGRAM_WEBHOOK_URL": url,
            "TELEGRAM_WEBHOOK_PORT": str(unused_tcp_port),
        }
        async with service(env, tmp_path) as process:
            await telegram.wait_for(lambda r: r.method == "setMyCommands", START_SECONDS)
            await until(lambda: telegram.webhook_url == url, START_SECONDS, "setWebhook")
            process.send_signal(signal.SIGTERM)
            code = await asyncio.wait_for(process.wait(), STOP_SECONDS)
    written = output(tmp_path)
    assert code == 0, written["stderr.log"][-3000:]
    assert "secret_token" in written["stderr.log"]  # the call was logged ...
    assert SHOWN_SECRET_TOKEN.findall("\n".join(written.values())) == []  # ... masked
    assert leaks(written) == []
