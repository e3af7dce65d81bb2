"""Spoken questions: an MP3 attachment with /voice on, text alone when speech synthesis fails."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from fakes.discord_api import FakeDiscord
from fakes.speaker import MP3, RecordingSpeaker
from tests.bots.discord_support import USER, button, content, running, settings_for, slash

# Every bot here runs on SQLite, and on PostgreSQL too when TEST_DATABASE_URL is set.
pytestmark = pytest.mark.usefixtures("app_database_url")


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord() as server:
        yield server


async def test_voice_on_attaches_the_spoken_question(fake: FakeDiscord, tmp_path: Path) -> None:
    speaker = RecordingSpeaker()
    async with running(settings_for(fake, tmp_path), tts=speaker):
        on = await slash(fake, USER, "voice", {"mode": "on"})
        await on.reply("Spoken questions are on")
        started = await slash(fake, USER, "interview", {"role": "nurse"}, subcommand="start")
        question = await started.reply("Question 1/3")
        assert question.files == {"question.mp3": MP3}
        assert button(question, "answer")  # the buttons stay on the message with the audio
        assert speaker.spoken and speaker.spoken[0][0] in content(question)
        off = await slash(fake, USER, "voice", {"mode": "off"})
        await off.reply("Spoken questions are off.")
        skipped = await slash(fake, USER, "interview", subcommand="skip")
        assert (await skipped.reply("Question 2/3")).files == {}


@pytest.mark.parametrize("speaker", [RecordingSpeaker(fail=True), RecordingSpeaker(delay=30)])
async def test_the_question_goes_out_as_text_when_speech_fails(
    fake: FakeDiscord, tmp_path: Path, speaker: RecordingSpeaker
) -> None:
    async with running(settings_for(fake, tmp_path), tts=speaker, tts_timeout_seconds=0.5):
        await (await slash(fake, USER, "voice", {"mode": "on"})).reply("on")
        started = await slash(fake, USER, "interview", {"role": "nurse"}, subcommand="start")
        question = await started.reply("Question 1/3", timeout=3)
        assert question.files == {} and button(question, "skip")
