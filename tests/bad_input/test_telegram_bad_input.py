"""Bad input through the Telegram adapter: every message is an answer or gets a clear reply.

One bot serves the whole module and each input has its own user, who starts an interview,
sends the input, then a normal answer that must get the next question (nothing was lost).
"""

from __future__ import annotations

import itertools
import time
from collections.abc import AsyncIterator, Callable, Mapping
from dataclasses import dataclass
from typing import Any

import pytest
import pytest_asyncio

from bots.app import App
from bots.telegram import texts
from bots.telegram.send import MARKDOWN_V2
from engine import audio, entry
from engine.ports import UserKey
from fakes.audio import silent_ogg
from fakes.telegram_api import FakeTelegram
from tests.bad_input.conftest import ErrorRecords
from tests.bad_input.inputs import TEXTS, Outcome, as_answer, noise
from tests.bots.telegram_support import STRONG, TOKEN, exchange, running, say, settings_for
from tests.security.support import stored_answers

NOT_AN_ANSWER = MARKDOWN_V2.t(entry.NOT_AN_ANSWER())
UNKNOWN_COMMAND = MARKDOWN_V2.t(texts.UNKNOWN_COMMAND())
DECODE_MESSAGE = MARKDOWN_V2.t(audio.DECODE_MESSAGE())

pytestmark = pytest.mark.asyncio(loop_scope="module")
USERS = itertools.count(50_001)
ZERO_SECONDS = "That voice note is empty"  # the pre-check, before any download
Push = Callable[[FakeTelegram, int], object]


@dataclass(frozen=True)
class Case:
    """One input: how to send it and what must come of it."""

    push: Push
    outcome: Outcome


def text_case(text: str) -> Case:
    """A text message (Telegram has no empty messages: an empty text is "not an answer")."""
    if not text:
        outcome = Outcome(None, NOT_AN_ANSWER)
    elif text.startswith("/"):
        outcome = Outcome(None, UNKNOWN_COMMAND)
    else:
        outcome = as_answer(text)
    return Case(lambda fake, user: fake.push_text(user, text), outcome)


def photo(fake: FakeTelegram, user: int) -> int:
    """A photo message (no text)."""
    return fake.push_raw({"message": _message(fake, user, {"photo": [_file("photo")]})})


def sticker(fake: FakeTelegram, user: int) -> int:
    """A sticker message."""
    sticker = _file("sticker") | {"type": "regular", "is_animated": False, "is_video": False}
    return fake.push_raw({"message": _message(fake, user, {"sticker": sticker})})


def _file(kind: str) -> dict[str, Any]:
    return {"file_id": f"{kind}-id", "file_unique_id": f"{kind}-uid", "width": 512, "height": 512}


def _message(fake: FakeTelegram, user: int, content: Mapping[str, Any]) -> dict[str, Any]:
    chat = fake.add_chat(user)
    sender = {"id": user, "is_bot": False, "first_name": "Ana"}
    return {"message_id": 10_000 + user, "date": int(time.time()), "chat": chat, "from": sender,
            **content}  # fmt: skip


MEDIA: dict[str, Case] = {
    "voice-random-bytes": Case(
        lambda fake, user: fake.push_voice(user, noise(4_096, 1), duration=3),
        Outcome(None, DECODE_MESSAGE),
    ),
    "voice-ogg-header-then-garbage": Case(
        lambda fake, user: fake.push_voice(user, b"OggS" + noise(2_000, 2), duration=2),
        Outcome(None, DECODE_MESSAGE),
    ),
    "voice-zero-seconds": Case(
        lambda fake, user: fake.push_voice(user, silent_ogg(0.5), duration=0),
        Outcome(None, ZERO_SECONDS),
    ),
    "voice-zero-bytes": Case(
        lambda fake, user: fake.push_voice(user, b"", duration=1),
        Outcome(None, ZERO_SECONDS),
    ),
    "audio-file-garbage": Case(
        lambda fake, user: fake.push_audio(user, noise(3_000, 3), 4, file_name="answer.mp3"),
        Outcome(None, DECODE_MESSAGE),
    ),
    "audio-document-garbage": Case(
        lambda fake, user: fake.push_document(user, noise(3_000, 4), "answer.ogg", "audio/ogg"),
        Outcome(None, DECODE_MESSAGE),
    ),
    "text-document": Case(
        lambda fake, user: fake.push_document(user, b"my answer", "answer.txt", "text/plain"),
        Outcome(None, NOT_AN_ANSWER),
    ),
    "captioned-pdf": Case(
        lambda fake, user: fake.push_document(
            user, b"%PDF-1.4", "cv.pdf", "application/pdf", caption="My answer is attached"
        ),
        Outcome(None, NOT_AN_ANSWER),
    ),
    "photo": Case(photo, Outcome(None, NOT_AN_ANSWER)),
    "sticker": Case(sticker, Outcome(None, NOT_AN_ANSWER)),
}
CASES = {name: text_case(text) for name, text in TEXTS.items()} | MEDIA
assert not set(TEXTS) & set(MEDIA)


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def bot(
    module_app_database_url: str, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[tuple[FakeTelegram, App]]:
    """The Telegram bot (offline interviewer and recogniser, no follow-ups, 5 questions)."""
    async with FakeTelegram(token=TOKEN) as fake:
        settings = settings_for(
            fake,
            tmp_path_factory.mktemp("bot"),
            database_url=module_app_database_url,
            stt_provider="offline",
            default_questions=5,
        )
        async with running(settings) as app:
            yield fake, app


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
async def test_bad_input_is_an_answer_or_gets_a_clear_reply_and_loses_nothing(
    bot: tuple[FakeTelegram, App], case: Case, error_records: ErrorRecords
) -> None:
    fake, app = bot
    user, errors, refused = next(USERS), len(error_records.records), len(fake.errors)
    await say(fake, user, "/interview backend_engineer", "Question 1/5")

    reply = await exchange(fake, user, lambda: case.push(fake, user), case.outcome.reply)
    accepted = case.outcome.stored is not None
    after = await say(fake, user, STRONG, f"Question {3 if accepted else 2}/5")

    stored = stored_answers(app.sql_engine, UserKey("telegram", str(user)))
    assert stored == ([case.outcome.stored] if accepted else []) + [STRONG]
    assert reply.plain and after.plain and "Traceback" not in reply.plain
    assert error_records.since(errors) == []
    assert fake.errors[refused:] == []
