"""The update inbox in SQL: received, claimed by the answer it carried, done — once each."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest

from engine.actions import AskQuestion
from engine.models import Status
from engine.ports import AlreadyHandled, UpdateRef, UserKey
from engine.providers.offline import OfflineInterviewer
from engine.roles import default_roles
from engine.service import WHERE_WE_ARE, InterviewService, ServiceConfig
from storage.repository import SqlRepository

KEY = UserKey("telegram", "77")
ANSWER = "I added an index and a cache, and p95 latency fell from two seconds to 300 ms."


def ref(update_id: int) -> UpdateRef:
    """A Telegram update's key."""
    return UpdateRef("telegram", str(update_id))


def test_received_updates_are_kept_until_done_and_redeliveries_refused(
    repository: SqlRepository,
) -> None:
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


def test_updates_are_tied_to_a_known_sender_and_old_finished_ones_forgotten(
    repository: SqlRepository,
) -> None:
    profile = repository.get_or_create_user(KEY)
    assert repository.receive_update(ref(5), {}, sender=KEY.platform_user_id)
    assert repository.receive_update(ref(6), {}, sender="unknown-user")
    assert repository.receive_update(ref(7), {})
    with repository.engine.connect() as connection:
        owners = dict(
            connection.exec_driver_sql("SELECT update_id, user_id FROM processed_updates").all()
        )
    assert owners == {"5": profile.id, "6": None, "7": None}
    repository.finish_update(ref(5))
    assert repository.forget_updates(timedelta(days=1)) == 0  # finished just now: kept
    assert repository.forget_updates(timedelta(0)) == 1  # only the finished one goes
    assert [u.update_id for u in repository.unfinished_updates("telegram")] == ["6", "7"]
    assert repository.receive_update(ref(5), {})  # forgotten, so new again


async def test_an_answer_claims_its_update_once(repository: SqlRepository) -> None:
    service = InterviewService(
        default_roles(),
        repository,
        OfflineInterviewer(),
        config=ServiceConfig(follow_up_limit=0),
        seed_source=random.Random(5),
    )
    await service.start(KEY, "backend_engineer", questions=3)
    assert repository.receive_update(ref(10), {"update_id": 10})
    first = await service.answer(KEY, ANSWER, source=ref(10))
    [pending] = repository.unfinished_updates("telegram")
    assert pending.update_id == "10" and pending.claimed  # stored with the answer
    again = await service.answer(KEY, ANSWER, source=ref(10))  # replayed after a crash
    interview = await service.active(KEY)
    assert interview is not None and interview.status is Status.ACTIVE
    assert [t.text for t in interview.answers] == [ANSWER]  # not stored twice
    asked = [a for a in first if isinstance(a, AskQuestion)]
    assert [(a.number, a.lead) for a in asked] == [(2, asked[0].lead)]
    # The replay only shows the question that is waiting.
    assert again == [AskQuestion(asked[0].text, 2, 3, False, WHERE_WE_ARE)]

    # An update the inbox never saw (its write failed) is claimed all the same, once.
    await service.answer(KEY, ANSWER, source=ref(11))
    profile = await service.user(KEY)
    latest = repository.active_interview(profile.id)
    assert latest is not None and len(latest.answers) == 2
    with pytest.raises(AlreadyHandled):
        repository.save_interview(latest, [], ref(11))
    assert [u.update_id for u in repository.unfinished_updates("telegram")] == ["10", "11"]
    repository.finish_update(ref(10))
    repository.finish_update(ref(11))
    assert repository.unfinished_updates("telegram") == []


async def test_skip_redo_and_end_replayed_after_a_crash_are_done_once(
    repository: SqlRepository,
) -> None:
    service = InterviewService(
        default_roles(),
        repository,
        OfflineInterviewer(),
        config=ServiceConfig(follow_up_limit=0),
        seed_source=random.Random(5),
    )
    await service.start(KEY, "backend_engineer", questions=4)
    await service.skip(KEY, source=ref(20))
    replayed = await service.skip(KEY, source=ref(20))  # the same /skip again
    interview = await service.active(KEY)
    assert interview is not None and interview.question_number == 2  # not 3
    assert isinstance(replayed[0], AskQuestion) and replayed[0].lead == WHERE_WE_ARE

    await service.answer(KEY, ANSWER, source=ref(21))
    await service.redo(KEY, source=ref(22))
    await service.answer(KEY, ANSWER + " Again.", source=ref(23))
    await service.redo(KEY, source=ref(22))  # replayed: the new answer is not taken back
    interview = await service.active(KEY)
    assert interview is not None and [t.text for t in interview.answers] == [ANSWER + " Again."]

    ended = await service.end(KEY, source=ref(24))
    assert ended and await service.active(KEY) is None
    assert [u.update_id for u in repository.unfinished_updates("telegram")] == [
        "20", "21", "22", "23", "24"
    ]  # fmt: skip
