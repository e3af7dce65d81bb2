"""Telegram: a CV (PDF, Word) and a job given through /cv and /job, then a tailored interview
picked on the keyboard (the best-fitting role first) whose questions name facts from the files,
and a report with the fit section; offline, through a real PTB Application and the fake."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from engine.text import quote_occurs
from fakes import documents as files
from fakes.telegram_api import FakeTelegram
from tests.bots.telegram_support import TOKEN, WAIT, exchange, press, say, settings_for, started

pytestmark = pytest.mark.usefixtures("app_database_url")

USER = 2301
JOB_TEXT = (
    "Senior backend engineer, payments platform\n"
    "You will own the ledger services. Must have: Python, PostgreSQL and Kafka in production."
)
ANSWERS = [
    "I owned the settlement service design in Python. I chose batch windows over streaming to "
    "keep the ledger consistent, and errors fell by 40 percent.",
    "I have not run PostgreSQL in production myself. I used MySQL for four years, so I would "
    "read the docs, build a small replica setup and pair with the team's DBA.",
    "We had an outage when a deploy broke payments. I rolled back, found the root cause in a "
    "missing index and added monitoring and a postmortem.",
]


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram(token=TOKEN) as server:
        yield server


def facts_named(questions: list[str]) -> set[str]:
    """Which facts of the CV and job files the questions name."""
    facts = (
        "2 billion euros",
        "900 ms",
        "Acme Payments",
        "Globex",
        "PostgreSQL",
        "Kafka",
        "Python",
    )
    return {fact for fact in facts if any(fact in q for q in questions)}


@pytest.mark.parametrize(
    ("cv_file", "cv_name"),
    [(files.cv_pdf(), "Jane Doe CV.pdf"), (files.cv_docx(), "cv.docx")],
    ids=["pdf", "docx"],
)
async def test_a_tailored_interview_from_a_cv_file_and_a_job(
    fake: FakeTelegram, tmp_path: Path, cv_file: bytes, cv_name: str
) -> None:
    async with started(settings_for(fake, tmp_path)):
        # Without a CV or job, no tailored button, and /interview tailored says what to give.
        await say(fake, USER, "/interview tailored", "haven't given me either")
        await say(fake, USER, "/cv", "Send me your CV")
        await exchange(
            fake, USER, lambda: fake.push_document(USER, cv_file, cv_name), "stored your CV"
        )
        await say(fake, USER, "/job", "Send me your job description")
        await say(fake, USER, JOB_TEXT, "stored the job description")

        picker = await say(fake, USER, "/interview", "fits best")
        first_row = (picker.reply_markup or {})["inline_keyboard"][0]
        assert first_row[0]["callback_data"] == "role:backend_engineer"
        assert "⭐" in first_row[0]["text"]
        kinds = await press(fake, USER, picker, "role:backend_engineer", "which kind")
        levels = await press(fake, USER, kinds, "type:backend_engineer:tailored", "how hard")
        start = len(fake.sent)
        await press(fake, USER, levels, "level:backend_engineer:tailored:2", "Question 1/3")
        questions = [await _question(fake, 1, start)]
        intro = " ".join(r.plain or "" for r in fake.sent[start:])
        assert "Tailored to your CV and the job" in intro

        for number, answer in enumerate(ANSWERS, start=1):
            expect = f"Question {number + 1}/3" if number < 3 else "Interview feedback"
            reply = await say(fake, USER, answer, expect)
            if number < 3:
                questions.append(reply.plain or "")
    # Two questions or more name different facts from the files.
    assert len(facts_named(questions)) >= 2, questions
    assert any("doesn't mention" in q for q in questions)
    report = reply.plain or ""
    assert "Fit with the job" in report and "Prepare before the real interview" in report
    assert "▫️ Kafka: not shown" in report
    quotes = re.findall(r"✅ (\w+): “(.+?)”", report)
    assert {skill for skill, _ in quotes} == {"Python", "PostgreSQL"}
    assert all(quote_occurs(quote, ANSWERS) for _, quote in quotes)


async def _question(fake: FakeTelegram, number: int, start: int) -> str:
    record = await fake.wait_for(
        lambda r: r.chat_id == USER and f"Question {number}/3" in (r.plain or ""), WAIT, start=start
    )
    return record.plain or ""
