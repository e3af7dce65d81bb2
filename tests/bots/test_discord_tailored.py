"""Discord: a CV as a text file and a job as a Word file, then /interview start source:tailored
(the best-fitting role offered first) whose questions name facts from the files, and the report
embed's fit section; offline, through a real discord.py client and the loopback fake."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from engine.text import quote_occurs
from fakes import documents as files
from fakes.discord_api import FakeDiscord
from tests.bots.discord_support import USER, WAIT, content, embeds, settings_for, slash, started

pytestmark = pytest.mark.usefixtures("app_database_url")

CV_TEXT = "\n".join(files.CV_LINES) + "\nSkills: Python, Go, SQL, Kubernetes."
JOB_TEXT = (
    "Senior backend engineer, payments platform\n"
    "You will own the ledger services. Must have: Python, PostgreSQL and Kafka in production."
)
ANSWERS = [
    "I owned the settlement service design in Python. I chose batch windows over streaming to "
    "keep the ledger consistent, and errors fell by 40 percent.",
    "I have used Kafka for event streams at Globex. I set up the consumer groups and tuned "
    "retention after an outage.",
    "We had an outage when a deploy broke payments. I rolled back, found the root cause in a "
    "missing index and added monitoring and a postmortem.",
]


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord() as server:
        yield server


async def run(fake: FakeDiscord, command: str, options: dict[str, Any] | None, expect: str) -> str:
    """``/group sub`` with ``options``; the first follow-up showing ``expect``."""
    group, _, sub = command.partition(" ")
    return content(await (await slash(fake, USER, group, options, subcommand=sub)).reply(expect))


async def test_a_tailored_interview_from_a_text_cv_and_a_word_job(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    async with started(settings_for(fake, tmp_path)):
        start_options = {"role": "backend_engineer", "questions": 3, "source": "tailored"}
        await run(fake, "interview start", start_options, "haven't given me either")
        cv = fake.make_attachment(files.text_file(CV_TEXT), "cv.txt", "text/plain")
        await run(fake, "cv upload", {"file": cv}, "stored your CV from cv.txt")
        job = fake.make_attachment(files.cv_docx(with_table=False, paragraphs=[JOB_TEXT]), "j.docx")
        await run(fake, "job set", {"file": job}, "stored your job description from j.docx")

        asked = await fake.send_autocomplete(USER, "interview", "start", "role", "")
        listed = await fake.wait_for(lambda c: f"/{asked}/" in c.path, WAIT)
        assert listed.json["data"]["choices"][0]["value"] == "backend_engineer"

        first = await run(fake, "interview start", start_options, "Question 1/3")
        assert "Tailored to your CV and the job" in first
        questions = [first]
        for number, answer in enumerate(ANSWERS, start=1):
            conversation = await slash(
                fake, USER, "interview", {"text": answer}, subcommand="answer"
            )
            if number < 3:
                questions.append(content(await conversation.reply(f"Question {number + 1}/3")))
            else:
                report = embeds(await conversation.report())[0]
    named = {
        fact
        for fact in ("2 billion euros", "900 ms", "Acme Payments", "PostgreSQL", "Kafka", "Python")
        if any(fact in question for question in questions)
    }
    assert len(named) >= 2, questions
    fields = {f["name"]: f["value"] for f in report["fields"]}
    assert all(len(value) <= 1024 for value in fields.values())
    fit = fields["Fit with the job"]
    assert "PostgreSQL: not shown" in fit
    quotes = re.findall(r"✅ (\w+): “(.+?)”", fit.replace("\\", ""))
    assert {skill for skill, _ in quotes} == {"Python", "Kafka"}
    assert all(quote_occurs(quote, ANSWERS) for _, quote in quotes)
    assert fields["Prepare before the real interview"].startswith("1.")
