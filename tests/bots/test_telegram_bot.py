"""The Telegram adapter as production runs it: a real PTB Application polling a loopback fake."""

from __future__ import annotations

import asyncio
import functools
import json
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from bots.app import build_app
from bots.telegram import keyboards, send
from bots.telegram.bot import TelegramAdapter
from engine.audio import TOO_LONG_AT, describe_duration
from engine.labels import MIXED
from engine.ports import StorageError, UserKey
from engine.providers.sphinx_speech import SphinxSpeechToText
from engine.roles import default_roles
from engine.speech import AudioError, Transcript
from fakes.audio import corrupted_ogg, ogg_opus_bytes, silent_ogg
from fakes.groq_api import FakeGroq
from fakes.interviewers import ScriptedInterviewer
from fakes.speaker import MP3, RecordingSpeaker
from fakes.telegram_api import FakeTelegram
from storage.db import make_engine
from storage.repository import SqlRepository
from tests.bots.telegram_support import (
    STRONG,
    TOKEN,
    WAIT,
    exchange,
    no_refusals,
    press,
    running,
    say,
    settings_for,
    shows,
    started,
    texts_to,
)
from tests.waiting import until

# Every bot here runs on SQLite, and on PostgreSQL too when TEST_DATABASE_URL is set.
pytestmark = pytest.mark.usefixtures("app_database_url")

USER, OTHER, GROUP = 1001, 1002, -100500
MARKDOWN_BREAKER = "*_[]()~`>#+-=|{}.! and *unbalanced _markers ``` \\ [link](http://x"
HEARD_BY_GROQ = "I led the migration *fast* [really] (twice) — p95 fell 40%!"
SPOKEN = "I worked on the project for three years"


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram(token=TOKEN) as server:
        yield server


def in_order(text: str, *parts: str) -> bool:
    """Whether ``parts`` occur in ``text`` one after another."""
    position = 0
    for part in parts:
        position = text.find(part, position)
        if position < 0:
            return False
        position += len(part)
    return True


async def start_interview(fake: FakeTelegram, user: int, role: str = "backend_engineer") -> None:
    await say(fake, user, f"/interview {role}", "Question 1/")


# ---------------------------------------------------------------------------------- interview
async def test_a_full_interview_by_buttons_with_text_voice_and_audio_answers(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    async with FakeGroq(transcription_text=HEARD_BY_GROQ) as groq:
        settings = settings_for(
            fake,
            tmp_path,
            groq_api_key="gsk_test_key_not_real",
            groq_base_url=groq.base_url,
            stt_provider="groq",
            default_questions=5,
        )
        async with running(settings):
            languages = {json.loads(key)[1] for key in fake.commands}
            assert languages == {"", "es", "de", "fr", "pt", "ru", "hi"}  # "": everyone else
            commands = fake.menu()
            assert {c["command"] for c in commands} >= {"start", "interview", "delete_me", "lang"}
            described = {c["command"]: c["description"] for c in commands}
            german = {c["command"]: c["description"] for c in fake.menu("de")}
            assert set(german) == set(described) and german["help"] != described["help"]

            welcome = await say(fake, USER, "/start", "Pick a role")
            kinds = await press(fake, USER, welcome, "role:backend_engineer", "which kind")
            assert kinds.method == "editMessageText"
            levels = await press(fake, USER, kinds, "type:backend_engineer:behavioral", "how hard")
            await press(fake, USER, levels, "level:backend_engineer:behavioral:2", "Question 1/5")

            await say(fake, USER, STRONG, "Question 2/5")
            note = ogg_opus_bytes("I led the migration and p95 fell by forty percent")
            # A voice note and, right behind it, a typed answer: the voice note (downloaded and
            # transcribed first) must still be taken first.
            fake.push_voice(USER, note, duration=4)
            fake.push_text(USER, STRONG)
            await fake.wait_for(shows(USER, "Question 4/5"), WAIT)
            await exchange(
                fake,
                USER,
                lambda: fake.push_audio(USER, note, 4, "audio/ogg", file_name="answer.ogg"),
                "Question 5/5",
            )
            report = await say(fake, USER, "/end", "Interview feedback")

        [first, second] = groq.calls("transcription")
        assert first.file_bytes == note and second.file_bytes == note
    transcript = "\n\n".join(texts_to(fake, USER))
    heard = f"🎙 I heard: “{HEARD_BY_GROQ}”\n\nQuestion "  # the echo, then the next question
    assert in_order(transcript, "Question 2/5", heard + "3/5", "Question 4/5", heard + "5/5")
    assert report.plain is not None
    for part in ("Scores", "Overall", "█", "Question by question", "2 voice answers", "of 5"):
        assert part in report.plain
    assert report.reply_markup == {
        "inline_keyboard": [[{"text": "🔁 Practise again", "callback_data": "again"}]]
    }
    no_refusals(fake)


async def test_a_voice_note_is_transcribed_by_the_offline_recogniser(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    async with running(settings_for(fake, tmp_path, stt_provider="offline")):
        await start_interview(fake, USER)
        note = ogg_opus_bytes(SPOKEN)
        heard = await exchange(
            fake, USER, lambda: fake.push_voice(USER, note, duration=3), "I heard"
        )
        await fake.wait_for(shows(USER, "Question 2/3"), WAIT)
    assert heard.plain is not None
    assert {"project", "three", "years"} & set(heard.plain.lower().split())
    no_refusals(fake)


async def test_unusable_voice_notes_and_files_get_clear_replies(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    speech = LyingHeaderSpeech()
    async with running(settings_for(fake, tmp_path), speech=speech):
        hint = await exchange(
            fake, USER, lambda: fake.push_voice(USER, silent_ogg(1.0), duration=1), "/start"
        )
        assert "don't have an interview" in (hint.plain or "")
        await start_interview(fake, USER)
        downloads = fake.calls["getFile"]
        cases = [
            (lambda: fake.push_voice(USER, corrupted_ogg(), duration=2), "couldn't decode"),
            (lambda: fake.push_voice(USER, b"", duration=0), "empty"),
            (
                lambda: fake.push_voice(
                    USER, silent_ogg(1.0), duration=1, file_size=25 * 1024 * 1024
                ),
                "too large",
            ),
            (lambda: fake.push_voice(USER, silent_ogg(1.0), duration=400), "longer than 5"),
            (lambda: fake.push_document(USER, b"%PDF-1.4", "cv.pdf", "application/pdf"), "text"),
        ]
        for push, expect in cases:
            await exchange(fake, USER, push, expect)
        assert fake.calls["getFile"] == downloads + 1  # only the corrupted note was fetched
        speech.lying = True
        await exchange(
            fake,
            USER,
            lambda: fake.push_voice(USER, silent_ogg(1.0), duration=1),
            "it is 9 minutes",
        )
        still = await say(fake, USER, "/skip", "Question 2/3")
    assert still.plain
    no_refusals(fake)


class LyingHeaderSpeech:
    """The offline recogniser, until ``lying``: then it finds, while decoding, that the audio
    is unusable."""

    def __init__(self) -> None:
        self.real = SphinxSpeechToText()
        self.lying = False

    async def transcribe(self, audio: bytes, *, filename: str, language: str) -> Transcript:
        if self.lying:
            limit, length = describe_duration(300), describe_duration(540)
            raise AudioError(TOO_LONG_AT(limit=limit, length=length))
        return await self.real.transcribe(audio, filename=filename, language=language)


class FailingRepository(SqlRepository):
    """The SQL repository, whose next saves fail with ``failures`` (first in, first out)."""

    def __init__(self, database_url: str) -> None:
        super().__init__(make_engine(database_url))
        self.failures: list[Exception] = []

    def save_interview(self, *args: Any, **kwargs: Any) -> None:
        if self.failures:
            raise self.failures.pop(0)
        super().save_interview(*args, **kwargs)


async def test_a_redelivered_update_is_answered_once(fake: FakeTelegram, tmp_path: Path) -> None:
    async with running(settings_for(fake, tmp_path)):
        await start_interview(fake, USER)
        update_id = fake.push_text(USER, STRONG)
        await fake.wait_for(shows(USER, "Question 2/3"), WAIT)
        fake.redeliver(update_id)
        await say(fake, USER, "/help", "/delete_me")  # handled after the redelivery
    assert sum("Question 2/3" in t for t in texts_to(fake, USER)) == 1
    assert not any("Question 3/3" in t for t in texts_to(fake, USER))


async def test_users_run_concurrently_and_each_users_messages_in_order(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    slow = ScriptedInterviewer(latency=1.0)
    async with running(settings_for(fake, tmp_path), interviewer=slow):
        await start_interview(fake, USER)
        await start_interview(fake, OTHER, "Registered Nurse")  # a role's name works too
        started = time.monotonic()
        fake.push_text(USER, "First answer: I would check the logs, then the metrics.")
        fake.push_text(OTHER, "I'd calmly ask the patient why and tell the doctor.")
        # sent before the first was assessed
        fake.push_text(USER, "I'd roll back, then write the missing tests.")
        theirs = await fake.wait_for(shows(OTHER, "Question 2/3"), WAIT)
        mine = await fake.wait_for(shows(USER, "Question 3/3"), WAIT)
    # OTHER's 1 s turn ran alongside USER's first, not after it; USER's two ran in a row.
    assert theirs.ts - started < 1.8
    assert mine.ts - started >= 2.0
    transcript = "\n".join(texts_to(fake, USER))
    assert in_order(transcript, "Question 1/3", "Question 2/3", "Question 3/3")
    assert len(slow.calls) == 3  # nothing dropped


async def test_typing_is_shown_while_a_slow_turn_runs_and_stops_with_the_reply(
    fake: FakeTelegram, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(send, "ACTION_DELAY_SECONDS", 0.1)
    monkeypatch.setattr(send, "ACTION_REFRESH_SECONDS", 0.2)
    slow = ScriptedInterviewer(latency=1.0)
    async with running(settings_for(fake, tmp_path), interviewer=slow):
        await start_interview(fake, USER)
        reply = await say(fake, USER, STRONG, "Question 2/3")
        await asyncio.sleep(0.5)
    typing = [r for r in fake.sent if r.method == "sendChatAction"]
    assert len(typing) >= 4 and all(r.params["action"] == "typing" for r in typing)
    assert max(r.ts for r in typing) < reply.ts  # cancelled once the turn was done


async def test_health_turns_red_while_polls_fail_and_green_again(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    async with started(settings_for(fake, tmp_path)) as (_app, adapter):
        assert adapter.health() == (True, "polling")
        fake.fail_next("getUpdates", 502)
        fake.push_text(USER, "/help")  # ends the long poll in progress; the next one fails
        await until(lambda: not adapter.health()[0], WAIT, "health to report failing polls")
        assert adapter.health() == (False, "polling fails: NetworkError")
        await say(fake, USER, "/help", "/interview")  # polling recovered by itself
    assert adapter.health() == (False, "stopped")


async def test_a_restarted_bot_resumes_the_interview(fake: FakeTelegram, tmp_path: Path) -> None:
    settings = settings_for(fake, tmp_path)
    async with running(settings):
        await start_interview(fake, USER)
        await say(fake, USER, STRONG, "Question 2/3")
    fake.push_text(USER, STRONG)  # sent while the bot is down
    async with running(settings):
        await fake.wait_for(shows(USER, "Question 3/3"), WAIT)
        welcome = await say(fake, USER, "/start", "in progress")
        waiting = await fake.wait_for(shows(USER, "Here's where we are"), WAIT)
        report = await say(fake, USER, STRONG, "Interview feedback")
    assert welcome.ts < waiting.ts and "Question 3/3" in (waiting.plain or "")
    assert "(3 of 3 answered)" in (report.plain or "")


async def test_long_answers_and_markdown_breaking_text_are_answered_cleanly(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    long_name = " ".join([MARKDOWN_BREAKER] * 80)  # over 4096 characters once escaped
    async with running(settings_for(fake, tmp_path)):
        await say(fake, USER, f"/interview {long_name}", "Pick one below")
        echoed = fake.messages_to(USER)
        await start_interview(fake, USER)
        long_answer = ((STRONG + " " + MARKDOWN_BREAKER + "\n\n") * 30)[:5000]
        await say(fake, USER, long_answer, "Question 2/3")
        await say(fake, USER, MARKDOWN_BREAKER, "Question 3/3")
        report = await say(fake, USER, "/end", "Interview feedback")
    assert len(echoed) >= 2  # split at Telegram's limit
    assert all(len(r.plain or "") <= 4096 for r in fake.messages_to(USER))
    assert long_name.replace(" ", "") in "".join(r.plain or "" for r in echoed).replace(" ", "")
    assert report.parse_mode == "MarkdownV2"
    no_refusals(fake)


# ---------------------------------------------------------------------------------- commands
async def test_history_pages_with_buttons(fake: FakeTelegram, tmp_path: Path) -> None:
    async with running(settings_for(fake, tmp_path)):
        for _ in range(6):
            await start_interview(fake, USER, "teacher")
            await say(fake, USER, "/end", "Interview feedback")
        first = await say(fake, USER, "/history", "page 1/2")
        second = await press(fake, USER, first, "hist:2", "page 2/2")
        back = await press(fake, USER, second, "hist:1", "page 1/2")
    assert second.method == back.method == "editMessageText"
    assert (first.plain or "").count("teacher") == 5 and (second.plain or "").count("teacher") == 1
    no_refusals(fake)


async def test_spoken_questions_and_text_first_when_tts_fails(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    tts = RecordingSpeaker()
    async with running(settings_for(fake, tmp_path), tts=tts, tts_timeout_seconds=0.5):
        await say(fake, USER, "/voice", "are off")
        await say(fake, USER, "/voice on", "are on")
        await start_interview(fake, USER)
        voice = await fake.wait_for(lambda r: r.method == "sendVoice", WAIT)
        question = next(r for r in fake.messages_to(USER) if "Question 1/3" in (r.plain or ""))
        assert question.ts <= voice.ts and voice.file == MP3
        assert tts.spoken[0][0] in (question.plain or "")

        tts.fail = True
        await say(fake, USER, STRONG, "Question 2/3")
        tts.fail, tts.delay = False, 3600
        await say(fake, USER, STRONG, "Question 3/3")
        await say(fake, USER, "/end", "Interview feedback")  # not stuck behind the TTS
        await say(fake, USER, "/voice off", "are off")
    assert fake.calls["sendVoice"] == 1 and len(tts.spoken) == 3
    no_refusals(fake)


async def test_delete_me_asks_first_then_deletes(fake: FakeTelegram, tmp_path: Path) -> None:
    async with running(settings_for(fake, tmp_path)) as app:
        await start_interview(fake, USER)
        await say(fake, USER, STRONG, "Question 2/3")
        ask = await say(fake, USER, "/delete_me", "cannot be undone")
        await press(fake, USER, ask, "delete:no", "Nothing was deleted")
        ask = await say(fake, USER, "/delete_me", "cannot be undone")
        done = await press(fake, USER, ask, "delete:yes", "I deleted everything")
        await say(fake, USER, "/history", "No interviews yet")
        assert await app.entry.flow.active(UserKey("telegram", str(USER))) is None
    assert done.method == "editMessageText"


def push_mention(fake: FakeTelegram, user: int) -> int:
    """A group message mentioning the bot, with the entity Telegram adds."""
    text = "hey @practice_partner_bot, interview me"
    message = {
        "message_id": 900,
        "date": int(time.time()),
        "chat": {"id": GROUP, "type": "group", "title": "Study group"},
        "from": {"id": user, "is_bot": False, "first_name": "Bo"},
        "text": text,
        "entities": [{"type": "mention", "offset": 4, "length": len("@practice_partner_bot")}],
    }
    return fake.push_raw({"message": message})


async def test_groups_get_a_deep_link_to_a_private_chat(fake: FakeTelegram, tmp_path: Path) -> None:
    link = "https://t.me/practice_partner_bot?start=group"
    async with running(settings_for(fake, tmp_path)):
        fake.push_group_text(USER, GROUP, "just chatting, not for the bot")
        fake.push_group_text(USER, GROUP, "/start@other_bot")
        first = await exchange(
            fake, GROUP, lambda: fake.push_group_text(USER, GROUP, "/start"), "privately"
        )
        second = await exchange(fake, GROUP, lambda: push_mention(fake, OTHER), "privately")
    assert link in (first.plain or "") and link in (second.plain or "")
    assert first.reply_markup == {
        "inline_keyboard": [[{"text": "Open a private chat", "url": link}]]
    }
    assert len(fake.messages_to(GROUP)) == 2
    assert fake.messages_to(USER) == []


async def test_language_help_hints_and_unknown_input(fake: FakeTelegram, tmp_path: Path) -> None:
    async with running(settings_for(fake, tmp_path)):
        await say(fake, USER, "Hello?", "Send /start")
        await say(fake, USER, "/lang", "language is English")
        await say(fake, USER, "/lang klingon", "isn't a 2-letter language code")
        await say(fake, USER, "/lang qq", "isn't a language I interview in yet")
        await say(fake, USER, "/frobnicate", "/help")
        await say(fake, USER, "/roles", "nurse")
        await say(fake, USER, "/feedback", "No interviews yet")
        await say(fake, USER, "/skip", "no interview in progress")
        for stale in ("role:retired_role", "level:nurse:chatting:2", "hist:x", "bogus"):
            push = functools.partial(fake.push_callback, USER, stale, 999)
            await exchange(fake, USER, push, "expired")
        picker = await exchange(
            fake, USER, lambda: fake.push_callback(USER, "again", 999), "Pick a role"
        )
        await press(fake, USER, picker, "role:nurse", "which kind")
        # From the choice on, everything is in the language chosen, buttons too.
        await say(fake, USER, "/lang DE", "Interviewsprache auf Deutsch gesetzt")
        await say(fake, USER, "/lang", "Deine Interviewsprache ist Deutsch")
        welcome = await say(fake, USER, "/start", "Rolle")
        assert "Pflegefachkraft" in json.dumps(welcome.params["reply_markup"], ensure_ascii=False)
        await say(fake, USER, "/lang Español", "Español")
        await say(fake, USER, "/lang en", "set to English")
    no_refusals(fake)


async def test_failures_get_friendly_replies_never_tracebacks(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    settings = settings_for(fake, tmp_path)
    repository = FailingRepository(settings.database_url)
    async with running(settings, repository=repository):
        await start_interview(fake, USER)
        repository.failures = [RuntimeError("boom: internal detail")]
        await say(fake, USER, "/skip", "Sorry, something went wrong")
        repository.failures = [StorageError("down"), StorageError("still down")]
        await say(fake, USER, "/end", "couldn't reach my database")
        await say(fake, USER, "/skip", "Question 2/3")
    assert not any("boom" in t or "Traceback" in t for t in texts_to(fake, USER))


def test_every_shipped_keyboard_fits_telegrams_callback_limit() -> None:
    for role in default_roles().values():
        keyboards.role_keyboard([role])
        keyboards.kind_keyboard(role, send.MARKDOWN_V2)
        for kind in [*role.interview_types, MIXED]:
            keyboards.level_keyboard(role, str(kind), send.MARKDOWN_V2)
    with pytest.raises(ValueError, match="64 bytes"):
        keyboards.callback_data("role", "x" * 70)


async def test_webhook_mode_takes_updates_posted_with_the_secret(
    fake: FakeTelegram, tmp_path: Path, unused_tcp_port: int
) -> None:
    url = f"http://127.0.0.1:{unused_tcp_port}/telegram"
    settings = settings_for(
        fake, tmp_path, telegram_webhook_url=url, telegram_webhook_port=unused_tcp_port
    )
    app = build_app(settings)
    adapter = TelegramAdapter(app, webhook_listen="127.0.0.1", webhook_secret="s3cret")
    await asyncio.wait_for(adapter.start(), WAIT)
    try:
        assert fake.webhook_url == url and adapter.health() == (True, "webhook, sets the webhook")
        update = {
            "update_id": 77,
            "message": {
                "message_id": 1,
                "date": int(time.time()),
                "chat": {"id": USER, "type": "private", "first_name": "Ana"},
                "from": {"id": USER, "is_bot": False, "first_name": "Ana"},
                "text": "/help",
                "entities": [{"type": "bot_command", "offset": 0, "length": 5}],
            },
        }
        fake.add_chat(USER)
        async with aiohttp.ClientSession() as http:
            async with http.post(url, json=update) as refused:
                assert refused.status == 403
            secret = {"X-Telegram-Bot-Api-Secret-Token": "s3cret"}
            async with http.post(url, json=update, headers=secret) as accepted:
                assert accepted.status == 200
        await fake.wait_for(shows(USER, "/delete_me"), WAIT)
    finally:
        await asyncio.wait_for(adapter.stop(), WAIT)
        app.close()
    assert adapter.health() == (False, "stopped")
