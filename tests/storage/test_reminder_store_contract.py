"""ReminderStore's contract: settings, the exactly-once claim and streaks, on every backend."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

from engine.ports import UserKey
from tests.storage.conftest import Backend

NOW = datetime(2027, 1, 5, 7, tzinfo=UTC)


def _user(backend: Backend, number: int = 1) -> int:
    return backend.repository.get_or_create_user(UserKey("telegram", str(number))).id


def test_save_creates_then_changes_and_keeps_the_streak(backend: Backend) -> None:
    reminders = backend.reminders
    user_id = _user(backend)
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


def test_save_keeps_the_waiting_question_and_turns_the_reminder_back_on(
    backend: Backend,
) -> None:
    reminders = backend.reminders
    user_id = _user(backend)
    first = reminders.save(user_id, "c" * 100, "09:00", "UTC", NOW)
    assert first.chat_id == "c" * 64
    assert reminders.claim(first.id, "2027-01-05", "q1", "nurse")
    moved = reminders.save(user_id, "2", "10:00", "UTC", NOW)
    assert (moved.chat_id, moved.pending_question_id, moved.pending_role_id) == (
        "2", "q1", "nurse"
    )  # fmt: skip
    assert moved.last_sent_on == "2027-01-05"
    assert reminders.disable(user_id)
    again = reminders.save(user_id, "2", "10:00", "UTC", NOW)
    assert (again.enabled, again.pending_question_id, again.last_sent_on) == (
        True, None, "2027-01-05"
    )  # fmt: skip
    assert again.seen_question_ids == ("q1",)
    assert [r.id for r in reminders.active()] == [first.id]


def test_moving_west_neither_repeats_the_day_served_nor_resets_the_streak(
    backend: Backend,
) -> None:
    reminders = backend.reminders
    user_id = _user(backend)
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


def test_a_question_no_longer_offered_is_dropped_without_a_streak_day(backend: Backend) -> None:
    reminders = backend.reminders
    reminder = reminders.save(_user(backend), "1", "09:00", "UTC", NOW)
    assert reminders.claim(reminder.id, "2027-01-05", "gone", "nurse")
    assert not reminders.drop_pending(reminder.id, "other")
    assert reminders.drop_pending(reminder.id, "gone")
    assert not reminders.drop_pending(reminder.id, "gone")
    stored = reminders.get(reminder.user_id)
    assert stored is not None
    assert (stored.pending_question_id, stored.pending_role_id) == (None, None)
    assert (stored.streak, stored.last_answered_on) == (0, None)


def test_claim_succeeds_once_per_local_day(backend: Backend) -> None:
    reminders = backend.reminders
    reminder = reminders.save(_user(backend), "1", "09:00", "UTC", NOW)
    assert reminders.claim(reminder.id, "2027-01-05", "q1", "nurse")
    assert not reminders.claim(reminder.id, "2027-01-05", "q2", "nurse")
    assert not reminders.claim(reminder.id, "2027-01-04", "q2", "nurse")  # an earlier day
    stored = reminders.get(reminder.user_id)
    assert stored is not None
    assert (stored.pending_question_id, stored.pending_role_id) == ("q1", "nurse")
    assert reminders.claim(reminder.id, "2027-01-06", "q2", "nurse")
    assert reminders.claim(reminder.id, "2027-01-07", "q1", "nurse")  # seen again: moved last
    stored = reminders.get(reminder.user_id)
    assert stored is not None and stored.seen_question_ids == ("q2", "q1")


def test_concurrent_claims_from_two_handles_let_exactly_one_win(backend: Backend) -> None:
    reminders, other = backend.reminders, backend.other_reminders
    reminder = reminders.save(_user(backend), "1", "09:00", "UTC", NOW)
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


def test_release_undoes_a_failed_delivery(backend: Backend) -> None:
    reminders = backend.reminders
    reminder = reminders.save(_user(backend), "1", "09:00", "UTC", NOW)
    assert reminders.claim(reminder.id, "2027-01-05", "q1", "nurse")
    reminders.release(reminder.id, "2027-01-04", reminder)  # not the day claimed: no change
    claimed = reminders.get(reminder.user_id)
    assert claimed is not None
    assert (claimed.last_sent_on, claimed.pending_question_id) == ("2027-01-05", "q1")
    reminders.release(reminder.id, "2027-01-05", reminder)
    restored = reminders.get(reminder.user_id)
    assert restored is not None
    assert restored.last_sent_on is None and restored.pending_question_id is None
    assert restored.pending_role_id is None
    assert restored.seen_question_ids == ("q1",)  # the question stays seen
    assert reminders.claim(reminder.id, "2027-01-05", "q1", "nurse")


def test_answers_build_the_streak_by_the_day_of_the_question(backend: Backend) -> None:
    reminders = backend.reminders
    reminder = reminders.save(_user(backend), "1", "09:00", "UTC", NOW)
    streaks = []
    for day in ("2027-01-05", "2027-01-06", "2027-01-07", "2027-01-09"):
        assert reminders.claim(reminder.id, day, f"q-{day}", "nurse")
        streaks.append(reminders.record_answer(reminder.id, f"q-{day}"))
        assert reminders.record_answer(reminder.id, f"q-{day}") is None  # only once
    assert streaks == [1, 2, 3, 1]
    assert reminders.claim(reminder.id, "2027-01-10", "q-x", "nurse")
    assert reminders.record_answer(reminder.id, "q-other") is None  # not the pending one
    stored = reminders.get(reminder.user_id)
    assert stored is not None
    assert (stored.streak, stored.last_answered_on, stored.pending_question_id) == (
        1, "2027-01-09", "q-x"
    )  # fmt: skip


def test_active_leaves_out_disabled_and_blocked_users(backend: Backend) -> None:
    reminders = backend.reminders
    ids = [_user(backend, n) for n in (1, 2, 3)]
    for user_id in ids:
        reminders.save(user_id, str(user_id), "09:00", "UTC", NOW)
    assert reminders.claim(reminders.active()[0].id, "2027-01-05", "q", "nurse")
    assert reminders.disable(ids[0]) and not reminders.disable(ids[0])
    off = reminders.get(ids[0])
    assert off is not None and off.pending_question_id is None  # a stale question goes too
    assert reminders.set_blocked(ids[1], True) and not reminders.set_blocked(ids[1], True)
    blocked = reminders.get(ids[1])
    assert blocked is not None and blocked.blocked and blocked.enabled
    assert [r.user_id for r in reminders.active()] == [ids[2]]
    assert not reminders.claim(off.id, "2027-01-06", "q", "nurse")  # off: nothing is sent
    assert reminders.set_blocked(ids[1], False)
    assert [r.user_id for r in reminders.active()] == ids[1:]  # in the order they were set


def test_versions_list_what_active_lists_with_when_each_last_changed(backend: Backend) -> None:
    reminders, elsewhere = backend.reminders, backend.other_reminders
    on, off, blocked = (_user(backend, n) for n in (1, 2, 3))
    for user_id in (on, off, blocked):
        reminders.save(user_id, str(user_id), "09:00", "UTC", NOW)
    assert elsewhere.versions() == {on: NOW, off: NOW, blocked: NOW}
    later = datetime(2027, 1, 5, 8, tzinfo=UTC)
    moved = reminders.save(on, "1", "10:00", "UTC", later)
    assert reminders.claim(moved.id, "2027-01-05", "q", "nurse")  # a delivery is no change
    reminders.disable(off)
    reminders.set_blocked(blocked, True)
    assert elsewhere.versions() == {on: later}
    assert elsewhere.versions() == {r.user_id: r.updated_at for r in elsewhere.active()}


def test_unknown_reminders_and_users_change_nothing(backend: Backend) -> None:
    reminders = backend.reminders
    user_id = _user(backend)
    reminder = reminders.save(user_id, "1", "09:00", "UTC", NOW)
    unknown = reminder.id + 1000
    assert reminders.get(user_id + 1000) is None
    assert not reminders.disable(user_id + 1000)
    assert not reminders.set_blocked(user_id + 1000, True)
    assert not reminders.claim(unknown, "2027-01-05", "q", "nurse")
    reminders.release(unknown, "2027-01-05", reminder)
    assert not reminders.drop_pending(unknown, "q")
    assert reminders.record_answer(unknown, "q") is None
    assert reminders.get(user_id) == reminder
    assert reminders.active() == [reminder]
