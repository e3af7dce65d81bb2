"""What only the memory store has: its clock, and values that callers cannot change behind it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from engine.models import Interview, InterviewConfig
from engine.ports import UpdateRef, UserKey
from fakes.clock import FixedClock
from storage.memory import MemoryRepository, MemoryStore

START = datetime(2027, 1, 5, 7, tzinfo=UTC)
KEY = UserKey("telegram", "1")


def test_interviews_and_updates_are_stamped_by_the_clock() -> None:
    clock = FixedClock(START)
    repository = MemoryRepository(MemoryStore(clock.now))
    user = repository.get_or_create_user(KEY)
    repository.create_interview(user.id, Interview(InterviewConfig("nurse", None, 1, 1, 0)))
    [summary] = repository.list_interviews(user.id, 10, 0)
    assert summary.started_at == START
    assert repository.receive_update(UpdateRef("telegram", "1"), {})
    repository.finish_update(UpdateRef("telegram", "1"))
    assert repository.forget_updates(timedelta(0)) == 0  # not older than now
    clock.instant = START + timedelta(days=2)
    assert repository.forget_updates(timedelta(days=2)) == 0  # exactly two days: kept
    clock.instant += timedelta(microseconds=1)
    assert repository.forget_updates(timedelta(days=2)) == 1


def test_a_payload_is_stored_as_a_copy() -> None:
    repository = MemoryRepository(MemoryStore())
    message = {"text": "hi"}
    assert repository.receive_update(UpdateRef("telegram", "1"), {"message": message, "n": (1,)})
    message["text"] = "changed"
    [update] = repository.unfinished_updates("telegram")
    assert update.payload == {"message": {"text": "hi"}, "n": [1]}  # as JSON keeps it
    update.payload["message"] = "mutated"
    assert repository.unfinished_updates("telegram")[0].payload["message"] == {"text": "hi"}
