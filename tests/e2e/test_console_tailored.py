"""The terminal's tailored interview: ``python -m bots chat --cv --job --tailored`` (a two-column
PDF CV, a text job), the best-fitting role suggested and taken with Enter, questions naming facts
from the files, and the report's fit section — a real process, offline, a real database."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from engine.text import quote_occurs
from fakes import documents as files
from tests.e2e.test_console_chat import questions_asked, terminal

pytestmark = pytest.mark.usefixtures("app_database_url")

JOB = (
    "Senior backend engineer, payments platform\n"
    "You will own the ledger services. Must have: Python, PostgreSQL and Kafka in production.\n"
)
ANSWERS = [
    "I built the settlement services in Python and Go at Acme Payments. I chose idempotent "
    "retries over exactly-once delivery, and failed payouts fell by 30 percent.",
    "I have not used Kafka. At my last job I ran RabbitMQ queues, so I would read the docs and "
    "build a small consumer on a test cluster in my first week.",
    "I profiled the slow queries, added a composite index and a cache, and p95 fell to 300 ms.",
]


def test_a_tailored_terminal_interview_from_a_two_column_pdf_and_a_text_job(
    tmp_path: Path,
) -> None:
    (tmp_path / "cv.pdf").write_bytes(files.two_column_pdf())
    (tmp_path / "job.txt").write_text(JOB)
    result = terminal(
        tmp_path, "chat", "--cv", "cv.pdf", "--job", "job.txt", "--tailored", "--questions", "3",
        stdin="\n" + "\n".join(ANSWERS) + "\n", env={"MAX_FOLLOWUPS": "0"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Software / Backend Engineer fits best: press Enter" in out
    assert (
        "tailored (your CV and job) interview for Software / Backend Engineer: 3 questions" in out
    )
    questions = [text for _, text in questions_asked(out)]
    named = {
        fact
        for fact in ("Acme Payments", "Python", "Kafka", "PostgreSQL", "Kubernetes", "Terraform")
        if any(fact in question for question in questions)
    }
    assert len(named) >= 2, questions
    report = out[out.index("Fit with the job") :]
    quotes = re.findall(r"✅ (\w+): “(.+?)”", report)
    assert {skill for skill, _ in quotes} == {"Python", "Kafka"}
    assert all(quote_occurs(quote, ANSWERS) for _, quote in quotes)
    assert "▫️ PostgreSQL: not shown" in report
    assert "Prepare before the real interview\n1. PostgreSQL:" in report
