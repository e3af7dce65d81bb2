"""Questions from a stand-in source are asked, assessed and reported across SIGKILLs.

The bot runs as a real process against the loopback Bot API fake, first with a stand-in question
source (``tests/faults/stand_in_bot.py``) whose questions exist in no role file. It is killed
mid-reply and restarted as the plain product (``python -m bots run``, the role bank only): that
process must ask, assess and report the stand-in questions from the turns it stored.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from fakes.bot_process import BOTS_RUN, BotProcess
from fakes.telegram_api import FakeTelegram
from fakes.telegram_state import SentRecord
from tests.faults.stand_in_bot import STAND_IN
from tests.faults.support import offline_settings, stored_answers
from tests.waiting import until

TOKEN = "555001:STAND-IN-token-not-real_abcdefghijkl"
USER = 7171
REPLY_SECONDS = 20.0
SLOW_SEND_SECONDS = 2.0  # the fake holds sendMessage this long, so the kill lands mid-reply
STAND_IN_BOT = ("-m", "tests.faults.stand_in_bot")
ANSWER = (
    "Answer {number}: writes go to a quorum of replicas, vector clocks detect conflicting "
    "versions and hinted handoff keeps writes for replicas that are down until they return."
)
TURNS_SQL = (
    "SELECT kind, question_id, question, assessment FROM turns ORDER BY session_id, position"
)


def stored_turns(database: Path) -> list[tuple[str, str, Any, Any]]:
    """(kind, question id, question, assessment) of every stored turn, JSON decoded."""
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=10)
    try:
        rows = connection.execute(TURNS_SQL).fetchall()
    finally:
        connection.close()
    return [
        (kind, question_id, json.loads(question or "null"), json.loads(assessment or "null"))
        for kind, question_id, question, assessment in rows
    ]


def to_user(contains: str, *, without: str = "") -> Any:
    """A predicate: a message to the user containing ``contains`` (and not ``without``)."""

    def matches(record: SentRecord) -> bool:
        text = record.plain or ""
        return record.chat_id == USER and contains in text and not (without and without in text)

    return matches


@pytest.mark.timeout(180)
async def test_stand_in_questions_survive_sigkill_and_a_restart_without_their_source(
    tmp_path: Path,
) -> None:
    database = tmp_path / "stand-in.db"
    first, second, _third = STAND_IN
    async with FakeTelegram(token=TOKEN) as fake:
        bot = BotProcess(
            fake,
            tmp_path,
            offline_settings(database, 3),
            command=STAND_IN_BOT,
        )
        try:
            await bot.start()
            fake.push_command(USER, "/interview backend_engineer")
            asked = await fake.wait_for(to_user("Question 1/3"), REPLY_SECONDS)
            assert first.text in (asked.plain or "")

            # Killed while sending question 2: the answer and the question were stored.
            fake.latency = SLOW_SEND_SECONDS
            sends = fake.calls["sendMessage"]
            fake.push_text(USER, ANSWER.format(number=1))
            await until(lambda: fake.calls["sendMessage"] > sends, 10, "a reply being sent")
            await bot.kill()
            fake.latency = 0.0

            # The plain product, whose bank has no stand-in question, takes over.
            bot.command = BOTS_RUN
            start = len(fake.sent)
            await bot.start()
            waiting = await fake.wait_for(to_user("Question 2/3"), REPLY_SECONDS, start=start)
            assert second.text in (waiting.plain or "")
            start = len(fake.sent)
            fake.push_text(USER, ANSWER.format(number=2))
            from_bank = await fake.wait_for(to_user("Question 3/3"), REPLY_SECONDS, start=start)
            assert "Stand-in" not in (from_bank.plain or "")
            await bot.kill()

            bot.command = STAND_IN_BOT
            await bot.start()
            start = len(fake.sent)
            fake.push_text(USER, ANSWER.format(number=3))
            report = await fake.wait_for(to_user("Interview feedback"), REPLY_SECONDS, start=start)
            code = await bot.stop()
        except (TimeoutError, AssertionError) as error:
            transcript = "\n".join(f"> {r.plain}" for r in fake.messages_to(USER))
            raise AssertionError(f"{error}\n--- chat:\n{transcript}\n{bot.log_tail()}") from error
        finally:
            await bot.kill()
    log = bot.log_path.read_text(errors="replace")
    assert code == 0 and "Traceback" not in log and " ERROR " not in log
    assert [text for _, text in stored_answers(database, USER)] == [
        ANSWER.format(number=number) for number in (1, 2, 3)
    ]
    turns = stored_turns(database)
    questions = [
        (question_id, question) for kind, question_id, question, _ in turns if kind == "question"
    ]
    assert [question_id for question_id, _ in questions][:2] == [first.id, second.id]
    assert [question["source"] for _, question in questions] == ["stand-in", "stand-in", "bank"]
    assert questions[1][1]["must_say"] == ["quorum"]
    # Answer 2 was assessed by the bank-only process against the stored stand-in question.
    answers = [assessment for kind, _, _, assessment in turns if kind == "answer"]
    assert {"quorum", "vector clock", "hinted handoff"} <= set(answers[1]["concepts_hit"])
    # The report names both stand-in questions (each is a strength or an improvement).
    shown = report.plain or ""
    assert "of 3 answered)" in shown
    assert "Stand-in 1" in shown and "Stand-in 2" in shown
