"""The update inbox through the entry point: an answer, skip, redo or end replayed is done once.

The inbox's own rules (received, claimed, finished, forgotten) are in the repository contract;
here an App runs on each backend (SQLite, PostgreSQL when configured, and in memory).
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest

from bots.app import App, build_app
from engine.actions import AskQuestion
from engine.events import StartInterview
from engine.interview_flow import WHERE_WE_ARE
from engine.models import Status
from engine.ports import AlreadyHandled, UpdateRef
from tests.storage.conftest import Backend
from tests.support.users import User, offline_settings

ANSWER = "I added an index and a cache, and p95 latency fell from two seconds to 300 ms."


def ref(update_id: int) -> UpdateRef:
    """A Telegram update's key."""
    return UpdateRef("telegram", str(update_id))


@pytest.fixture
def app(backend: Backend) -> Iterator[App]:
    """An App on the backend's storage: offline interviewer, no follow-ups, fixed order."""
    built = build_app(
        offline_settings(max_followups=0),
        repository=backend.repository,
        reminders=backend.reminders,
        seeds=random.Random(5),
    )
    yield built
    built.close()


@pytest.fixture
def user(app: App) -> User:
    """A Telegram user of the App (whose update ids are Telegram's)."""
    return User(app, "77", platform="telegram")


async def test_an_answer_claims_its_update_once(app: App, user: User, backend: Backend) -> None:
    repository = backend.repository
    await user.start("backend_engineer", questions=3)
    assert await app.updates.receive(ref(10), {"update_id": 10})
    first = await user.answer(ANSWER, update="10")
    [pending] = await app.updates.unfinished("telegram")
    assert pending.update_id == "10" and pending.claimed  # stored with the answer
    again = await user.answer(ANSWER, update="10")  # replayed after a crash
    interview = await app.entry.flow.active(user.key)
    assert interview is not None and interview.status is Status.ACTIVE
    assert [t.text for t in interview.answers] == [ANSWER]  # not stored twice
    asked = [a for a in first if isinstance(a, AskQuestion)]
    assert [(a.number, a.lead) for a in asked] == [(2, asked[0].lead)]
    # The replay only shows the question that is waiting (for the same interview and prompt).
    assert again == [AskQuestion(asked[0].text, 2, 3, False, WHERE_WE_ARE(), asked[0].origin)]

    # An update the inbox never saw (its write failed) is claimed all the same, once.
    await user.answer(ANSWER, update="11")
    profile = await app.entry.profiles.get(user.key)
    latest = repository.active_interview(profile.id)
    assert latest is not None and len(latest.answers) == 2
    with pytest.raises(AlreadyHandled):
        repository.save_interview(latest, [], ref(11))
    assert [u.update_id for u in await app.updates.unfinished("telegram")] == ["10", "11"]
    await app.updates.finish(ref(10))
    await app.updates.finish(ref(11))
    assert await app.updates.unfinished("telegram") == []


async def test_skip_redo_and_end_replayed_after_a_crash_are_done_once(app: App, user: User) -> None:
    await user.start("backend_engineer", questions=4)
    await user.skip(update="20")
    replayed = await user.skip(update="20")  # the same /skip again
    interview = await app.entry.flow.active(user.key)
    assert interview is not None and interview.question_number == 2  # not 3
    assert isinstance(replayed[0], AskQuestion) and replayed[0].lead == WHERE_WE_ARE()

    await user.answer(ANSWER, update="21")
    await user.redo(update="22")
    await user.answer(ANSWER + " Again.", update="23")
    await user.redo(update="22")  # replayed: the new answer is not taken back
    interview = await app.entry.flow.active(user.key)
    assert interview is not None and [t.text for t in interview.answers] == [ANSWER + " Again."]

    ended = await user.end(update="24")
    assert ended and await app.entry.flow.active(user.key) is None
    assert [u.update_id for u in await app.updates.unfinished("telegram")] == [
        "20", "21", "22", "23", "24"
    ]  # fmt: skip


async def test_a_start_replayed_after_a_crash_starts_nothing_new(app: App, user: User) -> None:
    start = StartInterview("backend_engineer", None, 2, 4)
    first = await user.send(start, update="30")
    await user.answer(ANSWER, update="31")
    replayed = await user.send(start, update="30")  # the same /interview again
    interview = await app.entry.flow.active(user.key)
    assert interview is not None and [t.text for t in interview.answers] == [ANSWER]
    assert isinstance(replayed[0], AskQuestion) and replayed[0].lead == WHERE_WE_ARE()
    assert [a for a in first if isinstance(a, AskQuestion)]
    past = await app.queries.history(user.key)
    assert past[0] and len(past[0]) == 1  # one interview, not a second one
