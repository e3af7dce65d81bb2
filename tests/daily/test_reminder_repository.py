"""The reminders repository on SQLite and PostgreSQL: settings, the exactly-once claim, streaks."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

from sqlalchemy import Engine

from engine.ports import UserKey
from storage.db import make_engine
from storage.reminders import ReminderRepository
from storage.repository import SqlRepository

NOW = datetime(2027, 1, 5, 7, tzinfo=UTC)


def _user(repository: SqlRepository, number: int = 1) -> int:
    return repository.get_or_create_user(UserKey("telegram", str(number))).id


def test_save_creates_then_changes_and_keeps_the_streak(
    repository: SqlRepository, reminders: ReminderRepository
) -> None:
    user_id = _user(repository)
    assert reminders.get(user_id) is None
    first = reminders.save(user_id, "100", "08:30", "Europe/Berlin", NOW)
    assert (first.local_time, first.timezone, first.enabled, first.streak) == (
        "08:30", "Europe/Berlin", True, 0
    )  # fmt: skip
    assert first.key == UserKey("telegram", "1") and first.updated_at == NOW
    assert reminders.claim(first.id, "2027-01-05", "q1", "nurse")
    assert reminders.record_answer(first.id, "q1") == 1
    later = datetime(2027, 1, 6, tzinfo=UTC)
    changed = reminders.save(user_id, "100", "19:00", "Asia/Tokyo", later)
    assert (changed.id, changed.local_time, changed.timezone) == (first.id, "19:00", "Asia/Tokyo")
    assert changed.streak == 1 and changed.updated_at == later
    assert changed.seen_question_ids == ("q1",)


def test_moving_west_neither_repeats_the_day_served_nor_resets_the_streak(
    repository: SqlRepository, reminders: ReminderRepository
) -> None:
    user_id = _user(repository)
    tokyo = reminders.save(user_id, "1", "09:00", "Asia/Tokyo", NOW)
    assert reminders.claim(tokyo.id, "2027-01-06", "q1", "nurse")  # 09:00 Tokyo, 6 January
    assert reminders.record_answer(tokyo.id, "q1") == 1
    # An hour later (10:00 Tokyo) they move to Los Angeles, where it is 17:00 on 5 January.
    moved_at = datetime(2027, 1, 6, 1, tzinfo=UTC)
    moved = reminders.save(user_id, "1", "20:00", "America/Los_Angeles", moved_at)
    assert moved.last_sent_on == "2027-01-05"  # 5 January (LA) counts as served
    assert not reminders.claim(moved.id, "2027-01-05", "q2", "nurse")
    assert reminders.claim(moved.id, "2027-01-06", "q2", "nurse")  # the next LA evening
    assert reminders.record_answer(moved.id, "q2") == 1  # 6 January again: kept, not reset
    stored = reminders.get(user_id)
    assert stored is not None and stored.last_answered_on == "2027-01-06"


def test_a_question_no_longer_offered_is_dropped_without_a_streak_day(
    repository: SqlRepository, reminders: ReminderRepository
) -> None:
    reminder = reminders.save(_user(repository), "1", "09:00", "UTC", NOW)
    assert reminders.claim(reminder.id, "2027-01-05", "gone", "nurse")
    assert reminders.drop_pending(reminder.id, "gone")
    assert not reminders.drop_pending(reminder.id, "gone")
    stored = reminders.get(reminder.user_id)
    assert stored is not None and stored.pending_question_id is None
    assert (stored.streak, stored.last_answered_on) == (0, None)


def test_claim_succeeds_once_per_local_day(
    repository: SqlRepository, reminders: ReminderRepository
) -> None:
    reminder = reminders.save(_user(repository), "1", "09:00", "UTC", NOW)
    assert reminders.claim(reminder.id, "2027-01-05", "q1", "nurse")
    assert not reminders.claim(reminder.id, "2027-01-05", "q2", "nurse")
    stored = reminders.get(reminder.user_id)
    assert stored is not None and stored.pending_question_id == "q1"
    assert reminders.claim(reminder.id, "2027-01-06", "q2", "nurse")
    stored = reminders.get(reminder.user_id)
    assert stored is not None and stored.seen_question_ids == ("q1", "q2")


def test_concurrent_claims_from_two_engines_let_exactly_one_win(
    repository: SqlRepository, reminders: ReminderRepository, database_url: str
) -> None:
    reminder = reminders.save(_user(repository), "1", "09:00", "UTC", NOW)
    other_engine: Engine = make_engine(database_url)
    other = ReminderRepository(other_engine)
    try:
        for day in range(1, 11):
            date = f"2027-02-{day:02d}"
            with ThreadPoolExecutor(8) as pool:
                futures = [
                    pool.submit(
                        (reminders if i % 2 else other).claim, reminder.id, date, f"q{i}", "nurse"
                    )
                    for i in range(8)
                ]
                results = [future.result() for future in futures]
            assert results.count(True) == 1, (date, results)
    finally:
        other_engine.dispose()


def test_release_undoes_a_failed_delivery(
    repository: SqlRepository, reminders: ReminderRepository
) -> None:
    reminder = reminders.save(_user(repository), "1", "09:00", "UTC", NOW)
    assert reminders.claim(reminder.id, "2027-01-05", "q1", "nurse")
    reminders.release(reminder.id, "2027-01-05", reminder)
    restored = reminders.get(reminder.user_id)
    assert restored is not None
    assert restored.last_sent_on is None and restored.pending_question_id is None
    assert reminders.claim(reminder.id, "2027-01-05", "q1", "nurse")


def test_answers_build_the_streak_by_the_day_of_the_question(
    repository: SqlRepository, reminders: ReminderRepository
) -> None:
    reminder = reminders.save(_user(repository), "1", "09:00", "UTC", NOW)
    streaks = []
    for day in ("2027-01-05", "2027-01-06", "2027-01-07", "2027-01-09"):
        assert reminders.claim(reminder.id, day, f"q-{day}", "nurse")
        streaks.append(reminders.record_answer(reminder.id, f"q-{day}"))
        assert reminders.record_answer(reminder.id, f"q-{day}") is None  # only once
    assert streaks == [1, 2, 3, 1]
    assert reminders.claim(reminder.id, "2027-01-10", "q-x", "nurse")
    assert reminders.record_answer(reminder.id, "q-other") is None  # not the pending one


def test_active_leaves_out_disabled_and_blocked_users(
    repository: SqlRepository, reminders: ReminderRepository
) -> None:
    ids = [_user(repository, n) for n in (1, 2, 3)]
    for user_id in ids:
        reminders.save(user_id, str(user_id), "09:00", "UTC", NOW)
    assert reminders.claim(reminders.active()[0].id, "2027-01-05", "q", "nurse")
    assert reminders.disable(ids[0]) and not reminders.disable(ids[0])
    off = reminders.get(ids[0])
    assert off is not None and off.pending_question_id is None  # a stale question goes too
    assert reminders.set_blocked(ids[1], True) and not reminders.set_blocked(ids[1], True)
    assert [r.user_id for r in reminders.active()] == [ids[2]]
    assert not reminders.claim(off.id, "2027-01-06", "q", "nurse")  # off: nothing is sent
    assert reminders.set_blocked(ids[1], False)
    assert sorted(r.user_id for r in reminders.active()) == sorted(ids[1:])
