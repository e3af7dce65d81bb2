"""Telegram: the allow-list and the per-user turn limit each answer with a clear message."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from engine import guards
from engine.ports import UserKey
from fakes.telegram_api import FakeTelegram
from tests.bots.telegram_support import (
    STRONG,
    TOKEN,
    WAIT,
    exchange,
    no_refusals,
    running,
    say,
    settings_for,
    texts_to,
)
from tests.security.support import stored_answers
from tests.support.words import words

NOT_ALLOWED = words(guards.NOT_ALLOWED())

MEMBER, PREFIXED, STRANGER = 8001, 8002, 8003
FAST, STEADY = 8101, 8102
LIMIT = 3
GROUP = -8200


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram(token=TOKEN) as server:
        yield server


async def test_users_outside_the_allow_list_are_told_so_and_nothing_is_stored(
    fake: FakeTelegram, app_database_url: str, tmp_path: Path
) -> None:
    allowed = f"{MEMBER}, telegram:{PREFIXED}, discord:{STRANGER}"  # STRANGER only on Discord
    settings = settings_for(fake, tmp_path, database_url=app_database_url, allowed_user_ids=allowed)
    async with running(settings) as app:
        pushes = [
            lambda: fake.push_text(STRANGER, "/start"),
            lambda: fake.push_text(STRANGER, "/interview nurse"),
            lambda: fake.push_text(STRANGER, "My answer, let me in."),
            lambda: fake.push_text(STRANGER, "/delete_me"),
        ]
        for push in pushes:
            refusal = await exchange(fake, STRANGER, push, "this bot is private")
            assert refusal.plain == NOT_ALLOWED
        # A button press is answered with an alert, so the button stops spinning.
        start = len(fake.sent)
        fake.push_callback(STRANGER, "role:nurse", 999)
        alert = await fake.wait_for(lambda r: r.method == "answerCallbackQuery", WAIT, start=start)
        assert alert.text == NOT_ALLOWED and alert.params["show_alert"] in (True, "true")
        # A button too old to answer is refused all the same (nothing behind it runs).
        fake.fail_next("answerCallbackQuery", 400, description="Bad Request: query is too old")
        fake.push_callback(STRANGER, "role:nurse", 999)
        # In a group the refusal is not said aloud to everyone.
        fake.push_group_text(STRANGER, GROUP, "/interview nurse")
        await exchange(fake, STRANGER, lambda: fake.push_text(STRANGER, "/help"), "private")
        await say(fake, MEMBER, "/interview nurse", "Question 1/")
        await say(fake, PREFIXED, "/interview teacher", "Question 1/")
        with app.sql_engine.connect() as connection:
            query = "SELECT platform_user_id FROM users"
            users = {row[0] for row in connection.exec_driver_sql(query)}
    assert texts_to(fake, STRANGER) == [NOT_ALLOWED] * (len(pushes) + 1)
    assert texts_to(fake, GROUP) == []
    assert users == {str(MEMBER), str(PREFIXED)}  # nothing about the stranger was kept
    no_refusals(fake)


async def test_answers_over_the_per_minute_limit_are_refused_clearly_and_not_stored(
    fake: FakeTelegram, app_database_url: str, tmp_path: Path
) -> None:
    settings = settings_for(
        fake,
        tmp_path,
        database_url=app_database_url,
        turns_per_minute=LIMIT,
        default_questions=5,
    )
    async with running(settings) as app:
        for user in (FAST, STEADY):
            await say(fake, user, "/interview backend_engineer", "Question 1/5")
        for number in range(2, LIMIT + 2):
            await say(fake, FAST, f"{STRONG} (answer {number - 1})", f"Question {number}/5")
        refused = await say(fake, FAST, f"{STRONG} (one too many)", "very quickly")
        assert refused.plain == words(guards.TOO_FAST(limit=LIMIT))
        assert "the limit is 3 a minute" in refused.plain
        await say(fake, FAST, "/help", "/delete_me")  # commands are not turns: still served
        await say(fake, STEADY, STRONG, "Question 2/5")  # one user's limit is not another's
        answers = stored_answers(app.sql_engine, UserKey("telegram", str(FAST)))
    assert answers == [f"{STRONG} (answer {n})" for n in range(1, LIMIT + 1)]
    no_refusals(fake)
