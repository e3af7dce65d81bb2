"""Direct messages: typed and spoken answers (real OGG/Opus), hints, and server silence."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bots.discord.send import DISCORD
from engine import audio, voice_intake
from fakes.audio import (
    corrupted_ogg,
    encode_as,
    ogg_opus_bytes,
    require_espeak,
    speak_wav,
)
from fakes.discord_api import CHANNEL_ID, GUILD_ID, FakeDiscord
from tests.bots.discord_support import (
    STRONG,
    USER,
    active,
    button,
    content,
    dm_replies,
    dm_reply,
    is_ephemeral,
    key,
    running,
    settings_for,
    slash,
)
from tests.security.support import stored_answers

# Every bot here runs on SQLite, and on PostgreSQL too when TEST_DATABASE_URL is set.
pytestmark = pytest.mark.usefixtures("app_database_url")

NOW = "2025-01-01T00:00:00+00:00"
SPOKEN = "I worked on the project for three years and improved the team process"


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord() as server:
        yield server


def dm_payload(fake: FakeDiscord, text: str, attachments: list[Any]) -> dict[str, Any]:
    """A MESSAGE_CREATE from USER in their DM channel."""
    return {
        "id": "1300000000000000001", "channel_id": str(fake.dm_channel(USER)),
        "author": fake.user_payload(USER), "content": text, "timestamp": NOW,
        "edited_timestamp": None, "tts": False, "mention_everyone": False, "mentions": [],
        "mention_roles": [], "attachments": attachments, "embeds": [], "pinned": False,
        "type": 0, "flags": 0, "components": [],
    }  # fmt: skip


async def start_in_dm(fake: FakeDiscord) -> None:
    started = await slash(fake, USER, "interview", {"role": "nurse"}, subcommand="start",
                          guild=False)  # fmt: skip
    question = await started.reply("Question 1/3")
    assert button(question, "answer") and not is_ephemeral(question)


async def test_a_typed_dm_is_the_answer_and_gets_the_next_question(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    async with running(settings_for(fake, tmp_path)) as app:
        since = time.monotonic()
        await fake.send_dm(USER, "hello?")
        hint = await dm_reply(fake, USER, "You don't have an interview running", since)
        assert hint.json["allowed_mentions"] == {"parse": []}
        await start_in_dm(fake)
        since = time.monotonic()
        await fake.send_dm(USER, STRONG)
        reply = await dm_reply(fake, USER, "Question 2/3", since)
        assert button(reply, "skip").startswith("ipp:skip:")
        assert any(c.path.endswith("/typing") for c in fake.calls)  # "typing…" while it worked
        interview = await active(app, USER)
        assert interview is not None and interview.last_answer is not None
        assert interview.last_answer.text == STRONG


async def test_quick_dms_are_answers_in_the_order_they_were_sent(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    async with running(settings_for(fake, tmp_path)) as app:
        await start_in_dm(fake)
        since = time.monotonic()
        first, second = f"{STRONG} (first)", f"{STRONG} (second)"
        await fake.send_dm(USER, first)
        await fake.send_dm(USER, second)
        await dm_reply(fake, USER, "Question 3/3", since)
        assert stored_answers(app.sql_engine, key(USER)) == [first, second]
        questions = [content(c) for c in dm_replies(fake, USER, since) if "Question" in content(c)]
        assert ["Question 2/3" in q for q in questions] == [True, False]


async def test_a_dm_voice_message_is_transcribed_echoed_and_answered(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    require_espeak()
    audio = ogg_opus_bytes(SPOKEN)
    async with running(settings_for(fake, tmp_path, stt_provider="offline")) as app:
        await start_in_dm(fake)
        since = time.monotonic()
        await fake.send_dm_voice(USER, audio, duration_secs=4.5)
        heard = await dm_reply(fake, USER, "🎙 I heard: “", since)
        assert "Question 2/3" in content(heard)  # the echo comes before the next question
        words = content(heard).lower()
        assert sum(word in words for word in ("project", "three", "years", "team")) >= 2, words
        interview = await active(app, USER)
        assert interview is not None and interview.last_answer is not None
        assert interview.last_answer.audio is not None
        assert interview.last_answer.audio.provider


async def test_an_audio_file_in_a_dm_is_an_answer_too(fake: FakeDiscord, tmp_path: Path) -> None:
    require_espeak()
    samples, rate = speak_wav(SPOKEN)
    wav = encode_as(samples, rate, "WAV")
    async with running(settings_for(fake, tmp_path, stt_provider="offline")) as app:
        await start_in_dm(fake)
        since = time.monotonic()
        attachment = {
            "id": "1300000000000000002", "filename": "answer.wav", "size": len(wav),
            "url": fake.register_file(wav, "answer.wav"), "proxy_url": "",
            "content_type": "audio/wav",
        }  # fmt: skip
        # The fake sends only voice messages, so dispatch a plain audio file directly.
        await fake._dispatch("MESSAGE_CREATE", dm_payload(fake, "", [attachment]))
        await dm_reply(fake, USER, "🎙 I heard: “", since)
        interview = await active(app, USER)
        assert interview is not None and interview.last_answer is not None
        assert interview.last_answer.audio is not None


async def test_bad_voice_messages_get_clear_replies(fake: FakeDiscord, tmp_path: Path) -> None:
    async with running(settings_for(fake, tmp_path, stt_provider="offline")) as app:
        await start_in_dm(fake)
        since = time.monotonic()
        await fake.send_dm_voice(USER, b"OggS" + bytes(64), duration_secs=400)
        await dm_reply(fake, USER, "longer than 5 minutes", since)
        since = time.monotonic()
        await fake.send_dm_voice(USER, corrupted_ogg(), duration_secs=2)
        refused = content(await dm_reply(fake, USER, "", since))
        known = (audio.DECODE_MESSAGE, audio.EMPTY_MESSAGE, voice_intake.NOTHING_HEARD)
        assert refused in [DISCORD.t(key()) for key in (*known, voice_intake.TRANSCRIPTION_FAILED)]
        interview = await active(app, USER)
        assert interview is not None and interview.last_answer is None  # nothing was taken


async def test_plain_messages_in_a_server_are_ignored(fake: FakeDiscord, tmp_path: Path) -> None:
    async with running(settings_for(fake, tmp_path)) as app:
        started = await slash(fake, USER, "interview", {"role": "nurse"}, subcommand="start")
        await started.reply("Question 1/3")
        before = len(fake.calls)
        # The fake has no helper for server messages, so dispatch one directly.
        payload = dm_payload(fake, STRONG, []) | {"guild_id": str(GUILD_ID)}
        payload["channel_id"] = str(CHANNEL_ID)
        await fake._dispatch("MESSAGE_CREATE", payload)
        await asyncio.sleep(0.5)
        assert fake.calls[before:] == []
        assert dm_replies(fake, USER) == []
        interview = await active(app, USER)
        assert interview is not None and interview.last_answer is None
