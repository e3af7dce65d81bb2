"""The CV and job texts are personal data: stored and shown to their owner, never logged.

A real PTB Application against the loopback fake, with the product's own loggers at DEBUG,
takes a pasted job, a CV file, refused files and a profile reader that fails quoting the text.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from engine.candidate import CvProfile, JobProfile
from fakes import documents as files
from fakes.telegram_api import FakeTelegram
from tests.bots.telegram_support import TOKEN, WAIT, exchange, say, settings_for, started

USER = 3001
SECRET = "zebrafinch-ledger-7731"  # in every text; must appear in no log record
JOB = f"Senior backend engineer for the {SECRET} team. Must have Python and PostgreSQL. " * 2
CV = f"Jane Doe\nStaff engineer on {SECRET}, 2019-2024: cut p99 latency to 120 ms.\n" * 3


class QuotingReader:
    """Reads CVs; fails on job descriptions with an error that quotes them."""

    name = "quoting"

    async def read_cv(self, text: str) -> CvProfile:
        """A fixed CV profile."""
        return CvProfile(skills=("python",))

    async def read_job(self, text: str) -> JobProfile:
        """Fails, quoting the text (as a validation error of a real reader might)."""
        raise ValueError(f"could not read job: {text!r}")


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram(token=TOKEN) as server:
        yield server


async def test_no_cv_or_job_text_reaches_the_logs(
    fake: FakeTelegram, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    for ours in ("engine", "bots", "storage"):
        caplog.set_level(logging.DEBUG, logger=ours)
    async with started(settings_for(fake, tmp_path), profile_reader=QuotingReader()):
        await say(fake, USER, f"/job {JOB}", "Something went wrong while reading your job")
        await say(fake, USER, "/cv", "Send me your CV")
        not_a_pdf = files.text_file(CV)
        await exchange(
            fake, USER, lambda: fake.push_document(USER, not_a_pdf, "cv.pdf"), "can't read that"
        )
        cv_file = files.text_file(CV)
        await exchange(
            fake, USER, lambda: fake.push_document(USER, cv_file, "cv.txt"), "stored your CV"
        )
        await say(fake, USER, "/cv show", "what I read from it")
        await fake.wait_for(lambda r: r.chat_id == USER and "python" in (r.plain or ""), WAIT)
    assert any("stored a cv" in record.getMessage() for record in caplog.records)
    assert any("reading a job failed: ValueError" in r.getMessage() for r in caplog.records)
    logged = "\n".join(
        record.getMessage() + (caplog.text if record.exc_info else "") for record in caplog.records
    )
    assert SECRET not in logged
    assert SECRET not in caplog.text
