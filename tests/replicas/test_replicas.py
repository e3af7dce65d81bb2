"""Three replicas on one PostgreSQL: every answer stored once and in order, every reply sent.

Real ``python -m bots run`` processes against the loopback Telegram fake: 50 candidates'
interviews spread over them, polled by the leader or delivered to the webhooks round-robin;
then the leader and a worker are SIGKILLed mid-run, one at a time, while the others go on.
A reply may repeat only when a replica dies between sending it and recording that it did;
those are counted apart from lost or doubled answers, which must not happen.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import aiohttp
import pytest

from bench.replica_cluster import (
    FIRST_USER,
    QUESTIONS,
    Cluster,
    answer_text,
    conflicts,
    handled_by,
    interview,
    repeated_replies,
    stored_answers,
)
from fakes.telegram_api import FakeTelegram
from tests.databases import empty_database
from tests.waiting import until

USERS = 50
NAMES = ("a", "b", "c")
RUN_SECONDS = 240.0


@pytest.fixture
def database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty PostgreSQL database (the test is skipped without TEST_DATABASE_URL)."""
    return empty_database(request, "postgresql", tmp_path)


def expected_answers(users: range) -> dict[int, list[str]]:
    """What each candidate answered, in order."""
    return {user: [answer_text(user, n) for n in range(1, QUESTIONS + 1)] for user in users}


async def run_candidates(cluster: Cluster, users: range) -> None:
    """Every candidate's interview at once, through the cluster's way of delivering."""
    async with aiohttp.ClientSession() as http:

        async def deliver(update_id: int) -> None:
            await cluster.deliver(http, update_id)

        runs = [interview(cluster.fake, deliver, user) for user in users]
        await asyncio.wait_for(asyncio.gather(*runs), RUN_SECONDS)


@pytest.mark.timeout(420)
@pytest.mark.parametrize("webhook", [False, True], ids=["polling", "webhook"])
async def test_fifty_candidates_over_three_replicas(
    database: str, tmp_path: Path, webhook: bool
) -> None:
    users = range(FIRST_USER, FIRST_USER + USERS)
    async with FakeTelegram() as fake:
        cluster = Cluster(fake, database, tmp_path, webhook=webhook)
        try:
            for name in NAMES:
                await cluster.start(cluster.add(name))
            leader = await cluster.leader()
            assert [(await r.health())["replica"] for r in cluster.replicas] == list(NAMES)
            if webhook:
                assert fake.webhook_url == f"http://127.0.0.1:{leader.webhook_port}/telegram"
                assert fake.calls["setWebhook"] == 1  # only the leader set it
            await run_candidates(cluster, users)
        finally:
            codes = await cluster.stop()
    logs = {r.name: r.process.log_tail(10**9) for r in cluster.replicas}
    assert codes == [0, 0, 0], logs
    assert stored_answers(database, users) == expected_answers(users)
    assert repeated_replies(fake, users) == 0
    shares = handled_by(database)
    assert sum(shares.values()) == USERS * (QUESTIONS + 1)
    assert set(shares) == set(NAMES), shares  # every replica took part of the work
    assert conflicts(fake) == 0  # one poller only (in webhook mode nobody polls)
    assert not any("Traceback" in log for log in logs.values()), logs
    assert fake.calls["setMyCommands"] >= len(NAMES)


@pytest.mark.timeout(420)
async def test_killing_the_leader_then_a_worker_loses_and_doubles_no_answer(
    database: str, tmp_path: Path
) -> None:
    users = range(FIRST_USER, FIRST_USER + USERS)
    async with FakeTelegram() as fake:
        cluster = Cluster(fake, database, tmp_path)
        try:
            for name in NAMES:
                await cluster.start(cluster.add(name))
            first_leader = await cluster.leader()
            candidates = asyncio.ensure_future(run_candidates(cluster, users))

            def answered(share: float) -> bool:
                replies = sum(len(fake.messages_to(user)) for user in users)
                return replies >= share * USERS * (QUESTIONS + 1) or candidates.done()

            await until(lambda: answered(0.25), RUN_SECONDS, "a quarter of the replies")
            await first_leader.process.kill()
            new_leader = await cluster.leader(timeout=30)  # the lease (10 s) expires, one takes it
            assert new_leader is not first_leader
            await until(lambda: answered(0.6), RUN_SECONDS, "most of the replies")
            worker = next(r for r in cluster.replicas if r not in (first_leader, new_leader))
            await worker.process.kill()  # its updates' leases (15 s) expire and are taken over
            await cluster.start(first_leader)  # back as a follower
            await candidates
        finally:
            await cluster.stop()
    assert stored_answers(database, users) == expected_answers(users)
    repeats = repeated_replies(fake, users)
    print(f"\nrepeated replies after two kills: {repeats}; 409s: {conflicts(fake)}")
    assert repeats <= 2 * USERS  # at most one reply per in-flight update of each killed replica
