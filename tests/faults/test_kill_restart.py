"""SIGKILL the bot at 20 points of an interview: every answer is stored once, in order.

The bot runs as a real process (``python -m bots run``) long polling a loopback fake of the Bot
API. After each kill it is restarted; an update it never fetched is fetched again (the fake
keeps updates until a later ``getUpdates`` offset confirms them), and one it fetched but did not
finish must be finished by the next process, because PTB confirms an update's offset with the
very next poll, long before the handler is done. The bot stores each update as it is queued
(bots/telegram/inbox.py) and each answer claims its update when it is committed, so a replay
neither loses nor repeats an answer.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from engine.events import Event, Sender, Text, UpdateRef
from fakes.bot_process import BotProcess
from fakes.telegram_api import FakeTelegram
from storage.db import make_engine
from storage.repository import SqlRepository
from tests.bots.telegram_support import running, say, texts_to
from tests.faults.support import bot_settings, offline_settings, stored_answers
from tests.waiting import until

TOKEN = "555000:KILL-token-not-real_abcdefghijkl"
USER = 7070
QUESTIONS = 10
STORE_SECONDS = 20.0
REPLY_SECONDS = 20.0
SLOW_SEND_SECONDS = 2.0  # the fake holds sendMessage this long, so a kill lands mid-reply
WAIT_SECONDS = 15.0


@dataclass(frozen=True)
class Kill:
    """Where to kill: ``answers`` pushed at once, then ``after`` (seconds or an event)."""

    answers: int = 1
    after: float | str = 0.0  # seconds, "confirmed" (next poll arrived), "replying"
    again_at_start: bool = False  # then kill the restarted bot while it starts up


# Interview A takes 10 answers (the 10th completes it); B takes 8, then a 9th with no kill and
# /end. 17 kills after pushing answers, 3 more while the restarted bot starts up.
PLAN_A = [
    Kill(after=0.0), Kill(after="confirmed"), Kill(after="replying"), Kill(after=0.005),
    Kill(answers=2, after="confirmed", again_at_start=True), Kill(after=0.01),
    Kill(after=0.02), Kill(after=0.05), Kill(after="replying"),
]  # fmt: skip
PLAN_B = [
    Kill(after=0.0), Kill(after=0.1), Kill(after="confirmed", again_at_start=True),
    Kill(after=0.15), Kill(after="replying"), Kill(after=0.03, again_at_start=True),
    Kill(after=0.2), Kill(after=0.3),
]  # fmt: skip


def answer_text(interview: str, number: int) -> str:
    """A distinct, ordinary answer (so the stored text identifies it)."""
    return (
        f"Answer {interview}{number}: I owned the rollout, measured error rates before and after, "
        f"and cut incidents by {number * 7} percent within a quarter."
    )


@pytest.mark.timeout(300)
async def test_sigkill_at_20_points_loses_no_answer(tmp_path: Path) -> None:
    database = tmp_path / "kill.db"
    async with FakeTelegram(token=TOKEN) as fake:
        bot = BotProcess(
            fake,
            tmp_path,
            offline_settings(database, QUESTIONS, LOG_LEVEL="INFO"),
        )
        pushed: list[str] = []
        kills = 0

        async def push_and_kill(kill: Kill, texts: list[str]) -> None:
            nonlocal kills
            polls, sends = fake.calls["getUpdates"], fake.calls["sendMessage"]
            if kill.after == "replying":
                fake.latency = SLOW_SEND_SECONDS
            for text in texts:
                fake.push_text(USER, text)
                pushed.append(text)
            if kill.after == "confirmed":  # the poll after the one that fetched the answers
                await until(lambda: fake.calls["getUpdates"] > polls, 5, "the next poll")
            elif kill.after == "replying":
                await until(lambda: fake.calls["sendMessage"] > sends, 10, "a reply being sent")
            else:
                assert isinstance(kill.after, float)
                await asyncio.sleep(kill.after)
            await bot.kill()
            kills += 1
            fake.latency = 0.0
            if kill.again_at_start:
                commands = fake.calls["setMyCommands"]
                await bot.start(wait=False)
                await until(lambda: fake.calls["setMyCommands"] > commands, 30, "start-up")
                await bot.kill()
                kills += 1
            await bot.start()
            # The restarted bot must store what was pushed — nothing lost, nothing twice.
            await until(
                lambda: len(stored_answers(database, USER)) >= len(pushed),
                STORE_SECONDS,
                f"{len(pushed)} stored answers",
            )

        try:
            await bot.start()
            fake.push_command(USER, "/interview backend_engineer")
            await fake.wait_for_text(USER, f"Question 1/{QUESTIONS}", REPLY_SECONDS)
            number = 0
            for kill in PLAN_A:
                texts = [answer_text("A", number + i + 1) for i in range(kill.answers)]
                number += kill.answers
                await push_and_kill(kill, texts)
            assert number == QUESTIONS
            fake.push_command(USER, "/interview backend_engineer")
            await fake.wait_for(
                lambda r: r.chat_id == USER and "Starting" in (r.plain or ""), REPLY_SECONDS
            )
            number = 0
            for kill in PLAN_B:
                texts = [answer_text("B", number + i + 1) for i in range(kill.answers)]
                number += kill.answers
                await push_and_kill(kill, texts)
            # After the last restart the next answer gets the next question...
            start = len(fake.sent)
            last = answer_text("B", number + 1)
            fake.push_text(USER, last)
            pushed.append(last)
            expected = f"Question {number + 2}/{QUESTIONS}"
            await fake.wait_for(
                lambda r: r.chat_id == USER and expected in (r.plain or ""),
                REPLY_SECONDS,
                start=start,
            )
            # ...and /end reports on interview B.
            start = len(fake.sent)
            fake.push_command(USER, "/end")
            report = await fake.wait_for(
                lambda r: r.chat_id == USER and "Interview feedback" in (r.plain or ""),
                REPLY_SECONDS,
                start=start,
            )
            code = await bot.stop()
        except (TimeoutError, AssertionError) as error:
            transcript = "\n".join(f"> {r.plain}" for r in fake.messages_to(USER))
            stored = "\n".join(text for _, text in stored_answers(database, USER))
            raise AssertionError(
                f"{error}\n--- chat:\n{transcript}\n--- stored:\n{stored}\n"
                f"--- bot log:\n{bot.log_tail()}"
            ) from error
        finally:
            await bot.kill()
        log = bot.log_path.read_text(errors="replace")
    assert kills == 20
    answers = stored_answers(database, USER)
    assert [text for _, text in answers] == pushed, log
    sessions = sorted({session for session, _ in answers})
    assert len(sessions) == 2
    assert [s for s, _ in answers].count(sessions[0]) == QUESTIONS
    # Whatever the kill interrupted, the user saw every question of both interviews and both
    # reports: a replayed answer that was stored already gets the question (or report) again.
    chat = [r.plain or "" for r in fake.messages_to(USER)]
    for question in range(1, QUESTIONS + 1):
        assert sum(f"Question {question}/{QUESTIONS}" in text for text in chat) >= 2, question
    assert sum("Interview feedback" in text for text in chat) >= 2
    assert f"of {QUESTIONS} answered)" in (report.plain or "")
    # The three kills mid-reply left updates whose answers were stored: replayed at the next
    # start, they re-sent what the user missed (the question waiting, or the report).
    assert log.count("left unfinished by the last run") >= 3
    assert sum("Here's where we are" in text for text in chat) >= 2
    assert code == 0 and "Traceback" not in log and " ERROR " not in log


def text_update(update_id: int, user: int, text: str) -> dict[str, Any]:
    """A private text message update as the Bot API sends it."""
    person = {"id": user, "is_bot": False, "first_name": "Ana"}
    chat = {"id": user, "type": "private", "first_name": "Ana"}
    message = {"message_id": update_id, "date": int(time.time()), "chat": chat, "from": person}
    return {"update_id": update_id, "message": message | {"text": text}}


async def test_updates_a_stopped_bot_left_unfinished_are_finished_at_start(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The replay on its own, in-process: received, claimed and unreadable inbox rows."""
    database = tmp_path / "inbox.db"
    async with FakeTelegram(token=TOKEN) as fake:
        settings = bot_settings(fake, f"sqlite:///{database}")
        async with running(settings) as app:
            await say(fake, USER, "/interview backend_engineer", "Question 1/3")
        # While the bot is down, as a killed process leaves them: an update that is not
        # readable, one received but not handled, then one whose answer is stored already.
        repository = SqlRepository(make_engine(settings.database_url))
        assert repository.receive_update(UpdateRef("telegram", "900"), {"junk": True})
        first, second = answer_text("R", 1), answer_text("R", 2)
        assert repository.receive_update(
            UpdateRef("telegram", "901"), text_update(901, USER, first)
        )
        async with running(settings) as app:
            await fake.wait_for_text(USER, "Question 2/3", WAIT_SECONDS)
            assert repository.receive_update(
                UpdateRef("telegram", "902"), text_update(902, USER, second)
            )
            sender = Sender("telegram", str(USER), str(USER))
            await app.entry.handle(Event(sender, Text(second), UpdateRef("telegram", "902")))
        with caplog.at_level(logging.INFO):
            async with running(settings) as app:
                resumed = await fake.wait_for_text(USER, "Here's where we are", WAIT_SECONDS)
                for _ in range(100):  # marked done just after the reply went out
                    if not await app.updates.unfinished("telegram"):
                        break
                    await asyncio.sleep(0.05)
                assert await app.updates.unfinished("telegram") == []
        repository.engine.dispose()
        chat = texts_to(fake, USER)
    assert "Question 3/3" in (resumed.plain or "")
    assert [text for _, text in stored_answers(database, USER)] == [first, second]
    assert "stored update 900 unreadable; dropped" in caplog.text
    assert sum("Question 2/3" in text for text in chat) == 1
