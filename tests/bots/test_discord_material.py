"""Discord: /cv upload|show|clear and /job set|show|clear with real PDF, Word and text files and
pasted text, through a real discord.py client and the loopback fake."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bots.app import App
from engine.candidate import Material
from engine.ports import UserKey
from fakes import documents as files
from fakes.discord_api import FakeDiscord
from fakes.discord_payloads import ATTACHMENT
from tests.bots.discord_support import (
    STRONG,
    USER,
    content,
    dm_reply,
    is_ephemeral,
    settings_for,
    slash,
    started,
)
from tests.support.profiles import WordListReader

# Every bot here runs on SQLite, and on PostgreSQL too when TEST_DATABASE_URL is set.
pytestmark = pytest.mark.usefixtures("app_database_url")

MB = 1024 * 1024
JOB_TEXT = (
    "Senior backend engineer, payments platform\n"
    "You will own the ledger services. Must have: Python, PostgreSQL and Kafka in production."
)
CV_TEXT = "\n".join(files.CV_LINES) + "\nSkills: Python, Go, SQL, Kubernetes."


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord() as server:
        yield server


def material(app: App, user: int = USER) -> Material:
    """What the database holds for a Discord user."""
    repository = app.entry.material.repository
    return repository.material(repository.get_or_create_user(UserKey("discord", str(user))).id)


async def run(fake: FakeDiscord, command: str, options: dict[str, Any] | None, expect: str) -> str:
    """``/group sub`` with ``options``; the first follow-up showing ``expect``, once deferred."""
    group, _, sub = command.partition(" ")
    conversation = await slash(fake, USER, group, options, subcommand=sub)
    reply = await conversation.reply(expect)
    assert conversation.callback.json == {"type": 5, "data": {"flags": 64}}  # deferred first
    assert is_ephemeral(reply)
    return content(reply)


async def test_the_commands_are_synced_with_their_file_and_text_options(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    async with started(settings_for(fake, tmp_path)):
        by_name = {command["name"]: command for command in fake.commands}
        cv = {o["name"]: o for o in by_name["cv"]["options"]}
        job = {o["name"]: o for o in by_name["job"]["options"]}
        assert set(cv) == {"upload", "show", "clear"} and set(job) == {"set", "show", "clear"}
        [upload_file] = cv["upload"]["options"]
        assert (upload_file["type"], upload_file["required"]) == (ATTACHMENT, True)
        options = {o["name"]: o for o in job["set"]["options"]}
        assert options["file"]["type"] == ATTACHMENT and options["text"]["max_length"] == 6000
        export = next(o for o in by_name["interview"]["options"] if o["name"] == "export")
        assert [o["name"] for o in export["options"]] == ["include_cv"]


async def test_a_cv_file_and_a_job_are_stored_shown_replaced_and_cleared(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    settings = settings_for(fake, tmp_path)
    async with started(settings, profile_reader=WordListReader()) as (app, _):
        pdf = fake.make_attachment(files.cv_pdf(), "Jane Doe CV.pdf", "application/pdf")
        stored = await run(fake, "cv upload", {"file": pdf}, "what I read from it")
        assert "stored your CV from Jane Doe CV.pdf" in stored
        assert "Skills: python, go" in stored and "/cv clear deletes it" in stored
        assert "Acme Payments" in material(app).cv_text

        shown = await run(fake, "job set", {"text": JOB_TEXT}, "what it asks for")
        assert "stored the job description you pasted" in shown
        assert "Must-haves: python, kafka, postgresql" in shown
        docx = fake.make_attachment(files.cv_docx(paragraphs=[JOB_TEXT]), "job.docx")
        await run(fake, "job set", {"file": docx}, "stored your job description from job.docx")
        assert "ledger services" in material(app).job_text
        await run(fake, "job show", None, "Seniority: senior")
        text_cv = fake.make_attachment(files.text_file(CV_TEXT), "cv.txt", "text/plain")
        await run(fake, "cv upload", {"file": text_cv}, "stored your CV from cv.txt")
        assert "kubernetes" in await run(fake, "cv show", None, "what I read from it")

        await run(fake, "cv clear", None, "I deleted your CV")
        await run(fake, "cv show", None, "haven't given me a CV yet — send one with /cv upload")
        await run(fake, "job clear", None, "I deleted your job description")
        await run(fake, "job set", None, "Paste the job description as text:")
        assert material(app).empty


async def test_every_bad_file_gets_its_reply_and_nothing_is_stored(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    half = files.cv_pdf()
    bad = [
        (files.scanned_pdf(), "scan.pdf", "That PDF has no text I can read"),
        (files.encrypted_pdf("secret"), "locked.pdf", "protected by a password"),
        (half[: len(half) // 2], "cut.pdf", "looks damaged or incomplete"),
        (files.png_bytes(), "cv.png", "That's an image"),
        (files.elf_bytes(), "cv.pdf", "I can't read that kind of file"),
        (files.declared_bomb_docx(), "cv.docx", "unpacks to far more than a document should"),
    ]
    reader = WordListReader()
    async with started(settings_for(fake, tmp_path), profile_reader=reader) as (app, _):
        for data, name, expect in bad:
            attachment = fake.make_attachment(data, name)
            await run(fake, "cv upload", {"file": attachment}, expect)
        fetched = len(fake.cdn_fetches)
        big = fake.make_attachment(b"%PDF-1.4 tiny", "big.pdf", size=21 * MB)
        await run(fake, "job set", {"file": big}, "That file is too large (21 MB)")
        assert len(fake.cdn_fetches) == fetched  # refused on the announced size
        await run(fake, "job set", {"text": "https://jobs.example.com/1234"}, "only a link")
        await run(fake, "job set", {"text": "Backend job"}, "too short for a job description")
        assert material(app).empty and reader.calls == []
        start = await slash(fake, USER, "interview", {"role": "nurse"}, subcommand="start")
        await start.reply("Question 1/3")


async def test_a_file_in_a_dm_gets_the_commands_and_is_not_downloaded(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    async with started(settings_for(fake, tmp_path)) as (app, _):
        fetched = len(fake.cdn_fetches)
        attachment = fake.make_attachment(files.cv_pdf(), "cv.pdf", "application/pdf")
        since = time.monotonic()
        await fake.send_dm(USER, "", attachments=[attachment])
        await dm_reply(fake, USER, "/cv upload file:", since)
        assert len(fake.cdn_fetches) == fetched and material(app).empty


async def test_export_adds_the_cv_and_job_only_when_asked(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    async with started(settings_for(fake, tmp_path)):
        await run(fake, "job set", {"text": JOB_TEXT}, "stored the job description")
        start = await slash(fake, USER, "interview", {"role": "nurse"}, subcommand="start")
        await start.reply("Question 1/3")
        answer = await slash(fake, USER, "interview", {"text": STRONG}, subcommand="answer")
        await answer.reply("Question 2/3")
        for options, with_material in ((None, False), ({"include_cv": True}, True)):
            chat = await slash(fake, USER, "interview", options, subcommand="export")
            sent = await chat.wait(lambda c: c.path.startswith("/webhooks/") and bool(c.files))
            [(_name, data)] = sent.files.items()
            exported = data.decode()
            assert "p95 latency fell" in exported
            assert ("ledger services" in exported) is with_material
            assert ("## The job description" in exported) is with_material
