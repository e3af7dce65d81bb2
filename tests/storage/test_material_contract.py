"""The material part of InterviewRepository's contract (CV and job texts, and the wait for
them): the same tests on SQLite, PostgreSQL and the memory store."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from engine.candidate import (
    CvProfile,
    Education,
    JobProfile,
    Material,
    MaterialKind,
    Position,
)
from engine.models import Interview, InterviewConfig
from engine.ports import MaterialWait, UserKey
from tests.storage.conftest import Backend

KEY = UserKey("telegram", "77")
OTHER = UserKey("telegram", "78")
CV_TEXT = "Jane Doe\nStaff engineer at Acme Payments, 2019-2024: Python, Go, PostgreSQL."
JOB_TEXT = "Senior backend engineer. Must have: Python, PostgreSQL. Nice to have: Kafka."
CV = CvProfile(
    skills=("python", "go", "postgresql"),
    positions=(Position("Staff engineer", "Acme Payments", 2019, 2024), Position("Intern", "X")),
    achievements=("Cut p99 latency from 900 ms to 120 ms.",),
    education=(Education("MSc Computer Science", "TUM", 2015), Education("BSc")),
)
JOB = JobProfile(
    title="Senior backend engineer",
    must_have=("python", "postgresql"),
    nice_to_have=("kafka",),
    seniority="senior",
    domain="payments",
)
UNTIL = datetime(2027, 1, 5, 7, 10, tzinfo=UTC)


def test_nothing_stored_is_an_empty_material(backend: Backend) -> None:
    repository = backend.repository
    user = repository.get_or_create_user(KEY)
    assert repository.material(user.id) == Material()
    assert repository.material(user.id).empty
    assert repository.clear_material(user.id, MaterialKind.CV) == 0


def test_a_cv_and_a_job_come_back_with_their_profiles(backend: Backend) -> None:
    repository = backend.repository
    user = repository.get_or_create_user(KEY)
    repository.save_material(user.id, MaterialKind.CV, CV_TEXT, CV, "Jane Doe CV.pdf")
    assert repository.material(user.id) == Material(cv_text=CV_TEXT, cv=CV)
    repository.save_material(user.id, MaterialKind.JOB, JOB_TEXT, JOB)
    assert repository.material(user.id) == Material(CV_TEXT, JOB_TEXT, CV, JOB)
    assert not repository.material(user.id).empty


def test_a_new_text_replaces_the_old_one_of_its_kind_only(backend: Backend) -> None:
    repository = backend.repository
    user = repository.get_or_create_user(KEY)
    other = repository.get_or_create_user(OTHER)
    repository.save_material(user.id, MaterialKind.CV, CV_TEXT, CV, "cv.pdf")
    repository.save_material(user.id, MaterialKind.JOB, JOB_TEXT, JOB)
    repository.save_material(other.id, MaterialKind.CV, "Bob's CV text", CvProfile())
    newer = CvProfile(skills=("rust",))
    repository.save_material(user.id, MaterialKind.CV, "A newer CV", newer, "x" * 300 + ".docx")
    assert repository.material(user.id) == Material("A newer CV", JOB_TEXT, newer, JOB)
    assert repository.material(other.id) == Material(cv_text="Bob's CV text", cv=CvProfile())


def test_clearing_removes_one_kind_of_one_user(backend: Backend) -> None:
    repository = backend.repository
    user = repository.get_or_create_user(KEY)
    other = repository.get_or_create_user(OTHER)
    for who in (user, other):
        repository.save_material(who.id, MaterialKind.CV, CV_TEXT, CV)
        repository.save_material(who.id, MaterialKind.JOB, JOB_TEXT, JOB)
    assert repository.clear_material(user.id, MaterialKind.CV) == 1
    assert repository.clear_material(user.id, MaterialKind.CV) == 0
    assert repository.material(user.id) == Material(job_text=JOB_TEXT, job=JOB)
    assert repository.material(other.id) == Material(CV_TEXT, JOB_TEXT, CV, JOB)
    assert repository.clear_material(user.id, MaterialKind.JOB) == 1
    assert repository.material(user.id).empty


def test_material_of_a_user_who_is_gone_is_refused(backend: Backend) -> None:
    with pytest.raises(Exception):  # noqa: B017  (SQL: IntegrityError; memory: LookupError)
        backend.repository.save_material(999, MaterialKind.CV, CV_TEXT, CV)


def test_a_wait_is_kept_replaced_and_stopped(backend: Backend) -> None:
    repository = backend.repository
    user = repository.get_or_create_user(KEY)
    other = repository.get_or_create_user(OTHER)
    assert repository.material_wait(user.id) is None
    assert repository.stop_material_wait(user.id) is False
    repository.wait_for_material(user.id, MaterialKind.CV, UNTIL)
    assert repository.material_wait(user.id) == MaterialWait(MaterialKind.CV, UNTIL)
    later = UNTIL + timedelta(minutes=3)
    repository.wait_for_material(user.id, MaterialKind.JOB, later)
    repository.wait_for_material(other.id, MaterialKind.CV, UNTIL)
    wait = repository.material_wait(user.id)
    assert wait == MaterialWait(MaterialKind.JOB, later)
    assert wait is not None and wait.until.utcoffset() == timedelta(0)
    assert repository.stop_material_wait(user.id) is True
    assert repository.material_wait(user.id) is None
    assert repository.material_wait(other.id) == MaterialWait(MaterialKind.CV, UNTIL)


def test_delete_user_removes_the_material_and_the_wait_and_counts_them(backend: Backend) -> None:
    repository = backend.repository
    alice = repository.get_or_create_user(KEY)
    bob = repository.get_or_create_user(OTHER)
    repository.create_interview(alice.id, Interview(InterviewConfig("nurse", None, 1, 2, 0)))
    for who in (alice, bob):
        repository.save_material(who.id, MaterialKind.CV, CV_TEXT, CV, "cv.pdf")
        repository.save_material(who.id, MaterialKind.JOB, JOB_TEXT, JOB)
        repository.wait_for_material(who.id, MaterialKind.JOB, UNTIL)

    # 1 user, 1 interview, 2 materials, 1 wait
    assert repository.delete_user(alice.id) == 5
    assert repository.material(alice.id).empty
    assert repository.material_wait(alice.id) is None
    assert repository.material(bob.id) == Material(CV_TEXT, JOB_TEXT, CV, JOB)
    assert repository.material_wait(bob.id) == MaterialWait(MaterialKind.JOB, UNTIL)
    assert repository.delete_user(alice.id) == 0
