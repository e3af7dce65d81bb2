"""A tailored interview survives SIGKILL: the bot (a real ``python -m bots run`` process on the
loopback Bot API) is given a CV file and a job, starts a tailored interview, is killed while it
sends question 2, and the restarted process resends that stored question, asks the rest and
reports with the fit section, whose quotes are the candidate's stored words."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from engine.text import quote_occurs
from fakes import documents as files
from fakes.bot_process import BotProcess
from fakes.telegram_api import FakeTelegram
from fakes.telegram_state import SentRecord
from tests.faults.support import offline_settings, stored_answers
from tests.faults.test_stand_in_questions import stored_turns
from tests.waiting import until

TOKEN = "555002:TAILORED-token-not-real_abcdefghijkl"
USER = 7272
REPLY_SECONDS = 20.0
SLOW_SEND_SECONDS = 2.0  # the fake holds sendMessage this long, so the kill lands mid-reply
JOB_TEXT = (
    "Senior backend engineer, payments platform\n"
    "You will own the ledger services. Must have: Python, PostgreSQL and Kafka in production."
)
ANSWERS = [
    "I designed the settlement service in Python and chose nightly batches over streaming, so "
    "the ledger stayed consistent; disputes fell by 25 percent.",
    "I have not used Kafka in production. I ran RabbitMQ for years, so I would build a small "
    "consumer on a test cluster and read the delivery guarantees first.",
    "I traced the slow ledger queries, added a composite index and cut p99 latency to 120 ms.",
]


def to_user(contains: str) -> Callable[[SentRecord], bool]:
    """A predicate: a message to the user containing ``contains``."""
    return lambda record: record.chat_id == USER and contains in (record.plain or "")


@pytest.mark.timeout(180)
async def test_a_tailored_interview_survives_sigkill_and_reports_its_fit(tmp_path: Path) -> None:
    database = tmp_path / "tailored.db"
    async with FakeTelegram(token=TOKEN) as fake:
        bot = BotProcess(fake, tmp_path, offline_settings(database, 3))
        try:
            await bot.start()
            fake.push_command(USER, "/cv")
            await fake.wait_for(to_user("Send me your CV"), REPLY_SECONDS)
            fake.push_document(USER, files.cv_pdf(), "Jane Doe CV.pdf")
            await fake.wait_for(to_user("stored your CV"), REPLY_SECONDS)
            fake.push_command(USER, "/job")
            await fake.wait_for(to_user("Send me your job description"), REPLY_SECONDS)
            fake.push_text(USER, JOB_TEXT)
            await fake.wait_for(to_user("stored the job description"), REPLY_SECONDS)
            fake.push_command(USER, "/interview tailored")
            first = await fake.wait_for(to_user("Question 1/3"), REPLY_SECONDS)

            # Killed while sending question 2: the answer and the question were stored.
            fake.latency = SLOW_SEND_SECONDS
            sends = fake.calls["sendMessage"]
            fake.push_text(USER, ANSWERS[0])
            await until(lambda: fake.calls["sendMessage"] > sends, 10, "a reply being sent")
            await bot.kill()
            fake.latency = 0.0
            questions = [t for t in stored_turns(database) if t[0] == "question"]
            assert len(questions) == 2  # question 2 was stored before the kill

            start = len(fake.sent)
            await bot.start()
            resent = await fake.wait_for(to_user("Question 2/3"), REPLY_SECONDS, start=start)
            assert questions[1][2]["text"] in (resent.plain or "")
            start = len(fake.sent)
            fake.push_text(USER, ANSWERS[1])
            await fake.wait_for(to_user("Question 3/3"), REPLY_SECONDS, start=start)
            fake.push_text(USER, ANSWERS[2])
            report = await fake.wait_for(to_user("Fit with the job"), REPLY_SECONDS, start=start)
            code = await bot.stop()
        except (TimeoutError, AssertionError) as error:
            transcript = "\n".join(f"> {r.plain}" for r in fake.messages_to(USER))
            raise AssertionError(f"{error}\n--- chat:\n{transcript}\n{bot.log_tail()}") from error
        finally:
            await bot.kill()
    log = bot.log_path.read_text(errors="replace")
    assert code == 0 and "Traceback" not in log and " ERROR " not in log
    assert "Acme Payments" not in log and "Halcyon" not in log  # the CV is never logged
    answers = [text for _, text in stored_answers(database, USER)]
    assert answers == ANSWERS
    asked = [question for kind, _, question, _ in stored_turns(database) if kind == "question"]
    assert [q["source"] for q in asked] == ["cv", "job", "bank"]
    assert asked[0]["text"] in (first.plain or "")
    assert "PostgreSQL" in asked[1]["text"] and "postgresql" in asked[1]["key_concepts"]
    shown = report.plain or ""
    quotes = re.findall(r"✅ (\w+): “(.+?)”", shown)
    assert {skill for skill, _ in quotes} == {"Python", "Kafka"}
    assert all(quote_occurs(quote, answers) for _, quote in quotes)
    assert "▫️ PostgreSQL: not shown" in shown
