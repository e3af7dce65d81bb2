"""Telegram: /cv and /job with real PDF, Word and text files and pasted text, through a real PTB
Application polling the loopback fake; every bad file gets its reply and nothing is stored."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest

from bots.app import App
from engine.candidate import Material
from engine.ports import UserKey
from fakes import documents as files
from fakes.clock import OffsetClock
from fakes.telegram_api import FakeTelegram
from tests.bots.telegram_support import (
    STRONG,
    TOKEN,
    WAIT,
    exchange,
    say,
    settings_for,
    shows,
    started,
)
from tests.support.profiles import WordListReader

# Every bot here runs on SQLite, and on PostgreSQL too when TEST_DATABASE_URL is set.
pytestmark = pytest.mark.usefixtures("app_database_url")

USER = 2001
MB = 1024 * 1024
JOB_TEXT = (
    "Senior backend engineer, payments platform\n"
    "You will own the ledger services. Must have: Python, PostgreSQL and Kafka in production."
)
CV_TEXT = "\n".join(files.CV_LINES) + "\nSkills: Python, Go, SQL, Kubernetes."
WAITING_FOR_CV = "Send me your CV as a PDF"
NO_SESSION = "don't have an interview running"


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram(token=TOKEN) as server:
        yield server


def material(app: App, user: int = USER) -> Material:
    """What the database holds for a Telegram user."""
    repository = app.entry.material.repository

    return repository.material(repository.get_or_create_user(UserKey("telegram", str(user))).id)


async def send_file(
    fake: FakeTelegram, data: bytes, name: str, expect: str, size: int | None = None
) -> str:
    """Send a document; what the first reply showing ``expect`` says."""
    sent = await exchange(
        fake, USER, lambda: fake.push_document(USER, data, name, file_size=size), expect
    )
    return sent.plain or ""


async def test_a_cv_file_and_a_pasted_job_are_stored_shown_replaced_and_cleared(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    async with started(settings_for(fake, tmp_path), profile_reader=WordListReader()) as (app, _):
        commands = fake.menu()
        assert {c["command"] for c in commands} >= {"cv", "job", "cancel"}
        await say(fake, USER, "/cv", WAITING_FOR_CV)
        stored = await send_file(fake, files.cv_pdf(), "Jane Doe CV.pdf", "stored your CV")
        assert "from Jane Doe CV.pdf" in stored
        summary = await fake.wait_for(shows(USER, "what I read from it"), WAIT)
        assert "Skills: python, go" in (summary.plain or "")
        assert "Acme Payments" in material(app).cv_text

        await say(fake, USER, "/job", "Send me your job description")
        await say(fake, USER, JOB_TEXT, "stored the job description you pasted")
        shown = await say(fake, USER, "/job show", "what it asks for")
        assert "Must-haves: python, kafka, postgresql" in (shown.plain or "")
        assert "Seniority: senior" in (shown.plain or "")

        # A Word file, then a text file, replace the CV.
        await say(fake, USER, "/cv", WAITING_FOR_CV)
        await send_file(fake, files.cv_docx(), "cv.docx", "stored your CV from cv.docx")
        assert "Kubernetes" in material(app).cv_text
        await say(fake, USER, "/cv", WAITING_FOR_CV)
        text_cv = files.text_file(CV_TEXT.replace("Python", "Terraform"), "utf-16")
        await send_file(fake, text_cv, "cv.txt", "stored your CV from cv.txt")
        cv = await say(fake, USER, "/cv show", "what I read from it")
        assert "terraform" in (cv.plain or "") and "python" not in (cv.plain or "")

        await say(fake, USER, "/cv clear", "I deleted your CV")
        await say(fake, USER, "/cv show", "haven't given me a CV")
        await say(fake, USER, "/cv clear", "There was no CV to delete")
        assert material(app).cv_text == "" and material(app).job_text == JOB_TEXT
        # Pasted right after the command, in the same message.
        await say(fake, USER, f"/cv {CV_TEXT}", "stored the CV you pasted")
        assert material(app).cv_text == CV_TEXT


async def test_every_bad_file_gets_its_reply_and_nothing_is_stored(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    half = files.cv_pdf()
    bad = [
        (files.scanned_pdf(), "scan.pdf", "That PDF has no text I can read"),
        (files.encrypted_pdf("secret"), "locked.pdf", "protected by a password"),
        (half[: len(half) // 2], "cut.pdf", "looks damaged or incomplete"),
        (files.png_bytes(), "cv.png", "That's an image"),
        (files.elf_bytes(), "cv.pdf", "I can't read that kind of file"),
        (files.declared_bomb_docx(), "cv.docx", "unpacks to far more than a document should"),
        (b"", "empty.txt", "That file is empty"),
    ]
    reader = WordListReader()
    async with started(settings_for(fake, tmp_path), profile_reader=reader) as (app, _):
        await say(fake, USER, "/cv", WAITING_FOR_CV)
        for data, name, expect in bad:
            await send_file(fake, data, name, expect)
        downloads = fake.calls["download"]
        # Over 20 MB as Telegram announces it: refused before anything is downloaded.
        await send_file(fake, b"%PDF-1.4 tiny", "big.pdf", "too large (21 MB)", size=21 * MB)
        assert fake.calls["download"] == downloads
        assert material(app).empty and reader.calls == []
        # Still waiting, still answering: a good file goes through, then an interview.
        await send_file(fake, files.cv_pdf(), "cv.pdf", "stored your CV from cv.pdf")
        await say(fake, USER, "/interview nurse", "Question 1/3")
        await say(fake, USER, STRONG, "Question 2/3")


async def test_a_file_at_any_other_time_gets_a_hint_and_is_not_downloaded(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    async with started(settings_for(fake, tmp_path)) as (app, _):
        downloads = fake.calls["download"]
        await send_file(fake, files.cv_pdf(), "cv.pdf", "Send /cv or /job first")
        assert fake.calls["download"] == downloads and material(app).empty
        await say(fake, USER, "/cancel", "nothing to cancel")


async def test_cancel_and_the_ten_minutes_end_the_wait(fake: FakeTelegram, tmp_path: Path) -> None:
    clock = OffsetClock()
    async with started(settings_for(fake, tmp_path), clock=clock) as (app, _):
        await say(fake, USER, "/job", "I'll wait 10 minutes")
        await say(fake, USER, "/cancel", "no longer waiting for your job description")
        await say(fake, USER, JOB_TEXT, NO_SESSION)
        await say(fake, USER, "/job", "I'll wait 10 minutes")
        clock.offset += timedelta(minutes=10, seconds=1)
        await say(fake, USER, JOB_TEXT, "stopped waiting for your job description")
        await fake.wait_for(shows(USER, NO_SESSION), WAIT)
        assert material(app).empty


async def test_the_wait_survives_a_restart(fake: FakeTelegram, tmp_path: Path) -> None:
    settings = settings_for(fake, tmp_path)
    async with started(settings):
        await say(fake, USER, "/interview nurse", "Question 1/3")
        await say(fake, USER, "/job", "I'll wait 10 minutes")
    async with started(settings) as (app, _):
        await say(fake, USER, JOB_TEXT, "stored the job description you pasted")
        assert material(app).job_text == JOB_TEXT
        interview = await app.entry.flow.active(UserKey("telegram", str(USER)))
        assert interview is not None
        assert not [t for t in interview.turns if t.kind.value == "answer"]


async def test_export_adds_the_cv_and_job_only_when_asked(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    async with started(settings_for(fake, tmp_path)):
        await say(fake, USER, f"/cv {CV_TEXT}", "stored the CV you pasted")
        await say(fake, USER, f"/job {JOB_TEXT}", "stored the job description you pasted")
        await say(fake, USER, "/interview nurse", "Question 1/3")
        await say(fake, USER, STRONG, "Question 2/3")
        await say(fake, USER, "/end", "Interview feedback")
        for command, with_material in (("/export", False), ("/export cv", True)):
            start = len(fake.sent)
            fake.push_text(USER, command)
            sent = await fake.wait_for(
                lambda r: r.method == "sendDocument" and r.chat_id == USER, WAIT, start=start
            )
            exported = (sent.file or b"").decode()
            assert "p95 latency fell" in exported
            assert ("Acme Payments" in exported) is with_material
            assert ("## The job description" in exported) is with_material
            assert ("ledger services" in exported) is with_material
