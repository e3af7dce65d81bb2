"""InterviewRepository's contract: the same tests on SQLite, PostgreSQL and the memory store."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from engine.models import (
    Assessment,
    AudioFacts,
    Interview,
    InterviewConfig,
    Persona,
    Point,
    QuestionNote,
    Report,
    Scores,
    SpeechSummary,
    Status,
    Turn,
    TurnKind,
)
from engine.ports import AlreadyHandled, ReceivedUpdate, UpdateRef, UserKey
from engine.questions import Question
from engine.roles import InterviewType
from tests.storage.conftest import Backend

KEY = UserKey("telegram", "77")
OTHER = UserKey("telegram", "78")
NOW = datetime(2027, 1, 5, 7, tzinfo=UTC)
CONFIG = InterviewConfig(
    "backend_engineer", InterviewType.TECHNICAL, 2, 3, 1, language="de", seed=2**40
)
MIXED = InterviewConfig("nurse", None, 1, 2, 0)
SCORES = Scores(4.0, 3.5, 2.0)
ASKED = Question(
    id="q1", type=InterviewType.TECHNICAL, difficulty=2, source="generated",
    text="How would you speed up checkout?", key_concepts=["index", "cache"],
    hint="Where does the time go?", must_say=["measure first"], must_not_say=["add servers"],
    task={"tests": [{"input": [1, 2], "expected": 3}], "language": "python"},
)  # fmt: skip
QUESTION = Turn(TurnKind.QUESTION, 1, "q1", 2, ASKED.text, question=ASKED)
ANSWER = Turn(
    TurnKind.ANSWER, 1, "q1", 2, "An index and a cache: p95 fell from 2 s to 300 ms.",
    assessment=Assessment(
        SCORES, Persona.EFFICIENT, "Good: numbers", "Missing: trade-offs",
        follow_up="Why a cache?", concepts_hit=("index", "cache"),
    ),
    audio=AudioFacts(12.5, 140.0, 2, "sphinx"),
)  # fmt: skip
FOLLOW_UP = Turn(TurnKind.FOLLOW_UP, 1, "q1", 2, "Why a cache?")


def ref(update_id: int) -> UpdateRef:
    """A Telegram update's key."""
    return UpdateRef("telegram", str(update_id))


def report(scores: Scores | None) -> Report:
    """A final report with every part filled in."""
    return Report(
        role_name="Backend engineer", answered=1, asked=1, scores=scores,
        strengths=(Point("Measured first", "p95 fell from 2 s to 300 ms"),),
        improvements=(Point("Name the trade-offs", "a cache"),),
        question_notes=(QuestionNote(1, "How would you speed up checkout?", "Solid.", scores),),
        summary="A solid answer.", speech=SpeechSummary(1, 140.0, 2, 12.5), dropped_quotes=1,
    )  # fmt: skip


# ---------------------------------------------------------------------- users
def test_a_user_is_created_once_per_platform_key(backend: Backend) -> None:
    repository = backend.repository
    first = repository.get_or_create_user(KEY, "A" * 200)
    assert (first.key, first.display_name) == (KEY, "A" * 128)
    assert (first.language, first.voice_replies, first.timezone) == ("en", False, None)
    assert repository.get_or_create_user(KEY, "Someone else") == first
    assert repository.get_or_create_user(UserKey("discord", "77")).id != first.id


def test_update_user_stores_the_preferences_only(backend: Backend) -> None:
    repository = backend.repository
    profile = repository.get_or_create_user(KEY, "Ana")
    changed = replace(profile, language="de", voice_replies=True, timezone="Europe/Berlin")
    repository.update_user(replace(changed, display_name="Bob"))
    assert repository.get_or_create_user(KEY) == changed  # the name is not a preference
    repository.update_user(replace(changed, id=profile.id + 1000, language="fr"))  # nobody
    assert repository.get_or_create_user(KEY) == changed


# ---------------------------------------------------------------------- interviews
def test_an_interview_comes_back_as_it_was_created(backend: Backend) -> None:
    repository = backend.repository
    user = repository.get_or_create_user(KEY)
    other = repository.get_or_create_user(OTHER)
    assert repository.active_interview(user.id) is None
    assert repository.latest_interview(user.id) is None
    created = repository.create_interview(
        user.id, Interview(CONFIG, turns=(QUESTION, ANSWER), fallback_notified=True)
    )
    assert created.id is not None
    # fallback_notified is not stored on create (save_interview stores it), on every backend.
    assert created == Interview(CONFIG, turns=(QUESTION, ANSWER), id=created.id)
    assert repository.active_interview(user.id) == created
    assert repository.latest_interview(user.id) == created
    mixed = repository.create_interview(other.id, Interview(MIXED))
    assert mixed.id not in (None, created.id)
    assert repository.active_interview(other.id) == mixed == Interview(MIXED, id=mixed.id)


def test_a_new_interview_ends_the_active_one_of_that_user_only(backend: Backend) -> None:
    repository = backend.repository
    user = repository.get_or_create_user(KEY)
    other = repository.get_or_create_user(OTHER)
    first = repository.create_interview(user.id, Interview(CONFIG))
    others = repository.create_interview(other.id, Interview(MIXED))
    second = repository.create_interview(user.id, Interview(MIXED))
    assert repository.active_interview(user.id) == second
    assert repository.active_interview(other.id) == others
    statuses = {s.id: s.status for s in repository.list_interviews(user.id, 10, 0)}
    assert statuses == {first.id: "ended", second.id: "active"}
    # Even an interview created finished ends the active one.
    third = repository.create_interview(user.id, Interview(CONFIG, status=Status.COMPLETED))
    assert repository.active_interview(user.id) is None
    assert repository.latest_interview(user.id) == third
    assert repository.latest_interview(user.id) == Interview(
        CONFIG, status=Status.COMPLETED, id=third.id
    )


def test_save_interview_stores_the_status_and_the_changed_turns(backend: Backend) -> None:
    repository = backend.repository
    user = repository.get_or_create_user(KEY)
    created = repository.create_interview(user.id, Interview(CONFIG, turns=(QUESTION,)))
    progressed = replace(created.with_turns(ANSWER, FOLLOW_UP), fallback_notified=True)
    repository.save_interview(progressed, [(1, ANSWER), (2, FOLLOW_UP)])
    assert repository.active_interview(user.id) == progressed

    # A position keeps its kind and question; text, superseded, assessment and audio change.
    rewritten = Turn(TurnKind.SKIP, 2, "q9", 3, "Redone", superseded=True)
    finished = replace(progressed, status=Status.COMPLETED, fallback_notified=False)
    repository.save_interview(finished, [(1, rewritten)])
    assert repository.active_interview(user.id) is None
    stored = repository.latest_interview(user.id)
    redone = replace(ANSWER, text="Redone", superseded=True, assessment=None, audio=None)
    assert stored == replace(finished, turns=(QUESTION, redone, FOLLOW_UP))


def test_saving_an_interview_that_is_gone_fails_and_claims_nothing(backend: Backend) -> None:
    repository = backend.repository
    user = repository.get_or_create_user(KEY)
    created = repository.create_interview(user.id, Interview(CONFIG, turns=(QUESTION,)))
    assert created.id is not None
    with pytest.raises(LookupError):
        repository.save_interview(replace(created, id=created.id + 1000), [(1, ANSWER)], ref(1))
    assert repository.unfinished_updates("telegram") == []
    repository.save_interview(created.with_turns(ANSWER), [(1, ANSWER)], ref(1))  # still free
    assert repository.unfinished_updates("telegram") == [ReceivedUpdate("1", True, {})]


def test_an_update_is_claimed_once_and_a_replay_stores_nothing(backend: Backend) -> None:
    repository = backend.repository
    user = repository.get_or_create_user(KEY)
    answered = repository.create_interview(user.id, Interview(CONFIG, turns=(QUESTION,)))
    answered = answered.with_turns(ANSWER)
    assert repository.receive_update(ref(1), {"update_id": 1})
    repository.save_interview(answered, [(1, ANSWER)], ref(1))
    assert repository.unfinished_updates("telegram") == [
        ReceivedUpdate("1", True, {"update_id": 1})
    ]
    replay = replace(answered, status=Status.ENDED, fallback_notified=True)
    with pytest.raises(AlreadyHandled):
        repository.save_interview(
            replay, [(1, replace(ANSWER, text="Again")), (2, QUESTION)], ref(1)
        )
    assert repository.latest_interview(user.id) == answered

    repository.save_interview(answered, [], ref(2))  # never received: claimed all the same
    with pytest.raises(AlreadyHandled):
        repository.save_interview(answered, [], ref(2))
    repository.finish_update(ref(1))
    with pytest.raises(AlreadyHandled):  # a finished update is not claimed again either
        repository.save_interview(answered, [], ref(1))
    repository.save_interview(answered, [], UpdateRef("discord", "1"))  # another platform's
    assert repository.unfinished_updates("telegram") == [ReceivedUpdate("2", True, {})]
    assert repository.unfinished_updates("discord") == [ReceivedUpdate("1", True, {})]


def test_question_history_says_when_each_question_was_last_asked_for_a_role(
    backend: Backend,
) -> None:
    repository = backend.repository
    user = repository.get_or_create_user(KEY)
    other = repository.get_or_create_user(OTHER)
    assert repository.question_history(user.id, "backend_engineer") == {}

    def asked(question_id: str, number: int = 1) -> Turn:
        return Turn(TurnKind.QUESTION, number, question_id, 2, f"Question {question_id}?")

    first = repository.create_interview(user.id, Interview(CONFIG, turns=(asked("q1"),)))
    # Turns saved later count too, redone (superseded) ones included: they were asked.
    later = first.with_turns(ANSWER, replace(asked("q2", 2), superseded=True))
    repository.save_interview(later, [(1, ANSWER), (2, later.turns[2])])
    early = repository.question_history(user.id, "backend_engineer")
    repository.create_interview(user.id, Interview(CONFIG, turns=(asked("q2"), asked("q3", 2))))
    repository.create_interview(user.id, Interview(MIXED, turns=(asked("n1"),)))  # another role
    repository.create_interview(other.id, Interview(CONFIG, turns=(asked("q9"),)))
    history = repository.question_history(user.id, "backend_engineer")
    assert set(early) == {"q1", "q2"} and set(history) == {"q1", "q2", "q3"}
    assert all(when.tzinfo is not None for when in history.values())
    assert history["q1"] == early["q1"] <= early["q2"] < history["q2"] <= history["q3"]
    assert repository.question_history(user.id, "nurse").keys() == {"n1"}
    assert repository.question_history(other.id, "backend_engineer").keys() == {"q9"}
    assert repository.question_history(other.id, "nurse") == {}


# ---------------------------------------------------------------------- reports and history
def test_a_report_is_stored_and_replaced(backend: Backend) -> None:
    repository = backend.repository
    created = repository.create_interview(repository.get_or_create_user(KEY).id, Interview(CONFIG))
    assert created.id is not None
    assert repository.get_report(created.id) is None
    repository.save_report(created.id, report(SCORES))
    assert repository.get_report(created.id) == report(SCORES)
    changed = replace(report(None), summary="Nothing answered.", speech=None)
    repository.save_report(created.id, changed)
    assert repository.get_report(created.id) == changed


def test_history_lists_newest_first_with_the_report_scores(backend: Backend) -> None:
    repository = backend.repository
    user = repository.get_or_create_user(KEY)
    other = repository.get_or_create_user(OTHER)
    before = datetime.now(UTC)
    first = repository.create_interview(user.id, Interview(CONFIG))
    assert first.id is not None
    repository.save_report(first.id, report(Scores(4.0, 3.0, 2.0)))
    second = repository.create_interview(user.id, Interview(MIXED))
    assert second.id is not None
    repository.save_report(second.id, report(None))
    third = repository.create_interview(user.id, Interview(CONFIG))
    repository.create_interview(other.id, Interview(CONFIG))
    after = datetime.now(UTC)

    history = repository.list_interviews(user.id, 10, 0)
    assert [s.id for s in history] == [third.id, second.id, first.id]
    assert [(s.role_id, s.interview_type, s.status, s.overall, s.scores) for s in history] == [
        ("backend_engineer", "technical", "active", None, None),
        ("nurse", "mixed", "ended", None, None),
        ("backend_engineer", "technical", "ended", 3.0,
         {"communication": 4.0, "knowledge": 3.0, "structure": 2.0}),
    ]  # fmt: skip
    assert all(before <= s.started_at <= after for s in history)
    assert [s.id for s in repository.list_interviews(user.id, 2, 1)] == [second.id, first.id]
    assert repository.list_interviews(user.id, 10, 3) == []
    counts = [repository.count_interviews(u) for u in (user.id, other.id, other.id + 1000)]
    assert counts == [3, 1, 0]


# ---------------------------------------------------------------------- the update inbox
def test_received_updates_are_kept_until_done_and_redeliveries_refused(
    backend: Backend,
) -> None:
    repository = backend.repository
    assert repository.receive_update(ref(1), {"update_id": 1, "message": {"text": "a"}})
    assert repository.receive_update(ref(2), {"update_id": 2})
    assert not repository.receive_update(ref(1), {"update_id": 1})  # a redelivery
    assert repository.receive_update(UpdateRef("discord", "1"), {})  # another platform
    unfinished = repository.unfinished_updates("telegram")
    assert [(u.update_id, u.claimed, u.payload) for u in unfinished] == [
        ("1", False, {"update_id": 1, "message": {"text": "a"}}),
        ("2", False, {"update_id": 2}),
    ]
    repository.finish_update(ref(1))
    assert [u.update_id for u in repository.unfinished_updates("telegram")] == ["2"]
    assert not repository.receive_update(ref(1), {})  # done updates stay known
    repository.finish_update(ref(99))  # never received: nothing to finish, nothing stored
    assert repository.receive_update(ref(99), {})


def test_updates_are_tied_to_a_known_sender_and_old_finished_ones_forgotten(
    backend: Backend,
) -> None:
    repository = backend.repository
    profile = repository.get_or_create_user(KEY)
    assert repository.receive_update(ref(5), {}, sender=KEY.platform_user_id)
    assert repository.receive_update(ref(6), {}, sender="unknown-user")
    assert repository.receive_update(ref(7), {})
    repository.finish_update(ref(5))
    assert repository.forget_updates(timedelta(days=1)) == 0  # finished just now: kept
    assert repository.forget_updates(timedelta(0)) == 1  # only the finished one goes
    assert [u.update_id for u in repository.unfinished_updates("telegram")] == ["6", "7"]
    assert repository.receive_update(ref(5), {}, sender=KEY.platform_user_id)  # new again
    # The sender is looked up on the update's own platform.
    assert repository.receive_update(UpdateRef("discord", "8"), {}, KEY.platform_user_id)
    assert repository.delete_user(profile.id) == 2  # the user and update 5
    assert [u.update_id for u in repository.unfinished_updates("telegram")] == ["6", "7"]
    assert [u.update_id for u in repository.unfinished_updates("discord")] == ["8"]


def test_unfinished_updates_keep_the_order_they_came_in(backend: Backend) -> None:
    repository = backend.repository
    user = repository.get_or_create_user(KEY)
    interview = repository.create_interview(user.id, Interview(CONFIG))
    for update_id in (1, 2, 3):
        assert repository.receive_update(ref(update_id), {"n": update_id})
    repository.save_interview(interview, [], ref(2))
    repository.save_interview(interview, [], ref(9))  # its inbox write failed
    assert repository.receive_update(ref(4), {"n": 4})
    assert not repository.receive_update(ref(9), {"n": 9})
    unfinished = repository.unfinished_updates("telegram")
    assert [(u.update_id, u.claimed, u.payload) for u in unfinished] == [
        ("1", False, {"n": 1}),
        ("2", True, {"n": 2}),
        ("3", False, {"n": 3}),
        ("9", True, {}),
        ("4", False, {"n": 4}),
    ]
    repository.finish_update(ref(2))
    repository.finish_update(ref(9))
    # Only finished updates are ever forgotten, however old.
    assert repository.forget_updates(timedelta(0)) == 2
    assert [u.update_id for u in repository.unfinished_updates("telegram")] == ["1", "3", "4"]


# ---------------------------------------------------------------------- deleting a user
def test_delete_user_removes_every_row_of_the_user_and_counts_them(backend: Backend) -> None:
    repository, reminders = backend.repository, backend.reminders
    alice = repository.get_or_create_user(KEY)
    bob = repository.get_or_create_user(OTHER)
    first = repository.create_interview(alice.id, Interview(CONFIG, turns=(QUESTION, ANSWER)))
    assert first.id is not None
    repository.save_report(first.id, report(SCORES))
    second = repository.create_interview(alice.id, Interview(MIXED, turns=(QUESTION,)))
    bobs = repository.create_interview(bob.id, Interview(CONFIG, turns=(QUESTION,)))
    assert bobs.id is not None
    repository.save_report(bobs.id, report(SCORES))
    assert repository.receive_update(ref(1), {"text": "hi"}, sender=KEY.platform_user_id)
    assert repository.receive_update(ref(2), {}, sender=OTHER.platform_user_id)
    assert repository.receive_update(ref(3), {})
    repository.save_interview(second, [], ref(4))  # a claim alone names no sender
    reminders.save(alice.id, "77", "08:30", "Europe/Berlin", NOW)
    bobs_reminder = reminders.save(bob.id, "78", "09:00", "UTC", NOW)

    # 1 user, 2 interviews, 3 turns, 1 report, 1 update, 1 reminder
    assert repository.delete_user(alice.id) == 9
    assert repository.latest_interview(alice.id) is None
    assert repository.count_interviews(alice.id) == 0
    assert repository.get_report(first.id) is None
    assert reminders.get(alice.id) is None
    assert [u.update_id for u in repository.unfinished_updates("telegram")] == ["2", "3", "4"]
    assert [r.user_id for r in reminders.active()] == [bob.id]
    assert repository.active_interview(bob.id) == bobs
    assert repository.get_report(bobs.id) == report(SCORES)
    assert reminders.get(bob.id) == bobs_reminder
    assert repository.delete_user(alice.id) == 0
    fresh = repository.get_or_create_user(KEY)
    assert repository.count_interviews(fresh.id) == 0 and fresh.language == "en"


# ---------------------------------------------------------------------- leases for replicas
EXPIRED = timedelta(seconds=-1)  # a lease that has run out already: its holder died


def test_only_each_senders_oldest_unfinished_update_is_leased(backend: Backend) -> None:
    repository = backend.repository
    for number, sender in [(1, "ana"), (2, "ana"), (3, "ben"), (4, None), (5, "ben")]:
        assert repository.receive_update(ref(number), {"update_id": number}, sender)
    lease = timedelta(minutes=1)
    taken = repository.claim_updates("telegram", "a", lease, 10)
    assert [(u.update_id, u.payload) for u in taken] == [
        ("1", {"update_id": 1}), ("3", {"update_id": 3}), ("4", {"update_id": 4}),
    ]  # fmt: skip
    assert repository.claim_updates("telegram", "b", lease, 10) == []  # all heads are held
    repository.finish_update(ref(1))
    assert [u.update_id for u in repository.claim_updates("telegram", "b", lease, 10)] == ["2"]
    assert repository.claim_updates("discord", "b", lease, 10) == []


def test_expired_leases_are_taken_over_and_released_ones_at_once(backend: Backend) -> None:
    repository = backend.repository
    for number in (1, 2, 3):
        repository.receive_update(ref(number), {}, sender=str(number))
    assert len(repository.claim_updates("telegram", "dead", EXPIRED, 2)) == 2  # limit 2
    lease = timedelta(minutes=1)
    taken = repository.claim_updates("telegram", "alive", lease, 10)
    assert [u.update_id for u in taken] == ["1", "2", "3"]
    assert repository.renew_updates("telegram", "dead", lease, ["1", "2"]) == 0  # not its own
    assert repository.renew_updates("telegram", "alive", EXPIRED, ["3"]) == 1
    assert [u.update_id for u in repository.claim_updates("telegram", "b", lease, 10)] == ["3"]
    assert repository.release_updates("alive") == 2
    assert [u.update_id for u in repository.claim_updates("telegram", "b", lease, 10)] == [
        "1", "2",
    ]  # fmt: skip
    repository.finish_update(ref(1))
    assert repository.release_updates("b") == 2  # a finished update is no one's any more


def test_a_claimed_update_is_leased_with_its_claim(backend: Backend) -> None:
    repository = backend.repository
    repository.receive_update(ref(1), {"update_id": 1}, sender="ana")
    user = repository.get_or_create_user(KEY)
    created = repository.create_interview(user.id, Interview(CONFIG, turns=(QUESTION,)))
    repository.save_interview(created.with_turns(ANSWER), [(1, ANSWER)], ref(1))
    [taken] = repository.claim_updates("telegram", "a", timedelta(minutes=1), 5)
    assert taken.claimed and taken.update_id == "1"


def test_a_named_lease_has_one_holder_until_it_expires_or_is_released(backend: Backend) -> None:
    repository = backend.repository
    minute = timedelta(minutes=1)
    assert repository.hold_lease("leader", "a", minute)
    assert repository.hold_lease("leader", "a", minute)  # renewed
    assert not repository.hold_lease("leader", "b", minute)
    assert repository.hold_lease("other", "b", minute)  # leases are by name
    repository.release_lease("leader", "b")  # not b's: nothing happens
    assert not repository.hold_lease("leader", "b", minute)
    repository.release_lease("leader", "a")
    assert repository.hold_lease("leader", "b", EXPIRED)  # taken once free...
    assert repository.hold_lease("leader", "a", minute)  # ...and again once expired


def test_a_question_translation_is_kept_once_per_language(backend: Backend) -> None:
    repository = backend.repository
    assert repository.question_translation("rn-b1", "pt") is None
    repository.save_question_translation("rn-b1", "pt", {"text": "Conte sobre…", "hint": "Pense"})
    repository.save_question_translation("rn-b1", "pt", {"text": "Outra"})  # the first one stays
    repository.save_question_translation("rn-b1", "ru", {"text": "Расскажите…"})
    assert repository.question_translation("rn-b1", "pt") == {
        "text": "Conte sobre…",
        "hint": "Pense",
    }
    assert repository.question_translation("rn-b1", "ru") == {"text": "Расскажите…"}
