"""The CV and the job through the entry point: waiting, giving, refusing, showing, clearing.

An App on the in-memory store with a clock the tests move and a word-list profile reader.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bots.app import App
from engine import events
from engine.actions import AskQuestion, MaterialSummary, Notice
from engine.candidate import CvProfile, Material, MaterialKind
from engine.documents import model as documents
from engine.events import GiveMaterial, Upload
from engine.material_flow import (
    CANCELLED,
    EXPIRED,
    NOTHING_TO_CANCEL,
    SAVED_FILE,
    SAVED_TEXT,
    STILL_WAITING,
    TOO_SHORT,
    USE_COMMANDS,
    WAITING,
    what,
)
from fakes import documents as files
from fakes.clock import FixedClock
from tests.support.profiles import WordListReader
from tests.support.users import User, memory_app
from tests.support.words import words

CV, JOB = MaterialKind.CV, MaterialKind.JOB
START = datetime(2027, 3, 1, 9, tzinfo=UTC)
JOB_TEXT = (
    "Senior backend engineer, payments platform\n"
    "You will own the ledger services. Must have: Python, PostgreSQL and Kafka in production."
)
CV_TEXT = "\n".join(files.CV_LINES) + "\nSkills: Python, Go, SQL, Kubernetes."


class Uploads:
    """Uploads whose downloads are counted."""

    def __init__(self) -> None:
        self.fetched: list[str] = []

    def of(self, data: bytes, filename: str, announced: int | None = None) -> Upload:
        """An upload of ``data``; ``announced`` is the size the platform tells (default: true)."""

        async def fetch() -> bytes:
            self.fetched.append(filename)
            return data

        return Upload(filename, fetch, len(data) if announced is None else announced)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


@pytest.fixture
def reader() -> WordListReader:
    return WordListReader()


@pytest.fixture
def app(clock: FixedClock, reader: WordListReader) -> App:
    return memory_app(clock=clock, profile_reader=reader)


def material(app: App, user: User) -> Material:
    """What the repository holds for the user."""
    repository = app.entry.material.repository
    return repository.material(repository.get_or_create_user(user.key).id)


async def test_pasted_text_while_waiting_is_the_material_not_an_answer(app: App) -> None:
    ana = User(app, "ana")
    [question] = [a for a in await ana.start("backend_engineer") if isinstance(a, AskQuestion)]
    assert words(await ana.send(events.AwaitMaterial(JOB))) == words(
        WAITING(what=what(JOB), minutes=10)
    )
    replies = await ana.answer(JOB_TEXT)
    assert replies[0] == Notice(SAVED_TEXT(what=what(JOB)))
    summary = replies[1]
    assert isinstance(summary, MaterialSummary) and summary.job is not None
    assert summary.job.must_have == ("python", "kafka", "postgresql")
    shown = words(summary)
    assert "Must-haves: python, kafka, postgresql" in shown and "Seniority: senior" in shown
    assert material(app, ana).job_text == JOB_TEXT.strip()
    # The wait is over: the next text is an answer to the question still waiting.
    interview = await app.entry.flow.active(ana.key)
    assert interview is not None and interview.current_prompt is not None
    assert interview.current_prompt.text == question.text
    assert len([t for t in interview.turns if t.kind.value == "answer"]) == 0
    assert any(isinstance(a, AskQuestion) for a in await ana.answer(CV_TEXT))


async def test_a_file_while_waiting_is_read_and_stored_with_its_name(
    app: App, reader: WordListReader
) -> None:
    ana, uploads = User(app, "ana"), Uploads()
    await ana.send(events.AwaitMaterial(CV))
    replies = await ana.send(uploads.of(files.cv_pdf(), "Jane Doe CV.pdf"))
    assert replies[0] == Notice(SAVED_FILE(what=what(CV), filename="Jane Doe CV.pdf"))
    assert "Skills: python, go" in words(replies[1])
    assert "Jobs: Staff Engineer, Acme Payments (2019–2024)" in words(replies[1])
    stored = material(app, ana)
    assert "Acme Payments" in stored.cv_text and stored.cv is not None
    assert stored.cv.skills == ("python", "go")
    assert [kind for kind, _ in reader.calls] == ["cv"]
    # Waiting is over: another file gets the hint, and is not even downloaded.
    assert words(await ana.send(uploads.of(files.cv_pdf(), "again.pdf"))) == words(USE_COMMANDS())
    assert uploads.fetched == ["Jane Doe CV.pdf"]


async def test_a_refused_file_stores_nothing_says_why_and_keeps_waiting(
    app: App, clock: FixedClock, reader: WordListReader
) -> None:
    ana, uploads = User(app, "ana"), Uploads()
    await ana.send(events.AwaitMaterial(CV))
    clock.instant += timedelta(minutes=9)
    assert await ana.send(uploads.of(files.scanned_pdf(), "scan.pdf")) == [
        Notice(documents.NO_TEXT_LAYER())
    ]
    huge = uploads.of(b"%PDF-", "huge.pdf", announced=21 * 1024 * 1024)
    [too_large] = await ana.send(huge)
    assert isinstance(too_large, Notice) and too_large.message.key == documents.TOO_LARGE
    assert uploads.fetched == ["scan.pdf"]  # the announced size was enough
    assert material(app, ana).empty and reader.calls == []
    # Each refusal started the ten minutes again, so a better file is still awaited.
    clock.instant += timedelta(minutes=9)
    replies = await ana.send(uploads.of(files.cv_docx(), "cv.docx"))
    assert replies[0] == Notice(SAVED_FILE(what=what(CV), filename="cv.docx"))


@pytest.mark.parametrize(
    ("pasted", "refusal"),
    [
        ("https://jobs.example.com/backend-engineer-1234", documents.LINK_ONLY()),
        ("Backend job, Python", TOO_SHORT(what=what(JOB), least=100)),
        ("x" * 30_001, documents.TOO_LONG(limit=30_000)),
    ],
)
async def test_pasted_text_that_is_not_a_job_description_is_refused(
    app: App, pasted: str, refusal: object
) -> None:
    ana = User(app, "ana")
    await ana.send(events.AwaitMaterial(JOB))
    assert await ana.answer(pasted) == [Notice(refusal)]  # type: ignore[arg-type]
    assert material(app, ana).empty
    assert await ana.send(events.GiveMaterial(JOB, pasted)) == [Notice(refusal)]  # type: ignore[arg-type]


async def test_the_wait_ends_after_ten_minutes_and_the_text_goes_its_usual_way(
    app: App, clock: FixedClock
) -> None:
    ana = User(app, "ana")
    await ana.start("nurse")
    await ana.send(events.AwaitMaterial(CV))
    clock.instant += timedelta(minutes=10)
    replies = await ana.answer("I checked the vitals, called the doctor and stayed with him.")
    assert replies[0] == Notice(EXPIRED(what=what(CV), minutes=10))
    assert any(isinstance(a, AskQuestion) for a in replies[1:])
    assert material(app, ana).empty
    assert words(await ana.send(events.Cancel())) == words(NOTHING_TO_CANCEL())


async def test_cancel_stops_waiting_and_other_inputs_are_reminded_of_the_wait(app: App) -> None:
    ana = User(app, "ana")
    await ana.send(events.AwaitMaterial(JOB))

    async def fetch() -> bytes:
        raise AssertionError("a voice note is not material")

    for other in (events.Unreadable(), events.Voice("voice.ogg", fetch, 3.0, 100)):
        assert words(await ana.send(other)) == words(STILL_WAITING(what=what(JOB)))
    assert await ana.send(events.Cancel()) == [Notice(CANCELLED(what=what(JOB)))]
    assert words(await ana.answer(JOB_TEXT)) != words(SAVED_TEXT(what=what(JOB)))
    assert material(app, ana).empty


async def test_show_and_clear_each_kind(app: App) -> None:
    ana, bob = User(app, "ana"), User(app, "bob")
    assert "haven't given me a CV" in words(await ana.send(events.ShowMaterial(CV)))
    await ana.send(GiveMaterial(CV, CV_TEXT))
    await ana.send(GiveMaterial(JOB, JOB_TEXT))
    await bob.send(GiveMaterial(CV, CV_TEXT))
    cv = words(await ana.send(events.ShowMaterial(CV)))
    assert "Your CV" in cv and "Skills: python, go, sql, kubernetes" in cv
    assert "Results with numbers: 1" in cv and "Education: none found" in cv
    assert "/cv clear deletes it" in cv
    assert "Must-haves: python, kafka, postgresql" in words(
        await ana.send(events.ShowMaterial(JOB))
    )
    assert words(await ana.send(events.ClearMaterial(CV))) == "Done — I deleted your CV."
    assert words(await ana.send(events.ClearMaterial(CV))) == "There was no CV to delete."
    assert material(app, ana) == Material(job_text=JOB_TEXT.strip(), job=material(app, ana).job)
    assert material(app, bob).cv_text == CV_TEXT.strip()


async def test_several_at_once_are_all_read_before_any_is_stored(app: App) -> None:
    ana, uploads = User(app, "ana"), Uploads()
    refused = await ana.send(
        events.GiveMaterials(
            (
                GiveMaterial(CV, file=uploads.of(files.cv_pdf(), "cv.pdf")),
                GiveMaterial(JOB, file=uploads.of(files.elf_bytes(), "job.pdf")),
            )
        )
    )
    assert refused == [Notice(documents.NOT_A_DOCUMENT())]
    assert material(app, ana).empty
    given = await ana.send(
        events.GiveMaterials((GiveMaterial(CV, CV_TEXT), GiveMaterial(JOB, JOB_TEXT)))
    )
    assert [type(a) for a in given] == [Notice, MaterialSummary, Notice, MaterialSummary]
    stored = material(app, ana)
    assert stored.cv_text and stored.job_text and isinstance(stored.cv, CvProfile)


async def test_deleting_the_user_deletes_the_material_and_the_wait(app: App) -> None:
    ana = User(app, "ana")
    await ana.send(GiveMaterial(CV, CV_TEXT))
    await ana.send(events.AwaitMaterial(JOB))
    [deleted] = await ana.send(events.DeleteMyData())
    assert "3 records" in words(deleted)  # the user, the CV, the wait
    assert material(app, ana).empty
    assert words(await ana.answer(JOB_TEXT)) != words(SAVED_TEXT(what=what(JOB)))
