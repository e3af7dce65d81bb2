"""Bad input through the Discord adapter: by DM, by /interview answer and by the answer modal.

Every input is an answer or gets a clear reply, no request the bot makes is refused, and a
normal answer afterwards gets the next question. One bot serves the whole module; each
(input, way in) pair has its own user.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass

import pytest
import pytest_asyncio

from bots.app import App
from bots.discord.send import DISCORD
from engine import audio, entry
from fakes.audio import silent_ogg
from fakes.discord_api import Call, FakeDiscord
from tests.bad_input.conftest import ErrorRecords
from tests.bad_input.inputs import TEXTS, Outcome, as_answer, noise
from tests.bots.discord_support import (
    STRONG,
    WAIT,
    button,
    click,
    content,
    custom_ids,
    key,
    plain,
    running,
    settings_for,
    slash,
    submit,
)
from tests.security.support import stored_answers

NOT_AN_ANSWER = DISCORD.t(entry.NOT_AN_ANSWER())
DECODE_MESSAGE = DISCORD.t(audio.DECODE_MESSAGE())


pytestmark = pytest.mark.asyncio(loop_scope="module")
USERS = itertools.count(600_000_000_000_000_001)
WAYS = ("dm", "slash", "modal")
ZERO_SECONDS = "That voice note is empty"  # the pre-check, before any download


@dataclass
class DiscordBot:
    """The running bot and its fake."""

    fake: FakeDiscord
    app: App


Send = Callable[[DiscordBot, int], Awaitable[object]]


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def bot(
    module_app_database_url: str, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[DiscordBot]:
    """The Discord bot (offline interviewer and recogniser, no follow-ups, 5 questions)."""
    async with FakeDiscord() as fake:
        settings = settings_for(
            fake,
            tmp_path_factory.mktemp("bot"),
            database_url=module_app_database_url,
            stt_provider="offline",
            default_questions=5,
        )
        async with running(settings) as app:
            yield DiscordBot(fake, app)


@dataclass
class Candidate:
    """One user's interview, answered one way: by DM, by /interview answer or by the modal."""

    bot: DiscordBot
    errors: ErrorRecords
    user: int
    way: str
    question: Call | None = None  # the latest question's message, whose Answer button we press
    first_error: int = 0
    first_call: int = 0

    async def start(self) -> None:
        """Start an interview (in a DM for DM answers, else in the server)."""
        self.first_error, self.first_call = len(self.errors.records), len(self.bot.fake.calls)
        started = await slash(
            self.bot.fake, self.user, "interview", {"role": "backend_engineer"},
            subcommand="start", guild=self.way != "dm",
        )  # fmt: skip
        self.question = await started.reply("Question 1/5")

    async def send_dm(self, send: Send, expect: str) -> str:
        """Send something by DM; the first later DM to the user showing ``expect``."""
        fake, since = self.bot.fake, time.monotonic()
        await send(self.bot, self.user)

        def shown() -> str | None:
            texts = (plain(m.content) for m in fake.dm_messages(self.user) if m.at >= since)
            return next((t for t in texts if expect in t), None)

        return await fake.wait_until(shown, WAIT, what=f"DM showing {expect!r}")

    async def answer(self, text: str, expect: str) -> str:
        """Answer ``text`` this candidate's way; the reply showing ``expect``."""
        fake, user = self.bot.fake, self.user
        if self.way == "dm":
            return await self.send_dm(lambda bot, user: bot.fake.send_dm(user, text), expect)
        if self.way == "slash":
            sent = await slash(fake, user, "interview", {"text": text}, subcommand="answer")
        else:
            assert self.question is not None
            opened = await click(fake, user, button(self.question, "answer"))
            modal = (await opened.responded()).json["data"]
            sent = await submit(fake, user, modal["custom_id"], text)
        reply = await sent.reply(expect)
        if any(c.startswith("ipp:answer:") for c in custom_ids(reply)):
            self.question = reply  # buttons under an earlier question act on nothing
        return content(reply)

    async def carries_on(self, outcome: Outcome) -> None:
        """A normal answer gets the next question; storage, logs and REST calls are clean."""
        accepted = outcome.stored is not None
        await self.answer(STRONG, f"Question {3 if accepted else 2}/5")
        stored = stored_answers(self.bot.app.sql_engine, key(self.user))
        assert stored == ([outcome.stored] if accepted else []) + [STRONG]
        assert self.errors.since(self.first_error) == []
        calls = self.bot.fake.calls[self.first_call :]
        assert [f"{c.method} {c.path} -> {c.status}" for c in calls if c.status >= 400] == []


def dm_outcome(text: str) -> Outcome:
    """A DM with no visible text is "not an answer"; anything else goes to the interview."""
    return Outcome(None, NOT_AN_ANSWER) if not text.strip() else as_answer(text)


TEXT_CASES = [(name, way) for name in TEXTS for way in WAYS]


@pytest.mark.parametrize(("name", "way"), TEXT_CASES, ids=[f"{w}-{n}" for n, w in TEXT_CASES])
async def test_bad_text_is_an_answer_or_gets_a_clear_reply_and_loses_nothing(
    bot: DiscordBot, name: str, way: str, error_records: ErrorRecords
) -> None:
    text = TEXTS[name]
    outcome = dm_outcome(text) if way == "dm" else as_answer(text)
    candidate = Candidate(bot, error_records, next(USERS), way)
    await candidate.start()
    reply = await candidate.answer(text, outcome.reply)
    assert "Traceback" not in reply
    await candidate.carries_on(outcome)


def _attachment(data: bytes, name: str, kind: str) -> Send:
    """A DM with only an attachment."""
    return lambda bot, user: bot.fake.send_dm(
        user, "", attachments=[bot.fake.make_attachment(data, name, kind)]
    )


MEDIA: dict[str, tuple[Send, Outcome]] = {
    "voice-random-bytes": (
        lambda b, u: b.fake.send_dm_voice(u, noise(4_096, 11), 3.0),
        Outcome(None, DECODE_MESSAGE),
    ),
    "voice-ogg-header-then-garbage": (
        lambda b, u: b.fake.send_dm_voice(u, b"OggS" + noise(2_000, 12), 2.0),
        Outcome(None, DECODE_MESSAGE),
    ),
    "voice-zero-seconds": (
        lambda b, u: b.fake.send_dm_voice(u, silent_ogg(0.5), 0.0),
        Outcome(None, ZERO_SECONDS),
    ),
    "voice-zero-bytes": (
        lambda b, u: b.fake.send_dm_voice(u, b"", 1.0),
        Outcome(None, ZERO_SECONDS),
    ),
    "audio-file-garbage": (
        _attachment(noise(3_000, 13), "answer.mp3", "audio/mpeg"),
        Outcome(None, DECODE_MESSAGE),
    ),
    "pdf-without-text": (
        _attachment(b"%PDF-1.4", "cv.pdf", "application/pdf"),
        Outcome(None, NOT_AN_ANSWER),
    ),
    "image-with-text": (
        lambda b, u: b.fake.send_dm(
            u,
            "My answer: see the diagram.",
            attachments=[b.fake.make_attachment(b"\x89PNG\r\n", "diagram.png", "image/png")],
        ),
        as_answer("My answer: see the diagram."),
    ),
}


@pytest.mark.parametrize("name", MEDIA)
async def test_bad_attachments_by_dm_get_a_clear_reply_and_lose_nothing(
    bot: DiscordBot, name: str, error_records: ErrorRecords
) -> None:
    send, outcome = MEDIA[name]
    candidate = Candidate(bot, error_records, next(USERS), "dm")
    await candidate.start()
    await candidate.send_dm(send, outcome.reply)
    await candidate.carries_on(outcome)
